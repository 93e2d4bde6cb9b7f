"""When a figure holds: time expressions in a sentence, resolved against the article's date.

    >>> resolve("in late August", "2024-10-24")
    '2024-08'

Precision follows the words: a day ("on November 5", "yesterday", "on Monday") gives
YYYY-MM-DD, a month ("in October", "late August", "last month") YYYY-MM, a year
("last year", "in 2023") YYYY. "now", "currently" and the present tense give the
article's own date, at the precision the article's date is known.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from ..reading.casefold import FOLDS_TO_ASCII, lower_pattern, lowered
from .quantities import SMALL

MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december"]
_MONTH = (r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ORD = r"(?:st|nd|rd|th)?"
_DAY_WORDS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third "
    "twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth "
    "thirty-first".split())}

# Ordered: the first pattern that matches at a position wins.
# A window that ends now: "killed in the last week", "over the past 24 hours" (the time of writing).
# ("in the last year", "over the past 12 months": the twelve months to now, not last calendar year)
_WINDOW = (r"(?:in|over|during|within)\s+the\s+(?:last|past)\s+(?:week|month|year|(?:12|twelve)\s+months|"
           r"(?:few|several|\d+|two|three|seven)\s+(?:days|weeks|hours))")
_WINDOW_RX = re.compile(_WINDOW)
_COUNT_WORD = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_FIGURE_WORD = r"(?:figures?|levels?|totals?|tolls?|estimates?|counts?|tallies|tally|numbers?|peaks?|highs?|rates?|amounts?)"
PATTERNS = [
    # a time counted back from the article's: "A year ago this month" (its month a year before), "a year ago today"
    # (its day), "two years ago", "It is a year since ...", "a year earlier" with no other time, "by this point last
    # year" (written for a retrospective: synth26)
    ("ago", rf"\b(?:(?P<n>{_COUNT_WORD})\s+(?P<unit>year|month|week)s?\s+ago(?:\s+(?P<today>today)|\s+this\s+"
            rf"(?:month|week))?|it\s+(?:is|has\s+been|was)\s+(?P<n2>{_COUNT_WORD})\s+(?P<unit2>year|month)s?\s+since|"
            # ("a year before" only at a clause's end: "a year before Ukraine's incursion" counts from the incursion)
            r"(?P<n3>a|one)\s+(?P<unit3>year|month)\s+(?:earlier(?!\s+than\b)|before(?=\s*(?:[,.;:)]|$)))|"
            r"(?:by\s+)?(?:this|that)\s+(?:point|time)\s+(?P<lastyear>last\s+year))\b"),
    # the figure of a year or month named before its noun: "the 2024 figure of 11,000", "The April figure, about 600"
    ("year", rf"\bthe\s+(?P<year>(?:19|20)\d{{2}})\s+{_FIGURE_WORD}\b"),
    ("month", rf"\bthe\s+{_MONTH}\s+(?:(?P<year>(?:19|20)\d{{2}})\s+)?{_FIGURE_WORD}\b"),
    # "at the start of the year": the article's January
    ("rel", r"\b(?P<rel>(?:at\s+)?the\s+(?:start|beginning)\s+of\s+the\s+year)\b"),
    # "between the start of the invasion in February 2022 and December 2025": the span ends with the later one
    ("month", rf"\bbetween\b[^.;]{{0,100}}?\s(?:and|to|through|until)\s+{_MONTH}\s+(?P<year>(?:19|20)\d{{2}})\b"),
    # a span of days ends with the later day: "during Aug. 6-13", "between August 6 and 13", "from March 30
    # to April 2, 2025" (not "to 13,000")
    ("day", rf"\b(?:between|from|during|over|in)\s+{_MONTH}\s+\d{{1,2}}{_ORD}\s*(?:(?:and|to|through|until)\s+|[–—-]\s*)"
            rf"(?P<day>\d{{1,2}}){_ORD}\b(?![,.]?\d)(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?"),
    ("day", rf"\b(?:between|from|during|over|in)\s+{_MONTH.replace('?P<month>', '?P<smonth>')}\s+\d{{1,2}}{_ORD}"
            rf"(?:,?\s+(?:19|20)\d{{2}})?,?\s*"
            rf"(?:(?:and|to|through|until)\s+|[–—-]\s*){_MONTH}\s+(?P<day>\d{{1,2}}){_ORD}\b(?![,.]?\d)"
            rf"(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?"),
    # "between January and February", "from July 2023 to June 2024", "from February 2022–December 2025",
    # "throughout March-April": the period ends with the later one (a spaced dash only before a month with
    # its year: "died in January — March figures are not yet out" is an aside)
    # (and a list of months: "throughout September, October and November", "throughout September and into October")
    # (a comma before "and" only in a list: "in August, and in September ..." is another clause)
    ("month", rf"\b(?:between|from|in|during|throughout|across)\s+(?:{_MONTH.replace('?P<month>', '')})(?:\s+(?:19|20)\d{{2}})?"
              rf"(?:(?:\s*,\s*(?:{_MONTH.replace('?P<month>', '')}))+,?\s+and\s+"
              rf"|\s+(?:and|to|through|until)\s+(?:into\s+)?|[–—-])"
              rf"{_MONTH}(?:\s+(?P<year>(?:19|20)\d{{2}}))?\b"),
    ("month", rf"\b(?:between|from|in|during|throughout|across)\s+(?:{_MONTH.replace('?P<month>', '')})(?:\s+(?:19|20)\d{{2}})?"
              rf"\s+[–—-]\s+{_MONTH}\s+(?P<year>(?:19|20)\d{{2}})\b"),
    # "by year's end", "by the end of the year": December of the article's year
    # ("by the turn of the year", "by the new year": synth41)
    ("yearend", r"\bby\s+(?:the\s+)?(?:year.s\s+end|end\s+of\s+(?:the|this)\s+year|year-end|turn\s+of\s+the\s+year|"
                r"new\s+year)\b"),
    # "by the summer": the year that season falls in, next year once it is over
    ("byseason", r"\bby\s+(?:the\s+)?(?P<season>summer|spring|autumn|fall|winter)\b"),
    ("day", rf"(?<![\d,.])\b(?P<day>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?\b"),
    ("day", rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD}\b(?![,.]?\d)(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?"),
    ("day", rf"\b(?:the\s+)?(?P<dayword>{'|'.join(_DAY_WORDS)})\s+of\s+{_MONTH}(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?"),
    ("iso", r"\b(?P<year>(?:19|20)\d{2})-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
    # a day written in figures, day first, as translated Ukrainian and Russian releases write it: "on 23.10.2024",
    # "07.03.2025", "24.02.22", "23/10/2024" (with slashes, month first where the second part cannot be a month:
    # "10/23/2024")
    ("numdate", r"(?<![\d.,/])(?:(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d{2})|"
                r"(?P<a2>[0-3]\d)\.(?P<b2>[01]\d)\.(?P<y2>[0-3]\d))(?![\d.,]\d)"),
    # a day of the month alone, as Korean and other translated copy writes it: "President Zelensky on the 11th said",
    # "the NIS on the 19th reported" (the latest such day by the article's; not a span's start, "for five days
    # starting on the 8th": a count over it holds at its end)
    # ... and of the month named by "last" or "this" ("on the 18th of last month", Korean copy's 지난달 18일: synth62)
    ("monthday", r"(?<!starting\s)(?<!beginning\s)\bon\s+the\s+(?P<mday>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
                 r"(?:\s+of\s+(?P<which>last|this|the\s+previous)\s+month\b)?"
                 r"(?!\s+(?:of|day|week|month|year|"
                 r"anniversary|floor|century|brigade|division|regiment|army|round|time|straight|consecutive)\b)"),
    ("month", rf"\b{_MONTH}\s+(?:of\s+)?(?P<year>(?:19|20)\d{{2}})\b"),
    # a month as the sentence's subject: "May was a particularly deadly month, with ... 1,000 each day"
    # (or after a comma: "..., which cited the General Staff, December was the deadliest month of the war")
    # ("December cost Russia an estimated 48,670 casualties": synth31)
    # (or its figure's owner: "September's daily average was about 930", "December's total was 48,670")
    ("month", rf"(?:^\s*|(?<=,\s)){_MONTH}(?=\s+(?:was|saw|proved|became|brought|marked|cost|set|ended|closed)\b|"
              r"['’]s\s+(?:daily|weekly|average|total|toll|figure|losses|tally|count|casualt))"),
    ("month", rf"\b(?:in|since|by|during|throughout|until|through|late|early|mid|mid-|end\s+of|the\s+end\s+of|beginning\s+of|"
              # ("this past May": the latest May, as "last May")
              rf"start\s+of|as\s+of|from|last|this\s+past|this|past|of)\s+(?:late\s+|early\s+|mid-?)?{_MONTH}(?![\w-])"),
    ("weekday", r"\b(?:(?P<rel>last|this|past|on|since|as\s+of)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|"
                r"friday|saturday|sunday)\b"),
    ("rel", r"\b(?P<rel>yesterday|today|tonight|now|currently|at\s+present|presently|so\s+far|to\s+date|"
            rf"{_WINDOW}|"
            r"this\s+week|last\s+week|earlier\s+(?:in|this)\s+(?:the\s+)?week|(?:over|at|on|during)\s+the\s+weekend|"
            r"last\s+weekend|this\s+month|last\s+month|earlier\s+this\s+month|in\s+recent\s+(?:days|weeks)|"
            r"this\s+year|last\s+year|earlier\s+this\s+year|the\s+previous\s+year|"
            r"the\s+past\s+year|for\s+most\s+of\s+this\s+year|at\s+this\s+point|as\s+of\s+now|"
            r"(?:last|this|earlier\s+this)\s+(?:fall|autumn|spring|summer)|"
            # "At the end of last year" (its December), "at the start of this year" (its January), "in
            # the fall" (the latest autumn begun by the article's date)
            r"(?:at\s+)?the\s+end\s+of\s+last\s+year|(?:at\s+)?the\s+(?:start|beginning)\s+of\s+this\s+year|"
            # "at the start of the month", "by the end of the month": the article's month
            r"(?:at\s+|by\s+)?the\s+(?:start|beginning|end)\s+of\s+the\s+month|"
            r"in\s+the\s+(?:fall|autumn|spring|summer)(?!\s+of\s+(?:19|20)\d\d))\b"),
    # a part of a year, read as its last month: "the first quarter of 2025", "the first four months of
    # 2025" (April), "the first half of 2025" (June)
    ("quarter", r"\b(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|first\s+(?P<n>two|three|four|five|six|"
                r"seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months|(?P<half>first|second)\s+half|"
                # "by the end of 2023": that year's December; "at the start of 2024": its January (as "the start of
                # this year")
                r"(?<=the\s)(?P<end>end)|(?<=the\s)(?P<start>start|beginning|outset))\s+of\s+"
                r"(?P<year>(?:19|20)\d{2})\b"),
    # a quarter with no year: "in the first quarter", "in the third quarter of the year": the latest such quarter
    # already begun by the article's date, as its last month
    ("yquarter", r"\b(?:in|during|over|for)\s+the\s+(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter"
                 r"(?:\s+of\s+(?:the|this)\s+year)?\b(?!\s+of\s+(?:19|20)\d{2})"),
    # a time counted from the war's start: "in the first year of the war", "the second day of the
    # conflict", "in the first few days of the invasion", "by the end of the first week" of it
    ("warday", r"\b(?:(?P<end>by\s+the\s+end\s+of)\s+)?the\s+(?:(?P<ord>first|second|third|fourth|fifth|sixth|"
               r"seventh|tenth|hundredth|\d+(?:,\d{3})*(?:st|nd|rd|th))\s+(?P<unit>day|week|month|year)|first\s+"
               r"(?P<n>few|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<units>days|weeks|months))"
               r"(?:\s+of\s+(?:the\s+)?(?:(?:full-scale|russian|russia.s|ukraine|ukrainian)\s+)*"
               r"(?P<what>war|invasion|conflict|incursion))?\b"),
    # a time counted on from a war's start: "a month after the incursion began", "two years into the war", "a week
    # after Ukraine's incursion", "a year after the start of the war" (not a war's end: "a year after the war ends",
    # "three months after the war"; nor the last part of a sum: "a month and a day after the start of the war";
    # twenty-first session)
    ("warafter", r"\b(?<!\band\s)(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,4})\s+"
                 r"(?P<unit>day|week|month|year)s?\s+(?:(?P<into>into)|after(?:\s+(?P<startof>the\s+(?:start|beginning|"
                 r"outset)\s+of))?)\s+(?:the\s+|its\s+)?"
                 r"(?P<adj>(?:(?:full-scale|russian|russia.s|ukraine|ukrainian|ukraine.s|kursk|surprise|cross-border)\s+)*)"
                 r"(?P<what>war|invasion|conflict|incursion)\b(?!\s+(?:ends?|ended|is\s+over|was\s+over)\b)"
                 r"(?P<place>\s+(?:of|into)\s+(?:the\s+)?(?:kursk|russia)\b)?"
                 r"(?:\s+(?P<began>began|started|broke\s+out|was\s+launched))?"),
    # "by mid-2025", "in mid-2024": the middle of that year, read as its June
    ("midyear", r"\b(?:the\s+middle\s+of\s+|mid-?\s*)(?P<year>(?:19|20)\d{2})\b(?!\s*[-–]\d)"),
    # ("in the year 2024 alone", "during the calendar year 2024", "in fiscal year 2024")
    ("year", r"\b(?:in|since|during|for|by|of|until|through|as\s+of|early|late|mid-?)\s+"
             r"(?:(?:the\s+)?(?:(?:calendar|fiscal|financial)\s+)?year\s+)?"
             r"(?P<year>(?:19|20)\d{2})\b(?!\s*[-–]\d)"),
]
_MONTH_CUES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Words one of which a pattern cannot match without (lower case): a sentence without any skips the pattern.
# Speed only: find_times runs on every sentence that holds a claim and on the sentences a statement date
# may come from.
_CUES = {"day": "month", "month": "month", "weekday": "day", "quarter": "quarter", "yquarter": "quarter", "ago": "ago",
         "yearend": "by", "byseason": "by",
         "warday": "war", "warafter": "war", "monthday": "the", "numdate": "num"}
_CUE_RX = {"month": re.compile("|".join(_MONTH_CUES), re.IGNORECASE), "day": re.compile("day", re.IGNORECASE),
           "quarter": re.compile("quarter|months of|half of|end of|start of|beginning of|outset of", re.IGNORECASE),
           "by": re.compile(r"\bby\b", re.IGNORECASE),
           "war": re.compile(r"war|invasion|conflict|incursion", re.IGNORECASE),
           "the": re.compile(r"on the \d", re.IGNORECASE), "num": re.compile(r"\d[./]\d{1,2}[./]\d"),
           "ago": re.compile(r"\bago\b|\bsince\b|earlier|before|last\s+year", re.IGNORECASE)}
_COMPILED = [(kind, re.compile(p, re.IGNORECASE), _CUES.get(kind)) for kind, p in PATTERNS]
# Each pattern's twin for a lower-cased text (casefold.lowered): the same places, about twice as fast
_LOWER = [re.compile(lower_pattern(p)) for _, p in PATTERNS]


# Words for the time of writing (or, inside reported words, of the statement): the article's day.
PRESENT = ("now", "currently", "at present", "presently", "so far", "to date", "today", "tonight",
           "at this point", "as of now", "this week", "in recent days", "in recent weeks")


def _cued(text: str) -> dict[str, bool]:
    """Which cues of _CUE_RX `text` holds: substring tests on the lower-cased text (four patterns
    per sentence were a quarter of find_times; issue 18), the patterns where a character folds."""
    if FOLDS_TO_ASCII.search(text):
        return {name: rx.search(text) is not None for name, rx in _CUE_RX.items()}
    low = text.lower()
    return {"month": any(c in low for c in _MONTH_CUES), "day": "day" in low,
            "quarter": "quarter" in low or "months of" in low or "half of" in low or "end of" in low
            or "start of" in low or "beginning of" in low or "outset of" in low,
            "by": "by" in low and _CUE_RX["by"].search(text) is not None,
            "war": any(w in low for w in ("war", "invasion", "conflict", "incursion")),
            "the": "on the " in low and _CUE_RX["the"].search(low) is not None,
            "num": ("." in low or "/" in low) and _CUE_RX["num"].search(low) is not None,
            "ago": any(w in low for w in ("ago", "since", "earlier", "before", "last year"))}


@dataclass(frozen=True)
class TimeRef:
    start: int
    end: int
    text: str
    value: str          # ISO date, YYYY-MM or YYYY


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    for i, m in enumerate(MONTH_NAMES):
        if m.startswith(name[:3]):
            return i + 1
    raise ValueError(name)


def _parse_published(published: str | None) -> tuple[date | None, str]:
    """(a date to count from, the precision: 'day', 'month', 'year' or '')."""
    if not published:
        return None, ""
    parts = published.split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 12
        d = int(parts[2]) if len(parts) > 2 else 28
        return date(y, m, d), ("day", "month", "year")[3 - len(parts)]
    except (ValueError, IndexError):
        return None, ""


# Words before a month that point ahead: "by December", "until March", "next May".
# Only words that put the month ahead of the statement ("by March", "next May"); "until", "through"
# and "before" are as often about a month gone by ("held the salient through February").
FUTURE_BEFORE = re.compile(r"\b(?:by|next)\s+(?:the\s+end\s+of\s+)?$",
                           re.IGNORECASE)
# "until" and "till" point ahead after an intention only: "Pyongyang intends to send 10 thousand servicemen to Russia
# until December" (machine-translated copy; synth34); "held the salient until March" is gone by.
UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
INTENT = re.compile(r"\b(?:intends?|intended|plans?|planned|planning|aims?|aimed|expects?|expected|will|would|"
                    r"(?:is|are|was|were)\s+to)\b", re.IGNORECASE)
# ... nor after a past perfect of a commitment, whose deadline is ahead of it: "had committed to sending 10,000 troops
# by December" (synth35).
COMMITTED_TO = re.compile(r"\bhad\s+(?:committed|pledged|promised|agreed|vowed|decided|planned|undertaken)\s+to\b",
                          re.IGNORECASE)
# A change told in the present (not a state: "From 1 January, the payment is 1.5 million rubles", "has been", a
# timeline's "From 6 August, Ukrainian forces advance": review31).
CHANGE_PRESENT = re.compile(r"\b(?:returns?|rises?|goes\s+up|goes\s+down|falls?|drops?|is\s+(?:raised|cut|reduced|increased|"
                            r"lowered|doubled)|doubles?|triples?|increases?|decreases?|becomes?)\b", re.IGNORECASE)
HAS_BEEN = re.compile(r"\b(?:has|have)\s+been\b|\breturned\b", re.IGNORECASE)


def _deadline_of_intent(m: re.Match, window: str) -> bool:
    """Is the month after "until"/"till" a deadline of an intention in its own clause (no past verb of its own there:
    not "stayed in Kursk until April"), or after "by" a deadline of a commitment in the past perfect?"""
    before = m.string[:m.start("month")]
    if UNTIL_BEFORE.search(before):
        own = before[max([x.end() for x in CLAUSE_MARK.finditer(before)] or [0]):]
        return bool(INTENT.search(own)) and not PAST_SIMPLE.search(own) and not PAST_PERFECT.search(own) \
            and not STAYED.search(own)
    return bool(FUTURE_BEFORE.search(before) and COMMITTED_TO.search(window))


STAYED = re.compile(r"\b(?:stayed|remained|fought|held|kept|lasted|continued)\b", re.IGNORECASE)
# ... but not after a past perfect: "Russia had lost 50,000 soldiers by March" is a March gone by.
# (irregular participles too: "had shrunk", "had sunk", "had swung", "had gone", "had done")
_HAD_DONE = r"\bhad\s+(?:(?:already|reportedly|been|by\s+then)\s+)*[a-z]+(?:ed|en|t|n|unk|ung|one)\b"
_NO_BREAK_AFTER = r"(?![^;]*?(?:[;]|[,.]\s))"     # (no clause break between the verb and "by")
PAST_PERFECT = re.compile(_HAD_DONE + _NO_BREAK_AFTER, re.IGNORECASE)
PAST_PERFECT_REACH = 100   # characters before "by <month>" its verb may stand
# ... nor after a verb in the simple past with no word of the future before "by": "1,000 North Korean soldiers
# were killed by the end of October" (written in November) is the October gone by; "North Korea plans to send
# 6,000 more by December", "losses could reach 1 million by February" still look ahead.
_PAST_VERB = (r"\b(?:was|were|had|lost|killed|reached|rose|fell|grew|sent|deployed|dispatched|arrived|died|"
              r"suffered|captured|seized|held|controlled|numbered|stood|totall?ed|amounted|surpassed|exceeded|"
              r"topped|passed|climbed|increased|dropped|shrank|recaptured|retook|massed|amassed)\b")
PAST_SIMPLE = re.compile(_PAST_VERB + _NO_BREAK_AFTER, re.IGNORECASE)
# (after an opening "by <month>" the verb's clause may go on past a comma: "By December, about 11,000 were in Kursk,
# the Pentagon said")
PAST_AFTER = re.compile(_PAST_VERB, re.IGNORECASE)
# (an infinitive of purpose is ahead of its past verb: "deployed 50,000 troops to retake Kursk by April"; the
# verbs are named, as the text may be lower-cased and "to Russia" is a place)
FUTURE_WORDS = re.compile(r"\b(?:will|would|shall|could|may|might|plans?|planned|planning|expects?|expected|aims?|intends?|"
                          r"set\s+to|on\s+track|on\s+course|on\s+pace|heading\s+for|aiming|(?:is|are|was|were)\s+due\s+to|(?:was|were)\s+to|"
                          r"hoped|hoping|hopes|projected|forecast|going\s+to|likely|deadline|until|before|preparing|"
                          r"prepared|ready|ordered|told|targets?|goal|to\s+(?:retake|recapture|send|deploy|dispatch|pay|reach|"
                          r"replace|reinforce|launch|push|expel|attack|mount|join|fight|train|hold|capture|seize|take|begin|"
                          r"start|recruit|raise|bring|double|increase|cut))\b",
                          re.IGNORECASE)


# A "by year-end" in the simple past is the year-end gone by only in a story of the first months of the next year:
# later in the year, a simple past there is a forecast told in the past ("losses were on course to exceed 40,000 by
# year-end", written in November); a past perfect ("had reached 4,700 by year-end") is always one gone by.
YEAR_END_GONE_MONTHS = 3
# The future tense near a month named without its year: "will", "is set to", "is due to", "is to".
FUTURE_TENSE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:set|due|expected|going|scheduled)\s+to|(?:is|are)\s+to\s+\w+)\b",
                          re.IGNORECASE)
FUTURE_REACH = 60   # characters either side of the month
# ... nor a past act there: "The bonus, raised in January, will stay at 2 million"
PAST_ACTS = re.compile(r"\b(?:raised|introduced|announced|approved|signed|adopted|lowered|reduced|doubled|decided|agreed|"
                       r"launched|began|started|ordered|decreed|said|reported|stated|averaged|hit|cut|slashed|paid|"
                       r"halved|tripled|peaked|reached)\b", re.IGNORECASE)
CLAUSE_MARK = re.compile(r";|[,.](?!\d)")     # (not a number's comma or point: "3,000")
# The words of a day a change takes effect from, anywhere in the sentence: "would rise ... from February 1", "with
# effect from August 1", "starting March 1".
# (claims reads the same words, but for a bare "from", to date a payment by the day it takes effect later in its sentence)
EFFECTIVE_WORDS = (r"(?:with\s+effect\s+from|effective(?:\s+(?:from|on|as\s+of))?|starting(?:\s+(?:from|on))?|"
                   r"beginning(?:\s+(?:from|on))?)")
EFFECTIVE_BEFORE = re.compile(rf"\b(?:from|{EFFECTIVE_WORDS})\s+(?:on\s+)?$", re.IGNORECASE)
EFFECTIVE_ONLY = re.compile(rf"\s*(?:from|{EFFECTIVE_WORDS})\s+(?:on\s+)?", re.IGNORECASE)   # a clause that is the day alone
NEW_YEAR = re.compile(r"new\s+year|turn\s+of\s+the\s+year", re.IGNORECASE)   # year-ends read only as gone by
# The verbs of a reported statement, for the days a reported future counts from (periods cannot import the source
# reader's verbs: sources imports this module).
_SAID = r"(?:said|announced|stated|told|added|noted|reported|wrote|confirmed|explained)"
WOULD = re.compile(r"\bwould\b", re.IGNORECASE)     # the future of a reported statement ...
# ... counted from a statement of recent days ("said on Friday", "said yesterday") ...
RECENT_STATEMENT = re.compile(rf"\b{_SAID}\s+(?:\w+\s+)?"
                              r"(?:(?:on\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|"
                              r"today|this\s+week)\b", re.IGNORECASE)
# ... or from its own month, where the statement gives one ("said in January that ...")
STATEMENT_MONTH = re.compile(rf"\b{_SAID}\s+"
                             rf"(?:(?:on\s+\d{{1,2}}|in|last)\s+)?{_MONTH}\b", re.IGNORECASE)
REPORTED = re.compile(rf"\b{_SAID}\b", re.IGNORECASE)   # ... after a verb of saying (not a conditional: "Russia would
#                                                       lose ...")
# A sentence opening with the month a change takes effect from: "From January 1, the signing bonus will be ..."
OPENING_FROM = re.compile(r"\s*(?:from|starting|beginning|as\s+of|effective)\s+(?:on\s+)?$", re.IGNORECASE)

# "By February, Russia had deployed 50,000 troops": a "by <month>" that opens the sentence, its verb after it.
OPENING_BY = re.compile(r"\s*by\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
_HAD = re.compile(_HAD_DONE, re.IGNORECASE)     # (PAST_PERFECT after the month: its clause goes on past it)
# ... or one that opens a reported clause or a clause after a comma: "HUR claimed on Tuesday that by the end of January
# North Korea had about 11,000 troops in Russia"
CLAUSE_BY = re.compile(r"(?:\bthat|[,;:])\s*by\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)


def _past_after(words: str) -> bool:
    """Whether the words after an opening "by <month>" are in the past, with no word of the future."""
    return bool(_HAD.search(words) or PAST_AFTER.search(words)) and not FUTURE_WORDS.search(words)


def _year_for_month(month: int, ref: date | None, ahead: bool = False) -> int | None:
    """The year of a month named without one: the latest not after the article, or, for a
    month the words point ahead to, the next one not before it."""
    if ref is None:
        return None
    if ahead:
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


def _value(kind: str, m: re.Match, ref: date | None, precision: str, published: str) -> str | None:
    g = m.groupdict()
    if kind in ("day", "iso", "month"):
        if kind == "iso":
            return f"{g['year']}-{g['mon']}-{g['day']}"
        month = _month(g["month"])
        nearest = False
        window = m.string[max(0, m.start() - PAST_PERFECT_REACH):m.start()]
        ahead = bool(FUTURE_BEFORE.search(m.string, 0, m.start("month"))) and \
            not PAST_PERFECT.search(window) and \
            not (PAST_SIMPLE.search(window) and not FUTURE_WORDS.search(window)) and \
            not ((OPENING_BY.match(m.string, 0, m.start("month"))
                  or CLAUSE_BY.search(m.string, max(0, m.start("month") - 30), m.start("month")))
                 and _past_after(m.string[m.end():m.end() + PAST_PERFECT_REACH]))
        if not ahead and not g.get("year") and not g.get("smonth") and _deadline_of_intent(m, window):
            # "Pyongyang intends to send 10 thousand servicemen to Russia until December", "had committed to sending
            # 10,000 troops by December": the deadline of an intention or commitment, the reading nearest the
            # article's date or after the statement's month (not always ahead: "In February the Kremlin said the
            # troops would remain in Kursk until April", written in May; synth34, review31)
            nearest = True
        elif not ahead and not g.get("year") and not g.get("smonth"):
            # "From January 1, the signing bonus will be 2 million rubles" (written in December), "will send 3,000
            # more troops in April" (in March): a month the future tense points to, with no verb of the past near
            # it (not a span, whose start may be gone by: "contracts signed between January 1 and June 4 will
            # receive", written in June)
            # (in the month's own clause, or after a "From <month>," that opens the sentence: not "averaged 1,200 a day
            # in February, and that pace will likely continue")
            breaks = [x.start() for x in CLAUSE_MARK.finditer(m.string)]
            a = max([i + 1 for i in breaks if i < m.start()] or [0])
            b = min([i for i in breaks if i >= m.end()] or [len(m.string)])
            clause = m.string[a:b]
            if OPENING_FROM.match(m.string, 0, m.start()) and b < len(m.string) and m.string[b] == ",":
                # (to the end of the clause after it: "From 1 December, volunteers who sign a contract with the
                # Ministry of Defence in Tatarstan will receive ...")
                nxt = min([i for i in breaks if i > b] or [len(m.string)])
                clause = m.string[a:max(b + FUTURE_REACH, nxt)]
            ahead = bool(FUTURE_TENSE.search(clause)) and not PAST_PERFECT.search(clause) and \
                not PAST_SIMPLE.search(clause) and not PAST_ACTS.search(clause)
            if not ahead and (OPENING_FROM.match(m.string, 0, m.start())
                              # (or "from <day>" after the change: "Kursk region doubles sign-up payment to 2 million
                              # roubles from Nov. 1", a headline; synth41)
                              or EFFECTIVE_BEFORE.search(m.string, max(0, m.start() - 30), m.start())) \
                    and g.get("day") and CHANGE_PRESENT.search(clause) \
                    and not (PAST_PERFECT.search(clause) or PAST_SIMPLE.search(clause) or PAST_ACTS.search(clause)
                             or HAS_BEEN.search(clause)):
                # a change told in the present from the day it takes effect ("From 1 May, the payment returns to
                # 500,000 rubles"): the day nearest the article's, before or after it (synth35)
                nearest = True
            if not ahead and EFFECTIVE_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
                # the day a change takes effect, in the future of a reported statement: "He said the payment would
                # rise to 1.5 million rubles from February 1" (the verb of saying is the statement's past, not the
                # change's)
                own = clause[:m.start() - a]
                ahead = bool(FUTURE_TENSE.search(own)) and not PAST_PERFECT.search(own) and not PAST_SIMPLE.search(own)
                # (a reported "would" is ahead of the statement, whose day is not known: the reading nearest the
                # article's date, before or after it; "said the payment would rise ... from February 1" is the
                # coming February in January, the February just gone in March)
                nearest = nearest or not ahead and bool(WOULD.search(own) and REPORTED.search(own)) \
                    and not PAST_PERFECT.search(own) and not PAST_SIMPLE.search(own)
                if not ahead and not nearest and EFFECTIVE_ONLY.fullmatch(own):
                    # a clause of the day alone ("..., that it would raise its payment to 1.5 million roubles from
                    # 800,000, starting March 1"): the sentence's words before it say whose future it is (synth41)
                    lead = m.string[:a]
                    nearest = bool(WOULD.search(lead) and REPORTED.search(lead)) and not PAST_PERFECT.search(lead) \
                        and not PAST_SIMPLE.search(lead)
        year = int(g["year"]) if g.get("year") else _year_for_month(month, ref, ahead)
        if nearest and ref is not None and not g.get("year"):
            said_in = STATEMENT_MONTH.search(m.string, 0, m.start())
            if said_in:
                # "said in January the bonus would double ... from February 1": the first such day after the statement
                said_month = _month(said_in.group("month"))
                said_year = _year_for_month(said_month, ref)
                year = said_year if month >= said_month else said_year + 1
            elif RECENT_STATEMENT.search(m.string, 0, m.start()):
                # a statement of recent days ("said on Friday that ... would rise ... from January 1"): ahead of it
                year = _year_for_month(month, ref, ahead=True)
            else:
                # no time of the statement: the reading nearest the article's date, before or after it
                day_of = int(g["day"]) if g.get("day") else 1
                year = min((ref.year - 1, ref.year, ref.year + 1),
                           key=lambda y: abs((date(y, month, min(day_of, 28)) - ref).days))
        if g.get("smonth") and not g.get("year"):
            # a span's end is no earlier than its start: "between February 1 and April 30" (in March) ends in
            # the start's year, "from December 28 to January 3" in the year after it
            start = _month(g["smonth"])
            year = _year_for_month(start, ref, ahead)
            year = None if year is None else year + (month < start)
        if year is None:
            return None
        if kind == "month":
            return f"{year:04d}-{month:02d}"
        day = int(g["day"]) if g.get("day") else _DAY_WORDS[g["dayword"].lower()]
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    if kind == "numdate":
        if g["a2"]:     # ("24.02.22": two figures each, with dots)
            a, b, year, sep = int(g["a2"]), int(g["b2"]), 2000 + int(g["y2"]), "."
        else:
            a, b, year, sep = int(g["a"]), int(g["b"]), int(g["y"]), g["sep"]
        day, month = (b, a) if sep == "/" and b > 12 else (a, b)
        if sep == "/" and a <= 12 and b <= 12 and a != b and ref is not None:
            # ("11/04/2024" may be either: the reading nearest the article's date, not after it)
            try:
                readings = [d for d in (date(year, b, a), date(year, a, b)) if d <= ref]
            except ValueError:
                readings = []
            if readings:
                return max(readings).isoformat()
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    if kind == "monthday":
        if ref is None or precision != "day":
            return None
        day, month, year = int(g["mday"]), ref.month, ref.year
        which = (g.get("which") or "").lower()
        if (day > ref.day and not which) or which in ("last", "the previous"):
            # a day still to come this month, or of the month named as the one before: the month before's
            month, year = (month - 1, year) if month > 1 else (12, year - 1)
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    if kind == "quarter":
        if g["n"]:
            n = g["n"].lower()
            return f"{g['year']}-{int(n) if n.isdigit() else SMALL[n]:02d}"
        if g["half"]:
            return f"{g['year']}-{6 if g['half'].lower() == 'first' else 12:02d}"
        if g["end"]:
            return f"{g['year']}-12"
        if g["start"]:
            return f"{g['year']}-01"
        q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}[g["q"].lower()]
        return f"{g['year']}-{q * 3:02d}"
    if kind == "yquarter":
        if ref is None:
            return None
        q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}[g["q"].lower()]
        year = ref.year if (q - 1) * 3 + 1 <= ref.month else ref.year - 1
        return f"{year}-{q * 3:02d}"
    if kind == "warday":
        return _war_time(g, m.string, m.start())
    if kind == "warafter":
        # (never past the article's date: a span counted from the wrong war; review26; and one that ends in the
        # article's own month is the article's day: "Four months after Ukraine's incursion, ..." published that month)
        value = _after_war_start(g)
        return None if value and ref is not None and value[:7] >= ref.isoformat()[:7] and len(value) == 7 else value
    if kind == "year":
        return g["year"]
    if kind == "midyear":
        return f"{g['year']}-06"
    if kind == "yearend":
        if ref is None:
            return None
        # (a year-end the past tense says is gone by is the one before the article's: "Russia had over 60,000 troops
        # in Kursk by year-end", written in January; not "by the end of this year")
        # (the clause of the year-end only: "Moscow, which had hoped for a quick victory, had massed 60,000 ...")
        window = CLAUSE_MARK.split(m.string[max(0, m.start() - PAST_PERFECT_REACH):m.start()])[-1]
        # (a past perfect is a year-end gone by whenever the story is written; a simple past only early in the year)
        gone = "this" not in m.group().lower() and ref.month < 12 and not FUTURE_WORDS.search(window) and \
            bool(PAST_PERFECT.search(window) or (PAST_SIMPLE.search(window) and ref.month <= YEAR_END_GONE_MONTHS))
        # (or one that opens the sentence, its past perfect after it: "By the end of the year, the area had shrunk to
        # about 500 square kilometres", written in August: synth41)
        # (or its simple past early in the year, as after the verb: "By the turn of the year, Ukraine held about 500 sq
        # km", written in February: review32)
        after = m.string[m.end():m.end() + PAST_PERFECT_REACH]
        gone = gone or ("this" not in m.group().lower() and ref.month < 12 and not m.string[:m.start()].strip()
                        and bool(_HAD.search(after) or (PAST_SIMPLE.search(after) and ref.month <= YEAR_END_GONE_MONTHS))
                        and not FUTURE_WORDS.search(after))
        if not gone and NEW_YEAR.search(m.group()):
            return None     # "who sign up by the new year": a deadline, no time a figure held at (review32)
        return f"{ref.year - gone}-12"
    if kind == "byseason":
        if ref is None:
            return None
        last = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 12}[g["season"].lower()]
        return str(ref.year if ref.month <= last else ref.year + 1)
    if ref is None:
        return None
    if kind == "weekday":
        rel = (g.get("rel") or "").lower()
        if precision != "day":
            return ref.strftime("%Y-%m") if precision == "month" else None
        back = (ref.weekday() - WEEKDAY_NAMES.index(g["weekday"].lower())) % 7
        if rel in ("last", "past") and back == 0:
            back = 7
        return (ref - timedelta(days=back)).isoformat()
    if kind == "ago":
        # (not the start of what a count runs from: "since Putin launched the invasion two years ago", "in the
        # invasion launched nearly 15 months ago")
        if AGO_EVENT_BEFORE.search(m.string, max(0, m.start() - AGO_EVENT_REACH), m.start()):
            return None
        return _ago(g, ref, precision)
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    if rel in PRESENT or _WINDOW_RX.fullmatch(rel):
        return published or None
    if rel == "yesterday":
        return (ref - timedelta(days=1)).isoformat() if precision == "day" else published
    if rel.startswith("earlier") and rel.endswith("week"):
        return ref.strftime("%Y-%m")      # "earlier in the week": some day of it, read as its month
    if rel.endswith("weekend"):
        # "over the weekend" in news copy: the weekend just past (a Monday's story: two days before),
        # dated to its Saturday, where such a figure is first reported; a span has no single day, but
        # its month would lose the week ("this weekend" may be the coming one: not read)
        if precision != "day":
            return ref.strftime("%Y-%m")
        back = (ref.weekday() - 5) % 7
        if rel == "last weekend" and back < 2:
            back += 7
        return (ref - timedelta(days=back)).isoformat()
    if rel == "last week":
        # the month of the week before: news copy gives no day, and the gold reads it as a month
        return (ref - timedelta(days=7)).strftime("%Y-%m") if precision == "day" else ref.strftime("%Y-%m")
    if rel in ("this month", "earlier this month") or rel.endswith("of the month"):
        return ref.strftime("%Y-%m") if precision in ("day", "month") else None
    if rel == "last month":
        first = ref.replace(day=1) - timedelta(days=1)
        return first.strftime("%Y-%m") if precision in ("day", "month") else None
    if rel in ("this year", "earlier this year", "for most of this year", "the past year"):
        return str(ref.year)
    if rel.endswith("of the year"):  # "at the start of the year": the article's January
        return f"{ref.year}-01"
    if rel in ("last year", "the previous year"):
        return str(ref.year - 1)
    if rel.endswith("end of last year"):
        return f"{ref.year - 1}-12"
    if rel.endswith("of this year"):
        return f"{ref.year}-01"
    bare = re.fullmatch(r"in the (fall|autumn|spring|summer)", rel)
    if bare:
        # the latest such season already begun: "In the fall, ..." in an April 2025 story is 2024's
        first = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9}[bare.group(1)]
        return str(ref.year if ref.month >= first else ref.year - 1)
    season = re.fullmatch(r"(last|this|earlier this) (fall|autumn|spring|summer)", rel)
    if season:
        # the season's first month; "last fall" is the latest autumn already over at the article's
        # date (April 2025 or December 2024 → 2024; October 2024 → 2023), "this fall" its year
        first = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9}[season.group(2)]
        over = ref.month > first + 2
        return str(ref.year if season.group(1) != "last" or over else ref.year - 1)
    return None


AGO_EVENT_BEFORE = re.compile(r"\b(?:since|launched|began|begun|started|invaded|broke\s+out|erupted)\b[^.;,]*$",
                              re.IGNORECASE)     # (in its own clause: "Russia, which launched ... in 2022, had ... a year ago")
AGO_EVENT_REACH = 120


def _count(word: str) -> int:
    """A count of days, weeks, months or years as written: "a", digits, or a number word (quantities.SMALL)."""
    word = word.lower()
    return 1 if word in ("a", "an") else int(word) if word.isdigit() else SMALL[word]


def _ago(g: dict, ref: date, precision: str) -> str | None:
    """A time counted back from the article's date (the "ago" pattern): as precise as the article's date, a month at
    most but for "a year ago today"."""
    if g.get("lastyear"):
        n, unit = 1, "year"
    else:
        word = (g.get("n") or g.get("n2") or g.get("n3") or "").lower()
        n, unit = _count(word), (g.get("unit") or g.get("unit2") or g.get("unit3")).lower()
    if unit == "week":
        back = ref - timedelta(days=7 * n)
        return back.strftime("%Y-%m") if precision in ("day", "month") else str(back.year)
    months = ref.year * 12 + ref.month - 1 - (12 * n if unit == "year" else n)
    year, month = divmod(months, 12)
    if g.get("today") and precision == "day" and unit == "year":
        return f"{year}-{month + 1:02d}-{min(ref.day, calendar.monthrange(year, month + 1)[1]):02d}"
    return f"{year}-{month + 1:02d}" if precision in ("day", "month") else str(year)


# When the wars the corpora count from began, for "the first year of the war": Russia's full-scale
# invasion of Ukraine on 24 February 2022, Ukraine's incursion into Kursk on 6 August 2024 (the dates
# every corpus gives them; events.yml's kursk_incursion).
WAR_START = {"war": date(2022, 2, 24), "invasion": date(2022, 2, 24), "conflict": date(2022, 2, 24),
             "incursion": date(2024, 8, 6)}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "tenth": 10,
             "hundredth": 100}
# The most days, weeks, months or years counted from a war's start that make a date (a hostile
# "9999999th day" would pass a date's range).
WAR_SPAN_MAX = 5000
# "by the end of the first week" names no war: one named in the words just before does ("Russia's
# invasion ... by the end of the first week"), else the sentence holds none and it is no date.
WAR_NAMED = re.compile(r"\b(war|invasion|conflict|incursion)\b", re.IGNORECASE)


def _war_time(g: dict, text: str, at: int) -> str | None:
    """The end of a span counted from a war's start, as precise as the words: a day or days to the
    day, a week to its last day, a few days, a month or a year to the month."""
    what = g.get("what")
    if not what and not g.get("end"):
        return None      # "as the war enters the fourth year": a span not counted to its end
    if not what:
        named = [w for w in WAR_NAMED.finditer(text, 0, at)]
        if not named:
            return None
        what = named[-1].group(1)
    start = WAR_START[what.lower()]
    if g.get("ord"):
        o = g["ord"].lower()
        n, unit = (_ORDINALS[o] if o in _ORDINALS else int(re.sub(r"\D", "", o))), g["unit"].lower()
    else:
        word = g["n"].lower()
        n, unit = (3 if word == "few" else _count(word)), g["units"].lower().rstrip("s")
        if word == "few":
            return (start + timedelta(days=n - 1)).strftime("%Y-%m")
    if not 0 < n <= WAR_SPAN_MAX:
        return None      # "the 0th day", "the 9999999th day": no date (and past a date's range)
    if unit == "day":
        return (start + timedelta(days=n - 1)).isoformat()
    if unit == "week":
        return (start + timedelta(days=7 * n - 1)).isoformat()
    months = n * (12 if unit == "year" else 1)
    y, mo = divmod(start.month - 1 + months, 12)
    return f"{start.year + y:04d}-{mo + 1:02d}"


def _after_war_start(g: dict) -> str | None:
    """A span counted on from a war's start: days and weeks to the day, months and years to the month."""
    word, what, unit = g["n"].lower(), g["what"].lower(), g["unit"].lower()
    if not (g.get("into") or g.get("startof") or g.get("began")) and what in ("war", "conflict"):
        return None      # "three months after the war": after its end, more often than not
    n = _count(word)
    if not 0 < n <= WAR_SPAN_MAX // {"day": 1, "week": 7, "month": 30, "year": 365}[unit]:
        return None      # (no date past a war's plausible span: "999 years into the war")
    # (Ukraine's invasion, one of Kursk or into Russia, is its incursion: "a month after Ukraine's invasion of Kursk",
    # review25; "the Ukraine invasion" and "the Ukrainian invasion" are Russia's more often than not, review26)
    ukraine_s = what == "invasion" and (g.get("place") or re.search(r"ukraine.s|kursk|cross-border", g.get("adj") or "",
                                                                    re.IGNORECASE))
    start = WAR_START["incursion" if ukraine_s else what]
    if unit in ("day", "week"):
        return (start + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    y, mo = divmod(start.month - 1 + n * (12 if unit == "year" else 1), 12)
    return f"{start.year + y:04d}-{mo + 1:02d}"


def find_times(text: str, published: str | None) -> list[TimeRef]:
    """Time expressions in `text` with their resolved values, in order, not overlapping."""
    return list(_find_times(text, published))


@lru_cache(maxsize=4096)
def _find_times(text: str, published: str | None) -> tuple[TimeRef, ...]:
    ref, precision = _parse_published(published)
    found: list[TimeRef] = []
    taken: list[tuple[int, int]] = []
    cued = _cued(text)
    low = lowered(text)
    for (kind, rx, cue), twin in zip(_COMPILED, _LOWER):
        if cue and not cued[cue]:
            continue
        # (on the lower-cased text where it finds the same: _value reads the words case-blind)
        for m in rx.finditer(text) if low is None else twin.finditer(low):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            value = _value(kind, m, ref, precision, published or "")
            if value:
                found.append(TimeRef(m.start(), m.end(), text[m.start():m.end()], value))
                taken.append((m.start(), m.end()))
    found.sort(key=lambda t: t.start)
    for i in range(len(found) - 1):
        t, nxt = found[i], found[i + 1]
        if len(nxt.value) == 10 and WEEKDAY_THEN_DATE.fullmatch(text, t.end, nxt.start) and \
                WEEKDAY_TEXT.search(t.text):
            # "on Sunday, June 22, 2025": the weekday is that date (when the article's own date
            # is known only to the month, the weekday alone could not say which one)
            found[i] = TimeRef(t.start, t.end, t.text, nxt.value)
    if len(found) > 1:
        # "In December, Zelensky said 3,000 ..., up from 1,100 a month earlier": counted back from the year or month
        # named before it, not the article's date (not from a weekday: "On Monday, the NIS said 15,000 ..., up from
        # 11,000 a year earlier" counts from the article's)
        found = [_counted_from(t, found) if COUNTED_BACK.search(t.text) else t for t in found]
    if ref is not None and len(found) > 1:
        found = _month_of_year(text, found)
    return tuple(found)


COUNTED_BACK = re.compile(r"\b(?:earlier|before)$", re.IGNORECASE)
# The words of a time counted back ("ago", "It is a year since", "a year earlier", "by this point last year") or named
# with a figure ("the 2024 figure"): such a time dates its own clause, or a sentence it opens (claims._as_of).
CLAUSE_BOUND_TIME = re.compile(rf".*\bago\b|it\s+(?:is|has\s+been|was)\b|{_COUNT_WORD}\s+(?:year|month)\s+(?:earlier|before)|"
                               rf"(?:by\s+)?(?:this|that)\s+(?:point|time)\s+last\s+year|the\s+\S+\s+(?:\S+\s+)?{_FIGURE_WORD}$",
                               re.IGNORECASE)


def _counted_from(t: TimeRef, found: list[TimeRef]) -> TimeRef:
    """A "a year/month earlier" time counted back from the year or month named last before it in the sentence
    (as precise as that one), or as it was (from the article's date) where none is."""
    named = [u for u in found if u.end <= t.start and NAMED_TIME.search(u.text) and not COUNTED_BACK.search(u.text)]
    if not named:
        return t
    base, year_back = named[-1].value, bool(re.search(r"\byear\b", t.text, re.IGNORECASE))
    if len(base) == 4:
        return replace(t, value=str(int(base) - 1)) if year_back else t
    months = int(base[:4]) * 12 + int(base[5:7]) - 1 - (12 if year_back else 1)
    return replace(t, value=f"{months // 12}-{months % 12 + 1:02d}")
NAMED_TIME = re.compile(r"\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)


# "at the end of July this year", "in February of last year": the year words say which year the month
# named before them is in (read apart, the year alone was the time nearest the number, and the
# month of a year gone by was put in the article's year).
YEAR_OF_MONTH = re.compile(r"\s*,?\s*(?:of\s+)?$", re.IGNORECASE)
YEAR_WORDS = re.compile(r"this\s+year|last\s+year|the\s+previous\s+year", re.IGNORECASE)


def _month_of_year(text: str, found: list[TimeRef]) -> list[TimeRef]:
    """`found` with each month (or day) and the year words right after it read as one time."""
    out: list[TimeRef] = []
    for t in found:
        last = out[-1] if out else None
        # (the year words' own value, as `_value` resolved it, is the year: "last year" → 2023)
        if last is not None and len(t.value) == 4 and YEAR_WORDS.fullmatch(t.text.strip()) and \
                len(last.value) in (7, 10) and not re.search(r"(?:19|20)\d\d", last.text) and \
                YEAR_OF_MONTH.fullmatch(text, last.end, t.start):
            out[-1] = TimeRef(last.start, t.end, text[last.start:t.end], f"{t.value}{last.value[4:]}")
            continue
        out.append(t)
    return out


# A weekday followed by the date it is: "Sunday, June 22", "Monday (Nov. 4)".
WEEKDAY_THEN_DATE = re.compile(r"\s*,?\s*\(?\s*")
WEEKDAY_TEXT = re.compile("|".join(WEEKDAY_NAMES), re.IGNORECASE)


def days_before(value: str, days: int) -> str:
    """The day `days` before a period given to the day; a coarser period stays as it is (its day is
    not known)."""
    try:
        return (date.fromisoformat(value) - timedelta(days=days)).isoformat() if len(value) == 10 else value
    except ValueError:
        return value


def resolve(expression: str, published: str | None) -> str | None:
    """The period one time expression refers to, or None."""
    times = find_times(expression, published)
    return times[0].value if times else None


def period_bounds(period: str | None) -> tuple[date, date] | None:
    """First and last day of 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; None for '' or anything else."""
    s = str(period or "").strip()
    try:
        if len(s) == 4:
            y = int(s)
            return date(y, 1, 1), date(y, 12, 31)
        if len(s) == 7:
            y, m = int(s[:4]), int(s[5:])
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        d = date.fromisoformat(s[:10])
        return d, d
    except ValueError:
        return None
