"""Disagreements: claims that cannot all be true, each with the quotes side by side.

Three kinds:
- figures: two sources' estimates of one metric, region and period whose admitted values do not
  overlap (1,000 against 10,000; "definitely not close to 3,000" against "about 3,000");
- dates: one event (events.yml) dated to periods that do not overlap (a treaty signed in June
  2023 in one article, June 2024 in another);
- names: one organisation under a known wrong name (sources.yml `misnamed`: "Royal Institute of
  Defense Studies" for the Royal United Services Institute), set beside its right name.
A date or name an analyst has corrected (corrections.yml) is still listed, with the correction.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from ..extraction.periods import period_bounds
from ..extraction.wording import amount, missing, refs, row_figure, shorten
from .comparison import comparison_key, group_label, is_sub_count, key_words
from .series import estimates_of

# Only figures dated to a month or a day are compared: a figure "for 2024" overlaps everything.
MAX_COMPARED_PERIOD_DAYS = 31
# At most this many disagreements are spelled out per metric in the summary, the widest apart first.
SHOWN_DISAGREEMENTS = 3
# "About 3,000" is read as 3,000 ± 10% when deciding whether two figures disagree: a reading
# convention of this report (no source defines "about"), stated in the README. "Not close to
# 3,000" excludes the same neighbourhood and admits only what lies below it.
APPROX_TOLERANCE = 0.10
QUOTE_WIDTH = 300          # characters of each quote shown side by side
DISAGREEMENT_COLUMNS = ["kind", "about", "period", "one says", "refs", "quote", "other says", "their refs",
                        "their quote", "why", "status"]


def interval(row) -> tuple[float, float]:
    """The values an estimate admits: a lower bound reaches to infinity, 'about' widens a point,
    'not close to X' stops short of X's neighbourhood (the float just below, for an open end)."""
    low = None if missing(row["low"]) else row["low"]
    high = None if missing(row["high"]) else row["high"]
    if row["bound"] == "lower":
        return (low, math.inf)
    if row["bound"] == "upper":
        return (0.0, math.nextafter(high * (1 - APPROX_TOLERANCE), 0) if row.get("negated", False) else high)
    if row["qualifier"] == "approx" and low is not None:
        return (low * (1 - APPROX_TOLERANCE), high * (1 + APPROX_TOLERANCE))
    return (low, high)


def _apart(a, b) -> bool:
    """The admitted values of two estimates do not meet."""
    (a0, a1), (b0, b1) = interval(a), interval(b)
    return a1 < b0 or b1 < a0


def disagree(a, b) -> bool:
    """Two estimates of overlapping periods whose admitted values do not overlap."""
    if a["holds_start"] is None or b["holds_start"] is None:
        return False
    if any((r["holds_end"] - r["holds_start"]).days > MAX_COMPARED_PERIOD_DAYS for r in (a, b)):
        return False
    if a["holds_start"] > b["holds_end"] or b["holds_start"] > a["holds_end"]:
        return False
    return _apart(a, b)


def dated(est: pd.DataFrame) -> pd.DataFrame:
    """The estimates that can be drawn on a time axis: not vague, with a period."""
    return est[(est["bound"] != "vague") & est["holds_start"].notna()]


def disagreements(est: pd.DataFrame, unit: str = "") -> list[tuple[dict, dict]]:
    """Pairs of estimates from different sources that cannot both be right, the widest apart first.
    Only like with like (comparison.comparison_key, sub-counts never): 500 officers do not contradict 12,000 troops,
    nor 40 killed 300 casualties.

    Every pair of one comparison key and region is looked at, so the work grows with the square of
    the estimates: at 10,000 articles a metric has thousands, and the test runs on arrays, a block
    of rows at a time (issue 18: the same test pair by pair in Python took minutes). The pairs and
    their order are those of the pair-by-pair reading (`disagree`), which tests compare."""
    d = dated(est).reset_index(drop=True)
    rows = d.to_dict("records")          # plain dicts: a Series per pair made this quadratic in pandas calls
    keys = [comparison_key(r, unit) if not is_sub_count(r) else None for r in rows]
    groups: dict[tuple, list[int]] = {}
    for i, r in enumerate(rows):
        # like with like only; a sub-count (key None) is compared with nothing; a period longer
        # than a month is compared with nothing (disagree)
        if keys[i] is not None and (r["holds_end"] - r["holds_start"]).days <= MAX_COMPARED_PERIOD_DAYS:
            groups.setdefault((keys[i], r["region"]), []).append(i)
    found = [_pairs_apart(rows, members) for members in groups.values() if len(members) > 1]
    if not found:
        return []
    i, j, gap = (np.concatenate(x) for x in zip(*found))
    # the widest apart first; ties in the order the pair-by-pair reading finds them (i, then j)
    order = np.lexsort((j, i, -gap))
    return [(rows[a], rows[b]) for a, b in zip(i[order].tolist(), j[order].tolist())]


