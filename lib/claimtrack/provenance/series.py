"""Claims → series: one estimate per figure per original source, dated, ready to chart.

The same figure from the same original source, restated by other outlets (a rewrite of the FT
relaying South Korea's NIS), is one estimate "reported by N outlets", not N marks. Restatements
that give no date of their own (none, or only their article's) join the source's estimate of that
figure made before the article appeared; a figure the text dates to another month is a new estimate.
"""

from __future__ import annotations

import bisect
import datetime as dt

import pandas as pd

from ..extraction.catalogue import charted
from ..extraction.periods import period_bounds
from .identity import as_text, chain_text, independent, original_source, reporting_outlet

# How a claim's qualifier is drawn: a mark, a bar, an arrow up or down, or set apart.
BOUND = {"exact": "point", "approx": "point", "range": "range", "more_than": "lower", "at_least": "lower",
         "less_than": "upper", "up_to": "upper", "vague": "vague"}

ESTIMATE_COLUMNS = ["metric", "counted", "scope", "region", "source", "bound", "qualifier", "negated", "low", "high", "value",
                    "holds", "holds_start", "holds_end", "reported", "first_reported", "outlets", "n_outlets",
                    "chain", "n_independent", "refs", "quote",
                    "surface", "conversions", "article"]


def _num(x) -> float | None:
    return None if x is None or pd.isna(x) else float(x)


def _month(d: dt.date | None) -> str:
    return d.strftime("%Y-%m") if d else ""


def estimates(claims: pd.DataFrame, metric: str, charted_only: bool = True) -> pd.DataFrame:
    """The estimates of one metric, oldest first; vague figures ("hundreds") included with bound 'vague'.

    Only claims whose `counted` the metric charts (metrics.yml `charts:`; catalogue.charted) unless
    `charted_only` is false: "500 officers" stays in the ledger, not among troop estimates. The
    same figure counting different things ("killed" and "casualties") is two estimates; `counted`
    and `scope` are kept on each so the report can compare like with like.
    """
    rows = claims[(claims["metric"] == metric) & ~claims["hypothetical"].astype(bool)
                  & ~claims["change"].astype(bool)]
    if charted_only and "counted" in rows.columns and not rows.empty:
        rows = rows[[charted(r) for r in rows[["metric", "counted"]].to_dict("records")]]
    if rows.empty:
        return pd.DataFrame(columns=ESTIMATE_COLUMNS)
    groups: dict[tuple, list[dict]] = {}
    for r in rows.to_dict("records"):
        # `source` is settled across article families when the snapshot has them (identity.resolve_sources)
        r["_source"] = r.get("source") or original_source(r["attributed_to"], r["chain"], r["outlet"])
        r["_bound"] = BOUND.get(r["qualifier"], "point")
        r["_holds"] = period_bounds(r["as_of"])
        r["_published"] = period_bounds(r["published"])
        key = (as_text(r.get("counted")), as_text(r.get("scope")), as_text(r["region"]), r["_source"], r["_bound"],
               _num(r["low"]), _num(r["high"]), bool(r["negated"]))
        groups.setdefault(key, []).append(r)
    # the months in which each source gave each figure: a restatement is not folded into an
    # estimate the same source replaced since ("11,000" in October, "12,000" in January, "11,000"
    # said again in March is March's)
    said: dict[tuple, dict[tuple, set[str]]] = {}
    for key, members in groups.items():
        months = said.setdefault(key[:4], {}).setdefault(key[4:], set())
        months.update(_month(r["_holds"][0]) for r in members if r["_holds"])
    out = []
    for key, members in groups.items():
        others = sorted({m for figure, ms in said[key[:4]].items() if figure != key[4:] for m in ms})
        for cluster in _clusters(members, others):
            out.append(_estimate(metric, cluster))
    df = pd.DataFrame(out, columns=ESTIMATE_COLUMNS)
    return df.sort_values(["holds_start", "reported", "source", "low", "high"], na_position="last",
                          kind="stable").reset_index(drop=True)


