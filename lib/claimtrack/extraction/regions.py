"""Which Russian region a payment or wage belongs to (regions.yml)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def region_table() -> tuple[re.Pattern, tuple[str, ...]]:
    """All regions as one alternation (group r<i> is region i), and their names."""
    data = yaml.safe_load(resources.files("claimtrack.extraction").joinpath("regions.yml").read_text(encoding="utf-8"))
    alts = "|".join(f"(?P<r{i}>" + "|".join(f"(?:{a})" for a in r["aliases"]) + ")"
                    for i, r in enumerate(data["regions"]))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE), tuple(r["name"] for r in data["regions"])


def find_regions(text: str) -> list[tuple[int, str]]:
    """(offset, region) for every region named in `text`, in order."""
    rx, names = region_table()
    return [(m.start(), names[int(m.lastgroup[1:])]) for m in rx.finditer(text)]


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
