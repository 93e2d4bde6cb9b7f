"""Dated events the articles state (events.yml): the date an article gives an event is a claim,
and two articles that date one event differently disagree (a treaty "signed in June 2023" in
one rewrite, "in June" 2024 in its source).

    found = event_mentions(corpus)    # one row per article sentence that dates an event
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .catalogue import load_shipped, whole_words
from .periods import find_times

# Words allowed between an event's name and its date: "launched its incursion into Russia's Kursk
# region in August" is 5; "told RIA last week that Ukrainian troops … incursion" is another clause.
MAX_GAP_WORDS = 8
# The present is not when an event happened: "had now been recaptured - eight months after the incursion".
PRESENT = re.compile(r"now|currently|at present|presently|so far|to date|as of now|at this point|today", re.IGNORECASE)
EVENT_COLUMNS = ["event", "label", "date", "surface", "article", "outlet", "published", "path", "line",
                 "quote", "start", "end"]


@dataclass(frozen=True)
class Event:
    id: str
    label: str
    terms: re.Pattern           # compiled alternations (catalogue.whole_words)
    actions: re.Pattern
    exclude: re.Pattern | None
    context: re.Pattern


@lru_cache(maxsize=1)
def event_table() -> tuple[Event, ...]:
    data = load_shipped("events.yml")
    return tuple(Event(e["id"], e["label"], whole_words(e["terms"]),
                       whole_words(e["actions"]),
                       whole_words(e["exclude"]) if e.get("exclude") else None, whole_words(e["context"]))
                 for e in data["events"])


def _gap(text: str, t, term: re.Match) -> int:
    """Words between a time expression and an event's name in one sentence."""
    a, b = (t.end, term.start()) if t.end <= term.start() else (term.end(), t.start)
    return len(text[a:b].split()) if b > a else 0


def article_events(article, events: tuple[Event, ...] | None = None) -> list[dict]:
    """Each sentence of `article` that names an event and gives it a date."""
    events = event_table() if events is None else events
    published = article.metadata.get("published", "")
    found = []
    relevant = [e for e in events if e.context.search(article.cleaned)]
    for s in article.sentences if relevant else ():
        for e in relevant:
            term = e.terms.search(s.text)
            if not term or not e.actions.search(s.text) or (e.exclude and e.exclude.search(s.text)):
                continue
            times = [t for t in find_times(s.text, published) if t.value and not PRESENT.fullmatch(t.text.strip())]
            # the time expression nearest the event's name ("signed a treaty in June that …"),
            # if it is in the same stretch of words
            t = min(times, key=lambda t: _gap(s.text, t, term), default=None)
            if t is None or _gap(s.text, t, term) > MAX_GAP_WORDS:
                continue
            a, b = article.raw_span(s.start, s.end)
            ms, _ = article.raw_span(s.start + t.start, s.start + t.end)
            found.append({"event": e.id, "label": e.label, "date": t.value, "surface": t.text,
                          "article": article.id, "outlet": article.metadata.get("outlet", ""),
                          "published": published, "path": article.path, "line": article.raw_line(ms),
                          "quote": article.raw[a:b], "start": a, "end": b})
    return found


def event_mentions(corpus) -> pd.DataFrame:
    """The dated event mentions of every article, in article and text order."""
    rows = [r for a in corpus.articles for r in article_events(a)]
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)
