"""Provenance: the seeds' FT article and its two rewrites form one family, with evidence."""

from __future__ import annotations

from claimtrack.provenance import links as pv
from claimtrack.reading.corpus import read_corpus
from conftest import SEEDS

FT, KURSOR, ERN, BBC, CALIBER = ("001_a776b361d1220f34", "000_dc0433914c5b6681", "003_46f0c62995842ce7",
                                 "002_f8f31cfa6756e2bb", "004_e5d0ce18f75aa787")


def test_seed_rewrites_are_one_family_with_evidence():
    docs = pv.docs_from_corpus(read_corpus(SEEDS))
    found = pv.links(docs)
    (family,) = pv.families(docs, found)
    assert family["origin"] == FT and family["members"] == sorted([FT, KURSOR, ERN])
    by_pair = {(link.earlier, link.later): link for link in found}
    assert "credits Financial Times" in " ".join(by_pair[(FT, KURSOR)].evidence)
    ern = " ".join(by_pair[(FT, ERN)].evidence)
    assert "credits Financial Times" in ern and "shared 8-word passages" in ern
    assert not any(BBC in pair or CALIBER in pair for pair in by_pair), "independent articles stay apart"
    assert [(link.earlier, link.later, link.score) for link in pv.links(docs)] == \
        [(link.earlier, link.later, link.score) for link in found], "deterministic"


def test_a_credit_to_an_outlet_with_several_articles_needs_text_evidence():
    a1 = pv.Doc("a1", "Wire", "2024-10-01", "one thing happened today in the north of the country said officials")
    a2 = pv.Doc("a2", "Wire", "2024-10-02", "another story entirely about markets and prices and the weather")
    copy = pv.Doc("c", "Blog", "2024-10-05", "As reported: one thing happened today in the north of the country "
                  "said officials, and more.", relays=("Wire",))
    (family,) = pv.families([a1, a2, copy], pv.links([a1, a2, copy]))
    assert family["members"] == ["a1", "c"]


# --- claim identity, disagreements, consensus, corrections (the rest of issue 7) ---

import hashlib  # noqa: E402
import math  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from claimtrack.extraction.events import event_mentions  # noqa: E402
from claimtrack.extraction.sources import name_mentions  # noqa: E402
from claimtrack.provenance import corrections as corr  # noqa: E402
from claimtrack.provenance.consensus import best_range, consensus_table  # noqa: E402
from claimtrack.provenance.disagreements import disagree, disagreement_table, interval  # noqa: E402
from claimtrack.provenance.series import estimates  # noqa: E402
from claimtrack.report import views  # noqa: E402
from claimtrack.report.snapshot import load, period_bounds  # noqa: E402
from conftest import write_corpus  # noqa: E402

NIS = "South Korea National Intelligence Service"


@pytest.fixture(scope="module")
def seeds():
    return load(SEEDS)


def test_the_12000_figure_is_one_claim_with_its_reporting_chain(seeds):
    est = estimates(seeds.claims, "dprk_troops_in_russia")
    (row,) = est[(est["low"] == 12000) & (est["bound"] == "point")].itertuples()
    assert row.source == NIS
    assert row.chain == f"{NIS} → Financial Times → Kursor (rewrite)"
    reports = seeds.claims[seeds.claims["ref"].isin(row.refs)]
    assert sorted(reports["article"]) == sorted([FT, KURSOR])
    assert row.n_outlets == 2 and row.n_independent == 1, "a rewrite is not an independent confirmation"
    assert set(reports["family"]) == {FT}


def test_a_rewrite_that_drops_the_attribution_keeps_the_original_source(tmp_path):
    shared_text = ("Officials in Kyiv described columns of trucks moving west through the night, carrying soldiers "
                   "who had trained for weeks at remote bases in the far east of the country. Analysts said the "
                   "deployment marked a turning point in the war and would test the Russian command. ")
    origin = ("About 12,000 North Korean troops have been sent to Russia, according to the Pentagon. "
              + shared_text * 2)
    rewrite = "About 12,000 North Korean troops have been sent to Russia. " + shared_text * 2
    folder = write_corpus(tmp_path / "c", {"a.txt": origin, "b.txt": rewrite},
                          "file,outlet,published\na.txt,Wire,2024-10-20\nb.txt,Blog,2024-10-22\n")
    snap = load(str(folder))
    assert [f["members"] for f in snap.families] == [["a", "b"]]
    est = estimates(snap.claims, "dprk_troops_in_russia")
    assert len(est) == 1, "one claim with two reports, not two claims"
    assert est.iloc[0]["source"] == "Pentagon" and est.iloc[0]["chain"] == "Pentagon → Wire → Blog (rewrite)"
    # without the family the rewrite's figure would be the blog's own
    lone = write_corpus(tmp_path / "d", {"b.txt": rewrite}, "file,outlet,published\nb.txt,Blog,2024-10-22\n")
    assert estimates(load(str(lone)).claims, "dprk_troops_in_russia").iloc[0]["source"] == "unattributed (Blog)"


