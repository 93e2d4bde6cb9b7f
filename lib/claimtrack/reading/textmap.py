"""Text that remembers, for every character, the span of the raw file it came from.

Cleaning is a series of edits (remove a caption, straighten a quote, rejoin a broken
paragraph). Each edit is applied through `MappedText.apply`, which keeps the map and
returns one `Change` per edit, so any span of the cleaned text can be shown where it
stands in the original (`raw_span`) and nothing is removed without a record.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

# Offsets are stored as C ints (4 bytes): files are capped at a few MiB (decode.MAX_FILE_BYTES),
# far below 2**31, and the map holds two per character.
OFFSET_TYPE = "i"


_COUNT = array(OFFSET_TYPE, range(1))


def _identity(n: int) -> tuple[array, array]:
    """The map of an unedited text of n characters: starts 0..n-1, ends 1..n. Sliced from one kept
    0, 1, 2, ... array (a C copy) rather than built from `range` one number at a time (issue 18)."""
    global _COUNT
    if len(_COUNT) < n + 1:
        _COUNT = array(OFFSET_TYPE, range(2 * n + 1))
    return _COUNT[:n], _COUNT[1:n + 1]


@dataclass(frozen=True)
class Edit:
    """Replace `text[start:end]` (of the text being edited) with `replacement`."""

    start: int
    end: int
    replacement: str
    rule: str
    reason: str


@dataclass(frozen=True)
class Change:
    """One recorded edit, located in the raw text.

    `removed` is the text as it stood when the rule removed it (after earlier normalisations),
    `raw_start:raw_end` the span of the raw text it came from.
    """

    rule: str
    reason: str
    raw_start: int
    raw_end: int
    removed: str
    replacement: str


class MappedText:
    """A string plus, per character, the raw span [start, end) it stands for."""

    __slots__ = ("text", "_starts", "_ends", "raw_length")

    def __init__(self, text: str, starts: array | None = None, ends: array | None = None,
                 raw_length: int | None = None):
        self.text = text
        if starts is None:
            starts, ends = _identity(len(text))
        if len(starts) != len(text) or len(ends) != len(text):
            raise ValueError("map length differs from text length")
        self._starts = starts
        self._ends = ends
        self.raw_length = len(text) if raw_length is None else raw_length

    def __len__(self) -> int:
        return len(self.text)

    def raw_pos(self, i: int) -> int:
        """Raw offset where the character at `i` (or the end, when i == len) begins."""
        if i < len(self.text):
            return self._starts[i]
        return self._ends[-1] if self.text else self.raw_length

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) covering the cleaned span [start, end)."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span {start}:{end} outside text of length {len(self.text)}")
        if start == end:
            p = self.raw_pos(start)
            return p, p
        return self._starts[start], self._ends[end - 1]

    def apply(self, edits: list[Edit]) -> tuple[MappedText, list[Change]]:
        """Apply non-overlapping edits; return the new text and a Change per edit."""
        if not edits:
            return self, []      # most rules change nothing in most articles: no copy of the map
        edits = sorted(edits, key=lambda e: (e.start, e.end))
        pieces: list[str] = []
        starts = array(OFFSET_TYPE)
        ends = array(OFFSET_TYPE)
        changes: list[Change] = []
        cursor = 0
        for e in edits:
            if e.start < cursor:
                raise ValueError(f"overlapping edits at {e.start} ({e.rule})")
            if e.start == e.end and not e.replacement:
                continue
            pieces.append(self.text[cursor:e.start])
            starts.extend(self._starts[cursor:e.start])
            ends.extend(self._ends[cursor:e.start])
            a, b = self.raw_span(e.start, e.end)
            pieces.append(e.replacement)
            starts.extend([a] * len(e.replacement))
            ends.extend([b] * len(e.replacement))
            changes.append(Change(e.rule, e.reason, a, b, self.text[e.start:e.end], e.replacement))
            cursor = e.end
        pieces.append(self.text[cursor:])
        starts.extend(self._starts[cursor:])
        ends.extend(self._ends[cursor:])
        return MappedText("".join(pieces), starts, ends, self.raw_length), changes
