"""Article metadata read from the text when the manifest does not give it.

Outlet from a copyright notice or a self-credit ("…, Caliber.Az reports",
"Previously, Kursor reported"); outlets the piece relays ("This was reported by the
Financial Times", "citing … Yonhap"); authors from a byline; a title from the first
headline-like line; a published date from an export date stamp, a dateline ("on
November 5", year from context) or, failing all else, the copyright year. Every value
comes with the words it was read from. Dates are parsed by dateparser.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dateparser.date import DateDataParser

from .clean import BYLINE, DATE_STAMP, LIST_ITEM, PHOTO_AGENCIES, relative_timestamps


@dataclass(frozen=True)
class Inferred:
    value: str
    evidence: str          # the words of the article it was read from
    assumed: bool = False  # part of the value was not in the text (a dateline's year)


# ---------------------------------------------------------------- dates

PRECISIONS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
ISO_PARTIAL = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*$")
NUMERIC_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\s*$")
# (It opens with its two literal starts and looks behind them for the word start, "\b(?:19|20)" as
# written first: `re` then jumps from one "1" or "2" to the next, ×2 faster than a look-ahead on
# them; issue 18. tests/test_metadata.py checks it against the first pattern.)
YEAR = re.compile(r"(?:19|20)(?<!\w..)\d{2}\b")


@lru_cache(maxsize=1)
def _date_parser() -> DateDataParser:
    return DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first",
                                                      "PARSERS": ["custom-formats", "absolute-time"]})


# Kept: the same few strings come again and again (every dateline of every article is parsed as
# "<day> <month> 2000", fewer than 800 strings in all), and dateparser takes ~3 ms a call, a fifth
# of reading an article before this cache (issue 18). Only strings with a year are parsed, so the
# answer never depends on today's date.
@lru_cache(maxsize=8192)
def parse_date(text: str) -> tuple[str, str] | None:
    """Parse a date as written in a manifest; return (ISO date at its precision, precision).

    "2024-10" → ("2024-10", "month"); "24 Oct 2024" → ("2024-10-24", "day"); junk → None.
    """
    if not text or not text.strip():
        return None
    m = ISO_PARTIAL.match(text)
    if m:  # dateparser turns a bare "2024" into 2024-<this month>-01: read partial ISO ourselves
        y, mo, d = m.groups()
        try:
            if d:
                return date(int(y), int(mo), int(d)).isoformat(), "day"
            if mo:
                return date(int(y), int(mo), 1).strftime("%Y-%m"), "month"
            return y, "year"
        except ValueError:
            return None
    if not YEAR.search(text):  # "yesterday", "Friday", "Oct": relative to today, not a date
        return None
    m = NUMERIC_DMY.match(text)
    if m and int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and m.group(1) != m.group(2):
        return None  # 05/11/2024: 5 November or 11 May? Ask for ISO instead of guessing.
    data = _date_parser().get_date_data(text.strip())
    if data.date_obj is None:
        return None
    period = data.period if data.period in PRECISIONS else "day"
    return data.date_obj.strftime(PRECISIONS[period]), period


MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501 (a regex reads best on one line)
# "November 5", "Nov. 5, 2024", "5 November 2024"
# (The look-ahead names the first characters of the two forms, a month's capital or a digit: `re`
# passes every other place at once instead of trying both forms there; issue 18.)
DATELINE = re.compile(
    rf"(?=[JFMASOND\d])\b(?:(?P<m1>{MONTHS})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?![,.]\d)(?:,?\s+(?P<y1>(?:19|20)\d{{2}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTHS})\b(?:,?\s+(?P<y2>(?:19|20)\d{{2}}))?)")
# A copyright notice on a line of its own ("Copyright The Financial Times Limited 2024",
# "© 2024 Example News"); a "©" inside a line is a photo credit, not the outlet.
COPYRIGHT = re.compile(
    r"(?m)^[ \t]*(?:©|Copyright\b|\(c\))[ \t]*(?:©|Copyright\b)?[ \t]*"
    r"(?:(?:19|20)\d{2}[ \t]*-[ \t]*)?(?:(?P<y1>(?:19|20)\d{2})[ \t]*,?[ \t]*)?"
    r"(?P<name>(?:[Tt]he[ \t]+)?(?:[A-Z][\w&'.-]*[\w&']|[A-Z])(?:[ \t]+(?:[A-Z][\w&'.-]*[\w&']|of|&)){0,8})"
    r"(?:[ \t]*,?[ \t]*(?:(?:19|20)\d{2}[ \t]*-[ \t]*)?(?P<y2>(?:19|20)\d{2}))?")


MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _month_number(mon: str, day: int) -> int | None:
    """The month of a MONTHS match, when `day` is a day of it (in a leap year): what
    `parse_date(f"{day} {mon} 2000")` gives, without dateparser (a fifth of reading an article,
    issue 18); tests/test_metadata.py compares the two for every spelling MONTHS matches and
    every day from 0 to 99."""
    month = MONTH_ABBREVIATIONS.index(mon[:3].lower()) + 1
    try:
        date(2000, month, day)
    except ValueError:
        return None
    return month


def _datelines(text: str):
    """(month, day, year or None, matched words) for each month-and-day date in `text`."""
    for m in DATELINE.finditer(text):
        mon = m.group("m1") or m.group("m2")
        day = int(m.group("d1") or m.group("d2"))
        year = m.group("y1") or m.group("y2")
        month = _month_number(mon, day)
        if month:
            yield m.start(), month, day, int(year) if year else None, m.group()


def copyright_year(text: str) -> int | None:
    years = [int(m.group("y2") or m.group("y1")) for m in COPYRIGHT.finditer(text) if m.group("y1") or m.group("y2")]
    return max(years) if years else None


# A date a span starts from: "Russian combat losses since February 24, 2022, have reached ..."
SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
# Words before a year that make it a target, not a time already past ("by 2026").
FUTURE_BEFORE_YEAR = re.compile(r"\b(?:by|until|till|before|through|to|in the year)\s+$", re.I)
# The agency dateline that opens a story: "KYIV, Nov. 5 (Reuters) -", "SEOUL, Oct 18 (Yonhap) --".
LEAD_DATELINE = re.compile(r"(?m)^[A-Z][A-Za-z .'-]{1,40},\s+(?=[^\n]{3,30}?\s*(?:\(|[-\u2014]))")


def _past_years(text: str) -> list[int]:
    return [int(m.group()) for m in YEAR.finditer(text) if not FUTURE_BEFORE_YEAR.search(text[max(0, m.start() - 20):m.start()])]


@lru_cache(maxsize=2)
def _dates_in(normalised: str, cleaned: str) -> tuple[int | None, int | None, re.Match | None, tuple]:
    """(copyright year, latest past year mentioned, the lead dateline's match, the datelines) of an
    article: what infer_published reads whatever the corpus's usual year, kept for the second call
    a dateline without a year makes (reading asks once alone, then with the usual year; issue 18)."""
    return (copyright_year(normalised), max(_past_years(cleaned), default=None), LEAD_DATELINE.search(cleaned),
            tuple(_datelines(cleaned)))


def infer_published(normalised: str, cleaned: str, context_year: int | None = None) -> Inferred | None:
    """Publication date from the text: an export date stamp; else the latest dateline.

    A dateline without a year ("on November 5") takes the copyright year; failing that,
    the later of the latest year the text mentions (a story is not older than the years
    it names) and `context_year` (the corpus's usual year), and its evidence then says
    "year assumed" so the reader can check it. With no dateline, the copyright year alone.
    """
    m = DATE_STAMP.match(normalised)
    if m:
        return Inferred(m.group(1), m.group().strip())
    stated, mentioned, lead, datelines = _dates_in(normalised, cleaned)
    assumed = max((y for y in (mentioned, context_year) if y), default=None)
    best: tuple[date, str, bool] | None = None
    lead_at = lead.end() if lead else -1
    for at, mon, day, year, words in datelines:
        if SINCE_BEFORE.search(cleaned, max(0, at - 8), at):
            continue    # "losses since February 24, 2022": where a count starts, not when the story was written
        note, guessed = "", False
        if not year:
            guessed = not stated
            year = stated or assumed
            note = f" (year {year} from the copyright notice)" if stated else f" (year {year} assumed)"
        if not year:
            continue
        try:
            d = date(year, mon, day)
        except ValueError:
            continue
        if at == lead_at:  # the story's own dateline beats any date it mentions
            return Inferred(d.isoformat(), cleaned[lead.start():lead.end()] + words + note, guessed)
        if best is None or d > best[0]:
            best = (d, words + note, guessed)
    if best:
        return Inferred(best[0].isoformat(), best[1], best[2])
    if stated:
        return Inferred(str(stated), "copyright notice")
    return None


# ---------------------------------------------------------------- outlets

# A name starts at a word's start and has at most 9 words: bounded repetition keeps every search
# linear in the text, even on a hostile line of thousands of capitalised words.
NAME = r"(?<![\w&'.-])(?:[A-Z][\w&'.-]*[\w&']|[A-Z])(?:[ \t]+(?:[A-Z][\w&'.-]*[\w&']|of|de|&)){0,8}"
LEGAL_SUFFIX = re.compile(r"\s+(?:Limited|Ltd\.?|Inc\.?|LLC|PLC|plc|GmbH|S\.A\.|Corp\.?|Corporation|Co\.?)$")
# Photo agencies that are also news outlets: they may be an article's outlet; the rest
# of PHOTO_AGENCIES (Getty Images, Shutterstock, POOL…) never are.
NEWS_AGENCIES = {"Reuters", "AP", "Associated Press", "AFP", "Bloomberg", "Yonhap", "TASS", "Xinhua",
                 "Ukrinform", "Kyodo", "UPI"}
# Capitalised words that start sentences or name groups of people or institutions, not outlets.
NOT_OUTLETS = {"The", "This", "It", "He", "She", "They", "We", "South", "North", "Western", "Russian",
               "Ukrainian", "Korean", "American", "US", "U.S.", "Kremlin", "Experts", "Officials", "Media",
               "Pentagon", "Ministry", "President", "General", "Government", "Defense", "Defence", "Intelligence",
               "Copyright", "All"} | (set(PHOTO_AGENCIES) - NEWS_AGENCIES)
# The piece's own outlet names itself.
SELF_CREDIT = [
    re.compile(rf"\b(?:Previously|Earlier|As (?:previously |earlier )?reported)(?: on \w+)?,\s+(?P<name>{NAME})\s+(?:reported|wrote|informed|has reported)\b"),  # noqa: E501 (a regex reads best on one line)
    re.compile(rf",\s+(?P<name>{NAME})\s+reports\b"),
    re.compile(rf"\b(?P<name>{NAME})\s+has learned\b"),
]
# The piece relays another outlet's reporting.
# "South Korean media outlet Yonhap": what kind of outlet, before its name.
_KIND = r"(?:[A-Z][\w-]*\s+){0,4}(?:media outlet|news agency|newspaper|outlet|agency|daily|publication|broadcaster|TV channel|channel)\s+"  # noqa: E501 (a regex reads best on one line)
# Each opens with its first letter and looks behind it for the word start ("a(?<!\wa)ccording to" is
# "\baccording to"): `re` then jumps from one such letter to the next through the article instead
# of testing the word start at every character (issue 18: these searches were a twentieth of
# reading; tests/test_metadata.py checks them against the patterns as first written).
RELAY_CREDIT = [
    re.compile(rf"(?:T(?<!\wT)(?:his|hat|he news)|I(?<!\wI)t) (?:was|is|has been) (?:first )?reported by (?:the )?"
               rf"(?P<name>{NAME})"),
    re.compile(rf"a(?<!\wa)s (?:first )?reported by (?:the )?(?P<name>{NAME})"),
    re.compile(rf"(?:w(?<!\ww)r(?:ites|ote)|r(?<!\wr)eport(?:s|ed)) (?:the )?(?:{_KIND})?(?P<name>{NAME})(?=\s*[.,;]|\s*$)"),
    # "according to" names people too: only with the kind of outlet stated
    re.compile(rf"a(?<!\wa)ccording to (?:the )?{_KIND}(?P<name>{NAME})"),
    re.compile(rf"c(?<!\wc)iting (?:the )?(?:{_KIND})?(?P<name>{NAME})"),
]
# Words a text must hold for each pattern above to match, any one of them (the patterns are
# case-sensitive): most articles hold none of a pattern's, and `re` would otherwise try a name at
# every capitalised word of the text (issue 18: these searches were a tenth of reading).
SELF_CREDIT_NEEDS = [("Previously", "Earlier", "As "), ("reports",), ("has learned",)]
RELAY_CREDIT_NEEDS = [("reported by",), ("reported by",), ("writes ", "wrote ", "reports ", "reported "),
                      ("according to ",), ("citing ",)]


def _finditer(pattern: re.Pattern, needs: tuple[str, ...], text: str) -> Iterator[re.Match]:
    """pattern.finditer(text), skipped when the text holds none of the words it needs."""
    return pattern.finditer(text) if any(w in text for w in needs) else iter(())


def _outlet_name(raw: str) -> str | None:
    """Tidy a credited name: no leading "The", no legal suffix, no trailing full stop."""
    name = raw.strip().rstrip(".,")
    name = LEGAL_SUFFIX.sub("", name)
    name = re.sub(r"^[Tt]he\s+", "", name)
    if not name or name in NOT_OUTLETS or name.split()[0] in NOT_OUTLETS:
        return None
    return name


def _sentence_at(text: str, i: int) -> str:
    a = max(text.rfind("\n", 0, i), text.rfind(". ", 0, i) + 1)
    b = min((x for x in (text.find("\n", i), text.find(". ", i)) if x >= 0), default=len(text))
    return text[a:b + 1].strip()


def infer_outlet(text: str) -> Inferred | None:
    """The outlet that published the piece: a copyright notice, else a self-credit."""
    for m in COPYRIGHT.finditer(text):
        if m.group("name") in PHOTO_AGENCIES and not (m.group("y1") or m.group("y2")):
            continue  # "© Getty Images" on its own line is a photo credit
        name = _outlet_name(m.group("name"))
        if name:
            return Inferred(name, _sentence_at(text, m.start()))
    for pat, needs in zip(SELF_CREDIT, SELF_CREDIT_NEEDS, strict=True):
        for m in _finditer(pat, needs, text):
            name = _outlet_name(m.group("name"))
            if name:
                return Inferred(name, _sentence_at(text, m.start()))
    return None


def infer_relays(text: str, outlet: str | None = None) -> list[Inferred]:
    """Outlets whose reporting the piece passes on, in order of first mention."""
    found: dict[str, Inferred] = {}
    hits = sorted((m.start(), m.group("name")) for pat, needs in zip(RELAY_CREDIT, RELAY_CREDIT_NEEDS, strict=True)
                  for m in _finditer(pat, needs, text))
    for at, raw in hits:
        name = _outlet_name(raw)
        if name and name != outlet and name not in found:
            found[name] = Inferred(name, _sentence_at(text, at))
    return list(found.values())


# ---------------------------------------------------------------- authors, title

PERSON = r"[A-Z][\w'.-]+(?:[ \t]+[A-Z][\w'.-]+){1,3}"
PLACE = r"[ \t]+in[ \t]+[A-Z][\w'.-]+(?:[ \t]+[A-Z][\w'.-]+)*"


def infer_authors(text: str) -> Inferred | None:
    """Authors from a "By …" line, or from a byline that carries a relative timestamp
    ("Max Seddon in Riga, … and Isobel Koshiw in Kyiv 18 HOURS AGO")."""
    for m in BYLINE.finditer(text):
        names = [n for n in _split_names(m.group("names")) if re.fullmatch(PERSON, n)]
        if names:
            return Inferred("; ".join(names), m.group().strip())
    for m in relative_timestamps(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start:m.start()].strip()
        names = _split_names(re.sub(PLACE, "", line)) if line else []
        names = [n for n in names if re.fullmatch(PERSON, n)]
        if names:
            return Inferred("; ".join(names), text[line_start:m.end()].replace("\n", " ").strip())
    return None


def _split_names(names: str) -> list[str]:
    return [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", names) if n.strip()]


TITLE_MIN_WORDS = 6    # shorter opening lines are section kickers ("War in Ukraine") or site names
TITLE_MAX_WORDS = 25
BODY_MIN_WORDS = 30    # the first line this long is body text: the headline comes before it


def infer_title(cleaned: str) -> Inferred | None:
    """The first headline-like line before the body: 6-25 words, not ending like a sentence."""
    for line in cleaned.split("\n"):
        words = len(line.split())
        if words >= BODY_MIN_WORDS:
            return None
        if (TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS and not line.rstrip().endswith((".", ":", ";", ","))
                and not LIST_ITEM.match(line)):
            return Inferred(line.strip(), "first headline-like line")
    return None
