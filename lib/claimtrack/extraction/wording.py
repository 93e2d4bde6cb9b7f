"""How a figure and its quote are written for readers: '12,000', 'more than 10,000', '600–700 km²', 'RUB 3,000,000'."""

from __future__ import annotations

import html
import math
import re

from ..reading.clean import MD_EM, MD_EM_UNDERSCORE, MD_FOOTNOTE, MD_LINK, MD_STRONG

UNIT_SUFFIX = {"km2": " km²", "sq mi": " sq mi", "%": "%"}
UNIT_PREFIX = {"RUB": "RUB ", "USD": "$", "EUR": "€", "KRW": "KRW ", "UAH": "UAH "}
LOWER = {"more_than": "more than", "at_least": "at least"}
UPPER = {"less_than": "fewer than", "up_to": "up to"}


def missing(x) -> bool:
    """None or NaN: a bound a figure does not have."""
    return x is None or (isinstance(x, float) and math.isnan(x))


def number(x: float | None) -> str:
    if missing(x):
        return "?"
    return f"{x:,.0f}" if float(x).is_integer() or abs(x) >= 100 else f"{x:,.1f}"


def amount(x: float | None, unit: str) -> str:
    """A number with its unit: 'RUB 3,000,000', '700 km²', '12,000'."""
    return f"{UNIT_PREFIX.get(unit, '')}{number(x)}{UNIT_SUFFIX.get(unit, '')}"


def figure(bound: str, low, high, value, unit: str, qualifier: str = "", negated: bool = False,
           surface: str = "") -> str:
    """The estimate as a reader would say it."""
    if bound == "vague":
        return f'"{surface.strip()}"' if surface else "vague"
    if bound == "range":
        lo, hi = amount(low, unit), amount(high, unit)
        prefix = UNIT_PREFIX.get(unit, "")
        return f"{lo}–{hi[len(prefix):]}" if prefix else f"{number(low)}–{hi}"
    if bound == "lower":
        return f"{LOWER.get(qualifier, 'more than')} {amount(low, unit)}"
    if bound == "upper":
        if negated:
            return f"not close to {amount(high, unit)}"
        return f"{UPPER.get(qualifier, 'up to')} {amount(high, unit)}"
    text = amount(low if missing(value) else value, unit)
    return f"about {text}" if qualifier == "approx" else text


def row_figure(row, unit: str) -> str:
    """figure() of an estimates row (a dict or a pandas Series)."""
    return figure(row["bound"], row["low"], row["high"], row["value"], unit, row.get("qualifier", ""),
                  bool(row.get("negated", False)), row.get("surface", ""))


# Markup in a quote from an HTML page: a claim's quote is the page source between its offsets (`raw[start:end] ==
# quote`, so it can always be found again), which for a table row or a list item holds tags. Readers are shown its
# text: cells apart by " | ", other tags as spaces, entities as the characters they stand for.
_CELL_BREAK = re.compile(r"\s*</t[dh]>\s*<t[dh]\b[^>]*>\s*", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]{0,2000})?/?>")
_INLINE_TAG = re.compile(r"</?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|font|i|kbd|mark|q|s|samp|small|span|strong|sub|"
                         r"sup|time|u|var)(?:\s[^<>]{0,2000})?>", re.IGNORECASE)


# ... and a Markdown file's marks ("**3,000**", "_at least 100_", a link's brackets and address, "[^1]"): the patterns
# the reader strips them with (reading.clean), here kept to their text.
_MD_MARKS = [(MD_LINK, r"\1"), (MD_STRONG, r"\2"), (MD_EM, r"\1"), (MD_EM_UNDERSCORE, r"\1"), (MD_FOOTNOTE, "")]


def readable(quote: str) -> str:
    """A quote as a reader sees it: an HTML page's tags and entities, a Markdown file's marks taken out (other quotes
    as they are)."""
    quote = str(quote)
    if any(c in quote for c in "*_[") and ("**" in quote or "__" in quote or "](" in quote or "[^" in quote
                                           or re.search(r"(?<!\w)[*_]\S", quote)):
        for rx, to in _MD_MARKS:
            quote = rx.sub(to, quote)
    if "<" not in quote and "&" not in quote:
        return quote
    if not _TAG.search(quote) and not re.search(r"&#?\w+;", quote):
        return quote
    # (an inline tag joins what it marks to its words, "km<sup>2</sup>", "(<abbr>NIS</abbr>)"; a block tag parts them)
    text = _TAG.sub(" ", _INLINE_TAG.sub("", _CELL_BREAK.sub(" | ", quote)))
    # (a tag cut at the quote's ends: "...12,000<" or "/td> Pentagon")
    text = re.sub(r"^/?[A-Za-z][\w:-]*(?:\s[^<>]*)?>|</?(?:[A-Za-z][^<>]*)?$", " ", text)
    return " ".join(html.unescape(text).split())


def shorten(text: str, width: int) -> str:
    """Text on one line, cut to `width` characters with '…' (quotes in tables; the ledger and
    the CSVs keep them whole)."""
    text = " ".join(readable(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def refs(numbers) -> str:
    """Ledger references: '#1, #5'."""
    return ", ".join(f"#{n}" for n in numbers)
