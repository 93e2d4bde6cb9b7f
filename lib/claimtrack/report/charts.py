"""The house style and every chart of the report.

One style: a title that states the finding, units on the axes, dates on time axes, a source
line naming the original sources and a caption under each chart, colour-blind-safe colours
(Okabe & Ito), fixed figure sizes legible at PDF page width. Charts are built as
matplotlib Figures without pyplot, so a notebook shows each one exactly once and nothing
depends on the backend.
"""

from __future__ import annotations

import io
import re
import textwrap

import matplotlib
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.markers import MarkerStyle
from matplotlib.ticker import FuncFormatter
from PIL import Image

from ..extraction.wording import number, refs, row_figure
from ..provenance.identity import outlet_names, publisher_of, source_words
from ..provenance.series import midpoint

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision
# deficiency. Yellow is left out: it does not show on white paper.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#000000"]
OTHER = "#999999"                      # sources beyond the palette, listed in the table
FIGSIZE = (8.0, 4.8)                   # inches: the width of an A4 page inside 2 cm margins
PANELS_FIGSIZE = (8.0, 6.4)
DPI = 150                              # sharp when the PDF is zoomed, small enough to embed
PNG_COLOURS = 256                      # palette of a chart's PNG (see Chart.png)
TITLE_WRAP = 52                        # characters per title line over a chart with a legend beside it
FOOT_WRAP = 118                        # characters per line of the source line and caption (7.5 pt)
WRAP = 95                              # characters per line of title, source line and caption
MIN_DAYS_SHOWN = 120                   # narrowest time axis, in days: four months, so its ticks are months, not days
# The value axis is set by the bulk of a chart's marks: a mark more than OFF_SCALE_FACTOR times the
# median of the chart's marks (the lower median, so that of two marks the smaller one sets the
# scale) is drawn at the top edge as an off-scale marker with its figure and #n, and listed under
# the chart. One misread figure (600,000 shells read as troops) then cannot squash every real
# estimate along the bottom. 10×: real series of one metric stay within an order of magnitude of
# their median (troop estimates 1,000–15,000, bonuses RUB 0.4–3 million, Kursk 100–1,400 km²),
# while a misread is typically off by a unit or a scale word (×100 and more).
OFF_SCALE_FACTOR = 10
MIN_MARKS_FOR_SCALE = 3                # fewer marks: no bulk to tell a stray from
OFF_SCALE_SHARE = 0.1                  # at most this share of a chart's marks (and at least one) can be strays
# A chart labels its marks (×N, source, #n, wage multiple) only when it has at most this many: beyond,
# the labels overprint one another into a grey smear that nobody reads and that makes the PNG
# several times larger (a 10,000-article corpus: 0.9 MB for one chart); the table under the chart
# identifies every mark. Off-scale markers are labelled up to MAX_OFF_SCALE_NAMED.
MAX_LABELLED_MARKS = 40
MAX_OFF_SCALE_NAMED = 5                # named under a chart (a tenth of 10,000 marks would fill a page); all in its table
HEADROOM = 1.3                         # the axis top over the highest mark on scale (room for labels)
EDGE = 0.96                            # where an off-scale marker sits, as a share of the axis top
DODGE = 0.025                          # share of the time axis between marks of the same date
STYLE = {
    "font.family": "DejaVu Sans",      # ships with matplotlib: the same glyphs on every machine
    "font.size": 9,
    "axes.titlesize": 10.5,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "legend.fontsize": 8,
    "legend.frameon": False,
    "savefig.dpi": DPI,
}


class Chart:
    """A finished figure as notebooks and the report show it: a PNG with no creation date or
    software stamp in its metadata (the same chart gives the same bytes), and as text its title
    and one line per mark drawn. The text is what nbval compares (it leaves PNGs out), so a
    changed figure fails the chart's cell with a readable diff. `off_scale`: the marks drawn at
    the edge (see OFF_SCALE_FACTOR), as text."""

    def __init__(self, fig: Figure, title: str, marks: list[str] | None = None, off_scale: list[str] | None = None):
        self.figure, self.title, self.marks = fig, title, list(marks or [])
        self.off_scale = list(off_scale or [])

    def png(self) -> bytes:
        buf = io.BytesIO()
        with matplotlib.rc_context(STYLE):
            _spread_labels(self.figure)
            self.figure.savefig(buf, format="png", dpi=DPI, bbox_inches="tight", pad_inches=0.15,
                                metadata={"Software": None})
        # A palette of PNG_COLOURS: a chart has a handful of colours plus their anti-aliased edges,
        # and a palette PNG is a third of the size (the reporting graph at 1,000 articles: 800 KB
        # → 280 KB), which keeps a large report's HTML small; quantizing is deterministic.
        image = Image.open(io.BytesIO(buf.getvalue())).convert("RGB").quantize(PNG_COLOURS,
                                                                               method=Image.Quantize.MEDIANCUT)
        out = io.BytesIO()
        image.save(out, format="PNG")
        return out.getvalue()

    def _repr_png_(self) -> bytes:
        return self.png()

    def __repr__(self) -> str:
        return "\n".join([f"Chart: {self.title}"] + [f"  {m}" for m in self.marks])


