"""Main text and metadata of an HTML page saved from a browser, mapped to the page source.

trafilatura finds the article text and the page's title, date, site name and author.
It returns plain text with no positions, so each word it returns is found again, in
order, in the page's visible text (scanned here with the standard library's
HTMLParser, which knows where every character sits in the source). That gives a
`MappedText` whose offsets point into the HTML file, like those of a .txt article.
"""

from __future__ import annotations

import html
import re
from array import array
from dataclasses import dataclass, field
from html.parser import HTMLParser

import trafilatura

from .textmap import OFFSET_TYPE, Change, MappedText

INVISIBLE_TAGS = {"script", "style", "noscript", "template", "svg", "head"}
# Words of the extracted text are looked for this far ahead of the last match; further
# means the word is not where extraction found it (trafilatura may rewrite a few).
ALIGN_WINDOW = 20_000


class _VisibleText(HTMLParser):
    """Visible characters of a page, each with its [start, end) in the source."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", source)]
        self.chars: list[str] = []
        self.starts = array(OFFSET_TYPE)
        self.ends = array(OFFSET_TYPE)
        self.hidden = 0

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag, attrs):
        if tag in INVISIBLE_TAGS:
            self.hidden += 1

    def handle_endtag(self, tag):
        if tag in INVISIBLE_TAGS and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if self.hidden:
            return
        at = self._offset()
        for i, c in enumerate(data):
            self.chars.append(c)
            self.starts.append(at + i)
            self.ends.append(at + i + 1)

    def _ref(self, text: str, length: int):
        if self.hidden:
            return
        at = self._offset()
        for c in text:
            self.chars.append(c)
            self.starts.append(at)
            self.ends.append(at + length)

    def handle_entityref(self, name):
        self._ref(html.unescape(f"&{name};"), len(name) + 2)

    def handle_charref(self, name):
        self._ref(html.unescape(f"&#{name};"), len(name) + 3)


@dataclass
class HtmlArticle:
    text: MappedText                 # main text; offsets point into the HTML source
    metadata: dict[str, str] = field(default_factory=dict)  # title, published, outlet, author, url
    dropped: list[Change] = field(default_factory=list)      # visible text outside the main text


def extract_html(source: str) -> HtmlArticle | None:
    """Main text and metadata of a page, or None when no article text is found."""
    # (photo captions stay out, as trafilatura leaves them: read in place they stood between a sentence and the one
    # it continues, "That is up from ...", and their credits were taken for the next sentence's speaker; review18b)
    doc = trafilatura.bare_extraction(source, with_metadata=True, include_comments=False,
                                      include_tables=True, deduplicate=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return None
    meta = {}
    for ours, theirs in (("title", "title"), ("published", "date"), ("outlet", "sitename"),
                         ("author", "author"), ("url", "url")):
        value = getattr(doc, theirs, None)
        if value:
            meta[ours] = str(value).strip()
    if meta.get("published", "").endswith("-01-01") and not _says_new_year(source, meta["published"][:4]):
        # trafilatura (htmldate) gives a page dated only by a year, "© 2024" in its footer, the year's first day:
        # a day the page never names is no publication date (the text's own dateline is read instead)
        del meta["published"]
    mapped, dropped = _align(text, source)
    return HtmlArticle(mapped, meta, dropped)


PUNCT_ONLY = re.compile(r"[^\w\s]+")
PUNCT_WINDOW = 40   # visible characters ahead of the last word in which a piece of punctuation is looked for


def _says_new_year(source: str, year: str) -> bool:
    """Does the page name 1 January of `year` anywhere (a meta tag's "2024-01-01T...", "1 January 2024",
    "Jan. 1, 2024", "01.01.2024")?"""
    return bool(re.search(rf"{year}[-/.]01[-/.]01|\b0?1[./]0?1[./]{year}|\b(?:0?1(?:st)?\s+jan(?:uary)?\.?|"
                          rf"jan(?:uary)?\.?\s+0?1(?:st)?),?\s+{year}", source, re.IGNORECASE))


# The next word must follow within this many visible characters for a match to count:
# a headline's first word ("Russia") also stands in the menu above it.
NEXT_WORD_WITHIN = 200


def _find_word(visible: str, word: str, nxt: str | None, cursor: int) -> int:
    """Where `word` stands in `visible` from `cursor` on: first where the next word follows
    right after it (only spaces or punctuation between), else where it follows within
    NEXT_WORD_WITHIN characters, else the first occurrence if that is as near; -1 if none."""
    limit = cursor + ALIGN_WINDOW + len(word)
    first = visible.find(word, cursor, limit)
    if nxt is None or first < 0:
        return first
    for close_only in (True, False):
        at = first
        while at >= 0:
            end = at + len(word)
            found = visible.find(nxt, end, end + NEXT_WORD_WITHIN)
            if found >= 0 and (not close_only or not re.search(r"\w", visible[end:found])):
                return at
            at = visible.find(word, at + 1, limit)
    # no occurrence with the next word after it: the nearest only when it is near (a word found far ahead with
    # nothing of the text after it, a name in a byline met again in the body, would move every word after it)
    return first if first - cursor <= NEXT_WORD_WITHIN else -1


def _align(text: str, source: str) -> tuple[MappedText, list[Change]]:
    scan = _VisibleText(source)
    scan.feed(source)
    scan.close()
    visible = "".join(scan.chars)
    starts, ends = array(OFFSET_TYPE), array(OFFSET_TYPE)
    cursor = 0          # in `visible`
    last_end = 0        # source offset after the last matched word
    covered: list[tuple[int, int]] = []   # visible spans matched
    pieces = [m.group() for m in re.finditer(r"\S+|\s+", text)]
    words = [p for p in pieces if not p.isspace()]
    # the next word with a letter or digit in it, each word's anchor (punctuation is often rewritten: "-" for "–")
    anchors: list[str | None] = [None] * len(words)
    following = None
    for i in range(len(words) - 1, -1, -1):
        anchors[i] = following
        if not PUNCT_ONLY.fullmatch(words[i]):
            following = words[i]
    w = 0
    pending = -1        # where in `text` a line's unmatched opening ("| " of a table row) began
    for piece in pieces:
        at = -1
        if not piece.isspace():
            nxt = anchors[w]
            if PUNCT_ONLY.fullmatch(piece):
                # punctuation the extractor wrote or rewrote ("|" of a table, "-" for an en dash): looked for only
                # right here, never far ahead (a hyphen 600 characters on, in a menu, moved every word after it)
                at = visible.find(piece, cursor, cursor + PUNCT_WINDOW)
                if at > cursor and not visible[cursor:at].isspace():
                    at = -1     # (only past spaces: not the hyphen of a word further on, "Tae-hoon")
            else:
                at = _find_word(visible, piece, nxt, cursor)
            w += 1
        if at < 0:
            if pending < 0 and (len(starts) == 0 or text[len(starts) - 1] == "\n") and not piece.isspace():
                pending = len(starts)
            starts.extend([last_end] * len(piece))
            ends.extend([last_end] * len(piece))
            continue
        if pending >= 0 and not piece.isspace():
            # a line's opening the page does not have ("| " of a row) starts where its first word does
            for i in range(pending, len(starts)):
                starts[i] = ends[i] = scan.starts[at]
            pending = -1
        starts.extend(scan.starts[at:at + len(piece)])
        ends.extend(scan.ends[at:at + len(piece)])
        covered.append((at, at + len(piece)))
        cursor = at + len(piece)
        last_end = scan.ends[cursor - 1]
    dropped = []
    prev = 0
    for a, b in covered + [(len(visible), len(visible))]:
        gap = visible[prev:a]
        if re.search(r"\w", gap):  # punctuation-only gaps are re-spacing, not content
            dropped.append(Change("html-extraction", "page text outside the article (menus, links, footer)",
                                  scan.starts[prev], scan.ends[a - 1], " ".join(gap.split()), ""))
        prev = b
    return MappedText(text, starts, ends, raw_length=len(source)), dropped

