"""Sentences of a cleaned article, with character offsets, from pysbd.

Each paragraph (line of the cleaned text) is segmented on its own, so headings and
captions never run into the next sentence. pysbd handles "U.S.", "1.28 million",
"Maj. Gen." and "No. 2"; `MERGE_AFTER` covers abbreviations it still splits on, and a
piece starting in lower case is joined to the one before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pysbd

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


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; `text[s.start:s.end] == s.text` for each."""
    out: list[Sentence] = []
    for m in re.finditer(r"[^\n]+", text):
        para, base = m.group(), m.start()
        cursor = 0
        spans: list[list[int]] = []
        for piece in _segmenter().segment(para):
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