MARK_LABEL_GID = "claimtrack-mark-label"   # the labels beside marks, which _spread_labels may move
LABEL_GAP = 1.1                             # a moved label's step, in label heights
ORIGINAL_OFFSET = "_claimtrack_offset"      # where a mark's label was drawn, kept on the label itself


def _spread_labels(fig: Figure) -> None:
    """Move a mark's label down, a line at a time, while it overlaps a label placed before it (two
    sources at the same figure and month printed their names on top of each other). Done on the
    finished figure, where the labels' sizes on the page are known; matplotlib places text but does
    not keep texts apart, and no well-kept library here does it for annotations."""
    labels = [t for ax in fig.axes for t in ax.texts if t.get_gid() == MARK_LABEL_GID]
    if len(labels) < 2:
        return
    # each call starts from where the labels were drawn, so a chart rendered twice (png() again, the
    # notebook's repr and the report) gives the same bytes: moved once, a label could overlap another
    # that it did not overlap before and be moved again
    for label in labels:
        if not hasattr(label, ORIGINAL_OFFSET):
            setattr(label, ORIGINAL_OFFSET, label.xyann)
        label.xyann = getattr(label, ORIGINAL_OFFSET)
    canvas = fig.canvas if hasattr(fig.canvas, "get_renderer") else FigureCanvasAgg(fig)   # a bare Figure's
    renderer = canvas.get_renderer()
    placed = []
    for label in labels:
        box = label.get_window_extent(renderer)
        step, moved = box.height * LABEL_GAP, 0.0
        while moved < 8 * step and any(box.translated(0, -moved).overlaps(p) for p in placed):
            moved += step
        if moved:
            dx, dy = label.xyann
            label.xyann = (dx, dy - moved * 72 / fig.dpi)     # pixels to the offset's points
        placed.append(box.translated(0, -moved))


def figure(size=FIGSIZE, rows: int = 1, cols: int = 1) -> tuple[Figure, list]:
    """An empty figure in the house style."""
    with matplotlib.rc_context(STYLE):
        fig = Figure(figsize=size, dpi=DPI, layout="constrained")
        axes = fig.subplots(rows, cols, squeeze=False).ravel().tolist()
    return fig, axes


def finish(fig: Figure, title: str, sources: list[str], caption: str, ax=None, marks: list[str] | None = None,
           off_scale: list[str] | None = None) -> Chart:
    """Title (the finding), and under the chart the source line, the marks off scale and the
    caption. With `ax`, the title sits over that axes (legends to its right don't cover it); else
    over the figure."""
    if off_scale:
        named = off_scale[:MAX_OFF_SCALE_NAMED]
        more = len(off_scale) - len(named)
        caption = (f"Off scale, drawn at the top edge (more than {OFF_SCALE_FACTOR}× the median of the chart's "
                   f"marks; check the quote): " + "; ".join(named)
                   + (f"; and {more} more (the table below)" if more else "") + ". " + caption)
    with matplotlib.rc_context(STYLE):
        if ax is not None:
            ax.set_title(textwrap.fill(title, TITLE_WRAP), loc="left", fontsize=10.5, fontweight="bold", pad=10,
                         parse_math=False)      # titles name outlets and sources: text, never a formula
        else:
            fig.suptitle(textwrap.fill(title, WRAP), x=0.01, ha="left", fontsize=11, fontweight="bold", parse_math=False)
        line = "Sources: " + ("; ".join(sources) if sources else "none")
        foot = textwrap.fill(line, FOOT_WRAP) + "\n" + textwrap.fill(caption, FOOT_WRAP)
        fig.text(0.01, 0.0, foot, ha="left", va="top", fontsize=7.5, color="#333333", parse_math=False)
    return Chart(fig, title, list(marks or []) + [f"off scale: {o}" for o in off_scale or []], off_scale)


def mark_y(r) -> float | None:
    """Where a mark is drawn (unscaled): a bound at its figure, a range at its middle, a point at its value."""
    low = None if pd.isna(r.low) else float(r.low)
    high = None if pd.isna(r.high) else float(r.high)
    if r.bound == "lower":
        return low
    if r.bound == "upper":
        return high
    if r.bound == "range" and low is not None and high is not None:
        return (low + high) / 2
    value = getattr(r, "value", None)
    if value is not None and not pd.isna(value):
        return float(value)
    return low if low is not None else high


