"""Quantities in running text: numbers with their scale, unit, hedge and span.

    >>> q, = find_quantities("about 12,000-strong force")
    >>> (q.value, q.unit, q.qualifier)
    (12000.0, 'troop', 'approx')

General-purpose (nothing here knows about North Korea). Written by hand because no
maintained library does what news copy needs: quantulum3 is ~25 ms per 1,000 characters
and reads "Rbs3mn" or "10,000-11,000-12,000" wrongly; CQE needs spaCy models and ~40 ms
a sentence; number-parser and text2num rewrite text without giving offsets. Here one
pass of regular expressions finds number runs (digits and number words), then each run
is read with the context around it: currency before or after, unit, hedge, range.

Conventions:
- `value` is the stated number, also for bounds ("more than 10,000" → value 10000,
  low 10000, high None); it is None for ranges and vague quantities ("hundreds").
- `low`/`high` are the bounds the wording allows; None where open.
- `start`/`end` cover the whole mention, hedge and unit included; `surface` is that text.
- A parenthesised conversion ("Rbs800,000 ($8,300)") is kept in `conversions` of the
  amount it converts, not listed on its own.
- "from X to Y" gives two quantities with `role` 'previous' and 'new'; "by X" after a
  verb of change gives `role` 'delta'.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..reading.casefold import lower_pattern, lowered

# --- vocabulary --------------------------------------------------------------------------

SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split())
        if w != "_"}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          # South Asian copy's scales ("over 7 lakh soldiers", "4 lakh roubles", "2 crore"): synth49
          "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
# The months of the Islamic (Hijri) and Persian (Solar Hijri) calendars, as English pages of Arab, Iranian, Pakistani and
# Malay outlets spell them beside the Gregorian date; a year after one of them is no count ("24 Aban 1403").
OTHER_CALENDAR_MONTHS = (r"Muharram|Safar|Rabi[’'`]?\s*(?:al|ul|el)?[-\s]?(?:Awwal|Thani|Akhir|Akhar)|"
                         r"Jumad[ae]\s*(?:al|ul|el)?[-\s]?(?:Ula|Oula|Awwal|Akhirah|Akhira|Thani|Thaniyah)|Rajab|"
                         r"Sha[’'`]?ban|Ramadan|Ramazan|Shawwal|Dhu\s*(?:al|l)?[-\s]?(?:Qi[’'`]?dah|Qadah|Hijjah)|"
                         r"Farvardin|Ordibehesht|Khordad|Mordad|Shahrivar|Mehr|Aban|Azar|Bahman|Esfand")
# Abbreviated scales written after digits: "3mn", "1.9 mln", "$20bn", "6K", "2 trln".
# A bare m/M/b/B means million/billion only when the amount is money ("£5m", "3M Ruble");
# otherwise "5m" is five metres.
SCALE_ABBR = {"k": 1e3, "thou": 1e3, "thous": 1e3, "thsd": 1e3, "ths": 1e3,
              "mn": 1e6, "mln": 1e6, "mio": 1e6, "m": 1e6,
              "bn": 1e9, "bln": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12, "tln": 1e12}
MONEY_ONLY_ABBR = {"m", "b"}
THOUSAND_ABBR = {"thou", "thous", "thsd", "ths"}     # a thousand's word abbreviated (not "k")

# Currency written before an amount (escaped "\$" from markdown exports included).
CURRENCY_PREFIX = [
    (r"US\s?\\?\$|U\.S\.\s?\\?\$|USD\s?", "USD"), (r"C\s?\\?\$|CAD\s?", "CAD"), (r"A\s?\\?\$|AUD\s?", "AUD"),
    (r"HK\s?\\?\$", "HKD"), (r"NZ\s?\\?\$", "NZD"), (r"\\?\$", "USD"), (r"€|EUR\s?", "EUR"),
    (r"£|GBP\s?", "GBP"), (r"₽|RUB\s?|Rbs?\.?\s?|rub\.\s?", "RUB"), (r"¥|JPY\s?", "JPY"),
    (r"CNY\s?|RMB\s?|yuan\s", "CNY"), (r"₹|Rs\.?\s?|INR\s?", "INR"), (r"₩|KRW\s?", "KRW"), (r"₴|UAH\s?", "UAH"),
    (r"CHF\s?|SFr\.?\s?", "CHF"), (r"₺", "TRY"), (r"₱", "PHP"), (r"฿", "THB"), (r"₦", "NGN"), (r"₪", "ILS"),
]
# Currency written after an amount ("800,000 rubles", "3M Ruble", "20 euros").
CURRENCY_SUFFIX = [
    (r"(?:russian\s+)?r[ou]+bles?|rbls?\b|rub\b|RUB\b|₽", "RUB"),
    (r"(?:us\s+|u\.s\.\s+|american\s+)?dollars?|USD\b|bucks", "USD"),
    (r"canadian\s+dollars?", "CAD"), (r"australian\s+dollars?", "AUD"), (r"hong\s+kong\s+dollars?", "HKD"),
    (r"euros?|EUR\b|€", "EUR"), (r"pounds?\s+sterling|sterling|GBP\b", "GBP"),
    (r"(?:japanese\s+)?yen|JPY\b", "JPY"), (r"(?:chinese\s+)?yuan|renminbi|CNY\b", "CNY"),
    (r"(?:swiss\s+)?francs?|CHF\b", "CHF"), (r"(?:indian\s+)?rupees?|INR\b", "INR"),
    (r"(?:south\s+korean\s+)?won\b|KRW\b", "KRW"), (r"hryvnias?|UAH\b", "UAH"),
    (r"cents?\b", "USD_cent"), (r"pence\b|penny\b", "GBP_penny"),
    (r"元", "CNY"), (r"₡", "CRC"), (r"₾", "GEL"), (r"₭", "LAK"), (r"₺", "TRY"), (r"₫", "VND"), (r"₪", "ILS"),
    (r"ரூ|රු", "LKR"),
]
# Units after an amount: (pattern, canonical unit, factor to the canonical unit).
# Square miles become km² (1 sq mi = 2.58999 km², the international mile).
SQ_MI_KM2 = 2.58999
UNITS = [
    (r"(?:sq\.?\s*|square[\s-]+)(?:km|kilomet(?:er|re)s?)\b|km\s?²|km2\b|sqkm\b|kmsq\b|km\^2|㎢", "km2", 1.0),
    (r"(?:sq\.?\s*|square[\s-]+)mi(?:les?)?\b|mi\s?²|sqmi\b", "km2", SQ_MI_KM2),
    (r"hectares?\b|ha\b", "km2", 0.01),
    # kilometres of territory are an area written loosely: "captured 1000 KM of Russian territory" (a length of
    # ground is not what "of territory" measures)
    (r"(?:kilomet(?:er|re)s?|km|kms)\b(?=\s+of\s+(?:[\w’'-]+\s+){0,2}?(?:territory|land|soil)\b)", "km2", 1.0),
    (r"(?:sq\.?\s*|square\s+)(?:m|met(?:er|re)s?)\b|m\s?²|m2\b", "m2", 1.0),
    (r"(?:sq\.?\s*|square\s+)f(?:ee|oo)?t\b|ft\s?²", "ft2", 1.0),
    (r"acres?\b", "acre", 1.0),
    (r"%|per\s?cent\b|percent(?:age\s+points?)?\b|pct\b|p\.?c\.?\b", "percent", 1.0),
    (r"(?:-\s?)?fold\b", "x", 1.0),
    (r"times\b", "x", 1.0),
    (r"(?:kilomet(?:er|re)s?|km)\s*(?:per|an|a|/)\s*(?:hour|h)\b|km/h\b|kph\b", "km/h", 1.0),
    (r"(?:miles?|mi)\s*(?:per|an|a|/)\s*(?:hour|h)\b|mph\b", "mph", 1.0),
    (r"kilomet(?:er|re)s?\b|km\b|kms\b", "km", 1.0),
    (r"millimet(?:er|re)s?\b|mm\b", "mm", 1.0), (r"centimet(?:er|re)s?\b|cm\b", "cm", 1.0),
    (r"met(?:er|re)s?\b|m\b", "m", 1.0), (r"miles?\b|mi\b", "mile", 1.0),
    (r"(?:feet|foot|ft)\b", "foot", 1.0), (r"inch(?:es)?\b|in\.", "inch", 1.0), (r"yards?\b|yd\b", "yard", 1.0),
    (r"(?:metric\s+)?(?:tonnes?|tons?)\b|t\b", "ton", 1.0), (r"kilo(?:gram)?s?\b|kg\b", "kg", 1.0),
    (r"grams?\b|g\b", "g", 1.0), (r"(?:pounds?|lbs?)\b", "lb", 1.0), (r"ounces?\b|oz\b", "oz", 1.0),
    (r"gallons?\b|gal\b", "gallon", 1.0), (r"lit(?:er|re)s?\b|l\b", "l", 1.0),
    (r"millilit(?:er|re)s?\b|ml\b", "ml", 1.0), (r"barrels?\b|bbl\b", "barrel", 1.0),
    (r"degrees?\s+(?:celsius|centigrade)|°\s?C\b|degrees?\s+C\b", "celsius", 1.0),
    (r"degrees?\s+fahrenheit|°\s?F\b|degrees?\s+F\b", "fahrenheit", 1.0), (r"degrees?\b|°", "degree", 1.0),
    (r"calib(?:er|re)\b", "caliber", 1.0),
    (r"years?\s+old\b|-year-old\b", "year of age", 1.0),
    (r"(?:years?|yrs?)\b", "year", 1.0), (r"months?\b", "month", 1.0), (r"weeks?\b", "week", 1.0),
    (r"days?\b", "day", 1.0), (r"hours?\b|hrs?\b", "hour", 1.0), (r"minutes?\b|mins?\b", "minute", 1.0),
    (r"seconds?\b|secs?\b", "second", 1.0),
]
MONEY_UNITS = {u for _, u in CURRENCY_PREFIX + CURRENCY_SUFFIX}
# Units one can be converted into another: "1,300 sq km (500 square miles)" is one area.
DIMENSIONS = [{"km2", "m2", "ft2", "acre"}, {"km", "m", "mm", "cm", "mile", "foot", "inch", "yard"},
              {"ton", "kg", "g", "lb", "oz"}, {"gallon", "l", "ml", "barrel"}, {"km/h", "mph"},
              {"celsius", "fahrenheit"}]
# Units that mean a number is a measurement, never a head count ("155mm shells").
MEASURE_UNITS = {u for _, u, _ in UNITS}
# Spans of time among them ("three years ago", "over the past 24 hours").
TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second"}

# Words of emphasis a hedge may have before its number: "approaching a staggering one million".
_EMPHASIS = r"staggering|grim|whopping|massive|shocking|stunning|record"
# Hedges before a number: (pattern, qualifier, negated). Longest first, matched at the end
# of the text before the number.
HEDGES_BEFORE = [
    (r"(?:definitely\s+|certainly\s+|clearly\s+)?(?:not|nowhere)\s+(?:even\s+)?(?:close\s+to|near(?:ly)?|anywhere\s+near)", "less_than", True),  # noqa: E501 (a regex reads best on one line)
    (r"no\s+(?:more|greater)\s+than|not\s+more\s+than|at\s+(?:the\s+)?most|a\s+maximum\s+of|maximum\s+of|max\.?", "up_to", False),
    (r"no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than|at\s+(?:the\s+)?least|a\s+minimum\s+of|minimum\s+of|"
     r"more[\s-]+than|over|above|in\s+excess\s+of|upwards\s+of|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|"
     # a floor said in the negative: "fatalities have not dropped below 100 per week", "never fell under"
     r"(?:not|never)\s+(?:(?:have|has|had|been)\s+)?(?:dropped|fallen|fell|dipped|gone|slipped|sunk|been)\s+"
     r"(?:below|under|lower\s+than|less\s+than|fewer\s+than)|"
     # "somewhere north of 800,000 casualties"
     r"(?:somewhere\s+|well\s+|just\s+)?north\s+of|"
     # "Russian losses ... has passed 700,000", "have crossed 1 million" (a perfect tense: not "passed 500 to")
     r"(?:(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bhad\s)|(?<=\balready\s)|(?<=\bnow\s))(?:passed|crossed)|"
     # ... or right after a figure's own noun, as headlines and reports put it: "North Korean casualties pass 4,000",
     # "The tally of the dead passed 90,000 this week" (not "the bill passed 300 to 100")
     r"(?:(?<=\blosses\s)|(?<=\bdead\s)|(?<=\btoll\s)|(?<=\btally\s)|(?<=\bcount\s)|(?<=\bdeaths\s)|"
     r"(?<=\bcasualties\s)|(?<=\bnumber\s)|(?<=\bfigure\s)|(?<=\btotal\s)|"
     # (or after the place the count is of, or "now": "Russian losses in Kursk pass 40,000", "losses now pass 700,000")
     # (or after the year a count runs from: "Russia's losses since 2022 pass 700,000": synth42; not "the regional duma
     # on Dec. 26, 2024 passed 3 million roubles": review33)
     r"(?<=\bkursk\s)|(?<=\bukraine\s)|(?<=\bwar\s)|(?<=\bnow\s)|(?<=\bsince\s20\d\d\s))"
     r"(?:pass(?:es|ed)?|cross(?:es|ed)?)|"
     # "have now surpassed a staggering milestone: one million", "passed the threshold of 500,000"
     r"(?:surpass|exceed|pass|cross|top|break)\w*\s+(?:a|the)\s+(?:[a-z]+\s+){0,2}?(?:milestone|mark|threshold)\s*(?:of|:)|"
     # "Russian losses top 1 million": a verb after its subject (not "the top 10", "Top 5 regions")
     r"top(?:s|ped|ping)|(?:(?<=[a-z]\s)|(?<=[a-z]\s['‘\"“]))(?<!\bthe\s)(?<!\ba\s)top|greater\s+than|beyond|"
     # "losses have soared past a staggering 800,000", "smashed through the 700,000 mark", "could soon pass 6,000"
     # (a verb of rising before "past", not "in the past"; "pass" after a modal, not "agreed to pass 150 ... back")
     r"(?:soar|surg|climb|ris|rose|gone|jump|shot|push|mov|creep|crept|edg)\w*\s+(?:just\s+)?past(?:\s+(?:a|the)(?:\s+[a-z]+)?)?|"
     r"(?:smash|break|broke|burst|blow|blew)\w*\s+(?:right\s+)?through\s+the|"
     r"(?:(?<=\bsoon\s)|(?<=\bwill\s)|(?<=\bcould\s)|(?<=\bmay\s)|(?<=\bmight\s)|(?<=\bwould\s))pass|"
     # "more 3,000 soldiers": "than" dropped, as machine translations and hurried copy do
     r"(?<!\bno\s)(?<!\bany\s)(?<!\bmany\s)more", "more_than", False),
    # ("somewhere shy of 300 square miles")
    (r"(?:fewer|less)[\s-]+than|under|below|just\s+under|short\s+of|(?:somewhere\s+|just\s+)?(?:south|shy)\s+of",
     "less_than", False),
    (r"up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as|as\s+large\s+as", "up_to", False),
    # ("practically 3,000", "virtually 12,000": machine-reworded copy's "almost"; "the figure is closer to 4,000")
    # ("losses were near 3,000": "near" before a figure, as "nearly"; "the real number is nearer 12,000")
    (r"about|around|approximately|approx\.?|roughly|some|nearly|nearer(?:\s+to)?|near|almost|practically|virtually|"
     r"close(?:r)?\s+to|"
     r"circa|ca\.|c\.|"
     # "an estimated 11,000" hedges; "the agency estimated 15,000" is its speaker's verb
     r"(?<!\bit\s)(?<!\bthey\s)(?<!\bwe\s)(?<!\bhe\s)(?<!\bshe\s)estimated|est\.|approaching|~|an?\s+approximate|"
     r"perhaps|maybe|possibly|"
     # misspellings seen in copy ("neary 1,000 square kilometers")
     r"neary|nearlly|aproximately|approximatly|aprox\.?|arround|approximat\w+|in\s+the\s+vicinity\s+of|"
     # machine-reworded copy's "around": "Pyongyang despatched round 10,000 troops" (not "a round 10,000",
     # "in round 2")
     # (nor "the latest round", "another round", "year-round": a round of talks or swaps, all year; but
     # "said that round 1,000 ...": "that" there opens the reported words)
     r"(?<!\ba\s)(?<!\bthe\s)(?<!\bin\s)(?<!\bof\s)(?<!\bsecond\s)(?<!\bthird\s)(?<!\bfirst\s)(?<!\bnext\s)"
     r"(?<!-)(?<!\blatest\s)(?<!\blast\s)(?<!\bnew\s)(?<!\bfinal\s)(?<!\banother\s)(?<!\beach\s)(?<!\bevery\s)"
     r"(?<!\bthis\s)(?<!th\s)round|"
     # "approaching a grim milestone of one million casualties"
     r"approaching\s+(?:a|the)\s+(?:[a-z]+\s+){0,2}?(?:milestone|mark|threshold)\s+of|"
     # "may be approaching a staggering one million": a word of emphasis between
     rf"(?:approaching|nearing)\s+an?\s+(?:{_EMPHASIS})\s+|"
     # "is nearing one million": a level being approached, as "approaching"; "Russia is on the verge of
     # 700,000 people killed or injured"
     r"nearing|on\s+the\s+(?:verge|brink|cusp)\s+of|"
     r"in\s+the\s+(?:area|region|neighbou?rhood|order)\s+of|"
     # speech's and opinion's hedges: "Russia was losing something like 1,500 soldiers a day", "give or take 10,000",
     # "the better part of 50,000", "a ballpark of 12,000" (twenty-sixth session, synth54 and synth55)
     r"something\s+like|somewhere\s+(?:like|near|about)|give\s+or\s+take|the\s+better\s+part\s+of|a\s+ballpark\s+of|"
     r"ballpark", "approx", False),
]
HEDGES_AFTER = [
    (r"\s*(?:or|and)\s+(?:more|over|above|upwards)\b|\s*-?\s*plus\b|\+", "more_than"),
    (r"\s*(?:or|and)\s+(?:fewer|less|under|below)\b", "up_to"),
    (r"\s*or\s+so\b|\s*odd\b|,?\s+give\s+or\s+take\b|,?\s+or\s+thereabouts\b", "approx"),
]
# Vague quantities: a plural scale word ("hundreds of", "tens of thousands"), or
# "several/a few" before one. Bounds are the order of magnitude; "dozens" starts at two
# dozen, as the seed gold does.
VAGUE = [
    (r"hundreds\s+of\s+thousands", 1e5, 999_999), (r"tens\s+of\s+thousands", 1e4, 99_999),
    (r"hundreds\s+of\s+millions", 1e8, 999_999_999), (r"tens\s+of\s+millions", 1e7, 99_999_999),
    (r"dozens", 24, 99), (r"scores", 40, 99), (r"hundreds", 100, 999), (r"thousands", 1e3, 9_999),
    (r"millions", 1e6, 9_999_999), (r"billions", 1e9, 9_999_999_999),
]
SEVERAL = r"(?:several|a\s+few|few|many|some)"

MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# A month after a day: a whole word ("10 to 14 Marines" is no date), "May" capitalised (a modal
# verb otherwise: "between 10 and 15 may have died").
_DAY_MONTH = MONTHS.replace("May|", "(?-i:May)|") + r"(?![a-z])"
# Spans that hold digits but no quantity: dates, clock times, video durations ("00:17"),
# ordinals, year spans, model names ("KN-23", "Su-34", "M777"), "No. 2".
# Every alternative starts where a word starts, or at "'" or "#" (NOT_QUANTITY_START; a new one must
# too: tests/test_quantities.py checks each): tested first, it lets `re` leave the other places
# after one test instead of trying the twenty alternatives there (issue 18: half the time of this
# search, a tenth of find_quantities).
NOT_QUANTITY_START = r"(?:(?<!\w)(?=\w)|(?=['#]))"
NOT_QUANTITY = re.compile(
    NOT_QUANTITY_START + "(?:"
    # a web address, whatever digits its path or query holds ("www.example.org/troops/15000", "https://…?id=3000",
    # "site.com/2024/12000-troops-killed"): a scheme, "www." or a host with a dot and a letters-only last label
    # before a "/" (not "U.S./", "km/h")
    r"\b(?:[a-z][a-z\d+.-]*://|www\.|[a-z\d][a-z\d-]*(?:\.[a-z\d-]+)*\.[a-z]{2,}/)[^\s<>\"'“”‘’()\[\]]*|"
    # a place in a text or a series: "Corrects regional payment in paragraph 2 to 1.5 million", "in paragraphs 3 and
    # 4", "episode 112" (a wire headline's version, "UPDATE 2-", is cleaned away: reading.clean.WIRE_SLUG)
    r"\b(?:(?<=paragraph\s)|(?<=paragraphs\s)|(?<=para\s)|(?<=graf\s)|(?<=episode\s)|(?<=Paragraph\s)|"
    r"(?<=Episode\s))\d{1,3}(?:\s*(?:,|and|-)\s*\d{1,3})*\b|"
    # a reference mark ("... to Russia.[12]", "(first group)[13]")
    r"\b(?<=\[)\d{1,3}(?=\])|"
    # a telephone number ("call +82 2 555 0134", "+7 (495) 123-45-67")
    r"\b(?<=\+)\d{1,3}(?:[ .\-]?\(?\d{1,4}\)?){2,6}|"
    rf"\b{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:[-–]|to|and|through|until)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\b"
    r"(?![,.]\d)(?:,?\s+\d{4})?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:[-–]|to|and|through|until)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?{_DAY_MONTH}"
    r"(?:,?\s+\d{4})?"
    rf"|\b{MONTHS}\s+\d{{4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b"
    # a day written year first with dots or slashes, as Korean, Chinese and Japanese pages stamp it ("Input
    # 2025.02.28 14:05", "2024/11/05")
    r"|\b(?:19|20)\d{2}(?P<ymd>[./])(?:0?[1-9]|1[0-2])(?P=ymd)(?:0?[1-9]|[12]\d|3[01])\b(?![.,]?\d)"
    # a day, month and two-digit year with dots, as Ukraine's General Staff writes its span ("from 24.02.22 to
    # 10.03.25")
    r"|\b(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.\d{2}\b(?![.,]?\d)"
    # a day and month without the year, as a dateline writes it ("MSN - 27/03"); "24/7" is "always"
    r"|\b(?:0?[1-9]|[12]\d|3[01])/(?:0[1-9]|1[0-2])\b(?!/)|\b24/7\b"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?\b)?|\b\d{1,2}\s*[ap]\.m\.|\b\d{1,2}\s*[ap]m\b"
    # a wire's clock time against its zone: "at $75.25 a barrel by 1157 GMT", "0900 UTC"
    r"|\b(?:[01]\d|2[0-3])[0-5]\d\s*(?-i:GMT|UTC|CET|CEST|EST|EDT|PST|PDT|BST|MSK|KST|JST)\b"
    r"|\b\d+(?:st|nd|rd|th)\b"
    r"|\b(?:19|20)\d{2}\s*(?:[-–—/]|to)\s*(?:(?:19|20)\d{2}|\d{2})\b(?!\s*(?:troops|soldiers|people))"
    r"|\b(?:19|20)\d{2}s\b|'\d{2}s?\b"
    # a year of another calendar, as Arabic, Persian and Malay pages stamp it beside the Gregorian ("1 Dhu al-Qadah
    # 1446 AH", "1446 H", "1403 SH"): synth34
    # ("1446 H." at a sentence's end, "1403 AP", "1446 هـ", "the Hijri year 1446", North Korea's "Juche 114": review30)
    r"|\b1[34]\d{2}\s*(?:(?-i:AH|A\.H\.|H|SH|HS|AP)(?!\w)(?!\.\w)|هـ)"
    r"|\b(?<=Juche\s)\d{2,3}\b|\b(?<=Hijri\syear\s)\d{4}\b"
    r"|(?-i:\b[A-Za-z]+-\d[\d.]*(?:[A-Za-z]\w*)?(?:/\d+)*\b|\b[A-Z][A-Za-z]?\d+[A-Za-z\d]*\b)"
    r"|\b(?:No|Nos|no|nos|Art|Vol|vol|pp?|Para)\.\s?\d+|#\d+|\bCOVID-19\b|\b\d+[A-Za-z]*-\d+\b(?=\s+(?:missiles?|rockets?|systems?))"
    ")", re.UNICODE | re.IGNORECASE)
YEAR = re.compile(r"(?:1[89]|20)\d{2}")

# --- number runs -------------------------------------------------------------------------

_SEP = r"[,\u00a0\u2009\u202f ]"
# A dot for the thousands, as European copy and its machine translations write them: two groups or more
# ("1.000.000"), or one group of zeros ("250.000", "6.000"); "27.423" stays a decimal.
DOT_THOUSANDS = r"[1-9]\d{0,2}(?:\.\d{3}){2,}|[1-9]\d{0,2}\.000"
# A comma for the decimal point before a scale word, as Russian and Ukrainian copy and its machine translations
# write it ("1,5 million rubles", "2,7 mln"): one or two digits after the comma, never a group of three.
DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?=\s?(?:million|billion|trillion|thousand|mln|mn|bln|bn|thsd|thous|ths|trn|tln|tn)\b)"
# Groups of three after a comma, a space or an apostrophe ("10'000", Swiss style; the cleaner turns a
# low-9 quotation mark used as a comma, "10‚000", into one)
DIGITS = (r"(?<![\d.,'])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u2009\u202f ]\d{3})+(?![\d,.]\d)"
          r"|\d{1,3}(?:'\d{3})+(?![\d'])"
          rf"|(?:{DOT_THOUSANDS})(?![\d.]\d|\d)"
          rf"|{DECIMAL_COMMA}"
          r"|\d+\.\d+|\d/[2348](?![/\d])|\d+|\.\d+)(?:\s\d/[248])?(?![\d])")
# ("point": a spoken decimal, "three point six million roubles", as radio scripts and transcripts write it: synth39)
_WORDS = "|".join(sorted([*SMALL, *TENS, *SCALES, "a", "an", "half", "quarter", "dozen", "point"], key=len, reverse=True))
_ABBR = "|".join(sorted(SCALE_ABBR, key=len, reverse=True))
ATOM = rf"(?:{DIGITS}(?:\s?(?:{_ABBR})\b|(?:[kKmMbB])(?![A-Za-z]))?|\b(?:{_WORDS})\b)"
# A run starts with a digit, a dot (".5") or, at the start of a word, a number word's first letter:
# the look-ahead lets `re` pass every other place at once (issue 18: this search was a third of
# find_quantities; the word start, which the word alternative needs anyway, another fifth).
_ATOM_FIRST = rf"(?=[\d.]|\b[{''.join(sorted({w[0] for w in _WORDS.split('|')}))}])"
RUN = re.compile(rf"{_ATOM_FIRST}{ATOM}(?:(?:[ \u00a0]*-[ \u00a0]*|[ \u00a0]+(?:and[ \u00a0]+)?){ATOM})*", re.IGNORECASE)
ATOM_RE = re.compile(ATOM, re.IGNORECASE)
# Both for a lower-cased text (casefold.lowered): the same runs and atoms, about twice as fast; an
# atom's words are read case-blind (`_atom_value` lower-cases them).
RUN_LOWER, ATOM_RE_LOWER = (re.compile(lower_pattern(rx.pattern)) for rx in (RUN, ATOM_RE))


@dataclass
class Quantity:
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    qualifier: str          # exact, approx, more_than, less_than, up_to, range, vague
    negated: bool
    start: int
    end: int
    surface: str
    role: str | None = None                 # 'previous' / 'new' ("from X to Y"), 'delta' ("by X")
    original: tuple[float | None, float | None, str] | None = None   # (low, high, unit) before conversion
    conversions: list[Quantity] = field(default_factory=list)       # "(\\$8,300)" after an amount
    adjectival: bool = False                # "12,000-strong", "400,000-ruble"
    written_scale: bool = False             # the number carries a scale ("12,000", "3 million")

    @property
    def kind(self) -> str:
        if self.unit in MONEY_UNITS:
            return "money"
        if self.unit in MEASURE_UNITS:
            return "measure"
        return "count"


@dataclass
class _Num:
    value: float
    start: int
    end: int
    scaled: bool        # has "000" groups or a scale word: the "12,000" of "11 to 12,000"
    words: bool         # written in words
    abbr: str | None    # scale abbreviation used ("m", "mn", "k")
    scale: float = 1.0  # the last scale applied


# (an atom's digits alone: a decimal comma's scale word, which DIGITS looks ahead to, is an atom of its own)
_DIGIT_ATOM = re.compile(rf"({DIGITS}|\d{{1,3}},\d{{1,2}})\s?([A-Za-z]*)$")
_SEP_RX = re.compile(r"[,'\u00a0\u2009\u202f ]")      # a group separator, the apostrophe of "10'000" too
_DOT_THOUSANDS = re.compile(DOT_THOUSANDS)
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_NOT_DIGIT = re.compile(r"[^\d]")
_HYPHEN_WORD = re.compile(r"-([a-z]+|[A-Z][a-z]+\b)")      # "a 30-day truce"; a headline's "60,000-Troop"
_AM_PM = re.compile(r"\s?[ap]\.?m\b", re.IGNORECASE)
_SPACED_GROUP = re.compile(r"\d[\u00a0\u2009\u202f ]\d{3}")


def _atom_value(tok: str) -> tuple[str, float, str | None]:
    """('num'|'scale'|'a'|'half'|'dozen', value, abbreviation) of one atom."""
    low = tok.lower()
    if low in SMALL:
        return "num", SMALL[low], None
    if low in TENS:
        return "tens", TENS[low], None
    if low in SCALES:
        return "scale", SCALES[low], None
    if low in ("a", "an"):
        return "a", 1, None
    if low in ("half", "quarter"):
        return "frac", 0.5 if low == "half" else 0.25, None
    if low == "dozen":
        return "dozen", 12, None
    if low == "point":
        return "point", 0, None
    m = _DIGIT_ATOM.match(tok)
    num = m.group(1)
    frac = 0.0
    if "/" in num:                       # (both fraction patterns need one)
        if re.search(r"\s\d/\d$", num):
            num, f = num.rsplit(" ", 1)
            a, b = f.split("/")
            frac = int(a) / int(b)
        if re.fullmatch(r"\d/\d", num):
            a, b = num.split("/")
            return "digits", int(a) / int(b), m.group(2) or None
    digits = num.replace(",", ".") if "," in num and _DECIMAL_COMMA.fullmatch(num) else _SEP_RX.sub("", num)
    if _DOT_THOUSANDS.fullmatch(num):
        digits = digits.replace(".", "")
    value = float(digits) + frac
    abbr = m.group(2) or None
    return "digits", value, abbr


def _read_run(text: str, start: int, end: int, atom: re.Pattern = ATOM_RE) -> list[_Num]:
    """Split one run of atoms into numbers: 'one million 200 thousand' is one, '3 4' two. (`atom`:
    ATOM_RE_LOWER for a lower-cased text.)"""
    atoms = [(m.start(), m.end(), m.group()) for m in atom.finditer(text, start, end)]
    out: list[_Num] = []
    total = cur = 0.0
    have = False
    first = last_end = None
    scaled = words = False
    abbr = None
    last_kind = None
    last_scale = 1.0
    resumed = None       # (start of a number after a scale, end of that scale, the scale): "1 million and | 1.5 million"
    decimal = None       # the place of the next spoken decimal digit after "point" ("three point six": 0.1)

    def flush():
        nonlocal total, cur, have, first, scaled, words, abbr, last_kind, last_scale, resumed, decimal
        decimal = None
        if have:
            out.append(_Num(total + cur, first, last_end, scaled, words, abbr, last_scale))
        total = cur = 0.0
        have = False
        first = None
        scaled = words = False
        abbr = None
        last_kind = None
        last_scale = 1.0
        resumed = None

    for i, (a, b, tok) in enumerate(atoms):
        kind, val, ab = _atom_value(tok)
        nxt = _atom_value(atoms[i + 1][2])[0] if i + 1 < len(atoms) else None
        if kind == "point":
            # "three point six million": a spoken decimal point between a word number under ten and a digit word
            # (else no part of a number: "at one point", "at this point 11,000")
            # (not the idiom "at one point": "At one point two thousand North Korean soldiers were killed": review32)
            if have and last_kind == "num" and cur < 10 and words and nxt == "num" \
                    and _atom_value(atoms[i + 1][2])[1] < 10 and not AT_ONE_POINT.search(text, max(0, first - 4), b):
                decimal, last_kind = 0.1, "point"
            else:
                flush()
            continue
        if decimal is not None and kind == "num" and val < 10 and last_kind in ("point", "decimal"):
            cur += val * decimal          # "two point one five": each digit word one place further
            decimal /= 10
            last_kind, last_end = "decimal", b
            continue
        if kind == "a" and last_kind == "frac_lead":
            last_end = b                      # the "a" of "half a million"
            continue
        if kind == "a":
            if nxt in ("scale", "frac", "dozen"):
                if have and last_kind not in ("scale",) and nxt != "frac":
                    flush()
                if not have:
                    first = a
                if nxt == "frac" and have:
                    continue           # "one and a half": the half is added next
                cur, have, words = (cur if have else 0.0) + (0 if nxt == "frac" else 1), True, True
                last_kind = "a"
                last_end = b
            else:
                flush()
            continue
        if kind == "frac" and not have and i + 2 < len(atoms) and _atom_value(atoms[i + 1][2])[0] == "a" \
                and _atom_value(atoms[i + 2][2])[0] in ("scale", "dozen"):
            # "half a million", "a quarter of a million" is not matched (no "of" in a run)
            cur, have, words, first, last_kind, last_end = val, True, True, a, "frac_lead", b
            continue
        if kind == "frac":
            if have and last_kind in ("num", "tens", "digits", "a", "scale"):
                if last_kind == "scale":        # "a million and a half" → +half of the scale
                    total += last_scale * val
                else:
                    cur += val
                last_end, last_kind = b, "frac"
                continue
            flush()
            continue
        if kind == "scale" or kind == "dozen":
            if not have:
                flush()
                continue
            if kind == "dozen":
                cur *= 12
            elif val == 100:
                cur = (cur or 1) * 100
            else:
                if last_kind == "scale" and last_scale < val and total >= val * 1000:
                    total += cur * val      # "two million five hundred thousand": the hundreds are the thousands'
                    cur = 0                 # (it was read as 2,000,500,000; twenty-first session)
                elif last_kind == "scale" and last_scale < val:   # "hundred thousand"
                    total = (total + cur) * val
                    cur = 0
                elif resumed and total and val >= resumed[2]:
                    # "between 1 million and 1.5 million": a number scaled as large as the one before it is a
                    # number of its own, not a part of a sum (as "1 million 500 thousand" is; synth29)
                    out.append(_Num(total, first, resumed[1], scaled, words, abbr, last_scale))
                    total, first = cur * val, resumed[0]
                    cur = 0
                else:
                    total += (cur or 1) * val
                    cur = 0
            scaled = True
            last_scale, last_kind, last_end = val, "scale", b
            continue
        # a number: digits, small word or tens word
        continues = have and (
            (last_kind == "tens" and kind == "num" and val < 10 and not _DIGIT.search(tok))
            or (last_kind == "scale" and val < last_scale and (cur == 0 or last_scale == 100)))
        if not continues:
            flush()
            first = a
        elif last_kind == "scale" and resumed is None:
            resumed = (a, last_end, last_scale)     # (not past "hundred": "one million two hundred and fifty thousand")
        if kind == "digits":
            v = val
            if ab:
                key = ab.lower()
                mult = SCALE_ABBR.get(key)
                if mult:
                    v *= mult
                    abbr = key
                    scaled = True
                    last_scale = mult
            if "," in tok or _SPACED_GROUP.search(tok):
                scaled = True
            cur += v
        else:
            cur += val
            words = True
        have = True
        last_kind = "digits" if kind == "digits" else kind
        last_end = b
    flush()
    # "1 mln 700 thousand" (translated copy): a number scaled by an abbreviation, then a smaller one scaled by a word,
    # is one sum (as "one million 700 thousand" already is); or by the word's abbreviation ("1 mln 100 thous. rub.":
    # synth62), not by a letter ("1.5m 300k")
    for i in range(len(out) - 1, 0, -1):
        head, tail = out[i - 1], out[i]
        if head.abbr and head.scale >= 1e6 and tail.scale < head.scale and tail.scaled \
                and (not tail.abbr or tail.abbr in THOUSAND_ABBR) \
                and tail.value < head.scale and not text[head.end:tail.start].strip():
            out[i - 1:i + 1] = [_Num(head.value + tail.value, head.start, tail.end, True, head.words or tail.words,
                                     head.abbr, tail.scale)]
    return out


_COMBINED: dict[tuple[int, str], tuple[re.Pattern, re.Pattern, list]] = {}


def _combined(patterns, mode: str) -> tuple[re.Pattern, re.Pattern, list]:
    """A list of (pattern, *payload) as one compiled alternation, built once; the group that
    matched (m.lastgroup, 'g<i>') says which payload. 'start' matches at a position (the first
    pattern that fits wins, as alternation does); 'end' and 'prefix' end at the end of a
    window (the longest phrase wins: "no more than" over "more than"). With it, its twin for a
    lower-cased text (casefold.lower_pattern), which finds the same twice as fast."""
    key = (id(patterns), mode)
    if key not in _COMBINED:
        alts = "|".join(f"(?P<g{i}>{pat})" for i, (pat, *_) in enumerate(patterns))
        wrap = {"end": r"(?:^|(?<=[^\w]))(?:{})\s*$", "start": r"(?:{})",
                "prefix": r"(?:^|(?<![A-Za-z])|(?<=\d))(?:{})\s?$"}[mode]
        _COMBINED[key] = (re.compile(wrap.format(alts), re.IGNORECASE), re.compile(lower_pattern(wrap.format(alts))),
                          [payload for _, *payload in patterns])
    return _COMBINED[key]


# The last word of every hedge in HEDGES_BEFORE (keep the two in step): a cheap test before the
# full search, which would otherwise run before every number.
_HEDGE_LAST = re.compile(
    r"(?:than|to|of|least|most|max\.?|over|above|exceed\w*|surpass\w*|top\w*|passed|passes|crossed|cross|crosses|beyond|under|below|as|about|around|"
    r"approximately|approx\.?|roughly|some|nearly|near|nearer|almost|practically|virtually|circa|ca\.|c\.|estimated|est\.|"
    r"approaching|~|approximate|perhaps|maybe|possibly|more|neary|nearlly|aproximately|approximatly|aprox\.?|"
    rf"arround|round|approximat\w+|\w*mately|vicinity\s+of|nearing|:|{_EMPHASIS}|pass|past|past\s+(?:a|the)|through|"
    r"through\s+the|like|take|ballpark)\s*$", re.IGNORECASE)
_HEDGE_LAST_LOWER = re.compile(_HEDGE_LAST.pattern)     # the same for a lower-cased text (casefold.lowered)


# An aside between dashes right before a number: "are now approaching – according to the
# Ukrainian army – 137,000": the hedge is before the aside.
ASIDE_BEFORE = re.compile(r"\s[-–—]\s[^–—\d]{3,100}?\s[-–—]\s*$")


def _match_end(patterns, text: str, pos: int):
    """The hedge or prefix that ends right at `pos` (with optional whitespace), as (match_start, payload)."""
    if patterns is HEDGES_BEFORE:
        tail = text[max(0, pos - 16):pos]
        low = lowered(tail)
        if not (_HEDGE_LAST.search(tail) if low is None else _HEDGE_LAST_LOWER.search(low)):
            aside = ASIDE_BEFORE.search(text, max(0, pos - 110), pos) if re.search(r"\s[-–—]\s", text) else None
            if aside is None or not _HEDGE_LAST.search(text, max(0, aside.start() - 16), aside.start()):
                return None
            window = text[max(0, aside.start() - 60):aside.start()]
            rx, _, payloads = _combined(patterns, "end")
            m = rx.search(window)
            # the hedge qualifies the number; the mention stays the number (the aside is someone's words)
            return (pos, payloads[int(m.lastgroup[1:])]) if m else None
    window = text[max(0, pos - 60):pos]
    rx, twin, payloads = _combined(patterns, "end")
    low = lowered(window)
    m = rx.search(window) if low is None else twin.search(low)
    if m is None:
        return None
    return pos - len(window) + m.start(), payloads[int(m.lastgroup[1:])]


def _match_start(patterns, text: str, pos: int):
    """The first pattern that matches at `pos`, as (match_end, payload)."""
    rx, _, payloads = _combined(patterns, "start")     # (at one place the twin is no faster)
    m = rx.match(text, pos)
    if m is None:
        return None
    return m.end(), payloads[int(m.lastgroup[1:])]


def currency_of(word: str) -> str | None:
    """The unit of a currency's name as it is written after an amount ("roubles" → RUB), or None: CURRENCY_SUFFIX
    read over the whole word (claims._money_context: "the regional sign-up payment in roubles")."""
    found = _match_start(CURRENCY_SUFFIX, word, 0)
    return found[1][0] if found and found[0] == len(word) else None


_OR_MORE_AFTER_NOUN = re.compile(r"(?:[ \u00a0]+[A-Za-z][\w’'-]*){1,3}?[ \u00a0]+or[ \u00a0]+(more|over|above|fewer|less)\b",
                                 re.IGNORECASE)
_SPACE = re.compile(r"[ \u00a0\u2009\u202f]*")
_COUNT_SKIP = re.compile(
    r"(?:more|additional|extra|further|other|new|active(?:[- ]duty)?|regular|elite|special|combat|military|armed|joint|combined|"
    r"reserve|trained|fresh|enemy|allied|foreign|ground|frontline|front-line|regular|professional|contract|"
    r"mobilized|mobilised|conscript|wounded|injured|dead|killed|captured|surrendered|[A-Z][\w’'.-]*|"
    # a nationality in lower case, as posts and machine translations write it: "40,000 russian dead"
    r"russian|ukrainian|korean|american|british|chinese|belarusian|chechen|syrian|iranian|european)$")
# "40,000 north korean dead": the compass word of a nationality, passed over like it
_COMPASS_OF_NATION = re.compile(r"(?:north|south)$")
_KOREAN_NEXT = re.compile(r"[ -]korean", re.IGNORECASE)
_COUNT_NOUN = re.compile(r"[a-z][a-z-]*[a-z]")
# Words that end a counted-noun search: the number is not followed by its noun.
_STOP = {"of", "to", "in", "on", "at", "for", "from", "and", "or", "by", "with", "have", "has", "had", "were",
         "was", "are", "is", "be", "been", "will", "would", "could", "the", "a", "an", "that", "which", "who",
         "than", "as", "per", "each", "more", "less", "fewer", "this", "these", "it", "they", "he", "she", "we",
         "said", "says", "say", "according", "while", "since", "until", "after", "before", "when", "into", "not",
         "but", "also", "now", "only", "just", "about", "around", "over", "under", "across", "between", "so",
         "its", "their", "his", "her", "our", "near", "toward", "towards", "inside", "outside", "along", "within",
         "without", "during", "via", "amid", "among", "against", "beyond", "behind", "below", "above", "there",
         "here", "then", "where", "whose", "if", "because", "though", "although", "including", "out", "off",
         "up", "down", "all", "both",
         # the rest of the prepositions: "2,700 wounded fighting alongside Russian forces" has no noun of its own
         "alongside", "beside", "besides", "through", "throughout", "upon", "onto", "despite", "like", "past",
         "opposite", "unlike", "amongst", "amidst", "underneath", "beneath", "except",
         # a time after the number is not its noun: "increased the estimate to 4,000 last month"
         "last", "next", "ago", "earlier", "later", "yesterday", "today", "tonight",
         "already", "still", "yet", "even", "alone",
         # a verb of belief after the number is its predicate, never its noun: "around 1,000 thought to
         # have been killed" (not "estimated" or "reported": "300 reported deaths" has its noun after)
         "thought", "believed", "feared", "presumed", "understood",
         # an irregular participle after the number is its predicate: "376 thousand Russians sent to the front
         # were seriously wounded" (the "-ed" ones are passed over by their ending)
         "sent", "brought", "fought", "held", "lost", "given", "taken", "left", "seen",
         # a headline's verb right after a bare number: "Russian force of 70,000 closes in on ...", "Pyongyang's 11,000
         # join some 50,000 Russians" (synth31)
         # a modal verb after the number: "Our 67 should be read as a floor" (twenty-sixth session)
         "should", "must", "might", "may", "can", "cannot", "shall", "did", "does",
         "closes", "nears", "tops", "exceeds", "surpasses", "reaches", "remains", "remain", "stands", "join", "joins",
         "arrive", "arrives", "rises", "grows", "climbs", "jumps", "falls", "doubles"}
# Singular of irregular counted nouns; regular plurals lose their -s.
IRREGULAR = {"people": "person", "men": "man", "women": "woman", "servicemen": "serviceman",
             "servicewomen": "servicewoman", "children": "child", "personnel": "personnel", "police": "police",
             "infantry": "infantry", "staff": "staff", "casualties": "casualty", "families": "family",
             "militaries": "military", "countries": "country", "cities": "city", "companies": "company",
             "deaths": "death", "lives": "life", "wolves": "wolf", "feet": "foot", "series": "series",
             "news": "news", "species": "species", "aircraft": "aircraft", "ammunition": "ammunition",
             # translated copy's abbreviation of "persons" ("1 250 pers. per day")
             "pers": "person"}
NOT_NOUNS = {"strong", "percent", "per", "times", "fold", "odd", "plus", "year", "years", "old",
             # a sum's noun, not a count's: "Moscow region extends 1 million payment", "a 3 million bonus" (the figure
             # is an amount its sentence's or article's currency gives: claims._money_context; synth35); in the
             # singular only, and not before a plural ("1.5 million payments", "1.2 million bonus payments", "1.2
             # million payment recipients" are counts: review31, MONEY_NOUN_BEFORE_PLURAL)
             "payment", "bonus", "payout", "allowance", "sum"}
MONEY_NOUNS = {"payment", "bonus", "payout", "allowance", "sum"}
# (a plural noun, not a word that ends in "s" after the sum's noun: "a 1.5 million regional one-time bonus as well", "the
# 2 million payment is")
MONEY_NOUN_BEFORE_PLURAL = re.compile(r"\s+(?!(?:was|has|is|as|this|its|his|plus|thus|us|always|perhaps|whereas|across|unless|"
                                      r"towards|afterwards|besides|sometimes|yes)\b)[a-z]+s\b")


def singular(word: str) -> str:
    w = word.lower()
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


# A number-adjective between a count and its noun: "122-mm", "152mm", "155-millimetre".
CALIBRE = re.compile(r"\d+(?:\.\d+)?-?(?:mm|cm|millimet(?:er|re)s?|calib(?:er|re)|inch|ton|tonne)")
_WORD_OR_MARK = re.compile(r"[\w’'-]+|[^\w\s]")


# "officers and soldiers", "officers and men": leaders counted with the rank and file count them all.
_LEADERS = {"officer", "commander", "general"}
_RANK_AND_FILE = re.compile(r"\s+(?:enlisted\s+|other\s+)?(soldiers|men|troops|servicemen|personnel|privates|ranks)\b",
                            re.IGNORECASE)


AT_ONE_POINT = re.compile(r"\bat\s+one\s+point$", re.IGNORECASE)    # the idiom, no spoken decimal
# Verbs in -s that follow "the figure of 14,000 North Koreans" as its predicate, which the count-noun table would read
# as plural nouns (synth40).
VERBS_AFTER_PEOPLE = frozenset({"includes", "remains", "makes", "means", "comprises", "represents", "accounts", "stands",
                                "seems", "appears", "exceeds", "reflects", "suggests", "shows", "covers", "counts",
                                "matches", "dwarfs"})
FIGURE_HEADS = frozenset({"figure", "number", "estimate", "count", "tally", "total", "toll", "claim", "force", "grouping",
                          "contingent"})
# ... and after a singular noun of a figure: "the 6,000 figure comes from", "the 2,000 estimate refers to deaths"
VERBS_AFTER_NOUN = VERBS_AFTER_PEOPLE | {"comes", "goes", "refers", "implies", "excludes", "looks", "sounds", "tallies",
                                        "dates", "holds", "rests", "relies", "derives", "originates"}


def _plural_like(low: str) -> bool:
    return low in IRREGULAR or (low.endswith("s") and not low.endswith(("ss", "us", "is"))
                                and _COUNT_NOUN.fullmatch(low) is not None)


def _counted_noun(text: str, pos: int) -> str | None:
    """The head noun a count refers to, in the singular: '12,000 North Korean troops' → 'troop',
    '1,500 special operation forces' → 'force', '63 guided bombs' → 'bomb'.

    Up to five words are read: adjectives, participles and names are passed over; a plural
    noun is the head unless a later plural follows it ("battle tanks"); a singular noun is
    the head only if no plural comes ("a 1,100 casualty estimate" → 'estimate').
    """
    head: str | None = None
    plural = people = False
    for i, m in enumerate(_WORD_OR_MARK.finditer(text, pos, pos + 80)):
        if i > 4:
            break
        w = m.group()
        if not (w[0].isalnum() or w[0] == "_"):
            break
        low = w.lower()
        if w[0].isdigit() and CALIBRE.fullmatch(low):
            continue                                     # "500,000 122-mm shells": a number-adjective
        if low in MONEY_NOUNS and MONEY_NOUN_BEFORE_PLURAL.match(text, m.end()):
            continue                                     # "1.2 million bonus payments": the plural after it is the head
        if low in MONEY_NOUNS and not plural:
            return None         # "a 3 million regional bonus", "400 000 federal one-time payment": the words before the
            #                     sum's noun are its adjectives, not a noun it counts (the currency is the context's)
        if low in _STOP or low in NOT_NOUNS or w[0].isdigit():
            if low in ("and", "or") and head in _LEADERS:
                ranks = _RANK_AND_FILE.match(text, m.end())
                if ranks:       # "1,200 officers and soldiers": officers with their men are the troops
                    return singular(ranks.group(1))
            break
        if w[0].isupper():
            if low.endswith("s") and not low.endswith(("ans", "ese", "is", "us", "ss")) and not plural \
                    and _COUNT_NOUN.fullmatch(low):
                head, plural = singular(low), True      # headline case: "3 Generals", "500 Officers"
                continue
            if head is None:
                if low.endswith("ans"):
                    # "1,500 Russians killed every day", "3,000 North Koreans sent": a people named in the plural
                    # is who is counted, with no noun of its own after it (not "day")
                    people = True
                continue                                 # "North Korean", "Russian"
            break
        if people and (not _plural_like(low) or low in VERBS_AFTER_PEOPLE):
            break           # ("The figure of 14,000 North Koreans includes two rotations": a verb, not their noun)
        if low in VERBS_AFTER_NOUN and (head is None or (not plural and head in FIGURE_HEADS)):
            break           # ("The 6,000 figure comes from Ukraine's military intelligence", "The figure of 14,000 comes
            #                 from Seoul": its verb, not a compound; not "The two casualty counts differ": review35)
        if _plural_like(low) and not _COUNT_SKIP.fullmatch(w):
            # "service members" is one noun: the servicemember, not the member
            head, plural = ("servicemember" if head == "service" else singular(low)), True
            continue
        if _COMPASS_OF_NATION.match(low) and _KOREAN_NEXT.match(text, m.end()):
            continue                                     # "north korean troops"
        if low.endswith(("ed", "ing", "ly")) or _COUNT_SKIP.fullmatch(w):
            if head is None:
                continue                                 # "guided bombs", "wounded soldiers"
            break
        if _COUNT_NOUN.fullmatch(low):
            if plural:
                break                                    # "troops arrive": a verb after the noun
            head = singular(low)                         # "operation" in "operation forces", for now
            continue
        break
    return head


def _unit_after(text: str, pos: int):
    """(end, unit, factor) of a currency or unit right after `pos`, hyphen or space allowed."""
    m = _SPACE.match(text, pos)
    p = m.end()
    hy = re.compile(r"-").match(text, p)
    if hy:
        p = hy.end()
    cur = _match_start(CURRENCY_SUFFIX, text, p)
    if cur:
        return cur[0], cur[1][0], 1.0
    unit = _match_start(UNITS, text, p)
    if unit:
        return unit[0], unit[1][0], unit[1][1]
    return None


# What can stand right before an amount with a currency: a sign ("$", "€", "₽"), an ISO code
# ("RUB", "USD"), or "Rbs"/"Rs"/"rub."/"yuan"; a cheap test before the prefix search.
CURRENCY_HINT_WINDOW = 6       # characters before a number that can hold a currency mark ("rub. ", "yuan ")
_CURRENCY_HINT = re.compile(r"[^\w\s.,;:!?'\"()\[\]-]\s?$|[A-Z]{2,3}\s?$|(?:Rbs?|Rs|rub|usd|eur)\.?\s?$|yuan\s$")


def _currency_before(text: str, pos: int):
    if not _CURRENCY_HINT.search(text, max(0, pos - CURRENCY_HINT_WINDOW), pos):
        return None        # a space after a digit or punctuation: no currency sign or code before
    window = text[max(0, pos - 12):pos]
    rx, twin, payloads = _combined(CURRENCY_PREFIX, "prefix")
    low = lowered(window)
    m = rx.search(window) if low is None else twin.search(low)
    if m is None:
        return None
    return pos - len(window) + m.start(), payloads[int(m.lastgroup[1:])][0]


# A verb of change, its object between it and "by" at most a few words ("reduced bonuses for recruits by", "has
# increased its grouping in the Kursk region by": seven, an object and its place; no comma between).
# A change named as a noun: "a decrease of 200 square kilometers", "an increase of 2,000" (not "a loss of
# 1,000 troops": that is a toll).
_CHANGE_NOUN = re.compile(r"\b(?:an?|the|this)\s+(?:[\w-]+\s+)?(?:decrease|increase|drop|reduction|rise|jump|fall|decline|"
                          r"surge|hike|cut|raise)\s+of\s+$", re.IGNORECASE)   # ("The cut of 3.2 million roubles": synth29)
# A change said by a comparative after the figure: "That is 2.2 million roubles higher than before", "... 3,000 more
# than a year earlier" (twenty-first session, synth29)
_HIGHER_THAN = re.compile(r"\s+(?:higher|lower|more|less|fewer|bigger|smaller|larger|greater)\s+than\s+(?:before|previously|"
                          r"earlier|it\s+was|they\s+were|in\s+the\s+previous|the\s+previous|the\s+old|the\s+former|"
                          r"a\s+(?:year|month|week)\s+(?:earlier|before|ago)|last\s+(?:year|month|week))\b", re.IGNORECASE)
_AGENT_PARTICIPLES = (r"(?:backed|supported|reinforced|defended|bolstered|led|joined|guarded|held|manned|staffed|aided|"
                      r"assisted|accompanied|helped|flanked|protected|covered|spearheaded|commanded|operated|fielded|"
                      r"escorted|spurred|driven|fuelled|fueled|powered|carried|fought|waged|launched|mounted)")
CHANGE_BY_REACH = 120   # characters back from a change's "by" to its verb
# The verbs of change (and, right before "by", the particles of one: "up by 2,000", "down by 600")
_CHANGE_VERBS = (r"ris(?:e|en|es|ing)|rose|increas(?:e|ed|es|ing)|grow(?:n|s|ing)?|grew|jump(?:ed|s)?|climb(?:ed|s)?|"
                 r"fall(?:en|s|ing)?|fell|drop(?:ped|s)?|decreas(?:e|ed|es|ing)|reduc(?:e|ed|es|ing)|cut|shr[au]nk|"
                 r"declin(?:e|ed|es|ing)|expand(?:ed|s)?|boost(?:ed|s)?|rais(?:e|ed|es|ing)|lower(?:ed|s)?|"
                 r"slash(?:ed|es|ing)?|hik(?:e|ed|es|ing)|trimm?(?:ed|s|ing)?|swell(?:ed|s)?|surg(?:e|ed|es)")
_CHANGE_WORDS = rf"(?:{_CHANGE_VERBS}|up|down)"
_CHANGE_VERB = re.compile(
    r"\b" + _CHANGE_WORDS +
    # (the object's last word no participle of who acts: "stepped up its assaults in Kursk backed by 11,000 North
    # Korean troops", "supply routes to Kursk defended by 2,000" name who backs or defends, no change; but "its estimate
    # of troops killed by 200", "the bonus for those enlisted by 200,000" are changes)
    r"(?:(?:\s+(?!by\b)[\w’'-]+){0,6}\s+(?!by\b)(?!" + _AGENT_PARTICIPLES + r"\b)[\w’'-]+)?\s+by\s+$",
    re.IGNORECASE)
# (as one word, further back: not "up"/"down", which also follow other verbs: "backed up by 11,000")
_CHANGE_VERB_WORD = re.compile(rf"\b(?:{_CHANGE_VERBS})\b", re.IGNORECASE)
_AGENT_BY = re.compile(r"\b(?:" + _AGENT_PARTICIPLES + r"|assaults?|attacks?|strikes?|raids?|offensives?|followed|attacked|"
                       r"targeted|hit|struck|surrounded|outnumbered|reinforcements?)\s+by\s+$", re.IGNORECASE)
# ... nor a figure of people after "by": "increased pressure ... with assaults by 11,000 North Korean soldiers" (review27)
_PEOPLE_AFTER = re.compile(r"\s*(?:[\w’'.,-]+\s+){0,3}?(?:troops|soldiers|servicem[ae]n|fighters|men|personnel|marines|"
                           r"paratroopers|conscripts|recruits|(?:North\s+)?Koreans|Russians|Ukrainians)\b", re.IGNORECASE)


def _changed_by(text: str, at: int, end: int) -> bool:
    """A verb of change further back in its clause than _CHANGE_VERB reads, before "by": "has cut its one-time
    payment for volunteers who sign army contracts by 600,000 roubles" (no comma or stop between them, and no
    participle of who acts right before "by"; twenty-first session, synth29)."""
    window = text[max(0, at - CHANGE_BY_REACH):at]
    if _AGENT_BY.search(window) or _PEOPLE_AFTER.match(text, end):
        return False
    verbs = list(_CHANGE_VERB_WORD.finditer(window))
    return bool(verbs) and not re.search(r"[,;.:!?]", window[verbs[-1].end():])


# "about" and "over" after these words are prepositions, not hedges.
_NOT_A_HEDGE = re.compile(
    r"\b(?:details|information|news|reports?|questions?|stories|story|data|more|know|knew|learn\w*|talk\w*|spoke|"
    r"speak\w*|asked|ask|concerns?|worried|worries|care|cares|cared|think|thought|brought|bring\w*)\s+about\s+$"
    r"|\b(?:handed|hand|hands|handing|turned|turn|turns|turning|control|sovereignty|authority|jurisdiction|"
    r"command|power|grip|hold|established|establish|establishes|"
    # "the zone stretched over 1,376 sq km": across, not more than
    r"stretch(?:ed|es|ing)?|spread(?:s|ing)?|extend(?:ed|s|ing)?|sprawl(?:ed|s|ing)?)\s+over\s+$", re.IGNORECASE)

# A count of people named right before a bare "1m": "losses top 1m", "casualties near 1m".
# Only verbs and hedges of a level between (not "soldiers dug in every 2m along the treeline": metres).
_PEOPLE_BEFORE = re.compile(r"\b(?:losses|casualties|troops|soldiers|dead|deaths|killed|wounded|people|men|personnel|"
                            r"refugees|servicemen)\b(?:\s+(?:now|have|has|had|are|is|were|was|of|at|to|top\w*|near\w*|"
                            r"exceed\w*|pass\w*|surpass\w*|reach\w*|hit|number\w*|stand|stood|r[io]se|risen|climb\w*|"
                            r"approach\w*|over|above|nearly|almost|about|around|some|more|than|close|just|under|below|"
                            r"estimated|put|in|(?-i:[A-Z][\w’'-]*))){0,4}\s*['‘\"“]?$", re.IGNORECASE)

# "surpassed the 1 million mark": a verb of passing before "the", a milestone word after the number.
_PASSED_MARK_BEFORE = re.compile(r"\b(?:surpass|exceed|pass|cross|top|break)\w*\s+the\s*$", re.IGNORECASE)
_PASSED_MARK_AFTER = re.compile(r"\s*(?:-\s*)?(?:mark|milestone|threshold)\b", re.IGNORECASE)

# Before "up to" these mean a change to a new level, not a ceiling ("and ten days later – up to 500 thousand").
_RAISED_TO = re.compile(r"(?:increas\w*|rais\w*|rose|risen|grew|grown|jump\w*|climb\w*|went|brought|lift\w*|"
                        r"boost\w*)\s*$", re.IGNORECASE)
_AND_GAP = re.compile(r"\s*,?\s*and\s+", re.IGNORECASE)
_AT_LEAST = re.compile(r"at\s+least\b", re.IGNORECASE)
_POSSIBLY = re.compile(r"(?:possibly|perhaps|maybe|as\s+many\s+as|up\s+to)\b", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|‑|to|through|or)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# "could range from 11,000 to 12,000": a range, not an earlier and a later value
# "ranged from 846 to November's 1,523": the upper end named by whose figure it is.
# (a time's, not a speaker's: "ranged from 10,000 to Kyiv's 12,000" is two sources' figures)
_TO_WHOSE = re.compile(rf"\s*to\s+(?:{MONTHS}|(?:last|this|next)\s+(?:year|month|week))(?:’|')s\s+", re.IGNORECASE)
# The words that set figures side by side as a range's ends (claims' range of estimates reads them too)
RANGE_WORDS = r"(?:rang\w*|vary|varies|varying|varied|estimates?\s+run|anywhere)"
_RANGE_FROM = re.compile(rf"\b{RANGE_WORDS}\s+from\s+(?:\w+\s+)?$",
                         re.IGNORECASE)
# ... or a payment that differs by where or whom, not by when: "regions pay from 50 to 100 thousand rubles" (a paying
# verb, no word of change anywhere in the sentence), "from 400,000 to 2 million rubles, depending on the region"
_PAY_FROM = re.compile(r"\b(?:pay|pays|paying|offer|offers|offering|receive|receives|receiving|get|gets|getting)"
                       r"\s+(?:[\w-]+\s+){0,3}?from\s+(?:\w+\s+)?$", re.IGNORECASE)
_CHANGE_WORD = re.compile(r"\b(?:(?:rais|increas|cut|reduc|lower|slash|drop|fell|fall|grew|grow|rose|rise|risen|jump|doubl|"
                          r"tripl|went|gone|climb|decreas|hike|boost|chang|halv|soar|plung|previous|earlier)\w*|"
                          r"up|down|before|instead|now\s+(?:only|just))\b", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"[^.;:!?,]{0,40}?(?:,\s*)?\b(?:depending\s+on|depends\s+on|by\s+region|from\s+region\s+to\s+region|"
                          r"in\s+different\s+regions|across\s+(?:the\s+)?regions|according\s+to\s+(?:the\s+)?region)",
                          re.IGNORECASE)


def _range_from(text: str, at: int, upper_end: int) -> bool:
    """Whether "from X to Y" at `at` (X's start; Y ends at `upper_end`) is a range, not an earlier and a later value."""
    if _RANGE_FROM.search(text, max(0, at - 30), at):
        return True
    # (a word of change before "from" makes it a change whatever follows: "raised the payment from 195,000 to 400,000
    # rubles in August, while regional bonuses vary depending on the region")
    return bool(_FROM.search(text, max(0, at - 12), at) or _FROM_BEFORE.search(text, max(0, at - FROM_REACH), at)) and (
        (bool(_RANGE_AFTER.match(text, upper_end)) and not _CHANGE_WORD.search(text, max(0, at - 60), at))
        or (bool(_PAY_FROM.search(text, max(0, at - 60), at)) and not _CHANGE_WORD.search(text)))
# (the old value named as a peak: "down from a high of 1,262 in May")
_PEAK_OF = r"(?:(?:the|a|an)\s+)?(?:(?:[\w-]+\s+)?(?:high|peak|low|record)\s+of\s+)?"
_INSTEAD = re.compile(r"\b(?:instead\s+of|rather\s+than|compared\s+(?:with|to)|(?:up|down)(?:\s+\w+ly)?\s+from)\s+"
                      rf"{_PEAK_OF}$", re.IGNORECASE)
_STRONG = re.compile(r"[ \u00a0]*-?[ \u00a0]*strong\b", re.IGNORECASE)


SKIP_REACH = 40   # characters around a number searched for a date, time or model name holding it


_MONTH_NEAR = re.compile(MONTHS, re.IGNORECASE)
_LABEL_BEFORE = re.compile(r"(?:No|Nos|Art|Vol|pp?|Para)\.\s?$|#$|(?:paragraph|para|graf|episode)s?\s$", re.IGNORECASE)


# Words before a number that make it no count: an age ("men under the age of 50", "aged 18 to 65"),
# a ratio ("by a factor of 17"). Looked for before every number found, digits or words.
# (nor a ratio's terms: "roughly one casualty for every three soldiers sent", "one in three": synth32)
# (nor a number that names a document or its part: "Issue Brief No. 2,318", "Decree No. 512", "Article 3", "Resolution
# 2397", "№ 1234", "#12", "p. 14", "resolution 1718 (2006)", "listed in entry 199"; not "order", which may be a verb:
# "Kim Could Order 5,000")
NOT_A_COUNT_BEFORE = re.compile(r"\b(?:ages?\s+of|aged(?:\s+between)?|factor\s+of|for\s+(?:every|each)|"
                                r"(?:one|1)\s+(?:in|out\s+of)(?:\s+every)?)\s+(?:\d{1,3}\s*(?:and|to|-)\s*)?$"
                                # (a lower-case "no." only after a document's noun: not "the lawmaker said no. 3,000 more
                                # ...": review37)
                                r"|(?:(?-i:\b(?:No|Nos)\.)|\b(?:decree|law|order|resolution|case|act|document|directive|file)"
                                r"\s+no\.|\b(?:art|arts|para|paras|sec|vol|pp?|ch)\.|№|#"
                                r"|\b(?:resolutions?|paragraphs?|articles?|clauses?|sub-?paragraphs?|sections?|chapters?|pages?|"
                                r"entry|entries|decrees?|annex))\s*$",
                                re.IGNORECASE)
# Nor a day's number in a war's count of days, in digits: "Day 1,462 — Tuesday", "Key events, day 974", "on day 1,000 of
# the war" (not "losses a day 1,200", "the day 3,000 troops arrived": a day before a count of its own; nor "on day one",
# whose figure after it is that day's; twenty-first session, review25).
DAY_NUMBER_BEFORE = re.compile(r"(?:^|[^\w\s]\s*|\b(?:on|of|since|by|until|till|from|to|events)\s+)day\s+$", re.IGNORECASE)


_ZONE_AFTER = re.compile(r"\s*(?:GMT|UTC|CET|CEST|EST|EDT|PST|PDT|BST|MSK|KST|JST)\b")
_ERA_AFTER = re.compile(r"\s*(?:(?:AH|A\.H\.|H|SH|HS|AP)(?!\w)(?!\.\w)|هـ)")
# The first and the last words of those months' names (and of "Juche", "the Hijri year"), lower case, without
# apostrophes: tested before the patterns, which would otherwise be tried beside every number (issue 18)
OTHER_MONTH_FIRST = frozenset(("muharram", "safar", "rabi", "jumada", "jumade", "rajab", "shaban", "ramadan", "ramazan",
                               "shawwal", "dhu", "dhul", "farvardin", "ordibehesht", "khordad", "mordad", "shahrivar",
                               "mehr", "aban", "azar", "bahman", "esfand"))
ERA_LAST_WORDS = frozenset(("juche", "year", "muharram", "safar", "awwal", "thani", "akhir", "akhar", "ula", "oula",
                            "akhirah", "akhira", "thaniyah", "rajab", "shaban", "ramadan", "ramazan", "shawwal", "qidah",
                            "qadah", "hijjah", "farvardin", "ordibehesht", "khordad", "mordad", "shahrivar", "mehr",
                            "aban", "azar", "bahman", "esfand"))
_WORD_CHARS = re.compile(r"[A-Za-z’'`-]*")


def _word_at(text: str, at: int) -> str:
    """The word starting at `at`, lower case, its apostrophes dropped ("Sha'ban" → "shaban")."""
    w = _WORD_CHARS.match(text, at).group()
    return w.lower().replace("'", "").replace("’", "").replace("`", "").split("-")[0]


def _word_before(text: str, end: int) -> str:
    """The word ending right before `end`, lower case, apostrophes dropped; its last part after a hyphen
    ("Al-Akhirah" → "akhirah")."""
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "’'`-"):
        start -= 1
    return text[start:end].lower().replace("'", "").replace("’", "").replace("`", "").split("-")[-1]


