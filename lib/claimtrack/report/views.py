"""What each notebook of the report shows: a snapshot turned into its tables, chart and title.

A notebook stays thin: `view = views.Force(snapshot)`, then `view.chart()` and `view.table()`.
Titles state the finding, computed from the data, so they stay true when articles are added.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd

from ..extraction.wording import amount, readable, refs, row_figure, shorten
from ..provenance.comparison import SCOPE_WORDS, UNSPECIFIED, comparison_key, has_counted, headline_group, key_words, sub_counts
from ..provenance.consensus import consensus_table
from ..provenance.corrections import table as corrections_table
from ..provenance.disagreements import Disagreements
from ..provenance.identity import outlet_names, publisher_of, source_words
from ..provenance.links import LINK_SCORE
from ..provenance.series import BOUND, estimates_of, with_wages
from . import charts
from .display import MAX_REFS_SHOWN, Findings, Sections, Table, safe_url
from .snapshot import Snapshot
from .summary import apart_words, change_text, findings, latest_and_previous, off_scale, summary_table
from .summary import label as group_name
from .tables import articles_table, audit_table, problems_table, sentences_table

TROOPS = "dprk_troops_in_russia"
OTHER_FORCES = ["russian_troops_kursk", "dprk_casualties", "russian_casualties", "dprk_active_military"]
TERRITORY = "ukraine_held_kursk_km2"
BONUS, WAGE = "signing_bonus_rub", "average_monthly_wage_rub"
QUOTE_WIDTH = 220          # characters of a quote shown in chart tables; the ledger shows all
# Rows a long listing shows in the HTML and PDF before it says how many more are in its CSV: at
# 10,000 articles the article list, the families and the disagreements would each be megabytes
# that no reader scrolls (docs/report.md, "The ledger at scale"); the CSVs keep every row.
MAX_ROWS_SHOWN = 200
# The tables under the charts show the latest figures, at most this many each (the panels' table:
# this many per metric); a disagreement takes three rows with two whole quotes, so fewer of those.
# With the ledger rows they link to, these are what a 10,000-article report's HTML grows with
# (benchmarks/report_scale.py: under 3 MB); claims.csv keeps every figure.
MAX_MARKS_SHOWN = 100
MAX_DISAGREEMENTS_SHOWN = 50
# Consensus months shown (those most sources speak of): each row links every claim of its month, so
# the ledger grows with them too; 200 put the 10,000-article page over 3 MB (benchmarks/report_scale.py).
MAX_CONSENSUS_SHOWN = 100
# Outlets named in a table's "reported by" before "and N more".
MAX_OUTLETS_SHOWN = 3


def _cap(frame: pd.DataFrame, caption: str, rest_in: str, limit: int | None = None,
         latest: bool = False) -> tuple[pd.DataFrame, str]:
    """The first `limit` rows (MAX_ROWS_SHOWN by default; with `latest`, the last: the table is in time
    order) and a caption that says where the rest are."""
    limit = MAX_ROWS_SHOWN if limit is None else limit
    n = len(frame)
    if n <= limit:
        return frame, caption
    if latest:
        return frame.tail(limit), f"{caption} The latest {limit} of {n:,} are shown; all are in {rest_in}."
    return frame.head(limit), f"{caption} The first {limit} of {n:,} are shown; all are in {rest_in}."


def _outlets(outlets: str) -> str:
    """'A; B; C and 297 more': a figure restated by hundreds of outlets names its first few."""
    names = outlet_names(outlets)
    if len(names) <= MAX_OUTLETS_SHOWN:
        return "; ".join(names)
    return "; ".join(names[:MAX_OUTLETS_SHOWN]) + f" and {len(names) - MAX_OUTLETS_SHOWN} more"


def _shorten(text: str, width: int = QUOTE_WIDTH) -> str:
    return shorten(text, width)


def charted(est: pd.DataFrame, m) -> tuple[tuple | None, pd.DataFrame, pd.DataFrame]:
    """(key, drawn, apart): what a chart of metric `m`'s estimates draws, one like-for-like group
    (provenance.comparison.headline_group: of its main count, the largest), and the rest, listed
    under the chart. Figures for a region are left to the regional charts when the metric has
    national ones."""
    national = est[est["region"] == ""] if (est["region"] == "").any() else est
    return headline_group(national, m.unit, primary_counted(m))


def primary_counted(m) -> str:
    """The `counted` a metric is about: the first of its `charts:` ('' when it charts all)."""
    return m.charts[0] if m.charts else ""


def headline(snapshot: Snapshot, metric_id: str, est: pd.DataFrame) -> str:
    """'North Korean troops in Russia: latest 10,000–12,000 (2024-11, Pentagon), up from about 3,000 …'"""
    m = snapshot.metric(metric_id)
    # like with like: the latest and the change within the group the chart draws (the main count's largest
    # counting one thing over one scope); the others are listed under the chart, not in the title
    key, group, _ = charted(est, m)
    last, prev = latest_and_previous(group) if key is not None else (None, None)
    if last is None:
        return f"{m.label}: no dated figure in these articles"
    text = f"{group_name(m, '', key)}: latest {row_figure(last, m.unit)} ({last['holds']}, {source_words(last['source'])})"
    text += f", {change_text(last, prev, m.unit)}" if prev is not None else ""
    wild = off_scale(group)
    if not wild.empty:
        text += f"; {len(wild)} figure{'s' * (len(wild) > 1)} off scale, left out (listed under the chart)"
    return text


# Figures of other groups named under a chart before "and N more (table below)".
MAX_APART_NAMED = 8


APART_LEAD = "Counted apart, not drawn (other things counted or other scopes; in the table below)"


def apart_note(m, apart: pd.DataFrame, lead: str = APART_LEAD) -> str:
    """'Counted apart, not drawn (…): in Kursk: 10,000 (#3), 14,000 (#9); …' or ''."""
    if apart.empty:
        return ""
    parts, n = [], 0
    for key, part in sorted(apart.assign(_k=[comparison_key(r, m.unit) for r in apart.to_dict("records")])
                            .groupby("_k", sort=False), key=lambda kv: -len(kv[1])):
        figures = []
        for r in part.to_dict("records"):
            n += 1
            if n <= MAX_APART_NAMED:
                figures.append(f"{row_figure(r, m.unit)} ({refs(r['refs'][:2])})")
        more = len(part) - len(figures)
        if not figures:
            parts.append(f"{apart_words(m, key)}: {more:,} figure{'s' * (more != 1)}")
        else:
            parts.append(f"{apart_words(m, key)}: " + ", ".join(figures) + (f" and {more:,} more" if more else ""))
    return f"{lead}: " + "; ".join(parts) + "."


class View:
    """What every view shares: a short repr and an HTML card in Lab, naming what it can show.
    `views.Force(snap)` as a cell's last line lists `chart()`, `table()`, `vague()`, …"""

    snapshot: Snapshot

    def shows(self) -> list[str]:
        """The view's public methods, in the order they are defined: what a notebook cell calls."""
        names = [n for k in reversed(type(self).__mro__) for n in vars(k) if k not in (View, object)]
        # looked up on the class: a cached property (Sources' disagreements) is not computed for a repr
        return [n for n in dict.fromkeys(names) if not n.startswith("_") and callable(getattr(type(self), n, None))
                and n not in ("shows", "write")]

    def __repr__(self) -> str:
        return f"<views.{type(self).__name__} of {self.snapshot!r}: {', '.join(m + '()' for m in self.shows())}>"

    def _repr_html_(self) -> str:
        from html import escape

        def first_line(obj) -> str:
            return escape(((obj.__doc__ or "").strip().splitlines() or [""])[0])

        doc = first_line(type(self))
        items = "".join(f"<li><code>{escape(m)}()</code> {first_line(getattr(type(self), m))}</li>" for m in self.shows())
        return f"<b>views.{type(self).__name__}</b>: {doc}<ul>{items}</ul><small>{escape(repr(self.snapshot))}</small>"


