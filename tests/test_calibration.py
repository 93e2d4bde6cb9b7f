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


def test_docs_table_is_the_measured_one():
    """docs/extraction.md's band table is what the fit measures now (its repo column always; its dev
    column where ../shared is present), so the documented precision cannot go stale."""
    import re

    from conftest import SHARED
    cal = _calibrate()
    doc = (REPO / "docs" / "extraction.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\d\.\d\d–\d\.\d\d) \| ([^|]+) \| ([^|]+) \|$", doc, re.M)
    assert rows, "no confidence table in docs/extraction.md"
    repo = [r for c in cal.corpora(None) for r in cal.outcomes(*c[1:])]
    sets = [(1, cal.band_table(repo))]
    dev = SHARED / "devcorpus"
    if dev.is_dir():
        sets.append((2, cal.band_table(cal.outcomes(dev / "articles", dev / "manifest.csv", dev / "gold.csv"))))
    for column, table in sets:
        want = [f"{n}, {t / n:.3f}" if n else "0, -" for _, n, t in table]
        assert [r[column].strip() for r in rows] == want, (column, want)