_OTHER_MONTH_AFTER = re.compile(rf"\s+(?:{OTHER_CALENDAR_MONTHS})\b", re.IGNORECASE)
_ERA_BEFORE = re.compile(rf"(?:Juche|Hijri\s+year|{OTHER_CALENDAR_MONTHS})\s$", re.IGNORECASE)


def _may_be_skipped(text: str, a: int, b: int) -> bool:
    """A cheap necessary condition for `_in_skip`: every date, time, ordinal, decade, year
    span or model name has a digit and one of these marks next to or near it."""
    span = text[a:b]
    if not any(c.isdigit() for c in span):
        return False
    before = text[a - 1] if a else " "
    after = text[b] if b < len(text) else " "
    next_ = text[b + 1] if b + 1 < len(text) else " "
    if before.isalpha() or before in "-#:/.'’=?&" or after in ":/":
        return True
    if after in "snrtSNRT":
        return True                             # 1st, 2nd, 3rd, 4th, 1990s
    if _AM_PM.match(text[b:b + 5]):
        return True                             # 10 a.m., 6pm
    if len(span) == 4 and (_ZONE_AFTER.match(text, b) or _ERA_AFTER.match(text, b)):
        return True                             # 1157 GMT, 1446 AH
    if after == " " and _word_at(text, b + 1) in OTHER_MONTH_FIRST and _OTHER_MONTH_AFTER.match(text, b):
        return True                             # 24 Aban, 18 Jumada Al-Akhirah
    if before == " " and _word_before(text, a - 1) in ERA_LAST_WORDS and _ERA_BEFORE.search(text, max(0, a - 24), a):
        return True                             # Juche 114, the Hijri year 1446
    if after in "-–—.'’" and (next_.isdigit() or next_ in "sS"):
        return True                             # "2022-24", "10.24.2024", "'90s"
    if YEAR.fullmatch(span):
        return True
    if _LABEL_BEFORE.search(text, max(0, a - 12), a):
        return True
    if "+" in text[max(0, a - 16):a] or before == "[":
        return True                             # +82 2 555 0134, [12]
    return _MONTH_NEAR.search(text, max(0, a - 16), min(len(text), b + 16)) is not None


