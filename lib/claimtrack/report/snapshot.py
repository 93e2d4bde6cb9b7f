"""A snapshot: the corpus as it stood on a date, and its claims. What every notebook loads.

A report "as of 2024-10-25" uses only the articles published by then, so a past picture can be
reproduced. A publication date known only to the month or year counts as that period's last day:
an article dated "October 2024" may have appeared after the 25th, so it waits until 2024-10-31.
Undated articles cannot be placed and are used in every report; the corpus notebook lists them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..extraction.catalogue import Metric, load_catalogue
from ..extraction.claims import extract_corpus
from ..extraction.events import event_mentions
from ..extraction.periods import period_bounds
from ..extraction.sources import name_mentions
from ..provenance import corrections as corr
from ..provenance import links as pv
from ..provenance import reviews as rv
from ..provenance.identity import resolve_sources
from ..reading.corpus import Corpus, read_corpus
from .project import SEEDS, resolve


def parse_as_of(as_of: str | dt.date | None) -> dt.date | None:
    """The report date; '' or None means no cut-off. A bad date raises ValueError saying what to write."""
    if as_of in (None, ""):
        return None
    if isinstance(as_of, dt.date):
        return as_of
    try:
        return dt.date.fromisoformat(str(as_of).strip())
    except ValueError:
        raise ValueError(f"as_of {as_of!r} is not a date: write it as YYYY-MM-DD, or leave it empty for no cut-off") from None


def with_periods(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims with `period_start` and `period_end` (datetimes) beside `as_of`, which mixes '2024-10'
    and '2024-10-24': the first and last day of the period the figure holds for, NaT when undated."""
    bounds = [period_bounds(str(x)) if isinstance(x, str) and x else None for x in claims["as_of"]]
    out = claims.drop(columns=[c for c in ("period_start", "period_end") if c in claims.columns])
    at = list(out.columns).index("as_of") + 1
    out.insert(at, "period_start", pd.to_datetime([b[0] if b else None for b in bounds]))
    out.insert(at + 1, "period_end", pd.to_datetime([b[1] if b else None for b in bounds]))
    return out


@dataclass
class Snapshot:
    corpus: Corpus                 # the articles used
    claims: pd.DataFrame           # their claims; `ref` numbers each one for the ledger
    catalogue: list[Metric]
    as_of: dt.date | None          # None: every article, however recent
    left_out: pd.DataFrame = field(default_factory=pd.DataFrame)   # articles published after as_of
    undated: list[str] = field(default_factory=list)               # ids of articles with no date
    links: list[pv.Link] = field(default_factory=list)             # which article derives from which
    families: list[dict] = field(default_factory=list)             # articles that derive from one another
    events: pd.DataFrame = field(default_factory=pd.DataFrame)     # dated event mentions (events.yml)
    names: pd.DataFrame = field(default_factory=pd.DataFrame)      # organisations named, in the words used
    corrections: list[corr.Correction] = field(default_factory=list)   # the corpus's corrections.yml
    rejected: pd.DataFrame = field(default_factory=pd.DataFrame)   # claims an analyst rejected (reviews.csv)
    reviews: list[rv.Verdict] = field(default_factory=list)        # the verdicts, in file order
    reviews_path: Path | None = None                               # where `claimtrack review` records them

    @property
    def label(self) -> str:
        """'as of 2024-10-25' or 'all articles'."""
        return f"as of {self.as_of.isoformat()}" if self.as_of else "all articles"

    def metric(self, metric_id: str) -> Metric:
        """The catalogue's metric; a catalogue without it is an error that says which."""
        for m in self.catalogue:
            if m.id == metric_id:
                return m
        raise KeyError(f"the metric catalogue has no metric {metric_id!r}, which this notebook charts: "
                       f"add it to the catalogue (see lib/claimtrack/extraction/metrics.yml)")


def load(corpus_dir: str | Path | None = None, manifest: str | Path | None = None,
         metrics: str | Path | None = None, as_of: str | dt.date | None = None) -> Snapshot:
    """Read the corpus, keep the articles published by `as_of`, extract their claims, apply the
    folder's corrections.yml, and settle who said each claim first across article families."""
    cutoff = parse_as_of(as_of)
    catalogue = load_catalogue(resolve(metrics))
    folder = resolve(corpus_dir) or SEEDS
    corrections = corr.load_corrections(Path(folder) / corr.CORRECTIONS_NAME)
    corpus = read_corpus(folder, manifest=resolve(manifest))
    kept, left_out, undated, later = [], [], [], set()
    for a in corpus.articles:
        published = a.metadata.get("published", "")
        bounds = period_bounds(published)
        if bounds is None:
            undated.append(a.id)
            kept.append(a)
        elif cutoff is None or bounds[1] <= cutoff:
            kept.append(a)
        else:
            left_out.append({"id": a.id, "outlet": a.metadata.get("outlet", ""), "published": published})
            later.add(a.path)
    used = Corpus(corpus.folder, kept, corpus.problems)
    claims = extract_corpus(used, catalogue, progress=False)
    claims.insert(0, "ref", range(1, len(claims) + 1))
    used.problems.extend(corr.check(corrections, corpus))
    claims = corr.apply_to_claims(claims, corrections)
    docs = pv.docs_from_corpus(used)
    links = pv.links(docs)
    families = pv.families(docs, links)
    claims = resolve_sources(claims, families)
    review_file = rv.reviews_path(folder, resolve(manifest))
    verdicts, bad = rv.load_reviews(review_file)
    claims, rejected, stale = rv.apply(rv.add_ids(claims), verdicts, not_used=later)
    claims, rejected = with_periods(claims), with_periods(rejected)
    used.problems.extend(bad + stale)
    events = corr.apply_to_events(event_mentions(used), corrections)
    names = corr.apply_to_names(name_mentions(used), corrections)
    return Snapshot(used, claims, catalogue, cutoff,
                    pd.DataFrame(left_out, columns=["id", "outlet", "published"]), undated,
                    links, families, events, names, corrections, rejected, verdicts, review_file)
