"""Which Russian region a payment or wage belongs to (regions.yml)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..reading.casefold import lower_pattern, lowered
from .catalogue import after_lookbehinds, first_letters, literal_starts, load_shipped, longest_of


@lru_cache(maxsize=1)
def _regions() -> list[dict]:
    return load_shipped("regions.yml")


# A region's bodies, as copy names them after the region or its adjective ("the Ingush authorities", "Belgorod's
# government"): after a republic's adjective they make it the region's name (regions.yml `adjective`), and after a
# name they make it no person (actors).
BODY_WORDS = r"government|authorities|administration|leadership|leader|head|parliament|officials|budget|ministry|region|republic"
BODY_AFTER = rf"(?= (?:{BODY_WORDS})\b)"


def _aliases(region: dict) -> list[str]:
    """A region's names as copy writes them: its aliases, and its adjective before one of its bodies."""
    adjective = region.get("adjective")
    return [*region["aliases"], *([f"{adjective}{BODY_AFTER}"] if adjective else [])]


@lru_cache(maxsize=1)
def region_table() -> tuple[re.Pattern, tuple[str, ...]]:
    """All regions as one alternation (group r<i> is region i), and their names."""
    data = _regions()
    alts = "|".join(f"(?P<r{i}>" + "|".join(f"(?:{a})" for a in _aliases(r)) + ")"
                    for i, r in enumerate(data["regions"]))
    # the letters the names start with, looked ahead: `re` passes every other place at once instead
    # of trying all 85 regions there (issue 18: a twentieth of extraction)
    firsts = first_letters([a for r in data["regions"] for a in _aliases(r)])
    ahead = f"(?=[{firsts}])" if firsts else ""
    return (re.compile(rf"{ahead}(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE),
            tuple(r["name"] for r in data["regions"]))


# A region's kind in its name: "Belgorod Oblast", "Republic of Tatarstan".
_REGION_KIND = re.compile(r"\s+(?:Oblast|Krai|Region|Territory|Autonomous Okrug|Okrug)$|^Republic of\s+")


def short_name(region: str) -> str:
    """A region as copy names its bodies ("Belgorod authorities"): without its kind, unless that
    names another region ("Moscow Oblast" stays, Moscow being the city)."""
    short = _REGION_KIND.sub("", region)
    return region if not short or (short != region and short in region_table()[1]) else short




@lru_cache(maxsize=1)
def _region_cues() -> tuple[str, ...] | None:
    """The literal start of every region name (catalogue.literal_starts, after any look-behind), or None."""
    aliases = [after_lookbehinds(a) for r in _regions()["regions"] for a in _aliases(r)]
    return None if None in aliases else literal_starts(aliases)


@lru_cache(maxsize=1)
def _region_cue_rx() -> re.Pattern | None:
    """The cues at a word's start (where region_table's names start, `(?<![\\w-])`), as one search."""
    cues = _region_cues()
    return None if cues is None else re.compile(r"(?<![\w-])(?:" + longest_of(cues) + ")")


def find_regions(text: str) -> list[tuple[int, str]]:
    """(offset, region) for every region named in `text`, in order."""
    return list(_regions_in(text))


# How many sentences' regions are kept: a payment with no region of its own looks back through the
# sentences before it (region_for), which the claims before it read too (two calls in five, issue 18).
REGIONS_KEPT = 256


@lru_cache(maxsize=REGIONS_KEPT)
def _regions_in(text: str) -> tuple[tuple[int, str], ...]:
    low = lowered(text)
    cues = _region_cue_rx()
    if cues is not None and low is not None and not cues.search(low):
        return ()     # most sentences name no region: the 85-region pattern need not run (issue 18)
    rx, names = region_table()
    return tuple((m.start(), names[int(m.lastgroup[1:])])
                 for m in (rx.finditer(text) if low is None else _region_twin().finditer(low)))


@lru_cache(maxsize=1)
def _region_twin() -> re.Pattern:
    """region_table's pattern for a lower-cased text (casefold.lowered): the same regions, faster."""
    return re.compile(lower_pattern(region_table()[0].pattern))


FEDERAL = "Federal"
# "combined with federal payments", "including the federal bonus": a total, filed under the region
COMBINED = re.compile(r"\b(?:combined\s+with|together\s+with|including|plus|with|taking\s+into\s+account|"
                      r"combination\s+of|comprising)\s+(?:the\s+)?$",
                      re.IGNORECASE)


def region_for(sentence: str, at: int, before: list[str], clause: tuple[int, int] | None = None) -> str:
    """The region a payment at offset `at` belongs to.

    A region named in the number's own clause (`clause`, offsets in the sentence) first; else
    the nearest before it in the sentence; else the nearest after it; else the last one named
    in the sentences before. A federal mention in "combined with federal payments" makes the
    amount the named region's total: "Chuvashia (combined with federal)".
    """
    found = find_regions(sentence)
    named = [(off, name) for off, name in found if name != FEDERAL]
    combined = [off for off, name in found
                if name == FEDERAL and off < at and COMBINED.search(sentence, max(0, off - 30), off)]
    if combined and named:
        prior = [name for off, name in named if off < at] or [named[0][1]]
        return f"{prior[-1]} (combined with federal)"
    if clause:
        own = [(off, name) for off, name in found if clause[0] <= off < clause[1]]
        if own:
            return min(own, key=lambda x: abs(x[0] - at))[1]
    prior = [name for off, name in found if off < at]
    if prior:
        return prior[-1]
    if found:
        return found[0][1]
    for s in reversed(before):
        found = find_regions(s)
        if found:
            return found[-1][1]
    return ""


def respectively(sentence: str, amounts: list[int]) -> dict[int, str] | None:
    """'Samara and Orenburg pay 1.1 million and 1 million, respectively': the i-th region named
    before the amounts goes with the i-th amount (offsets in `amounts`). None when the sentence
    does not pair them so."""
    if not re.search(r"\brespectively\b", sentence, re.IGNORECASE) or not amounts:
        return None
    names = [name for off, name in find_regions(sentence) if off < amounts[0] and name != FEDERAL]
    if len(names) != len(amounts):
        return None
    return dict(zip(amounts, names))
