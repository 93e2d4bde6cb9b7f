"""Cleaning rules: raw article text → cleaned text, with every change mapped and audited.

Each rule looks at the current text and proposes `Edit`s; `clean` applies them rule by
rule through `MappedText`, so the result carries a map back to the raw text and a
`Change` for every removal and rewrite. The rules are general (markdown, page chrome,
photo credits, repeats, …): no rule names an article. Order matters and is the order of
`RULES`: normalise characters first, then strip markup, then remove boilerplate,
captions and repeats, then rejoin broken sentences and tidy whitespace.

These rules are written by hand: trafilatura and justext judge boilerplate from HTML
structure, which a saved .txt no longer has.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache

import yaml
from rapidfuzz import fuzz

from .casefold import FOLDS_TO_ASCII, lower_pattern
from .textmap import Change, Edit, MappedText

# ---------------------------------------------------------------- characters

# Unicode spaces that news sites use as separators or for layout (NBSP before units,
# thin spaces in "6 000", ideographic spaces in machine translations).
SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Characters that carry nothing visible: zero-width space/joiners, word joiner, soft hyphen,
# a byte-order mark in the middle of text.
INVISIBLE = "\u200b\u200c\u200d\u2060\u00ad\ufeff"
QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
          "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
          "\u00ab": '"', "\u00bb": '"'}
# Hyphen-like dashes become "-" (ranges such as "10–12" and "−5" read the same as ASCII);
# the em dash family becomes one em dash, which stays distinct because it marks asides.
DASHES = {"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-", "\ufe63": "-",
          "\uff0d": "-", "\u2014": "\u2014", "\u2015": "\u2014", "\u2e3a": "\u2014", "\u2e3b": "\u2014"}
CHAR_MAP = {**{c: " " for c in SPACES}, **{c: "" for c in INVISIBLE}, **QUOTES, **DASHES}
CHAR_MAP = {k: v for k, v in CHAR_MAP.items() if k != v}

# Every character rule_unicode changes: those of CHAR_MAP, full-width ASCII and Latin ligatures.
_UNICODE_CHARS = re.compile("[" + "".join(re.escape(c) for c in CHAR_MAP) + "\uff01-\uff5e\ufb00-\ufb06]")


def _char_name(c: str) -> str:
    return unicodedata.name(c, f"U+{ord(c):04X}").lower()


# CRLF, CR, and the other characters Unicode counts as line breaks (str.splitlines does too):
# vertical tab, form feed, NEL, line and paragraph separators.
LINE_BREAK = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")


_LINE_BREAK_CHARS = "\r\x0b\x0c\x85\u2028\u2029"
# Combining accents, which rule_unicode composes with the character before them.
_COMBINING = re.compile(r"[\u0300-\u036f]")


def rule_line_endings(text: str) -> Iterator[Edit]:
    if not any(c in text for c in _LINE_BREAK_CHARS):
        return        # no character of LINE_BREAK: no search (a test per character is ~100× faster, issue 18)
    for m in LINE_BREAK.finditer(text):
        yield Edit(m.start(), m.end(), "\n", "line-endings", f"line break {m.group()!r} → \\n")


# A symbol or emoji that opens a line as its bullet, as Telegram posts and SEO boxes write lists ("▪️ Under control of
# the Defense Forces: ~414 km²", "✅ Killed (NIS, Sept 2025): ~2,000"): read as "•", a bullet the extractor knows
# (synth36). Only at a line's start and before a space.
# (and "●", "◆", "➡️", "👉", "❌", "📅": review33; a symbol glued to its first word is a bullet too, "►Losses: ...")
_BULLET_SYMBOLS = "▪▫◾◽◼◻■□►▶▸➤➜✅✔☑✓🔹🔸🔷🔶🔻🔺📌📍📊📈📉⚡🔴🟢🟡⭐❗‼●◆◇➡👉❌📅"
SYMBOL_BULLET = re.compile(rf"(?m)^[ \t]*([{_BULLET_SYMBOLS}]\ufe0f?)(?=[ \t]|[A-Za-z0-9~])")
# (looked for after a line break first, and at the text's start: a character class of these symbols searched through
# the whole text was a fortieth of reading; issue 18)
_SYMBOL_BULLET_GATE = re.compile(f"\n[ \t]*[{_BULLET_SYMBOLS}]")


# A keycap emoji opening a line ("1️⃣ Tyumen region — 3,5 mln", as Telegram posts number their lists): the item's number,
# written as a numbered list writes it ("1."), not a figure of the line (synth62)
KEYCAP = re.compile(r"(?m)^[ \t]*(\d{1,2})\ufe0f?\u20e3")


def rule_unicode(text: str) -> Iterator[Edit]:
    """Straighten quotes, unify dashes and spaces, drop invisible characters, NFC-compose,
    and fold full-width ASCII and ligatures (NFKC, for those characters only: NFKC on
    everything would also turn "km²" into "km2" and "½" into "1⁄2")."""
    for m in (re.finditer(r".[\u0300-\u036f]+", text) if _COMBINING.search(text) else ()):
        composed = unicodedata.normalize("NFC", m.group())
        if composed != m.group():
            yield Edit(m.start(), m.end(), composed, "unicode", "combining accent composed (NFC)")
    first = text.lstrip(" \t")[:1]
    bullets = _SYMBOL_BULLET_GATE.search(text) or (first and first in _BULLET_SYMBOLS)
    for m in (SYMBOL_BULLET.finditer(text) if bullets else ()):
        glued = not m.string[m.end(1):m.end(1) + 1].isspace()
        yield Edit(m.start(1), m.end(1), "• " if glued else "•", "unicode", f"{_char_name(m.group(1)[0])} bullet → '•'")
    for m in (KEYCAP.finditer(text) if "\u20e3" in text else ()):
        yield Edit(m.start(1), m.end(), f"{m.group(1)}.", "unicode", "keycap number → list number")
    for m in _UNICODE_CHARS.finditer(text):    # (was a loop over every character: issue 18)
        i, c = m.start(), m.group()
        if c in CHAR_MAP:
            yield Edit(i, i + 1, CHAR_MAP[c], "unicode", f"{_char_name(c)} → {CHAR_MAP[c]!r}")
        elif "\uff01" <= c <= "\uff5e" or "\ufb00" <= c <= "\ufb06":
            folded = unicodedata.normalize("NFKC", c)
            yield Edit(i, i + 1, folded, "unicode", f"{_char_name(c)} → {folded!r}")


# ---------------------------------------------------------------- markdown

MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(([^)\s]*)(?:\s+\"[^\"\n]*\")?\)")
MD_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]*)(?:\s+\"[^\"\n]*\")?\)")
MD_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1")
MD_EM = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^\n*]+?)(?<=[^\s*\\])\*(?![\w*])")
MD_HEADING = re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+")
MD_QUOTE = re.compile(r"(?m)^[ \t]{0,3}>[ \t]?")
MD_RULE = re.compile(r"(?m)^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
# "_emphasis_" (underscores: only at word edges, not "snake_case"); footnote marks "[^1]" (a definition's "[^1]:" at a
# line's start too: its text is a sentence of the article); YAML front matter at the file's top ("---" ... "---"),
# whose date, title and author the reader takes as metadata (reading.corpus).
MD_EM_UNDERSCORE = re.compile(r"(?<![\w_\\])_(?=[^\s_])([^\n_]+?)(?<=[^\s_\\])_(?![\w_])")
MD_FOOTNOTE = re.compile(r"\[\^[^\]\s]{1,20}\](?::[ \t]?)?")
MD_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:[^\n]*\n){1,40}?---[ \t]*(?:\n|\Z)")
# Keys of which a front-matter block names one at least: what publishing tools write.
FRONT_MATTER_KEYS = {"title", "date", "author", "authors", "published", "tags", "categories", "layout", "description",
                     "slug", "draft", "lang", "summary", "image", "url"}


def front_matter_fields(block: str) -> dict | None:
    """The fields of a "---" ... "---" block that is YAML front matter (a mapping with a known key among its keys), or
    None for a passage of the article between two rules ("---", "Update: ...", two sentences, "---")."""
    try:
        fields = yaml.safe_load(block.strip().strip("-"))
    except yaml.YAMLError:
        return None
    if not isinstance(fields, dict) or not FRONT_MATTER_KEYS & {str(k).lower() for k in fields}:
        return None
    return fields


MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$&%|<>~\"'])")


def rule_markdown(text: str) -> Iterator[Edit]:
    """Markdown syntax out, its text kept: links keep their words, emphasis loses its
    asterisks, `\\$` becomes `$`. Images are removed whole (their alt text is a caption)."""
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    # (each pattern runs only on a text with the mark every match of it holds: issue 18)
    front = MD_FRONT_MATTER.match(text) if text.startswith("---") else None
    if front and front_matter_fields(front.group()) is not None:
        taken.append(front.span())
        yield Edit(front.start(), front.end(), "", "markdown", "front matter (its date, title and author read as metadata)")
    for m in MD_FOOTNOTE.finditer(text) if "[^" in text else ():
        taken.append(m.span())
        yield Edit(m.start(), m.end(), "", "markdown", "footnote mark")
    for m in MD_IMAGE.finditer(text) if "![" in text else ():
        taken.append(m.span())
        yield Edit(m.start(), m.end(), "", "markdown", f"image {m.group(2)!r}")
    for m in MD_LINK.finditer(text) if "](" in text else ():
        if not free(*m.span()):
            continue
        taken.append(m.span())
        yield Edit(m.start(), m.start() + 1, "", "markdown", "link bracket")
        yield Edit(m.end(1), m.end(), "", "markdown", f"link target {m.group(2)!r}")
    for pat, what in ((MD_STRONG, "bold"), (MD_EM, "emphasis"), (MD_EM_UNDERSCORE, "emphasis")):
        if "*" not in text and "_" not in text:
            break                # both need "*" or "_" (a shortcut for plain text: issue 18)
        for m in pat.finditer(text):
            if not free(*m.span()):
                continue
            taken.append(m.span())
            k = len(m.group(1)) if pat is MD_STRONG else 1
            yield Edit(m.start(), m.start() + k, "", "markdown", f"{what} marker")
            yield Edit(m.end() - k, m.end(), "", "markdown", f"{what} marker")
    for pat, what, mark in ((MD_HEADING, "heading marker", "#"), (MD_QUOTE, "quote marker", ">"),
                            (MD_RULE, "horizontal rule", "-*_")):
        if not any(c in text for c in mark):
            continue
        for m in pat.finditer(text):
            if m.group() and free(*m.span()):
                taken.append(m.span())
                yield Edit(m.start(), m.end(), "", "markdown", what)
    for m in MD_ESCAPE.finditer(text) if "\\" in text else ():
        if free(*m.span()):
            taken.append(m.span())
            yield Edit(m.start(), m.start() + 1, "", "markdown", f"escape before {m.group(1)!r}")


# ---------------------------------------------------------------- lines

def lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, newline excluded."""
    out, start = [], 0
    for m in re.finditer(r"\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


@lru_cache(maxsize=4)
def _nonblank(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of non-blank lines, trimmed of surrounding spaces. Kept for the last few texts:
    six rules ask for them, mostly of a text the rule before left as it was (issue 18)."""
    out = []
    for a, b in lines(text):
        s = text[a:b]
        if s.strip():
            lead = len(s) - len(s.lstrip())
            out.append((a + lead, a + len(s.rstrip())))
    return tuple(out)


def _words(s: str, beyond: int) -> int:
    """How many words `s` has, counted no further than `beyond` + 1: all a test against the
    threshold `beyond` needs (a long paragraph is not split whole; issue 18)."""
    return len(s.split(None, beyond))


TERMINAL = ".!?\"')]…:;”»"


def _ends_sentence(s: str) -> bool:
    return s.rstrip().endswith(tuple(TERMINAL))


# ---------------------------------------------------------------- boilerplate

# "18 HOURS AGO", "5 mins ago": a page's relative timestamp, which says when the page was
# saved, not when the story was published. May wrap onto the next line in a copied page.
RELATIVE_TIMESTAMP = re.compile(
    r"\b\d{1,3}\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b", re.I)


def relative_timestamps(text: str) -> Iterator[re.Match]:
    """RELATIVE_TIMESTAMP's matches; none, without a search, in a text without "ago" (which every
    match ends with; no other character is "a", "g" or "o" to a case-blind pattern): issue 18."""
    return RELATIVE_TIMESTAMP.finditer(text) if "ago" in text.lower() else iter(())


# "By Tamilla Hasanova", "BY JOSH SMITH and Jane Doe", "By Josh Smith, Reuters correspondent":
# capitalised names only, so "By the end of the week …" and "By then …" stay.
_BY_NAME = r"[A-Z][\w.'-]+(?:[ \t]+[A-Z][\w.'-]+){0,3}"
BYLINE = re.compile(rf"^(?:By|BY|Written by|Words by)[ \t]+(?P<names>{_BY_NAME}(?:[ \t]*(?:,|and|&)[ \t]*{_BY_NAME})*)"
                    rf"(?:[ \t]*,[ \t]*[A-Za-z][\w' -]{{0,40}})?[ \t]*\.?$", re.M)

# Whole lines that are page furniture, not reporting. Each: (name, pattern, reason).
BOILERPLATE_LINES: list[tuple[str, re.Pattern, str]] = [
    ("video-player", re.compile(r"^(?:PLAY|WATCH|Video)\s*[|:]?\s*\d{1,2}:\d{2}(?::\d{2})?$", re.I),
     "video player label"),
    ("page-chrome", re.compile(
        r"^(?:close|menu|search|share|share this (?:article|story)\s*:?|print|comments?|subscribe|sign in|"
        r"log in|loading\.*|copy link|continue reading|listen to this article|skip advert(?:isement)?|"
        r"facebook|twitter|whatsapp|telegram|linkedin|e-?mail|\(?end\)?|advertisement\b.{0,40}|"
        r"follow us\b.{0,60}|(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|updates|alerts)\b.{0,40}|"
        r".{0,60}\b\d+\s+min(?:ute)?s?\s+read)$", re.I),
     "page chrome (button, menu, advert, share, newsletter, reading time)"),
    ("related-link", re.compile(r"^(?:read more|read also|also read|read next|related|see also|more on this)\b\s*[:|-]", re.I),
     "link to another article"),
    # A page's counters: "Reading time: 4 min | Views 18,304 | Comments 23", "1.2K views · 45 comments" (synth58)
    ("page-counters", re.compile(r"^(?:(?:reading time:?\s*\d+\s*min\w*|(?:views?|comments?|shares?|likes?|reads?):?\s*[\d,.]+k?|"
                                 r"[\d,.]+k?\s+(?:views|comments|shares|likes|reads))\s*(?:[|·•,]\s*)?){2,5}$", re.I),
     "page counters (views, comments, shares)"),
    # Years are the only numbers a copyright notice holds; a line with other numbers is prose.
    ("copyright", re.compile(r"^(?:copyright\b|©|\(c\)\s)(?:(?!\d)[^\n]|(?<!\d)(?:19|20)\d\d(?!\d)){0,200}$", re.I),
     "copyright notice"),
    # An embedded post's signature: "— MAKS 24 🇺🇦 (@Maks_NAFO) December 16, 2024" (a display name's
    # digits are not figures; the post's own text, the line before, stays).
    ("embed-signature", re.compile(
        r"^[—–-]\s.{1,80}\(@\w{1,30}\)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}$"),
     "embedded post's signature (author, handle, date)"),
    ("credit-line", re.compile(
        r"^(?:cartography|graphics?|photos?|photographs?|pictures?|illustrations?|video|editing|"
        r"produced|design(?:ed)?|data visuali[sz]ation|(?:additional )?reporting|writing|compiled|translated)"
        r"\s+by\b.{0,200}$|^our standards:.{0,80}$|^.{0,120}\bcontributed to this report\.?$", re.I),
     "production credit"),
]

CTA = re.compile(r"^(?:explore|read|sign up|subscribe|click|follow|download|discover|try|get)\b.{0,80}"
                 r"(?:\bhere\b.*|[➔→›»▶➜➤]\s*)$", re.I)
PROMO_TITLE_MAX_WORDS = 5      # a promo box's title: "FT Edit", "Newsletter", "Most read"
PROMO_LOOKBACK = 3             # lines between a box's title and its call to action


# " date 2024-10-16 " at the very start: the date stamp that the search export our
# corpora come from puts before the text. Metadata reads it as the published date.
DATE_STAMP = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")


# A box of other stories' headlines under its title: "Most read" / "1 North Korea 'will send 100,000 troops' ..." /
# "2. ...": the page's, not the article's (synth58's e-papers and web pages). The title, then the list's lines (numbered,
# bulleted or arrowed, up to OTHER_STORIES_MAX), go.
OTHER_STORIES_TITLE = re.compile(r"(?:most read|most popular|most viewed|most shared|trending(?: now| stories)?|top stories|"
                                 r"popular(?: now| stories)?|related (?:stories|articles|coverage|news|reading)|recommended"
                                 r"(?: for you| stories)?|editor[’']?s picks|you may also like|more stories|"
                                 r"more from [\w .’'-]{1,30}|also in (?:the )?news|in other news)\s*:?", re.IGNORECASE)
OTHER_STORIES_TITLE_LINE = re.compile(rf"(?m)^[ \t]*(?P<title>{OTHER_STORIES_TITLE.pattern})[ \t]*$", re.IGNORECASE)
OTHER_STORIES_STARTS = ("\nmost ", "\ntrending", "\ntop stories", "\npopular", "\nrelated ", "\nrecommended", "\neditor",
                        "\nyou may also", "\nmore stories", "\nmore from", "\nalso in", "\nin other news")
OTHER_STORY_LINE = re.compile(r"\s*(?:\d{1,2}[.)]?\s|[-•*→►▸»]\s*)\S")
OTHER_STORIES_MAX = 10      # lines of such a box
OTHER_STORY_CHARS = 160     # characters of one of its headlines


def rule_other_stories(text: str) -> Iterator[Edit]:
    """Take out a box of other stories: its title ("Most read", "Trending", "Related stories") and the list under it."""
    low = "\n" + text.lower()
    if not any(w in low for w in OTHER_STORIES_STARTS):
        return          # (no line opens with a title's first word: no search; issue 18)
    titles = list(OTHER_STORIES_TITLE_LINE.finditer(text))
    if not titles:
        return
    spans = _nonblank(text)
    starts = [a for a, _ in spans]
    done = -1
    for title in titles:
        k = bisect.bisect_left(starts, title.start("title"))
        if k >= len(spans) or spans[k][0] != title.start("title") or k <= done:
            continue
        j = k + 1
        while j < len(spans) and j - k <= OTHER_STORIES_MAX and spans[j][1] - spans[j][0] <= OTHER_STORY_CHARS \
                and OTHER_STORY_LINE.match(text, spans[j][0]):
            j += 1
        if j - k >= 2:
            for x, y in spans[k:j]:
                yield Edit(x, y, "", "other-stories", "a box of other stories' headlines")
            done = j - 1


def rule_date_stamp(text: str) -> Iterator[Edit]:
    m = DATE_STAMP.match(text)
    if m:
        yield Edit(m.start(), m.end(), "", "date-stamp", "export date stamp (read as the published date)")


# A wire headline's slug, before the headline's first word: "UPDATE 2-Russia has massed 50,000 troops ...",
# "REFILE-", "CORRECTED-", "EXCLUSIVE-", "WRAPUP 1-" (Reuters' style): the version is no figure, and glued to the
# headline it hides the headline's first word.
WIRE_SLUG = re.compile(r"^(?:UPDATE|WRAPUP|REFILE|CORRECTED|RPT|EXCLUSIVE|INSIGHT|ANALYSIS|FACTBOX|EXPLAINER|"
                       r"BREAKINGVIEWS|FOCUS)(?:\s+\d{1,2})?(?:-(?:UPDATE|WRAPUP)(?:\s+\d{1,2})?)*\s*-\s*(?=[A-Z\"'‘“])",
                       re.MULTILINE)


WIRE_SLUG_WORDS = ("UPDATE", "WRAPUP", "REFILE", "CORRECTED", "RPT", "EXCLUSIVE", "INSIGHT", "ANALYSIS", "FACTBOX",
                   "EXPLAINER", "BREAKINGVIEWS", "FOCUS")     # every WIRE_SLUG match opens with one


def rule_wire_slug(text: str) -> Iterator[Edit]:
    if not any(w in text for w in WIRE_SLUG_WORDS):
        return
    for m in WIRE_SLUG.finditer(text):
        yield Edit(m.start(), m.end(), "", "wire-slug", "wire headline slug (UPDATE 2-, REFILE-)")


def rule_byline_timestamp(text: str) -> Iterator[Edit]:
    """A byline carrying a relative timestamp ("… in Kyiv 18 HOURS AGO") goes whole;
    so does a plain "By Name" line. Authors are read from the text before this runs."""
    spans = _nonblank(text)
    taken = []
    for m in relative_timestamps(text):
        line_start = next((a for a, b in spans if a <= m.start() <= b), m.start())
        before = text[line_start:m.start()]  # the names of the byline, if the line is one
        start = line_start if _words(before, 40) <= 40 and not _ends_sentence(before) else m.start()
        if taken and start < taken[-1][1]:  # a second timestamp on the same byline
            start = max(m.start(), taken[-1][1])
        taken.append((start, m.end()))
        yield Edit(start, m.end(), "", "byline", "byline with relative timestamp (when the page was saved)")
    for a, b in spans:
        if BYLINE.match(text[a:b]) and all(b <= s or a >= e for s, e in taken):
            yield Edit(a, b, "", "byline", "byline")


# A lone lower-case word on its own line is a button or section label ("close", "news") —
# unless the line before is an unfinished sentence ("killed or⏎wounded⏎in Kursk").
LONE_LABEL = re.compile(r"^[a-z]+$")


def rule_boilerplate(text: str) -> Iterator[Edit]:
    prev = ""  # the last line kept
    for a, b in _nonblank(text):
        s = text[a:b]
        hit = next(((name, reason) for name, pat, reason in BOILERPLATE_LINES if pat.match(s)), None)
        if hit is None and LONE_LABEL.match(s) and (not prev or _ends_sentence(prev)):
            hit = ("page-chrome", "page chrome (button or section label)")
        if hit:
            yield Edit(a, b, "", *hit)
        else:
            prev = s


def rule_promo(text: str) -> Iterator[Edit]:
    """A promo box: a short title line, some blurb, and a call to action that names the
    title again ("FT Edit … Explore FT Edit here ➔"). A lone call to action goes too."""
    spans = _nonblank(text)
    done = -1
    for i, (a, b) in enumerate(spans):
        s = text[a:b]
        if i <= done or _words(s, 12) > 12 or not CTA.match(s):
            continue
        start = a
        for j in range(i - 1, max(done, i - 1 - PROMO_LOOKBACK), -1):
            t = text[spans[j][0]:spans[j][1]]
            if _words(t, PROMO_TITLE_MAX_WORDS) <= PROMO_TITLE_MAX_WORDS and not _ends_sentence(t) and t.lower() in s.lower():
                start = spans[j][0]
                break
        yield Edit(start, b, "", "promo", "promotion box / call to action")
        done = i


# ---------------------------------------------------------------- captions

# Photo agencies and pools as they appear in credits ("ED JONES/AFP", "KCNA/Reuters").
PHOTO_AGENCIES = (
    "AFP", "AP", "Reuters", "Getty Images", "Getty", "EPA", "EPA-EFE", "Shutterstock", "Alamy",
    "Anadolu", "Anadolu Agency", "TASS", "Sputnik", "RIA Novosti", "Xinhua", "Yonhap", "KCNA",
    "Bloomberg", "POOL", "Pool", "NurPhoto", "SOPA Images", "Wikimedia Commons", "Ukrinform",
    "dpa", "Kyodo", "Imago", "ZUMA", "UPI", "Associated Press",
)
_AGENCY = "|".join(re.escape(a) for a in sorted(PHOTO_AGENCIES, key=len, reverse=True))
# Names start at a word's start and are taken whole (possessive *+): on a long run of letters the
# search stays linear instead of trying every split of the run.
CREDIT = re.compile(rf"(?:(?<![\w.'-])[A-Z][\w.'-]*+(?:\s[A-Z][\w.'-]*+){{0,4}}\s?/\s?){{1,3}}(?:{_AGENCY})\b")
CREDIT_START = re.compile(rf"^\s*{CREDIT.pattern}")
CREDIT_END = re.compile(rf"(?:{CREDIT.pattern}|\bvia\s+(?:{_AGENCY}))\s*$")
# The labels of a caption's words, and of a credit's ("Credit: Handout/Ukrainian Armed Forces, 1200x800" is a credit).
_CAPTION_LABELS = r"photo|photograph|image|picture|pictured|caption|image caption|file photo|illustrative (?:photo|image)"
CAPTION_LABEL = re.compile(rf"^(?:{_CAPTION_LABELS})\s*[:,]", re.I)
CAPTION_PREFIX = re.compile(rf"^(?:{_CAPTION_LABELS}|credit|image source)\s*[:,]", re.I)
CAPTION_PAREN = re.compile(r"\s*\((?:photo|photograph|image|picture|credit)s?(?:\s+by|\s*:)[^)\n]{1,80}\)", re.I)
# Caption endings: "© Reuters", "Photograph: Roman Pilipey/AFP", "(… via AP, File)".
CAPTION_END = re.compile(rf"(?:©[^.!?©\n]{{1,80}}|\b(?:Photograph|Photo|Image|Picture)\s*:\s*[^.!?\n]{{1,80}}|"
                         rf"\([^()\n]{{0,100}}\b(?:{_AGENCY})\b(?:,\s*File)?\))\s*$")
CAPTION_START = re.compile(r"^FILE\s+-\s")  # AP: "FILE - Kim Jong Un watches …"
# Numbers other than a day or a year: "12,000", "600". A caption holds dates, not claims,
# so a line under a credit that holds one is not taken for its caption.
CLAIM_NUMBER = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d{1,3}(?:[,.\s]\d{3})+(?!\d)|(?<![\d,.])(?!(?:19|20)\d\d\b)\d{3,}(?!\d)")  # noqa: E501 (a regex reads best on one line)
LIST_ITEM = re.compile(r"^(?:[-•*–—]|\d+[.)])\s")
CAPTION_MAX_WORDS = 60          # a credited caption is a sentence or two
CAPTION_FOLLOWER_MAX_WORDS = 30  # the untitled caption line a credit often sits above


def _is_credited(s: str) -> bool:
    if _words(s, CAPTION_MAX_WORDS) > CAPTION_MAX_WORDS:
        return False
    if s.startswith("©"):  # a lone credit line; "© Reuters. Ukraine said …" is prose
        return _words(s, 8) <= 8
    # CREDIT_START needs a "/", CREDIT_END a "/" (a credit) or "via"; CAPTION_END a "©", a ":" or a ")": tested first,
    # as `re` tries those patterns' alternatives at every place of every line (issue 18)
    return bool(CAPTION_START.match(s) or CAPTION_PREFIX.match(s) or ("/" in s and CREDIT_START.match(s))
                or (("/" in s or "via" in s) and CREDIT_END.search(s))
                or (("©" in s or ":" in s or ")" in s) and CAPTION_END.search(s)))


# A figure a caption may state: a claim number not glued to a word ("... on September 9, 2018ED JONES/AFP" is a
# date run into its credit).
CAPTION_FIGURE = re.compile(rf"(?:{CLAIM_NUMBER.pattern})(?![A-Za-z])")
CREDIT_SEPARATOR = re.compile(r"\s*[|–—-]?\s*$")


def _credit_only(s: str) -> list[tuple[int, int]]:
    """The spans of a credited caption's credits alone: "FILE - " or a label ("Photo:") at its start and the credits at its end,
    each with the separator before it ("... ally. | Kim Won Jin/AFP via Getty Images", "... (AP
    Photo/Libkos, File)"); empty when no words are left beside them (the line is then a credit or a
    caption as a whole)."""
    out = []
    # (a caption's label goes too: "Caption: Russian marines move through a village. Ukraine's military says Russia
    # now has about 78,000 troops in Kursk region", "Photo: ...")
    head = CAPTION_START.match(s) or CAPTION_LABEL.match(s)
    lo = head.end() if head else 0
    if head:
        out.append((0, lo))
    hi = len(s)
    while True:
        rest = s[:hi]
        end = CREDIT_END.search(rest) if ("/" in rest or "via" in rest) else None
        end = end or (CAPTION_END.search(rest) if ("©" in rest or ":" in rest or ")" in rest) else None)
        if end is None or end.start() <= lo:
            break
        sep = CREDIT_SEPARATOR.search(rest, lo, end.start())
        hi = sep.start() if sep else end.start()
    if hi < len(s):
        out.append((hi, len(s)))        # the credits at the end, one run ("| Kim Won Jin/AFP via Getty Images")
    return out if s[lo:hi].strip() and out else []


def rule_captions(text: str) -> Iterator[Edit]:
    """Photo credits and captions: lines with "©", an agency credit at either end
    ("ED JONES/AFP …", "… KCNA/Reuters") or a "Photo:" prefix; and the short unpunctuated
    line right after such a line, which is the caption proper — unless the next line
    starts in lower case, which makes it the first half of a broken sentence."""
    spans = _nonblank(text)
    after_credit = False
    for i, (a, b) in enumerate(spans):
        s = text[a:b]
        if _is_credited(s):
            credits = _credit_only(s) if CAPTION_FIGURE.search(s) else []
            if credits:
                # a caption that holds a figure keeps its words, only the credit goes: "North Korea has sent some
                # 12,000 soldiers to join its Russian ally. | Kim Won Jin/AFP via Getty Images" (3 captions of
                # the ~1,000 annotated articles hold one; 2 are gold claims)
                for x, y in sorted(credits):
                    yield Edit(a + x, a + y, "", "caption", "photo credit of a caption with a figure")
                continue
            yield Edit(a, b, "", "caption", "photo credit / caption")
            after_credit = True
            continue
        if after_credit:
            nxt = text[spans[i + 1][0]] if i + 1 < len(spans) else ""
            captionish = (s.endswith(("(file photo)", "(pictured)", "(file image)"))
                          or (not _ends_sentence(s) and not s.isupper() and not LIST_ITEM.match(s)
                              and not CLAIM_NUMBER.search(s)))
            if captionish and _words(s, CAPTION_FOLLOWER_MAX_WORDS) <= CAPTION_FOLLOWER_MAX_WORDS and not nxt.islower():
                yield Edit(a, b, "", "caption", "caption under a photo credit")
                after_credit = False
                continue
        after_credit = False
        for m in CAPTION_PAREN.finditer(s) if "(" in s else ():
            yield Edit(a + m.start(), a + m.end(), "", "caption", "photo credit in parentheses")


# ---------------------------------------------------------------- repeats

REPEAT_FUZZY_MIN_CHARS = 12     # shorter lines must repeat exactly to count as repeats
REPEAT_FUZZY_RATIO = 90         # rapidfuzz ratio: "on, WATING said." vs "on, Watling said." ≈ 97
REPEAT_CONTAINED_MIN_CHARS = 60 # a paragraph this long found inside another is a repeat
REPEAT_TYPO_RATIO = 75          # words of a garbled copy differ by typos: "Watling"/"WATING" ≈ 92,
#                                 not by other words: "killed"/"wounded", "Monday"/"Sunday" < 70
REPEAT_NUMBER_MIN_CHARS = 40    # a short line holding a number ("1.9 million roubles") may
#                                 rightly recur as a value in a list; it must be this long to count


def _typo_copy(a: str, b: str) -> bool:
    """Same words but for typos: what a garbled copy of a line looks like."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(x == y or fuzz.ratio(x, y) >= REPEAT_TYPO_RATIO for x, y in zip(wa, wb))