DAILY_CHANGE_END = re.compile(r"\)|\s+(?!\d)")


def _in_skip(text: str, a: int, b: int) -> bool:
    """Is text[a:b] part of a date, clock time, ordinal or model name? Only the neighbourhood is
    searched (scanning whole texts for dates cost a third of the time)."""
    if text[max(0, a - 2):a] == "(+" and DAILY_CHANGE_END.match(text, b):
        return False        # a tally's change, "716390 (+1590) persons", though it looks like a year (not a phone, "(+82 2")
    if (b - a == 4 and text[a - 1:a] == " " and _word_before(text, a - 1) in ERA_LAST_WORDS
            and _ERA_BEFORE.search(text, max(0, a - 24), a)) or \
            (b - a <= 2 and _word_at(text, b + 1) in OTHER_MONTH_FIRST and _OTHER_MONTH_AFTER.match(text, b)):
        # a date of the Islamic or Persian calendar: "18 Jumada Al-Akhirah 1446", "Thursday, 24 Aban 1403" (synth49;
        # tested here, not as NOT_QUANTITY's alternatives, which `re` would try at every word: issue 18)
        return True
    lo = text.rfind(" ", 0, max(0, a - SKIP_REACH)) + 1
    hi = text.find(" ", min(len(text), b + SKIP_REACH))
    hi = len(text) if hi < 0 else hi
    return any(m.start() <= a and b <= m.end() for m in NOT_QUANTITY.finditer(text, lo, hi))