def test_seed_disagreements_figures_dates_and_names(seeds):
    t = disagreement_table(seeds)
    figures = t[t["kind"] == "figure"]
    # like with like (issue 16): "a unit of around 3,000" counts one unit, so it is no rival of
    # "definitely not close to 3,000"; the NIS's 12,000 in Russia is
    pair = figures[figures["one says"].str.startswith("not close to 3,000")
                   & figures["other says"].str.startswith("12,000: South Korea National Intelligence Service")]
    assert len(pair) == 1 and "definitely not close to 3,000" in pair.iloc[0]["quote"]
    assert "Both count troops, in Russia" in pair.iloc[0]["why"]
    assert not figures["other says"].str.startswith("about 3,000").any(), "one unit compared with the whole force"
    (date,) = t[t["kind"] == "date"].to_dict("records")
    assert date["period"] == "2023-06 / 2024-06" and "signed in June 2023" in date["quote"]
    assert "Kursor" in date["one says"] and date["other says"].startswith("2024-06: Financial Times (001_")
    assert date["status"].startswith("settled by correction 1")
    (name,) = t[t["kind"] == "name"].to_dict("records")
    assert name["about"] == "Royal United Services Institute"
    assert "‘Royal United Services Institute’" in name["one says"] and "FT" not in name["one says"]
    assert "‘Royal Institute of Defense Studies’" in name["other says"] and "correction 2" in name["status"]


def test_disagreements_counted_and_written_a_chunk_at_a_time_are_the_whole_table(seeds, tmp_path):
    from claimtrack.provenance.disagreements import Disagreements

    whole = disagreement_table(seeds)
    lazy = Disagreements(seeds)
    assert len(lazy) == len(whole) >= 3
    assert lazy.head(2).equals(whole.head(2)) and lazy.head(len(whole) + 5).equals(whole)
    assert pd.concat(list(lazy.chunks(size=2)), ignore_index=True).equals(whole)
    shown = views.Sources(seeds)
    assert "consensus()" in repr(shown) and "disagreement_rows" not in vars(shown), \
        "a view's repr lists what it shows without computing the whole table"
    shown.write(tmp_path)
    whole.to_csv(tmp_path / "whole.csv", index=False)
    assert (tmp_path / "sources" / "disagreements.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()


def _est(bound, low, high, qualifier="exact", negated=False, start="2024-10", source="s"):
    a, b = period_bounds(start)
    return pd.Series({"bound": bound, "low": low, "high": high, "qualifier": qualifier, "negated": negated,
                      "holds_start": a, "holds_end": b, "source": source, "region": ""})


def test_not_close_to_x_disagrees_with_x_but_not_with_far_below():
    not_close = _est("upper", None, 3000.0, "less_than", negated=True)
    assert disagree(not_close, _est("point", 3000.0, 3000.0, "approx"))
    assert disagree(not_close, _est("point", 2800.0, 2800.0))
    assert not disagree(not_close, _est("point", 1500.0, 1500.0))
    assert not disagree(_est("upper", None, 3000.0, "up_to"), _est("point", 3000.0, 3000.0, "approx"))
    assert not disagree(_est("point", 1000.0, 1000.0), _est("point", 12000.0, 12000.0, start="2024-12")), \
        "different months are not compared"
    assert interval(_est("lower", 10000.0, None, "more_than")) == (10000.0, math.inf)


def test_consensus_is_the_stretch_most_sources_admit():
    low, high, support = best_range({"a": [(10000, 12000)], "b": [(10000, math.inf)], "c": [(9000, 11000)],
                                     "d": [(3000, 3000)]})
    assert (low, high, support) == (10000, 11000, ["a", "b", "c"])
    assert best_range({"a": [(5, 5)], "b": [(7, math.inf)]})[2] in (["a"], ["b"])
    low, high, support = best_range({"a": [(10, math.inf)], "b": [(20, math.inf)]})
    assert (low, high, support) == (20, math.inf, ["a", "b"])


def test_seed_consensus_per_metric_and_month(seeds):
    c = consensus_table(seeds).set_index(["metric", "period"])
    troops = "North Korean troops in Russia"        # like with like: one comparison group
    nov = c.loc[(troops, "2024-11")]
    assert nov["sources"] == 3 and nov["consensus"] == "10,000" and nov["outside"] == "none"
    assert nov["supported by"] == "Pentagon (Patrick Ryder); South Korea defence ministry (Jeon Ha-kyou); unattributed (Yonhap)"
    oct_ = c.loc[(troops, "2024-10")]
    assert oct_["consensus"].startswith("none") and NIS in oct_["figures"], "'not close to 3,000' and 12,000 don't meet"
    unit = c.loc[("North Korean troops in Russia, in one unit", "2024-10")]
    assert unit["consensus"] == "one source only", "a unit of 3,000 is its own group, not a rival of the whole force"
    territory = "Territory Ukraine held in Kursk"
    assert c.loc[(territory, "2024-10")]["consensus"] == "one source only", \
        "the FT and its rewrite are one source"


def test_events_and_names_from_the_seeds(seeds):
    ev = seeds.events
    treaty = ev[ev["event"] == "dprk_russia_treaty"].set_index("article")
    assert treaty.loc[KURSOR, "as_printed"] == "2023-06" and treaty.loc[KURSOR, "date"] == "2024-06"
    assert treaty.loc[FT, "date"] == "2024-06", "'in June' of the article's year"
    assert BBC not in treaty.index, "'toasted a pact' is not a signing; events.yml lists verbs of agreeing"
    names = seeds.names
    rusi = names[names["source"] == "Royal United Services Institute"].set_index("article")
    assert bool(rusi.loc[KURSOR, "misnamed"]) and not bool(rusi.loc[FT, "misnamed"])


def test_event_needs_its_own_words(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": "Look at what Ukraine did when Russia invaded Ukraine in 2022. "
                                           "Ukraine launched its incursion into Kursk on August 6. "
                                           "Last week, a commander of the Akhmat special forces told the RIA news "
                                           "agency that the Ukrainian troops who launched the incursion had been "
                                           "pushed back. "
                                           "The village has now been retaken, months after the surprise incursion.\n"},
                          "file,outlet,published\na.txt,X,2024-10-01\n")
    ev = event_mentions(read_corpus(folder))
    assert list(ev["date"]) == ["2024-08-06"], \
        "Russia's invasion of Ukraine is not the Kursk incursion; a date in another clause or 'now' is not its date"