_DIGIT = re.compile(r"\d")
_NUMBERS = re.compile(r"\d+")


def _key(s: str) -> str:
    return " ".join(s.lower().split())


def rule_repeats(text: str) -> Iterator[Edit]:
    """Repeated lines and paragraphs: a line equal to an earlier one goes; so does a
    garbled copy of the line just before it (a copy-paste stutter: nearly equal, same
    numbers); a paragraph found whole inside a longer one goes (the longer keeps the words)."""
    spans = _nonblank(text)
    keys = [_key(text[a:b]) for a, b in spans]
    kept: set[str] = set()
    previous = None
    joined, copies = "\n".join(keys), Counter(keys)  # a key found more often than its exact copies
    #                                                  sits inside a longer line
    for (a, b), k in zip(spans, keys):
        reason = None
        if k in kept and (len(k) >= REPEAT_NUMBER_MIN_CHARS or not _DIGIT.search(k)):
            reason = "repeat of an earlier line"
        elif (previous is not None and len(k) >= REPEAT_FUZZY_MIN_CHARS
              and _may_reach(k, previous, REPEAT_FUZZY_RATIO)
              and _NUMBERS.findall(k) == _NUMBERS.findall(previous)
              and fuzz.ratio(k, previous) >= REPEAT_FUZZY_RATIO and _typo_copy(k, previous)):
            reason = "near-repeat of the line before (garbled copy)"
        elif len(k) >= REPEAT_CONTAINED_MIN_CHARS and joined.count(k) > copies[k]:
            reason = "paragraph repeated inside a longer one"
        if reason:
            yield Edit(a, b, "", "repeat", reason)
        else:
            kept.add(k)
            previous = k


