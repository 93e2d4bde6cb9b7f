"""Claim identity: the same claim reported by several outlets is one claim with many reports.

Two reports are one claim when they give the same figure of the same metric (and region) from
the same original source for the same period (series.estimates groups them). This module settles
the original source with the article families of `provenance`: a rewrite that repeats a figure
without naming anyone inherits the source of the earlier family member that gave the same figure
(a copy of the FT's "12,000, according to South Korea's spy agency" that drops the attribution is
still the NIS's claim, not the copier's). It also writes out the reporting chain of each claim
(NIS → Financial Times → Kursor) and counts its independent reports: reports in one family are
one line of reporting, however many outlets reprinted it.
"""

from __future__ import annotations

import re

import pandas as pd


def original_source(attributed_to: str, chain: str, outlet: str) -> str:
    """Who first made the claim: the named source, or for an unattributed claim "unattributed
    (the outlet furthest down the reporting chain)" (Kursor relaying the FT → "unattributed
    (Financial Times)"). The word stays: a reader of the summary must not take the outlet that
    printed a figure for a source it named (issue 15: "unattributed" is explicit)."""
    attributed_to = as_text(attributed_to)
    if attributed_to and not attributed_to.startswith("unattributed"):
        return attributed_to
    links = [c.strip() for c in as_text(chain).split(">") if c.strip()]
    origin = links[-1] if links else as_text(outlet)
    return f"unattributed ({origin})" if origin else "unattributed"


def publisher_of(source: str) -> str:
    """The name inside "unattributed (X)": the outlet whose own figure it is; a named source as is."""
    source = as_text(source)
    return source[len("unattributed ("):-1] if source.startswith("unattributed (") and source.endswith(")") else source


def source_words(source: str) -> str:
    """A source for a sentence that already wraps it in brackets: "unattributed (BBC News)" →
    "BBC News, unattributed" ("not close to 3,000 (BBC News, unattributed, 2024-10)")."""
    source = as_text(source)
    publisher = publisher_of(source)
    return f"{publisher}, unattributed" if publisher != source else source


def reporting_outlet(chain: str, outlet: str, article: str) -> str:
    """The outlet that published the article (the head of its chain), else the article id."""
    links = [c.strip() for c in as_text(chain).split(">") if c.strip()]
    return as_text(outlet) or (links[0] if links else "") or f"article {article}"


# "; " between outlets, not inside one's brackets ("Lao Dong (news.laodong.vn; English text); Babel")
_OUTLET_SEP = re.compile(r";\s(?![^()]*\))")


def outlet_names(outlets: str) -> list[str]:
    """The outlets of an estimate's "; "-joined `outlets`, each whole: a manifest's outlet may hold "; "
    inside its brackets."""
    return [o for o in _OUTLET_SEP.split(as_text(outlets)) if o]


def as_text(x) -> str:
    """A cell as text: '' for None and NaN."""
    return "" if x is None or (isinstance(x, float) and pd.isna(x)) else str(x)


def family_of(families: list[dict]) -> dict[str, str]:
    """article id → its family's origin article (articles outside every family are absent)."""
    return {m: f["origin"] for f in families for m in f["members"]}


def _figure_key(r: dict) -> tuple:
    low, high = (None if pd.isna(r[c]) else float(r[c]) for c in ("low", "high"))
    return r["metric"], str(r["region"] or ""), low, high, bool(r["negated"])


def resolve_sources(claims: pd.DataFrame, families: list[dict]) -> pd.DataFrame:
    """`claims` with `source` (the original source, settled across families) and `family` (the
    origin article of the claim's article family, '' when it has none).

    An unattributed figure takes the source of the same figure attributed in the same article (a
    headline restating the quote below it) or in an earlier article of its family (a rewrite
    that dropped the attribution); a source passes down a family, never up."""
    out = claims.copy()
    fam = family_of(families)
    out["family"] = [fam.get(a, "") for a in out["article"]]
    out["source"] = [original_source(a, c, o) for a, c, o in zip(out["attributed_to"], out["chain"], out["outlet"])]
    pub = out["published"].fillna("").replace("", "9999")
    by = ["_pub", "article", "ref"] if "ref" in out else ["_pub", "article"]
    order = out.assign(_pub=pub).sort_values(by, kind="stable")
    # plain dicts, not iterrows: a Series per claim was 20 s of a 10,000-article report (issue 18)
    rows = order[["family", "article", "attributed_to", "source", "_pub", "metric", "region", "low", "high",
                  "negated"]].to_dict("records")
    attributed: dict[tuple, tuple[str, str, str]] = {}
    for r in rows:
        if not str(r["attributed_to"]).startswith("unattributed"):
            attributed.setdefault((r["family"] or r["article"],) + _figure_key(r), (r["source"], r["_pub"], r["article"]))
    settled = {}
    for i, r in zip(order.index, rows):
        if str(r["attributed_to"]).startswith("unattributed"):
            found = attributed.get((r["family"] or r["article"],) + _figure_key(r))
            if found and (found[2] == r["article"] or found[1] <= r["_pub"]):
                settled[i] = found[0]
    if settled:
        out.loc[list(settled), "source"] = list(settled.values())
    return out


def chain_text(source: str, reports: list[dict]) -> str:
    """'South Korea National Intelligence Service → Financial Times → Kursor (rewrite)': the original
    source, then the outlet of each report in the order given (publication order); a rewrite is a
    report whose article belongs to the family of an earlier report."""
    seen_families, steps = set(), []
    for r in reports:
        label = r["outlet"] or f"article {r['article']}"
        if r.get("family") and r["family"] in seen_families:
            label += " (rewrite)"
        if r.get("family"):
            seen_families.add(r["family"])
        if label not in steps and label != publisher_of(source):
            steps.append(label)
    return " → ".join([source] + steps)


def independent(reports: list[dict]) -> int:
    """Lines of reporting among `reports`: one per article family, one per article outside any."""
    return len({r.get("family") or r["article"] for r in reports})
