"""The summary: for each metric the latest figure, what changed since the estimate before it,
and where sources disagree about the same period."""

from __future__ import annotations

import math

import pandas as pd

from .series import estimates, midpoint
from .wording import missing, refs, row_figure

# Only figures dated to a month or a day are compared: a figure "for 2024" overlaps everything.
MAX_COMPARED_PERIOD_DAYS = 31
# At most this many disagreements are spelled out per metric, the widest apart first.
SHOWN_DISAGREEMENTS = 3

# "About 3,000" is read as 3,000 ± 10% when deciding whether two figures disagree: a reading
# convention of this report (no source defines "about"), stated in the README.
APPROX_TOLERANCE = 0.10

SUMMARY_COLUMNS = ["metric", "latest", "holds", "source", "reported by", "change", "disagreements", "refs"]


def interval(row) -> tuple[float, float]:
    """The values an estimate admits: a lower bound reaches to infinity, 'about' widens a point."""
    low = None if missing(row["low"]) else row["low"]
    high = None if missing(row["high"]) else row["high"]
    if row["bound"] == "lower":
        return (low, math.inf)
    if row["bound"] == "upper":
        return (0.0, high)
    if row["qualifier"] == "approx" and low is not None:
        return (low * (1 - APPROX_TOLERANCE), high * (1 + APPROX_TOLERANCE))
    return (low, high)


def disagree(a, b) -> bool:
    """Two estimates of overlapping periods whose admitted values do not overlap."""
    if a["holds_start"] is None or b["holds_start"] is None:
        return False
    if any((r["holds_end"] - r["holds_start"]).days > MAX_COMPARED_PERIOD_DAYS for r in (a, b)):
        return False
    if a["holds_start"] > b["holds_end"] or b["holds_start"] > a["holds_end"]:
        return False
    (a0, a1), (b0, b1) = interval(a), interval(b)
    return a1 < b0 or b1 < a0


def dated(est: pd.DataFrame) -> pd.DataFrame:
    """The estimates that can be drawn on a time axis: not vague, with a period."""
    return est[(est["bound"] != "vague") & est["holds_start"].notna()]


def disagreements(est: pd.DataFrame) -> list[tuple[pd.Series, pd.Series]]:
    """Pairs of estimates from different sources that cannot both be right, the widest apart first."""
    d = dated(est).reset_index(drop=True)
    pairs = []
    for i in range(len(d)):
        for j in range(i + 1, len(d)):
            a, b = d.iloc[i], d.iloc[j]
            if a["source"] != b["source"] and a["region"] == b["region"] and disagree(a, b):
                pairs.append((a, b))
    return sorted(pairs, key=lambda p: -_gap(*p))


def _gap(a, b) -> float:
    """How far apart two disagreeing estimates are, as a ratio of the nearer ends."""
    (a0, a1), (b0, b1) = interval(a), interval(b)
    lo, hi = (a1, b0) if a1 < b0 else (b1, a0)
    return hi / lo if lo else math.inf


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
