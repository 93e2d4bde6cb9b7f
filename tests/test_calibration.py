"""Claim confidence is calibrated (issue 15): the committed table is what benchmarks/calibrate.py
fits on the repo's annotated corpora, bit for bit, and a claim's confidence is its evidence's
measured precision."""

from __future__ import annotations

import importlib.util
import sys

from claimtrack.extraction.calibration import _table, confidence_for, evidence
from conftest import REPO


def _calibrate():
    spec = importlib.util.spec_from_file_location("calibrate", REPO / "benchmarks" / "calibrate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["calibrate"] = module
    spec.loader.exec_module(module)
    return module


def test_committed_calibration_is_reproduced_bit_for_bit(capsys):
    assert _calibrate().main(["--check"]) == 0, capsys.readouterr().out


def test_evidence_is_read_from_the_rule():
    assert evidence("dprk_troops_in_russia: subject=North Korean; noun=troop; context=russia") == "=/="
    assert evidence("russian_casualties: subject<Russian; noun~losses; signal=losses") == "</~"
    assert evidence("x: subject~Russia; noun~~troops") == "~/~~"
    assert evidence("signing_bonus_rub: subject=bonus") == "=/-"


def test_confidence_is_the_measured_precision_of_its_evidence():
    table = _table()
    group = table["evidence"]["=/="]
    assert confidence_for("m: subject=x; noun=y") == group["confidence"]
    assert 0 < group["confidence"] <= 1 and group["true"] <= group["claims"]
    # evidence the corpora never showed takes the overall precision
    assert confidence_for("m: nothing fired") == table["overall"]["confidence"]