PAIR_BLOCK = 256           # rows compared with all later rows at once (arrays of PAIR_BLOCK × n)


def _pairs_apart(rows: list[dict], members: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(i, j, gap) arrays: the pairs i < j of `members` (one comparison key and region, periods of
    at most a month) whose periods overlap, sources differ, sentences differ and admitted values
    do not meet, with how far apart they are (`_gap`)."""
    ivs = [interval(rows[i]) for i in members]
    if any(x is None for iv in ivs for x in iv):
        found = [(members[a], members[b]) for a in range(len(members)) for b in range(a + 1, len(members))
                 if _rivals(rows[members[a]], rows[members[b]])]
        return (np.array([a for a, _ in found], dtype=int), np.array([b for _, b in found], dtype=int),
                np.array([_gap(rows[a], rows[b]) for a, b in found], dtype=float))
    idx = np.asarray(members)
    lo, hi = np.array([iv[0] for iv in ivs], dtype=float), np.array([iv[1] for iv in ivs], dtype=float)
    start = np.array([rows[i]["holds_start"].toordinal() for i in members])
    end = np.array([rows[i]["holds_end"].toordinal() for i in members])
    source = pd.factorize(pd.Series([rows[i]["source"] for i in members], dtype=object))[0]
    sentence = pd.factorize(pd.Series([(rows[i]["article"], rows[i]["quote"]) for i in members], dtype=object))[0]
    n, ii, jj = len(members), [], []
    for a0 in range(0, n, PAIR_BLOCK):
        a = slice(a0, min(n, a0 + PAIR_BLOCK))
        later = np.arange(n)[None, :] > np.arange(a0, a.stop)[:, None]
        hit = (later & (source[a, None] != source[None, :]) & (sentence[a, None] != sentence[None, :])
               & ~((start[a, None] > end[None, :]) | (start[None, :] > end[a, None]))
               & ((hi[a, None] < lo[None, :]) | (hi[None, :] < lo[a, None])))
        x, y = np.nonzero(hit)
        ii.append(x + a0)
        jj.append(y)
    x, y = np.concatenate(ii), np.concatenate(jj)
    # _gap: the nearer ends' ratio, infinite when the lower of them is 0
    below = hi[x] < lo[y]
    near_lo, near_hi = np.where(below, hi[x], hi[y]), np.where(below, lo[y], lo[x])
    with np.errstate(divide="ignore", invalid="ignore"):
        gap = np.where(near_lo != 0, near_hi / np.where(near_lo != 0, near_lo, 1), np.inf)
    return idx[x], idx[y], gap


def _rivals(a, b) -> bool:
    """The pair-by-pair test (a and b share a comparison key and region)."""
    same_sentence = a["article"] == b["article"] and a["quote"] == b["quote"]
    return a["source"] != b["source"] and not same_sentence and disagree(a, b)


def _gap(a, b) -> float:
    """How far apart two disagreeing estimates are, as a ratio of the nearer ends."""
    (a0, a1), (b0, b1) = interval(a), interval(b)
    lo, hi = (a1, b0) if a1 < b0 else (b1, a0)
    return hi / lo if lo else math.inf


def _short(text: str) -> str:
    return shorten(text, QUOTE_WIDTH)


def _said(r, unit: str) -> str:
    return f"{row_figure(r, unit)}: {r['chain']}"


def _admits(iv: tuple[float, float], unit: str) -> str:
    low, high = iv
    if math.isinf(high):
        return f"only values above {amount(low, unit)}"
    if not low:
        return f"only values up to {amount(high, unit)}"
    return amount(low, unit) if low == high else f"only {amount(low, unit)} to {amount(high, unit)}"


def why(a, b, unit: str) -> str:
    """Why two estimates cannot both hold: the same thing counted, overlapping periods, admitted
    values that do not meet."""
    what = key_words(comparison_key(a, unit)) or "the same metric"
    when = a["holds"] if a["holds"] == b["holds"] else f"{a['holds']} and {b['holds']}, which overlap"
    return (f"Both count {what}, for {when}; {a['source']} admits {_admits(interval(a), unit)}, "
            f"{b['source']} {_admits(interval(b), unit)}: no value satisfies both.")


def figure_pairs(snapshot) -> list[tuple]:
    """(metric, region, a, b) for every pair of figures that disagree, in the table's order: the
    catalogue's metrics, regions sorted, the widest apart first."""
    out = []
    for m in snapshot.catalogue:
        est = estimates_of(snapshot, m.id)
        for region, part in est.groupby("region", sort=True):
            out += [(m, region, a, b) for a, b in disagreements(part, m.unit)]
    return out


def figure_row(m, region: str, a, b, corrected: dict) -> dict:
    """One row of the table for a pair of `figure_pairs`; `corrected`: ref → correction."""
    notes = sorted({corrected.get(r) for r in [*a["refs"], *b["refs"]] if corrected.get(r)})
    about = group_label(m.label, comparison_key(a, m.unit), m.charts[0] if m.charts else "", region)
    return {"kind": "figure", "about": about,
            "period": a["holds"] if a["holds"] == b["holds"] else f"{a['holds']} / {b['holds']}",
            "one says": _said(a, m.unit), "refs": refs(a["refs"]), "quote": _short(a["quote"]),
            "other says": _said(b, m.unit), "their refs": refs(b["refs"]),
            "their quote": _short(b["quote"]), "why": why(a, b, m.unit),
            "status": "; ".join(notes) or "open"}


def _corrected(snapshot) -> dict:
    return dict(zip(snapshot.claims["ref"], snapshot.claims.get("correction", pd.Series(dtype=str))))


def figure_rows(snapshot) -> list[dict]:
    corrected = _corrected(snapshot)
    return [figure_row(m, region, a, b, corrected) for m, region, a, b in figure_pairs(snapshot)]


def _mention(r) -> str:
    return f"{r['outlet'] or 'article ' + r['article']} ({r['path']}:{r['line']})"


def date_rows(events: pd.DataFrame) -> list[dict]:
    """Each pair of dates one event is given that cannot both be right, as the articles print them."""
    rows = []
    if events.empty:
        return rows
    for _, ev in events.groupby("event", sort=True):
        printed = ev.groupby("as_printed", sort=True)
        dates = list(printed.groups)
        for i, d1 in enumerate(dates):
            for d2 in dates[i + 1:]:
                p1, p2 = period_bounds(d1), period_bounds(d2)
                if not p1 or not p2 or not (p1[1] < p2[0] or p2[1] < p1[0]):
                    continue
                a, b = printed.get_group(d1), printed.get_group(d2)
                both = pd.concat([a, b])
                notes = sorted({n for n in both["correction"] if n})
                settled = both["date"].nunique() == 1
                status = ("settled by " + "; ".join(notes)) if settled and notes else "; ".join(notes) or "open"
                rows.append({"kind": "date", "about": ev["label"].iloc[0], "period": f"{d1} / {d2}",
                             "one says": f"{d1}: " + ", ".join(_mention(r) for r in a.to_dict("records")),
                             "refs": "", "quote": _short(a["quote"].iloc[0]),
                             "other says": f"{d2}: " + ", ".join(_mention(r) for r in b.to_dict("records")),
                             "their refs": "", "their quote": _short(b["quote"].iloc[0]),
                             "why": f"One event, two dates that do not overlap: {d1} and {d2}.", "status": status})
    return rows


def name_rows(names: pd.DataFrame, families: list[dict]) -> list[dict]:
    """Each use of a known wrong name, beside the organisation's right name (from the same article
    family when one has it, else the first article that uses it)."""
    rows = []
    if names.empty:
        return rows
    family = {m: f["origin"] for f in families for m in f["members"]}
    for r in names[names["misnamed"]].drop_duplicates(["source", "name", "article"]).to_dict("records"):
        right = names[(names["source"] == r["source"]) & ~names["misnamed"]]
        right = right.assign(_kin=[family.get(a) != family.get(r["article"]) or a not in family for a in right["article"]])
        right = right.sort_values(["_kin", "article"], kind="stable")
        other = right.iloc[0] if len(right) else None
        status = f"same organisation: {r['source']} (alias table, sources.yml)"
        if r["correction"]:
            status += f"; {r['correction']}"
        rows.append({"kind": "name", "about": r["source"], "period": "",
                     "one says": f"‘{other['name']}’: {_mention(other)}" if other is not None else r["source"],
                     "quote": _short(other["quote"]) if other is not None else "",
                     "other says": f"‘{r['name']}’: {_mention(r)}", "their quote": _short(r["quote"]),
                     "refs": "", "their refs": "",
                     "why": f"‘{r['name']}’ is a known wrong name for {r['source']} (sources.yml).",
                     "status": status})
    return rows


def disagreement_table(snapshot) -> pd.DataFrame:
    """Every disagreement the snapshot holds: figures, then dates, then names."""
    rows = figure_rows(snapshot) + date_rows(snapshot.events) + name_rows(snapshot.names, snapshot.families)
    return pd.DataFrame(rows, columns=DISAGREEMENT_COLUMNS)


class Disagreements:
    """`disagreement_table` without holding it: its length, its first rows, and its rows a chunk
    at a time. At 10,000 generated articles the table has a million rows (a gigabyte of CSV, most
    of a notebook kernel's 5.5 GB and minutes to build, issue 18) while the report shows
    MAX_DISAGREEMENTS_SHOWN of them: the pairs are found at once (arrays), and only the rows
    asked for are written out in words. The rows are those of `disagreement_table`, in its order."""

    def __init__(self, snapshot):
        self.pairs = figure_pairs(snapshot)
        self.others = date_rows(snapshot.events) + name_rows(snapshot.names, snapshot.families)
        self.corrected = _corrected(snapshot)
        self._words: dict[int, dict] = {}

    def _of(self, m, region: str, r) -> dict:
        """The words of one estimate, written once: an estimate is in many pairs (at 10,000
        articles, thousands), and its figure, quote, ledger numbers and corrections are the same
        in each. Keyed by the row's identity: the rows live as long as `pairs`."""
        words = self._words.get(id(r))
        if words is None:
            key = comparison_key(r, m.unit)
            words = self._words[id(r)] = {
                "said": _said(r, m.unit), "refs": refs(r["refs"]), "quote": _short(r["quote"]),
                "notes": {self.corrected.get(n) for n in r["refs"] if self.corrected.get(n)},
                "about": group_label(m.label, key, m.charts[0] if m.charts else "", region),
                "what": key_words(key) or "the same metric", "admits": _admits(interval(r), m.unit)}
        return words

    def _row(self, m, region: str, a, b) -> dict:
        """`figure_row(m, region, a, b, corrected)`, from the words of each side."""
        x, y = self._of(m, region, a), self._of(m, region, b)
        when = a["holds"] if a["holds"] == b["holds"] else f"{a['holds']} and {b['holds']}, which overlap"
        return {"kind": "figure", "about": x["about"],
                "period": a["holds"] if a["holds"] == b["holds"] else f"{a['holds']} / {b['holds']}",
                "one says": x["said"], "refs": x["refs"], "quote": x["quote"],
                "other says": y["said"], "their refs": y["refs"], "their quote": y["quote"],
                "why": (f"Both count {x['what']}, for {when}; {a['source']} admits {x['admits']}, "
                        f"{b['source']} {y['admits']}: no value satisfies both."),
                "status": "; ".join(sorted(x["notes"] | y["notes"])) or "open"}

    def __len__(self) -> int:
        return len(self.pairs) + len(self.others)

    def head(self, n: int) -> pd.DataFrame:
        rows = [self._row(*p) for p in self.pairs[:n]] + self.others[:max(0, n - len(self.pairs))]
        return pd.DataFrame(rows, columns=DISAGREEMENT_COLUMNS)

    def chunks(self, size: int = 20_000):
        """The whole table, `size` rows at a time (DataFrames with its columns)."""
        for i in range(0, len(self.pairs), size):
            yield pd.DataFrame([self._row(*p) for p in self.pairs[i:i + size]],
                               columns=DISAGREEMENT_COLUMNS)
        if self.others or not self.pairs:
            yield pd.DataFrame(self.others, columns=DISAGREEMENT_COLUMNS)

    def frame(self) -> pd.DataFrame:
        return pd.concat(list(self.chunks()), ignore_index=True)