def marks_table(est: pd.DataFrame, unit: str, caption: str, anchor: str = "", limit: int | None = None) -> Table:
    """The estimates of a chart, each with its ledger numbers and quote (and what it counts, when the
    claims say: `counted` and `scope`); the latest MAX_MARKS_SHOWN (or `limit`), the rest counted."""
    typed = bool(has_counted(est))
    rows = [{"refs": refs(r.refs), "holds": r.holds or "undated", "figure": row_figure(r._asdict(), unit),
             "counts": key_words(("", "", r.counted, r.scope or "unspecified")) if typed else "",
             "original source": r.source, "reported by": _outlets(r.outlets), "first reported": r.first_reported,
             "quote": _shorten(r.quote)} for r in est.itertuples()]
    columns = ["refs", "holds", "figure"] + ["counts"] * typed + ["original source", "reported by",
                                                                   "first reported", "quote"]
    frame, caption = _cap(pd.DataFrame(rows, columns=columns), caption, "claims.csv",
                          MAX_MARKS_SHOWN if limit is None else limit, latest=True)
    return Table(frame, caption, "No figures.", ref_columns=("refs",), anchor=anchor)


class Summary(View):
    """The latest figure of each metric, what changed, where sources disagree.
    `views.Summary(snapshot.load("seeds")).table()`"""

    def __init__(self, snapshot: Snapshot):
        self.snapshot = snapshot
        self.frame = summary_table(snapshot)

    def overview(self) -> Table:
        s = self.snapshot
        facts = pd.DataFrame([
            {"": "report", "value": s.label},
            {"": "articles used", "value": f"{len(s.corpus.articles)}"},
            {"": "articles left out (published after the report date)", "value": f"{len(s.left_out)}"},
            {"": "claims", "value": f"{len(s.claims)}"},
            {"": "claims reviewed by an analyst", "value": reviewed_text(s)},
            {"": "outlets", "value": ", ".join(sorted({a.metadata.get('outlet') or '(unknown)' for a in s.corpus.articles}))},
            {"": "published", "value": _span([a.metadata.get("published", "") for a in s.corpus.articles])},
        ])
        return Table(facts)

    def findings(self) -> Findings:
        """The findings in sentences, computed from the data, every figure with its #n links."""
        return Findings(findings(self.snapshot))

    def table(self) -> Table:
        return Table(self.frame, "Latest figure of each metric and of each thing it counts; '#n' links to the "
                     "claim in the claims ledger.", "No dated figures in these articles.",
                     ref_columns=("refs",), anchor="summary-table")


