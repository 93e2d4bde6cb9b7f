"""Claims against the seed gold (tests/data/seed_gold.csv, a copy of ../shared/seeds/gold.csv),
the catalogue as data, and the CLI."""

from __future__ import annotations

import csv
import json
import math

import pandas as pd
import pytest
from claimtrack import cli
from claimtrack.extraction.catalogue import CatalogueError, load_catalogue
from claimtrack.extraction.claims import COLUMNS, extract, extract_corpus, extract_folder
from claimtrack.reading.corpus import read_corpus
from conftest import REPO, SEEDS, real_lines, write_corpus
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

GOLD = REPO / "tests" / "data" / "seed_gold.csv"
# Gold periods that come from outside the article (the date of the Pentagon briefing, of a
# video appeal), not from its words: the extractor gives the article's date, same month.
PERIOD_FROM_OUTSIDE = {("004_e5d0ce18f75aa787.txt", "2024-11-04"), ("001_a776b361d1220f34.txt", "2024-10-23")}


def _num(x):
    return None if x in ("", None) or (isinstance(x, float) and math.isnan(x)) else float(x)


@pytest.fixture(scope="module")
def seed_claims() -> pd.DataFrame:
    return extract_corpus(read_corpus(SEEDS))


def _gold_rows():
    return [r for r in csv.DictReader(GOLD.open(encoding="utf-8")) if r["metric"] != "other"]


def _match(df: pd.DataFrame, g: dict) -> pd.Series | None:
    cand = df[(df.path == g["file"]) & (df.metric == g["metric"]) & (df.qualifier == g["qualifier"])]
    for _, c in cand.iterrows():
        if all(_num(g[k]) == (None if pd.isna(c[k]) else pytest.approx(c[k], rel=0.01)) for k in ("value", "low", "high")) \
                and (g["quote"] in c.quote or c.quote in g["quote"]):
            return c
    return None


def test_every_seed_gold_claim_is_found(seed_claims):
    missing = []
    for g in _gold_rows():
        c = _match(seed_claims, g)
        if c is None:
            missing.append(f"{g['file']} {g['metric']} {g['value'] or g['low'] + '-' + g['high']} {g['qualifier']}")
            continue
        if (g["file"], g["as_of"]) in PERIOD_FROM_OUTSIDE:
            assert c.as_of[:7] == g["as_of"][:7], (g["quote"][:60], c.as_of)
        else:
            assert c.as_of == g["as_of"], (g["quote"][:60], c.as_of, g["as_of"])
    assert not missing, missing


def test_no_seed_claim_the_gold_lacks(seed_claims):
    gold = _gold_rows()
    kept = seed_claims[seed_claims.metric != "other"]
    extra = []
    used: set[int] = set()
    for _, c in kept.iterrows():
        hit = [i for i, g in enumerate(gold) if i not in used and g["file"] == c.path and g["metric"] == c.metric
               and all(_num(g[k]) == (None if pd.isna(c[k]) else pytest.approx(c[k], rel=0.01))
                       for k in ("value", "low", "high"))]
        if hit:
            used.add(hit[0])
        else:
            extra.append(f"{c.path} {c.metric} {c.surface!r}")
    assert not extra, extra


def test_quotes_are_where_the_offsets_say(seed_claims):
    corpus = read_corpus(SEEDS)
    for _, c in seed_claims.iterrows():
        raw = corpus[c.article].raw
        assert raw[c.start:c.end] == c.quote
        assert c.start <= c.mention_start < c.mention_end <= c.end


def test_hypotheticals_are_not_estimates(seed_claims, tmp_path):
    row = seed_claims[seed_claims.quote.str.contains("Even if there were 3,000")]
    assert set(row.metric) <= {"other"}
    folder = write_corpus(tmp_path / "c", {"a.txt": "Even if there were 3,000 North Korean troops in Kursk, that "
                                                    "would not change much. Russia would need to double its "
                                                    "50,000-strong force in Kursk.\n"})
    df = extract_corpus(read_corpus(folder))
    hyp = df[df.surface.str.contains("3,000")].iloc[0]
    assert (hyp.metric, hyp.hypothetical, hyp.would_be) == ("other", True, "dprk_troops_in_russia")
    fact = df[df.surface.str.contains("50,000")].iloc[0]
    assert (fact.metric, fact.hypothetical) == ("russian_troops_kursk", False)


def test_a_predicate_of_harm_is_the_parts_not_the_wholes(tmp_path):
    """"4,000 of the 14,000 troops ... were killed": the dead are the part; the whole stays the force."""
    folder = write_corpus(tmp_path / "c", {"a.txt": "About 5,000 of the 15,000 North Korean troops deployed to "
                                                    "Russia are thought to have been wounded, Seoul said.\n"})
    df = extract_corpus(read_corpus(folder))
    metric = dict(zip(df.surface.str.extract(r"([\d,]+)")[0], df.metric))
    assert metric == {"5,000": "dprk_casualties", "15,000": "dprk_troops_in_russia"}


def test_conversions_are_not_claims(seed_claims):
    belgorod = seed_claims[seed_claims.quote.str.contains("Rbs800,000") & (seed_claims.metric == "signing_bonus_rub")]
    assert sorted(belgorod.value) == [800000.0, 3000000.0]          # the $8,300 is not a claim
    assert "$8,300" in belgorod[belgorod.value == 800000].conversions.iloc[0]


def test_negated_claim(seed_claims):
    (row,) = seed_claims[seed_claims.quote.str.contains("definitely not close")].itertuples()
    assert (row.qualifier, row.high, row.negated) == ("less_than", 3000.0, True) and math.isnan(row.low)


def test_sources_are_canonical_with_their_chain(seed_claims):
    ryder = seed_claims[seed_claims.quote.str.contains("10,000-11,000-12,000")].iloc[0]
    assert ryder.attributed_to == "Pentagon (Ryder)" or ryder.attributed_to.startswith("Pentagon (")
    ft = seed_claims[(seed_claims.article == "000_dc0433914c5b6681") & (seed_claims.value == 12000)].iloc[0]
    assert ft.attributed_to == "South Korea National Intelligence Service"
    assert ft.chain == "Kursor > Financial Times > South Korea National Intelligence Service"


def test_regions_of_payments(seed_claims):
    bonuses = seed_claims[seed_claims.metric == "signing_bonus_rub"]
    assert set(bonuses.region) == {"Belgorod Oblast"}


def test_change_is_not_a_stock(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": "The number of North Korean troops in Russia has risen by about "
                                                    "2,000 this month, to 13,000.\n"},
                          "file,outlet,url,published,title,author\na.txt,Test,,2024-12-10,,\n")
    df = extract_corpus(read_corpus(folder))
    delta = df[df.surface.str.contains("2,000")].iloc[0]
    assert (delta.metric, delta.change, delta.would_be) == ("other", True, "dprk_troops_in_russia")
    stock = df[df.value == 13000].iloc[0]
    assert (stock.metric, stock.as_of) == ("dprk_troops_in_russia", "2024-12")


def test_a_catalogue_of_ones_own_needs_no_code(tmp_path):
    cat = tmp_path / "mine.yml"
    cat.write_text("""metrics:
  - id: drones_supplied
    label: Drones supplied
    unit: drones
    kind: count
    subject: ['iran\\w*']
    subject_in_sentence: true
    nouns: ['drones?', 'shaheds?']
""", encoding="utf-8")
    folder = write_corpus(tmp_path / "c", {"a.txt": "Iran has supplied more than 2,000 Shahed drones to Russia. "
                                                    "North Korea sent 11,000 troops.\n"})
    df = extract_corpus(read_corpus(folder), load_catalogue(cat))
    assert list(zip(df.metric, df.low)) == [("drones_supplied", 2000.0)]


