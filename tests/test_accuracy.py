"""Accuracy floors on the annotated corpora in the repo (benchmarks/heldout*) and, when present,
../shared/devcorpus: a rule change that costs recall or precision fails here, not in a report.
The dev floor is the issue's target (0.90, today P 0.987 R 0.939); the heldout floor is 0.85."""

from __future__ import annotations

import importlib.util
import json
import math
import sys

import pytest
from conftest import REPO, write_corpus

TARGET = 0.95        # issue 15: precision and recall >= 0.95 over the six main metrics (dev corpus)
COUNTED_TARGET = 0.95   # issue 15: counted right >= 0.95
SCOPE_FLOOR = 0.85      # no target in the issue; a floor that catches a regression
# The heldout sets were built to find failures; each scored 0.76-0.91 F1 when first measured and
# 0.885-1.0 after the general fixes it prompted. This floor catches a regression, not a target.
HELDOUT_FLOOR = 0.85
# heldout9 and heldout10 carry no floor: they are the last measure of unseen outlets (F1 0.840
# and 0.818 when first measured; 0.889 and 0.864 after the one general fix they prompted).
# heldout11 to 15 (accuracy.HELD_OUT, issue 15) carry none either: they are held out from all
# tuning, and their first measurements are in benchmarks/FIRST_MEASUREMENTS.md.

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


def test_held_out_sets_have_no_floor_and_are_not_in_the_default_run():
    assert not set(accuracy.HELD_OUT) & set(accuracy.HELDOUT)
    for name in accuracy.HELD_OUT:          # each is a complete corpus folder the --corpus run can read
        assert {"articles", "manifest.csv", "gold.csv", "README.md"} <= {p.name for p in (REPO / "benchmarks" / name).iterdir()}


@pytest.mark.parametrize("gold, predicted, same", [
    ("South Korea NIS (via Rep. Lee Seong-kweun)", "South Korea National Intelligence Service (Park Sun-won)", True),
    ("Pentagon (Maj. Gen. Pat Ryder)", "Pentagon (Patrick Ryder)", True),
    ("Shoigu (via Reuters)", "Russian Security Council (Shoigu)", True),     # no alias: names contain each other
    ("unattributed (CNN)", "unattributed (NewsBytes (newsbytesapp.com; relays CNN))", True),
    ("unattributed (CNN)", "", True),
    ("unattributed (CNN)", "Zelensky", False),
    ("Syrskyi", "Kremlin", False),
    ("Zelensky", "unattributed (UA News)", False),
    ("South Korea NIS (via Yonhap)", "South Korea National Intelligence Service (Lee)", True),
    ("Krasnodar Governor Veniamin Kondratiev", "Kondratiev", True),
    ("senior Ukrainian military official (via Reuters)", "Ukrainian military official", True),
    ("unattributed (Babel)", "unattributed (Babel (babel.ua))", True),
    ("Zelensky", "unattributed (Babel)", False),
    ("South Korea JCS", "Zelensky", False),
    # a Russian region's body under its several names is one claimant (sources.regional_body)
    ("Samara Governor Valery Fedorishchev", "Samara regional government (Governor Valery Fedorishchev)", True),
    ("Yamalo-Nenets government", "Yamal authorities", True),
    ("Moscow Mayor Sergei Sobyanin", "Moscow authorities (Sergei Sobyanin)", True),
    ("Kursk City Administration", "Kursk regional government", False),     # a city's own body
    ("Tatarstan authorities", "Bashkortostan regional government", False),
    ("Moscow officials", "Moscow authorities", False),                       # maybe the country's
])
def test_source_right_compares_claimants(gold, predicted, same):
    assert accuracy.same_source(gold, predicted) is same


def _row(metric="dprk_troops_in_russia", counted=None, scope=None, as_of="", source=""):
    return accuracy.Row("a.txt", metric, 10000.0, 10000.0, 10000.0, "exact", as_of, "q", None, source, counted, scope)