def _may_reach(a: str, b: str, ratio: float) -> bool:
    """Can rapidfuzz's `fuzz.ratio(a, b)` be `ratio` or more, given the lengths alone? It is
    100 * (1 - d / (len(a) + len(b))) for an edit distance d of at least the lengths' difference
    (rapidfuzz's Indel), so two lines whose lengths differ more cannot be near-copies: the
    numbers and the ratio of most pairs of lines need not be read (issue 18: they were a sixth of
    cleaning). tests/test_clean.py checks it against the ratio itself."""
    return 100 * 2 * min(len(a), len(b)) >= ratio * (len(a) + len(b))


# ---------------------------------------------------------------- layout

def rule_broken_paragraphs(text: str) -> Iterator[Edit]:
    """Rejoin a sentence split across paragraphs ("… would need to⏎⏎double its …"): the
    first part ends without punctuation and the next starts in lower case."""
    spans = _nonblank(text)
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        left, right = text[a1:b1], text[a2:b2]
        if right[0].islower() and left[-1] == "-" and HYPHEN_BREAK.search(left):
            # a word hyphenated at the line's end, as PDF and print copy break them ("North Ko-" / "rean soldiers"):
            # one word again; its hyphen is kept where the article writes the word so elsewhere ("one-" / "time
            # payment" beside "one-time") or the part after it is a compound's ("-based", "-strong")
            first, second = HYPHEN_BREAK.search(left).group(1), re.match(r"[a-z]+", right).group()
            kept = second in COMPOUND_PARTS or first[0].isdigit() or first.lower() in HYPHEN_FIRSTS \
                or second in HYPHEN_FIRSTS or f"{first}-{second}".lower() in text.lower()
            yield Edit(b1 if kept else b1 - 1, a2, "", "broken-paragraph",
                       "word rejoined across a line break" + (" (hyphen kept)" if kept else " (hyphen dropped)"))
            continue
        if right[0].islower() and not _ends_sentence(left) and left[-1] not in "-—" \
                and not (KEY_NUMBER_LINE.match(right) and KEY_NUMBER_LEFT.match(left)) \
                and not (LABEL_FIGURE_LINE.match(right) and LABEL_FIGURE_LINE.match(left)):
            yield Edit(b1, a2, " ", "broken-paragraph", "sentence rejoined across a paragraph break")


