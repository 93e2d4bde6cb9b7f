"""Corrections as data: known errors in articles, recorded by an analyst in the corpus folder's
`corrections.yml`, applied to what was extracted, never to the article files.

    corrections:
      - article: 000_dc0433914c5b6681.txt   # the file, as the manifest names it
        says: June 2023                     # the words as the article has them
        should_say: June 2024               # what they should be
        reason: the treaty was signed on 19 June 2024; the FT article this one relays says June
        who: A. Analyst
        when: 2026-11-21

The corrected words are read by the same parsers as the article (a figure by `find_quantities`,
a date by `find_times` against the article's date, a name through the source table), so a
correction changes exactly what the words change: the figure a claim reports, the date a claim
holds for or an event happened, the organisation a name means. The quote stays the article's
own words; the report shows the corrected value beside them with the correction (what, why, who,
when). A correction that matches nothing is a problem row naming the file and line, never an
error that stops the run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from ..extraction.periods import find_times
from ..extraction.quantities import find_quantities
from ..extraction.sources import canonical
from ..reading.manifest import CORRECTIONS_NAME
from ..reading.problems import Problem

FIELDS = ("article", "says", "should_say", "reason", "who", "when")   # not "on": YAML reads it as true
CORRECTION_COLUMNS = ["id", "article", "line", "says", "should_say", "reason", "who", "when", "applied_to"]


class CorrectionsError(ValueError):
    """The corrections file cannot be read; the message names the file, line and field."""


@dataclass(frozen=True)
class Correction:
    id: int                 # 1-based position in the file: 'correction 2'
    article: str            # file path relative to the corpus folder
    says: str
    should_say: str
    reason: str
    who: str
    when: str               # YYYY-MM-DD
    line: int               # line of the entry in the corrections file

    def note(self) -> str:
        """'article says ‘June 2023’, corrected to ‘June 2024’: reason (who, when)'"""
        return (f"correction {self.id}: the article says ‘{self.says}’, corrected to ‘{self.should_say}’: "
                f"{self.reason} ({self.who}, {self.when})")


def load_corrections(path: str | Path) -> list[Correction]:
    """The corrections in `path`; none when the file does not exist. Bad entries raise
    CorrectionsError naming the line and the field to fix."""
    path = Path(path)
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8")
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        raise CorrectionsError(f"{path}: not valid YAML ({exc}); see the example at the top of "
                               f"lib/claimtrack/provenance/corrections.py") from None
    if root is None:
        return []
    data = yaml.safe_load(text)
    entries = data.get("corrections") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise CorrectionsError(f"{path}:1: expected a list under 'corrections:'; see the example at the top of "
                               f"lib/claimtrack/provenance/corrections.py")
    nodes = next(v for k, v in root.value if k.value == "corrections").value
    out = []
    for i, (entry, node) in enumerate(zip(entries, nodes), 1):
        line = node.start_mark.line + 1
        if not isinstance(entry, dict):
            raise CorrectionsError(f"{path}:{line}: correction {i} is not a mapping of {', '.join(FIELDS)}")
        missing = [f for f in FIELDS if not str(entry.get(f) or "").strip()]
        if missing:
            raise CorrectionsError(f"{path}:{line}: correction {i} has no {', '.join(missing)}; every correction "
                                   f"says which article, the words it has and should have, why, who and when")
        # YAML 1.1 reads the keys on/off/yes/no as booleans: name them as written ('on', not 'True')
        unknown = sorted({"on/off/yes/no" if isinstance(k, bool) else str(k) for k in entry} - set(FIELDS))
        if unknown:
            raise CorrectionsError(f"{path}:{line}: correction {i} has unknown field(s) {', '.join(unknown)}; "
                                   f"the fields are {', '.join(FIELDS)} (the date goes under 'when')")
        when = entry["when"]
        try:
            when = when.isoformat() if isinstance(when, dt.date) else dt.date.fromisoformat(str(when).strip()).isoformat()
        except ValueError:
            raise CorrectionsError(f"{path}:{line}: correction {i}: 'when' is {entry['when']!r}; write the date as "
                                   f"YYYY-MM-DD") from None
        out.append(Correction(i, str(entry["article"]).strip(), str(entry["says"]), str(entry["should_say"]),
                              " ".join(str(entry["reason"]).split()), str(entry["who"]).strip(), when, line))
    return out


def _contains(quote: str, words: str) -> bool:
    return " ".join(words.split()).lower() in " ".join(str(quote).split()).lower()


def check(corrections: list[Correction], corpus, label: str = CORRECTIONS_NAME) -> list[Problem]:
    """A problem row for each correction whose article is not in the corpus or does not have its words."""
    by_path = {a.path: a for a in corpus.articles}
    problems = []
    for c in corrections:
        art = by_path.get(c.article)
        if art is None:
            problems.append(Problem(label, c.line, "correction-unknown-article", "warning",
                                    f"correction {c.id} is for {c.article}, which is not an article of this corpus",
                                    "correct the file name (as in the manifest) or delete the correction"))
        elif not _contains(art.raw, c.says):
            problems.append(Problem(label, c.line, "correction-not-found", "warning",
                                    f"correction {c.id}: {c.article} does not contain ‘{c.says}’; not applied",
                                    "copy the words exactly as the article has them"))
    return problems


def _date(words: str, published: str) -> str | None:
    times = [t.value for t in find_times(words, published) if t.value]
    return times[0] if times else None


def _figure(words: str):
    qs = find_quantities(words)
    return qs[0] if qs else None


def apply_to_claims(claims: pd.DataFrame, corrections: list[Correction]) -> pd.DataFrame:
    """Claims with corrected figures, dates and sources, and a `correction` column saying which."""
    out = claims.copy()
    out["correction"] = ""
    for c in corrections:
        rows = out.index[(out["path"] == c.article) & out["quote"].map(lambda q, c=c: _contains(q, c.says))]
        for i in rows:
            r = out.loc[i]
            changed = False
            if _contains(c.says, r["surface"]) and (q := _figure(c.should_say)) is not None:
                was = _figure(c.says)
                # the claim's own unit: a converted amount ("$8,300" → rubles) keeps its conversion
                scale = r["low"] / was.low if was and was.low and not pd.isna(r["low"]) else 1.0
                for col, v in (("value", q.value), ("low", q.low), ("high", q.high)):
                    if not pd.isna(r[col]) and v is not None:
                        out.at[i, col] = v * scale
                changed = True
            old, new = _date(c.says, r["published"]), _date(c.should_say, r["published"])
            if old and new and r["as_of"] == old:
                out.at[i, "as_of"] = new
                changed = True
            was, now = canonical(c.says), canonical(c.should_say)
            if was and now and was != now and str(r["attributed_to"]).startswith(was):
                out.at[i, "attributed_to"] = now + str(r["attributed_to"])[len(was):]    # keeps "(Person)"
                changed = True
            if changed or was:     # a name the source table already resolves is still noted
                out.at[i, "correction"] = "; ".join(x for x in (out.at[i, "correction"], c.note()) if x)
    return out


def apply_to_events(events: pd.DataFrame, corrections: list[Correction]) -> pd.DataFrame:
    """Event mentions with corrected dates and a `correction` column."""
    out = events.copy()
    out["correction"] = ""
    out["as_printed"] = out["date"]
    for c in corrections:
        for i in out.index[(out["path"] == c.article) & out["quote"].map(lambda q, c=c: _contains(q, c.says))]:
            r = out.loc[i]
            old, new = _date(c.says, r["published"]), _date(c.should_say, r["published"])
            if old and new and r["date"] == old:
                out.at[i, "date"] = new
                out.at[i, "correction"] = c.note()
    return out


def apply_to_names(names: pd.DataFrame, corrections: list[Correction]) -> pd.DataFrame:
    """Name mentions with a `correction` column where an analyst corrected the name."""
    out = names.copy()
    out["correction"] = ""
    for c in corrections:
        hit = (out["path"] == c.article) & out["name"].map(lambda n, c=c: _contains(c.says, n))
        out.loc[hit, "correction"] = c.note()
    return out


def table(corrections: list[Correction], claims: pd.DataFrame, events: pd.DataFrame,
          names: pd.DataFrame) -> pd.DataFrame:
    """One row per correction with what it was applied to (ledger numbers, events, names)."""
    rows = []
    for c in corrections:
        tag = f"correction {c.id}:"
        applied = [f"claim #{r}" for r in claims.loc[claims["correction"].str.contains(tag, regex=False), "ref"]]
        applied += [f"event ‘{e}’" for e in events.loc[events["correction"].str.contains(tag, regex=False), "label"]]
        applied += [f"name ‘{n}’" for n in names.loc[names["correction"].str.contains(tag, regex=False), "name"]]
        rows.append({"id": c.id, "article": c.article, "line": c.line, "says": c.says, "should_say": c.should_say,
                     "reason": c.reason, "who": c.who, "when": c.when,
                     "applied_to": ", ".join(dict.fromkeys(applied)) or "nothing extracted"})
    return pd.DataFrame(rows, columns=CORRECTION_COLUMNS)
