"""When lower-casing a text finds what a case-blind pattern finds: the shortcut several searches take
(sentence splitting, dates, quantities, regions; issue 18) instead of running `re.IGNORECASE`
patterns at every place."""

from __future__ import annotations

import re
import sys
from functools import lru_cache

# Non-ASCII characters that `re.IGNORECASE` matches to an ASCII letter or digit (İ ı ſ K; all of
# them, found by trying every code point): where a text has none, a case-blind ASCII word occurs
# exactly where it is a substring of `text.lower()`.
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
# How many texts `lowered` keeps lower-cased: enough for one sentence's clause, window and frames
# through the term tables of every metric (a few dozen texts), a few hundred kB at most.
LOWERED_KEPT = 256


@lru_cache(maxsize=LOWERED_KEPT)
def lowered(text: str) -> str | None:
    """`text.lower()` where it can stand in for `text` under a case-blind pattern, else None.

    A pattern written in lower case (ASCII letters, classes such as \\w, \\s, \\d, \\b) and compiled
    with `re.IGNORECASE` finds the same places in `text` as the same pattern, compiled without
    it, finds in `text.lower()` when the text has none of FOLDS_TO_ASCII (checked for every code
    point: a character matches an ASCII letter or digit case-blind exactly when its lower case is
    that letter, but for İ ı ſ; lower() keeps every offset but for İ; no character changes class).
    Searching the lower-cased text is 1.3 to 4 times faster: `re` compares every character twice
    under IGNORECASE (issue 18). Spans only: a match's text is the lower-cased one.

    The last LOWERED_KEPT answers are kept: a sentence, its clause and its window around a number are
    each searched by many patterns (a metric's term tables, the clause breaks...), and four calls in
    five repeat one of the last few texts (issue 18, counted on 700 real articles).
    """
    # (an ASCII text holds none of FOLDS_TO_ASCII: `isascii` answers without a search; issue 18)
    return text.lower() if text.isascii() or not FOLDS_TO_ASCII.search(text) else None


_CODED = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|N\{[^}]*\}|0[0-7]*)")
# A pattern's pieces: a character given by its code (_CODED), another escape, "(?P", or a run of
# other characters ("(" alone, as it may open "(?P").
_PIECE = re.compile(r"(" + _CODED.pattern + r")|\\.?|\(\?P|[^\\(]+|\(", re.S)


def lower_pattern(pattern: str) -> str:
    """A case-blind pattern's twin for a lower-cased text (see `lowered`): its letters in lower case,
    escapes as they are ("\\S" stays "\\S"). For patterns without inline flags, upper-case group names or
    letters given by their code ("\\x41"; "\\u00a0" is kept): a ValueError names the pattern otherwise."""
    if re.search(r"\(\?[aiLmsux-]|\(\?P<[^>]*[A-Z]", pattern):
        raise ValueError(f"lower_pattern: inline flags or an upper-case group name in {pattern[:60]!r}")
    out = []
    # (the pattern in pieces, not character by character: the term tables' twins are built at every
    # start, and a loop over their characters took 30 ms of it; issue 18)
    for piece in _PIECE.finditer(pattern):
        text = piece.group()
        if piece.group(1):         # "\u00a0": kept, unless it is a letter ("\x41" is "A") or named
            code = _CODED.match(text)
            hexes = code.group(1) or code.group(2) or code.group(3)
            if hexes is None or chr(int(hexes, 16)).isalpha():
                raise ValueError(f"lower_pattern: a letter given by its code in {pattern[:60]!r}")
            out.append(text)
        elif text[0] == "\\" or text == "(?P":      # an escape, a named group: as it is
            out.append(text)
        else:                      # letters: each in lower case ("Σ" alone: str.lower() reads a final sigma)
            out.append(text.lower() if "Σ" not in text else "".join(map(str.lower, text)))
    return "".join(out)


class CaseBlind:
    """A case-blind pattern that looks in the lower-cased text, with its twin (`lower_pattern`), where
    that finds the same (`lowered`): the same places, a match's words in lower case. For patterns
    whose matches are read case-blind or only for where they are; the texts of the last few calls
    are kept lower-cased (one text is often searched by many such patterns)."""

    __slots__ = ("blind", "twin")

    def __init__(self, pattern: re.Pattern):
        if not pattern.flags & re.IGNORECASE:
            raise ValueError(f"CaseBlind: {pattern.pattern[:60]!r} is not case-blind")
        self.blind = pattern
        self.twin = re.compile(lower_pattern(pattern.pattern), pattern.flags & ~re.IGNORECASE)

    # re.Pattern's four methods, on the lower-cased text where that finds the same; written out (not
    # built from one template with getattr) as they run ~100,000 times per MB of articles (issue 18)
    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        low = lowered(text)
        return self.blind.search(text, pos, endpos) if low is None else self.twin.search(low, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        low = lowered(text)
        return self.blind.match(text, pos, endpos) if low is None else self.twin.match(low, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        low = lowered(text)
        return self.blind.fullmatch(text, pos, endpos) if low is None else self.twin.fullmatch(low, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        low = lowered(text)
        return self.blind.finditer(text, pos, endpos) if low is None else self.twin.finditer(low, pos, endpos)