@pytest.mark.parametrize("text,error", [
    ("metrics: []", "at least one metric"),
    ("metrics:\n  - id: x\n    kind: weight\n    nouns: [a]", "kind must be one of"),
    ("metrics:\n  - id: x\n    kind: count", "give `subject` or `nouns`"),
    ("metrics:\n  - id: x\n    kind: count\n    nouns: ['(']", "not a valid regular expression"),
    ("metrics:\n  - id: x\n    kind: count\n    nouns: [a]\n    colour: red", "unknown field"),
    ("metrics: [", "not valid YAML"),
    ("metrics:\n  - id: x\n    kind: count\n    nouns: [a]\n    max_value: -5", "max_value` must be a positive"),
    ("metrics:\n  - id: x\n    kind: count\n    nouns: [a]\n    max_value: lots", "max_value` must be a positive"),
    ("metrics:\n  - id: x\n    kind: count\n    nouns: [a]\n    max_value_unnamed: 0", "max_value_unnamed` must be a positive"),
    ("metrics:\n  - id: x\n    kind: count\n    nouns: [a]\n    max_value_unnamed: true",
     "max_value_unnamed` must be a positive"),
])
def test_bad_catalogue_says_where(tmp_path, text, error):
    cat = tmp_path / "bad.yml"
    cat.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError, match=error) as exc:
        load_catalogue(cat)
    assert "bad.yml" in str(exc.value)


def test_shipped_catalogue_has_the_issue_ids():
    assert [m.id for m in load_catalogue()] == [
        "dprk_troops_in_russia", "dprk_casualties", "russian_troops_kursk", "russian_casualties",
        "ukraine_held_kursk_km2", "signing_bonus_rub", "dprk_active_military", "russian_recruits_per_month",
        "average_monthly_wage_rub"]


def test_extract_of_one_article_is_deterministic():
    art = read_corpus(SEEDS)["001_a776b361d1220f34"]
    assert extract(art) == extract(art)


def test_cli_extract_csv_columns(capsys):
    assert cli.main(["extract", str(SEEDS)]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert header.startswith("article,metric,value,low,high,unit,qualifier,as_of,attributed_to,region,counted,scope,"
                             "quote,start,end")
    assert header.split(",")[:len(COLUMNS)] == COLUMNS


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_cli_extract_formats(tmp_path, fmt):
    out = tmp_path / f"claims.{fmt}"
    assert cli.main(["extract", str(SEEDS), "--out", str(out)]) == 0
    if fmt == "csv":
        df = pd.read_csv(out)
    elif fmt == "jsonl":
        df = pd.DataFrame([json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()])
    else:
        df = pd.read_parquet(out)
    assert len(df) == len(extract_corpus(read_corpus(SEEDS))) and list(df.columns[:13]) == COLUMNS[:13]


def test_cli_extract_bad_catalogue(tmp_path, capsys):
    assert cli.main(["extract", str(SEEDS), "--metrics", str(tmp_path / "none.yml")]) == 2
    assert "none.yml" in capsys.readouterr().err


# Sentences in the styles of outlets not in the repo; none of them is in seeds/ or ../shared.
UNSEEN = [
    ("Pyongyang has dispatched some 11,000 soldiers to Russia's Kursk region, according to the Pentagon.",
     ("dprk_troops_in_russia", 11000, 11000, 11000, "approx", "Pentagon")),
    ("Ukraine's General Staff said Russia lost 1,520 troops over the past day.",
     ("russian_casualties", 1520, 1520, 1520, "exact", "Ukrainian General Staff")),
    ("The Tver region raised its one-time payment for new contract soldiers to 1.5 million roubles last month.",
     ("signing_bonus_rub", 1.5e6, 1.5e6, 1.5e6, "exact", None)),
    ("North Korean losses have reached 4,000 killed and wounded, said Budanov.",
     ("dprk_casualties", 4000, 4000, 4000, "exact", "Ukrainian military intelligence")),
    ("Russia has amassed a 50,000-strong force in Kursk to dislodge Ukrainian troops.",
     ("russian_troops_kursk", 50000, 50000, 50000, "exact", None)),
    ("Up to 100,000 North Korean troops could eventually be sent, Seoul's spy agency warned on Tuesday.",
     ("dprk_troops_in_russia", None, None, 100000, "up_to", "South Korea National Intelligence Service")),
    ("Ukrainian forces still hold around 400 sq km (155 square miles) of the Kursk region, the ISW said.",
     ("ukraine_held_kursk_km2", 400, 400, 400, "approx", "Institute for the Study of War")),
]


@pytest.mark.parametrize("sentence,expected", UNSEEN, ids=[u[0][:40] for u in UNSEEN])
def test_unseen_styles(tmp_path, sentence, expected):
    folder = write_corpus(tmp_path / "c", {"a.txt": sentence + "\n"},
                          "file,outlet,url,published,title,author\na.txt,Test Wire,,2025-01-15,,\n")
    df = extract_corpus(read_corpus(folder))
    assert len(df) == 1, df[["metric", "surface"]].to_dict("records")
    c = df.iloc[0]
    metric, value, low, high, qualifier, source = expected
    assert (c.metric, c.qualifier) == (metric, qualifier)
    assert [None if pd.isna(x) else x for x in (c.value, c.low, c.high)] == [value, low, high]
    if source:
        assert c.attributed_to == source


# General constructions a code review found misread (published 2025-03-10): a clock time is not a
# count; a dash before "up to" and "at most" are bounds; "through February" is the February just past;
# a person is the one the sentence names; a currency before the amount with a space.
REVIEWED = [
    ("At 11 a.m. on Monday, North Korean troops crossed into the Kursk region, officials said.", None),
    ("Vladimir Putin met his generals. Peskov said 10,000 North Korean troops were in Russia.",
     ("dprk_troops_in_russia", 10000, 10000, 10000, "exact", "2025-03-10", "Kremlin (Peskov)")),
    ("Pyongyang is sending more soldiers to Russia – up to 100,000, Seoul's spy agency said.",
     ("dprk_troops_in_russia", None, None, 100000, "up_to", "2025-03-10", None)),
    ("Russia has at most 50,000 troops in the Kursk region, analysts said.",
     ("russian_troops_kursk", None, None, 50000, "up_to", "2025-03-10", None)),
    ("Ukraine held the salient through February, when it controlled 500 sq km of the Kursk region.",
     ("ukraine_held_kursk_km2", 500, 500, 500, "exact", "2025-02", None)),
    ("Russia has amassed in the region of 50,000 troops in Kursk.",
     ("russian_troops_kursk", 50000, 50000, 50000, "approx", "2025-03-10", None)),
    ("In Belgorod, the recruiting drive offers volunteers a one-time signing bonus of 1 million rubles.",
     ("signing_bonus_rub", 1e6, 1e6, 1e6, "exact", "2025-03-10", None)),
    ("The region pays a one-time signing bonus of Rbs 3mn to volunteers.",
     ("signing_bonus_rub", 3e6, 3e6, 3e6, "exact", "2025-03-10", None)),
]


@pytest.mark.parametrize("sentence,expected", REVIEWED, ids=[r[0][:40] for r in REVIEWED])
def test_reviewed_constructions(tmp_path, sentence, expected):
    folder = write_corpus(tmp_path / "c", {"a.txt": sentence + "\n"},
                          "file,outlet,url,published,title,author\na.txt,Test Wire,,2025-03-10,,\n")
    df = extract_corpus(read_corpus(folder))
    if expected is None:
        assert df.empty, df[["metric", "surface"]].to_dict("records")
        return
    assert len(df) == 1, df[["metric", "surface"]].to_dict("records")
    c = df.iloc[0]
    metric, value, low, high, qualifier, as_of, source = expected
    assert (c.metric, c.qualifier, c.as_of) == (metric, qualifier, as_of)
    assert [None if pd.isna(x) else x for x in (c.value, c.low, c.high)] == [value, low, high]
    if source:
        assert c.attributed_to == source


def test_down_from_takes_the_unit_and_an_earlier_period(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": "Kyiv's forces now control about 500 square kilometres of "
                                                    "the Kursk region, down from 1,300 in August.\n"},
                          "file,outlet,url,published,title,author\na.txt,Test Wire,,2025-01-15,,\n")
    df = extract_corpus(read_corpus(folder))
    assert list(zip(df.metric, df.value, df.as_of, df.role)) == [
        ("ukraine_held_kursk_km2", 500.0, "2025-01-15", "new"), ("ukraine_held_kursk_km2", 1300.0, "2024-08", "previous")]