# Cheap tests before the full passes: vague plurals and one-word folds are rare.
FOLD_WORDS_HINT = ("dozen", "scores", "hundreds", "thousands", "millions", "billions", "several", "few")
VAGUE_HINT_WORDS = ("dozen", "scores", "hundred", "thousand", "million", "billion")
FOLD_HINT_WORDS = ("fold", "doubl", "tripl", "quadrupl", "halv", "twice", "thrice")
_VAGUE_HINT = re.compile("|".join(VAGUE_HINT_WORDS), re.IGNORECASE)
_FOLD_HINT = re.compile("|".join(FOLD_HINT_WORDS), re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def _hints(text: str, low: str | None = "") -> tuple[bool, bool]:
    """Does `text` hold a vague-plural hint, a fold hint? (_VAGUE_HINT, _FOLD_HINT found by
    substring tests on the lower-cased text: `re` tried those alternatives at every place of every
    sentence, a fifth of find_quantities; issue 18.) `low` is `lowered(text)` when the caller has it."""
    if low == "":
        low = lowered(text)
    if low is None:
        return _VAGUE_HINT.search(text) is not None, _FOLD_HINT.search(text) is not None
    return any(w in low for w in VAGUE_HINT_WORDS), any(w in low for w in FOLD_HINT_WORDS)
_HAS_NUMBER = re.compile(rf"\d|\b(?:{_WORDS}|{'|'.join(FOLD_WORDS_HINT)})", re.IGNORECASE)
# The same without "a" and "an", which begin most sentences' words: where it finds nothing, the only
# atoms are lone "a"/"an" (no number: `_read_run` keeps one only before a scale, fraction or dozen),
# so only a vague plural or a fold word can make a quantity (issue 18: the full passes ran on nearly
# every sentence). The look-ahead on the words' first letters lets `re` pass most places at once
# (the same letters under IGNORECASE as the alternatives: checked for every code point).
_NUMBER_WORDS_BUT_A = [w for w in _WORDS.split("|") if w not in ("a", "an")] + list(FOLD_WORDS_HINT)
_HAS_NUMBER_BUT_A = re.compile(rf"\d|\b(?=[{''.join(sorted({w[0] for w in _NUMBER_WORDS_BUT_A}))}])"
                               rf"(?:{'|'.join(_NUMBER_WORDS_BUT_A)})", re.IGNORECASE)
# Both, for a lower-cased text (casefold.lowered; the words are lower case): a fifth of the time.
_HAS_NUMBER_LOWER = re.compile(_HAS_NUMBER.pattern)
_HAS_NUMBER_BUT_A_LOWER = re.compile(_HAS_NUMBER_BUT_A.pattern)


def _finite(q: Quantity) -> bool:
    return all(v is None or math.isfinite(v) for v in (q.value, q.low, q.high))


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity mentioned in `text`, in order of appearance."""
    low = lowered(text)
    vague, fold = _hints(text, low)
    digit = _DIGIT.search(text) is not None     # the first alternative of both patterns below, alone
    if not digit and not (_HAS_NUMBER_BUT_A.search(text) if low is None else _HAS_NUMBER_BUT_A_LOWER.search(low)):
        if not vague and not fold:
            return []
        # (where _HAS_NUMBER_BUT_A finds a word, _HAS_NUMBER finds one there or before: its words are
        # among _HAS_NUMBER's, at a word start, with nothing after; so only here can it find none)
        if not (_HAS_NUMBER.search(text) if low is None else _HAS_NUMBER_LOWER.search(low)):
            return []
    nums: list[_Num] = []
    src, run_rx, atom_rx = (text, RUN, ATOM_RE) if low is None else (low, RUN_LOWER, ATOM_RE_LOWER)
    for run in run_rx.finditer(src):
        for n in _read_run(src, run.start(), run.end(), atom_rx):
            if _may_be_skipped(text, n.start, n.end) and _in_skip(text, n.start, n.end):
                continue
            nums.append(n)
    # A number beyond a float's range ("999…9 million", 300+ digits) is not a figure anyone reports:
    # it is left out rather than carried as infinity.
    quantities = [q for q in (_quantity(text, n) for n in nums) if q is not None and _finite(q)
                  and not (q.start and NOT_A_COUNT_BEFORE.search(text, max(0, q.start - 24), q.start))
                  and not (q.start and text[q.start].isdigit() and DAY_NUMBER_BEFORE.search(text, max(0, q.start - 16), q.start))]
    if digit and "s of" in text:      # (a cheap test: "1000s of", "1000's of", "1000’s of")
        quantities = [_plural_of_round(text, q) for q in quantities]
    if vague:
        quantities.extend(_vague(text, quantities))
    if fold:
        quantities.extend(_folds(text, quantities))
    quantities.sort(key=lambda q: q.start)
    if " in " in text or " out of " in text:
        quantities = _no_proportions(text, quantities)
    quantities = _ranges(text, quantities)
    quantities = _conversions(text, quantities)
    _part_of(text, quantities)
    _from_to(text, quantities)
    _shared_hedge(text, quantities)
    _shared_measure(text, quantities)
    _elliptical_area(text, quantities)
    return quantities


_AND_OR = re.compile(r"\s+(?:and|or)\s+")
# "one in three Russian deaths", "two out of every three soldiers": a share, no count of anyone (neither
# number; a small first and a second up to a hundred: "1,000 out of the 11,000 troops" is a part, a count)
PROPORTION = re.compile(r"\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE)
PROPORTION_MAX = (10, 100)


def _no_proportions(text: str, quantities: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    skip = -1
    for i, q in enumerate(quantities):
        if i == skip:
            continue
        nxt = quantities[i + 1] if i + 1 < len(quantities) else None
        if nxt is not None and q.unit is None and q.qualifier == "exact" and nxt.qualifier == "exact" \
                and q.value is not None and nxt.value is not None \
                and 0 < q.value <= PROPORTION_MAX[0] and q.value < nxt.value <= PROPORTION_MAX[1] \
                and PROPORTION.fullmatch(text, q.end, nxt.start):
            skip = i + 1
            continue
        out.append(q)
    return out


def _shared_measure(text: str, quantities: list[Quantity]) -> None:
    """"who are 60 and 55 years": a bare number coordinated with a measure is of that measure (ages,
    distances), not a count of people."""
    for a, b in zip(quantities, quantities[1:]):
        if a.unit is None and a.kind == "count" and b.kind == "measure" and b.unit and a.end <= b.start \
                and _AND_OR.fullmatch(text, a.end, b.start):
            a.unit = b.unit


# After a bare number, what shows its noun was left out: a mark, the sentence's end, or a word that no noun is
# ("of the roughly 1,300 they seized", "put closer to 800.", "leaving Ukraine with roughly 300").
_NO_NOUN_AFTER = re.compile(r"\s*(?:[.,;:!?)\]\"”’']|$)|\s+(?:they|it|he|she|we|at|in|on|by|from|to|and|or|before|after|"
                            r"that|which|since|when|last|this|of|as|with|under|now|still|earlier|previously|"
                            r"a\s+(?:week|month|year)|the\s+(?:week|month|year))\b", re.IGNORECASE)
ELLIPSIS_RATIO = 30   # at most this many times larger or smaller than the area it stands beside
# Between the area and the bare number: another clause ("..., and North Korea had sent 11,000 by then") or words of
# people, forces or losses ("while the North Korean contingent numbered 11,000"): the number is theirs, not the area's.
_OTHER_CLAUSE = re.compile(r";|,\s*(?:and|while|but|whereas|with)\b|\s(?:and|while|whereas)\s|\b(?:sent|send\w*|deploy\w*|"
                           r"dispatch\w*|lost|los(?:e|es|ing)|killed|wounded|numbered|number(?:s|ing)?|massed|cost\w*|"
                           r"troops?|soldiers?|forces?|contingent|casualt\w+|dead|deaths?|north\s+korea\w*|personnel|men)\b",
                           re.IGNORECASE)


def _elliptical_area(text: str, quantities: list[Quantity]) -> None:
    """"still hold under 800 square kilometres of the roughly 1,300 they seized", "an area ... put closer to
    800": a bare number after an area in the same sentence, with no noun of its own and of the same order, is
    that area's unit left out, not a count of people (every other unit says what it counts)."""
    area = None
    for q in quantities:
        if q.unit == "km2":
            area = q
        elif q.unit is not None:
            area = None                # another measure between: the ellipsis would be of that
        elif area is not None and q.kind == "count" and not q.adjectival and q.value and area.value \
                and 1 / ELLIPSIS_RATIO <= q.value / area.value <= ELLIPSIS_RATIO and _NO_NOUN_AFTER.match(text, q.end) \
                and not _OTHER_CLAUSE.search(text, area.end, q.start):
            q.unit = "km2"


# "approximately 315,000 killed and 500,000 wounded": one hedge over coordinated counts, each
# followed by its own word. A lower bound is shared only over a list of tallies one word each
# (_LISTED); "more than 100 people were killed and 350 injured" may bound the first alone.
# Also across the first count's noun and verb: "Around 300 North Korean soldiers have been killed and
# 2,700 injured", "approximately 300 deaths and 2,700 injuries" (the second has no hedge of its own).
_COORDINATED = re.compile(r"(?:\s+[A-Za-z][\w’'-]*){1,6},?\s+and\s+$")


# A lower bound shared by a list of tallies, each with its own word: "over 7,900 killed, 12,200
# wounded and 717 captured", "at least 300 killed and 2,700 injured".
_LISTED = re.compile(r"\s+[a-z]+,?\s+(?:and\s+)?$")


def _shared_hedge(text: str, quantities: list[Quantity]) -> None:
    for a, b in zip(quantities, quantities[1:]):
        if b.qualifier != "exact" or not (a.start < a.end <= b.start and a.kind == b.kind == "count"):
            continue
        if a.qualifier == "approx" and _COORDINATED.fullmatch(text, a.end, b.start):
            b.qualifier = "approx"
        elif a.qualifier == "more_than" and _LISTED.fullmatch(text, a.end, b.start):
            b.qualifier, b.high = "more_than", None


# ("down from a high of 1,262", "from a conflict high of over 1,262 per day": the old value named as a peak)
_FROM_BEFORE = re.compile(rf"\bfrom\s+{_PEAK_OF}$", re.IGNORECASE)
FROM_REACH = 32     # characters before a number its "from (a high of)" may take
_TO_BEFORE = re.compile(r"\b(?:to|down\s+to|up\s+to)\s+(?:the\s+|a\s+|an\s+|between\s+)?$", re.IGNORECASE)
FROM_TO_GAP = 60   # characters between "from X" and "to Y" ("from 1,000 sq km in August to 700 sq km")


def _from_to(text: str, qs: list[Quantity]) -> None:
    """'from X (in August) to Y' and 'to Y ... from X': X is the previous value, Y the new.
    'Y, down from X' and 'instead of X': X is previous and, unit-less, takes Y's unit."""
    for a, b in zip(qs, qs[1:]):
        if b.role == "previous" and len(text[a.end:b.start]) <= FROM_TO_GAP and \
                re.search(rf"\b(?:up|down)(?:\s+\w+ly)?\s+from\s+{_PEAK_OF}$", text[a.end:b.start]):
            if b.unit is None and a.unit and a.kind != "count":
                b.unit = a.unit
            a.role = a.role or "new"
    for a, b in zip(qs, qs[1:]):
        if b.role == "previous" and a.role in (None, "new") and a.written_scale and not b.written_scale \
                and b.value and a.value and len(text[a.end:b.start]) <= FROM_TO_GAP:
            _rescale(b, a)      # "800,000 rubles instead of 400": 400 thousand
            if b.unit is None and a.unit:
                b.unit = a.unit
    for a, b in zip(qs, qs[1:]):
        if a.role or b.role:
            continue
        # a conversion in brackets between the two ("from 800,000 ($8,000) to just 500,000") is skipped
        gap = _BRACKETED.sub(" ", text[a.end:b.start])
        if len(gap) > FROM_TO_GAP or re.search(r"[.;!?]", gap):
            continue
        a_from = _FROM_BEFORE.search(text[max(0, a.start - FROM_REACH):a.start])
        b_from = _FROM_BEFORE.search(text[max(0, b.start - FROM_REACH):b.start])
        if a_from and _range_from(text, a.start, b.end):
            continue
        if a_from and re.search(r"\bto\s+(?:the\s+|a\s+|just\s+|only\s+|a\s+mere\s+|as\s+little\s+as\s+)?$", gap):
            prev, new = a, b
        elif b_from and _TO_BEFORE.search(text[max(0, a.start - 16):a.start]):
            prev, new = b, a
        else:
            continue
        if prev.unit is not None and new.unit is not None and prev.unit != new.unit:
            continue
        if prev.start < new.start:
            _share_unit(prev, new)
        if new.unit is None:
            new.unit = prev.unit
        prev.role, new.role = "previous", "new"
    for a, b in zip(qs, qs[1:]):
        # "paid 3.1 million ... and cut this amount to 1.9 million": the first is what the change replaced
        if a.role or b.role:
            continue
        gap = _BRACKETED.sub(" ", text[a.end:b.start])
        if len(gap) <= FROM_TO_GAP and not re.search(r"[.;!?]", gap) and _CHANGED_IT_TO.search(gap) \
                and (a.unit is None or b.unit is None or a.unit == b.unit):
            if b.unit is None:
                b.unit = a.unit
            a.role, b.role = "previous", "new"


# a change of the amount just named, ending at the new one: "and cut this amount to", "then raised it to"
_CHANGED_IT_TO = re.compile(
    r"\b(?:cut|reduced|lowered|slashed|decreased|raised|increased|hiked|doubled|halved|brought)\s+"
    r"(?:it|them|this|that|the|its|their)(?:\s+(?:amount|sum|payment|bonus|figure|number|rate|payout))?"
    r"\s+(?:down\s+|up\s+)?to\s+(?:just\s+|only\s+)?$", re.IGNORECASE)


_BRACKETED = re.compile(r"\([^()]*\)")


def _part_of(text: str, qs: list[Quantity]) -> None:
    """'37 of 64 settlements': the part counts what the whole counts."""
    for a, b in zip(qs, qs[1:]):
        if a.unit is None and b.unit and re.fullmatch(r"\s+(?:of|out\s+of)\s+(?:the\s+)?", text[a.end:b.start]):
            a.unit = b.unit


def _quantity(text: str, n: _Num) -> Quantity | None:
    start, end = n.start, n.end
    surface_num = text[n.start:n.end]
    value = n.value
    unit = None
    factor = 1.0
    original_unit = None
    adjectival = False
    cur = _currency_before(text, start)
    if cur:
        start, unit = cur
    after = _unit_after(text, end)
    plus = False
    if after is None and text[end:end + 1] == "+" and unit is None:
        # "the 1,300+ sq km it captured": more than that, in its unit (the "+" between)
        after = _unit_after(text, end + 1)
        plus = after is not None
    if after is None and n.abbr and n.abbr not in MONEY_ONLY_ABBR and text[end:end + 1] == ".":
        after = _unit_after(text, end + 1)      # an abbreviation's full stop: "300 thous. rub.", "3 mln. rubles"
    if after and unit is None:
        a_end, a_unit, a_factor = after
        if a_unit in MONEY_UNITS or n.abbr not in MONEY_ONLY_ABBR:
            unit, factor = a_unit, a_factor
            original_unit = text[end:a_end].strip(" -")
            adjectival = "-" in text[end:a_end][:3]
            end = a_end
    elif after and after[1] in MONEY_UNITS and unit in MONEY_UNITS:
        end = after[0]          # "$5 dollars", "RUB 5 rubles": one currency
    if n.abbr in MONEY_ONLY_ABBR and unit not in MONEY_UNITS and not (unit is None and _PEOPLE_BEFORE.search(
            text, max(0, start - 40), start)):
        # "5m" without a currency: metres, not millions ("Russian military losses top 1m": millions
        # of the people just named).
        value = value / 1e6 if n.abbr == "m" else value / 1e9
        if n.abbr == "m":
            unit = "m"
    if unit is None:
        bare = _NOT_DIGIT.sub("", surface_num)
        if not n.words and YEAR.fullmatch(bare) and not n.scaled and "." not in surface_num \
                and not _match_end(HEDGES_BEFORE, text, start) and text[max(0, start - 1):start] != "+":
            # "1988 sales", "in 2024": a year. A count that size is written "2,030" in news copy (not a change, "(+1590)")
            return None
        if not n.words and text[max(0, start - 1):start].isalpha():
            return None
        strong = _STRONG.match(text, end)
        if strong:
            unit, end, adjectival = "troop", strong.end(), True
        else:
            unit = _counted_noun(text, end)
            if unit is None and n.abbr and n.abbr not in MONEY_ONLY_ABBR and text[end:end + 2] == ". " \
                    and text[end + 2:end + 3].islower():
                unit = _counted_noun(text, end + 2)     # past an abbreviation's full stop: "1 thous. sappers"
            m = _HYPHEN_WORD.match(text, end) if unit is None else None
            if m:
                # adjectival count "a 30-day truce", "a three-ton satellite": the noun after the hyphen
                unit = singular(m.group(1))
                adjectival = True
                end = m.end()
    if n.words and not n.scaled and re.match(r"-(?:time|off|way|sided|on-one|to-one)\b", text[n.end:n.end + 8]):
        return None           # "one-time payment", "one-off", "two-way": an adjective, not a count
    if n.words and re.fullmatch(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)", text[n.start:n.end].strip(),
                                re.IGNORECASE) \
            and re.match(r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", text[n.end:n.end + 9],
                         re.IGNORECASE):
        return None           # "the twenty-eighth of November": an ordinal, not a count ("one-third" is a count)
    if n.words and not n.scaled and unit is None and value in (1,) and not cur:
        # "one" as a pronoun ("one of them", "no one") is not a quantity.
        if re.match(r"\s*(?:of|another|by|day|way|side|thing|another|'s|’s)\b", text[end:]) or \
                re.search(r"\b(?:no|any|every|some|the|this|that|each)\s+$", text[max(0, start - 10):start], re.I):
            return None
    if value is None:
        return None
    original = None
    if factor != 1.0:
        original = (value, value, original_unit or unit)
        value = value * factor
    qualifier, negated, q_start = "exact", False, start
    hedge = _match_end(HEDGES_BEFORE, text, start)
    if hedge is None and start and text[start - 1] in "'\"‘“":
        # a quote between: casualties 'top 320,000'; the quoted words stay the number's own (no
        # words outside the quote join its surface)
        quoted = _match_end(HEDGES_BEFORE, text, start - 1)
        hedge = (start, quoted[1]) if quoted else None
    role = None
    if hedge and _NOT_A_HEDGE.search(text, max(0, hedge[0] - 25), start):
        hedge = None          # "details about two soldiers", "handed over 115 prisoners": a preposition
    if hedge:
        q_start, (qualifier, negated) = hedge
        if qualifier == "up_to" and _RAISED_TO.search(text, max(0, q_start - 30), q_start):
            qualifier, role = "exact", "new"      # "raised it up to 500 thousand": the new value
    hedge_after = _match_start(HEDGES_AFTER, text, end)
    if qualifier == "exact" and _PASSED_MARK_AFTER.match(text, end) \
            and _PASSED_MARK_BEFORE.search(text, max(0, start - 30), start):
        qualifier = "more_than"   # "losses surpass the one million mark": past that level
    elif plus and qualifier == "exact":
        qualifier = "more_than"
    elif hedge_after and qualifier == "exact":
        end, (qualifier,) = hedge_after
    elif qualifier == "exact" and unit and unit not in MEASURE_UNITS and unit not in MONEY_UNITS:
        # after the counted noun: "3,000 troops or more"
        m = _OR_MORE_AFTER_NOUN.match(text, end)
        if m:
            end, qualifier = m.end(), ("more_than" if m.group(1).lower() in ("more", "over", "above") else "up_to")
    before = text[max(0, q_start - 60):q_start]
    if role is None and before.rstrip().endswith("by") and (_CHANGE_VERB.search(before) or _changed_by(text, q_start, end)):
        role = "delta"
    elif role is None and before.rstrip().endswith("of") and _CHANGE_NOUN.search(before):
        role = "delta"        # "this would be a decrease of 200 square kilometers": the change, not the level
    elif role is None and _HIGHER_THAN.match(text, end):
        role = "delta"
    elif role is None and before.rstrip().endswith(("of", "than", "with", "to", "from", "the")) \
            and _INSTEAD.search(before[-40:]):
        role = "previous"
    low = high = value
    if qualifier == "more_than":
        high = None
    elif qualifier in ("less_than", "up_to"):
        low = None
    return Quantity(value, low, high, unit, qualifier, negated, q_start, end, text[q_start:end], role,
                    original, [], adjectival, n.scaled)