def scale_limit(values: list[float]) -> float:
    """The largest value drawn on scale: OFF_SCALE_FACTOR × the lower median of the positive marks.
    Infinite (every mark on scale) with fewer than MIN_MARKS_FOR_SCALE marks, where no bulk can be
    told from a stray, and when more than OFF_SCALE_SHARE of the marks (at least one) lie beyond:
    then the series itself spans orders of magnitude (casualties counted from 40 to 6,000 over a
    year), and it is not one misread."""
    pos = sorted(v for v in values if v is not None and v > 0)
    if len(pos) < MIN_MARKS_FOR_SCALE:
        return float("inf")
    limit = OFF_SCALE_FACTOR * pos[(len(pos) - 1) // 2]
    beyond = sum(v > limit for v in pos)
    return limit if beyond <= max(1, int(OFF_SCALE_SHARE * len(pos))) else float("inf")


def value_extent(drawn: pd.DataFrame) -> tuple[float, float]:
    """(limit, top): the off-scale limit of these marks, and the highest end of a mark on scale."""
    ys = [mark_y(r) for r in drawn.itertuples()]
    limit = scale_limit(ys)
    tops = []
    for y, r in zip(ys, drawn.itertuples()):
        if y is None or y > limit:
            continue
        ends = [v for v in (r.low, r.high) if not pd.isna(v)]
        tops.append(min(max(ends), limit) if ends else y)
    return limit, (max(tops) if tops else 1.0)


def off_scale_text(r, unit: str) -> str:
    """'500,000 (#12, South Korea JCS, 2024-09)'."""
    more = "…" if len(r.refs) > 3 else ""
    return f"{row_figure(r._asdict(), unit)} ({refs(r.refs[:3])}{more}, {source_words(r.source)}, {r.holds})"


# The source line under a chart names at most this many original sources (the most marks first, then
# by name), each with at most MAX_OUTLETS_NAMED outlets; the rest are counted. At 10,000 articles it
# named hundreds and made a chart three pages tall; the table under the chart names every one.
MAX_SOURCES_NAMED = 12
MAX_OUTLETS_NAMED = 3


def source_line(est: pd.DataFrame) -> list[str]:
    """'South Korea NIS (via Financial Times, Kursor)' for each original source (the first
    MAX_SOURCES_NAMED, then 'and N more original sources (the table below)')."""
    out = []
    sizes = est.groupby("source").size() if len(est) else pd.Series(dtype=int)
    names = sorted(sizes.index, key=lambda k: (-sizes[k], k)) if len(sizes) > MAX_SOURCES_NAMED else sorted(sizes.index)
    for source in names[:MAX_SOURCES_NAMED]:
        part = est[est["source"] == source]
        outlets = sorted({o for s in part["outlets"] for o in outlet_names(s)} - {publisher_of(source)})
        more = len(outlets) - MAX_OUTLETS_NAMED
        via = ", ".join(outlets[:MAX_OUTLETS_NAMED]) + (f" and {more} more" if more > 0 else "")
        out.append(f"{source} (via {via})" if outlets else source)
    if len(names) > MAX_SOURCES_NAMED:
        out.append(f"and {len(names) - MAX_SOURCES_NAMED} more original sources (the table below)")
    return out


def _time_axis(ax, dates: list | None = None) -> None:
    """Dates on the x axis; at least MIN_DAYS_SHOWN wide, so one mark doesn't get a five-year axis."""
    ax.margins(x=0.08)
    if dates:
        lo, hi = min(dates), max(dates)
        if (hi - lo).days < MIN_DAYS_SHOWN:
            pad = pd.Timedelta(days=(MIN_DAYS_SHOWN - (hi - lo).days) / 2)
            ax.set_xlim(lo - pad, hi + pad)
    loc = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(loc)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(loc))


def _value_axis(ax, unit_label: str, scale: float = 1.0) -> None:
    ax.set_ylabel(unit_label)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: number(v / scale)))
    ax.set_ylim(bottom=0)


def _colours(est: pd.DataFrame, by: str) -> dict[str, str]:
    """A palette colour for each of the most frequent groups; grey for the rest."""
    counts = est[by].value_counts()
    order = sorted(counts.index, key=lambda k: (-counts[k], k))
    return {k: (PALETTE[i] if i < len(PALETTE) else OTHER) for i, k in enumerate(order)}


class _Direct:
    """Draws each mark's pieces as they come, one matplotlib artist each: the charts of up to
    MAX_LABELLED_MARKS marks, whose pixels the stored notebooks keep (charts of the seeds)."""

    def __init__(self, ax):
        self.ax = ax

    def marker(self, x, y, marker, size, colour, face=None, edge_width=None, clip=True, tick=False):
        kw = {} if tick else {"linestyle": "none"}       # a tick is drawn as it always was: a one-point line
        kw.update({"markerfacecolor": face} if face is not None else {})
        kw.update({"markeredgewidth": edge_width} if edge_width is not None else {})
        self.ax.plot([x], [y], marker=marker, markersize=size, color=colour, **kw, **({} if clip else {"clip_on": False}))

    def bar(self, x, low, high, colour):
        self.ax.vlines(x, low, high, colors=colour, linewidth=5, alpha=0.75)

    def arrow(self, x, y0, y1, colour):
        self.ax.annotate("", xy=(x, y1), xytext=(x, y0), arrowprops=dict(arrowstyle="-|>", color=colour, lw=1.4))

    def span(self, y, x0, x1, colour):
        self.ax.hlines(y, x0, x1, colors=colour, linewidth=1, alpha=0.6)

    def dotted(self, x0, x1, y, colour):
        self.ax.plot([x0, x1], [y, y], linestyle=":", color=colour, linewidth=1)

    def done(self):
        pass


