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

from ..extraction.counting import LOSS_KINDS
from .identity import as_text

# What each sub-count is part of (the shared vocabulary of issue 15: officers, generals and
# engineers are parts of a contingent of troops).
SUB_COUNTS = {"officers": "troops", "generals": "troops", "engineers": "troops"}
# Scopes that are not the standing figure of what is counted: a rate, one event, a plan. A headline
# (summary, chart title) names a standing figure's group before these (comparison.like_groups).
SECONDARY_SCOPES = {"rate", "rate_day", "rate_week", "rate_month", "one_event", "planned"}
# Losses: their standing figure is the total to date; losses in Kursk or in one battle are parts of it.
LOSSES = LOSS_KINDS
# A claim whose scope the text does not give: compared with other unspecified claims only.
UNSPECIFIED = "unspecified"
# How a key reads in a sentence ("troops in Russia", "killed, total to date").
SCOPE_WORDS = {"in_russia": "in Russia", "in_kursk": "in Kursk", "in_ukraine": "in Ukraine",
               "near_front": "near the front", "one_unit": "in one unit", "additional": "additional",
               "planned": "planned", "cumulative_sent": "sent in all", "total": "total to date",
               "rate": "per period", "rate_day": "per day", "rate_week": "per week", "rate_month": "per month",
               "one_event": "in one event", "regional": "regional",
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


# How a `counted` value reads in a label; '' where the metric's own label says it ("other" numbers,
# other sums of money: the metric names what they are).
COUNTED_WORDS = {"troops": "troops", "officers": "officers", "generals": "generals",
                 "engineers": "engineers and builders", "workers": "workers", "killed": "killed",
                 "wounded": "wounded", "captured": "captured", "missing": "missing", "deserters": "deserters",
                 "casualties": "casualties", "area_held": "area held", "area_seized": "area seized",
                 "area_recaptured": "area Russia retook", "one_time_bonus": "one-time bonus",
                 "monthly_pay": "monthly pay", "death_payment": "death payment", "equipment": "equipment",
                 "money_other": "", "other": ""}
# A scope a label leaves out when the metric's label already says it in other words.
SCOPE_SAID = {"rate_day": ("per day", "a day", "daily"), "rate_week": ("per week", "a week", "weekly"),
              "rate_month": ("per month", "a month", "monthly")}
SCOPE_SAID["rate"] = tuple(w for words in SCOPE_SAID.values() for w in words)     # a rate of any period
# A scope that goes without saying for what is counted: an area held or seized is the area at a
# time, so "total to date" (the vocabulary's default for areas) says nothing to a reader.
SCOPE_IMPLIED = {("area_held", "total"), ("area_seized", "total"), ("area_recaptured", "total")}


def key_words(key: tuple) -> str:
    """'troops, in Russia' for a typed key; '' for (metric, unit), which needs no words."""
    if len(key) < 4:
        return ""
    counted, scope = key[2], key[3]
    words = COUNTED_WORDS.get(counted, counted.replace("_", " ")) or "other"
    return f"{words}, {SCOPE_WORDS.get(scope, scope.replace('_', ' '))}"


def group_label(metric_label: str, key: tuple, primary: str = "", region: str = "") -> str:
    """A like-for-like group named in plain English from the vocabulary: the metric's label, then
    what is counted and over what, each left out where it goes without saying: the metric's main
    `counted` (`primary`: troops of a troop metric), 'other', a scope not stated, words the label
    already has ('in Russia' of "North Korean troops in Russia", 'per day or month' of "… per
    month"), 'regional' beside a region's name. "Russian recruits per month, regional";
    "North Korean casualties, killed, total to date"; "North Korean troops in Russia, in Kursk"."""
    head = f"{metric_label}, {region}" if region else metric_label
    if len(key) < 4:
        return head
    counted, scope = key[2], key[3]
    said = head.lower()
    parts = []
    words = "" if counted == primary else COUNTED_WORDS.get(counted, counted.replace("_", " "))
    if words and words not in said:
        parts.append(words)
    words = ("" if scope == UNSPECIFIED or (scope == "regional" and region) or (counted, scope) in SCOPE_IMPLIED
             else SCOPE_WORDS.get(scope, scope.replace("_", " ")))
    if words and words.lower() not in said and not any(w in said for w in SCOPE_SAID.get(scope, ())):
        parts.append(words)
    return ", ".join([head, *parts])


def like_groups(est: pd.DataFrame, unit: str = "", primary: str = "") -> list[tuple[tuple, pd.DataFrame]]:
    """The estimates split by comparison key, sub-counts left out (see `sub_counts`): first the
    groups of the metric's main `counted` (`primary`, the first of its `charts:`; casualties of a
    casualty metric, so that two counts of prisoners do not take the chart from one war total),
    then the rest; within each, a rate, one event or plan after the standing figures (1,500 a day is
    not Russia's toll: the headline is the total; of losses, any part of the total to date comes
    after it), then the group with the most estimates first (ties:
    the one with the latest estimate). The first is the one a chart's title speaks of."""
    if est.empty:
        return []
    keys = [comparison_key(r, unit) for r in est.to_dict("records")]
    est = est.assign(_key=keys)
    whole = est[[not is_sub_count(r) for r in est.to_dict("records")]]
    groups = [(k, part.drop(columns="_key")) for k, part in whole.groupby("_key", sort=True)]

    def order(item):
        k, part = item
        latest = part["holds_end"].dropna().max() if "holds_end" in part else None
        other = int(bool(primary) and len(k) >= 4 and k[2] != primary)
        secondary = int(len(k) >= 4 and (k[3] in SECONDARY_SCOPES or (k[2] in LOSSES and k[3] != "total")))
        return (other, secondary, -len(part),
                -(latest.toordinal() if latest is not None and not pd.isna(latest) else 0), k)
    return sorted(groups, key=order)


def headline_group(est: pd.DataFrame, unit: str = "", primary: str = "") -> tuple[tuple | None, pd.DataFrame,
                                                                                   pd.DataFrame]:
    """(key, group, apart): the like-for-like group a chart draws and its title speaks of (the
    first of `like_groups`: the metric's main count, the largest, ties the latest), and the
    estimates of every other group (sub-counts left out: they are shown as parts). A chart draws
    one group only, so every mark on one axis counts the same thing over the same scope and its
    off-scale rule compares like with like; the others are listed under it (docs/report.md,
    "Like with like")."""
    groups = like_groups(est, unit, primary)
    if not groups:
        return None, est.iloc[0:0], est.iloc[0:0]
    key, group = groups[0]
    rest = [g for _, g in groups[1:]]
    return key, group, (pd.concat(rest) if rest else est.iloc[0:0])


def sub_counts(est: pd.DataFrame) -> pd.DataFrame:
    """The estimates that are parts of a whole (officers, generals, engineers of the troops)."""
    if est.empty or "counted" not in est.columns:
        return est.iloc[0:0]
    return est[[is_sub_count(r) for r in est.to_dict("records")]]


def comparable(a, b, unit: str = "") -> bool:
    """Two estimates count the same thing over the same scope, and neither is a sub-count."""
    return comparison_key(a, unit) == comparison_key(b, unit) and not is_sub_count(a) and not is_sub_count(b)