# A word broken by a hyphen at a line's end: two letters or more before it, no space ("Ko-", "approxi-"; not a dash, " -").
HYPHEN_BREAK = re.compile(r"(?<![\w-])([A-Za-z]{2,}|\d[\d,.]*)-$")     # (or a figure's: "12,000-" / "strong")
# The second parts of compounds print copy writes with a hyphen ("one-time", "12,000-strong", "Moscow-based").
# Words a compound's hyphen stays after or before: number words and prefixes ("half-" / "million", "twenty-" / "five
# thousand", "self-", "non-", "ex-": review37).
HYPHEN_FIRSTS = frozenset({"half", "self", "non", "ex", "so", "well", "anti", "pro", "post", "pre", "one", "two", "three",
                           "four", "five", "six", "seven", "eight", "nine", "twenty", "thirty", "forty", "fifty", "sixty",
                           "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "third", "quarter"})
COMPOUND_PARTS = frozenset({"time", "off", "based", "strong", "led", "backed", "held", "run", "owned", "controlled",
                            "occupied", "term", "year", "old", "day", "month", "week", "scale", "level", "wide", "like",
                            "free", "up", "in", "out", "made", "born", "range", "language", "speaking", "linked", "related"})


# ---------------------------------------------------------------- pages (text copied out of a PDF or a print edition)

# A line that is only a page number: "16", "- 3 -", "Page 4", "Page 4 of 9" (not a year: a timeline's "2024").
PAGE_NUMBER_LINE = re.compile(r"\s*(?:[-–—]\s*)?(?:page\s+)?(?P<n>\d{1,3})(?:\s+of\s+\d{1,3})?(?:\s*[-–—])?\s*",
                              re.IGNORECASE)
# What marks a running header or footer: a bar between fields, the word "page", a date, or words in capitals.
HEADER_MARK = re.compile(r"\||\bpage\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
                         r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}"
                         r"|(?-i:\b[A-Z]{2,}\s+[A-Z]{2,})", re.IGNORECASE)
HEADER_MAX = 100            # characters: a running header or footer is one short line
HEADER_LETTERS_MIN = 8      # letters a header's words hold (not "p. 2" and "p. 3")
PAGE_LINES_MIN = 4          # lines a page holds between two of its running headers
_NOT_LETTER = re.compile(r"[^a-z]+")


def _one_number_apart(lines_: list[str]) -> bool:
    """Do these lines hold the same numbers but one, in the same place, that counts up by one from line to line (a
    running header's page number: not a blog's day headings, "Thursday, January 16, 2025" over "Thursday, January 09")?"""
    numbers = [re.findall(r"\d+", x) for x in lines_]
    if any(len(n) != len(numbers[0]) for n in numbers):
        return False
    apart = {k for n in numbers for k, (a, b) in enumerate(zip(n, numbers[0])) if a != b}
    if len(apart) > 1:
        return False
    if not apart:
        return False        # (a line copied whole: rule_repeats', which keeps the first, a masthead's date)
    k = apart.pop()
    return all(int(b[k]) == int(a[k]) + 1 for a, b in zip(numbers, numbers[1:]))


def rule_page_furniture(text: str) -> Iterator[Edit]:
    """A print page's furniture between paragraphs: its number on a line of its own (where two or more pages are
    numbered in a row, 16 then 17: not a figure set alone, "300") and its running header or footer (a line with a
    number that comes back, the number changed: "THE NORTHERN GAZETTE | Tuesday, November 19, 2024 | 16" ... "| 17")."""
    spans = _nonblank(text)
    numbered = [(a, b, int(m.group("n"))) for a, b in spans if b - a <= 16
                for m in [PAGE_NUMBER_LINE.fullmatch(text, a, b)] if m]
    pages = set()
    for (a1, b1, n1), (a2, b2, n2) in zip(numbered, numbered[1:]):
        if n2 == n1 + 1:
            pages.update({(a1, b1), (a2, b2)})
    keys: dict[str, list[tuple[int, int]]] = {}
    for a, b in spans:
        if b - a > HEADER_MAX or text[b - 1] in ".!?":
            continue
        line = text[a:b]
        if _DIGIT.search(line):
            keys.setdefault(_NOT_LETTER.sub(" ", line.lower()).strip(), []).append((a, b))
    # (the marks of a header looked for only on lines that come back: issue 18)
    keys = {k: v for k, v in keys.items() if len(v) >= 2 and len(k.replace(" ", "")) >= HEADER_LETTERS_MIN
            and HEADER_MARK.search(text[v[0][0]:v[0][1]])}
    # (the same line but for one number, its page's: not a live page's entry stamps, "March 12, 2025 11:08 AM GMT" and
    # "March 11, 2025 9:15 AM GMT", whose date and time both change)
    # (and a page apart, lines between them: not a list's entries, "Dec 16 | Ukraine holds 600 sq km" / "Dec 17 | ...":
    # review37)
    where = {span: k for k, span in enumerate(spans)}
    headers = {span for spans_ in keys.values() if len(spans_) >= 2 and _one_number_apart([text[a:b] for a, b in spans_])
               and all(where[y] - where[x] > PAGE_LINES_MIN for x, y in zip(spans_, spans_[1:]))
               for span in spans_}
    furniture = pages | headers
    k = 0
    while k < len(spans):
        if spans[k] not in furniture:
            k += 1
            continue
        j = k
        while j + 1 < len(spans) and spans[j + 1] in furniture:
            j += 1          # (a header and a page number in a row: one page break)
        what = "page number" if spans[k] in pages else "running header or footer"
        before = text[spans[k - 1][0]:spans[k - 1][1]] if k > 0 else ""
        after = text[spans[j + 1][0]:spans[j + 1][1]] if j + 1 < len(spans) else ""
        if before and after and not _ends_sentence(before) and (after[:1].islower() or after[:1].isdigit()
                                                                 or GOES_ON.search(before)):
            # a sentence the page broke goes on past it: "... has now lost more than" / header / "700,000 troops ..."
            yield Edit(spans[k - 1][1], spans[j + 1][0], " ", "page-furniture", f"{what} between a sentence's parts")
        else:
            for a, b in spans[k:j + 1]:
                yield Edit(a, b, "", "page-furniture", what)
        k = j + 1


# Text hard-wrapped at a fixed width, as copy out of a PDF, a print edition or an e-mail comes: most of its long lines
# are about as long as one another, and many end mid-sentence. Its lines are joined into paragraphs again, or a
# sentence broken before a figure ("assesses that about" / "3,000 North Korean soldiers ...") would be two.
WRAP_LINE_MIN = 30          # characters: lines shorter are headings, bylines, page furniture
WRAP_LINES_MIN = 8          # long lines an article needs before it is read as wrapped
WRAP_BAND = 0.25            # a wrapped line's length is within this share of the usual length
WRAP_SHARE = 0.6            # share of long lines in that band
WRAP_OPEN_SHARE = 0.3       # share of long lines that end mid-sentence
WRAP_LOWER_SHARE = 0.2      # share of long lines whose next line opens in lower case
WRAP_FULL = 0.6             # a line at least this share of the usual length is a full one, its sentence going on
_TABLE_GAP = re.compile(r"\S {3,}\S|\t")
# A word no sentence ends with: a short line that ends so (a page's or a column's last) goes on all the same ("The
# ministry believes Moscow has now lost more than" / [page break] / "700,000 troops ...").
GOES_ON = re.compile(r"\b(?:than|of|the|a|an|to|and|or|at|about|around|nearly|almost|some|by|for|in|with|from|that|which|"
                     r"whose|its|their|his|her|on|over|under|least|up|is|are|was|were|has|have|had)$", re.IGNORECASE)
WORD_HYPHEN_END = re.compile(r"\w-$")    # a word broken at the line's end: rule_broken_paragraphs' (not a spaced dash)
_ITEM_START = re.compile(r"\s*(?:[-–—•*·]|\d{1,2}[.)]\s|[A-Z][\w ]{0,30}:\s)")
# ... nor a line that is a timeline's: a date and its dash ("Jan 2025 — about 300 ...", "Jan 12 — ..."; a box's figure
# and its dash is KEY_NUMBER_LEFT's: review37)
_DATED_ENTRY = re.compile(r"\s*(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,4}(?:,?\s+\d{4})?\s+[—–-]\s")


def _entry_line(line: str) -> bool:
    return bool(KEY_NUMBER_LEFT.match(line) or _DATED_ENTRY.match(line))


def _wrap_width(lines_: list[str]) -> int | None:
    """The width an article's text is wrapped at, or None where it is not hard-wrapped."""
    # (the cheapest tests first: most articles are one paragraph a line, of lengths far apart; issue 18)
    if sum(1 for x in lines_ if len(x) >= WRAP_LINE_MIN) < WRAP_LINES_MIN:
        return None
    # (many go on in a line that opens in lower case: a sentence broken, not a list of headlines)
    going_on = sum(1 for x, y in zip(lines_, lines_[1:]) if len(x) >= WRAP_LINE_MIN and y[:1].islower())
    if going_on < WRAP_LOWER_SHARE * WRAP_LINES_MIN:
        return None
    long = sorted(len(x) for x in lines_ if len(x) >= WRAP_LINE_MIN and not _TABLE_GAP.search(x))
    if len(long) < WRAP_LINES_MIN:
        return None
    usual = long[len(long) // 2]
    band = [n for n in long if abs(n - usual) <= WRAP_BAND * usual]
    open_ = sum(1 for x in lines_ if len(x) >= WRAP_LINE_MIN and not _ends_sentence(x))
    if len(band) < WRAP_SHARE * len(long) or open_ < WRAP_OPEN_SHARE * len(long) or going_on < WRAP_LOWER_SHARE * len(long):
        return None
    return usual


def rule_hard_wrap(text: str) -> Iterator[Edit]:
    """Join a hard-wrapped article's lines into paragraphs: a full line that ends mid-sentence goes on in the next
    line (not a heading, a list item or a table row; across a blank line only into a line that opens in lower case
    or with a figure, as a page break leaves it)."""
    spans = _nonblank(text)
    width = _wrap_width([text[a:b] for a, b in spans]) if len(spans) >= WRAP_LINES_MIN else None
    if width is None:
        return
    for k, ((a1, b1), (a2, b2)) in enumerate(zip(spans, spans[1:])):
        left, right = text[a1:b1], text[a2:b2]
        if k == 0 or (len(left) < WRAP_FULL * width and not GOES_ON.search(left)) or _ends_sentence(left) \
                or WORD_HYPHEN_END.search(left) or _TABLE_GAP.search(left) or _TABLE_GAP.search(right) \
                or _ITEM_START.match(right) or _entry_line(right) or _entry_line(left):
            continue
        blank = "\n\n" in text[b1:a2] or "\n \n" in text[b1:a2]
        if blank and not (right[:1].islower() or right[:1].isdigit()):
            continue
        yield Edit(b1, a2, " ", "hard-wrap", "hard-wrapped line joined to the next")


# A figure's digits, its thousands spaced ("400 000", "12 000") or not ("400,000", "1.5").
FIGURE_DIGITS = r"(?:\d{1,3}(?:[ \u00a0]\d{3})+\b|\d[\d,.]*)"
# A line of a key-numbers box that opens with a hedge, its figure and a dash: an item of its own, not the line before
# going on ("594 — Russian soldiers taken prisoner" / "about 30,000 — Russian troops moved to the Kursk area": synth39).
# (and only after a line of the box: not a sentence hard-wrapped before its figure, "Russia had lost" / "about 38,000
# soldiers – killed, wounded or captured – in the Kursk region": review33)
# A list's line of a label and its figure: words, a dash or a colon, a hedge or a currency at most, then the figure
# ("personnel ‒ about 712380 (+1770) persons" / "tanks ‒ 9334 (+9)", "Moscow – RUB1.9mn", "Tatarstan: 2 million"; the
# extractor's list runs read it too: claims.LABEL_FIGURE_LINE). Two such lines in a row are each its own, however
# they end (synth61).
LABEL_FIGURE = (r"[^\W\d][^.!?:–—\n]{0,60}?(?:\s[–—‒-]\s|:\s)\s*(?:~\s*|(?:about|around|approximately|some|roughly|nearly|"
                r"almost|over|more\s+than|at\s+least|up\s+to|under|less\s+than)\s+)?"
                # (a currency before the figure: "Moscow – RUB1.9mn", "Kursk Oblast – ₽1.5 million": synth50)
                r"(?:RUB\s?|Rbs?\s?|₽\s?|US\$\s?|\$|€)?\d")
LABEL_FIGURE_LINE = re.compile(LABEL_FIGURE)
KEY_NUMBER_LINE = re.compile(r"(?:about|around|approximately|roughly|some|nearly|almost|over|more\s+than|up\s+to|at\s+least|"
                             r"fewer\s+than|less\s+than)\s+\d[\d,.]*(?:\s*[^\W\d]{1,12}){0,2}\s+[—–-]\s")
KEY_NUMBER_LEFT = re.compile(r"(?:[-–—•*·]\s+)?(?:[~≈]\s*|[A-Za-z]+(?:\s+than|\s+to|\s+least)?\s+)?"
                             rf"{FIGURE_DIGITS}"
                             r"(?:\s*[^\W\d]{1,12}){0,2}\s+[—–-]\s")


# Two sentences glued where a page lost the space between them: "by the end of 2025.For context",
# "on Monday.Lee said". A word of two lower-case letters or a year before the stop, a capitalised
# word of three letters or more (or a two-letter sentence opener: "It", "In", "On"...) after it
# ("U.S.Army", "e.g.Russia", "1.5", "example.com", the outlet "Caliber.Az" are left alone).
# The stop comes first and what precedes it is looked behind from there ("[a-z]{2}" before the
# stop, written "(?<=[a-z]{2}[.!?])" after it): `re` then jumps from stop to stop instead of trying
# both look-behinds at every character (issue 18: a sixth of cleaning; the same matches,
# tests/test_clean.py checks it against the pattern as first written).
GLUED_SENTENCE = re.compile(r"[.!?](?:(?<=[a-z]{2}[.!?])|(?<=\d{4}[.!?]))"
                            r"(?=(?:[A-Z][a-z]{2,}|It|In|On|As|At|He|We|If|An|By|So)\b)"
                            r"(?!(?:Com|Net|Org|Info|Gov)\b)")


def rule_glued_sentences(text: str) -> Iterator[Edit]:
    """Put back the space between two sentences a page printed without one."""
    for m in GLUED_SENTENCE.finditer(text):
        yield Edit(m.start(), m.end(), m.group() + " ", "glued-sentence", "space put back between two sentences")


# A plural noun glued to the word after it, as copy scraped from a page whose links or markup were
# stripped without their space ("up to 12,000 soldiersfor Russia's war"). Only the nouns a force or
# a toll is counted in, and only before a preposition or auxiliary: no English word ends so
# ("soldiersfor", "troopsin"), so the space put back cannot split a real word.
GLUED_NOUNS = ("troops", "soldiers", "forces", "servicemen", "fighters", "casualties", "rubles", "roubles")
GLUED_WORD = re.compile(rf"\b(?:{'|'.join(GLUED_NOUNS)})"
                        r"(?=(?:for|to|into|in|of|from|and|on|at|with|were|are|have|had)\b)", re.IGNORECASE)
GLUED_WORD_LOWER = re.compile(lower_pattern(GLUED_WORD.pattern))   # the same, for a lower-cased text


def glued_words(text: str) -> list[tuple[int, int]]:
    """The spans GLUED_WORD.finditer finds, in order. Where lower-casing keeps every match
    (casefold.FOLDS_TO_ASCII: none of İ ı ſ K), each noun's places are found with `str.find`
    and the pattern is tried there alone: `re` tried its alternatives at every character of every
    article, a sixth of cleaning (issue 18). Every match starts with one noun, and no two nouns'
    matches can overlap (each is a whole word), so the places sorted are finditer's matches;
    tests/test_clean.py checks it against finditer."""
    if FOLDS_TO_ASCII.search(text):
        return [m.span() for m in GLUED_WORD.finditer(text)]
    low = text.lower()
    spans = []
    for noun in GLUED_NOUNS:
        at = low.find(noun)
        while at >= 0:
            m = GLUED_WORD_LOWER.match(low, at)
            if m:
                spans.append(m.span())
            at = low.find(noun, at + 1)
    return sorted(spans)


# A reference mark copied with an encyclopedia's or a paper's text: bracketed, glued to the word or figure before it
# ("11,000–12,000 (initial, late 2024)[3][4]", "[citation needed]", "[a]", "[note 2]"); or its digits glued after a
# sentence's full stop ("since February 2022.2 To replace", "the troops.14 The"), which would read as a decimal
# ("2022.2") or a count ("14"). Written by hand: no library of the field strips them (PDF and wiki copy).
REFERENCE_BRACKET = re.compile(r"(?<=\S)\[(?:\d{1,3}|[a-z]|(?:note|nb|n) ?\d{1,3}|[a-z ]{0,20}needed|"
                               r"(?:failed|clarification|dubious|unreliable|disputed|who|when|which|according to whom)"
                               r"[a-z ?]{0,20})\]",
                               re.IGNORECASE)
# Digits after a full stop, a new sentence or the line's end after them: a mark where the stop ends a word of three
# lower-case letters or more that is no abbreviation numbering what follows ("No.2", "Art.5", "approx.30"), or a year
# after a month or a word of time ("in November 2024.9 It was large")
STOP_DIGITS = re.compile(r"\.(\d{1,3})(?=[ \t]+[A-Z\"“‘(]|[ \t]*(?:\n|$))")
YEAR_BEFORE_STOP = re.compile(r"(?:19|20)\d\d")
NUMBERING_WORDS = re.compile(r"\b(?:art|fig|figs|vol|sec|nos|ref|tab|para|chap|app|eq|ver|approx|appr|abt|est)\.$",
                             re.IGNORECASE)
# (not "as of 2024.12", "by 2024.12": a year and a month as Korean and Japanese copy write them: review37)
YEAR_LEAD = re.compile(r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:in|since|"
                       r"early|late|mid|end|summer|autumn|fall|winter|spring)|\d{1,2})\s+(?:19|20)\d\d\.$",
                       re.IGNORECASE)


def rule_reference_marks(text: str) -> Iterator[Edit]:
    """Take out reference marks: bracketed ones glued to what they mark, digits glued after a full stop."""
    if "[" in text:
        for m in REFERENCE_BRACKET.finditer(text):
            yield Edit(m.start(), m.end(), "", "reference-mark", f"reference mark {m.group()!r}")
    # (one pass over the full stops followed by a digit, `re` jumping from stop to stop; then what stands before the
    # stop is read: three lower-case letters or a year; issue 18)
    for m in STOP_DIGITS.finditer(text) if "." in text else ():
        stop, digits = m.start(), m.group(1)
        before = text[max(0, stop - 4):stop]
        if len(digits) <= 2 and before[-3:].isalpha() and before[-3:].islower() and before[-3:].isascii():
            if not NUMBERING_WORDS.search(text, max(0, stop - 8), stop + 1):
                yield Edit(m.start(1), m.end(1), "", "reference-mark", f"reference mark {digits!r} after a full stop")
        elif len(digits) <= 2 and YEAR_BEFORE_STOP.fullmatch(before) and not text[stop - 5:stop - 4].isalnum() \
                and YEAR_LEAD.search(text, max(0, m.start(1) - 20), m.start(1)):
            yield Edit(m.start(1), m.end(1), "", "reference-mark", f"reference mark {digits!r} after a year")


def rule_glued_words(text: str) -> Iterator[Edit]:
    """Put back the space between a counted noun and the word a page glued to it."""
    for a, b in glued_words(text):
        yield Edit(a, b, text[a:b] + " ", "glued-word", "space put back after a glued noun")


# A thousands comma followed by a space, as copy whose punctuation a converter spaced out ("The U. S.
# has confirmed that 3, 000 North Korean troops"; "10, 000"). Only in an article that writes no number
# with a plain thousands comma ("3,000"), so a list ("100, 200 and 300") in ordinary copy is left
# alone; and not after a month's name ("on October 12, 500 more arrived": a date, then a count).
# ("(?<![\d.,])\d{1,3}(?:, \d{3})+..." as first written; it opens with its first digit and looks
# behind that for what may not stand before it, so `re` jumps from digit to digit instead of testing
# the look-behind at every character: ×3.6 faster on articles with no plain thousands comma, where it
# runs; issue 18. tests/test_clean.py checks it against the first pattern.)
SPACED_THOUSANDS = re.compile(r"\d(?<![\d.,]\d)\d{0,2}(?:, \d{3})+(?![\d,]|\.\d)")
PLAIN_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")
AFTER_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$", re.IGNORECASE)
# Where "N, NNN" is two numbers unless its last group is "000" (a converter's spaced "3, 000" is kept):
# an item of a list ("losses of 120, 150 and 200 a day", "120, 150, 200 and 170") and a partitive's
# whole before its part ("Of the 600, 400 were killed").
LIST_NEXT = re.compile(r",?\s+(?:and|or)\s+\d|,\s*\d")
WHOLE_BEFORE = re.compile(r"\b(?:of|out\s+of)\s+the\s+(?:\w+\s+)?$", re.IGNORECASE)


def rule_spaced_thousands(text: str) -> Iterator[Edit]:
    """Close the space after a thousands comma in an article that spaces out all of them."""
    if ", " not in text or PLAIN_THOUSANDS.search(text):
        return
    for m in SPACED_THOUSANDS.finditer(text):
        if AFTER_MONTH.search(text, max(0, m.start() - 12), m.start()):
            continue
        if not m.group().endswith(", 000") and (LIST_NEXT.match(text, m.end())
                                                 or WHOLE_BEFORE.search(text, max(0, m.start() - 30), m.start())):
            continue
        yield Edit(m.start(), m.end(), m.group().replace(", ", ","), "spaced-thousands",
                   "space after a thousands comma closed")


# A column gap inside a line of a table set as text (a PDF's or a fixed-width page's: "Samara Oblast     200,000
# 3,600,000", "2022     40,000     34,000–47,000"): three spaces or more, or a tab, between two words. Kept as a cell
# bar, " | ", on a run of TABLE_RUN_MIN lines or more with as many gaps each and short cells (a table's rows, not a
# stray run of spaces in prose, a timeline's or a schedule's entries); the whitespace rule would collapse it to one
# space, and the table's columns would be lost (twenty-sixth session, synth53; review36).
COLUMN_GAP = re.compile(r"(?<=\S)(?: {3,}|[ ]*\t[ \t]*)(?=\S)")


def rule_table_gaps(text: str) -> Iterator[Edit]:
    """A table's column gaps kept as " | " (COLUMN_GAP), on lines of a run that has them."""
    if "   " not in text and "\t" not in text:
        return
    lines, at = [], 0
    for line in text.split("\n"):
        gaps = [] if "|" in line else list(COLUMN_GAP.finditer(line))
        # (a cell is a label or a figure, a few words: not a timeline's or a schedule's sentence, "2025      Seoul says about
        # 4,000 have been killed or wounded": review36)
        short = all(len(cell.split()) <= TABLE_CELL_WORDS for cell in COLUMN_GAP.split(line)) if gaps else False
        lines.append((at, line, gaps if short else []))
        at += len(line) + 1
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j][2] and len(lines[j][2]) == len(lines[i][2]):
            j += 1
        if j - i >= TABLE_RUN_MIN:      # (a table's lines run on with as many gaps each)
            for start, _, gaps in lines[i:j]:
                for g in gaps:
                    yield Edit(start + g.start(), start + g.end(), " | ", "table-gaps", "a table's column gap kept as a cell bar")
        i = max(j, i + 1)


TABLE_CELL_WORDS = 5    # the most words a cell of a table set as text has (a region's name, a column's label)
TABLE_RUN_MIN = 3       # lines of a run with as many gaps each: a header and two rows


# The layout space: "^[ \t]+|[ \t]+$|(?<=\S)[ \t]{2,}(?=\S)|(?<=\S)\t(?=\S)|\n(?:[ \t]*\n)+|\A\n+|\n+\Z" (re.M),
# written so that `re` passes most places at once (issue 18: a fifth of cleaning): every alternative
# starts with a space, tab or newline, so the pattern opens with that character (`re` jumps from one to
# the next) and each alternative looks behind at it ("^[ \t]+" is "(?<=^[ \t])[ \t]*" after it); a
# single space between two words, most of them, is given up at once ("(?!(?<=\S )\S)"): no
# alternative matches there. tests/test_clean.py checks it against the pattern above.
LAYOUT_SPACE = re.compile(r"[ \t\n](?!(?<=\S )\S)(?:(?<=^[ \t])[ \t]*|(?<=[ \t])[ \t]*$|(?<=\S[ \t])[ \t]+(?=\S)|(?<=\S\t)(?=\S)"
                          r"|(?<=\n)(?:[ \t]*\n)+|(?<=\A\n)\n*|(?<=\n)\n*\Z)", re.M)


def rule_whitespace(text: str) -> Iterator[Edit]:
    """One paragraph per line: trim lines, collapse runs of spaces, drop blank lines."""
    for m in LAYOUT_SPACE.finditer(text):
        s = m.group()
        at_edge = m.start() == 0 or m.end() == len(text)
        if at_edge or (text[m.start() - 1] == "\n" or text[m.end()] == "\n") and "\n" not in s:
            rep = ""      # leading/trailing space of the text or of a line
        elif "\n" in s:
            rep = "\n"    # blank lines between paragraphs
        else:
            rep = " "     # a run of spaces or a tab inside a line
        if rep != s:
            yield Edit(m.start(), m.end(), rep, "whitespace", "layout whitespace")


Rule = Callable[[str], Iterator[Edit]]
# name → rule, applied in this order.
RULES: list[tuple[str, Rule]] = [
    ("line-endings", rule_line_endings),
    ("unicode", rule_unicode),
    ("markdown", rule_markdown),
    ("date-stamp", rule_date_stamp),
    ("wire-slug", rule_wire_slug),
    ("byline", rule_byline_timestamp),
    ("boilerplate", rule_boilerplate),
    ("other-stories", rule_other_stories),
    ("promo", rule_promo),
    ("caption", rule_captions),
    ("page-furniture", rule_page_furniture),
    ("repeat", rule_repeats),
    ("hard-wrap", rule_hard_wrap),
    ("broken-paragraph", rule_broken_paragraphs),
    ("glued-sentence", rule_glued_sentences),
    ("glued-word", rule_glued_words),
    ("reference-mark", rule_reference_marks),
    ("spaced-thousands", rule_spaced_thousands),
    ("table-gaps", rule_table_gaps),
    ("whitespace", rule_whitespace),
]
# The rule after which the text is "normalised" (characters and markup fixed, nothing
# removed yet): metadata is read from that stage, so credits and bylines still stand.
METADATA_STAGE = "markdown"
# Rules whose edits rewrite without taking content away; the rest remove content.
NORMALISING_KINDS = frozenset({"line-endings", "unicode", "markdown", "broken-paragraph", "hard-wrap", "glued-sentence",
                               "glued-word", "reference-mark", "spaced-thousands", "table-gaps", "whitespace"})


def is_removal(change: Change) -> bool:
    """True when a change took content away (boilerplate, caption, repeat…)."""
    return change.rule not in NORMALISING_KINDS


def clean(raw: MappedText | str) -> tuple[MappedText, MappedText, list[Change]]:
    """Apply RULES; return (normalised, cleaned, changes)."""
    current = raw if isinstance(raw, MappedText) else MappedText(raw)
    changes: list[Change] = []
    normalised = current
    for name, rule in RULES:
        current, done = current.apply(list(rule(current.text)))
        changes.extend(done)
        if name == METADATA_STAGE:
            normalised = current
    return normalised, current, changes
