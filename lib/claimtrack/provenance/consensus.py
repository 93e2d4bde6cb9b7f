"""Consensus: for each metric and period, the range the most independent sources admit together,
and the sources outside it.

An independent source is an original source (the NIS, the Pentagon), not an outlet: the FT and
its rewrites relaying the NIS are one source. A source admits the values of any of its estimates
for the period (disagreements.interval: "about" is ±10%, "more than" is unbounded). The consensus
is the stretch of values admitted by the largest number of sources; with one source, or when no
two sources meet, there is none, and the table says so rather than averaging figures that count
different things.
"""

from __future__ import annotations

import math

import pandas as pd

from ..extraction.wording import amount, row_figure
from .comparison import group_label, like_groups
from .disagreements import MAX_COMPARED_PERIOD_DAYS, dated, interval
from .series import estimates_of, kept

CONSENSUS_COLUMNS = ["metric", "period", "sources", "figures", "consensus", "supported by", "outside"]


def _period(r) -> str:
    """The month an estimate holds for ('2024-10-24' → '2024-10'); a longer period is its own."""
    if (r["holds_end"] - r["holds_start"]).days <= MAX_COMPARED_PERIOD_DAYS:
        return r["holds_start"].strftime("%Y-%m")
    return str(r["holds"])


def best_range(intervals: dict[str, list[tuple[float, float]]]) -> tuple[float, float, list[str]]:
    """(low, high, sources): the stretch of values admitted by the most sources. Candidate values
    are every end and the points between them; the first run of candidates with the highest
    count is the stretch."""
    ends = sorted({x for ivs in intervals.values() for iv in ivs for x in iv if not math.isinf(x)})
    if not ends:
        return (math.nan, math.nan, [])
    # the last point lies beyond every finite end: counted there, a stretch is open-ended ("more than")
    points = [p for a, b in zip(ends, ends[1:]) for p in (a, (a + b) / 2)] + [ends[-1], ends[-1] * 2 + 1]

    def support(x: float) -> frozenset[str]:
        return frozenset(s for s, ivs in intervals.items() if any(lo <= x <= hi for lo, hi in ivs))

    counts = [support(p) for p in points]
    best = max(len(c) for c in counts)
    first = next(i for i, c in enumerate(counts) if len(c) == best)
    last = first
    while last + 1 < len(points) and counts[last + 1] == counts[first]:
        last += 1
    high = math.inf if last == len(points) - 1 else points[last]
    return (points[first], high, sorted(counts[first]))


def _range_text(low: float, high: float, unit: str) -> str:
    if math.isinf(high):
        return f"more than {amount(low, unit)}" if low else "any"
    return amount(low, unit) if low == high else f"{amount(low, unit)} to {amount(high, unit)}"


def consensus_table(snapshot) -> pd.DataFrame:
    """One row per metric (and region) and period with a dated, non-vague estimate; worked out
    once per snapshot (`series.kept`), a copy returned."""
    return kept(snapshot, ("consensus",), lambda: _consensus_table(snapshot)).copy()


def _consensus_table(snapshot) -> pd.DataFrame:
    rows = []
    for m in snapshot.catalogue:
        est = dated(estimates_of(snapshot, m.id))
        if est.empty:
            continue
        est = est.assign(_period=[_period(r) for _, r in est.iterrows()])
        # like with like: one row per thing counted and scope (comparison.like_groups), sub-counts apart
        parts = [(key, region, period, part) for key, group in like_groups(est, m.unit)
                 for (region, period), part in group.groupby(["region", "_period"], sort=True)]
        for key, region, period, part in sorted(parts, key=lambda p: (p[1], p[2], p[0])):
            by_source: dict[str, list] = {}
            for _, r in part.iterrows():
                by_source.setdefault(r["source"], []).append(r)
            label = group_label(m.label, key, m.charts[0] if m.charts else "", region)
            ivs = {s: [interval(r) for r in rs] for s, rs in by_source.items()}
            low, high, support = best_range(ivs)
            if len(by_source) == 1:
                text, support = "one source only", []
            elif len(support) < 2:
                text, support = f"none: the {len(by_source)} sources do not meet", []
            else:
                text = _range_text(low, high, m.unit)
            said = {s: f"{s} ({', '.join(row_figure(r, m.unit) for r in rs)})" for s, rs in sorted(by_source.items())}
            outside = [said[s] for s in said if support and s not in support]
            rows.append({"metric": label, "period": period, "sources": len(by_source),
                         "figures": "; ".join(said.values()), "consensus": text,
                         "supported by": "; ".join(support),
                         "outside": "; ".join(outside) or ("none" if support else "")})
    return pd.DataFrame(rows, columns=CONSENSUS_COLUMNS)
