"""Who made a claim: the cited source in a sentence, in a canonical form (sources.yml).

    >>> attribution("Ryder noted that the deployment ...")[0]
    'Pentagon (Ryder)'

News copy names its sources in a handful of shapes: "according to X", "X said", "said X",
"X told the BBC", "citing X". The phrase found is mapped through the alias table; a
spokesperson named beside an organisation gives "Organisation (Person)". What no pattern
finds is "unattributed" and the claim is the outlet's own.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pandas as pd
import yaml

from .catalogue import whole_words

_VERBS = (r"(?:said|says|say|told|tells|noted|notes|stated|states|reported|reports|estimated|estimates|"
          r"announced|announces|claimed|claims|confirmed|confirms|believes|believe|assessed|assesses|wrote|writes|"
          r"added|adds|disclosed|revealed|indicated|warned|stressed|explained|explains|thinks|think|"
          r"urged|cautioned|suggested|argued|insisted|acknowledged|emphasi[sz]ed|remarked|concluded|asserted|"
          r"mentioned|pointed out|briefed|posted|tweeted|"
          r"has said|has estimated|have said|have claimed|have told|has reported|have reported|"
          r"quoted|cited|cites|estimate|has told)")
# "according to X", "citing X", "said X" (inverted), "X said", "X's figures".
_PATTERNS = [
    re.compile(r"\baccording to (?:the )?(?P<who>[^,.;:“”\"()]{2,80})", re.IGNORECASE),
    re.compile(r"\b(?:citing|cited by|quoting|quoted by|reported by|per) (?:the )?(?P<who>[^,.;:“”\"()]{2,80})",
               re.IGNORECASE),
    re.compile(rf"[,”\"]\s*{_VERBS}\s+(?P<who>[^,.;:“”\"()]{{2,80}})", re.IGNORECASE),
    # A name of at most 24 pieces, starting at a word's start, each word taken whole: linear time
    # even on a sentence that is one long run of capitalised words or letters.
    re.compile(rf"(?P<who>(?<![\w’'.-])(?:[A-Z][\w’'.-]*+|the|of|and|for|in|a|an|its|\s){{1,24}}?)\s+{_VERBS}\b"),
]


@dataclass(frozen=True)
class Source:
    name: str
    aliases: re.Pattern
    people: re.Pattern | None
    person_names: tuple[str, ...]
    misnamed: re.Pattern | None = None     # wrong names that still mean this organisation


@lru_cache(maxsize=1)
def source_table() -> tuple[Source, ...]:
    data = yaml.safe_load(resources.files("claimtrack.extraction").joinpath("sources.yml").read_text(encoding="utf-8"))
    out = []
    for s in data["sources"]:
        people = s.get("people") or []
        wrong = s.get("misnamed") or []
        out.append(Source(s["name"], whole_words(s["aliases"] + wrong), whole_words(people) if people else None,
                          tuple(people), whole_words(wrong) if wrong else None))
    return tuple(out)


def canonical(phrase: str, sentence: str = "", aliases_only: bool = False) -> str | None:
    """The canonical source a phrase names ('NIS' → 'South Korea National Intelligence Service').
    A spokesperson's name is given as fully as `sentence` (the article, at best) spells it."""
    for src in source_table():
        if src.aliases.search(phrase) or (not aliases_only and src.people and src.people.search(phrase)):
            person = None
            m = src.people.search(phrase) if src.people else None
            if m:                      # only the person the phrase names, not anyone the article mentions
                person = " ".join(w.capitalize() if w.islower() else w for w in m.group().split())
                # that person's longest spelling the table knows and the article uses ("Ryder" → "Patrick Ryder")
                for full in sorted(src.person_names, key=len, reverse=True):
                    if person.lower() in full.lower() and re.search(full, sentence, re.IGNORECASE):
                        person = " ".join(p.capitalize() for p in full.split())
                        break
            return f"{src.name} ({person})" if person and person.lower() != src.name.lower() else src.name
    return None


def _tidy(phrase: str) -> str:
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.IGNORECASE)
    phrase = re.sub(r"\s+(?:that|who|which|on|in|at|during|earlier|later|last|this|to)\b.*$", "", phrase)
    return phrase.strip(" -–—’'")


def attribution(sentence: str, article: str = "") -> tuple[str, list[str]]:
    """(original source, cited phrases in the order found) for one sentence.

    `article` (its whole text) spells out spokespeople's names ("Ryder" → "Patrick Ryder").
    """
    phrases = []
    for rx in _PATTERNS:
        for m in rx.finditer(sentence):
            who = _tidy(m.group("who"))
            if who and len(who) > 1 and not re.fullmatch(r"(?:it|he|she|they|we|this|that|there|i|you)",
                                                          who, re.IGNORECASE):
                phrases.append(who)
    names = [canonical(p, article or sentence) for p in phrases]
    known = [n for n in names if n]
    if not known:
        # no cited phrase: an organisation named in the sentence ("the NIS gave the briefing");
        # a person merely mentioned ("...concerning to Vladimir Putin") is not a source
        whole = canonical(sentence, article or sentence, aliases_only=True)
        if whole:
            known = [whole]
    if known:
        # the last cited source in reading order is usually the original ("X reported, citing Y")
        citing = [n for p, n in zip(phrases, names) if n and re.search(r"citing|quoting", sentence, re.I)]
        return (citing[-1] if citing else known[0]), phrases
    if phrases:
        return phrases[0], phrases
    return "", phrases


NAME_COLUMNS = ["source", "name", "misnamed", "article", "outlet", "path", "line", "quote"]


def name_mentions(corpus):
    """Every place an article names an organisation of the table, with the words it used: how
    one organisation comes to be called several things, and where a name is a known wrong one."""
    rows = []
    for art in corpus.articles:
        starts = [x.start for x in art.sentences]
        for src in source_table():
            for m in src.aliases.finditer(art.cleaned):
                i = bisect.bisect_right(starts, m.start()) - 1
                s = art.sentences[i] if i >= 0 and m.start() < art.sentences[i].end else None
                a, b = art.raw_span(s.start, s.end) if s else art.raw_span(m.start(), m.end())
                ms, _ = art.raw_span(m.start(), m.end())
                rows.append({"source": src.name, "name": " ".join(m.group().split()),
                             "misnamed": bool(src.misnamed and src.misnamed.fullmatch(m.group())),
                             "article": art.id, "outlet": art.metadata.get("outlet", ""), "path": art.path,
                             "line": art.raw_line(ms), "quote": art.raw[a:b]})
    return pd.DataFrame(rows, columns=NAME_COLUMNS)
