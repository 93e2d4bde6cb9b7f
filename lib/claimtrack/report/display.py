"""Tables as the reader sees them: every cell escaped (article text is untrusted), no index,
long text wrapped, a caption saying what the rows are; every ledger number `#n` a link to its
row in the claims ledger, every article URL a link out (http and https only).

The HTML is written here rather than by DataFrame.to_html, which escapes a whole table or
nothing: a link is the one piece of markup a cell may hold, and only in a column the view
names as holding ledger numbers or URLs, so text from an article never becomes markup.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

import pandas as pd

TABLE_CSS_CLASS = "claimtrack-table"
# A run of this many characters without a space gets invisible break points (U+200B) in the HTML,
# so a pasted URL or a line of junk wraps inside its cell instead of stretching the table off the
# page; the data itself (CSV, text) is unchanged.
LONG_TOKEN = 24                   # a ledger's file:line ('09_kbsworld_nis_three_thousand_27hundred.txt:3') must wrap to fit A4
_LONG = re.compile(rf"\S{{{LONG_TOKEN}}}(?=\S)")
# Fixed here, not left to the analyst's IPython settings: the stored notebook outputs (and nbval's
# comparison of them) must not depend on who ran the notebook.
DISPLAY_OPTIONS = {"display.width": 120, "display.max_colwidth": 60, "display.max_rows": 500,
                   "display.max_columns": 50, "display.precision": 6}
# A cell lists at most this many ledger numbers, each a link; the rest are counted ("and 297 more
# in claims.csv"). A figure restated by 300 outlets would otherwise carry 300 links, and the
# ledger 300 rows for it: the first reports are the ones to check.
MAX_REFS_SHOWN = 5
REF = re.compile(r"#(\d+)")
REF_ANCHOR = "claim-{}"          # the id of ledger row #n
ANCHOR = re.compile(r"[a-z][a-z0-9_-]*")   # ids this report gives its tables ("force-marks", "claim-12")
URL_SCHEMES = ("http", "https")


def ref_anchor(n: int) -> str:
    return REF_ANCHOR.format(n)


def shown_refs(text: str) -> list[int]:
    """The ledger numbers a ref cell shows (and links): the first MAX_REFS_SHOWN."""
    return [int(n) for n in REF.findall(str(text))][:MAX_REFS_SHOWN]


def _ref_cell(text: str) -> tuple[str, str]:
    """(html, plain) of a cell of ledger numbers; text between them (generated, not article text) is escaped."""
    text = "" if _missing(text) else str(text)
    found = list(REF.finditer(text))
    if not found:
        return html.escape(text), text
    keep, rest = found[:MAX_REFS_SHOWN], found[MAX_REFS_SHOWN:]
    out, plain, pos = [], [], 0
    for m in keep:
        out.append(html.escape(text[pos:m.start()]))
        plain.append(text[pos:m.start()])
        out.append(f'<a href="#{ref_anchor(int(m.group(1)))}">{m.group(0)}</a>')
        plain.append(m.group(0))
        pos = m.end()
    if rest:
        more = f" and {len(rest)} more (claims.csv)"
        tail = text[rest[-1].end():]
        out.append(html.escape(more + tail))
        plain.append(more + tail)
    else:
        out.append(html.escape(text[pos:]))
        plain.append(text[pos:])
    return "".join(out), "".join(plain)


def safe_url(url) -> str | None:
    """The URL when it is http or https with a host; None for anything else (javascript:, data:, relative)."""
    if _missing(url):
        return None
    url = str(url).strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in URL_SCHEMES or not parts.netloc or any(c in url for c in "\r\n\t <>\"'`"):
        return None
    return url


def _url_cell(url) -> tuple[str, str]:
    ok = safe_url(url)
    if ok is None:
        text = "" if _missing(url) else str(url)
        return html.escape(_breakable(text)), text
    shown = urlsplit(ok).netloc
    return (f'<a href="{html.escape(ok, quote=True)}" rel="noopener noreferrer">{html.escape(shown)}</a>', ok)


def _link(target: str, label: str) -> str:
    """A link to an anchor of the report, or out to an http(s) URL; anything else is shown as text."""
    if ANCHOR.fullmatch(target):
        return f'<a href="#{target}">{html.escape(label)}</a>'
    ok = safe_url(target)
    if ok is None:
        return html.escape(label)
    return f'<a href="{html.escape(ok, quote=True)}" rel="noopener noreferrer">{html.escape(label)}</a>'


def _missing(v) -> bool:
    return v is None or (isinstance(v, float) and pd.isna(v))


def _plain(v) -> str:
    if _missing(v):
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v)) if abs(v) < 1e15 else str(v)
    return str(v)


class Table:
    """A DataFrame shown as an HTML table in notebooks and the report, plain text elsewhere.

    ref_columns: columns whose `#n` become links to the ledger rows (at most MAX_REFS_SHOWN a cell);
    url_columns: columns of article URLs, linked when http or https; anchor: the table's id, so the
    ledger can link back to it; row_ids: a column whose `#n` gives each row the id of ledger row n.
    """

    def __init__(self, frame: pd.DataFrame, caption: str = "", empty: str = "None.",
                 ref_columns: tuple[str, ...] = (), url_columns: tuple[str, ...] = (), anchor: str = "",
                 row_ids: str = "", link_columns: tuple[str, ...] = ()):
        self.frame = frame.reset_index(drop=True)
        self.caption = caption
        self.empty = empty
        self.ref_columns = tuple(c for c in ref_columns if c in self.frame.columns)
        self.url_columns = tuple(c for c in url_columns if c in self.frame.columns)
        self.anchor = anchor
        self.row_ids = row_ids if row_ids in self.frame.columns else ""
        # cells of (target, label) pairs: an anchor in the report ("force-marks"), or an article's
        # URL, linked only when http or https (the ledger's "links")
        self.link_columns = tuple(c for c in link_columns if c in self.frame.columns)

    def refs(self) -> set[int]:
        """The ledger numbers this table shows (and links)."""
        return {n for c in self.ref_columns for cell in self.frame[c] for n in shown_refs(cell)}

    def _cell(self, column: str, value) -> str:
        if column in self.ref_columns:
            return _ref_cell(value)[0]
        if column in self.url_columns:
            return _url_cell(value)[0]
        if column in self.link_columns:
            return ", ".join(_link(target, label) for target, label in value)
        return html.escape(_breakable(_plain(value)))

    def _repr_html_(self) -> str:
        cap = f"<p class='claimtrack-caption'>{html.escape(self.caption)}</p>" if self.caption else ""
        wrap = f'<div id="{html.escape(self.anchor, quote=True)}">' if self.anchor else "<div>"
        if self.frame.empty:
            return f"{wrap}{cap}<p class='claimtrack-empty'>{html.escape(self.empty)}</p></div>"
        cols = list(self.frame.columns)
        head = "".join(f"<th>{html.escape(str(c))}</th>" for c in cols)
        body = []
        for row in self.frame.itertuples(index=False, name=None):
            rid = ""
            if self.row_ids:
                m = REF.search(str(row[cols.index(self.row_ids)]))
                rid = f' id="{ref_anchor(int(m.group(1)))}"' if m else ""
            cells = "".join(f"<td>{self._cell(c, v)}</td>" for c, v in zip(cols, row))
            body.append(f"<tr{rid}>{cells}</tr>")
        table = (f'<table class="{TABLE_CSS_CLASS}"><thead><tr>{head}</tr></thead>'
                 f'<tbody>{"".join(body)}</tbody></table>')
        return f"{wrap}{cap}{_left_aligned(table)}</div>"     # left-aligned in Lab too, as in the report

    def __repr__(self) -> str:
        head = f"{self.caption}\n" if self.caption else ""
        if self.frame.empty:
            return head + self.empty
        frame = self.frame.copy()
        for c in self.ref_columns:
            frame[c] = frame[c].map(lambda v: _ref_cell(v)[1])
        for c in self.link_columns:
            frame[c] = frame[c].map(lambda v: ", ".join(label for _, label in v))
        with _fixed_display():
            return head + frame.to_string(index=False, na_rep="")


class Sections:
    """Several tables under one cell's output, each with its own caption (the ledger, by metric)."""

    def __init__(self, tables: list[Table], caption: str = ""):
        self.tables, self.caption = tables, caption

    def refs(self) -> set[int]:
        return set().union(*(t.refs() for t in self.tables)) if self.tables else set()

    @property
    def frame(self) -> pd.DataFrame:
        """The sections' rows in one frame (for code and tests; the reader sees them apart)."""
        return pd.concat([t.frame for t in self.tables], ignore_index=True) if self.tables else pd.DataFrame()

    def _repr_html_(self) -> str:
        cap = f"<p class='claimtrack-caption'>{html.escape(self.caption)}</p>" if self.caption else ""
        return cap + "".join(t._repr_html_() for t in self.tables)

    def __repr__(self) -> str:
        return "\n\n".join([self.caption] * bool(self.caption) + [repr(t) for t in self.tables])


