"""Which Russian region a payment or wage belongs to (regions.yml)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def region_table() -> tuple[tuple[str, re.Pattern], ...]:
    data = yaml.safe_load(resources.files("claimtrack").joinpath("regions.yml").read_text(encoding="utf-8"))
    return tuple((r["name"], re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{a})" for a in r["aliases"]) +
                                        r")(?![\w-])", re.IGNORECASE)) for r in data["regions"])


def find_regions(text: str) -> list[tuple[int, str]]:
    """(offset, region) for every region named in `text`, in order."""
    found = []
    for name, rx in region_table():
        for m in rx.finditer(text):
            found.append((m.start(), name))
    found.sort()
    # a longer name at the same place wins ("Moscow region" over "Moscow")
    out, last = [], -1
    for at, name in found:
        if at != last:
            out.append((at, name))
        last = at
    return out


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