def test_streaming_extraction_gives_the_same_claims(seed_claims):
    problems: list = []
    streamed = extract_folder(SEEDS, problems=problems)
    pd.testing.assert_frame_equal(streamed, seed_claims)
    assert [p.code for p in problems] == [p.code for p in read_corpus(SEEDS).problems]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_batched_writing_matches_one_frame(tmp_path, monkeypatch, seed_claims, fmt):
    from claimtrack.extraction import writers
    from claimtrack.extraction.claims import iter_claims

    monkeypatch.setattr(writers, "BATCH", 4)           # 29 seed claims: eight batches
    out = tmp_path / f"c.{fmt}"
    assert writers.write_claims(iter_claims(SEEDS), out, fmt) == len(seed_claims)
    if fmt == "csv":
        back = pd.read_csv(out)
    elif fmt == "jsonl":
        back = pd.read_json(out, lines=True)
    else:
        back = pd.read_parquet(out)
    assert list(back.columns) == list(seed_claims.columns) and len(back) == len(seed_claims)
    assert list(back["quote"]) == list(seed_claims["quote"])


def test_a_failed_write_keeps_the_previous_file(tmp_path):
    from claimtrack.extraction.claims import iter_claims
    from claimtrack.extraction.writers import write_claims

    out = tmp_path / "claims.csv"
    out.write_text("the last good run\n", encoding="utf-8")

    def broken():
        yield from iter_claims(SEEDS)
        raise RuntimeError("stopped half way")

    with pytest.raises(RuntimeError):
        write_claims(broken(), out, "csv")
    assert out.read_text(encoding="utf-8") == "the last good run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.csv"]        # no temporary left behind


def test_empty_corpus_gives_a_header(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert cli.main(["extract", str(tmp_path / "empty")]) == 0
    assert capsys.readouterr().out.startswith("article,metric,value")


def test_one_failing_article_does_not_stop_the_run(monkeypatch, tmp_path):
    from claimtrack.extraction import claims as claims_module

    real = claims_module.extract

    def flaky(article, metrics=None):
        if article.id == "002_f8f31cfa6756e2bb":
            raise ValueError("boom")
        return real(article, metrics)

    monkeypatch.setattr(claims_module, "extract", flaky)
    problems: list = []
    df = claims_module.extract_folder(SEEDS, problems=problems)
    assert "002_f8f31cfa6756e2bb" not in set(df.article) and len(set(df.article)) == 4
    (p,) = [p for p in problems if p.code == "extract-error"]
    assert p.file == "002_f8f31cfa6756e2bb.txt" and "boom" in p.message


PIECES = ["North Korean troops", " 12,000", " about 3,000", " Rbs3mn", " sq km", " Kursk", " killed",
          " signing bonus", " \u200b", " \u05e9\u05dc\u05d5\u05dd", " e\u0301", "\n", ". ", ", ", " 10^400",
          " " + "9" * 50, " from 800,000 to 3 million rubles", " between 600 and 700 sq km", "\u202e", " (\\$8,300)"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.sampled_from(PIECES), min_size=1, max_size=25))
def test_any_article_gives_claims_that_point_at_their_quote(tmp_path_factory, pieces):
    folder = write_corpus(tmp_path_factory.mktemp("c"), {"a.txt": "".join(pieces)})
    corpus = read_corpus(folder)
    df = extract_corpus(corpus)
    if not corpus.articles:          # nothing readable (whitespace only): no claims, a problem row
        assert df.empty and corpus.problems
        return
    raw = corpus["a"].raw
    for c in df.itertuples():
        assert raw[c.start:c.end] == c.quote and c.start <= c.mention_start <= c.mention_end <= c.end
    assert df.equals(extract_corpus(read_corpus(folder)))


def test_the_same_day_is_the_day_before_it(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": "Seoul's spy agency briefed lawmakers on November 13. On the same day, "
                                                    "it said 11,000 North Korean troops were in Russia.\n"},
                          "file,outlet,url,published,title,author\na.txt,Test Wire,,2024-11-15,,\n")
    df = extract_corpus(read_corpus(folder))
    assert list(zip(df.value, df.as_of)) == [(11000.0, "2024-11-13")]


def test_a_counting_outlets_first_person_finding_is_its_own(tmp_path):
    # Mediazona's "we know the names of ..." is Mediazona's count (synth45); a wire's first person stays unattributed
    text = "Counting the dead\nAs of October 4, 2024, we know the names of 71,342 Russian servicemen who have been " \
           "killed in the war with Ukraine.\n"
    for outlet, source in (("Mediazona", "Mediazona"), ("Test Wire", "unattributed (Test Wire)")):
        folder = write_corpus(tmp_path / outlet, {"a.txt": text},
                              f"file,outlet,url,published,title,author\na.txt,{outlet},,2024-10-05,,\n")
        df = extract_corpus(read_corpus(folder))
        assert list(zip(df.value, df.attributed_to)) == [(71342.0, source)]


def test_a_peak_without_a_date_takes_the_metric_peak_period(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": "At the height of the incursion, Ukraine held 1,376 square kilometres "
                                                    "of the Kursk region. Ukraine now holds about 500 square kilometres "
                                                    "in Kursk.\n"},
                          "file,outlet,url,published,title,author\na.txt,Test Wire,,2025-02-13,,\n")
    df = extract_corpus(read_corpus(folder))
    assert list(zip(df.value, df.as_of)) == [(1376.0, "2024-08"), (500.0, "2025-02-13")]


def test_part_and_whole(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": "Officials said around 4,000 of the 12,000 North Korean troops "
                                                    "deployed to Russia have either been killed or injured.\n"},
                          "file,outlet,url,published,title,author\na.txt,Test Wire,,2025-02-10,,\n")
    df = extract_corpus(read_corpus(folder))
    assert list(zip(df.metric, df.value)) == [("dprk_casualties", 4000.0), ("dprk_troops_in_russia", 12000.0)]


def test_death_payments_are_not_signing_bonuses(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": "In the event of a serviceman's death, his family receives a "
                                                    "one-time payment of RUB3mn from the region.\n"},
                          "file,outlet,url,published,title,author\na.txt,Test Wire,,2025-02-10,,\n")
    assert extract_corpus(read_corpus(folder)).empty


