"""The five seed articles: metadata, what cleaning removed, that nothing else was lost,
and that every cleaned span maps back to the same words in the raw file."""

import csv
import re
from collections import Counter

import pytest
from claimtrack.reading.clean import clean
from claimtrack.reading.corpus import read_corpus
from claimtrack.reading.manifest import METADATA_FIELDS
from conftest import SEEDS, words
from hypothesis import given, settings
from hypothesis import strategies as st

EXPECTED = {  # id: (outlet, published) as the seed manifest gives them
    "000_dc0433914c5b6681": ("Kursor", "2024-10"),
    "001_a776b361d1220f34": ("Financial Times", "2024-10-24"),
    "002_f8f31cfa6756e2bb": ("BBC News", "2024-10"),
    "003_46f0c62995842ce7": ("Europe Right Now", "2024-10"),
    "004_e5d0ce18f75aa787": ("Caliber.Az", "2024-11-05"),
}


@pytest.fixture(scope="module")
def seeds():
    return read_corpus(SEEDS)


def test_five_seeds_with_outlet_and_date(seeds):
    assert {a.id: (a.metadata["outlet"], a.metadata["published"]) for a in seeds.articles} == EXPECTED
    assert seeds.problems == []


def test_outlet_and_date_inferred_where_the_text_says_so(tmp_path):
    """Without the manifest, the text alone names the outlet of 000, 001 and 004 and dates 004."""
    for f in SEEDS.glob("*.txt"):
        (tmp_path / f.name).write_bytes(f.read_bytes())
    corpus = read_corpus(tmp_path)
    got = {a.id: a for a in corpus.articles}
    for art_id in ("000_dc0433914c5b6681", "001_a776b361d1220f34", "004_e5d0ce18f75aa787"):
        assert got[art_id].metadata["outlet"] == EXPECTED[art_id][0]
        assert got[art_id].provenance["outlet"] == "text"
    assert got["004_e5d0ce18f75aa787"].metadata["published"] == "2024-11-05"
    assert got["000_dc0433914c5b6681"].metadata["relays"] == "Financial Times"
    assert got["001_a776b361d1220f34"].metadata["author"] == "Max Seddon; Christian Davies; Isobel Koshiw"


def test_repeated_paragraph_removed(seeds):
    art = seeds["003_46f0c62995842ce7"]
    opening = "The soldiers Kim is sending to Russia are part of North Korea's 11th Army"
    assert art.cleaned.count(opening) == 1
    assert "1,000 square kilometers in August to 700 square kilometers" in art.cleaned
    assert [c.rule for c in art.removals] == ["repeat"]


def test_garbled_repeat_and_boilerplate_removed(seeds):
    ft = seeds["001_a776b361d1220f34"]
    for gone in ("PLAY |", "FT Edit", "Explore FT Edit", "HOURS", "WATING", "**", "](#)", "\\$", "\u00a9",
                 "Copyright"):
        assert gone not in ft.cleaned, gone
    assert "model to build on, Watling said." in ft.cleaned
    assert "need to double its 50,000-strong contingent in Kursk" in ft.cleaned
    assert "Rbs3mn in October" in ft.cleaned
    bbc = seeds["002_f8f31cfa6756e2bb"]
    assert not bbc.cleaned.startswith("close")
    assert bbc.cleaned.count("Are North Korean Troops Joining Russia's War in Ukraine?") == 1
    assert "ED JONES/AFP" not in bbc.cleaned and "(file photo)" not in bbc.cleaned
    assert "By Tamilla Hasanova" not in seeds["004_e5d0ce18f75aa787"].cleaned


@pytest.mark.parametrize("art_id", sorted(EXPECTED))
def test_nothing_else_lost(seeds, art_id):
    """raw words = cleaned words + words the audit says were removed − words it put in."""
    art = seeds[art_id]
    accounted = Counter(words(art.cleaned))
    for c in art.changes:
        accounted.update(words(c.removed))
        accounted.subtract(words(c.replacement))
    assert +accounted == Counter(words(art.raw))
    assert -accounted == Counter()


def test_numbers_survive_cleaning(seeds):
    """Every number in a raw seed is either in the cleaned text or in a removal."""
    for art in seeds.articles:
        removed = " ".join(c.removed for c in art.removals)
        for w in words(art.raw):
            if w.isdigit():
                assert w in words(art.cleaned) or w in words(removed), (art.id, w)


