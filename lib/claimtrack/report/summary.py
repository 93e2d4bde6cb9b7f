"""The summary: for each metric the latest figure, what changed since the estimate before it,
and where sources disagree about the same period; and the findings in sentences.

Like with like (provenance.comparison): the latest figure, the change and the disagreements
are computed within one comparison group (the same thing counted over the same scope), so
"up from 5,000" never compares 12,000 troops with 5,000 military builders."""

from __future__ import annotations

import copy
import math

import pandas as pd

from ..extraction.wording import amount, refs, row_figure
from ..provenance.comparison import group_label, key_words, like_groups
from ..provenance.consensus import best_range
from ..provenance.disagreements import MAX_COMPARED_PERIOD_DAYS, SHOWN_DISAGREEMENTS, dated, disagreement_pairs, interval
from ..provenance.identity import source_words
from ..provenance.series import estimates_of, kept, midpoint
from .charts import MAX_OFF_SCALE_NAMED, OFF_SCALE_FACTOR, mark_y, scale_limit

SUMMARY_COLUMNS = ["metric", "latest", "holds", "source", "reported by", "change", "disagreements", "refs"]


def off_scale(est: pd.DataFrame) -> pd.DataFrame:
    """The dated estimates a chart would draw off scale (charts.OFF_SCALE_FACTOR × the lower median
    of these estimates): probably misread, so never the headline's "latest" or its "up from"."""
    d = dated(est)
    ys = [mark_y(r) for r in d.itertuples()]
    limit = scale_limit(ys)
    return d[[y is not None and y > limit for y in ys]]