def test_counted_and_scope_agreement_is_na_without_the_fields_and_a_share_with_them():
    gold = [_row(counted="troops", scope="in_kursk"), _row(counted="officers", scope="in_russia")]
    old = [_row(), _row()]                                     # predictions of an extractor without the fields
    assert accuracy.agreement(list(zip(gold, old)), "counted") == {"correct": None, "strict_matches": 2, "accuracy": None}
    new = [_row(counted="troops", scope="in_russia"), _row(counted="troops", scope="in_russia")]
    assert accuracy.agreement(list(zip(gold, new)), "counted")["accuracy"] == 0.5
    assert accuracy.agreement(list(zip(gold, new)), "scope")["accuracy"] == 0.5
    assert accuracy.agreement(list(zip(gold, new)), "as_of")["accuracy"] == 1.0   # empty equals empty


@pytest.mark.parametrize("gold, predicted, right", [
    ("2025-03", "2025-03-05", True),      # a day inside the gold's month
    ("2025", "2025-03", True),            # a month inside the gold's year
    ("2025-03-05", "2025-03", False),     # coarser than the gold: still wrong
    ("2025-03", "2025-04-01", False),     # another month
    ("", "2025-03-05", False),            # the gold leaves it undated
    ("", "", True),
])
def test_period_at_gold_precision(gold, predicted, right):
    pairs = [(_row(as_of=gold), _row(as_of=predicted))]
    assert accuracy.period_at_gold_precision(pairs)["correct"] == int(right)
    assert accuracy.agreement(pairs, "as_of")["correct"] == int(gold == predicted)   # the strict figure


def test_corpus_option_scores_only_the_given_folder(tmp_path, capsys):
    text = "Seoul's spy agency said about 3,000 North Korean troops have been sent to Russia.\n"
    folder = write_corpus(tmp_path / "mini", {"articles/01_a.txt": text},
                          "file,outlet,url,published,title,author\n01_a.txt,Example,,2024-10-23,t,\n")
    (folder / "gold.csv").write_text(
        "file,metric,value,low,high,qualifier,unit,as_of,attributed_to,region,counted,scope,quote,notes\n"
        "01_a.txt,dprk_troops_in_russia,3000,3000,3000,approx,troops,2024-10-23,South Korea NIS,,troops,in_russia,"
        "\"Seoul's spy agency said about 3,000 North Korean troops have been sent to Russia.\",\n", encoding="utf-8")
    assert accuracy.main(["--corpus", str(folder), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert list(result) == ["mini"]                            # no dev, heldout or seed corpus scored
    six = result["mini"]["six_main"]
    assert (six["gold"], six["tp"]) == (1, 1), six
    agree = result["mini"]["six_main_agreement"]
    assert agree["source"]["accuracy"] == 1.0 and agree["counted"]["accuracy"] == 1.0   # the extractor types it: troops
    assert not math.isnan(agree["period"]["accuracy"])


def test_dev_corpus_counted_and_scope(shared):
    """counted and scope against our annotation of the dev gold's rows (tests/data/dev_counted.csv)."""
    folder = shared / "devcorpus"
    corpus = accuracy.read_checked(folder / "articles", folder / "manifest.csv", folder / "gold.csv")
    gold = accuracy.read_gold(folder / "gold.csv", corpus, accuracy.DEV_COUNTED)
    pred = [p for p in accuracy.prediction_rows(accuracy.extracted(corpus), corpus, "extract_corpus")
            if p.qualifier != "vague"]
    agree = accuracy.score(gold, pred)[0]["six_main_agreement"]
    assert agree["counted"]["strict_matches"] >= 70, agree["counted"]      # the annotation joins the gold
    assert agree["counted"]["accuracy"] >= COUNTED_TARGET, agree["counted"]
    assert agree["scope"]["accuracy"] >= SCOPE_FLOOR, agree["scope"]