class _Batched(_Direct):
    """Gathers the pieces and draws each kind as one collection when the marks are done: a chart
    of thousands of marks drew thousands of artists, each laid out and rendered apart (issue 18: at
    10,000 articles about 35 s of CPU over the report's charts). The same shapes, colours and sizes;
    an arrow is its stem (one line collection) and a triangle at its tip, and the pieces of all
    marks are drawn kind by kind (bars, spans, dotted lines, markers) rather than mark by mark, so
    where two marks overlap the one on top may differ. Used past MAX_LABELLED_MARKS marks, where
    the marks are also unlabelled."""

    def __init__(self, ax):
        super().__init__(ax)
        self.markers: dict[tuple, list] = {}
        self.bars, self.stems, self.spans, self.dots = [], [], [], []

    def marker(self, x, y, marker, size, colour, face=None, edge_width=None, clip=True, tick=False):
        self.markers.setdefault((marker, size, edge_width, clip), []).append((x, y, colour, colour if face is None else face))

    def bar(self, x, low, high, colour):
        self.bars.append((x, low, high, colour))

    def arrow(self, x, y0, y1, colour):
        self.stems.append((x, y0, y1, colour))
        self.marker(x, y1, "^" if y1 >= y0 else "v", ARROW_HEAD, colour)

    def span(self, y, x0, x1, colour):
        self.spans.append((y, x0, x1, colour))

    def dotted(self, x0, x1, y, colour):
        self.dots.append((y, x0, x1, colour))

    def done(self):
        ax = self.ax
        for rows, kw in ((self.bars, {"linewidth": 5, "alpha": 0.75}), (self.stems, {"linewidth": 1.4})):
            if rows:
                x, lo, hi, c = zip(*rows)
                ax.vlines(list(x), list(lo), list(hi), colors=list(c), **kw)
        for rows, kw in ((self.spans, {"linewidth": 1, "alpha": 0.6}), (self.dots, {"linewidth": 1, "linestyles": ":"})):
            if rows:
                y, x0, x1, c = zip(*rows)
                ax.hlines(list(y), list(x0), list(x1), colors=list(c), **kw)
        for (marker, size, edge_width, clip), rows in self.markers.items():
            x, y, c, face = zip(*rows)
            # plot()'s markersize is the marker's width in points; scatter's size is its square
            # an unfilled marker (the tick "|") has only the one colour
            colours = ({"edgecolors": list(c), "facecolors": list(face)} if MarkerStyle(marker).is_filled()
                       else {"c": list(c)})
            ax.scatter(list(x), list(y), s=size ** 2, marker=marker, linewidths=1.0 if edge_width is None else edge_width,
                       zorder=2, clip_on=clip, **colours)


LABEL_LEFT_FROM = 0.75         # share of the marks' time span past which a mark's label goes on its left
ARROW_HEAD = 4                 # points: the triangle at a batched arrow's tip (annotate's "-|>" head at 9 pt)


