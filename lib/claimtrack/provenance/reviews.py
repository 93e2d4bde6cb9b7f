"""Reviews as data: an analyst's verdict on a claim, kept in `reviews.csv` beside the manifest,
obeyed by every report; the articles are never edited.

    claim,verdict,field,value,note,who,when,article,says
    c3f9a1b2e07d,reject,,,500 officers are part of the contingent,A. Analyst,2026-12-04,01_x.txt,500 officers
    5b21e0c4d9aa,set,counted,officers,,A. Analyst,2026-12-04,01_x.txt,500 officers
    9e77f3c0a4b1,accept,,,,A. Analyst,2026-12-04,02_y.txt,"12,000"

A claim is named by `claim_id`: a hash of its article file, the metric extraction gave it, and
the figure in its sentence (the sentence's words, where the figure sits in it, how it is written,
and which repeat of that sentence it is). Offsets into the file are left out on purpose: an
analyst who mends an earlier paragraph of an article must not orphan the verdicts on the
paragraphs after it. Ids written before this rule (file offsets, `legacy_claim_id`) still match.
Re-running the extraction, or changing the code in a way that keeps the mention and its metric,
keeps the id; a verdict whose claim no longer exists is a problem row naming the line, never
silently dropped. `article` and `says` are
for the reader of the file and for that message, not for matching.

Verdicts: `accept` (the claim is right as extracted), `reject` (it is not a claim of its metric: it
leaves charts, tables and headlines and is listed with the verdict in the ledger), `set FIELD VALUE`
(a field overridden: metric, counted, scope, value, period, source). The file is only ever appended
to (`record`); for a claim the last accept/reject wins, and the last `set` of each field.
"""

from __future__ import annotations

import csv
import datetime as dt
import getpass
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..extraction.periods import period_bounds
from ..extraction.quantities import find_quantities
from ..reading.manifest import REVIEWS_NAME
from ..reading.problems import Problem

COLUMNS = ["claim", "verdict", "field", "value", "note", "who", "when", "article", "says"]
VERDICTS = ("accept", "reject", "set")
# What `set` may override, and the claim columns each one writes.
SETTABLE = {"metric": ("metric",), "counted": ("counted",), "scope": ("scope",), "value": ("value", "low", "high"),
            "period": ("as_of",), "source": ("attributed_to", "source")}
ID_LENGTH = 12      # hex digits of the hash: 48 bits, no collision among millions of claims


class ReviewsError(ValueError):
    """A verdict cannot be read or recorded; the message names the file and line, or the field."""


def _hash(*parts) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:ID_LENGTH]


def claim_id(path: str, metric: str, quote: str, at: int, surface: str, repeat: int = 0) -> str:
    """The stable id of a claim: its file, metric, sentence (whitespace folded), the figure's place
    in the sentence and its text, and the repeat of that sentence in the file (0 for the first).

    `claim_id('01_x.txt', 'dprk_troops_in_russia', 'Some 12,000 troops were sent.', 5, '12,000')`
    → a 12-hex-digit id that survives edits elsewhere in the article.
    """
    return _hash(path, metric, " ".join(str(quote).split()), int(at), surface, int(repeat))


def legacy_claim_id(path: str, mention_start: int, mention_end: int, metric: str) -> str:
    """The id verdicts were recorded under before `claim_id` left file offsets out (still matched)."""
    return _hash(path, int(mention_start), int(mention_end), metric)


