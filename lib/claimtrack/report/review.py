"""The review loop: which claims an analyst should look at first, each quote in its context, the
verdicts as gold rows, and the buttons of the review notebook (notebooks/review.ipynb).

The queue puts first the unreviewed claims a wrong reading would hurt most: those behind a headline
(the latest figure of a metric and the one it is compared with), a chart's extreme (its highest or
lowest mark) or a disagreement; then the rest, least confident first. Verdicts go to the corpus's
reviews.csv through `claimtrack.provenance.reviews.record`, from the command line
(`claimtrack review accept|reject|set ID …`) or the notebook's buttons alike.
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from ..extraction.wording import readable, row_figure
from ..provenance import reviews as rv
from ..provenance.disagreements import disagreements
from ..provenance.series import BOUND, estimates
from .snapshot import Snapshot
from .summary import latest_and_previous

QUEUE_COLUMNS = ["claim_id", "ref", "why", "metric", "figure", "confidence", "where", "quote"]
CONTEXT_CHARS = 240          # characters of the article shown either side of a quote in the review notebook
# The gold format of ../shared/devcorpus/README.md (benchmarks/accuracy.py reads it), with issue 15's
# `counted` and `scope` after `region`.
GOLD_COLUMNS = ["file", "metric", "value", "low", "high", "qualifier", "unit", "as_of", "attributed_to", "region",
                "counted", "scope", "quote", "notes"]
NOT_A_CLAIM = "other"        # the gold's metric for a number that is not a claim of any metric


def drivers(snapshot: Snapshot) -> dict[int, list[str]]:
    """Ledger number → why a reader depends on it: 'headline', 'chart extreme', 'disagreement'."""
    why: dict[int, list[str]] = {}

    def mark(refs, reason):
        for r in refs:
            if reason not in why.setdefault(int(r), []):
                why[int(r)].append(reason)

    for m in snapshot.catalogue:
        est = estimates(snapshot.claims, m.id)
        for _, part in est.groupby("region", sort=True):
            last, prev = latest_and_previous(part)
            for row in (last, prev):
                if row is not None:
                    mark(row["refs"], f"headline: {m.label}")
            drawn = part[part["bound"] != "vague"]
            for col, pick in (("high", "idxmax"), ("low", "idxmin")):
                vals = pd.to_numeric(drawn[col], errors="coerce").replace([math.inf, -math.inf], float("nan")).dropna()
                if len(vals):
                    mark(drawn.loc[getattr(vals, pick)(), "refs"], f"chart extreme: {m.label}")
            for a, b in disagreements(part):
                mark(list(a["refs"]) + list(b["refs"]), f"disagreement: {m.label}")
    return why


def queue(snapshot: Snapshot) -> pd.DataFrame:
    """The unreviewed claims, those a headline, a chart extreme or a disagreement rests on first,
    then by confidence (lowest first); claims of no metric ('other') last. `queue(snap).head()`"""
    c = snapshot.claims
    c = c[~c["reviewed"]] if "reviewed" in c else c
    why = drivers(snapshot)
    units = {m.id: m.unit for m in snapshot.catalogue}
    rows = [{"claim_id": r["claim_id"], "ref": r["ref"], "why": "; ".join(why.get(int(r["ref"]), [])),
             "metric": r["metric"],
             "figure": row_figure({**r, "bound": BOUND.get(r["qualifier"], "point")}, units.get(r["metric"], r["unit"])),
             "confidence": r["confidence"], "where": f"{r['path']}:{r['line']}",
             "quote": " ".join(readable(r["quote"]).split())} for r in c.to_dict("records")]
    q = pd.DataFrame(rows, columns=QUEUE_COLUMNS)
    q["_rank"] = [0 if w else 2 if m == NOT_A_CLAIM else 1 for w, m in zip(q["why"], q["metric"])]
    return q.sort_values(["_rank", "confidence", "ref"], kind="stable").drop(columns="_rank").reset_index(drop=True)


def find(snapshot: Snapshot, claim: str) -> pd.Series:
    """The claim with this id (or ledger number '#12' / '12'), kept or rejected; KeyError saying how to list them."""
    frames = [f for f in (snapshot.claims, snapshot.rejected) if len(f)]
    both = pd.concat(frames) if frames else snapshot.claims
    key = str(claim).strip()
    # an id first: a 12-hex-digit id can be all digits ("377303101149"), which is no ledger number
    hit = both[both["claim_id"] == key]
    if hit.empty and key.lstrip("#").isdigit():
        hit = both[both["ref"].astype(str) == key.lstrip("#")]
    if hit.empty:
        raise KeyError(f"no claim {claim!r} in this corpus: `claimtrack review CORPUS` lists the claim ids")
    return hit.iloc[0]


def context(snapshot: Snapshot, claim: str, chars: int = CONTEXT_CHARS) -> tuple[str, str, str, str]:
    """(before, quote up to the figure, the figure as written, after): the sentence in the article around it."""
    r = find(snapshot, claim)
    art = next(a for a in snapshot.corpus.articles if a.path == r["path"])
    s, e, ms, me = int(r["start"]), int(r["end"]), int(r["mention_start"]), int(r["mention_end"])
    raw = art.raw
    return (raw[max(0, s - chars):s], raw[s:ms], raw[ms:me], raw[me:e] + raw[e:e + chars])


def record(snapshot: Snapshot, claim: str, verdict: str, field: str = "", value: str = "", note: str = "",
           who: str | None = None, when=None) -> rv.Verdict:
    """Append a verdict on one claim (id or '#n') to the snapshot's reviews.csv.
    `record(snap, '#14', 'reject', note='500 officers are part of the contingent')`"""
    r = find(snapshot, claim)
    return rv.record(snapshot.reviews_path, r["claim_id"], verdict, field, value, note, who, when,
                     article=r["path"], says=r["surface"])


def gold_rows(snapshot: Snapshot) -> pd.DataFrame:
    """The reviewed claims as gold rows (benchmarks/accuracy.py reads them): an accepted claim as
    extracted, with any field an analyst set; a rejected one as metric 'other', a number that is
    not a claim of the metric extraction gave it (its verdict in `notes`)."""
    rows = []
    units = {m.id: m.unit for m in snapshot.catalogue}
    for frame, rejected in ((snapshot.claims, False), (snapshot.rejected, True)):
        if not len(frame) or "reviewed" not in frame:
            continue
        for r in frame[frame["reviewed"]].to_dict("records"):
            metric = NOT_A_CLAIM if rejected else r["metric"]
            rows.append({"file": r["path"], "metric": metric, "value": r["value"], "low": r["low"], "high": r["high"],
                         "qualifier": r["qualifier"], "unit": units.get(r["metric"], r["unit"]), "as_of": r["as_of"],
                         "attributed_to": r.get("source") or r["attributed_to"], "region": r["region"],
                         "counted": r.get("counted", ""), "scope": r.get("scope", ""),
                         "quote": " ".join(readable(r["quote"]).split()),
                         "notes": f"claim {r['claim_id']} ({r['metric']}): {r['review']}"})
    g = pd.DataFrame(rows, columns=GOLD_COLUMNS)
    return g.sort_values(["file", "quote"], kind="stable").reset_index(drop=True)


def export_gold(snapshot: Snapshot, out: str | Path) -> Path:
    """Write `gold_rows` as CSV to `out` (written to a temporary name, then renamed into place)."""
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    gold_rows(snapshot).to_csv(tmp, index=False)
    tmp.replace(out)
    return out


PANEL_SHOWN = 15             # claims the review notebook shows at once (the queue's head)
_MARK = "background:#ffe08a;font-weight:bold"


def context_html(snapshot: Snapshot, claim: str) -> str:
    """The quote in its paragraph, the figure highlighted, everything HTML-escaped."""
    from html import escape

    parts = context(snapshot, claim)
    pad = ""
    if any(readable(x) != x for x in parts):
        parts, pad = tuple(readable(x) for x in parts), " "     # an HTML page's tags taken out (words kept apart)
    before, lead, figure, after = parts
    return (f"<span style='color:#777'>…{escape(before)}</span>{escape(lead)}{pad}<span style='{_MARK}'>"
            f"{escape(figure)}</span>{pad}{escape(after)}…")


class Panel:
    """The review notebook's widget: the head of the queue, each claim with its quote in context,
    Accept / Reject buttons, a note, and a field to set; each click appends to reviews.csv.
    `review.Panel(snap, who="A. Analyst")` as a cell's last line shows it in JupyterLab."""

    FIELDS = tuple(rv.SETTABLE)

    def __init__(self, snapshot: Snapshot, who: str = "", shown: int = PANEL_SHOWN):
        import ipywidgets as w

        self.snapshot, self.who = snapshot, who or None
        self.queue = queue(snapshot).head(shown)
        self.rows = [_Row(self, r, w) for r in self.queue.to_dict("records")]
        total = len(queue(snapshot))
        head = w.HTML(f"<b>{total} claims to review</b> ({snapshot.label}); the {len(self.rows)} shown first are "
                      f"those a headline, a chart's extreme or a disagreement rests on, then the least confident. "
                      f"Verdicts go to <code>{snapshot.reviews_path.name}</code> beside the manifest; re-run the "
                      f"notebook for the next ones.")
        self.widget = w.VBox([head, *[r.box for r in self.rows]])

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)

    def __repr__(self) -> str:
        return f"<review.Panel: {len(self.rows)} claims shown, verdicts to {self.snapshot.reviews_path}>"