def estimates_of(snapshot, metric: str, charted_only: bool = True) -> pd.DataFrame:
    """`estimates(snapshot.claims, metric, charted_only)`, computed once per snapshot and kept in
    `snapshot.series` (a dict; a snapshot without one computes every time). Every notebook and
    the ledger ask for the same metrics' estimates several times each: at 10,000 articles each
    call is seconds (issue 18). A copy is returned, so a caller that changes it changes no other's.
    The cache is of `snapshot.claims` as loaded: after replacing `snap.claims`, it is computed again."""
    cache = getattr(snapshot, "series", None)
    if cache is None:
        return estimates(snapshot.claims, metric, charted_only)
    if cache.get("_claims") is not snapshot.claims:
        cache.clear()
        cache["_claims"] = snapshot.claims
    key = (metric, charted_only)
    if key not in cache:
        cache[key] = estimates(snapshot.claims, metric, charted_only)
    return cache[key].copy()


def kept(snapshot, key: tuple, compute):
    """`compute()`, kept beside the snapshot's estimates (`snapshot.series`, see `estimates_of`: it
    goes when `snap.claims` is replaced); a snapshot without that cache computes every time.
    What the report works out from a snapshot alone (its like-for-like groups, disagreements,
    consensus, findings) is kept here once per snapshot, and a snapshot kept beside the store
    carries it (issue 18). Callers must not change what it returns."""
    cache = getattr(snapshot, "series", None)
    if cache is None:
        return compute()
    if cache.get("_claims") is not snapshot.claims:
        cache.clear()
        cache["_claims"] = snapshot.claims
    memo = cache.setdefault("_summary", {})
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def _dated_by_article(r: dict) -> bool:
    """A claim whose period is only its article's date (the extractor dates a figure the text does
    not date by its publication, extraction.claims): a restatement, unless nothing earlier says it."""
    return bool(r["_holds"]) and bool(as_text(r.get("published"))) and as_text(r["as_of"]) == as_text(r["published"])


def _clusters(members: list[dict], others: list[str] = ()) -> list[list[dict]]:
    """Split one source's claims of one figure by the month it holds for. Claims without a date of
    their own (none, or only their article's) join the latest month not after their article's
    publication, in the order of publication: a rewrite a year later of the NIS's "11,000" is
    that estimate reported again, not a new one that becomes the latest, unless the source gave
    another figure in between (`others`: the months of its other figures). A value the text says was
    replaced (role 'previous') with no such month has no period."""
    dated: dict[str, list[dict]] = {}
    undated = []
    for r in members:
        own = r["_holds"] and not _dated_by_article(r)
        (dated.setdefault(_month(r["_holds"][0]), []) if own else undated).append(r)
    replaced = []
    for r in sorted(undated, key=lambda r: _month(r["_published"][1]) if r["_published"] else ""):
        pub = _month(r["_published"][1]) if r["_published"] else ""
        earlier = sorted(m for m in dated if pub and m <= pub)
        if not earlier and as_text(r.get("role")) == "previous":
            replaced.append(r)
            continue
        if earlier and r["_holds"] and any(earlier[-1] < m <= pub for m in others):
            earlier = []                 # replaced in between: said again, it is its article's
        dated.setdefault(earlier[-1] if earlier else pub, []).append(r)
    # An undated value the text says was replaced ("cut it from X to Y") held at some time before
    # its article, not at its publication: unless a dated report of it exists, it stays one
    # estimate with no period (never the latest).
    return [dated[m] for m in sorted(dated)] + ([replaced] if replaced else [])


