"""Which Russian region a payment or wage belongs to (regions.yml)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def region_table() -> tuple[re.Pattern, tuple[str, ...]]:
    """All regions as one alternation (group r<i> is region i), and their names."""
    data = yaml.safe_load(resources.files("claimtrack").joinpath("regions.yml").read_text(encoding="utf-8"))
    alts = "|".join(f"(?P<r{i}>" + "|".join(f"(?:{a})" for a in r["aliases"]) + ")"
                    for i, r in enumerate(data["regions"]))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE), tuple(r["name"] for r in data["regions"])


def find_regions(text: str) -> list[tuple[int, str]]:
    """(offset, region) for every region named in `text`, in order."""
    rx, names = region_table()
    return [(m.start(), names[int(m.lastgroup[1:])]) for m in rx.finditer(text)]


def region_for(sentence: str, at: int, before: list[str]) -> str:
    """The region nearest before offset `at` in the sentence; else the nearest after it;
    else the last one named in the sentences before (nearest last)."""
    found = find_regions(sentence)
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
