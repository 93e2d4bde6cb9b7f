"""Like with like: which estimates may be compared with one another.

"Latest", "change since", disagreements and consensus compare only estimates that count the same
thing over the same scope: 5,000 military builders are not a fall from 12,000 troops, and 40
killed do not contradict 300 casualties. The extraction stage types each claim with `counted`
(troops, officers, killed, area_held …) and `scope` (in_russia, near_front, total …), the shared
vocabulary of issue 15; until a claims frame carries them, the comparison key is the metric and
its unit, as before.

A sub-count ("500 officers", "3 generals", "1,000 sappers") is part of a whole ("troops"), shown
beside it, never as a rival estimate.
"""

from __future__ import annotations

import pandas as pd

from .identity import as_text

# What each sub-count is part of (the shared vocabulary of issue 15: officers, generals and
# engineers are parts of a contingent of troops).
SUB_COUNTS = {"officers": "troops", "generals": "troops", "engineers": "troops"}
# A claim whose scope the text does not give: compared with other unspecified claims only.
UNSPECIFIED = "unspecified"
# How a key reads in a sentence ("troops in Russia", "killed, total to date").
SCOPE_WORDS = {"in_russia": "in Russia", "in_kursk": "in Kursk", "in_ukraine": "in Ukraine",
               "near_front": "near the front", "one_unit": "in one unit", "additional": "additional",
               "planned": "planned", "cumulative_sent": "sent in all", "total": "total to date",
               "rate": "per day or month", "one_event": "in one event", "regional": "regional",
               "federal": "federal", "combined": "regional and federal together", "municipal": "municipal",
               UNSPECIFIED: "scope not stated"}


def _get(row, name: str) -> str:
    try:
        value = row[name]
    except (KeyError, IndexError, TypeError):
        return ""
    return as_text(value).strip()


def has_counted(frame: pd.DataFrame) -> bool:
    """The frame carries the typed fields (a claims or estimates frame from the extraction of issue 15)."""
    return "counted" in frame.columns and any(as_text(v).strip() for v in frame["counted"])


def comparison_key(row, unit: str | None = None) -> tuple:
    """(metric, unit, counted, scope) when the row has `counted`; else (metric, unit).

    `unit` defaults to the row's own (claims have one; estimates of one metric share the
    catalogue's, so pass it)."""
    metric = _get(row, "metric")
    unit = _get(row, "unit") if unit is None else unit
    counted = _get(row, "counted")
    if not counted:
        return (metric, unit)
    return (metric, unit, counted, _get(row, "scope") or UNSPECIFIED)


def whole_of(counted: str) -> str | None:
    """The whole a sub-count is part of ('officers' → 'troops'); None for a whole or an untyped claim."""
    return SUB_COUNTS.get(as_text(counted).strip())


def is_sub_count(row) -> bool:
    """A part of a larger count ("500 officers" of the troops), not an estimate of the whole."""
    return whole_of(_get(row, "counted")) is not None


def key_words(key: tuple) -> str:
    """'troops, in Russia' for a typed key; '' for (metric, unit), which needs no words."""
    if len(key) < 4:
        return ""
    counted, scope = key[2], key[3]
    return f"{counted.replace('_', ' ')}, {SCOPE_WORDS.get(scope, scope.replace('_', ' '))}"


def like_groups(est: pd.DataFrame, unit: str = "") -> list[tuple[tuple, pd.DataFrame]]:
    """The estimates split by comparison key, sub-counts left out (see `sub_counts`), the group with
    the most estimates first (ties: the one with the latest estimate): the first is the one a
    chart's title speaks of."""
    if est.empty:
        return []
    keys = [comparison_key(r, unit) for r in est.to_dict("records")]
    est = est.assign(_key=keys)
    whole = est[[not is_sub_count(r) for r in est.to_dict("records")]]
    groups = [(k, part.drop(columns="_key")) for k, part in whole.groupby("_key", sort=True)]

    def order(item):
        k, part = item
        latest = part["holds_end"].dropna().max() if "holds_end" in part else None
        return (-len(part), -(latest.toordinal() if latest is not None and not pd.isna(latest) else 0), k)
    return sorted(groups, key=order)


def sub_counts(est: pd.DataFrame) -> pd.DataFrame:
    """The estimates that are parts of a whole (officers, generals, engineers of the troops)."""
    if est.empty or "counted" not in est.columns:
        return est.iloc[0:0]
    return est[[is_sub_count(r) for r in est.to_dict("records")]]


def comparable(a, b, unit: str = "") -> bool:
    """Two estimates count the same thing over the same scope, and neither is a sub-count."""
    return comparison_key(a, unit) == comparison_key(b, unit) and not is_sub_count(a) and not is_sub_count(b)