def draw_estimates(ax, est: pd.DataFrame, colour: dict[str, str] | None = None, by: str = "source",
                   scale: float = 1.0, label_refs: bool = False, label_sources: bool = False,
                   unit: str = "", limit: float = float("inf"), edge: float | None = None) -> list[str]:
    """One mark per estimate at the period it holds for: a dot, a bar for a range, an arrow up for
    a lower bound and down for an upper bound (hollow when negated: "not close to"). A thin
    horizontal line spans a period known only to the month or year; a dotted line runs to when
    the figure was first reported, where that is later. "×N" marks figures reported by N outlets.
    A mark above `limit` (unscaled) is drawn at `edge` (scaled) as an off-scale marker: a hollow
    triangle pointing up, labelled with its figure and #n. Returns each mark as a line of text
    (see Chart). Past MAX_LABELLED_MARKS marks each kind of piece is drawn as one collection."""
    colour = colour or {}
    lines = []
    drawn = est[(est["bound"] != "vague") & est["holds_start"].notna()]
    top = value_extent(drawn)[1] / scale
    xs = _dodged([midpoint(a, b) for a, b in zip(drawn["holds_start"], drawn["holds_end"])])
    labelled, off_labelled = len(drawn) <= MAX_LABELLED_MARKS, 0
    pen = _Direct(ax) if labelled else _Batched(ax)
    first, last = (min(xs), max(xs)) if xs else (None, None)
    for x, r in zip(xs, drawn.itertuples()):
        c = colour.get(getattr(r, by), PALETTE[0])
        lines.append(mark_text(r, unit, by))
        y_at = mark_y(r)
        if y_at is not None and y_at > limit and edge is not None:
            pen.marker(x, edge, "^", 9, c, face="white", edge_width=1.6, clip=False)
            off_labelled += 1
            if off_labelled > MAX_OFF_SCALE_NAMED:
                continue
            ax.annotate(f"{row_figure(r._asdict(), unit)} {', '.join(f'#{n}' for n in r.refs[:2])} off scale",
                        (x, edge), xytext=(7, -3), textcoords="offset points", fontsize=7, color="#222222",
                        fontweight="bold", parse_math=False)
            continue
        low = None if pd.isna(r.low) else r.low / scale
        high = None if pd.isna(r.high) else r.high / scale
        y = {"lower": low, "upper": high}.get(r.bound, high if low is None else low)
        if r.bound == "range":
            pen.bar(x, low, high, c)
            y = (low + high) / 2
        elif r.bound == "lower":
            pen.arrow(x, y, y + top * 0.12, c)
            pen.marker(x, y, "^", 7, c)
        elif r.bound == "upper":
            pen.arrow(x, y, max(y - top * 0.12, 0), c)
            pen.marker(x, y, "v", 7, c, face="white" if r.negated else c)
        else:
            pen.marker(x, y, "o", 6, c, face="white" if r.qualifier == "approx" else c)
        if r.holds_end != r.holds_start:
            pen.span(y, r.holds_start, r.holds_end, c)
        reported = r.reported
        if reported is not None and not pd.isna(reported) and (reported - r.holds_end).days > 7:
            pen.dotted(r.holds_end, reported, y, c)
            pen.marker(reported, y, "|", 7, c, tick=True)
        notes = []
        if r.n_outlets > 1:
            notes.append(f"×{r.n_outlets}")
        if label_sources:
            notes.append(_mark_source(r.source))
        if label_refs:
            notes.append(", ".join(f"#{n}" for n in r.refs[:2]) + ("…" if len(r.refs) > 2 else ""))
        if notes and labelled:
            # a mark late in the chart's span has its label on its left: on the right it would run past
            # the axes, and the layout, making room for it, would move the marks it is placed by
            left = last > first and (x - first) / (last - first) > LABEL_LEFT_FROM
            ax.annotate(" ".join(notes), (x, y), xytext=(-6, 3) if left else (6, 3), textcoords="offset points",
                        ha="right" if left else "left", fontsize=7, color="#333333", gid=MARK_LABEL_GID,
                        parse_math=False)
    pen.done()
    _time_axis(ax, list(drawn["holds_start"]) + list(drawn["holds_end"]))
    return lines


def mark_text(r, unit: str, by: str = "source") -> str:
    """'#3, #9  2024-10  600–700 km²  Financial Times (×2 outlets)': one drawn mark as text."""
    who = getattr(r, by) or "not given"
    if by != "source":
        who += f"; {r.source}"
    more = f" (×{r.n_outlets} outlets)" if r.n_outlets > 1 else ""
    return f"{refs(r.refs)}  {r.holds}  {row_figure(r._asdict(), unit)}  {who}{more}"


def _dodged(xs: list) -> list:
    """Marks at the same date are spread side by side (DODGE of the time span apart), so none hides another."""
    if not xs:
        return xs
    span = max((max(xs) - min(xs)).days, 30)
    step = pd.Timedelta(days=span * DODGE)
    out, seen = [], {}
    counts = pd.Series([str(x) for x in xs]).value_counts().to_dict()
    for x in xs:
        k = str(x)
        i = seen.get(k, 0)
        seen[k] = i + 1
        out.append(x + step * (i - (counts[k] - 1) / 2))
    return out


def _short(source: str, width: int = 28) -> str:
    return textwrap.shorten(source, width, placeholder="…")


UNATTRIBUTED_MARK = ", unattributed"
MARK_OUTLET_WIDTH = 16     # an unattributed mark's outlet name: "Financial Times" whole, the label 30 characters at most


def _mark_source(source: str, width: int = 28) -> str:
    """A mark's source label: a named source cut at `width` characters; an outlet's own figure as
    "Lao Dong, unattributed" (its name without the manifest's note in brackets), never cut to "Lao Dong
    (news.laodong.vn;…", which a reader would take for a source the article named."""
    publisher = publisher_of(source)
    if publisher == source:
        return _short(source, width)
    name = re.sub(r"\s*\(.*$", "", publisher) or publisher
    return _short(name, MARK_OUTLET_WIDTH) + UNATTRIBUTED_MARK


# A legend entry wraps onto at most this many lines of this many characters before it is cut with
# "…": cut at one line, "South Korea National Intelligence Service" lost its last word (the dev report).
LEGEND_WIDTH, LEGEND_LINES = 34, 2


def _legend_label(name: str) -> str:
    """A legend entry wrapped onto LEGEND_LINES lines, the last cut with "…" if it is still too long."""
    return "\n".join(textwrap.wrap(name, LEGEND_WIDTH, max_lines=LEGEND_LINES, placeholder="…"))