CORRECTION = """corrections:
  - article: a.txt
    says: {says}
    should_say: {should}
    reason: the record says otherwise
    who: A. Analyst
    when: 2026-11-21
"""


def test_a_correction_changes_the_figure_and_date_but_not_the_file(tmp_path):
    text = "Russia paid a one-time signing bonus of 300,000 roubles in Belgorod in June 2023, officials said.\n"
    folder = write_corpus(tmp_path / "c", {"a.txt": text}, "file,outlet,published\na.txt,X,2024-10-01\n")
    before = load(str(folder)).claims
    (folder / "corrections.yml").write_text(CORRECTION.format(says="300,000 roubles", should="3,000,000 roubles")
                                            + CORRECTION.split("\n", 1)[1].format(says="June 2023", should="June 2024"),
                                            encoding="utf-8")
    digest = hashlib.sha256((folder / "a.txt").read_bytes()).hexdigest()
    snap = load(str(folder))
    assert hashlib.sha256((folder / "a.txt").read_bytes()).hexdigest() == digest
    assert not snap.corpus.problems, "corrections.yml is not an article"
    (b,) = before[before["metric"] == "signing_bonus_rub"].to_dict("records")
    (a,) = snap.claims[snap.claims["metric"] == "signing_bonus_rub"].to_dict("records")
    assert b["low"] == 300000 and a["low"] == 3000000 and a["quote"] == b["quote"], "the quote stays the article's"
    assert b["as_of"] == "2023-06" and a["as_of"] == "2024-06"
    assert "correction 1" in a["correction"] and "correction 2" in a["correction"]
    ledger = views.Ledger(snap).table().frame
    assert any(f.startswith("RUB 3,000,000") for f in ledger["figure"])
    assert ledger["correction"].str.contains("300,000 roubles").any()
    table = views.Sources(snap).corrections().frame
    assert list(table["applied_to"]) == [f"claim #{a['ref']}"] * 2