def add_ids(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims with `claim_id` (and `legacy_id`), computed from the extracted metric before any review."""
    out = claims.copy()
    ids, seen = [], {}
    for p, m, q, s, ms, sf in zip(out["path"], out["metric"], out["quote"], out["start"], out["mention_start"],
                                  out["surface"]):
        key = (p, m, " ".join(str(q).split()), int(ms) - int(s), sf)
        seen[key] = seen.get(key, -1) + 1
        ids.append(claim_id(*key, repeat=seen[key]))
    out["claim_id"] = ids
    out["legacy_id"] = [legacy_claim_id(p, s, e, m) for p, s, e, m in
                        zip(out["path"], out["mention_start"], out["mention_end"], out["metric"])]
    return out


def reviews_path(folder: str | Path, manifest: str | Path | None = None) -> Path:
    """Where the verdicts live: beside the manifest (the corpus folder's own, or the one given)."""
    return Path(manifest).parent / REVIEWS_NAME if manifest else Path(folder) / REVIEWS_NAME


@dataclass(frozen=True)
class Verdict:
    claim: str
    verdict: str            # accept / reject / set
    field: str              # for `set`: one of SETTABLE
    value: str
    note: str
    who: str
    when: str               # YYYY-MM-DD
    article: str
    says: str
    line: int               # line in reviews.csv

    def text(self) -> str:
        """'reviewed by A. Analyst on 2026-12-04: rejected (part of the contingent)'"""
        what = {"accept": "accepted", "reject": "rejected"}.get(self.verdict, f"{self.field} set to {self.value}")
        return f"reviewed by {self.who or 'unknown'} on {self.when}: {what}" + (f" ({self.note})" if self.note else "")


def check_value(field: str, value: str) -> None:
    """Raise ReviewsError when `set field=value` cannot be applied (unknown field, no figure, bad period)."""
    if field not in SETTABLE:
        raise ReviewsError(f"cannot set {field!r}: the fields are {', '.join(SETTABLE)}")
    if not str(value).strip():
        raise ReviewsError(f"set {field}: give a value")
    if field == "value" and not find_quantities(str(value)):
        raise ReviewsError(f"set value {value!r}: not a figure; write e.g. 12000, 10,000-12,000 or 'more than 10,000'")
    if field == "period" and period_bounds(str(value)) is None:
        raise ReviewsError(f"set period {value!r}: write YYYY-MM-DD, YYYY-MM or YYYY")


def load_reviews(path: str | Path) -> tuple[list[Verdict], list[Problem]]:
    """The verdicts in `path` (none when it does not exist), and a problem row for each bad line.
    A bad line never stops the report: it is skipped and named."""
    path = Path(path)
    if not path.is_file():
        return [], []
    label = path.name
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in ("claim", "verdict") if c not in (reader.fieldnames or [])]
        if missing:
            return [], [Problem(label, 1, "reviews-bad-header", "error",
                                f"{path} has no column {', '.join(missing)}; no verdict applied",
                                f"make the first line {','.join(COLUMNS)} (or let `claimtrack review` write the file)")]
        out, problems = [], []
        for row in reader:
            line = reader.line_num
            r = {c: (row.get(c) or "").strip() for c in COLUMNS}
            try:
                if r["verdict"] not in VERDICTS:
                    raise ReviewsError(f"verdict {r['verdict']!r} is not one of {', '.join(VERDICTS)}")
                if r["verdict"] == "set":
                    check_value(r["field"], r["value"])
                out.append(Verdict(**r, line=line))
            except ReviewsError as exc:
                problems.append(Problem(label, line, "review-unreadable", "warning", f"{exc}; this verdict is not applied",
                                        "correct the line, or record the verdict again with `claimtrack review`"))
    return out, problems


def record(path: str | Path, claim: str, verdict: str, field: str = "", value: str = "", note: str = "",
           who: str | None = None, when: str | dt.date | None = None, article: str = "", says: str = "") -> Verdict:
    """Append one verdict to reviews.csv (made with its header when absent); never rewrites a line.
    `record(folder / 'reviews.csv', 'c3f9a1b2e07d', 'reject', note='500 officers: part of the force')`"""
    path = Path(path)
    if verdict not in VERDICTS:
        raise ReviewsError(f"verdict {verdict!r}: write accept, reject or set")
    if verdict == "set":
        check_value(field, value)
    who = who or os.environ.get("CLAIMTRACK_REVIEWER") or getpass.getuser()
    when = (when or dt.date.today()).isoformat() if not isinstance(when, str) else when
    row = {"claim": claim, "verdict": verdict, "field": field if verdict == "set" else "",
           "value": value if verdict == "set" else "", "note": " ".join(note.split()), "who": who, "when": when,
           "article": article, "says": says}
    new = not path.exists() or path.stat().st_size == 0
    with path.open("a", encoding="utf-8", newline="") as f:
        if not new:
            # a file an editor saved without a final newline: start on a line of our own
            with path.open("rb") as g:
                g.seek(-1, os.SEEK_END)
                if g.read(1) not in (b"\n", b"\r"):
                    f.write("\n")
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        if new:
            w.writeheader()
        w.writerow(row)
    return Verdict(**row, line=0)


def latest(verdicts: list[Verdict]) -> dict[str, dict]:
    """Per claim id: its status (the last accept/reject, '' when only fields were set), the last
    value set for each field, and every verdict in order."""
    out: dict[str, dict] = {}
    for v in verdicts:
        d = out.setdefault(v.claim, {"status": "", "set": {}, "verdicts": []})
        d["verdicts"].append(v)
        if v.verdict == "set":
            d["set"][v.field] = v
        else:
            d["status"] = v.verdict
    return out


def _figure(value: str):
    return find_quantities(value)[0]


def apply(claims: pd.DataFrame, verdicts: list[Verdict], label: str = REVIEWS_NAME,
          not_used: set[str] = frozenset()) -> tuple[pd.DataFrame, pd.DataFrame, list[Problem]]:
    """Claims (with `claim_id`) after the verdicts: (kept, rejected, problems).

    Both frames get a `review` column ('reviewed by … on …: rejected (note)'; '' when unreviewed) and
    `reviewed` (bool); `set` verdicts overwrite their columns, the extracted value staying in the
    quote. A verdict for an id no claim has is a problem row: its claim no longer exists (the
    article changed, or extraction no longer reads that figure as that metric). Verdicts on articles
    in `not_used` (published after the report date) are neither applied nor problems.
    """
    out = claims.copy()
    out["review"] = ""
    out["reviewed"] = False
    rejected = pd.Series(False, index=out.index)
    for col in ("counted", "scope"):          # issue 15's fields; set by review before extraction has them
        if col not in out.columns and any(v.field == col for v in verdicts):
            out[col] = ""
    by_id = latest(verdicts)
    index = {cid: i for i, cid in zip(out.index, out["claim_id"])}
    if "legacy_id" in out.columns:        # verdicts recorded under the old, offset-based id
        for i, cid in zip(out.index, out["legacy_id"]):
            index.setdefault(cid, i)
    problems = []
    for cid, d in by_id.items():
        i = index.get(cid)
        if i is None:
            v = d["verdicts"][-1]
            if v.article in not_used:
                continue
            what = f" ({v.article}: ‘{v.says}’)" if v.article or v.says else ""
            problems.append(Problem(label, v.line, "review-unknown-claim", "warning",
                                    f"verdict on claim {cid}{what} matches no claim of this report; not applied",
                                    "the article or the extraction changed: review the claim again "
                                    "(`claimtrack review`), or leave the line as a record"))
            continue
        for fld, v in d["set"].items():
            if fld == "value":
                q = _figure(v.value)
                out.at[i, "value"], out.at[i, "low"], out.at[i, "high"] = q.value, q.low, q.high
                if q.qualifier:
                    out.at[i, "qualifier"] = q.qualifier
            else:
                for col in SETTABLE[fld]:
                    if col in out.columns:
                        out.at[i, col] = v.value
        out.at[i, "reviewed"] = True
        out.at[i, "review"] = "; ".join(v.text() for v in d["verdicts"])
        rejected.at[i] = d["status"] == "reject"
    out = out.drop(columns=["legacy_id"], errors="ignore")
    return out[~rejected].copy(), out[rejected].copy(), problems