_VAGUE_RX = [(re.compile(rf"\b(?:{p})\b(?:\s+(?:of|upon))?", re.IGNORECASE), lo, hi) for p, lo, hi in VAGUE] + [
    (re.compile(rf"\b{SEVERAL}\s+(?:hundred|thousand|million|dozen)\b(?:\s+of)?", re.IGNORECASE), None, None)]


# The words each of _VAGUE_RX needs, one of them in its text (the first word of a VAGUE phrase; a
# scale after SEVERAL): where the lower-cased text (casefold.lowered) has none, the pattern finds
# nothing and is not run (issue 18: eleven searches per sentence with a hint were a tenth of
# find_quantities; tests/test_quantities.py checks each against its pattern).
_VAGUE_NEEDS = [(re.match(r"[a-z]+", p).group(),) for p, _, _ in VAGUE] + [("hundred", "thousand", "million", "dozen")]


def _vague(text: str, found: list[Quantity]) -> list[Quantity]:
    taken = [(q.start, q.end) for q in found]
    out = []
    low = lowered(text)
    for (rx, lo0, hi0), needs in zip(_VAGUE_RX, _VAGUE_NEEDS, strict=True):
        if low is not None and not any(w in low for w in needs):
            continue
        for m in rx.finditer(text):
            lo, hi = lo0, hi0
            a, b = m.start(), m.end()
            if any(x < b and a < y for x, y in taken):
                continue
            if lo is None:
                word = re.search(r"(hundred|thousand|million|dozen)", m.group(), re.I).group(1).lower()
                base = 12 if word == "dozen" else SCALES[word]
                lo, hi = 2 * base, 10 * base - 1
            hedge = _match_end(HEDGES_BEFORE, text, a)
            noun = _counted_noun(text, b)
            out.append(Quantity(None, float(lo), float(hi), noun, "vague", bool(hedge and hedge[1][1]),
                                a, b, text[a:b]))
            taken.append((a, b))
    return out


