"""Tables as the reader sees them: every cell escaped (article text is untrusted), no index,
long text wrapped, a caption saying what the rows are."""

from __future__ import annotations

import html
import re

import pandas as pd

TABLE_CSS_CLASS = "claimtrack-table"
# A run of this many characters without a space gets invisible break points (U+200B) in the HTML,
# so a pasted URL or a line of junk wraps inside its cell instead of stretching the table off the
# page; the data itself (CSV, text) is unchanged.
LONG_TOKEN = 40
_LONG = re.compile(rf"\S{{{LONG_TOKEN}}}(?=\S)")
# Fixed here, not left to the analyst's IPython settings: the stored notebook outputs (and nbval's
# comparison of them) must not depend on who ran the notebook.
DISPLAY_OPTIONS = {"display.width": 120, "display.max_colwidth": 60, "display.max_rows": 500,
                   "display.max_columns": 50, "display.precision": 6}


class Table:
    """A DataFrame shown as an HTML table in notebooks and the report, plain text elsewhere."""

    def __init__(self, frame: pd.DataFrame, caption: str = "", empty: str = "None."):
        self.frame = frame.reset_index(drop=True)
        self.caption = caption
        self.empty = empty

    def _repr_html_(self) -> str:
        cap = f"<p class='claimtrack-caption'>{html.escape(self.caption)}</p>" if self.caption else ""
        if self.frame.empty:
            return f"{cap}<p class='claimtrack-empty'>{html.escape(self.empty)}</p>"
        with _fixed_display():
            body = self.frame.map(_breakable).to_html(index=False, escape=True, na_rep="", border=0,
                                                      classes=TABLE_CSS_CLASS, max_rows=None, max_cols=None)
        return cap + _left_aligned(body)

    def __repr__(self) -> str:
        head = f"{self.caption}\n" if self.caption else ""
        if self.frame.empty:
            return head + self.empty
        with _fixed_display():
            return head + self.frame.to_string(index=False, na_rep="")


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
