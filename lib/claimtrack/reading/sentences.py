"""Sentences of a cleaned article, with character offsets, from pysbd.

Each paragraph (line of the cleaned text) is segmented on its own, so headings and
captions never run into the next sentence. pysbd handles "U.S.", "1.28 million",
"Maj. Gen." and "No. 2"; `MERGE_AFTER` covers abbreviations it still splits on, and a
piece starting in lower case is joined to the one before.

Speed: pysbd 0.3.4 spent ~80% of its time compiling regular expressions again and again.
`Segmenter.segment` finds each sentence back in the text with a new pattern per sentence
(`re.escape(sentence)`), and its abbreviation rules build a few patterns per abbreviation;
together they overflow `re`'s cache of 512 compiled patterns, so every call recompiles. We
call pysbd's processor (the segmentation proper) ourselves, find the sentences back with
`str.find` exactly as `segment` does with its patterns (`_locate`), and give pysbd's modules
a `re` whose compiled patterns are kept (`_KeptRe`): the same patterns, the same sentences
(tests/test_sentences.py, and the benchmark compares every offset with pysbd's own
`segment`), about 8× faster.
"""

from __future__ import annotations

import re
import types
from dataclasses import dataclass
from functools import cache, lru_cache

import pysbd
import pysbd.abbreviation_replacer
import pysbd.between_punctuation
import pysbd.exclamation_words
import pysbd.lists_item_replacer
import pysbd.processor
import pysbd.punctuation_replacer
import pysbd.utils

# Abbreviations after which pysbd (0.3.4) still ends a sentence, seen in news copy about
# troops and money: "approx. 3,000", "Pres. Biden", "1,300 sq. km", "1.9 mln. rubles",
# "400 thous. rubles", "Tyumen reg.", "Airborne Bde.". Checked in tests/test_sentences.py.
MERGE_AFTER = re.compile(
    r"\b(?:approx|appr|est|ca|Pres|Pvt|Cpl|Adm|Cmdr|Gov|Amb|Dept|Col|Gen|Lt|Maj|Sgt|Capt|No|Nos|nos|vs|"
    r"Mr|Mrs|Ms|Dr|Sen|Rep|sq|mln|mn|bn|thous|rub|rbl|reg|obl|Min|Bde|Bn|Div|Regt|mi|km)\.\s*$")
# A piece that starts in lower case continues the sentence before it ("1,300 sq km. in August").
CONTINUES = re.compile(r"^[a-z]")


@dataclass(frozen=True)
class Sentence:
    start: int   # offset in the cleaned text
    end: int
    text: str


@cache
def _compiled(pattern, flags: int = 0) -> re.Pattern:
    # pysbd's English rules build a bounded set of patterns (a few per abbreviation in its
    # list, ~1,500 in all): keeping every one costs a few MB and no recompilation.
    return re.compile(pattern, flags)


def _kept_re() -> types.ModuleType:
    """`re` with module-level functions that keep their compiled patterns (no 512-entry cache)."""
    kept = types.ModuleType("claimtrack_kept_re")
    kept.__dict__.update({k: v for k, v in vars(re).items() if not k.startswith("__")})
    kept.compile = _compiled
    kept.sub = lambda p, repl, s, count=0, flags=0: _compiled(p, flags).sub(repl, s, count)
    kept.subn = lambda p, repl, s, count=0, flags=0: _compiled(p, flags).subn(repl, s, count)
    kept.search = lambda p, s, flags=0: _compiled(p, flags).search(s)
    kept.match = lambda p, s, flags=0: _compiled(p, flags).match(s)
    kept.fullmatch = lambda p, s, flags=0: _compiled(p, flags).fullmatch(s)
    kept.findall = lambda p, s, flags=0: _compiled(p, flags).findall(s)
    kept.finditer = lambda p, s, flags=0: _compiled(p, flags).finditer(s)
    kept.split = lambda p, s, maxsplit=0, flags=0: _compiled(p, flags).split(s, maxsplit)
    return kept


_PYSBD_MODULES = (pysbd.abbreviation_replacer, pysbd.between_punctuation, pysbd.exclamation_words,
                  pysbd.lists_item_replacer, pysbd.processor, pysbd.punctuation_replacer, pysbd.utils)


# Non-ASCII characters that `re.IGNORECASE` matches to an ASCII letter or digit (all of them:
# found by trying every code point): where a text has none, `str.lower` finds what the
# case-blind pattern finds.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_SPACE = re.compile(r"\s")
_PLAIN = re.compile(r"[a-z0-9]+")
_DOTTED_WORD = re.compile(r"(?<= )([a-z0-9]+)\.")
_ORIGINAL = pysbd.abbreviation_replacer.AbbreviationReplacer.search_for_abbreviations_in_string   # for the tests


@lru_cache(maxsize=4)
def _abbreviations_of(abbreviations: tuple[str, ...]) -> tuple[tuple[str, bool], ...]:
    return tuple((a.strip(), bool(_PLAIN.fullmatch(a.strip()))) for a in abbreviations)


