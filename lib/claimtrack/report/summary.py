"""The summary: for each metric the latest figure, what changed since the estimate before it,
and where sources disagree about the same period."""

from __future__ import annotations

import math

import pandas as pd

from ..extraction.wording import refs, row_figure
from ..provenance.disagreements import SHOWN_DISAGREEMENTS, dated, disagreements, interval
from ..provenance.series import estimates, midpoint

SUMMARY_COLUMNS = ["metric", "latest", "holds", "source", "reported by", "change", "disagreements", "refs"]


def latest_and_previous(est: pd.DataFrame) -> tuple[pd.Series | None, pd.Series | None]:
    """The most recent estimate, and the latest one before its period with another figure."""
    d = dated(est)
    if d.empty:
        return None, None
    d = d.assign(_mid=[midpoint(a, b) for a, b in zip(d["holds_start"], d["holds_end"])])
    d = d.sort_values(["_mid", "reported", "n_outlets"], kind="stable")
    last = d.iloc[-1]
    before = d[(d["holds_end"] < last["holds_start"])
               & ~((d["low"] == last["low"]) & (d["high"] == last["high"]) & (d["bound"] == last["bound"]))]
    return last, (before.iloc[-1] if len(before) else None)


def _centre(iv: tuple[float, float]) -> float:
    """One value to compare estimates by: a bound's own figure, a range's middle."""
    low, high = iv
    if math.isinf(high):
        return low
    return high if low in (0, None) else (low + high) / 2


def change_text(last, prev, unit: str) -> str:
    if prev is None:
        return "first estimate"
    a, b = _centre(interval(prev)), _centre(interval(last))
    direction = "up" if b > a else "down" if b < a else "changed"
    return f"{direction} from {row_figure(prev, unit)} ({prev['source']}, {prev['holds']})"


def summary_table(snapshot, metrics: list[str] | None = None) -> pd.DataFrame:
    """One row per metric (per region for regional metrics) with a dated estimate."""
    rows = []
    for m in snapshot.catalogue:
        if metrics and m.id not in metrics:
            continue
        est = estimates(snapshot.claims, m.id)
        for region, part in est.groupby("region", sort=True):
            last, prev = latest_and_previous(part)
            if last is None:
                continue
            pairs = disagreements(part)
            said = [f"{row_figure(a, m.unit)} ({a['source']}, {a['holds']}) vs {row_figure(b, m.unit)} "
                    f"({b['source']}, {b['holds']})" for a, b in pairs[:SHOWN_DISAGREEMENTS]]
            if len(pairs) > SHOWN_DISAGREEMENTS:
                said.append(f"{len(pairs) - SHOWN_DISAGREEMENTS} more")
            label = f"{m.label}, {region}" if region else m.label
            rows.append({"metric": label, "latest": row_figure(last, m.unit), "holds": last["holds"],
                         "source": last["source"],
                         "reported by": last["outlets"] + (f" ({last['n_outlets']} outlets)" if last["n_outlets"] > 1 else ""),
                         "change": change_text(last, prev, m.unit),
                         "disagreements": "; ".join(said) if said else "none found",
                         "refs": refs(last["refs"])})
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
