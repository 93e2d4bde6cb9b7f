"""Accuracy floors on the annotated corpora in the repo (benchmarks/heldout*) and, when present,
../shared/devcorpus: a rule change that costs recall or precision fails here, not in a report.
The dev floor is issue 15's target (0.95, today P 1.000 R 0.976); the heldout floor is 0.85. On the
dev corpus, `counted` must agree with our annotation (tests/data/dev_counted.csv) on at least 95% of
matched claims (issue 15's target; 100% today) and `scope` on 85% (89% today)."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from conftest import REPO

TARGET = 0.95        # issue 15: precision and recall >= 0.95 over the six main metrics (dev corpus)
COUNTED_TARGET = 0.95   # issue 15: counted right >= 0.95
SCOPE_FLOOR = 0.85      # no target in the issue; a floor that catches a regression
# The heldout sets were built to find failures; each scored 0.76-0.91 F1 when first measured and
# 0.885-1.0 after the general fixes it prompted. This floor catches a regression, not a target.
HELDOUT_FLOOR = 0.85
# heldout9 and heldout10 carry no floor: they are the last measure of unseen outlets (F1 0.840
# and 0.818 when first measured; 0.889 and 0.864 after the one general fix they prompted).

_spec = importlib.util.spec_from_file_location("accuracy", REPO / "benchmarks" / "accuracy.py")
accuracy = importlib.util.module_from_spec(_spec)
sys.modules["accuracy"] = accuracy        # its dataclasses look their module up by name
_spec.loader.exec_module(accuracy)


def _result(folder, extra=None):
    corpus = accuracy.read_checked(folder / "articles", folder / "manifest.csv", folder / "gold.csv")
    gold = accuracy.read_gold(folder / "gold.csv", corpus, extra)
    pred = [p for p in accuracy.prediction_rows(accuracy.extracted(corpus), corpus, "extract_corpus")
            if p.qualifier != "vague"]      # neither gold annotates vague figures
    result, _, _ = accuracy.score(gold, pred)
    return result


def _six_main(folder):
    return _result(folder)["six_main"]


@pytest.mark.parametrize("name", [n for n in accuracy.HELDOUT if n not in accuracy.UNTUNED])
def test_corpora_in_the_repo(name):
    six = _six_main(REPO / "benchmarks" / name)
    assert six["precision"] >= HELDOUT_FLOOR and six["recall"] >= HELDOUT_FLOOR, six


def test_dev_corpus(shared):
    six = _six_main(shared / "devcorpus")
    assert six["precision"] >= TARGET and six["recall"] >= TARGET, six


def test_dev_corpus_counted_and_scope(shared):
    result = _result(shared / "devcorpus", accuracy.DEV_COUNTED)
    assert result["counted"]["scored"] >= 70, result["counted"]      # the annotation joins the gold
    assert result["counted"]["accuracy"] >= COUNTED_TARGET, result["counted"]
    assert result["scope"]["accuracy"] >= SCOPE_FLOOR, result["scope"]


def test_same_source_compares_entities_and_words():
    assert accuracy.same_source("South Korea NIS (via Yonhap)", "South Korea National Intelligence Service (Lee)")
    assert accuracy.same_source("UK MoD (Ukrainian General Staff data)", "UK Ministry of Defence")
    assert accuracy.same_source("Krasnodar Governor Veniamin Kondratiev", "Kondratiev")
    assert accuracy.same_source("senior Ukrainian military official (via Reuters)", "Ukrainian military official")
    assert accuracy.same_source("unattributed (Babel)", "unattributed (Babel (babel.ua))")
    assert not accuracy.same_source("Zelensky", "unattributed (Babel)")
    assert not accuracy.same_source("South Korea JCS", "Zelensky")