def _estimate(metric: str, cluster: list[dict]) -> dict:
    one = cluster[0]          # the grouping key: counted, scope, region, source, bound, low, high, negated
    # The most precise period any restatement gives ('2024-10-24' over '2024-10'); else the
    # earliest publication (a figure with no date of its own holds when it was reported).
    periods = [r for r in cluster if r["_holds"] and not _dated_by_article(r)] or [r for r in cluster if r["_holds"]]
    # First reported: the publication known to be earliest ('2024-10-24' before a bare '2024-10').
    first = min((r for r in cluster if r["_published"]), key=lambda r: r["_published"][::-1], default=None)
    if periods:
        best = min(periods, key=lambda r: (-len(as_text(r["as_of"])), r["_holds"][0]))
        holds, (start, end) = best["as_of"], best["_holds"]
    elif first is not None and any(as_text(r.get("role")) != "previous" for r in cluster):
        holds, (start, end) = first["published"], first["_published"]
    else:
        holds, start, end = "", None, None
    # The quote from the most direct report (the shortest chain), for the reader to check.
    direct = min(cluster, key=lambda r: (len(as_text(r["chain"]).split(">")), r["ref"]))
    outlets = sorted({reporting_outlet(r["chain"], r["outlet"], r["article"]) for r in cluster})
    # in order of publication, a date known to be earliest first: '2024-10-24' before a bare '2024-10'
    in_order = sorted(cluster, key=lambda r: (r["_published"][::-1] if r["_published"] else (dt.date.max,) * 2,
                                              r["article"]))
    reports = [{"outlet": reporting_outlet(r["chain"], r["outlet"], r["article"]), "article": r["article"],
                "family": as_text(r.get("family"))} for r in in_order]
    conversions = sorted({c.strip() for r in cluster for c in as_text(r["conversions"]).split(";") if c.strip()})
    return {"metric": metric, "counted": as_text(one.get("counted")), "scope": as_text(one.get("scope")),
            "region": as_text(one["region"]), "source": one["_source"],
            "bound": one["_bound"], "qualifier": direct["qualifier"], "negated": bool(one["negated"]),
            "low": _num(one["low"]), "high": _num(one["high"]), "value": _num(direct["value"]),
            "holds": as_text(holds), "holds_start": start, "holds_end": end,
            "reported": midpoint(*first["_published"]) if first is not None else None,
            "first_reported": as_text(first["published"]) if first is not None else "",
            "outlets": "; ".join(outlets), "n_outlets": len(outlets),
            "chain": chain_text(one["_source"], reports), "n_independent": independent(reports),
            "refs": sorted(int(r["ref"]) for r in cluster), "quote": direct["quote"],
            "surface": direct["surface"], "conversions": "; ".join(conversions), "article": direct["article"]}


def midpoint(start: dt.date | None, end: dt.date | None) -> dt.date | None:
    """Where a period is drawn on a time axis."""
    return None if start is None else start + (end - start) / 2


def latest_wage(wages: pd.DataFrame, region: str, on: dt.date | None) -> pd.Series | None:
    """The region's average monthly wage nearest before `on` (else the nearest after)."""
    return wage_finder(wages)(region, on)


def wage_finder(wages: pd.DataFrame):
    """`latest_wage` for many bonuses: each region's wages are selected and sorted once, and the
    one nearest before a date found by bisection (issue 18: at 10,000 articles, 2,000 bonuses
    each filtering and sorting every wage took seconds). `find(region, on)` → row or None."""
    regions: dict[str, tuple] = {}

    def find(region: str, on: dt.date | None) -> pd.Series | None:
        if region not in regions:
            w = wages[(wages["region"] == region) & wages["value"].notna()]
            dated = w[w["holds_start"].notna()].sort_values("holds_start")
            regions[region] = (w, dated, list(dated["holds_start"]))
        w, dated, starts = regions[region]
        if w.empty:
            return None
        if on is None or dated.empty:
            return w.iloc[-1]
        if pd.isna(on):                                   # no comparison holds: as `<=` finds none
            return dated.iloc[0]
        before = bisect.bisect_right(starts, on)          # how many start on or before `on`
        return dated.iloc[before - 1] if before else dated.iloc[0]

    return find


def bonuses(claims: pd.DataFrame, bonus: str = "signing_bonus_rub",
            wage: str = "average_monthly_wage_rub") -> pd.DataFrame:
    """Signing-bonus estimates with the region's monthly wage and the bonus as a multiple of it."""
    return with_wages(estimates(claims, bonus), estimates(claims, wage))


def with_wages(b: pd.DataFrame, w: pd.DataFrame) -> pd.DataFrame:
    """`bonuses` from the estimates of the bonus (`b`) and of the wage (`w`)."""
    b = b[b["bound"] != "vague"].copy()
    wage_value, wage_holds, wage_refs, multiple = [], [], [], []
    latest = wage_finder(w)
    for r in b.itertuples():
        m = latest(r.region, r.holds_start) if r.region else None
        amount = r.value if r.value is not None and not pd.isna(r.value) else r.high
        wage_value.append(None if m is None else m["value"])
        wage_holds.append("" if m is None else m["holds"])
        wage_refs.append([] if m is None else m["refs"])
        multiple.append(None if m is None or not amount else round(amount / m["value"], 1))
    b["wage"], b["wage_holds"], b["wage_refs"], b["wage_multiple"] = wage_value, wage_holds, wage_refs, multiple
    return b.reset_index(drop=True)
