"""The review loop: stable claim ids, verdicts in reviews.csv obeyed by the report, the queue,
`claimtrack review`, the review notebook's buttons (without a browser), and gold export."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys

import pandas as pd
import pytest
from claimtrack import cli
from claimtrack.provenance import reviews as rv
from claimtrack.provenance.series import estimates
from claimtrack.reading.corpus import read_corpus
from claimtrack.report import review, snapshot, views
from conftest import REPO, SEEDS
from conftest import snapshot as files_of

TROOPS = "dprk_troops_in_russia"
# One article whose sentence has the three kinds of misreading the dev corpus has: a sub-count
# ("500 officers", "three generals") and a count of something else (shells) read as troops.
ARTICLE = """Kyiv Independent

North Korea has sent about 12,000 troops to Russia, including 500 officers and three generals, \
Ukrainian intelligence said on 20 November 2024.

He said 500,000 122-millimeter shells were also sent from North Korea to Russia.

South Korea's NIS said on 25 November 2024 that about 11,000 North Korean troops were in Russia.
"""
MANIFEST = "file,outlet,url,published,title\na.txt,Kyiv Independent,https://example.org/a,2024-11-25,Troops\n"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    return folder


def ref_of(snap, surface: str) -> int:
    c = snap.claims
    return int(c.loc[c["surface"].str.contains(surface, regex=False) & (c["metric"] == TROOPS), "ref"].iloc[0])


def test_claim_ids_are_stable_and_name_article_mention_and_metric(corpus):
    a, b = snapshot.load(corpus), snapshot.load(corpus)
    assert list(a.claims["claim_id"]) == list(b.claims["claim_id"])
    assert a.claims["claim_id"].is_unique
    one = a.claims.iloc[0]
    assert one["claim_id"] == rv.claim_id(one["path"], one["metric"], one["quote"],
                                          one["mention_start"] - one["start"], one["surface"])
    q = "About 12,000 troops."
    assert rv.claim_id("a.txt", TROOPS, q, 6, "12,000") != rv.claim_id("a.txt", "other", q, 6, "12,000")
    assert rv.claim_id("a.txt", TROOPS, q, 6, "12,000") != rv.claim_id("b.txt", TROOPS, q, 6, "12,000")
    assert rv.claim_id("a.txt", TROOPS, q, 6, "12,000") != rv.claim_id("a.txt", TROOPS, q, 6, "12,000", repeat=1)
    assert rv.claim_id("a.txt", TROOPS, q, 6, "12,000") == rv.claim_id("a.txt", TROOPS, "About  12,000\ntroops.",
                                                                        6, "12,000")
    # a new article before it changes ledger numbers, not ids
    (corpus / "0.txt").write_text("BBC\n\nAbout 3,000 North Korean troops are in Russia, an official said.\n")
    c = snapshot.load(corpus)
    assert set(a.claims["claim_id"]) <= set(c.claims["claim_id"])


def test_verdicts_survive_an_edit_to_earlier_text_of_the_article(corpus):
    """An analyst mends the first paragraph: verdicts on later sentences still apply."""
    snap = snapshot.load(corpus)
    nis = ref_of(snap, "11,000")
    review.record(snap, f"#{nis}", "reject", note="test", who="A. Analyst", when="2026-12-04")
    text = (corpus / "a.txt").read_text(encoding="utf-8")
    (corpus / "a.txt").write_text(text.replace("Kyiv Independent\n", "Kyiv Independent (updated, with a longer line)\n"),
                                  encoding="utf-8")
    after = snapshot.load(corpus)
    assert after.rejected["surface"].str.contains("11,000").any()
    assert not [p for p in after.corpus.problems if p.code == "review-unknown-claim"]


def test_verdicts_recorded_under_the_offset_id_still_apply(corpus):
    snap = snapshot.load(corpus)
    row = snap.claims[snap.claims["surface"].str.contains("11,000") & (snap.claims["metric"] == TROOPS)].iloc[0]
    old = rv.legacy_claim_id(row["path"], row["mention_start"], row["mention_end"], row["metric"])
    rv.record(corpus / rv.REVIEWS_NAME, old, "reject", who="A. Analyst", when="2026-12-01", article="a.txt",
              says="11,000")
    after = snapshot.load(corpus)
    assert after.rejected["surface"].str.contains("11,000").any()
    assert "legacy_id" not in after.claims.columns


def test_reviews_csv_is_not_an_article(corpus):
    rv.record(corpus / rv.REVIEWS_NAME, "abc", "accept", who="t", when="2026-12-01")
    read = read_corpus(corpus)
    assert [a.path for a in read.articles] == ["a.txt"]
    assert not [p for p in read.problems if p.file == rv.REVIEWS_NAME]


def test_record_appends_and_never_touches_the_articles(corpus):
    before = files_of(corpus)
    path = corpus / rv.REVIEWS_NAME
    rv.record(path, "c1", "reject", note="a  sub-count", who="A. Analyst", when="2026-12-01", article="a.txt", says="500")
    first = path.read_bytes()
    rv.record(path, "c1", "set", "counted", "officers", who="B", when="2026-12-02")
    assert path.read_bytes().startswith(first), "the file is appended to, never rewritten"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert [r["verdict"] for r in rows] == ["reject", "set"]
    assert rows[0]["note"] == "a sub-count" and rows[1]["field"] == "counted" and rows[1]["value"] == "officers"
    after = files_of(corpus)
    assert {k: v for k, v in after.items() if k != rv.REVIEWS_NAME} == before


@pytest.mark.parametrize(("field", "value", "message"), [
    ("colour", "red", "cannot set 'colour'"), ("value", "lots", "not a figure"), ("period", "soon", "YYYY-MM-DD"),
    ("scope", "", "give a value")])
def test_a_set_that_cannot_apply_is_refused_with_what_to_write(corpus, field, value, message):
    with pytest.raises(rv.ReviewsError, match=message):
        rv.record(corpus / rv.REVIEWS_NAME, "c1", "set", field, value)
    assert not (corpus / rv.REVIEWS_NAME).exists()


def test_rejected_claims_leave_charts_tables_and_headlines_and_stay_in_the_ledger(corpus):
    snap = snapshot.load(corpus)
    refs = {ref_of(snap, "500"), ref_of(snap, "three")}
    shells = snap.claims[snap.claims["quote"].str.contains("shells")]
    refs |= set(shells["ref"])
    for r in refs:
        review.record(snap, f"#{r}", "reject", note="not a troop count", who="A. Analyst", when="2026-12-04")
    after = snapshot.load(corpus)
    assert not set(after.claims["ref"]) & refs
    assert set(after.rejected["ref"]) == refs
    est = estimates(after.claims, TROOPS)
    assert not {r for rs in est["refs"] for r in rs} & refs
    force = views.Force(after)
    assert "500" not in force.table().frame["figure"].tolist() and "3" not in force.table().frame["figure"].tolist()
    assert "about 11,000" in views.headline(after, TROOPS, force.troops)
    ledger = views.Ledger(after).table().frame
    rejected = ledger[ledger["ref"].isin([f"#{r}" for r in refs])]
    assert len(rejected) == len(refs)
    assert rejected["flags"].str.contains("reviewed by A. Analyst on 2026-12-04: rejected (not a troop count)",
                                         regex=False).all()
    overview = views.Summary(after).overview().frame.set_index("")["value"]
    assert overview["claims reviewed by an analyst"].startswith(f"0 of {len(after.claims)}")
    assert f"{len(refs)} more rejected" in overview["claims reviewed by an analyst"]


def test_set_fields_override_extraction_and_count_as_reviewed(corpus):
    snap = snapshot.load(corpus)
    r = ref_of(snap, "12,000")
    for field, value in (("value", "12,500"), ("period", "2024-10"), ("source", "Ukraine's HUR"), ("counted", "troops")):
        review.record(snap, f"#{r}", "set", field, value, who="A", when="2026-12-04")
    after = snapshot.load(corpus)
    row = after.claims.set_index("ref").loc[r]
    assert (row["value"], row["low"], row["high"]) == (12500, 12500, 12500)
    assert row["as_of"] == "2024-10" and row["period_start"] == pd.Timestamp("2024-10-01")
    assert row["source"] == "Ukraine's HUR" and row["counted"] == "troops" and row["reviewed"]
    assert "value set to 12,500" in row["review"]
    assert "1 of" in views.Summary(after).overview().frame.set_index("")["value"]["claims reviewed by an analyst"]
    # set metric=other: no longer a troop figure, though not rejected
    review.record(after, f"#{r}", "set", "metric", "other", who="A", when="2026-12-04")
    again = snapshot.load(corpus)
    assert r not in {x for rs in estimates(again.claims, TROOPS)["refs"] for x in rs}
    assert r in set(again.claims["ref"])


def test_a_verdict_whose_claim_no_longer_exists_is_a_problem_row(corpus):
    snap = snapshot.load(corpus)
    review.record(snap, f"#{ref_of(snap, '500')}", "reject", note="officers", who="A", when="2026-12-04")
    (corpus / "a.txt").write_text(ARTICLE.replace("including 500 officers and three generals", "with staff"))
    after = snapshot.load(corpus)
    stale = [p for p in after.corpus.problems if p.code == "review-unknown-claim"]
    assert len(stale) == 1
    assert stale[0].file == rv.REVIEWS_NAME and stale[0].line == 2
    assert "a.txt: ‘500’" in stale[0].message and "matches no claim" in stale[0].message
    assert after.rejected.empty
    assert "review-unknown-claim" in views.Corpus(after).problem_table().frame["code"].tolist()


def test_a_verdict_on_an_article_after_the_report_date_is_not_stale(corpus):
    snap = snapshot.load(corpus)
    review.record(snap, f"#{ref_of(snap, '500')}", "reject", who="A", when="2026-12-04")
    early = snapshot.load(corpus, as_of="2024-11-01")
    assert not early.corpus.articles and not [p for p in early.corpus.problems if p.code.startswith("review")]


def test_a_bad_line_is_a_problem_and_the_other_verdicts_still_apply(corpus):
    snap = snapshot.load(corpus)
    r = ref_of(snap, "500")
    review.record(snap, f"#{r}", "reject", who="A", when="2026-12-04")
    with (corpus / rv.REVIEWS_NAME).open("a", encoding="utf-8") as f:
        f.write("xyz,maybe,,,,A,2026-12-04,a.txt,3\n")
    after = snapshot.load(corpus)
    bad = [p for p in after.corpus.problems if p.code == "review-unreadable"]
    assert len(bad) == 1 and bad[0].line == 3 and "'maybe'" in bad[0].message
    assert set(after.rejected["ref"]) == {r}


def test_later_verdicts_win(corpus):
    snap = snapshot.load(corpus)
    r = ref_of(snap, "500")
    review.record(snap, f"#{r}", "reject", who="A", when="2026-12-04")
    review.record(snap, f"#{r}", "accept", note="on second reading", who="B", when="2026-12-05")
    after = snapshot.load(corpus)
    assert after.rejected.empty and after.claims.set_index("ref").loc[r, "reviewed"]


def test_the_queue_puts_what_drives_a_headline_extreme_or_disagreement_first(corpus):
    snap = snapshot.load(corpus)
    q = review.queue(snap)
    assert len(q) == len(snap.claims)
    driving = q[q["why"] != ""]
    assert len(driving) and list(q.index[: len(driving)]) == list(driving.index), "drivers come first"
    latest = int(snap.claims.loc[snap.claims["surface"].str.contains("11,000"), "ref"].iloc[0])
    assert "headline" in q.set_index("ref").loc[latest, "why"]
    rest = q.iloc[len(driving):]
    ranked = rest[rest["metric"] != "other"]["confidence"].tolist()
    assert ranked == sorted(ranked), "then the least confident first"
    review.record(snap, f"#{latest}", "accept", who="A", when="2026-12-04")
    assert latest not in set(review.queue(snapshot.load(corpus))["ref"]), "reviewed claims leave the queue"


def test_cli_review_prints_the_queue_and_records_verdicts(corpus, capsys):
    assert cli.main(["review", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "claims to review" in out and "claim_id" in out
    snap = snapshot.load(corpus)
    cid = snap.claims.set_index("ref").loc[ref_of(snap, "three"), "claim_id"]
    assert cli.main(["review", str(corpus), "reject", cid, "--note", "generals, not troops", "--who", "A. Analyst"]) == 0
    assert "rejected (generals, not troops)" in capsys.readouterr().out
    assert cli.main(["review", "--corpus", str(corpus), "set", f"#{ref_of(snap, '500')}", "counted=officers",
                     "--who", "A"]) == 0
    rows = list(csv.DictReader((corpus / rv.REVIEWS_NAME).open(encoding="utf-8")))
    assert [(r["claim"], r["verdict"], r["field"], r["value"]) for r in rows][0] == (cid, "reject", "", "")
    assert rows[1]["field"] == "counted" and rows[1]["value"] == "officers" and rows[1]["says"] == "500"
    assert cli.main(["review", str(corpus), "set", cid, "colour=red"]) == 2
    assert "cannot set 'colour'" in capsys.readouterr().err
    assert cli.main(["review", str(corpus), "accept", "nosuchid"]) == 2
    assert "claimtrack review CORPUS" in capsys.readouterr().err


def test_export_gold_is_the_gold_format_and_the_accuracy_benchmark_reads_it(corpus, tmp_path, capsys):
    snap = snapshot.load(corpus)
    review.record(snap, f"#{ref_of(snap, '500')}", "reject", note="officers", who="A", when="2026-12-04")
    review.record(snap, f"#{ref_of(snap, '11,000')}", "accept", who="A", when="2026-12-04")
    gold = tmp_path / "gold.csv"
    assert cli.main(["review", str(corpus), "--export-gold", str(gold)]) == 0
    g = pd.read_csv(gold, keep_default_na=False)
    assert list(g.columns) == review.GOLD_COLUMNS
    assert sorted(g["metric"]) == ["dprk_troops_in_russia", "other"]
    kept = g[g["metric"] == TROOPS].iloc[0]
    assert kept["value"] == 11000 and kept["file"] == "a.txt" and "11,000" in kept["quote"]
    run = subprocess.run([sys.executable, str(REPO / "benchmarks" / "accuracy.py"), "--gold", str(corpus), str(gold),
                          "-v"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "reviewed corpus" in run.stdout and "1 gold rows" in run.stdout and "2 predicted" in run.stdout, run.stdout
    (fp,) = [line for line in run.stdout.splitlines() if line.strip().startswith("FP ")]
    assert "value/low/high=500/500/500" in fp, "the rejected figure, still extracted, is the one false positive"


def test_panel_buttons_write_the_same_file_without_a_browser(corpus):
    snap = snapshot.load(corpus)
    panel = review.Panel(snap, who="Lab analyst", shown=5)
    assert 0 < len(panel.rows) <= 5
    first, second = panel.rows[0], panel.rows[1]
    first.note.value = "part of the whole"
    first.reject.click()
    assert "rejected (part of the whole)" in first.status.value
    second.field.value, second.value.value = "value", "lots"
    second.set.click()
    assert "not recorded" in second.status.value and "not a figure" in second.status.value
    second.field.value, second.value.value = "scope", "in_russia"
    second.set.click()
    rows = list(csv.DictReader((corpus / rv.REVIEWS_NAME).open(encoding="utf-8")))
    assert [(r["claim"], r["verdict"], r["who"]) for r in rows] == [
        (first.claim["claim_id"], "reject", "Lab analyst"), (second.claim["claim_id"], "set", "Lab analyst")]
    assert first.claim["claim_id"] in set(snapshot.load(corpus).rejected["claim_id"])
    html = review.context_html(snap, first.claim["claim_id"])
    assert "<span style=" in html and "&lt;" not in ARTICLE


def test_seeds_have_no_verdicts_and_their_report_says_so():
    """The committed report is of the seeds with no reviews.csv; verdicts there are a deliberate change."""
    assert not (SEEDS / rv.REVIEWS_NAME).exists()
    snap = snapshot.load("seeds")
    assert views.reviewed_text(snap) == f"0 of {len(snap.claims)} (no verdicts recorded)"


def test_dev_corpus_review_session(shared, tmp_path, capsys):
    """The misread claims of the dev corpus rejected: out of the troop chart, in the ledger."""
    folder = tmp_path / "dev"
    shutil.copytree(shared / "devcorpus" / "articles", folder)
    shutil.copy(shared / "devcorpus" / "manifest.csv", folder)
    snap = snapshot.load(folder)
    c = snap.claims[snap.claims["metric"] == TROOPS]
    # the sub-counts (typed officers and generals, already out of the chart) and a part of the force
    # drawn as if it were the whole ("Some 7,000 deployed near Ukraine"), which only a verdict removes
    wrong = c[c["quote"].str.contains("500 officers") & c["surface"].isin(["500", "three"])
              | c["quote"].str.contains("Some 7,000 deployed")]
    assert len(wrong) >= 3, wrong[["surface", "quote"]]
    before = {r for rs in estimates(snap.claims, TROOPS)["refs"] for r in rs}
    assert before & set(wrong["ref"]), "the 7,000 is drawn before the verdict"
    for cid in wrong["claim_id"]:
        assert cli.main(["review", str(folder), "reject", cid, "--who", "A", "--note", "not a troop count"]) == 0
    after = snapshot.load(folder)
    drawn = {r for rs in estimates(after.claims, TROOPS)["refs"] for r in rs}
    assert not drawn & set(wrong["ref"])
    assert set(after.rejected["claim_id"]) == set(wrong["claim_id"])