def legend(fig, groups: list[tuple[str, list]]) -> None:
    """One legend right of the chart: (heading, handles) groups one under another, so no two
    legends can overlap each other or the title."""
    handles = []
    for heading, items in groups:
        if not items:
            continue
        if handles:
            handles.append(Line2D([], [], linestyle="none", label=" "))
        handles.append(Line2D([], [], linestyle="none", label=heading))
        handles.extend(items)
    leg = fig.legend(handles=handles, loc="outside right upper", fontsize=7, alignment="left", handlelength=1.8)
    for text in leg.get_texts():
        if text.get_text() in {h for h, _ in groups}:
            text.set_fontweight("bold")


def mark_handles(off_scale: bool = False) -> list:
    """What the mark shapes mean (with the off-scale marker when a chart has one)."""
    handles = [Line2D([], [], marker="o", color="#444444", linestyle="none", label="figure"),
               Line2D([], [], marker="o", color="#444444", markerfacecolor="white", linestyle="none", label="about"),
               Line2D([], [], color="#444444", linewidth=5, alpha=0.75, label="range"),
               Line2D([], [], marker="^", color="#444444", linestyle="none", label="lower bound (more than)"),
               Line2D([], [], marker="v", color="#444444", linestyle="none", label="upper bound (up to)"),
               Line2D([], [], marker="v", color="#444444", markerfacecolor="white", linestyle="none",
                      label="not close to"),
               Line2D([], [], linestyle=":", color="#444444", marker="|", label="first reported")]
    if off_scale:
        handles.append(Line2D([], [], marker="^", color="#444444", markerfacecolor="white", markeredgewidth=1.6,
                              markersize=9, linestyle="none", label="off scale (listed below)"))
    return handles


def empty(ax, what: str) -> None:
    ax.text(0.5, 0.5, f"No dated {what} in these articles", ha="center", va="center",
            transform=ax.transAxes, color="#666666")
    ax.set_xticks([])
    ax.set_yticks([])


def force_estimates(est: pd.DataFrame, title: str, caption: str, unit_label: str = "troops", unit: str = "") -> Chart:
    """North Korean troop estimates over time, one colour per original source."""
    fig, (ax,) = figure()
    drawn = est[(est["bound"] != "vague") & est["holds_start"].notna()]
    if drawn.empty:
        empty(ax, "estimates")
        return finish(fig, title, source_line(est), caption, ax)
    else:
        colour = _colours(drawn, "source")
        limit, top = value_extent(drawn)
        marks = draw_estimates(ax, drawn, colour, unit=unit, limit=limit, edge=top * HEADROOM * EDGE)
        _value_axis(ax, unit_label)
        ax.set_ylim(top=top * HEADROOM)
        off = [off_scale_text(r, unit) for r in drawn.itertuples() if (mark_y(r) or 0) > limit]
        handles = [Line2D([], [], marker="s", color=c, linestyle="none", label=_legend_label(s))
                   for s, c in colour.items() if c != OTHER]
        if OTHER in colour.values():
            handles.append(Line2D([], [], marker="s", color=OTHER, linestyle="none", label="other sources (table below)"))
        legend(fig, [("original source", handles), ("mark", mark_handles(bool(off)))])
    return finish(fig, title, source_line(est), caption, ax, marks, off)


def panels(series: list[tuple[str, str, pd.DataFrame]], title: str, caption: str) -> Chart:
    """Small multiples, one metric each: (panel title, unit, estimates). Marks carry their
    ledger numbers so each can be looked up in the table under the chart."""
    fig, axes = figure(PANELS_FIGSIZE, 2, 2)
    all_est, marks, off, single = [], [], [], []
    for ax, (name, unit_label, est) in zip(axes, series):
        with matplotlib.rc_context(STYLE):
            ax.set_title(name, fontsize=9)
        drawn = est[(est["bound"] != "vague") & est["holds_start"].notna()]
        if drawn.empty:
            empty(ax, "figures")
            continue
        if len(drawn) == 1:
            single.append(name)
        limit, top = value_extent(drawn)
        scale = 1e6 if top >= 2e6 else 1.0
        marks += [f"{name}: {m}" for m in draw_estimates(ax, drawn, {}, label_refs=True, scale=scale, unit=unit_label,
                                                          limit=limit, edge=top / scale * HEADROOM * EDGE)]
        _value_axis(ax, unit_label + (" (millions)" if scale > 1 else ""))
        ax.set_ylim(top=top / scale * HEADROOM)
        off += [f"{name}: {off_scale_text(r, unit_label)}" for r in drawn.itertuples() if (mark_y(r) or 0) > limit]
        all_est.append(est)
    for ax in axes[len(series):]:
        ax.set_visible(False)
    est = pd.concat(all_est) if all_est else pd.DataFrame(columns=["source", "outlets"])
    if single:      # a lone mark is one source's figure: the reader must not take it for an agreed level
        caption += f" One figure only, no trend: {'; '.join(single)}."
    return finish(fig, title, source_line(est), caption, marks=marks, off_scale=off)