class _Row:
    """One claim of the panel and its buttons."""

    def __init__(self, panel: Panel, claim: dict, w):
        self.panel, self.claim = panel, claim
        cid = claim["claim_id"]
        title = (f"<b>#{claim['ref']} {claim['figure']}</b> as <code>{claim['metric']}</code> · confidence "
                 f"{claim['confidence']:.2f} · {claim['where']} · <code>{cid}</code>"
                 + (f"<br><i>{claim['why']}</i>" if claim["why"] else ""))
        self.accept = w.Button(description="Accept", button_style="success", icon="check")
        self.reject = w.Button(description="Reject", button_style="danger", icon="times")
        self.note = w.Text(placeholder="note: why (kept with the verdict)", layout=w.Layout(width="32em"))
        self.field = w.Dropdown(options=Panel.FIELDS, value="counted", layout=w.Layout(width="9em"))
        self.value = w.Text(placeholder="value", layout=w.Layout(width="12em"))
        self.set = w.Button(description="Set", icon="pencil")
        self.status = w.HTML("")
        self.accept.on_click(lambda _: self.record("accept"))
        self.reject.on_click(lambda _: self.record("reject"))
        self.set.on_click(lambda _: self.record("set", self.field.value, self.value.value))
        self.box = w.VBox([w.HTML(title), w.HTML(f"<div style='line-height:1.4'>{context_html(panel.snapshot, cid)}</div>"),
                           w.HBox([self.accept, self.reject, self.note]), w.HBox([self.field, self.value, self.set]),
                           self.status], layout=w.Layout(border="1px solid #ddd", padding="6px", margin="4px 0"))

    def record(self, verdict: str, field: str = "", value: str = "") -> None:
        """Append the verdict; the row says what was recorded, or why not."""
        from html import escape

        try:
            v = record(self.panel.snapshot, self.claim["claim_id"], verdict, field, value, self.note.value,
                       self.panel.who)
        except (KeyError, rv.ReviewsError) as exc:
            self.status.value = f"<span style='color:#b00'>not recorded: {escape(str(exc.args[0]))}</span>"
            return
        self.status.value = f"<span style='color:#070'>recorded: {escape(v.text())}</span>"


def recorded(snapshot: Snapshot):
    """The verdicts in reviews.csv, in file order, as a table. `review.recorded(snap)`"""
    from .display import Table

    rows = [{"line": v.line, "claim": v.claim, "article": v.article, "says": v.says, "verdict": v.verdict,
             "field": v.field, "value": v.value, "note": v.note, "who": v.who, "when": v.when} for v in snapshot.reviews]
    return Table(pd.DataFrame(rows, columns=["line", "claim", "article", "says", "verdict", "field", "value", "note",
                                             "who", "when"]),
                 f"Verdicts in {snapshot.reviews_path.name} (problems with them are in snap.corpus.problems).",
                 f"No verdicts yet ({snapshot.reviews_path.name} is made on the first).")
