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

import csv
import io
import math
import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..extraction.periods import period_bounds
from ..extraction.wording import amount, missing, refs, row_figure, shorten
from .comparison import comparison_key, group_label, is_sub_count, key_words
from .series import estimates_of, kept

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


class Pairs(Sequence):
    """The disagreeing pairs of a set of estimates, widest apart first, kept as two index arrays
    into its dated rows: counted, sliced and read pair by pair without building every pair. At
    10,000 generated articles a metric has a million (issue 18), while the summary reads the count
    and the first three, and the table writes them out a column at a time (`Disagreements`)."""

    def __init__(self, rows: list[dict], i: np.ndarray, j: np.ndarray):
        self.rows, self.i, self.j = rows, i, j

    def __len__(self) -> int:
        return len(self.i)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [(self.rows[a], self.rows[b]) for a, b in zip(self.i[k].tolist(), self.j[k].tolist())]
        return self.rows[int(self.i[k])], self.rows[int(self.j[k])]


def disagreements(est: pd.DataFrame, unit: str = "") -> list[tuple[dict, dict]]:
    """Pairs of estimates from different sources that cannot both be right, the widest apart first.
    Only like with like (comparison.comparison_key, sub-counts never): 500 officers do not contradict 12,000 troops,
    nor 40 killed 300 casualties. `disagreement_pairs` gives the same pairs without listing them."""
    return list(disagreement_pairs(est, unit))