# A round number in the plural: "1000's of troops", "100s of soldiers" are thousands and hundreds.
PLURAL_OF = re.compile(r"[’']?s\s+of\b")


def _plural_of_round(text: str, q: Quantity) -> Quantity:
    """A quantity read as "1000" in "1000's of troops" made the vague "thousands of troops"."""
    m = PLURAL_OF.match(text, q.end)
    v = q.value
    if not m or q.qualifier != "exact" or not v or v < 100 or math.log10(v) % 1:
        return q
    end = m.end()         # "1000's of", as "thousands of": the counted noun follows
    return Quantity(None, 2 * v, 10 * v - 1, _counted_noun(text, end), "vague", q.negated, q.start, end,
                    text[q.start:end])


# Multiples written as one word: "threefold", "nearly fourfold", "doubled", "halved".
FOLD_WORDS = {**{w + "fold": float(v) for w, v in {**SMALL, **TENS, "hundred": 100}.items() if v > 1},
              "double": 2.0, "doubled": 2.0, "doubles": 2.0, "doubling": 2.0, "twice": 2.0,
              "triple": 3.0, "tripled": 3.0, "triples": 3.0, "tripling": 3.0, "thrice": 3.0,
              "quadruple": 4.0, "quadrupled": 4.0, "quadruples": 4.0, "quadrupling": 4.0,
              "halve": 0.5, "halved": 0.5, "halves": 0.5, "halving": 0.5}
