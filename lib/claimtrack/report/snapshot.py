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

from .. import store
from ..extraction.catalogue import Metric, load_catalogue
from ..extraction.events import event_mentions
from ..extraction.periods import period_bounds
from ..extraction.sources import name_mentions
from ..provenance import corrections as corr
from ..provenance import links as pv
from ..provenance.identity import resolve_sources
from ..reading.corpus import Corpus
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
    """The corpus from its store (brought up to date first: only new or changed articles are read
    and extracted), cut at `as_of`; the folder's corrections.yml applied, and who said each
    claim first settled across article families.

    The links between articles are the store's when no article is left out; a report at an
    earlier date links only the articles published by then, as it would have then."""
    cutoff = parse_as_of(as_of)
    catalogue = load_catalogue(resolve(metrics))
    folder = resolve(corpus_dir) or SEEDS
    corrections = corr.load_corrections(Path(folder) / corr.CORRECTIONS_NAME)
    stored = store.load(folder, manifest=resolve(manifest), metrics=resolve(metrics))
    corpus = stored.corpus
    kept, left_out, undated = [], [], []
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
    used = Corpus(corpus.folder, kept, corpus.problems)
    used.problems.extend(p for a in kept for p in stored.extract_problems.get(a.id, []))
    kept_ids = {a.id for a in kept}
    claims = stored.claims[stored.claims["article"].isin(kept_ids)].reset_index(drop=True)
    claims.insert(0, "ref", range(1, len(claims) + 1))
    used.problems.extend(corr.check(corrections, corpus))
    claims = corr.apply_to_claims(claims, corrections)
    docs = pv.docs_from_corpus(used)
    links = stored.links if not left_out else pv.links(docs)
    families = pv.families(docs, links)
    claims = resolve_sources(claims, families)
    events = corr.apply_to_events(event_mentions(used), corrections)
    names = corr.apply_to_names(name_mentions(used), corrections)
    return Snapshot(used, claims, catalogue, cutoff,
                    pd.DataFrame(left_out, columns=["id", "outlet", "published"]), undated,
                    links, families, events, names, corrections)