def _article_link(url: str) -> list[tuple[str, str]]:
    """[(url, 'article ↗ host')] when the manifest gives an http(s) URL; else nothing."""
    ok = safe_url(url)
    return [(ok, f"article ↗ {urlsplit(ok).netloc}")] if ok else []


def _with_sub_counts(snapshot: Snapshot, metric: str) -> pd.DataFrame:
    """Estimates of a metric including the sub-counts the series leaves out of the charts."""
    return estimates_of(snapshot, metric, charted_only=False)


def reviewed_text(s: Snapshot) -> str:
    """'3 of 45; 2 more rejected and left out (listed in the claims ledger)' or '0 of 45 (no verdicts recorded)'."""
    claims = s.claims
    n = int(claims["reviewed"].sum()) if "reviewed" in claims else 0
    text = f"{n} of {len(claims)}" + ("" if s.reviews else " (no verdicts recorded)")
    if len(s.rejected):
        text += f"; {len(s.rejected)} more rejected and left out (listed in the claims ledger)"
    return text


def _span(dates: list[str]) -> str:
    d = sorted(x for x in dates if x)
    return f"{d[0]} to {d[-1]}" if d else "no dates"


class Corpus(View):
    """The articles, their outlets and dates, what cleaning removed, what could not be read.
    `views.Corpus(snap).problem_table()`"""

    def __init__(self, snapshot: Snapshot):
        self.snapshot = snapshot
        self.articles = articles_table(snapshot.corpus)
        self.problems = problems_table(snapshot.corpus)

    def table(self) -> Table:
        a = self.articles[["id", "outlet", "published", "words", "cleaning", "inferred"]].copy()
        counts = self.snapshot.claims.groupby("article").size()
        a.insert(4, "claims", a["id"].map(counts).fillna(0).astype(int))
        a["inferred"] = a["inferred"].map(lambda s: _shorten(s, 160))
        a, caption = _cap(a, "Articles used. 'inferred': metadata read from the text, not given in the manifest.",
                          "corpus/articles.csv")
        return Table(a, caption)

    def left_out(self) -> Table:
        return Table(self.snapshot.left_out, "Articles published after the report date, not used.",
                     "None: every article was published by the report date.")

    def undated(self) -> Table:
        ids = self.snapshot.undated
        return Table(pd.DataFrame({"id": ids}), "Articles with no publication date (used in every report).",
                     "None.")

    def cleaning(self) -> Table:
        audit = audit_table(self.snapshot.corpus)
        removed = audit[audit["kind"] == "removal"]
        if removed.empty:
            return Table(pd.DataFrame(), "What cleaning removed.", "Cleaning removed nothing.")
        t = (removed.groupby("rule").agg(articles=("id", "nunique"), removals=("id", "size"),
                                         example=("removed", lambda s: _shorten(s.iloc[0], 80)))
             .reset_index().sort_values(["removals", "rule"], ascending=[False, True]))
        return Table(t, "What cleaning removed, by rule (the full audit is corpus/audit.csv).")

    def problem_table(self) -> Table:
        p = self.problems[["file", "line", "code", "severity", "message", "action"]]
        p, caption = _cap(p, "Files that could not be read, or were read with a warning.", "corpus/problems.csv")
        return Table(p, caption, "No problems.")

    def write(self, output_dir: str | Path | None) -> list[Path]:
        """The corpus tables as CSV in output_dir/corpus/ (nothing when output_dir is empty)."""
        if not output_dir:
            return []
        sub = Path(output_dir) / "corpus"
        sub.mkdir(parents=True, exist_ok=True)
        tables = {"articles": self.articles, "problems": self.problems, "audit": audit_table(self.snapshot.corpus),
                  "sentences": sentences_table(self.snapshot.corpus)}
        for name, df in tables.items():
            df.to_csv(sub / f"{name}.csv", index=False)
        return sorted(sub.glob("*.csv"))