_FOLD = re.compile(r"\b(?:" + "|".join(sorted(FOLD_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _folds(text: str, found: list[Quantity]) -> list[Quantity]:
    taken = [(q.start, q.end) for q in found]
    out = []
    for m in _FOLD.finditer(text):
        if any(x < m.end() and m.start() < y for x, y in taken):
            continue
        v = FOLD_WORDS[m.group().lower()]
        a = m.start()
        qualifier, negated = "exact", False
        hedge = _match_end(HEDGES_BEFORE, text, a)
        if hedge:
            a, (qualifier, negated) = hedge
        low, high = (None if qualifier in ("less_than", "up_to") else v), (None if qualifier == "more_than" else v)
        out.append(Quantity(v, low, high, "x", qualifier, negated, a, m.end(), text[a:m.end()]))
    return out


# "rose by 2,000 to 12,000" is a change and the level it reached, "rose by 10 to 15 percent" a range of changes: a
# level is more than this many times the change before it (the levels the session's probes wrote were 3 to 8.6 times
# their change; a range's ends are closer, and "by 10,000 to 20,000 troops" is left a range, as it may be either)
DELTA_TO_LEVEL = 2
# ... or the change has its own unit before "to" ("cut by 700,000 rubles to 1.1 million"): a range names it once,
# after its upper end ("by 10 to 15 percent")
_UNIT_AFTER = re.compile(r"\d\s*(?!(?:thousand|million|billion|trillion|mn|bn|m|k|mln|bln)\b)[^\W\d_][\w.²-]*"
                         r"(?:\s+[^\W\d_][\w.²-]*)?\s*$", re.IGNORECASE)


def _ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Join 'X to Y', 'X-Y', 'between X and Y', 'A-B-C' into ranges; mark 'from X to Y'."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        if q.qualifier == "more_than" and i + 1 < len(qs) and _AND_GAP.fullmatch(text, q.end, qs[i + 1].start) and \
                _AT_LEAST.match(q.surface) and _POSSIBLY.match(qs[i + 1].surface) and q.low is not None and \
                (qs[i + 1].value or 0) > q.low and (q.unit == qs[i + 1].unit or not q.unit or not qs[i + 1].unit):
            # "at least 10,000 and possibly 12,000": one range, its low end sure, its high end possible (as the gold of
            # synth29 and heldout sets files it)
            b = qs[i + 1]
            out.append(Quantity(None, q.low, b.value, q.unit or b.unit, "range", q.negated, q.start, b.end,
                                text[q.start:b.end], q.role, None, [], q.adjectival or b.adjectival, True))
            i += 2
            continue
        group = [q]
        j = i + 1
        between = _BETWEEN.search(text[max(0, q.start - 12):q.start]) is not None
        ranged = "from" in text[max(0, q.start - 8):q.start] and i + 1 < len(qs) and \
            _range_from(text, q.start, qs[i + 1].end)
        while j < len(qs) and q.qualifier != "vague":
            gap = text[group[-1].end:qs[j].start]
            joins = _RANGE_JOIN.fullmatch(gap) or (between and re.fullmatch(r"\s*and\s*", gap)) or \
                (ranged and len(group) == 1 and _TO_WHOSE.fullmatch(gap))
            # (an open upper end after "ranging from": "estimates ranging from 600,000 to over 1,000,000")
            open_end = ranged and len(group) == 1 and qs[j].qualifier == "more_than" and joins and \
                gap.strip().lower() == "to"
            if not joins or (qs[j].qualifier not in ("exact", "approx") and not open_end) or qs[j].role:
                break
            if gap.strip().lower() == "or" and len(group) > 1:
                break             # "two or three" is a range; "10, 20 or 30" is not
            if q.unit == "x" and qs[j].unit != "x":
                if gap.strip().lower() == "to":     # "has doubled to about 20,000": the change, then the level
                    q.role, qs[j].role = q.role or "delta", qs[j].role or "new"
                break
            if q.role == "delta" and len(group) == 1 and gap.strip().lower() == "to" and q.value and qs[j].value \
                    and "percent" not in (q.unit, qs[j].unit) and (qs[j].value > DELTA_TO_LEVEL * q.value
                                                                   or _UNIT_AFTER.search(q.surface)):
                qs[j].role = "new"   # "rose by 2,000 to 12,000": the change, then the level it reached
                if qs[j].unit is None:
                    qs[j].unit = q.unit     # "shrunk by 200 square kilometres to 600": the level's unit is the change's
                break
            group.append(qs[j])
            j += 1
        if len(group) == 1 or not _compatible(group):
            out.append(q)
            i += 1
            continue
        first, last = group[0], group[-1]
        from_ = _FROM.search(text[max(0, first.start - 8):first.start]) and not between \
            and not _range_from(text, first.start, last.end)
        gap = text[first.end:group[1].start].strip().lower()
        if from_ and gap == "to" and len(group) == 2:
            a, b = _share_unit(first, last)
            a.role, b.role = "previous", "new"
            if b.qualifier == "exact" and a.qualifier == "approx":
                b.qualifier = "approx"
            out += [a, b]
            i = j
            continue
        lows = _elliptic(first, last)
        if lows >= last.value:   # "1 to 0", "2024-23": not a range
            out.append(q)
            i += 1
            continue
        unit = last.unit or first.unit
        qual_before = first.qualifier if first.qualifier not in ("exact", "approx") else None
        r = Quantity(None, lows, last.value, unit, "range", first.negated, first.start, last.end,
                     text[first.start:last.end], first.role, None, [], first.adjectival or last.adjectival,
                     True)
        if first.original and last.original:
            r.original = (first.original[0], last.original[0], last.original[2])
        elif last.original:
            f = (last.value / last.original[0]) if last.original[0] else 1.0
            r.original = (lows / f, last.original[0], last.original[2])
        if qual_before == "up_to":
            qual_before = None   # "as high as 30,000 to 40,000", "as many as 10,000-12,000": the range is the
            #                      high estimate, both ends given (as the gold files it: heldout68)
        if qual_before:          # "more than 10,000-12,000": the hedge bounds the range
            r.qualifier = qual_before
            if qual_before == "more_than":
                r.high = None
            else:
                r.low = None
        out.append(r)
        i = j
    return out


def _compatible(group: list[Quantity]) -> bool:
    """Can these be one range: every end a number, and at most one unit among them?"""
    return all(q.value is not None for q in group) and len({q.unit for q in group if q.unit}) <= 1


def _elliptic(first: Quantity, last: Quantity) -> float:
    """'11 to 12,000' → 11,000; '2.75 to 3 trillion' → 2.75 trillion."""
    lo, hi = first.value, last.value
    if not first.written_scale and last.written_scale and lo < hi:
        for mult in (1e12, 1e9, 1e6, 1e3):
            if hi >= mult and lo * mult <= hi * 1.0001 and lo * mult >= hi / 10:
                return lo * mult
    return lo


def _rescale(small: Quantity, big: Quantity) -> None:
    """Give an elliptical figure the scale of the one it is set against (400 → 400,000)."""
    for mult in (1e3, 1e6, 1e9):
        if big.value / 10 <= small.value * mult <= big.value * 10 and small.value * 100 <= big.value:
            for name in ("value", "low", "high"):
                if getattr(small, name) is not None:
                    setattr(small, name, getattr(small, name) * mult)
            small.written_scale = True
            return


def _share_unit(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """'from 800,000 to 3 million rubles': the first amount takes the second's unit and scale."""
    if a.unit is None and b.unit is not None:
        a.unit = b.unit
    if not a.written_scale and b.written_scale and a.value and b.value:
        _rescale(a, b)       # "from 3 to 1.5 million", "from 800 to 3 million" (either direction)
    return a, b


def _conversions(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Attach '(\\$8,300)' to the amount it converts; '3 dollars 50 cents' is one amount."""
    out: list[Quantity] = []
    for q in qs:
        if out:
            prev = out[-1]
            gap = text[prev.end:q.start]
            if prev.unit in ("USD", "EUR") and q.unit == "USD_cent" and re.fullmatch(r"\s*(?:and\s+)?", gap) \
                    and prev.value is not None and q.value is not None and q.value < 100:
                prev.value += q.value / 100
                prev.low = prev.value if prev.low is not None else None
                prev.high = prev.value if prev.high is not None else None
                prev.end, prev.surface = q.end, text[prev.start:q.end]
                continue
            if re.fullmatch(r"\s*[(\[]\s*(?:or\s+|about\s+|approx\.?\s+|~)?", gap) and \
                    re.match(r"\s*[)\],;]", text[q.end:q.end + 3] or ")") and \
                    q.unit and (prev.unit or (prev.written_scale and q.kind == "money")) and (
                        (prev.kind == "money" and q.kind == "money")
                        or (prev.unit is None and q.kind == "money")   # "from 2.7 million ($33,750) to 400,000 RUB"
                        or any(prev.unit in d and q.unit in d for d in DIMENSIONS)):
                prev.conversions.append(q)
                continue
        out.append(q)
    return out