class Findings:
    """Sentences computed from the data, each a list of segments ('label' | 'text', str) or
    ('refs', [n, …]); every #n a link to its ledger row."""

    def __init__(self, sentences: list[list[tuple[str, object]]], empty: str = "No dated figures in these articles."):
        self.sentences, self.empty = sentences, empty

    def refs(self) -> set[int]:
        return {n for s in self.sentences for kind, v in s if kind == "refs" for n in list(v)[:MAX_REFS_SHOWN]}

    @staticmethod
    def _refs_text(numbers) -> str:
        return ", ".join(f"#{n}" for n in numbers)

    def _repr_html_(self) -> str:
        if not self.sentences:
            return f"<p class='claimtrack-empty'>{html.escape(self.empty)}</p>"
        items = []
        for s in self.sentences:
            parts = []
            for kind, v in s:
                if kind == "refs":
                    parts.append(_ref_cell(self._refs_text(v))[0])
                elif kind == "label":
                    parts.append(f"<strong>{html.escape(str(v))}</strong>")
                else:
                    parts.append(html.escape(str(v)))
            items.append(f"<li>{''.join(parts)}</li>")
        return f"<ul class='claimtrack-findings' id='summary-findings'>{''.join(items)}</ul>"

    def __repr__(self) -> str:
        if not self.sentences:
            return self.empty
        return "\n".join("- " + "".join(_ref_cell(self._refs_text(v))[1] if kind == "refs" else str(v)
                                         for kind, v in s) for s in self.sentences)


# JupyterLab right-aligns table cells (its CSS), so quotes and dates wrap to a word a line; the
# report's CSS left-aligns them. Inline styles, the same as the report's, make Lab show what the
# report shows; a <style> element would be dropped by Lab's sanitiser in a notebook not yet trusted.
CELL_STYLE = "text-align: left; vertical-align: top;"


def _left_aligned(body: str) -> str:
    body = body.replace('<tr style="text-align: right;">', "<tr>")
    return re.sub(r"<(td|th)>", rf'<\1 style="{CELL_STYLE}">', body)


def _breakable(value):
    """A cell's text with a zero-width break after every LONG_TOKEN characters of an unbroken run."""
    return _LONG.sub(lambda m: m.group(0) + "\u200b", value) if isinstance(value, str) else value


def _fixed_display():
    return pd.option_context(*[x for option in DISPLAY_OPTIONS.items() for x in option])