def territory(est: pd.DataFrame, title: str, caption: str) -> Chart:
    """Area Ukraine held in Kursk: ranges as bands over the period they hold for, each mark
    labelled with its source."""
    fig, (ax,) = figure()
    drawn = est[(est["bound"] != "vague") & est["holds_start"].notna()]
    if drawn.empty:
        empty(ax, "figures")
        return finish(fig, title, source_line(est), caption, ax)
    colour = _colours(drawn, "source")
    limit, top = value_extent(drawn)
    bands = []
    for r in drawn[drawn["bound"] == "range"].itertuples():
        if (mark_y(r) or 0) > limit:
            continue
        start, end = r.holds_start, r.holds_end
        if start == end:          # a day: give the band a visible width
            start, end = start - pd.Timedelta(days=3), end + pd.Timedelta(days=3)
        bands.append((start, end, r.low, r.high, colour[r.source]))
    if len(drawn) <= MAX_LABELLED_MARKS:
        for start, end, low, high, c in bands:
            ax.fill_between([start, end], low, high, color=c, alpha=0.25, linewidth=0)
    marks = draw_estimates(ax, drawn, colour, label_sources=True, unit="km2", limit=limit, edge=top * HEADROOM * EDGE)
    if bands and len(drawn) > MAX_LABELLED_MARKS:
        # one collection of rectangles, under the marks (see _Batched); the time axis is set by now
        ax.add_collection(PolyCollection(
            [[(mdates.date2num(s), lo), (mdates.date2num(e), lo), (mdates.date2num(e), hi), (mdates.date2num(s), hi)]
             for s, e, lo, hi, _ in bands], facecolors=[c for *_, c in bands], alpha=0.25, linewidths=0, zorder=1))
    _value_axis(ax, "square kilometres (km²)")
    ax.set_ylim(top=top * HEADROOM)
    off = [off_scale_text(r, "km2") for r in drawn.itertuples() if (mark_y(r) or 0) > limit]
    legend(fig, [("mark", mark_handles(bool(off)))])
    return finish(fig, title, source_line(est), caption, ax, marks, off)


def bonuses(b: pd.DataFrame, title: str, caption: str) -> Chart:
    """One-time signing bonuses by region over time, in millions of roubles; a region's figures
    are joined in time order where one period ends before the next begins (a figure for a whole
    year and one from February inside it are no sequence: a line would read as a rise or a cut the
    text does not say), and each is labelled with its multiple of the local monthly wage where the
    articles give the wage."""
    fig, (ax,) = figure()
    drawn = b[b["holds_start"].notna()]
    if drawn.empty:
        empty(ax, "bonuses")
        return finish(fig, title, source_line(b), caption, ax)
    colour = _colours(drawn, "region")
    limit, top = value_extent(drawn)
    edge = top / 1e6 * HEADROOM * EDGE
    for region, part in drawn.groupby("region", sort=True):
        part = part.sort_values("holds_start")
        xs = [midpoint(s, e) for s, e in zip(part["holds_start"], part["holds_end"])]
        ys = list((part["value"].fillna(part["high"]).fillna(part["low"]) / 1e6).clip(upper=edge))
        ends, starts = list(part["holds_end"]), list(part["holds_start"])
        run = [0]
        for i in range(1, len(xs) + 1):
            if i == len(xs) or starts[i] < ends[i - 1]:      # overlapping periods: the line stops
                if len(run) > 1:
                    ax.plot([xs[j] for j in run], [ys[j] for j in run], color=colour[region], linewidth=1, alpha=0.6)
                run = [i]
            else:
                run.append(i)
    marks = draw_estimates(ax, drawn, colour, by="region", scale=1e6, unit="RUB", limit=limit, edge=edge)
    off = [off_scale_text(r, "RUB") for r in drawn.itertuples() if (mark_y(r) or 0) > limit]
    for r in drawn.itertuples():
        if (mark_y(r) or 0) > limit:
            continue
        if r.wage_multiple is not None and not pd.isna(r.wage_multiple):
            marks.append(f"{refs(r.refs)}  {r.wage_multiple:g}× monthly wage")
            if len(drawn) > MAX_LABELLED_MARKS:
                continue
            y = (r.value if not pd.isna(r.value) else r.high) / 1e6
            ax.annotate(f"{r.wage_multiple:g}× monthly wage", (midpoint(r.holds_start, r.holds_end), y),
                        xytext=(6, -10), textcoords="offset points", fontsize=7, color="#333333")
    ax.set_ylabel("roubles (millions)")
    ax.set_ylim(0, top / 1e6 * HEADROOM)
    handles = [Line2D([], [], marker="o", color=c, label=_legend_label(k or "region not given"))
               for k, c in colour.items() if c != OTHER]
    if any(c == OTHER for c in colour.values()):
        handles.append(Line2D([], [], marker="o", color=OTHER, label="other regions (table below)"))
    legend(fig, [("region", handles), ("mark", mark_handles(bool(off)))])
    return finish(fig, title, source_line(b), caption, ax, marks, off)