@pytest.mark.parametrize("body, message", [
    ("corrections:\n  - article: a.txt\n    says: x\n", ":2: correction 1 has no should_say, reason, who, when"),
    (CORRECTION.format(says="x", should="y").replace("2026-11-21", "last week"), "write the date as YYYY-MM-DD"),
    (CORRECTION.format(says="x", should="y").replace("    who:", "    on: 2026-11-21\n    who:"), "unknown field"),
    ("corrections: [oops", "not valid YAML"),
])
def test_a_bad_corrections_file_names_the_line_and_the_fix(tmp_path, body, message):
    path = tmp_path / "corrections.yml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(corr.CorrectionsError, match=message.replace("(", r"\(")):
        corr.load_corrections(path)


def test_a_correction_that_matches_nothing_is_a_problem_row(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": "About 3,000 North Korean troops are in Russia, Kyiv said.\n"})
    (folder / "corrections.yml").write_text(CORRECTION.format(says="June 2023", should="June 2024")
                                            + CORRECTION.split("\n", 1)[1].replace("a.txt", "gone.txt")
                                            .format(says="x", should="y"), encoding="utf-8")
    problems = {(p.code, p.line) for p in load(str(folder)).corpus.problems if p.code.startswith("correction")}
    assert problems == {("correction-not-found", 2), ("correction-unknown-article", 8)}


def test_the_sources_view_draws_the_family_and_writes_its_tables(seeds, tmp_path):
    v = views.Sources(seeds)
    chart = repr(v.graph())
    assert f"{FT} ⇒ {KURSOR}" in chart and f"{FT} ⇒ {ERN}" in chart and "credits Financial Times" in chart
    assert chart.startswith("Chart: 1 article family among 5 articles: Financial Times (2024-10-24) and 2 rewrites")
    written = {p.name for p in v.write(tmp_path)}
    assert written == {"links.csv", "disagreements.csv", "consensus.csv", "events.csv", "corrections.csv"}
    assert len(pd.read_csv(tmp_path / "sources" / "disagreements.csv")) == len(v.disagreement_frame)
    shown = v.disagreements().frame
    assert len(shown) == 3 * len(v.disagreement_frame), "one row per side, and one saying why both cannot hold"
    assert shown["about"].tolist().count("why both cannot hold") == len(v.disagreement_frame)
    assert "Royal Institute of Defense Studies [wrong name]" in v.names().frame.to_string()


def test_names_resolve_through_the_alias_table():
    folder_corpus = read_corpus(SEEDS)
    n = name_mentions(folder_corpus)
    assert set(n[n["misnamed"]]["name"]) == {"Royal Institute of Defense Studies"}
    assert set(n[n["name"].str.contains("Royal")]["source"]) == {"Royal United Services Institute"}


def test_a_replaced_value_without_a_date_is_not_dated_at_publication(tmp_path):
    """'In April the region stopped paying 3.1 million and cut this amount to 1.9 million', published
    in June: 1.9 million holds from April; 3.1 million held before, not in June."""
    text = ("In April, the Tula government stopped paying 3.1 million rubles to each contract soldier and cut "
            "this amount to 1.9 million.\n")
    folder = write_corpus(tmp_path / "c", {"a.txt": text}, "file,outlet,published\na.txt,Wire,2025-06-10\n")
    est = estimates(load(str(folder)).claims, "signing_bonus_rub").set_index("value")
    assert est.loc[1_900_000, "holds"] == "2025-04"
    assert est.loc[3_100_000, "holds"] == "" and est.loc[3_100_000, "holds_start"] is None


def test_a_story_copied_many_times_is_one_family_without_comparing_every_copy_with_every_other():
    """Each copy is compared with at most links.MAX_PARTNERS others (issue 18: the comparisons grew
    with the square of a family's size); the family is still one, and a run that reuses an earlier
    run's comparisons finds the same links as one from scratch."""
    rng = __import__("random").Random(5)
    words = [f"w{i}" for i in range(400)]
    base = [" ".join(rng.choice(words) for _ in range(14)) + "." for _ in range(12)]
    n = 3 * pv.MAX_PARTNERS
    docs = []
    for i in range(n):
        sentences = [s if rng.random() < 0.9 else s.replace("w", "v", 2) for s in base]
        docs.append(pv.Doc(f"c{i:03d}", f"Outlet {i}", f"2024-11-{1 + i % 28:02d}", " ".join(sentences)))
    pairs: dict = {}
    found = pv.links(docs, {}, pairs)
    assert len(pairs) <= n * pv.MAX_PARTNERS < n * (n - 1) // 2
    fams = pv.families(docs, found)
    assert len(fams) == 1 and len(fams[0]["members"]) == n
    cache_sigs, cache_pairs = {}, {}
    pv.links(docs[: n - 5], cache_sigs, cache_pairs)
    again = pv.links(docs, cache_sigs, cache_pairs)
    assert [(x.earlier, x.later, round(x.score, 9)) for x in again] == [(x.earlier, x.later, round(x.score, 9)) for x in found]
    assert set(cache_pairs) == set(pairs)


def test_csv_fields_are_written_as_the_csv_module_writes_them():
    """`csv_field`, which writes the disagreements' CSV a field at a time, gives what csv.writer
    (and so pandas) writes, for every awkward character."""
    import csv
    import io
    import random

    from claimtrack.provenance.disagreements import csv_field

    rnd = random.Random(18)
    alphabet = ['a', ' ', ',', '"', '\n', '\r', '\t', "'", '#', 'é', '\u2028', ';']
    texts = ["", " ", '"', ",", "\r", "\r\n", "plain"] + [
        "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 6))) for _ in range(3000)]
    for text in texts:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow([text, "x"])
        assert csv_field(text) + ",x\n" == buf.getvalue(), repr(text)


def _latest_wage_as_before(wages, region, on):
    """latest_wage as it was written before wage_finder (issue 18): the reference."""
    w = wages[(wages["region"] == region) & wages["value"].notna()]
    if w.empty:
        return None
    dated = w[w["holds_start"].notna()].sort_values("holds_start")
    if on is None or dated.empty:
        return w.iloc[-1]
    before = dated[dated["holds_start"] <= on]
    return before.iloc[-1] if len(before) else dated.iloc[0]


def test_wage_finder_finds_the_wage_latest_wage_found():
    import datetime as dt
    import random

    from claimtrack.provenance.series import wage_finder

    rng = random.Random(18)
    days = [dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 700, 30)) for _ in range(300)]
    wages = pd.DataFrame({"region": [rng.choice(["A", "B", "C", ""]) for _ in days],
                          "value": [rng.choice([None, 50_000.0, 61_000.0, 70_500.0]) for _ in days],
                          "holds_start": [d if rng.random() > 0.2 else None for d in days],   # ties and undated
                          "holds": [str(d) for d in days]})
    find = wage_finder(wages)
    asked = [None, dt.date(2023, 6, 1), dt.date(2027, 1, 1)] + [dt.date(2024, 1, 1) + dt.timedelta(days=n)
                                                                for n in range(0, 760, 7)]
    compared = 0
    for region in ["A", "B", "C", "D"]:
        for on in asked:
            want, got = _latest_wage_as_before(wages, region, on), find(region, on)
            assert (want is None) == (got is None), (region, on)
            if want is not None:
                assert want.name == got.name and want.equals(got), (region, on)
                compared += 1
    assert compared > 300


def test_a_restatement_dated_only_by_its_article_is_the_earlier_estimate_not_the_latest(tmp_path):
    """A rewrite months later of the NIS's figure, with no date of its own in its text, is the
    estimate the NIS gave before (reported again), not a new one that becomes the latest; a
    figure its text dates to a later month is a new estimate."""
    said = "South Korea's spy agency said 11,000 North Korean troops are in Russia.\n"
    folder = write_corpus(tmp_path / "c", {        # the rewrite first in the folder: order is by publication
        "a.txt": "Rewrite. " + said, "b.txt": said,
        "c.txt": "In June, South Korea's spy agency said 11,000 North Korean troops are in Russia.\n"},
        "file,outlet,published\na.txt,Blog,2025-03-02\nb.txt,Wire,2024-10-24\nc.txt,Paper,2025-06-20\n")
    claims = load(str(folder)).claims
    assert set(claims["as_of"]) == {"2024-10-24", "2025-03-02", "2025-06"}, "the extractor dates an undated figure by its article"
    est = estimates(claims, "dprk_troops_in_russia")
    assert est["holds"].tolist() == ["2024-10-24", "2025-06"]
    assert est.iloc[0]["n_outlets"] == 2 and est.iloc[0]["outlets"] == "Blog; Wire"
    # alone, the rewrite is dated by its article, as before
    alone = write_corpus(tmp_path / "d", {"b.txt": said}, "file,outlet,published\nb.txt,Blog,2025-03-02\n")
    assert estimates(load(str(alone)).claims, "dprk_troops_in_russia")["holds"].tolist() == ["2025-03-02"]
    # the source gave another figure in between: said again, it is a new estimate, and the latest
    between = write_corpus(tmp_path / "e", {
        "a.txt": said, "b.txt": "In January, South Korea's spy agency said 12,000 North Korean troops are in Russia.\n",
        "c.txt": said}, "file,outlet,published\na.txt,Wire,2024-10-24\nb.txt,Paper,2025-02-03\nc.txt,Blog,2025-03-10\n")
    est = estimates(load(str(between)).claims, "dprk_troops_in_russia")
    assert est["holds"].tolist() == ["2024-10-24", "2025-01", "2025-03-10"], est[["holds", "value"]]


def test_the_nearest_of_a_stored_choice_and_the_new_candidates_are_the_nearest_of_all():
    """The store's incremental update (issue 18) chooses an unchanged article's partners from its
    stored choice and its new candidates (`select_partners`), not from all its candidates again:
    the same as `nearest_pairs` over the grown corpus. Several stories copied past MAX_PARTNERS,
    with shared sentences between them (so passages as well as LSH find candidates), 20 copies
    added; `select_partners` over every article's candidates is `nearest_pairs`' choice too."""
    rng = __import__("random").Random(7)
    words = [f"w{i}" for i in range(600)]
    stories = [[" ".join(rng.choice(words) for _ in range(14)) + "." for _ in range(12)] for _ in range(3)]
    texts = []
    for i in range(3 * pv.MAX_PARTNERS + 20):
        story = stories[i % 3]
        sentences = [s if rng.random() < 0.8 else s.replace("w", "v", 3) for s in story]
        texts.append(" ".join(sentences + stories[(i + 1) % 3][:rng.randrange(3)]))
    ids = [f"c{(i * 37) % len(texts):03d}" for i in range(len(texts))]     # id order is not row order

    def choose(n):
        index = pv.SignatureIndex.of([pv.signature(t) for t in texts[:n]])
        ranks = pv._id_ranks(ids[:n])
        got = {}
        pairs = pv.nearest_pairs(index, ranks, chosen=lambda i, c, s: got.__setitem__(i, dict(zip(c.tolist(), s.tolist()))))
        return index, ranks, got, set(zip(*(p.tolist() for p in pairs)))

    old = len(texts) - 20
    _, _, before, _ = choose(old)
    index, ranks, after, pairs = choose(len(texts))
    assert pairs == {tuple(sorted((i, j), key=ranks.__getitem__)) for i, c in after.items() for j in c}
    assert any(len(c) == 2 * pv.MAX_PARTNERS for c in after.values())        # the cap binds
    search = pv.CandidateSearch(index)
    rows, partners, shared, new_mates = [], [], [], {}
    for i in range(len(texts)):
        found, counts, cand = search.candidates(i)
        sh = pv.shared_of(found, counts, cand)
        rows += [i] * len(cand)
        partners += cand.tolist()
        shared += sh.tolist()
        new_mates[i] = {j: s for j, s in zip(cand.tolist(), sh.tolist()) if j >= old}
    rows, partners, shared = np.array(rows), np.array(partners), np.array(shared)
    keep = pv.select_partners(rows, partners, shared, index, ranks)
    assert {(i, j) for i, j in zip(rows[keep].tolist(), partners[keep].tolist())} == \
        {(i, j) for i, c in after.items() for j in c}
    merged = 0
    for i in range(old):
        if not new_mates[i]:
            continue
        merged += 1
        stored = before.get(i, {})
        cand = {**stored, **new_mates[i]}
        assert all(after[i].get(j, s) == s for j, s in stored.items() if j in after[i])    # shared as stored
        r = np.full(len(cand), i)
        keep = pv.select_partners(r, np.array(list(cand)), np.array(list(cand.values())), index, ranks)
        assert set(np.array(list(cand))[keep].tolist()) == set(after.get(i, {}))
    assert merged > old // 2


def test_outlet_names_keep_a_semicolon_inside_brackets():
    # a manifest's outlet may say "Lao Dong (news.laodong.vn; English text)": the chart's source line
    # had split it into "Lao Dong (news.laodong.vn" and "English text)"
    from claimtrack.provenance.identity import outlet_names

    assert outlet_names("Lao Dong (news.laodong.vn; English text); Babel (babel.ua); Kursor") == [
        "Lao Dong (news.laodong.vn; English text)", "Babel (babel.ua)", "Kursor"]
    assert outlet_names(None) == [] and outlet_names("") == []
