import pytest
from claimtrack.reading.sentences import split_sentences


@pytest.mark.parametrize("text", [
    "Maj. Gen. Pat Ryder, spokesperson for the U.S. Department of Defense, said so.",
    "North Korea may have some 1.28 million active soldiers, but its military has no experience.",
    "Belgorod raised its bonus from Rbs800,000 ($8,300) in August to Rbs3mn in October.",
    "He is the No. 2 official in the ministry.",
    "Then approx. 3,000 troops arrived, i.e. more than before.",
    "Pres. Biden and Lt. Col. Smith met at 3 p.m. on Tuesday.",
    "Ukraine holds approximately 1,300 sq. km of Kursk.",
    "The payment is 1.9 mln. rubles for each recruit.",
    "Tyumen reg. is paying 400 thous. rubles.",
    "The 83rd Airborne Bde. lost 200 men.",
    "Ukraine held 1,300 sq km. in August, then less.",
])
def test_not_split(text):
    assert [s.text for s in split_sentences(text)] == [text]


def test_split_and_offsets():
    text = "First sentence here. Second one, with 10,000 troops.\nHEADING\nThird sentence."
    got = split_sentences(text)
    assert [s.text for s in got] == ["First sentence here.", "Second one, with 10,000 troops.", "HEADING",
                                     "Third sentence."]
    for s in got:
        assert text[s.start:s.end] == s.text


def test_paragraphs_never_merge():
    got = split_sentences("SENDING THE SOLDIERS\nKim's soldiers are disguised.")
    assert len(got) == 2


def test_abbreviation_search_as_pysbd(shared):
    # issue 18 replaced pysbd's AbbreviationReplacer.search_for_abbreviations_in_string with a
    # copy that skips abbreviations not at the start of a word: the same sentences as pysbd's own
    # method on every paragraph of the seeds, the dev corpus and the heldout sets, and on
    # paragraphs with the characters that IGNORECASE folds to ASCII.
    import re
    from pathlib import Path

    import pysbd.abbreviation_replacer as ar
    from claimtrack.reading import sentences as s

    repo = Path(__file__).resolve().parents[1]
    folders = [shared / "seeds", shared / "devcorpus" / "articles", *sorted((repo / "benchmarks").glob("heldout*/articles"))]
    texts = [p.read_text(errors="replace") for d in folders for p in sorted(d.glob("*.*"))]
    paras = [m.group() for t in texts for m in re.finditer(r"[^\n]+", t)]
    paras += ["İstanbul gen. Smith said no. 5 left.", "No. 5 is ſt. gen. x. Then more.", "K no. 3 approx. 4 men. And so on.",
              "The gen.\tSmith said no. 2 went.", "st. Petersburg is big. Yes."]
    assert len(paras) > 1500
    s._segmenter()
    patched = ar.AbbreviationReplacer.search_for_abbreviations_in_string
    assert patched is s._search_for_abbreviations_in_string
    ours = [s._segment(p) for p in paras]
    try:
        ar.AbbreviationReplacer.search_for_abbreviations_in_string = s._ORIGINAL
        theirs = [s._segment(p) for p in paras]
    finally:
        ar.AbbreviationReplacer.search_for_abbreviations_in_string = patched
    assert ours == theirs