GRAPH_ROW_INCHES = 0.34        # height per row of the reporting graph
GRAPH_COLUMN = 0.95            # x of each column (data units; the axes span 2.72)
GRAPH_LABEL = 32               # characters of a node label
GRAPH_BOX = 0.56               # where a node's box ends, for a 32-character label at 7.2 pt
LINK_COLOUR, CITE_COLOUR = PALETTE[1], "#9a9a9a"


def reporting_graph(sources: list[str], articles: list[dict], links: list[dict], cites: list[dict],
                    title: str, caption: str, source_note: list[str]) -> Chart:
    """Who said it first and who repeated it, as a picture: original sources on the left, the
    articles that report them (origins and independent articles) in the middle, rewrites on the
    right; an orange arrow is a derivation link with its score, a grey line a claim cited.

    articles: {id, label, column (1 or 2)} in drawing order; links: {earlier, later, score, why};
    cites: {source, article, claims}. A rewrite's cites of a source its family's first article
    also cites are left out: the orange arrow already carries them."""
    rows = max(len(sources), sum(a["column"] == 1 for a in articles), sum(a["column"] == 2 for a in articles), 1)
    fig, (ax,) = figure((FIGSIZE[0], 1.2 + rows * GRAPH_ROW_INCHES))
    ax.set_axis_off()
    ax.set_xlim(-0.02, 2.72)
    ax.set_ylim(rows - 0.4, -0.8)
    pos, column = {}, {}
    for col, names in ((0, sources), (1, [a for a in articles if a["column"] == 1]),
                       (2, [a for a in articles if a["column"] == 2])):
        heading = ("original source", "first report, or independent", "rewrite")[col]
        ax.text(col * GRAPH_COLUMN, -0.7, heading, fontsize=7.5, color="#555555", fontweight="bold")
        for y, n in enumerate(names):
            key = n if col == 0 else n["id"]
            pos[(col == 0, key)] = (col * GRAPH_COLUMN, y)
            column[key] = col
            # parse_math off: an outlet or source name is article text, and "$…$" in it is not a formula
            ax.text(col * GRAPH_COLUMN, y, _short(n if col == 0 else n["label"], GRAPH_LABEL), va="center", fontsize=7.2,
                    parse_math=False,
                    bbox={"boxstyle": "round,pad=0.25", "fc": "#f2f2f2" if col == 0 else "white",
                          "ec": "#bbbbbb", "lw": 0.6})
    marks = []
    origin_cites = {(c["source"], c["article"]) for c in cites}
    family_origin = {link["later"]: link["earlier"] for link in links}
    for c in cites:
        if (True, c["source"]) not in pos or (False, c["article"]) not in pos:
            continue
        marks.append(f"{c['source']} → {c['article']} ({c['claims']} claim{'s' * (c['claims'] != 1)})")
        if column[c["article"]] == 2 and (c["source"], family_origin.get(c["article"])) in origin_cites:
            continue
        (x0, y0), (x1, y1) = pos[(True, c["source"])], pos[(False, c["article"])]
        ax.annotate("", (x1 - 0.03, y1), (x0 + GRAPH_BOX, y0),
                    arrowprops={"arrowstyle": "-|>", "color": CITE_COLOUR, "lw": 0.6, "shrinkA": 0, "shrinkB": 0,
                                "connectionstyle": "arc3,rad=0.0" if column[c["article"]] == 1 else "arc3,rad=-0.25"})
    for link in links:
        if (False, link["earlier"]) not in pos or (False, link["later"]) not in pos:
            continue
        (x0, y0), (x1, y1) = pos[(False, link["earlier"])], pos[(False, link["later"])]
        across = column[link["later"]] > column[link["earlier"]]
        start = (x0 + GRAPH_BOX, y0) if across else (x0 + 0.3, y0 + 0.3)
        end = (x1 - 0.03, y1) if across else (x1 + 0.3, y1 - 0.3)
        ax.annotate("", end, start, arrowprops={"arrowstyle": "-|>", "color": LINK_COLOUR, "lw": 1.4,
                                                "shrinkA": 0, "shrinkB": 0,
                                                "connectionstyle": "arc3,rad=0.0" if across else "arc3,rad=0.5"})
        ax.text(start[0] + 0.35 * (end[0] - start[0]), start[1] + 0.35 * (end[1] - start[1]) - 0.12,
                f"{link['score']:.2f}", fontsize=6.5, color=LINK_COLOUR, ha="center", va="bottom")
        marks.append(f"{link['earlier']} ⇒ {link['later']} {link['score']:.2f} ({link['why']})")
    if not articles:
        empty(ax, "articles")
    handles = [Line2D([], [], color=LINK_COLOUR, lw=1.4, label="derives from (score)"),
               Line2D([], [], color=CITE_COLOUR, lw=0.6, label="claims cited")]
    ax.legend(handles=handles, loc="lower right", fontsize=7)
    return finish(fig, title, source_note, caption, ax, marks)