def latest_and_previous(est: pd.DataFrame) -> tuple[pd.Series | None, pd.Series | None]:
    """The most recent estimate (a finer period inside a coarser one is the more recent), and the
    latest one before its period with another figure; an estimate off scale (see off_scale) is neither."""
    d = dated(est)
    d = d.drop(index=off_scale(d).index)
    if d.empty:
        return None, None
    d = d.assign(_mid=[midpoint(a, b) for a, b in zip(d["holds_start"], d["holds_end"])])
    d = d.sort_values(["_mid", "reported", "n_outlets"], kind="stable")
    last = d.iloc[-1]
    # A period that contains a finer one is not later than it: "in 2025 it offered 3.6 million"
    # is drawn mid-year, yet "2.1 million from 23 February" (inside 2025) is the newer news.
    span = last["holds_end"] - last["holds_start"]
    inner = d[(d["holds_start"] >= last["holds_start"]) & (d["holds_end"] <= last["holds_end"])
              & ((d["holds_end"] - d["holds_start"]) < span)]
    if len(inner):
        last = inner.iloc[-1]
    # before: ended before it began, or a coarser period around it that began earlier (the "2025"
    # figure the finer one replaced)
    before = d[((d["holds_end"] < last["holds_start"])
                | ((d["holds_start"] < last["holds_start"]) & (d["holds_end"] >= last["holds_end"])))
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
    return f"{direction} from {row_figure(prev, unit)} ({source_words(prev['source'])}, {prev['holds']})"


def summary_table(snapshot, metrics: list[str] | None = None) -> pd.DataFrame:
    """One row per metric (per region for regional metrics) and per thing counted, with a dated estimate.
    Worked out once per snapshot (the summary notebook and the ledger both show it)."""
    return kept(snapshot, ("table", tuple(metrics or ())), lambda: _summary_table(snapshot, metrics)).copy()


def _summary_table(snapshot, metrics: list[str] | None) -> pd.DataFrame:
    rows = []
    for m, region, key, part in groups(snapshot, metrics):
        last, prev = latest_and_previous(part)
        if last is None:
            continue
        pairs = _pairs(snapshot, m, region, key, part)
        said = [f"{row_figure(a, m.unit)} ({source_words(a['source'])}, {a['holds']}) vs {row_figure(b, m.unit)} "
                f"({source_words(b['source'])}, {b['holds']})" for a, b in pairs[:SHOWN_DISAGREEMENTS]]
        if len(pairs) > SHOWN_DISAGREEMENTS:
            said.append(f"{len(pairs) - SHOWN_DISAGREEMENTS} more")
        rows.append({"metric": label(m, region, key), "latest": row_figure(last, m.unit), "holds": last["holds"],
                     "source": last["source"],
                     "reported by": last["outlets"] + (f" ({last['n_outlets']} outlets)" if last["n_outlets"] > 1 else ""),
                     "change": change_text(last, prev, m.unit),
                     "disagreements": "; ".join(said) if said else "none found",
                     "refs": refs(last["refs"])})
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


def label(m, region: str, key: tuple) -> str:
    """'North Korean troops in Russia, in Kursk', 'One-time signing bonus, Belgorod': the group in
    plain English (provenance.comparison.group_label); the metric's label alone when untyped."""
    charts = getattr(m, "charts", ()) or ()
    return group_label(m.label, key, charts[0] if charts else "", region)


def apart_words(m, key: tuple) -> str:
    """What a group other than the metric's main one counts, as words ('killed, total to date')."""
    head, full = m.label, label(m, "", key)
    return full[len(head) + 2:] if full.startswith(head + ", ") else key_words(key)


def groups(snapshot, metrics: list[str] | None = None) -> list[tuple]:
    """(metric, region, comparison key, estimates) for every like-for-like group, the catalogue's order,
    regions sorted, the group of a metric's main count with the most estimates first. Worked out
    once per snapshot (`provenance.series.kept`): the table, the findings and the ledger (which builds both) ask
    for the same groups, each a pass over every estimate."""
    def compute():
        out = []
        for m in snapshot.catalogue:
            if metrics and m.id not in metrics:
                continue
            est = estimates_of(snapshot, m.id)
            for region, part in est.groupby("region", sort=True):
                for key, group in like_groups(part, m.unit, m.charts[0] if m.charts else ""):
                    out.append((m, region, key, group))
        return out
    return kept(snapshot, ("groups", tuple(metrics or ())), compute)


def _pairs(snapshot, m, region: str, key: tuple, part: pd.DataFrame):
    """The group's disagreements (provenance.disagreements.Pairs), found once per snapshot."""
    return kept(snapshot, ("pairs", m.id, region, key), lambda: disagreement_pairs(part, m.unit))


def credible(part: pd.DataFrame, last) -> tuple[float, float, list[str], int]:
    """(low, high, sources, sources in all): the range the most original sources admit together for
    the latest estimate's month (consensus.best_range), from the like-for-like estimates of that month
    that are on scale."""
    d = dated(part)
    d = d.drop(index=off_scale(d).index)
    window = d[(d["holds_end"] >= last["holds_end"] - pd.Timedelta(days=MAX_COMPARED_PERIOD_DAYS))
               & (d["holds_start"] <= last["holds_end"])
               & ((d["holds_end"] - d["holds_start"]).map(lambda t: t.days) <= MAX_COMPARED_PERIOD_DAYS)]
    ivs: dict[str, list] = {}
    for r in window.to_dict("records"):
        ivs.setdefault(r["source"], []).append(interval(r))
    if len(ivs) < 2:
        return (math.nan, math.nan, [], len(ivs))
    low, high, support = best_range(ivs)
    return (low, high, support if len(support) >= 2 else [], len(ivs))


def _range_words(low: float, high: float, unit: str) -> str:
    if math.isinf(high):
        return f"more than {amount(low, unit)}"
    return amount(low, unit) if low == high else f"{amount(low, unit)} to {amount(high, unit)}"


def findings(snapshot, metrics: list[str] | None = None) -> list[list[tuple[str, object]]]:
    """The findings as sentences computed from the data, one per metric: its latest like-for-like
    estimate with its ledger numbers, the range the sources of that month admit together, the
    change since the estimate before, and the open disagreements. Each sentence is a list of
    segments: ('text', str) or ('refs', [n, …]), so the report can link every #n. Worked out
    once per snapshot (the summary notebook and the ledger both show them); a copy is returned."""
    return copy.deepcopy(kept(snapshot, ("findings", tuple(metrics or ())), lambda: _findings(snapshot, metrics)))


def _findings(snapshot, metrics: list[str] | None) -> list[list[tuple[str, object]]]:
    out = []
    by_metric: dict[str, list] = {}
    for m, region, key, part in groups(snapshot, metrics):
        by_metric.setdefault(m.id, []).append((m, region, key, part))
    for entries in by_metric.values():
        m = entries[0][0]
        if any(region for _, region, _, _ in entries):
            finding = _regional_finding(m, entries)
            if finding:
                out.append(finding)
            continue
        _, region, key, part = entries[0]
        last, prev = latest_and_previous(part)
        if last is None:
            continue
        said_by = source_words(last["source"])
        s: list[tuple[str, object]] = [("label", label(m, "", key)),
                                       ("text", f": latest {row_figure(last, m.unit)} ({last['holds']}, {said_by} "),
                                       ("refs", last["refs"]), ("text", ")")]
        low, high, support, n = credible(part, last)
        if support:
            s.append(("text", f"; {len(support)} of {n} sources that month agree on {_range_words(low, high, m.unit)}"))
        elif n > 1:
            s.append(("text", f"; the {n} sources that month do not agree on any one range"))
        if prev is not None:
            s += [("text", f"; {change_text(last, prev, m.unit)} "), ("refs", prev["refs"])]
        open_pairs = _pairs(snapshot, m, region, key, part)
        if open_pairs:
            s.append(("text", f"; {len(open_pairs):,} open disagreement{'s' * (len(open_pairs) > 1)}, the widest "
                      f"{row_figure(open_pairs[0][0], m.unit)} against {row_figure(open_pairs[0][1], m.unit)} "))
            s.append(("refs", sorted({*open_pairs[0][0]["refs"], *open_pairs[0][1]["refs"]})))
        wild = off_scale(part)
        if not wild.empty:
            s.append(("text", f"; left out as off scale (more than {OFF_SCALE_FACTOR}× the median; check the quote): "
                      + ", ".join(row_figure(r, m.unit) for r in wild.to_dict("records")[:MAX_OFF_SCALE_NAMED])
                      + (f" and {len(wild) - MAX_OFF_SCALE_NAMED} more" if len(wild) > MAX_OFF_SCALE_NAMED else "")
                      + " "))
            s.append(("refs", sorted(n for r in list(wild["refs"])[:MAX_OFF_SCALE_NAMED] for n in r)))
        others = [k for _, _, k, _ in entries[1:]]
        if others:
            s.append(("text", "; counted apart: " + "; ".join(apart_words(m, k) for k in others)))
        s.append(("text", "."))
        out.append(s)
    return out


def _regional_finding(m, entries) -> list[tuple[str, object]] | None:
    """'One-time signing bonus, regional: latest figures for 9 regions; the highest of them RUB 3,000,000 (Belgorod,
    2024-10 #n)'. Like with like: the regions' figures of the scope most often given (as the chart
    draws them); the others are named as counted apart."""
    sizes: dict[tuple, int] = {}
    for _, _, key, part in entries:
        sizes[key] = sizes.get(key, 0) + len(part)
    main = min(sizes, key=lambda k: (-sizes[k], k))
    latest = [(region, latest_and_previous(part)[0]) for _, region, key, part in entries if key == main]
    latest = [(region, r) for region, r in latest if r is not None]
    if not latest:
        return [("label", m.label), ("text", ": no dated figure.")]
    top_region, top = max(latest, key=lambda x: _top_value(x[1]))
    regions = sorted({region for region, _ in latest})
    out: list[tuple[str, object]] = [
        ("label", label(m, "", main)),
        # the highest of the regions' latest figures (the chart's title gives the highest ever given)
        ("text", (f": latest figures for {len(regions)} regions; the highest of them " if len(regions) > 1 else
                  ": latest ") + f"{row_figure(top, m.unit)} ({top_region}, {top['holds']}, "
                 f"{source_words(top['source'])} "), ("refs", top["refs"]), ("text", ")")]
    ever = _highest_given([(region, part) for _, region, key, part in entries if key == main])
    if ever is not None and _top_value(ever[1]) > _top_value(top):
        # the chart's title gives the highest ever given; name it too, so the two headline figures agree
        # for a reader (a region may since have cut its payment, as the dev corpus's Samara did)
        out += [("text", f"; the highest given {row_figure(ever[1], m.unit)} ({ever[0]}, {ever[1]['holds']}, "
                         f"{source_words(ever[1]['source'])} "), ("refs", ever[1]["refs"]), ("text", ")")]
    others = sorted(k for k in sizes if k != main)
    if others:
        out.append(("text", "; counted apart: " + "; ".join(f"{apart_words(m, k)} ({sizes[k]})" for k in others)))
    out.append(("text", "."))
    return out


def _top_value(row) -> float:
    """A figure's top: its high end, else its value (the measure the bonus chart's title ranks by)."""
    return (row["high"] if not pd.isna(row["high"]) else row["low"]) or 0


def _highest_given(parts: list[tuple[str, pd.DataFrame]]) -> tuple[str, pd.Series] | None:
    """The region and row of the highest figure ever given among `parts` (first on a tie), or None."""
    best = None
    for region, part in parts:
        for _, row in part.iterrows():
            if best is None or _top_value(row) > _top_value(best[1]):
                best = (region, row)
    return best