def _abbreviations(abbreviations: list[str]) -> tuple[tuple[str, bool], ...]:
    """pysbd's abbreviations in its order, stripped, each with whether it is plain letters and digits."""
    return _abbreviations_of(tuple(abbreviations))


def _search_for_abbreviations_in_string(self, text):
    """pysbd 0.3.4's `AbbreviationReplacer.search_for_abbreviations_in_string` with one more
    test before its two pattern searches per abbreviation: a plain abbreviation ("no", "gen")
    is searched only when it stands at the start of a word with a dot after it (the first
    pattern wants white space or the line's start before it, every replacement a dot after it);
    pysbd's own test, "anywhere in the line", passes for many more (issue 18: this method was
    half of pysbd's time). Same output: the test fails only where the replacements would change
    nothing; abbreviations with a dot, and texts with a character that
    IGNORECASE folds to ASCII (İ ı ſ K), take pysbd's path."""
    lowered = text.lower()
    words = " " + _SPACE.sub(" ", lowered) if not _FOLDS_TO_ASCII.search(text) else None
    # Every replacement turns the dot right after the abbreviation into "∯": a plain abbreviation
    # not written "<word start>abbr." changes nothing (replacements only take dots away, so this
    # holds for the text as the loop changes it too). Most lines have a handful of such words.
    dotted = set(_DOTTED_WORD.findall(words)) if words is not None else None
    for stripped, plain in _abbreviations(self.lang.Abbreviation.ABBREVIATIONS):
        if dotted is not None and plain:
            if stripped not in dotted:
                continue
        elif stripped not in lowered:
            continue
        abbrev_match = _compiled(rf"(?:^|\s|\r|\n){stripped}", re.IGNORECASE).findall(text)
        if not abbrev_match:
            continue
        next_word_start = r"(?<={" + str(re.escape(stripped)) + "} ).{1}"
        char_array = _compiled(next_word_start).findall(text)
        for ind, match in enumerate(abbrev_match):
            text = self.scan_for_replacements(text, match, ind, char_array)
    return text


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    kept = _kept_re()
    for module in _PYSBD_MODULES:
        if getattr(module, "re", None) is re:
            module.re = kept
    if pysbd.__version__ == "0.3.4":      # the method copied above; another version keeps its own
        pysbd.abbreviation_replacer.AbbreviationReplacer.search_for_abbreviations_in_string = \
            _search_for_abbreviations_in_string
    return pysbd.Segmenter(language="en", clean=False)


def _locate(sentences: list[str], text: str) -> list[str]:
    """What `pysbd.Segmenter.segment` returns for `text` (clean=False), without compiling a
    pattern per sentence: each sentence with its trailing white space, found after the one
    before; a sentence the processor altered (not found in the text) is dropped, as pysbd does."""
    out, prior = [], 0
    for sent in sentences:
        pos = 0
        while (at := text.find(sent, pos)) >= 0:
            end = at + len(sent)
            while end < len(text) and text[end].isspace():
                end += 1
            if end > prior:
                out.append(text[at:end])
                prior = end
                break
            pos = end if end > at else at + 1
    return out


def _segment(para: str) -> list[str]:
    seg = _segmenter()
    return _locate(seg.processor(para).process(), para) if para else []


# A line pysbd returns whole, found without it (issue 18: a third of pysbd's time went on such
# lines): letters, digits, spaces and a few marks, with at most one end mark, last. Every rule of
# pysbd that splits needs something this leaves out: a dot, "!" or "?" inside, a bracket, a
# double quote, a list item ("a)", "1."), a line break, or a quote after a dash ("-' Then", which
# is why "-'" is left out). tests/test_sentences.py checks that pysbd gives the same sentence on
# every such line of the seeds, dev and heldout sets and on thousands of generated ones.
ONE_SENTENCE = re.compile(r"(?!.*-')[A-Za-z0-9][A-Za-z0-9 ,;:’'\-–—$%€£₽/&]*[.!?]?")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; `text[s.start:s.end] == s.text` for each."""
    out: list[Sentence] = []
    for m in re.finditer(r"[^\n]+", text):
        para, base = m.group(), m.start()
        whole = para.strip()
        if ONE_SENTENCE.fullmatch(whole):
            a = base + len(para) - len(para.lstrip())
            out.append(Sentence(a, a + len(whole), whole))
            continue
        cursor = 0
        spans: list[list[int]] = []
        for piece in _segment(para):
            piece = piece.strip()
            if not piece:
                continue
            at = para.find(piece, cursor)
            if at < 0:  # pysbd altered the text; fall back to the rest of the paragraph
                at, piece = cursor, para[cursor:].strip()
                if not piece:
                    break
                at = para.find(piece, cursor)
            if spans and (MERGE_AFTER.search(para[spans[-1][0]:spans[-1][1]]) or CONTINUES.match(piece)):
                spans[-1][1] = at + len(piece)
            else:
                spans.append([at, at + len(piece)])
            cursor = at + len(piece)
        for a, b in spans:
            out.append(Sentence(base + a, base + b, text[base + a:base + b]))
    return out