def test_term_tables_look_ahead_changes_no_match():
    # issue 18: whole_words opens with a look-ahead on the letters the terms start with
    # (first_letters); every table's pattern finds what it finds without it, on real sentences and
    # on words with the characters IGNORECASE folds to ASCII (İ ı ſ K)
    import random
    import re
    from pathlib import Path

    from claimtrack.extraction.catalogue import first_letters
    from claimtrack.extraction.events import event_table
    from claimtrack.extraction.sources import source_table

    assert first_letters(["north korea(?:n|.s)?", "dprk", "kim's"]) == "dkn"
    for terms in (["a|b"], ["(?:north )?korea"], ["s?oldiers"], [r"\w+"], ["[kK]im"], ["x", "(?i)y"], [""]):
        assert first_letters(terms) is None
    assert first_letters(["a(?:b|c)", "d[|]", r"e\|f"]) == "ade"

    pats = [rx for m in load_catalogue() for rx in m.terms.values() if rx is not None]
    pats += [p for s in source_table() for p in (s.aliases, s.people) if p is not None]
    pats += [p for e in event_table() for p in (e.terms, e.actions, e.exclude, e.context) if p is not None]
    ahead = [p for p in pats if p.pattern.startswith("(?=[")]
    assert len(ahead) > 50
    repo = Path(__file__).resolve().parents[1]
    texts = [p.read_text(errors="replace") for p in sorted((repo / "seeds").glob("*.txt"))]
    lines = [m.group() for t in texts for m in re.finditer(r"[^\n]+", t)]
    rng = random.Random(18)
    folds = {"i": "İı", "s": "ſ", "k": "\u212a"}
    for line in list(lines):
        lines.append("".join(rng.choice(folds[c.lower()]) if c.lower() in folds and rng.random() < 0.3 else c for c in line))
    for p in ahead:
        plain = re.compile(p.pattern[p.pattern.index("])") + 2:], p.flags)
        for line in lines:
            assert [m.span() for m in p.finditer(line)] == [m.span() for m in plain.finditer(line)]


def test_source_cues_in_one_search():
    # issue 18: a source's cues are found with one search of their alternation: the same sources
    # as testing each cue as a substring, on real sentences and on every cue itself
    import re
    from pathlib import Path

    from claimtrack.extraction.sources import source_table
    repo = Path(__file__).resolve().parents[1]
    texts = [p.read_text(errors="replace") for p in sorted((repo / "seeds").glob("*.txt"))]
    lows = [m.group().lower() for t in texts for m in re.finditer(r"[^\n]+", t)]
    lows += [c for s in source_table() for c in (s.cues or ())] + ["", "x"]
    for src in source_table():
        for low in lows:
            assert (src.cue_rx is None or src.cue_rx.search(low) is not None) == \
                (src.cues is None or any(c in low for c in src.cues))


def _real_lines(every: int, folded: int) -> list[str]:
    """Every `every`-th line of the repo's real articles, then the first `folded` of them again with
    some letters swapped for the characters IGNORECASE folds to ASCII (İ ı ſ K)."""
    import random

    lines = real_lines()[::every]
    rng = random.Random(22)
    folds = {"i": "İı", "s": "ſ", "k": "\u212a"}
    return lines + ["".join(rng.choice(folds[c.lower()]) if c.lower() in folds and rng.random() < 0.3 else c
                            for c in line) for line in lines[:folded]]


def test_lower_cased_twins_find_the_same():
    # issue 18: a few case-blind patterns also run, without IGNORECASE, on the lower-cased text
    # (casefold.lowered), which is faster; on real sentences, and on them with the characters
    # IGNORECASE folds to ASCII (İ ı ſ K: lowered() then gives None and the case-blind pattern
    # runs), each twin finds the same spans as the case-blind pattern.
    import re

    from claimtrack.extraction import claims, counting, quantities, sources
    from claimtrack.reading.casefold import lowered

    lines = _real_lines(every=3, folded=600)
    lines += ["KURSK, said SAID More Than 3 TWO thousand FOLD, AND While WHO", "ABOUT", "approx. 5", "İn Kursk, ſaid",
              "NO MORE THAN", "Rbs. ", "US$", "USD ", "at least", "In Excess Of "]
    lines += [line[:k] for line in lines[:3000:20] for k in range(0, len(line), 11)]     # windows ending anywhere
    from claimtrack.extraction import periods

    twins = [(claims.CLAUSE_BREAK, claims.CLAUSE_BREAK_LOWER), (counting.PLACES, counting.PLACES_LOWER),
             (sources._ANY_VERB, sources._ANY_VERB_LOWER), (quantities._HAS_NUMBER, quantities._HAS_NUMBER_LOWER),
             (quantities._HAS_NUMBER_BUT_A, quantities._HAS_NUMBER_BUT_A_LOWER),
             (quantities._HEDGE_LAST, quantities._HEDGE_LAST_LOWER), (quantities.RUN, quantities.RUN_LOWER),
             (quantities.ATOM_RE, quantities.ATOM_RE_LOWER)]
    twins += [(rx, twin) for (_, rx, _), twin in zip(periods._COMPILED, periods._LOWER)]
    twins += [(rx, twin) for (_, rx), twin in zip(sources._PATTERNS, sources._PATTERN_TWINS) if twin is not None]
    twins += [(m.terms[name], m.twins[name]) for m in load_catalogue() for name in m.terms if m.terms[name] is not None]
    from claimtrack.reading.casefold import CaseBlind
    blind = [v for mod in (counting, claims) for v in vars(mod).values() if isinstance(v, CaseBlind)]
    blind += [rx for rx, _ in counting.PHRASES] + [rx for _, rx in counting.CASUALTY_WORDS]
    assert len(blind) > 60
    twins += [(cb.blind, cb.twin) for cb in blind]
    twins += [quantities._combined(patterns, mode)[:2] for patterns, mode in
              ((quantities.HEDGES_BEFORE, "end"), (quantities.CURRENCY_PREFIX, "prefix"))]
    assert len(twins) > 60 and all(twin is not None for _, twin in twins)
    assert len(lines) > 1500 and sum(lowered(x) is None for x in lines) > 200
    for blind, twin in twins:
        assert twin.flags & re.IGNORECASE == 0
        for line in lines:
            low = lowered(line)
            if low is None:
                continue
            assert len(low) == len(line)
            def places(ms):      # every group's span and words, case aside
                return [(m.regs, [g and g.lower() for g in m.groups()]) for m in ms]
            assert places(blind.finditer(line)) == places(twin.finditer(low)), (twin, line)
    assert [m.span() for m in claims._breaks("Kursk, AND then WHILE")] == [(5, 6), (7, 10), (16, 21)]
    assert claims._first_break("İ said: x").span() == (6, 7)
    assert counting.last_place(["They fought in KURSK and Sumy.", "Nothing here."]) == "Sumy"
    # and PUT_AT ("put the number of X at"), looked for only before " at ", finds what it finds everywhere
    made = ["Estimates PUT the NUMBER of troops killed AT 3,000", "They put the number of troops at\t3,000",
            "The numbers stood at 3,000", "Estimates put the number of dead at  3,000", "put the toll at"]
    for line in lines[:1500] + made:
        for at in range(len(line) + 1):
            found, plain = claims._put_at(line, at), claims.PUT_AT.search(line, max(0, at - 400), at)
            assert (found and found.span()) == (plain and plain.span()), (line, at)
    assert [t.text for t in periods.find_times("SINCE AUGUST 6, the toll ROSE", "2024-10-01")] == ["AUGUST 6"]
    assert sources.speech_frames("3,000 soldiers, ACCORDING TO Kyiv's Military Intelligence.") == \
        [("relayed", "Kyiv's Military Intelligence")]
    from claimtrack.extraction.catalogue import lower_twin
    from claimtrack.reading.casefold import lower_pattern
    assert lower_twin(re.compile("(?i:x)|y")) is None and lower_twin(re.compile(r"\x41")) is None
    assert lower_pattern(r"A[\u00a0 ]B\d") == r"a[\u00a0 ]b\d"
    assert counting.RATE.search("3,000 PER DAY").span() == (6, 13) and counting.RATE.search("ſo per day").span() == (3, 10)
    with pytest.raises(ValueError):
        CaseBlind(re.compile("x"))
    assert lower_pattern(r"\bA(?P<mon>B)\S[A-Z](?P=mon)\W") == r"\ba(?P<mon>b)\S[a-z](?P=mon)\W"