def disagreement_pairs(est: pd.DataFrame, unit: str = "") -> Pairs:
    """`disagreements(est, unit)` as `Pairs`.

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
        return Pairs(rows, np.zeros(0, dtype=int), np.zeros(0, dtype=int))
    i, j, gap = (np.concatenate(x) for x in zip(*found))
    # the widest apart first; ties in the order the pair-by-pair reading finds them (i, then j)
    order = np.lexsort((j, i, -gap))
    return Pairs(rows, i[order], j[order])


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


def figure_groups(snapshot) -> list[tuple]:
    """(metric, region, Pairs) for every metric and region with estimates, in the table's order:
    the catalogue's metrics, regions sorted; within each the widest apart first. Found once per
    snapshot (`series.kept`): the sources notebook and the ledger both ask."""
    return kept(snapshot, ("figure_groups",), lambda: _figure_groups(snapshot))


def _figure_groups(snapshot) -> list[tuple]:
    out = []
    for m in snapshot.catalogue:
        est = estimates_of(snapshot, m.id)
        for region, part in est.groupby("region", sort=True):
            out.append((m, region, disagreement_pairs(part, m.unit)))
    return out


def figure_pairs(snapshot) -> list[tuple]:
    """(metric, region, a, b) for every pair of figures that disagree, in the table's order."""
    return [(m, region, a, b) for m, region, pairs in figure_groups(snapshot) for a, b in pairs]


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
        # what each printed date contributes to a row, worked out once: at 10,000 articles a date is
        # printed by thousands of articles, and every pair of dates lists them all (issue 18)
        said = {}
        for d, part in ev.groupby("as_printed", sort=True):
            said[d] = {"mentions": ", ".join(_mention(r) for r in part.to_dict("records")),
                       "quote": _short(part["quote"].iloc[0]), "notes": {n for n in part["correction"] if n},
                       "dates": set(part["date"].dropna()),
                       "bounds": period_bounds(d)}
        dates = list(said)
        for i, d1 in enumerate(dates):
            for d2 in dates[i + 1:]:
                a, b = said[d1], said[d2]
                p1, p2 = a["bounds"], b["bounds"]
                if not p1 or not p2 or not (p1[1] < p2[0] or p2[1] < p1[0]):
                    continue
                notes = sorted(a["notes"] | b["notes"])
                # pandas' nunique: the distinct dates, missing ones not counted
                settled = len(a["dates"] | b["dates"]) == 1
                status = ("settled by " + "; ".join(notes)) if settled and notes else "; ".join(notes) or "open"
                rows.append({"kind": "date", "about": ev["label"].iloc[0], "period": f"{d1} / {d2}",
                             "one says": f"{d1}: " + a["mentions"], "refs": "", "quote": a["quote"],
                             "other says": f"{d2}: " + b["mentions"], "their refs": "", "their quote": b["quote"],
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
    """`disagreement_table` without holding it: its length, its first rows, its rows a chunk at a
    time, and its CSV. At 10,000 generated articles the table has 1.3 million rows (a gigabyte of
    CSV, most of a notebook kernel's 5.5 GB and minutes to build, issue 18) while the report shows
    MAX_DISAGREEMENTS_SHOWN of them: the pairs are found at once (arrays, `Pairs`), each estimate
    is put in words once, and the rows are put together a column at a time from those words. The
    rows are those of `disagreement_table`, in its order, and the CSV its bytes (tested)."""

    def __init__(self, snapshot):
        self.groups = [(m, region, p) for m, region, p in figure_groups(snapshot) if len(p)]
        self.others = date_rows(snapshot.events) + name_rows(snapshot.names, snapshot.families)
        self.corrected = _corrected(snapshot)

    def _words(self, m, region: str, rows: list[dict], used: np.ndarray) -> dict[str, np.ndarray]:
        """The words of each estimate in `used` (indices into `rows`), as object arrays indexed
        like `rows`: an estimate is in many pairs (at 10,000 articles, thousands), and its figure,
        quote, ledger numbers and corrections are the same in each."""
        names = ("said", "refs", "quote", "about", "what", "holds", "admits_as_first", "admits_as_second")
        out = {k: np.empty(len(rows), dtype=object) for k in names}
        notes = np.empty(len(rows), dtype=object)
        for k in used.tolist():
            r = rows[k]
            key = comparison_key(r, m.unit)
            admits = _admits(interval(r), m.unit)
            for name, value in (("said", _said(r, m.unit)), ("refs", refs(r["refs"])), ("quote", _short(r["quote"])),
                                ("about", group_label(m.label, key, m.charts[0] if m.charts else "", region)),
                                ("what", key_words(key) or "the same metric"), ("holds", r["holds"]),
                                ("admits_as_first", f"{r['source']} admits {admits}"),
                                ("admits_as_second", f"{r['source']} {admits}")):
                out[name][k] = value
            notes[k] = frozenset(self.corrected.get(n) for n in r["refs"] if self.corrected.get(n))
        out["notes"] = notes
        return out

    def _columns(self, m, region: str, pairs: Pairs) -> dict[str, list]:
        """The table's columns for one metric and region's pairs (`figure_row` of each pair)."""
        i, j = pairs.i, pairs.j
        w = self._words(m, region, pairs.rows, np.union1d(i, j))
        ha, hb = w["holds"][i].tolist(), w["holds"][j].tolist()
        period = [a if a == b else f"{a} / {b}" for a, b in zip(ha, hb)]
        why = [f"Both count {what}, for {a if a == b else f'{a} and {b}, which overlap'}; {x}, {y}: "
               "no value satisfies both."
               for what, a, b, x, y in zip(w["what"][i], ha, hb, w["admits_as_first"][i], w["admits_as_second"][j])]
        na, nb = w["notes"][i], w["notes"][j]
        status = ["; ".join(sorted(x | y)) or "open" if x or y else "open" for x, y in zip(na, nb)]
        return {"kind": ["figure"] * len(i), "about": w["about"][i], "period": period, "one says": w["said"][i],
                "refs": w["refs"][i], "quote": w["quote"][i], "other says": w["said"][j], "their refs": w["refs"][j],
                "their quote": w["quote"][j], "why": why, "status": status}

    def _row(self, m, region: str, a, b) -> dict:
        return figure_row(m, region, a, b, self.corrected)

    def __len__(self) -> int:
        return sum(len(p) for _, _, p in self.groups) + len(self.others)

    def head(self, n: int) -> pd.DataFrame:
        rows: list[dict] = []
        for m, region, pairs in self.groups:
            if len(rows) >= n:
                break
            rows += [self._row(m, region, a, b) for a, b in pairs[:n - len(rows)]]
        rows += self.others[:max(0, n - len(rows))]
        return pd.DataFrame(rows, columns=DISAGREEMENT_COLUMNS)

    def chunks(self, size: int = 20_000):
        """The whole table, at most `size` rows at a time (DataFrames with its columns)."""
        for m, region, pairs in self.groups:
            for k in range(0, len(pairs), size):
                part = Pairs(pairs.rows, pairs.i[k:k + size], pairs.j[k:k + size])
                yield pd.DataFrame(self._columns(m, region, part), columns=DISAGREEMENT_COLUMNS)
        if self.others or not self.groups:
            yield pd.DataFrame(self.others, columns=DISAGREEMENT_COLUMNS)

    def frame(self) -> pd.DataFrame:
        return pd.concat(list(self.chunks()), ignore_index=True)

    def write_csv(self, path) -> None:
        """The table as CSV: the bytes `DataFrame.to_csv(index=False)` writes (tested). Each
        estimate's fields are encoded once (`csv_field`) and a row is its two sides' encoded
        fields joined with the pair's own (period, why, status): at 10,000 articles the 1.3 million
        rows are a gigabyte, and encoding every field of every row (pandas, or the csv module row
        by row) took 20-45 s of CPU (issue 18)."""
        with open(path, "wb") as fh:
            fh.write((",".join(map(csv_field, DISAGREEMENT_COLUMNS)) + "\n").encode())
            for m, region, pairs in self.groups:
                for k in range(0, len(pairs), CSV_BLOCK):
                    fh.write(self._lines(m, region, pairs.i[k:k + CSV_BLOCK], pairs.j[k:k + CSV_BLOCK], pairs.rows))
            for r in self.others:
                fh.write((",".join(_field(r.get(c)) for c in DISAGREEMENT_COLUMNS) + "\n").encode())

    def _lines(self, m, region: str, i: np.ndarray, j: np.ndarray, rows: list[dict]) -> bytes:
        """The CSV lines of pairs (i, j) of one metric and region: `figure_row` of each pair,
        encoded. "why" always holds a comma, so it is always quoted: its parts are escaped once
        each (quotes doubled) and put inside one pair of quotes."""
        used = np.union1d(i, j)
        w = self._words(m, region, rows, used)
        n = len(rows)
        head, side, what, first, second = ([b""] * n for _ in range(5))
        for k in used.tolist():
            head[k] = b"figure," + _field(w["about"][k]).encode()
            side[k] = f"{_field(w['said'][k])},{_field(w['refs'][k])},{_field(w['quote'][k])}".encode()
            what[k], first[k], second[k] = (_inside(w[c][k]) for c in ("what", "admits_as_first", "admits_as_second"))
        holds = w["holds"].tolist()
        notes = w["notes"].tolist()
        periods: dict[tuple, tuple[bytes, bytes]] = {}     # (holds, holds) → (period field, "when" inside why)
        out = []
        for a, b in zip(i.tolist(), j.tolist()):
            ha, hb = holds[a], holds[b]
            period = periods.get((ha, hb))
            if period is None:
                period = periods[(ha, hb)] = ((_field(ha).encode(), _inside(ha)) if ha == hb else
                                              (_field(f"{ha} / {hb}").encode(), _inside(f"{ha} and {hb}, which overlap")))
            x, y = notes[a], notes[b]
            status = _field("; ".join(sorted(x | y)) or "open").encode() if x or y else b"open"
            out.append(b'%s,%s,%s,%s,"Both count %s, for %s; %s, %s: no value satisfies both.",%s\n'
                       % (head[a], period[0], side[a], side[b], what[a], period[1], first[a], second[b], status))
        return b"".join(out)


def _inside(value) -> bytes:
    """Text as part of a quoted CSV field: its quotes doubled."""
    return ("" if missing(value) else str(value)).replace('"', '""').encode()


# A CSV field as the csv module writes it (QUOTE_MINIMAL, quotes doubled, "\n" ending the line),
# which is how pandas writes one. A field with a comma, a quote or a newline is quoted in every
# Python version; the rare other cases that a version might quote (a carriage return, an empty
# field) are left to the csv module itself.
_QUOTED = re.compile(r'[,"\n]')
_ASK = re.compile(r"\r|^$")


def _field(value) -> str:
    """A cell as pandas writes it: missing is empty, anything else its text."""
    return csv_field("" if missing(value) else str(value))


def csv_field(text: str) -> str:
    """`text` as one field of a CSV line written by csv.writer(lineterminator="\n")."""
    if _QUOTED.search(text):
        return '"' + text.replace('"', '""') + '"'
    if _ASK.search(text):
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow([text, ""])
        return buf.getvalue()[:-2]
    return text


CSV_BLOCK = 100_000            # pairs put in words at once when writing the CSV (bounds the memory)
