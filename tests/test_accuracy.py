"""Accuracy floors on the annotated corpora in the repo (benchmarks/heldout*) and, when present,
../shared/devcorpus: a rule change that costs recall or precision fails here, not in a report.
The dev floor is the issue's target (0.90, today P 0.987 R 0.939); the heldout floor is 0.85."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from conftest import REPO

TARGET = 0.90        # issue 3: precision and recall >= 0.90 over the six main metrics (dev corpus)
# The heldout sets were built to find failures; each scored 0.76-0.91 F1 when first measured and
# 0.885-1.0 after the general fixes it prompted. This floor catches a regression, not a target.
HELDOUT_FLOOR = 0.85
# heldout9 and heldout10 carry no floor: they are the last measure of unseen outlets (F1 0.840
# and 0.818 when first measured; 0.889 and 0.864 after the one general fix they prompted).

_spec = importlib.util.spec_from_file_location("accuracy", REPO / "benchmarks" / "accuracy.py")
accuracy = importlib.util.module_from_spec(_spec)
sys.modules["accuracy"] = accuracy        # its dataclasses look their module up by name
_spec.loader.exec_module(accuracy)


def _six_main(folder):
    corpus = accuracy.read_checked(folder / "articles", folder / "manifest.csv", folder / "gold.csv")
    gold = accuracy.read_gold(folder / "gold.csv", corpus)
    pred = [p for p in accuracy.prediction_rows(accuracy.extracted(corpus), corpus, "extract_corpus")
            if p.qualifier != "vague"]      # neither gold annotates vague figures
    result, _, _ = accuracy.score(gold, pred)
    return result["six_main"]


@pytest.mark.parametrize("name", [n for n in accuracy.HELDOUT if n not in accuracy.UNTUNED])
def test_corpora_in_the_repo(name):
    six = _six_main(REPO / "benchmarks" / name)
    assert six["precision"] >= HELDOUT_FLOOR and six["recall"] >= HELDOUT_FLOOR, six


def test_dev_corpus(shared):
    six = _six_main(shared / "devcorpus")
    assert six["precision"] >= TARGET and six["recall"] >= TARGET, six