def test_audit_offsets_point_at_what_was_removed(seeds):
    for art in seeds.articles:
        for c in art.removals:
            assert words(c.removed) == [w for w in words(art.raw[c.raw_start:c.raw_end]) if w in words(c.removed)]
            assert art.raw[c.raw_start:c.raw_end].strip()


def test_sentences_map_to_raw(seeds):
    for art in seeds.articles:
        for s in art.sentences:
            raw = art.raw_quote(s.start, s.end)
            ws, wr = words(s.text), words(raw)
            assert ws[0] == wr[0] and ws[-1] == wr[-1], (art.id, s.text)


def _is_subsequence(small, big):
    it = iter(big)
    return all(w in it for w in small)


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_property_cleaned_spans_map_to_same_words(seeds, data):
    """For random cleaned spans (on word boundaries), the raw span starts and ends with
    the same words, and holds the cleaned words in order (plus only what was removed)."""
    art = data.draw(st.sampled_from(seeds.articles))
    bounds = [m.span() for m in re.finditer(r"\w+", art.cleaned)]
    i = data.draw(st.integers(0, len(bounds) - 1))
    j = data.draw(st.integers(i, min(len(bounds) - 1, i + 60)))
    a, b = bounds[i][0], bounds[j][1]
    raw = art.raw_quote(a, b)
    ws, wr = words(art.cleaned[a:b]), words(raw)
    assert wr[0] == ws[0] and wr[-1] == ws[-1]
    assert _is_subsequence(ws, wr)


# Noisy text made of the pieces real articles carry, to check the map beyond the seeds.
PIECES = st.sampled_from([
    "Troops arrived.", "about 1,000 sq km", "[12,000-strong force](#)", "**Christian Davies**",
    "Rbs800,000 (\\$8,300)", "\u201cquoted\u201d", "10\u201312", "6\u2009000", "600\u00a0sq\u00a0km", "PLAY | 00:17",
    "close", "\u00a9 Reuters", "\n", "\n\n", "\r\n", "  ", "Kursk", "North Korea\u2019s", "in October \u2014 a sum",
    "ED JONES/AFP soldiers march", "18 HOURS AGO", "Ky\u200biv",
])


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(PIECES, min_size=1, max_size=40), data=st.data())
def test_property_on_generated_text(pieces, data):
    raw = " ".join(pieces)
    _, cleaned, changes = clean(raw)
    bounds = [m.span() for m in re.finditer(r"\w+", cleaned.text)]
    if not bounds:
        return
    i = data.draw(st.integers(0, len(bounds) - 1))
    j = data.draw(st.integers(i, len(bounds) - 1))
    a, b = bounds[i][0], bounds[j][1]
    ra, rb = cleaned.raw_span(a, b)
    ws, wr = words(cleaned.text[a:b]), words(raw[ra:rb])
    assert _is_subsequence(ws, wr)
    assert wr[0] == ws[0] and wr[-1] == ws[-1]
    # nothing lost: the audit accounts for every word
    accounted = Counter(words(cleaned.text))
    for c in changes:
        accounted.update(words(c.removed))
        accounted.subtract(words(c.replacement))
    assert +accounted == Counter(words(raw)) and -accounted == Counter()


def test_seed_files_are_the_shared_seeds_unchanged(shared):
    for f in (shared / "seeds" / "articles").glob("*.txt"):
        assert (SEEDS / f.name).read_bytes() == f.read_bytes(), f.name
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == sorted(
        p.name for p in (shared / "seeds" / "articles").glob("*.txt"))


def test_seed_manifest_built_from_shared(shared):
    ours = {r["file"]: r for r in csv.DictReader(open(SEEDS / "manifest.csv", encoding="utf-8"))}
    theirs = {r["file"]: r for r in csv.DictReader(open(shared / "seeds" / "manifest.csv", encoding="utf-8"))}
    assert ours.keys() == theirs.keys()
    for name, row in theirs.items():
        for field in METADATA_FIELDS:
            if field == "outlet":  # ours drops the curator's parenthetical remark into notes
                assert row[field].startswith(ours[name][field])
            else:
                assert ours[name][field] == row[field], (name, field)