def test_sources_cued_keeps_every_source_that_matches():
    # issue 18: sources_cued finds every source's cues in one search, at word starts: each source
    # whose names match a line (aliases, people, misnamed) is among those it gives, they are among
    # those a substring test of each cue gives, in table order; on real lines and folded ones

    from claimtrack.extraction.sources import source_table, sources_cued

    lines = _real_lines(every=2, folded=300)
    lines += [c for s in source_table() for c in (s.cues or ())] + ["", "x", "minister", "SOUTH KOREA'S NIS"]
    table = source_table()
    matched_any = 0
    for line in lines:
        low = line.lower()
        cued = list(sources_cued(low))
        substring = [s for s in table if s.cues is None or any(c in low for c in s.cues)]
        assert all(s in substring for s in cued) and [s for s in substring if s in cued] == cued
        for s in table:
            if any(p is not None and p.search(line) for p in (s.aliases, s.people, s.misnamed)) and \
                    (s.cues is None or any(c in low for c in s.cues)):
                matched_any += 1
                assert s in cued, (s.name, line)
    assert matched_any > 300


def test_shipped_tables_read_the_same_with_libyaml():
    # issue 18: the tables shipped with claimtrack are read with libyaml's loader (catalogue.SHIPPED_LOADER);
    # it gives every one of them exactly what PyYAML's SafeLoader gives
    from importlib import resources

    import yaml
    from claimtrack.extraction.catalogue import SHIPPED_LOADER, load_shipped

    names = [f.name for f in resources.files("claimtrack.extraction").iterdir() if f.name.endswith(".yml")]
    assert {"metrics.yml", "regions.yml", "events.yml", "sources.yml", "calibration.yml"} <= set(names)
    for name in names:
        text = resources.files("claimtrack.extraction").joinpath(name).read_text(encoding="utf-8")
        assert load_shipped(name) == yaml.safe_load(text), name
        assert yaml.load(text, Loader=SHIPPED_LOADER) == yaml.safe_load(text), name


def _lower_pattern_as_first_written(pattern: str) -> str:
    import re

    from claimtrack.reading.casefold import _CODED
    if re.search(r"\(\?[aiLmsux-]|\(\?P<[^>]*[A-Z]", pattern):
        raise ValueError("flags")
    out, i = [], 0
    while i < len(pattern):
        code = _CODED.match(pattern, i)
        if code:
            hexes = code.group(1) or code.group(2) or code.group(3)
            if hexes is None or chr(int(hexes, 16)).isalpha():
                raise ValueError("coded")
            out.append(code.group())
            i = code.end()
            continue
        if pattern[i] == "\\" or pattern.startswith("(?P", i):
            out.append(pattern[i:i + 2] if pattern[i] == "\\" else "(?P")
            i += 2 if pattern[i] == "\\" else 3
            continue
        out.append(pattern[i].lower())
        i += 1
    return "".join(out)


def test_lower_pattern_as_first_written():
    # issue 18: lower_pattern reads a pattern in pieces instead of character by character; it gives
    # what the loop over characters gave (or raises where it raised) on every term of the shipped
    # tables and on generated patterns of escapes, codes, groups, capitals and final sigmas
    import random

    from claimtrack.extraction.catalogue import load_catalogue
    from claimtrack.extraction.sources import source_table
    from claimtrack.reading.casefold import lower_pattern

    patterns = [rx.pattern for m in load_catalogue() for rx in m.terms.values() if rx is not None]
    patterns += [src.aliases.pattern for src in source_table()]
    rng = random.Random(23)
    pieces = ["\\x41", "\\x20", "\\u00a0", "\\u0410", "\\U0001F600", "\\U00110000", "\\N{DASH}", "\\0", "\\07", "\\",
              "\\S", "\\b", "\\\\", "\\(", "(?P<n>", "(?P<N>", "(?P=n)", "(?:", "(?i:", "(", ")", "ΑΣ", "Σ", "ΣΑ", "İ",
              "K", "A", "b", "[A-Z]", "x", " ", "\n", "\\\n", "\\x4", "\\u12"]
    patterns += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(5000)]
    raised = 0
    for p in patterns:
        try:
            want = _lower_pattern_as_first_written(p)
        except ValueError:
            raised += 1
            with pytest.raises(ValueError):
                lower_pattern(p)
            continue
        assert lower_pattern(p) == want, p
    assert 500 < raised < len(patterns) - 500


def _without(text: str, needs: tuple[str, ...]) -> str:
    """`text` with every case-blind occurrence of each of `needs` overwritten by as many "x"."""
    import re

    for n in needs:
        text = re.sub(re.escape(n), lambda m: "x" * len(m.group()), text, flags=re.IGNORECASE)
    return text


def test_patterns_skipped_without_what_they_need():
    # issue 18: a few patterns of the claim frames run only on a text holding the word or mark every
    # match of theirs holds (claims.JOINT_FORCE_NEEDS, FRACTION_OF_NEEDS, ASIDE_NEEDS; "(" for PAREN).
    # Each match found on real sentences (and on them with İ ı ſ K, and on windows ending at each
    # number, as the frames search them) holds it, and with it overwritten the pattern finds nothing.
    import re

    from claimtrack.extraction import claims
    from claimtrack.reading.casefold import lowered

    lines = _real_lines(every=1, folded=600)
    lines += ["Russian and North Korean troops attacked", "RUSSIA AND NORTH-KOREAN FORCES", "North Korean soldiers are "
              "among a 50,000-strong Russian force", "half of the 11,000", "A THIRD OF THEIR some 600,000", "10% of the",
              "troops - some say - 3,000", "a (b) c", "x — y — 5"]
    windows = [line[:m.start()] for line in lines for m in re.finditer(r"\d", line)]
    lines += ["the grouping, North Koreans included, at 50,000", "about 60,000, counting the North Koreans",
              "Russian forces, with the North Korean troops, number"]
    cases = [(claims.JOINT_FORCE, (claims.JOINT_FORCE_NEEDS,), lines), (claims.PART_INCLUDED, (claims.JOINT_FORCE_NEEDS,), lines),
             (claims.FRACTION_OF, (claims.FRACTION_OF_NEEDS,), windows),
             (claims.ASIDE_BEFORE, claims.ASIDE_NEEDS, windows), (claims.PAREN, ("(",), lines)]
    for rx, needs, texts in cases:
        found = 0
        for text in texts:
            for m in rx.finditer(text):
                found += 1
                low = lowered(m.group())
                assert low is None or any(n in low for n in needs), (rx.pattern, m.group())
            if any(n.lower() in text.lower() for n in needs):
                assert rx.search(_without(text, needs)) is None, (rx.pattern, text)
        assert found, rx.pattern        # the check saw the pattern match
    # and the frames read the same with and without the shortcuts
    assert claims._unaside("troops - some say - ") == claims.ASIDE_BEFORE.sub(" ", "troops - some say - ")
    assert claims._unbracketed("a (b) c") == "a   c" and claims._unbracketed("a b c") == "a b c"