class Force(View):
    """North Korean troop estimates, and beside them the other force figures.
    `views.Force(snapshot.load("seeds", as_of="2024-11-01")).chart()`; the figures: `.troops` (a DataFrame)"""

    def __init__(self, snapshot: Snapshot):
        self.snapshot = snapshot
        self.troops = estimates_of(snapshot, TROOPS)
        self.troops_all = _with_sub_counts(snapshot, TROOPS)
        self.others = [(snapshot.metric(m), estimates_of(snapshot, m)) for m in OTHER_FORCES
                       if any(c.id == m for c in snapshot.catalogue)]

    def chart(self):
        m = self.snapshot.metric(TROOPS)
        _, drawn, apart = charted(self.troops, m)
        caption = ("One mark per figure per original source, at the period it holds for; a figure restated by "
                   "other outlets is drawn once (×N: reported by N outlets). Vague figures are listed below.")
        return charts.force_estimates(drawn, headline(self.snapshot, TROOPS, self.troops),
                                      caption=" ".join(filter(None, [apart_note(m, apart), caption])), unit=m.unit)

    def table(self) -> Table:
        unit = self.snapshot.metric(TROOPS).unit
        return marks_table(self.troops[self.troops["bound"] != "vague"], unit, "The figures: those in the chart, and those "
                           "counted apart ('counts' says what each counts).",
                           "force-marks")

    def vague(self) -> Table:
        unit = self.snapshot.metric(TROOPS).unit
        return marks_table(self.troops[self.troops["bound"] == "vague"], unit,
                           "Vague figures ('hundreds', 'thousands'): not drawn.", "force-vague")

    def parts(self) -> Table:
        """Sub-counts (officers, generals, engineers): parts of the contingent, not rival estimates,
        each beside the whole its article gives (provenance.comparison.SUB_COUNTS)."""
        unit = self.snapshot.metric(TROOPS).unit
        parts = sub_counts(self.troops_all)
        t = marks_table(parts, unit, "Parts of the contingent (officers, generals, engineers): shown as parts of "
                        "the whole, not drawn as rival estimates of it.", "force-parts")
        if not parts.empty:
            wholes = self.troops[[str(c).strip() == "troops" for c in self.troops.get("counted", [])]] \
                if "counted" in self.troops.columns else self.troops.iloc[0:0]
            of, by_article = [], {}
            for x in wholes.to_dict("records"):            # one pass, not one filter per part
                by_article.setdefault(x["article"], []).append(x)
            for r in parts.itertuples():
                of.append("; ".join(f"{row_figure(x, unit)} ({refs(x['refs'])})" for x in by_article.get(r.article, []))
                          or "no whole in the same article")
            t.frame.insert(3, "part of", of[len(of) - len(t.frame):])     # the rows the cap kept: the latest
            t.ref_columns += ("part of",)
        return t

    def others_chart(self):
        """Four panels, each drawing one like-for-like group of its metric (the largest), named in
        its title; the other groups are listed under the chart."""
        series, notes = [], []
        for m, est in self.others:
            key, drawn, apart = charted(est, m)
            series.append((group_name(m, "", key) if key is not None else m.label, m.unit, drawn))
            notes.append(apart_note(m, apart, f"{m.label}, counted apart, not drawn"))
        return charts.panels(series, "The forces around them: Russia's Kursk grouping, casualties, "
                             "North Korea's whole army",
                             " ".join(filter(None, notes + [
                                 "Each panel has its own scale and draws one thing counted over one scope; marks as "
                                 "in the chart above. Marks carry their numbers in the claims ledger (#n); the table "
                                 "below gives each figure with its source and quote."])))

    def others_table(self) -> Table:
        frames, more = [], []
        limit = max(1, MAX_MARKS_SHOWN // max(1, len(self.others)))
        for m, est in self.others:
            t = marks_table(est, m.unit, "", limit=limit).frame
            t.insert(0, "metric", m.label)
            frames.append(t)
            if len(est) > limit:
                more.append(f"{m.label}: the latest {limit} of {len(est):,}")
        caption = "The figures in the panels, and those counted apart." + (
            f" Shown: {'; '.join(more)}; all are in claims.csv." if more else "")
        return Table(pd.concat(frames) if frames else pd.DataFrame(), caption, "No figures.",
                     ref_columns=("refs",), anchor="force-panels")


class Territory(View):
    """The area Ukraine held in Russia's Kursk region over time. `views.Territory(snap).chart()`; figures: `.est`"""

    def __init__(self, snapshot: Snapshot):
        self.snapshot = snapshot
        self.est = estimates_of(snapshot, TERRITORY)

    def chart(self):
        m = self.snapshot.metric(TERRITORY)
        _, drawn, apart = charted(self.est, m)
        return charts.territory(drawn, headline(self.snapshot, TERRITORY, self.est), " ".join(filter(None, [
            apart_note(m, apart), "Ranges are bands over the period they hold for; each mark names its "
            "original source. Square miles are converted (1 sq mi = 2.59 km²)."])))

    def table(self) -> Table:
        return marks_table(self.est, self.snapshot.metric(TERRITORY).unit, "The figures: those in the chart, and those "
                           "counted apart ('counts' says what each counts).",
                           "territory-marks")


class Bonuses(View):
    """One-time signing bonuses by region, against the local monthly wage. `views.Bonuses(snap).table()`"""

    def __init__(self, snapshot: Snapshot):
        self.snapshot = snapshot
        self.frame = with_wages(estimates_of(snapshot, BONUS), estimates_of(snapshot, WAGE))

    def chart(self):
        """The one-time bonuses of one scope (the most often given: regional payments, typically),
        one line per region; federal or combined payments are listed under the chart."""
        m = self.snapshot.metric(BONUS)
        key, b, apart = headline_group(self.frame, m.unit, primary_counted(m))
        if b.empty or b["high"].isna().all():
            title = "One-time signing bonuses: none in these articles"
        else:
            top = b.loc[b["high"].idxmax()]
            what = group_name(m, "", key)
            # the highest ever given, which the chart shows; the summary's finding is the highest of
            # the regions' latest figures (a region may since have cut its payment)
            title = (f"{what}: highest given {amount(top['high'], 'RUB')} "
                     f"({top['region'] or 'region not given'}, {top['holds']})")
            if top["wage_multiple"] is not None and not pd.isna(top["wage_multiple"]):
                title += f", {top['wage_multiple']:g}× the local monthly wage"
        return charts.bonuses(b, title, " ".join(filter(None, [
            apart_note(m, apart), "One-time payments on signing a military contract, in roubles, at the period "
            "they hold for. The multiple compares a bonus with the region's average monthly wage as the articles "
            "give it."])))

    def table(self) -> Table:
        typed = bool(has_counted(self.frame))
        rows = [{"refs": refs(r.refs), "region": r.region or "not given", "holds": r.holds or "undated",
                 "bonus": row_figure(r._asdict(), "RUB"),
                 **({"scope": SCOPE_WORDS.get(r.scope or UNSPECIFIED, str(r.scope))} if typed else {}),
                 "dollars (as the article converts)": r.conversions,
                 "monthly wage": "" if r.wage is None or pd.isna(r.wage)
                 else f"{amount(r.wage, 'RUB')} ({r.wage_holds}, {refs(r.wage_refs)})",
                 "× wage": "" if r.wage_multiple is None or pd.isna(r.wage_multiple) else f"{r.wage_multiple:g}",
                 "original source": r.source, "reported by": _outlets(r.outlets), "quote": _shorten(r.quote)}
                for r in self.frame.itertuples()]
        frame, caption = _cap(pd.DataFrame(rows), "The bonuses, in the chart and counted apart.", "claims.csv",
                              MAX_MARKS_SHOWN, latest=True)
        return Table(frame, caption, "No bonuses.",
                     ref_columns=("refs", "monthly wage"), anchor="bonus-marks")


class Ledger(View):
    """The claims the report shows, with quote, source chain, article and period: the audit trail.

    The HTML ledger holds the claims the charts and tables show (their #n), grouped by metric,
    each row linking back to where it is used and out to the article; the rest are counted and
    are in claims.csv, which holds every claim. At 10,000 articles the whole ledger would be
    most of a 10 MB page that no reader scrolls; the claims behind the figures are what a reader
    checks (docs/report.md, "Ledger at scale")."""

    COLUMNS = ["ref", "figure", "region", "holds", "source chain", "where", "links", "flags", "quote", "correction"]

    def __init__(self, snapshot: Snapshot):
        self.snapshot = snapshot

    def uses(self) -> dict[int, list[tuple[str, str]]]:
        """#n → [(anchor, label)] of every table (and the findings) that shows it."""
        used: dict[int, list[tuple[str, str]]] = {}
        for anchor, label, shown in used_tables(self.snapshot):
            for n in sorted(shown.refs()):
                used.setdefault(n, []).append((anchor, label))
        return used

    def table(self) -> Sections:
        c = self.snapshot.claims
        used = self.uses()
        units = {m.id: m.unit for m in self.snapshot.catalogue}
        labels = {m.id: m.label for m in self.snapshot.catalogue}
        urls = {a.id: a.metadata.get("url", "") for a in self.snapshot.corpus.articles}
        shown = c[c["ref"].isin(used)]
        rejected = self.snapshot.rejected
        tables = []
        order = [m.id for m in self.snapshot.catalogue] + sorted(set(shown["metric"]) - set(labels))
        corrected = "correction" in c.columns and c["correction"].astype(bool).any()
        # rejected claims stay in the ledger, in a section of their own, so a reader sees what was left out
        sections = [(metric, shown[shown["metric"] == metric], labels.get(metric, metric)) for metric in order]
        if len(rejected):
            sections.append(("rejected", rejected.sort_values("ref", kind="stable"),
                             "Rejected by an analyst (reviews.csv), left out of every chart, table and headline"))
        for metric, part, label in sections:
            if part.empty:
                continue
            rows = []
            for r in part.to_dict("records"):
                bound = BOUND.get(r["qualifier"], "point")
                flags = [f for f in ("negated", "hypothetical", "change") if r[f]]
                if r.get("review"):          # an analyst's verdict, in the narrow flags column
                    flags.append(str(r["review"]))
                chain = r["chain"] or r["attributed_to"]
                if r["attributed_to"] and r["attributed_to"] not in chain and not r["attributed_to"].startswith("unattributed"):
                    chain = f"{chain} ({r['attributed_to']})"
                if r.get("source") and r["source"] not in chain:      # settled through the article's family
                    chain = (f"{chain} (first said by {r['source']}: the same figure, attributed in this article "
                             "or in the one it rewrites)")
                counted = str(r.get("counted") or "").strip()
                figure = row_figure({**r, "bound": bound}, units.get(r["metric"], r["unit"]))
                rows.append({"ref": f"#{r['ref']}",
                             "figure": figure + (f" ({key_words(('', '', counted, r.get('scope') or UNSPECIFIED))})"
                                                 if counted else ""),
                             "region": r["region"] or "", "holds": r["as_of"] or "",
                             "source chain": chain, "where": f"{r['path']}:{r['line']} ({r['published'] or 'undated'})",
                             "links": used.get(int(r["ref"]), []) + _article_link(urls.get(r["article"], "")),
                             "flags": ", ".join(flags), "quote": " ".join(readable(r["quote"]).split()),
                             "correction": r.get("correction", "")})
            frame = pd.DataFrame(rows, columns=self.COLUMNS)
            if not corrected:
                frame = frame.drop(columns="correction")        # no claim corrected: the quote keeps its width
            for optional in ("region", "flags"):
                if not frame[optional].astype(bool).any():
                    frame = frame.drop(columns=optional)
            tables.append(Table(frame, f"{label}: {len(frame)} claim{'s' * (len(frame) != 1)}",
                                "No claims.", row_ids="ref", link_columns=("links",), anchor=f"ledger-{metric}"))
        more = len(c) - len(shown)
        caption = (f"The {len(shown)} claims the charts and tables above show, by metric, in article and text order"
                   + (f"; {more} more claim{'s' * (more != 1)} (restatements beyond the first "
                      f"{MAX_REFS_SHOWN} of a figure, figures no chart uses, 'other' numbers) are in claims.csv beside "
                      "this report, which holds every claim and every column." if more else
                      "; claims.csv beside this report holds them with every column.")
                   + " 'where' is the article file and the line the quote starts on, with the article's publication "
                   "date; 'holds' is the period the figure is for ('' when the article does not say); 'links' "
                   "go back to the tables that show it and out to the article at the URL the manifest gives "
                   "(marked ↗; nothing is fetched). A corrected claim shows the corrected figure or period beside "
                   "the article's own words, with the correction (corrections.yml); 'flags' gives an analyst's "
                   "verdict (reviews.csv).")
        return Sections(tables, caption)

    def write(self, output_dir: str | Path | None) -> list[Path]:
        """claims.csv (all columns) in output_dir; nothing when output_dir is empty."""
        if not output_dir:
            return []
        out = Path(output_dir)
        out.mkdir(parents=True, exist_ok=True)
        self.snapshot.claims.to_csv(out / "claims.csv", index=False)
        return [out / "claims.csv"]


class Sources(View):
    """Who said it first, who repeated it, and where sources disagree: the reporting graph, the
    article families with their evidence, claims with several reports, disagreements, the
    consensus per metric and period, names, and the analyst's corrections."""

    MAX_GRAPH_ARTICLES = 30     # articles drawn in the reporting graph (families first); all are in the tables
    MAX_GRAPH_SOURCES = 16      # original sources drawn (the most cited)

    def __init__(self, snapshot: Snapshot):
        self.snapshot = snapshot
        self.articles = {a.id: a for a in snapshot.corpus.articles}

    # Computed when first asked for: the ledger (used_tables) shows only the first disagreements
    # and no consensus, and at 10,000 articles the whole disagreement table is a million rows.
    @cached_property
    def disagreement_rows(self) -> Disagreements:
        """Every disagreement (provenance.disagreements.Disagreements): its count, first rows, chunks."""
        return Disagreements(self.snapshot)

    @cached_property
    def disagreement_frame(self) -> pd.DataFrame:
        """The whole table of disagreements (sources/disagreements.csv)."""
        return self.disagreement_rows.frame()

    @cached_property
    def consensus_frame(self) -> pd.DataFrame:
        return consensus_table(self.snapshot)

    def _label(self, article_id: str) -> str:
        a = self.articles[article_id]
        return f"{a.metadata.get('outlet') or article_id} ({a.metadata.get('published') or 'undated'})"

    def graph(self):
        s = self.snapshot
        fams = s.families
        in_family = {m for f in fams for m in f["members"]}
        claims = s.claims[s.claims["metric"] != "other"]
        counts = claims.groupby("article").size()
        singles = sorted((a for a in self.articles if a not in in_family), key=lambda a: (-counts.get(a, 0), a))
        shown: list[dict] = []
        for f in sorted(fams, key=lambda f: (-len(f["members"]), f["origin"])):
            shown.append({"id": f["origin"], "label": self._label(f["origin"]), "column": 1})
            shown += [{"id": m, "label": self._label(m), "column": 2} for m in f["members"] if m != f["origin"]]
        shown += [{"id": a, "label": self._label(a), "column": 1} for a in singles]
        shown = shown[: self.MAX_GRAPH_ARTICLES]
        ids = {a["id"] for a in shown}
        outlets = {a.metadata.get("outlet", "") for a in self.articles.values()}
        # an unattributed figure is its publisher's own: cited only when another outlet relays it
        claims = claims.assign(source=claims["source"].map(publisher_of))
        cited = claims[claims["article"].isin(ids) & ~claims["source"].isin(outlets)]
        per = cited.groupby(["source", "article"]).size().reset_index(name="claims")
        top = per.groupby("source")["claims"].sum().sort_values(ascending=False, kind="stable")
        row = {a["id"]: i for i, a in enumerate(shown)}
        first_row = per.assign(_row=per["article"].map(row)).groupby("source")["_row"].min()
        # each source level with the first article that cites it: fewer crossing lines
        sources = sorted(top.index[: self.MAX_GRAPH_SOURCES], key=lambda src: (first_row[src], src))
        cites = [r for r in per.to_dict("records") if r["source"] in sources]
        links = [{"earlier": x.earlier, "later": x.later, "score": x.score, "why": "; ".join(x.evidence)}
                 for x in s.links if x.score >= LINK_SCORE]
        n = len(self.articles)
        title = (f"{len(fams)} article famil{'y' if len(fams) == 1 else 'ies'} among {n} articles: "
                 + (", ".join(f"{self._label(f['origin'])} and {len(f['members']) - 1} rewrite"
                              f"{'s' * (len(f['members']) > 2)}" for f in fams[:2]) if fams else "every article independent"))
        caption = ("An orange arrow: the later article derives from the earlier (credit, shared passages or "
                   "near-identical text), with its score; grey: claims an article attributes to a source. "
                   + (f"{len(shown)} of {n} articles drawn (families first); the tables list all."
                      if len(shown) < n else "Every article is drawn."))
        note = [f"{n} articles; {len(top)} original sources cited (the {len(sources)} most cited drawn)"
                if len(sources) < len(top) else f"{n} articles; {len(top)} original sources cited"]
        return charts.reporting_graph(sources, shown, links, cites, title, caption, note)

    def families(self) -> Table:
        rows = [{"family": self._label(f["origin"]), "article": self._label(x.later), "derives from": self._label(x.earlier),
                 "score": f"{x.score:.2f}", "evidence": "; ".join(x.evidence)}
                for f in self.snapshot.families for x in f["links"]]
        frame, caption = _cap(pd.DataFrame(rows, columns=["family", "article", "derives from", "score", "evidence"]),
                              "Articles that derive from one another, each link with its score and evidence; the "
                              "family is named by its earliest article.", "sources/links.csv")
        return Table(frame, caption, "None: no article derives from another here.")

    def repeated(self) -> Table:
        """Claims with more than one report: one claim, its reporting chain, its reports."""
        rows = []
        for m in self.snapshot.catalogue:
            est = estimates_of(self.snapshot, m.id)
            for r in est[est["refs"].map(len) > 1].itertuples():
                rows.append({"metric": m.label, "figure": row_figure(r._asdict(), m.unit), "holds": r.holds,
                             "reporting chain": r.chain, "reports": refs(r.refs),
                             "independent lines": r.n_independent, "_n": len(r.refs)})
        frame = pd.DataFrame(rows, columns=["metric", "figure", "holds", "reporting chain", "reports",
                                            "independent lines", "_n"])
        # the most reported first when they cannot all be shown
        if len(frame) > MAX_DISAGREEMENTS_SHOWN:
            frame = frame.sort_values("_n", ascending=False, kind="stable")
        # each row links up to MAX_REFS_SHOWN reports, and each a ledger row: at 10,000 articles 200 rows were
        # 1,000 of the ledger's 1,800 rows, so this listing shows as many as the disagreements
        frame, caption = _cap(frame.drop(columns="_n"),
                              "Claims reported more than once: one claim each, counted once in the charts. "
                              "'Independent lines': reports that do not derive from one another.",
                              "claims.csv (same metric, figure and source)", MAX_DISAGREEMENTS_SHOWN)
        return Table(frame, caption, "None: every claim has one report.",
                     ref_columns=("reports",), anchor="sources-repeated")

    def disagreements(self) -> Table:
        # two rows per disagreement, one per side, so each quote gets the page's width
        rows = []
        every, limit = self.disagreement_rows, MAX_DISAGREEMENTS_SHOWN
        shown = every.head(limit)
        note = (f" The first {limit} of {len(every):,} are shown; all are in sources/disagreements.csv."
                if len(every) > limit else "")
        for i, d in enumerate(shown.to_dict("records"), 1):
            about = f"{d['kind']}: {d['about']}" + (f" ({d['period']})" if d["period"] else "")
            rows.append({"no.": i, "about": about, "says": d["one says"], "refs": d["refs"], "quote": d["quote"],
                         "status": d["status"]})
            rows.append({"no.": "", "about": "", "says": d["other says"], "refs": d["their refs"],
                         "quote": d["their quote"], "status": ""})
            rows.append({"no.": "", "about": "why both cannot hold", "says": d["why"], "refs": "", "quote": "",
                         "status": ""})
        return Table(pd.DataFrame(rows, columns=["no.", "about", "says", "refs", "quote", "status"]),
                     "Claims that cannot all be true, quotes side by side, and why: figures counting the same "
                     "thing over the same scope whose admitted values do not overlap for the same period "
                     "('about' = ±10%), an event given different dates, an organisation under a wrong name."
                     + note, "None found.", ref_columns=("refs",), anchor="sources-disagreements")

    def consensus(self) -> Table:
        frame = self.consensus_frame
        cap = min(MAX_ROWS_SHOWN, MAX_CONSENSUS_SHOWN)
        if len(frame) > cap and "sources" in frame.columns:
            # the months most sources speak of, shown in the table's own order (metric, month)
            keep = frame["sources"].sort_values(ascending=False, kind="stable").index[:cap]
            frame = frame.loc[sorted(keep)]
            caption_more = (f" The {cap} months most sources speak of, of {len(self.consensus_frame):,}, are "
                            "shown; all are in sources/consensus.csv.")
        else:
            caption_more = ""
        return Table(frame,
                     "For each metric and month, the range the most independent sources admit together, and who "
                     "sits outside it. Sources are original sources: an outlet and its rewrites relaying one "
                     "source count once." + caption_more, "No dated figures.")

    def names(self) -> Table:
        n = self.snapshot.names
        if n.empty:
            return Table(pd.DataFrame(), "Organisations named in more than one way.", "None.")
        g = (n.groupby(["source", "name", "misnamed"]).agg(articles=("article", "nunique")).reset_index())
        g = g[g.groupby("source")["name"].transform("nunique") > 1]
        rows = [{"organisation": src, "names used (articles)": "; ".join(
                    f"{r.name}{' [wrong name]' if r.misnamed else ''} ({r.articles})" for r in part.itertuples())}
                for src, part in g.groupby("source", sort=True)]
        return Table(pd.DataFrame(rows, columns=["organisation", "names used (articles)"]),
                     "Organisations named in more than one way, resolved to one name through the alias table "
                     "(lib/claimtrack/extraction/sources.yml).", "None.")

    def corrections(self) -> Table:
        s = self.snapshot
        t = corrections_table(s.corrections, s.claims, s.events, s.names)
        return Table(t, "Corrections recorded by analysts (corrections.yml in the corpus folder); the article "
                     "files are unchanged.", "None: the corpus folder has no corrections.yml entries.",
                     ref_columns=("applied_to",), anchor="sources-corrections")

    def write(self, output_dir: str | Path | None) -> list[Path]:
        """The sources tables as CSV in output_dir/sources/ (nothing when output_dir is empty)."""
        if not output_dir:
            return []
        sub = Path(output_dir) / "sources"
        sub.mkdir(parents=True, exist_ok=True)
        s = self.snapshot
        links = pd.DataFrame([{"earlier": x.earlier, "later": x.later, "score": round(x.score, 4),
                               "evidence": "; ".join(x.evidence)} for x in s.links],
                             columns=["earlier", "later", "score", "evidence"])
        tables = {"links": links, "consensus": self.consensus_frame,
                  "events": s.events, "corrections": corrections_table(s.corrections, s.claims, s.events, s.names)}
        for name, df in tables.items():
            df.to_csv(sub / f"{name}.csv", index=False)
        # a block of rows at a time: the whole table is a million rows at 10,000 articles
        self.disagreement_rows.write_csv(sub / "disagreements.csv")
        return sorted(sub.glob("*.csv"))


# Where each table that shows ledger numbers sits in the report, as the ledger names it. The
# anchor is the table's id (display.Table), so the ledger's "used in" links back to it.
USES = [("summary-findings", "summary"), ("summary-table", "summary table"), ("force-marks", "force chart"),
        ("force-vague", "vague force figures"), ("force-parts", "parts of the contingent"),
        ("force-panels", "forces around them"), ("territory-marks", "territory chart"),
        ("bonus-marks", "bonus chart"), ("sources-repeated", "repeated claims"),
        ("sources-disagreements", "disagreements"), ("sources-corrections", "corrections")]


def used_tables(snapshot: Snapshot) -> list[tuple[str, str, object]]:
    """(anchor, label, table) for every table of the other notebooks that shows ledger numbers,
    built as those notebooks build them, so the ledger holds exactly the rows they link to."""
    summary = Summary(snapshot)
    tables = {"summary-findings": summary.findings(), "summary-table": summary.table()}
    if any(m.id == TROOPS for m in snapshot.catalogue):
        force = Force(snapshot)
        tables.update({"force-marks": force.table(), "force-vague": force.vague(), "force-parts": force.parts(),
                       "force-panels": force.others_table()})
    if any(m.id == TERRITORY for m in snapshot.catalogue):
        tables["territory-marks"] = Territory(snapshot).table()
    if any(m.id == BONUS for m in snapshot.catalogue):
        tables["bonus-marks"] = Bonuses(snapshot).table()
    sources = Sources(snapshot)
    tables.update({"sources-repeated": sources.repeated(), "sources-disagreements": sources.disagreements(),
                   "sources-corrections": sources.corrections()})
    return [(anchor, label, tables[anchor]) for anchor, label in USES if anchor in tables]
