"""The metric catalogue (metrics.yml): which numbers are claims, and the words that say so.

    cat = load_catalogue()            # the shipped catalogue
    cat = load_catalogue("mine.yml")  # an analyst's own: same format, no code

A bad catalogue stops with an error that names the file, the metric and the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from ..reading.casefold import lower_pattern, lowered
from .counting import COUNTED

KINDS = ("count", "money", "area")
TERM_FIELDS = ("subject", "nouns", "signals", "context", "exclude", "exclude_clause", "exclude_after",
               "exclude_before", "elsewhere")
FIELDS = {"id", "label", "unit", "kind", "currency", "subject_in_sentence", "context_in_headline", "priority",
          "peak_as_of", "initial_only", "charts", "max_value", "max_value_unnamed", "min_value", *TERM_FIELDS}


class CatalogueError(ValueError):
    """The catalogue file cannot be used; the message says where and why."""


@dataclass
class Metric:
    id: str
    label: str
    unit: str
    kind: str
    currency: tuple[str, ...] = ()
    subject_in_sentence: bool = False
    context_in_headline: bool = False
    priority: int = 1
    peak_as_of: str = ""           # period of a peak or earlier value the text does not date
    initial_only: bool = False     # peak_as_of dates an initial or earlier value only, not a later peak
    charts: tuple[str, ...] = ()   # the `counted` values its chart series draw (empty: all)
    max_value: float | None = None  # a larger figure counts something else (Russia's whole force, say)
    max_value_unnamed: float | None = None  # ... where its sentence does not name the metric's subject
    min_value: float | None = None  # a smaller figure counts a part, not the whole (a unit of an army, not the army)
    terms: dict[str, re.Pattern | None] = field(default_factory=dict)   # field → one alternation
    words: dict[str, list[str]] = field(default_factory=dict)
    twins: dict[str, re.Pattern | None] = field(default_factory=dict)   # the same for a lower-cased text
    # a number's noun → what `find("nouns", ...)` gives for it (claims._unit_noun keeps it)
    unit_nouns: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)

    def find(self, name: str, text: str) -> str | None:
        """The first term of field `name` in `text` (None if none, or the field is empty)."""
        rx = self.terms.get(name)
        if rx is None:
            return None
        twin = self.twins.get(name)
        low = lowered(text) if twin is not None else None
        m = rx.search(text) if low is None else twin.search(low)     # (the twin: a third faster, issue 18)
        return text[m.start():m.end()] if m else None

    def has(self, name: str) -> bool:
        return self.terms.get(name) is not None


def whole_words(terms: list[str]) -> re.Pattern:
    """One case-insensitive alternation of regular-expression terms, each matched as whole words:
    how every term table (metrics.yml, sources.yml, events.yml) is read."""
    firsts = first_letters(terms)
    # A look-ahead on the letters the terms start with lets `re` pass every other place at once
    # instead of trying each term there (issue 18: these searches were a tenth of extraction).
    ahead = f"(?=[{firsts}])" if firsts else ""
    return re.compile(ahead + r"(?<![\w-])(?:" + "|".join(f"(?:{t})" for t in terms) + r")(?![\w-])", re.IGNORECASE)


def lower_twin(rx: re.Pattern | None) -> re.Pattern | None:
    """A term table's twin for a lower-cased text (casefold.lowered, lower_pattern), or None when its
    terms cannot have one (an analyst's term with an inline flag, say): the table alone is used."""
    if rx is None:
        return None
    try:
        return re.compile(lower_pattern(rx.pattern), rx.flags & ~re.IGNORECASE)
    except (ValueError, re.error):
        return None


def first_letters(terms: list[str]) -> str | None:
    """The letters and digits the terms can start with (lower case), or None when a term may start
    otherwise: with a group, a class, an escape, a look-around, a letter it may leave out ("s?") or
    an alternative ("a|b" outside brackets). Written by hand, narrowly: Python's `re` has no public
    way to ask what a pattern can start with, so only terms that plainly start with a letter count."""
    out = set()
    for t in terms:
        t = after_lookbehinds(t)
        if t is None or not t or not (t[0].isascii() and t[0].isalnum()) or t[1:2] in ("?", "*", "{") or _top_level_bar(t):
            return None
        out.add(t[0].lower())
    return "".join(sorted(out))


_META = set(".^$*+?{}[]|()\\")


def literal_starts(patterns: list[str]) -> tuple[str, ...] | None:
    """The literal start of each pattern ('zelensk' of 'zelensk[yi]y?'), lower case: a phrase without any of
    them cannot match, and the regular expressions need not run. None when a pattern starts with no literal."""
    out = []
    for p in patterns:
        run, i = "", 0
        while i < len(p):
            ch = p[i]
            if ch == "\\" and i + 1 < len(p) and not p[i + 1].isalnum():
                ch, i = p[i + 1], i + 1      # "u\.s\.": an escaped mark is itself
            elif ch in _META:
                if ch in "?*{" and run:
                    run = run[:-1]          # "pows?": the s is optional
                break
            if i + 1 < len(p) and p[i + 1] in "?*{":
                break                       # the character is optional: the run ends before it
            run += ch
            i += 1
        if len(run) < 2:
            return None
        out.append(run.lower())
    return tuple(out)


def term_starts(term: str) -> tuple[str, ...] | None:
    """The literal starts (lower case) one of which every match of `term` begins with, where it opens
    with what `literal_starts` stops at: look-behinds and "\\A" (they take no character), a group of
    alternatives ("(?:kyiv|kiev).s top": 'kyiv', 'kiev'), an optional one ("(?:the )?top": 'the ',
    'top'). None where some alternative starts otherwise or with fewer than two literal characters.
    (sources.yml: six sources had no cue for want of this, and their names were searched in every
    sentence; issue 18.)"""
    alternatives, start = [], 0
    for i, c, depth in _outside_classes(term):
        if c == "|" and depth == 0:
            alternatives.append(term[start:i])
            start = i + 1
    alternatives.append(term[start:])
    out: list[str] = []
    for alt in alternatives:
        alt = after_lookbehinds(alt)
        while alt is not None and alt.startswith("\\A"):
            alt = after_lookbehinds(alt[2:])
        if alt is None or not alt:
            return None
        if alt.startswith("(?:") or (alt.startswith("(") and not alt.startswith("(?")):
            end = _group_end(alt)
            if end is None:
                return None
            inner = term_starts(alt[3 if alt.startswith("(?:") else 1:end - 1])
            if inner is None or alt[end:end + 1] == "{":
                return None
            out += inner
            if alt[end:end + 1] in ("?", "*"):      # the group may be left out: what follows it may start
                rest = term_starts(alt[end + 1:].removeprefix("?").removeprefix("+"))
                if rest is None:
                    return None
                out += rest
            continue
        run = literal_starts([alt])
        if run is None:
            return None
        out += run
    return tuple(out)


def longest_of(words) -> str:
    """A pattern that matches, at a place, the longest of `words` (literal text) that starts there, as
    "a|b|..." ordered longest first does, written as a tree of their shared starts ("ukrain(?:e|ian )?"):
    `re` tries a list of alternatives one by one at every place, and a hundred cues there cost a
    few percent of extraction (issue 18). Each branch of the tree opens with its own character,
    so at most one goes on at a place, and the optional tails make the longest win."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def written(node: dict) -> str:
        kids = [re.escape(ch) + written(sub) for ch, sub in sorted(node.items()) if ch]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        return f"(?:{body})?" if "" in node else body
    if "" in tree:
        raise ValueError("longest_of: an empty word matches everywhere")
    return written(tree) if tree else "(?!)"


def after_lookbehinds(term: str) -> str | None:
    """`term` without the look-behinds it opens with (they take no character: what follows is
    where a match starts); None when one does not close."""
    while term.startswith(("(?<!", "(?<=")):
        end = _group_end(term)
        if end is None:
            return None
        term = term[end:]
    return term


def _outside_classes(term: str):
    """(offset, character, bracket depth after it) of each character of `term` that is neither
    escaped nor inside a character class: the pattern's own structure."""
    depth, i, in_class = 0, 0, False
    while i < len(term):
        c = term[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if term[i + 1:i + 2] == "]":
                i += 1                       # "[]...]": a "]" first in a class is a character
        else:
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


def _group_end(term: str) -> int | None:
    """Where the group `term` opens with ends (the offset after its ")"), or None."""
    return next((i + 1 for i, c, depth in _outside_classes(term) if c == ")" and depth == 0), None)


def _top_level_bar(term: str) -> bool:
    """Does `term` have a "|" outside brackets (an alternative that may start with anything)?"""
    return any(c == "|" and depth == 0 for _, c, depth in _outside_classes(term))


def _compile(terms: list[str], where: str) -> re.Pattern | None:
    if not terms:
        return None
    try:
        return whole_words(terms)
    except re.error as exc:
        raise CatalogueError(f"{where}: a term is not a valid regular expression ({exc}); "
                             f"escape special characters or fix the pattern") from exc


# PyYAML's libyaml loader reads the tables shipped with claimtrack about ten times faster than its
# pure-Python SafeLoader (metrics.yml and regions.yml: 30 ms of every process's start, issue 18),
# the same data (tests/test_claims.py compares the two on every shipped table); an analyst's own
# catalogue keeps SafeLoader and its error messages.
SHIPPED_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_shipped(name: str):
    """A YAML table shipped in claimtrack.extraction ("regions.yml"), parsed."""
    return yaml.load(resources.files("claimtrack.extraction").joinpath(name).read_text(encoding="utf-8"),
                     Loader=SHIPPED_LOADER)


def load_catalogue(path: str | Path | None = None) -> list[Metric]:
    """Metrics from `path`, or the shipped metrics.yml."""
    if path is None:
        text = resources.files("claimtrack.extraction").joinpath("metrics.yml").read_text(encoding="utf-8")
        label = "claimtrack/metrics.yml"
    else:
        p = Path(path)
        if not p.is_file():
            raise CatalogueError(f"{path}: catalogue file not found; give a YAML file with a `metrics:` list")
        text, label = p.read_text(encoding="utf-8"), str(path)
    try:
        data = yaml.load(text, Loader=SHIPPED_LOADER) if path is None else yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise CatalogueError(f"{label}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("metrics"), list) or not data["metrics"]:
        raise CatalogueError(f"{label}: expected a top-level `metrics:` list with at least one metric")
    metrics, seen = [], set()
    for i, entry in enumerate(data["metrics"], 1):
        where = f"{label}, metric {i}"
        if not isinstance(entry, dict) or "id" not in entry:
            raise CatalogueError(f"{where}: each metric needs an `id`")
        where = f"{label}, metric '{entry['id']}'"
        unknown = set(entry) - FIELDS
        if unknown:
            raise CatalogueError(f"{where}: unknown field(s) {sorted(unknown)}; known: {sorted(FIELDS)}")
        if entry["id"] in seen:
            raise CatalogueError(f"{where}: the id is used twice")
        seen.add(entry["id"])
        kind = entry.get("kind")
        if kind not in KINDS:
            raise CatalogueError(f"{where}: kind must be one of {KINDS}, not {kind!r}")
        if not entry.get("subject") and not entry.get("nouns"):
            raise CatalogueError(f"{where}: give `subject` or `nouns` words, or every number would match")
        words = {}
        for name in TERM_FIELDS:
            value = entry.get(name) or []
            if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
                raise CatalogueError(f"{where}: `{name}` must be a list of strings")
            words[name] = value
        for limit in ("max_value", "max_value_unnamed", "min_value"):
            x = entry.get(limit)
            if x is not None and (isinstance(x, bool) or not isinstance(x, (int, float)) or x <= 0):
                raise CatalogueError(f"{where}: `{limit}` must be a positive number, not {x!r}")
        max_value, unnamed = entry.get("max_value"), entry.get("max_value_unnamed")
        charts = entry.get("charts") or []
        if not isinstance(charts, list) or not all(c in COUNTED for c in charts):
            raise CatalogueError(f"{where}: `charts` must be a list of counted values, each one of {list(COUNTED)}")
        metrics.append(Metric(
            id=str(entry["id"]), label=str(entry.get("label", entry["id"])), unit=str(entry.get("unit", "")),
            kind=kind, currency=tuple(entry.get("currency") or (("RUB",) if kind == "money" else ())),
            subject_in_sentence=bool(entry.get("subject_in_sentence", False)),
            context_in_headline=bool(entry.get("context_in_headline", False)),
            priority=int(entry.get("priority", 1)), peak_as_of=str(entry.get("peak_as_of", "")),
            initial_only=bool(entry.get("initial_only", False)), charts=tuple(charts),
            max_value=float(max_value) if max_value is not None else None,
            max_value_unnamed=float(unnamed) if unnamed is not None else None,
            min_value=float(entry["min_value"]) if entry.get("min_value") is not None else None,
            terms={name: _compile(words[name], f"{where}, `{name}`") for name in TERM_FIELDS}, words=words))
        metrics[-1].twins = {name: lower_twin(rx) for name, rx in metrics[-1].terms.items()}
    return metrics


def charted(row, catalogue: list[Metric] | None = None) -> bool:
    """Does a claim (a row of the claims table, or a dict) belong in its metric's chart series?

    A metric's `charts:` list names the `counted` values it draws ("500 officers" is kept in the
    ledger and claims.csv, typed `officers`, but is not a troop estimate). A row without `counted`
    (a claims table from before the field existed), or a metric with no `charts:`, is charted.
    """
    counted = row.get("counted") if hasattr(row, "get") else None
    if counted is None or (isinstance(counted, float) and counted != counted) or counted == "":
        return True
    charts = _charts(catalogue).get(row.get("metric"), ())
    return not charts or counted in charts


def _charts(catalogue: list[Metric] | None) -> dict[str, tuple[str, ...]]:
    if catalogue is not None:
        return {m.id: m.charts for m in catalogue}
    return _shipped_charts()


@lru_cache(maxsize=1)
def _shipped_charts() -> dict[str, tuple[str, ...]]:
    return {m.id: m.charts for m in load_catalogue()}