def test_patterns_rewritten_for_speed_find_the_same():
    # issue 18 (twenty-first session): JOINT_FORCE opens each alternative with its words and looks
    # behind them from there; CLAUSE_BREAK's "as" is looked behind after it; FIGURE_ANAPHOR runs only
    # on a window holding one of its nouns (claims._points_back); NOT_SPEAKING only on a text holding
    # one of NOT_SPEAKING_NEEDS. Against the patterns as first written, on real lines (and with
    # İ ı ſ K), windows ending at every number and made-up phrases, the same matches and texts.
    import random
    import re

    from claimtrack.extraction import claims, sources

    joint_first = re.compile(
        r"(?:(?<=\bRussian and )|(?<=\bRussia and ))North[ -]Korean(?= (?:troops|soldiers|forces?|grouping|contingent))"
        r"|(?:(?<=\bRussians and )|(?<=\bRussians and the ))North[ -]Koreans\b"
        r"|(?:(?<=\bRussia)|(?<=\bRussian))-North[ -]Korean?(?= (?:joint |combined )?(?:troops|soldiers|"
        r"forces?|grouping|contingent))"
        r"|North[ -]Korean(?= (?:troops|soldiers|forces) (?:are|were) (?:among|part of) (?:a|an|the) "
        r"[\w,.-]+ Russian)"
        rf"|(?:(?<=\bRussia and )|(?<=\bRussia, ))North[ -]Korea{claims.JOINT_TOGETHER}", re.IGNORECASE)
    after, before = r"\bas(?<!known\sas)(?<!such\sas)(?<!well\sas)(?<!same\sas)", \
        r"(?<!known\s)(?<!such\s)(?<!well\s)(?<!same\s)\bas"
    assert after in claims.CLAUSE_BREAK.pattern
    break_first = re.compile(claims.CLAUSE_BREAK.pattern.replace(after, before), re.IGNORECASE)
    break_first_lower = re.compile(break_first.pattern)

    rng = random.Random(21)
    pieces = ["Russian and ", "Russia and ", "Russians and ", "Russians and the ", "Russia-", "Russian-", "RUSSIAN AND ",
              "xRussia and ", "the ", "North Korean", "North-Korean", "north korea", "North Koreans", "NORTH KOREAN",
              " troops", " forces", " joint forces", " combined troops", " soldiers are among the 50,000 Russian",
              " grouping", " known as ", " such as ", "as well as ", "the same as ", "as the troops are sent",
              " as Russians were deployed", "KNOWN AS North Koreans are used", ", the figure is ", "The total stood at ",
              "said the toll reached ", "the tally was ", "since the Kremlin ordered ", "Zelensky's forces ",
              "Putin’s war ", "when the Russian Army began ", "the count of ", "that number has grown to ", "3,000",
              "North Korea", " together", " jointly", " have amassed", " has now gathered", "Russia, ", " mass"]
    made_up = ["".join(rng.choice(pieces) for _ in range(rng.randint(2, 8))) for _ in range(4000)]
    lines = _real_lines(every=1, folded=600) + made_up
    for line in lines:
        assert [m.span() for m in claims.JOINT_FORCE.finditer(line)] == [m.span() for m in joint_first.finditer(line)], line
        assert [m.span() for m in claims.CLAUSE_BREAK.finditer(line)] == [m.span() for m in break_first.finditer(line)], line
        low = line.lower()
        assert [m.span() for m in claims.CLAUSE_BREAK_LOWER.finditer(low)] == \
            [m.span() for m in break_first_lower.finditer(low)], line
        assert sources._not_speaking(line) == sources.NOT_SPEAKING_ACTS.sub(" ", sources.NOT_SPEAKING.sub(" ", line)) \
            if any(w in sources.NOT_SPEAKING.sub(" ", line).lower() for w in sources.ACTING_WORDS) \
            else sources._not_speaking(line) == sources.NOT_SPEAKING.sub(" ", line), line
        for at in [m.start() for m in re.finditer(r"\d", line)] + [len(line)]:
            want = claims.FIGURE_ANAPHOR.search(line, max(0, at - claims.FIGURE_ANAPHOR_REACH), at)
            got = claims._points_back(line, at)
            assert (got and got.span()) == (want and want.span()), (line, at)
    # the checks saw each pattern match
    assert sum(bool(claims.JOINT_FORCE.search(x)) for x in lines) > 50
    assert sum(bool(claims._points_back(x, len(x))) for x in lines) > 20
    assert sum(bool(sources.NOT_SPEAKING.search(x)) for x in lines) > 100


def test_canonical_of_a_whole_sentence_stops_at_its_first_source():
    # issue 18: with first_named=False canonical takes the first source (in the table's order) whose
    # names the text holds, so it stops searching there: the same source as searching every cued
    # source and taking the first, on real sentences (and with İ ı ſ K) and a few made up
    from claimtrack.extraction.sources import AUDIENCE, canonical, sources_cued

    def every_source(text: str) -> str | None:
        hits = [s.name for s in sources_cued(text.lower()) if s.aliases.search(text)]
        return hits[0] if hits else None

    lines = [AUDIENCE.sub(" ", line) for line in _real_lines(every=2, folded=300)]
    lines += ["the NIS and the Pentagon", "Seoul", "Kyiv", "the top Ukrainian commander and Reuters"]
    named = 0
    for line in lines:
        got = canonical.__wrapped__(line, "", aliases_only=True, first_named=False)
        want = every_source(line)
        assert (got or "").split(" (")[0] == (want or ""), line
        named += want is not None
    assert named > 100


def test_term_starts_and_every_source_match_begins_with_a_cue():
    # issue 18: a source's cues (catalogue.term_starts: look-behinds, "\A" and leading groups read
    # through) are what every match of its names begins with, so a text holding none of them need
    # not be searched; checked on every match in real sentences, and on the cases it reads
    from claimtrack.extraction.catalogue import term_starts
    from claimtrack.extraction.sources import source_table

    assert term_starts("(?<!and )south korean officials") == ("south korean officials",)
    assert term_starts(r"\A(?:washington|(?:the )?united states)\Z") == ("washington", "the ", "united states")
    assert term_starts("(?:kyiv|kiev|ukraine).s top") == ("kyiv", "kiev", "ukraine")
    assert term_starts("(?:ab)*cd") == ("ab", "cd") and term_starts("ab|cd") == ("ab", "cd")
    assert term_starts("zelensk[yi]y?") == ("zelensk",)
    for term in ("a|b", "(?:ab|)c", "(?:ab){0,2}cd", "(?:u\\.?s\\.? )?x", "(?=ab)cd", "s?oldiers", r"\w+", "", "(?i)ab"):
        assert term_starts(term) is None, term
    assert sum(s.cues is None for s in source_table()) <= 1      # (the Pentagon's "(?:u\.?s\.? |american )?")
    lows = [line.lower() for line in _real_lines(every=1, folded=0)]
    seen = 0
    for src in source_table():
        if src.cues is None:
            continue
        for rx in (src.aliases, src.people, src.misnamed):
            for low in lows if rx is not None else ():
                for m in rx.finditer(low):
                    seen += 1
                    assert any(low.startswith(c, m.start()) for c in src.cues), (src.name, m.group())
    assert seen > 1000


def test_longest_of_finds_what_the_plain_alternation_finds():
    # issue 18: the sources' and regions' cues are searched as a tree of their shared starts
    # (catalogue.longest_of), not a list of alternatives: at every place of real sentences, and of
    # random texts over random word sets, it matches the longest word there, as "|".join(words
    # longest first) does
    import random
    import re

    import pytest
    from claimtrack.extraction.catalogue import longest_of
    from claimtrack.extraction.regions import _region_cues
    from claimtrack.extraction.sources import source_table

    def same(words, texts):
        plain = re.compile("(?=(" + "|".join(map(re.escape, sorted(set(words), key=len, reverse=True))) + "))")
        tree = re.compile("(?=(" + longest_of(words) + "))")
        for text in texts:
            assert [(m.start(), m.group(1)) for m in tree.finditer(text)] == \
                [(m.start(), m.group(1)) for m in plain.finditer(text)], text

    lows = [line.lower() for line in _real_lines(every=2, folded=0)]
    same([c for s in source_table() for c in (s.cues or ())], lows)
    same(list(_region_cues()), lows)
    rng = random.Random(18)
    for _ in range(300):
        words = ["".join(rng.choice("ab.(") for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 8))]
        same(words, ["".join(rng.choice("ab.( ") for _ in range(40)) for _ in range(5)])
    assert re.compile(longest_of([])).search("anything") is None
    with pytest.raises(ValueError):
        longest_of(["a", ""])


def test_sentences_with_only_amounts_no_metric_takes_are_skipped_alike(monkeypatch):
    # issue 18: a sentence whose amounts no metric can take (claims._may_be_claimed: "5 km", "$3 billion")
    # gets no frames and no classification; every claim of the repo's real corpora (seeds, heldout
    # sets) is the same as when every sentence is classified, and such sentences do occur there
    from claimtrack.extraction import claims
    from claimtrack.extraction.quantities import find_quantities

    folders = [SEEDS, *sorted((REPO / "benchmarks").glob("heldout*"))]
    articles = [a for f in folders for a in read_corpus(f).articles]
    cat = load_catalogue()
    skipped = sum(1 for a in articles for s in a.sentences
                  if (qs := find_quantities(s.text)) and not any(claims._may_be_claimed(q, cat) for q in qs))
    assert skipped > 50
    # the shipped catalogue, and catalogues of one kind of metric (an analyst's: a bare number may
    # become an amount of money where no count metric is there to take it)
    catalogues = [cat] + [[m for m in cat if m.kind == kind] for kind in ("money", "area", "count")]
    fast = [[extract(a, c) for a in articles] for c in catalogues]
    monkeypatch.setattr(claims, "_may_be_claimed", lambda q, metrics: True)
    assert [[extract(a, c) for a in articles] for c in catalogues] == fast
    assert all(sum(map(len, f)) > 20 for f in fast) and sum(map(len, fast[0])) > 500


def _people_as_first_written(article: str):
    """sources._people before issue 18's shortcut: the whole article split into sentences."""
    from claimtrack.extraction import sources as S
    from claimtrack.reading.sentences import split_sentences

    out = []
    if not S.LEGISLATOR.search(article):
        return ()
    for s in split_sentences(article):
        if not S.LEGISLATOR.search(s.text):
            continue
        org = None
        b = S.BRIEFED.search(s.text)
        if b:
            after = S.canonical(s.text[b.end():b.end() + 80], article, aliases_only=True)
            org = after or S._nearest_before(article, s.start + b.end())
        for m in S.FULL_NAME.finditer(s.text):
            name = S.TITLE.sub("", m.group())
            if len(name.split()) > 1 and not S.canonical(name, aliases_only=True):
                out.append((name, org))
    return tuple(out)


def test_legislators_read_from_their_lines_alone():
    # issue 18: sources._people splits into sentences only the lines where a legislator's word may be
    # (LEGISLATOR_ANYWHERE, the pattern without its word boundaries), not the whole article: the
    # same people and organisations as splitting it all, on every real article and on made-up ones
    # (a title at a line's or sentence's edge, glued sentences, İ ı ſ K)
    import random

    from claimtrack.extraction import sources as S
    from conftest import real_texts

    texts = real_texts()
    rng = random.Random(18)
    bits = ["Lawmaker Lee Seong-kwon said", "who was briefed by the NIS.", "MPs", "Rep. Park Sun-won",
            "the spy agency", "\n", "\n\n", ". ", "“It is 3,000,” he said.", "lawmakerſ Kim Byung-kee", "İmpact",
            "members of parliament", "Representatives", "camp", "told reporters after a briefing from the NIS",
            "Yu Yong-weon, a lawmaker", "(MP)", "said.Lawmakers"]
    texts += ["".join(rng.choice(bits) + rng.choice(["", " "]) for _ in range(rng.randint(3, 30))) for _ in range(400)]
    named = 0
    for text in texts:
        want = _people_as_first_written(text)
        assert S._people.__wrapped__(text) == want, text
        named += bool(want)
    assert named > 50


def _canonical_as_first_written(phrase: str, sentence: str = "", aliases_only: bool = False, first_named: bool = True):
    """sources.canonical before issue 18's split: the table searched again for each article (with the
    rule for a pair or list of governments written since: "Washington and Kyiv", "Seoul, Washington and
    Kiev" are the first's)."""
    import re

    from claimtrack.extraction.sources import GOVERNMENT_LIST, LIST_SPLIT, PAIR, sources_cued

    got = _first_written_alone(phrase, sentence, aliases_only, first_named, re, sources_cued)
    pair = PAIR.fullmatch(phrase.strip()) or GOVERNMENT_LIST.fullmatch(phrase.strip())
    if got is None and pair and all(_first_written_alone(p, sentence, aliases_only, first_named, re, sources_cued)
                                    for p in LIST_SPLIT.split(pair.group(2))):
        return _first_written_alone(pair.group(1), sentence, aliases_only, first_named, re, sources_cued)
    return got


def _first_written_alone(phrase, sentence, aliases_only, first_named, re, sources_cued):
    hits = []
    for src in sources_cued(phrase.lower()):
        m = src.aliases.search(phrase) or (not aliases_only and src.people and src.people.search(phrase))
        if m:
            hits.append((m.start(), len(hits), src))
    if hits:
        src = min(hits, key=lambda h: h[:2] if first_named else h[1])[2]
        person = None
        m = src.people.search(phrase) if src.people else None
        if m:
            person = " ".join(w.capitalize() if w.islower() else w for w in m.group().split())
            for full in sorted(src.person_names, key=len, reverse=True):
                if person.lower() in full.lower() and re.search(full, sentence, re.IGNORECASE):
                    person = " ".join(p.capitalize() for p in full.split())
                    break
        return f"{src.name} ({person})" if person and person.lower() != src.name.lower() else src.name
    return None


def test_canonical_reads_a_phrase_once_for_every_article():
    # issue 18: canonical finds a phrase's source once (sources._named_in) and only spells its person
    # out per article: the same names as the first version for every speech-frame phrase and alias of
    # the real articles, each read against several articles (persons spelled out or not), both ways
    from claimtrack.extraction.sources import canonical, source_table, speech_frames
    from conftest import real_texts

    texts = real_texts()
    phrases = sorted({who for line in _real_lines(every=1, folded=200) for _, who in speech_frames(line)})
    phrases += [p for s in source_table() for p in s.person_names] + ["Ryder", "Kirby", "spokesman Ryder", "Budanov"]
    articles = texts[::40] + ["", "Pentagon press secretary Maj. Gen. Patrick Ryder said", "John Kirby, the NSC spokesman"]
    assert len(phrases) > 300
    named = 0
    for phrase in phrases:
        for article in articles:
            for aliases_only, first_named in ((False, True), (True, False), (True, True)):
                got = canonical(phrase, article, aliases_only, first_named)
                assert got == _canonical_as_first_written(phrase, article, aliases_only, first_named), (phrase, article[:40])
                named += got is not None and "(" in got
    assert named > 50        # persons spelled out were among them


def test_according_to_frames_need_their_words(monkeypatch):
    # issue 18: an according-to frame is searched only in a sentence holding one of the words every
    # match of it holds (sources._PATTERN_NEEDS); on real lines (with İ ı ſ K too) and made-up ones,
    # every match holds one, and the speech frames are those found without the test.
    import random

    from claimtrack.extraction import sources
    from claimtrack.reading.casefold import lowered
    rng = random.Random(26)
    words = ("according to the ministry", "According To", "citing", "cited by", "quoting", "quoted by", "per", "Per",
             "reported by", "said by", "data from", "reports from", "estimates by", "cites", "CITED", "quotes",
             "Reuters", "the", "Kyiv", "officials", "said", ",", ".", " ", "by", "from", "paper", "super", "to")
    made = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    lines = _real_lines(every=1, folded=300) + made
    held = 0
    for (_, rx), needs in zip(sources._PATTERNS, sources._PATTERN_NEEDS):
        for line in lines if needs else ():
            if lowered(line) is None:
                continue          # (İ ı ſ K: the frame is searched without the test)
            for m in rx.finditer(line):
                assert any(w in m.group().lower() for w in needs), (m.group(), needs)
                held += 1
    assert held > 300
    fast = [sources._frames.__wrapped__(line) for line in lines]
    monkeypatch.setattr(sources, "_PATTERN_NEEDS", [()] * len(sources._PATTERNS))
    assert fast == [sources._frames.__wrapped__(line) for line in lines]


def test_unit_nouns_kept_per_metric():
    # issue 18: a number's noun is looked up in a count metric's nouns once per metric and noun
    # (claims._unit_noun, kept in Metric.unit_nouns); for the nouns of every real quantity, read
    # twice (once from the table, once kept), the answer is the tables' own, and another catalogue
    # keeps its own
    from claimtrack.extraction.catalogue import load_catalogue
    from claimtrack.extraction.claims import _unit_noun, plural
    from claimtrack.extraction.quantities import find_quantities

    units = sorted({q.unit for line in real_lines()[::2] for q in find_quantities(line) if q.unit} |
                   {"troop", "casualty", "man", "ally", "serviceman", "box", "shell", "North Korean"})
    assert len(units) > 50
    metrics = load_catalogue()
    hits = 0
    for _ in range(2):
        for m in metrics:
            for u in units:
                expected = m.find("nouns", plural(u)) or m.find("nouns", u)
                assert _unit_noun(m, u) == expected, (m.id, u)
                hits += bool(expected)
    assert hits > 20 and all(m.unit_nouns for m in metrics)
    assert not any(m.unit_nouns for m in load_catalogue())       # a new catalogue starts with none kept


def test_a_month_dated_article_takes_its_speakers_day(tmp_path):
    """An article dated only by its month ("2025-06") that says on which day of it the speaker gave the
    figures ("Liga reports on 22 June that General Syrskyi ... has confirmed") dates the speaker's
    figures to that day, as it does for a day-dated article (claims._statement_dates)."""
    text = ("Ukrainian forces still hold 90 km² in Russia’s Kursk Oblast, says Syrskyi\n"
            "Liga reports on 22 June that General Syrskyi, speaking to journalists, has confirmed that Ukrainian "
            "forces remain in control of approximately 90 km² in the Glushkovo district.\n")
    manifest = "file,outlet,url,published,title,author\na.txt,Test Wire,,2025-06,,\n"
    df = extract_corpus(read_corpus(write_corpus(tmp_path / "c", {"a.txt": text}, manifest)))
    held = df[df.metric == "ukraine_held_kursk_km2"]
    assert len(held) == 2 and set(held.as_of) == {"2025-06-22"}, held[["quote", "as_of", "attributed_to"]]


def test_a_page_dated_before_the_war_keeps_its_figures(tmp_path):
    """A figure is another war's when its sentence writes a year before this war ("At its height in 1988, Cuba's
    expeditionary force ... 50,000"), not when a page's date is wrong: a real page dated 2003 reports this war."""
    text = ("Russia admits losses\n"
            "Russia announced today that 498 of its soldiers had been killed in the war against Ukraine.\n"
            "North Korea has sent about 11,000 troops to Russia. At its height in 1988, Cuba's expeditionary force in "
            "Angola numbered around 50,000 troops.\n")
    manifest = "file,outlet,url,published,title,author\na.txt,Test Wire,,2003-03-23,,\n"
    df = extract_corpus(read_corpus(write_corpus(tmp_path / "c", {"a.txt": text}, manifest)))
    assert set(df[df.metric == "russian_casualties"].value) == {498.0}, df[["metric", "value", "as_of"]]
    assert 50000.0 not in set(df[df.metric != "other"].value), df[["metric", "value", "as_of"]]


@pytest.mark.parametrize("outlet,want", [
    # an official body's own portal: its sentences that name no one are its statements (synth35)
    ('"Noyabrsk City Administration (noyabrsk-gorod.ru; official notice)"', "Noyabrsk City Administration"),
    ("Chuvashia Cabinet of Ministers", "Chuvashia regional government"),     # (its one name: sources.regional_body)
    ("Ukrainian Defence Ministry", "Ukrainian government"),   # (the sources table's name for it)
    # a body the sources table knows, by the whole of its name or one part of it; a region's head's channel (synth61)
    ('"General Staff of the Armed Forces of Ukraine (zsu.gov.ua; daily post)"', "Ukrainian General Staff"),
    ('"National Intelligence Service, Republic of Korea (press releases)"', "South Korea National Intelligence Service"),
    ("The President of Russia", "Kremlin"),
    ('"Yulia Sorokina, Governor of Nizhny Novgorod Region (official channel)"',
     "Nizhny Novgorod regional government (Yulia Sorokina)"),
    ("Council of the European Union", "Council of the European Union"),
    # a newsletter whose title holds a body's name is not that body, nor an outlet's topic or dateline after its name,
    # nor a think tank (guards; review38)
    ("The Kremlin Ledger", "unattributed (The Kremlin Ledger)"),
    ("Kremlin Watch Digest", "unattributed (Kremlin Watch Digest)"),
    ("The Korea Times – NIS", "unattributed (The Korea Times – NIS)"),
    ('"Reuters, Washington"', "unattributed (Reuters, Washington)"),
    ("Atlantic Council of the United States", "unattributed (Atlantic Council of the United States)"),
    ("General Staff of the Armed Forces of the Russian Federation",
     "unattributed (General Staff of the Armed Forces of the Russian Federation)"),
    # a news outlet's, a school's or a department of studies' are not (guards; review30, review31)
    ("Noyabrsk Evening News", "unattributed (Noyabrsk Evening News)"),
    ("Government Executive", "unattributed (Government Executive)"),
    ("Blavatnik School of Government", "unattributed (Blavatnik School of Government)"),
    ("Department of War Studies", "unattributed (Department of War Studies)"),
])
def test_an_official_outlet_speaks_for_its_own_pages(tmp_path, outlet, want):
    text = ("Payments to contract soldiers\n"
            "From 1 February 2025 citizens who sign a contract for military service receive a one-time municipal "
            "payment of 200,000 rubles.\n")
    manifest = f"file,outlet,url,published,title,author\na.txt,{outlet},,2025-01-27,,\n"
    claims = extract_corpus(read_corpus(write_corpus(tmp_path / "c", {"a.txt": text}, manifest)))
    row = claims[claims["metric"] == "signing_bonus_rub"].iloc[0]
    assert row["attributed_to"] == want

