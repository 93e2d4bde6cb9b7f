"""A snapshot: the corpus as it stood on a date, and its claims. What every notebook loads.

A report "as of 2024-10-25" uses only the articles published by then, so a past picture can be
reproduced. A publication date known only to the month or year counts as that period's last day:
an article dated "October 2024" may have appeared after the 25th, so it waits until 2024-10-31.
Undated articles cannot be placed and are used in every report; the corpus notebook lists them.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import gc
import hashlib
import os
import pickle
import sys
import warnings
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import pandas as pd

from .. import store
from ..extraction.catalogue import Metric, load_catalogue
from ..extraction.events import event_mentions
from ..extraction.periods import period_bounds
from ..extraction.sources import name_mentions
from ..provenance import corrections as corr
from ..provenance import links as pv
from ..provenance import reviews as rv
from ..provenance.identity import resolve_sources
from ..provenance.series import estimates_of
from ..reading.corpus import Corpus
from .project import ROOT, SEEDS, resolve, resolve_existing


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


class ManifestWarning(UserWarning):
    """The manifest names no file of the corpus: every date and outlet was guessed from the text."""


def manifest_matches_nothing(corpus: Corpus) -> str:
    """A sentence when the manifest has rows but names none of the folder's articles, else ''."""
    missing = [p for p in corpus.problems if p.code == "manifest-missing-file"]
    no_row = [p for p in corpus.problems if p.code == "no-manifest-row"]
    if not missing or not corpus.articles or len(no_row) < len(corpus.articles):
        return ""
    return (f"the manifest's {len(missing)} rows name none of the {len(corpus.articles)} article files in "
            f"{corpus.folder}: every outlet and date is guessed from the text. Check the manifest's `file` column "
            f"(names relative to the corpus folder) or the manifest path; 01_corpus lists each row.")


def with_periods(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims with `period_start` and `period_end` (datetimes) beside `as_of`, which mixes '2024-10'
    and '2024-10-24': the first and last day of the period the figure holds for, NaT when undated."""
    bounds = [period_bounds(str(x)) if isinstance(x, str) and x else None for x in claims["as_of"]]
    out = claims.drop(columns=[c for c in ("period_start", "period_end") if c in claims.columns])
    at = list(out.columns).index("as_of") + 1
    out.insert(at, "period_start", pd.to_datetime([b[0] if b else None for b in bounds]))
    out.insert(at + 1, "period_end", pd.to_datetime([b[1] if b else None for b in bounds]))
    return out


@dataclass(repr=False)
class Snapshot:
    """The corpus cut at a date and its claims. `snap.claims` (one row a claim: value, low, high,
    as_of with period_start/period_end, source, quote, claim_id, review), `snap.corpus.articles`,
    `snap.corpus.problems`; `claimtrack.provenance.series.estimates(snap.claims, metric)` gives one
    row per figure per original source with the period bounds a plot needs.
    `snapshot.load("seeds").claims.head()`"""

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
    # each metric's estimates (provenance.series.estimates_of): computed with the snapshot, so the
    # notebooks of a report, which share one snapshot, do not each compute them again (issue 18)
    series: dict = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Articles, claims, reviewed and rejected claims, problems: what the reprs show."""
        reviewed = int(self.claims["reviewed"].sum()) if "reviewed" in self.claims else 0
        return {"articles": len(self.corpus.articles), "claims": len(self.claims), "reviewed": reviewed,
                "rejected": len(self.rejected), "left out": len(self.left_out), "problems": len(self.corpus.problems)}

    def _where(self) -> str:
        folder = Path(self.corpus.folder)
        return folder.relative_to(ROOT).as_posix() if folder.is_relative_to(ROOT) else str(folder)

    def __repr__(self) -> str:
        c = self.counts()
        return (f"<Snapshot {self._where()} {self.label}: {c['articles']} articles, {c['claims']} claims "
                f"({c['reviewed']} reviewed, {c['rejected']} rejected), {c['problems']} problems>")

    def _repr_html_(self) -> str:
        c = self.counts()
        rows = [("corpus", self._where()), ("report", self.label),
                ("articles", f"{c['articles']} used, {c['left out']} published later (snap.left_out)"),
                ("claims", f"{c['claims']} in snap.claims; {c['reviewed']} reviewed, {c['rejected']} rejected "
                           f"(snap.rejected)"),
                ("problems", f"{c['problems']} (snap.corpus.problems; the corpus notebook lists them)")]
        note = manifest_matches_nothing(self.corpus)
        body = "".join(f"<tr><th style='text-align:left'>{escape(k)}</th><td style='text-align:left'>{escape(v)}</td></tr>"
                       for k, v in rows)
        warn = f"<p style='color:#b00'>Warning: {escape(note)}</p>" if note else ""
        return (f"<b>Snapshot</b><table>{body}</table>{warn}<p>Figures per original source, with period bounds: "
                f"<code>claimtrack.provenance.series.estimates(snap.claims, metric)</code></p>")

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


# A folder (set by `claimtrack report` for its run, private to it) where the first notebook to
# load a snapshot leaves it for the others: one snapshot per report, not one per notebook (issue
# 18: at 653 articles each of the seven notebooks spent ~8 s computing the same one; the time
# grows with the corpus). Pickle, because only this run writes that folder and only it reads it.
SNAPSHOT_CACHE_ENV = "CLAIMTRACK_SNAPSHOT_CACHE"


def load(corpus_dir: str | Path | None = None, manifest: str | Path | None = None,
         metrics: str | Path | None = None, as_of: str | dt.date | None = None) -> Snapshot:
    """The corpus from its store (brought up to date first: only new or changed articles are read
    and extracted), cut at `as_of`; the folder's corrections.yml applied, who said each claim first
    settled across article families, and the analysts' verdicts in reviews.csv obeyed
    (claimtrack.provenance.reviews). Relative paths are read from the project root.
    `snapshot.load("seeds", as_of="2024-11-01")`

    The links between articles are the store's when no article is left out; a report at an
    earlier date links only the articles published by then, as it would have then. Within a
    `claimtrack report` run the notebooks share one snapshot (SNAPSHOT_CACHE_ENV), and a snapshot
    is kept beside the store for the next load while nothing it depends on changes (`fingerprint`;
    docs/store.md)."""
    cache = os.environ.get(SNAPSHOT_CACHE_ENV)
    if cache and Path(cache).is_dir():
        key = hashlib.sha256(repr((str(corpus_dir), str(manifest), str(metrics), str(parse_as_of(as_of))))
                             .encode()).hexdigest()[:20]
        held = _run_snapshot.get((cache, key))
        if held is not None:            # a later notebook of the run in the same kernel
            snap, unmatched = held
            if unmatched:
                warnings.warn(unmatched, ManifestWarning, stacklevel=2)
            return snap
        done = Path(cache) / f"{key}.pickle"
        with open(Path(cache) / f"{key}.lock", "a+") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)        # a notebook started at once waits for the first
            if done.exists():
                snap, unmatched = unpickle(done.read_bytes())
            else:
                snap, unmatched = _load(corpus_dir, manifest, metrics, as_of)
                part = done.with_suffix(".part")
                try:                  # the kept snapshot, when there is one: the same bytes, not written again
                    os.link(_last_kept[0], part)
                except (OSError, IndexError):
                    part.write_bytes(pickle.dumps((snap, unmatched), protocol=pickle.HIGHEST_PROTOCOL))
                os.replace(part, done)
        _run_snapshot.clear()
        _run_snapshot[(cache, key)] = (snap, unmatched)
    else:
        snap, unmatched = _load(corpus_dir, manifest, metrics, as_of)
    if unmatched:
        warnings.warn(unmatched, ManifestWarning, stacklevel=2)
    return snap


# The run's snapshot, kept in the process: `claimtrack report` runs several notebooks in one kernel
# (report.execution), and each later one takes the snapshot the first loaded, as they all take
# the one file the run shares. Only within a run (SNAPSHOT_CACHE_ENV): in Lab, every load looks
# at the store again. The notebooks read a snapshot and never change it (their outputs are
# the same run one per kernel or all in one: tests/test_report.py).
_run_snapshot: dict[tuple[str, str], tuple] = {}


def unpickle(data: bytes):
    """pickle.loads with the cyclic garbage collector paused: a snapshot is millions of objects
    (articles, sentences, links), and the collector, set off again and again by so many new
    objects, walked them all each time: at 10,000 articles 3.8 s of CPU per load, 0.6 s paused
    (issue 18; every notebook of a report loads one). Unpickling makes no garbage to collect."""
    was = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    finally:
        if was:
            gc.enable()


# Snapshots kept beside a store (`<store>.snapshots/`), so that a report on an unchanged store,
# date, corrections and verdicts loads its snapshot instead of computing it (issue 18: at 10,000
# articles the computing is most of a warm-store report). Each is about 16 bytes per byte of
# article text (300 MB at 10,000 articles): the newest SNAPSHOTS_KEPT are kept. 0 keeps none.
SNAPSHOTS_KEPT_ENV = "CLAIMTRACK_SNAPSHOTS_KEPT"
SNAPSHOTS_KEPT = 2
SNAPSHOT_FORMAT = 1            # bump when a Snapshot pickled before would no longer do
PACKAGE = Path(__file__).resolve().parents[1]


def code_version() -> str:
    """sha256 of every .py and .yml of claimtrack: what computed the snapshot (the reader, the
    extractor and their tables, provenance, the store, the report)."""
    h = hashlib.sha256()
    for p in sorted(PACKAGE.rglob("*")):
        if p.suffix in (".py", ".yml") and p.is_file():
            h.update(p.relative_to(PACKAGE).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def _bytes_of(path: Path | None) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path and path.is_file() else "absent"


def fingerprint(folder: Path, manifest: Path | None, metrics: Path | None, cutoff: dt.date | None,
                up: store.Update) -> str:
    """What a snapshot depends on, as one hash: the store's contents (its `links_key`, which covers
    every article's file hash, manifest row, reader, catalogue and extractor: docs/store.md), the
    folder's plan (its files and their problems), the manifest, catalogue, corrections.yml and
    reviews.csv bytes, the report date, the code, and the Python and pandas that pickled it."""
    from ..store import db

    with db.locked(up.store, exclusive=False):
        con = db.connect_for_reading(up.store)
        try:
            meta = sorted(con.execute("SELECT key, value FROM meta").fetchall())
        finally:
            con.close()
    manifest_file = manifest or folder / "manifest.csv"
    parts = [SNAPSHOT_FORMAT, sys.version, pd.__version__, code_version(), str(folder), str(manifest), str(metrics),
             str(cutoff), meta, up.order, [p.as_dict() for p in up.plan_problems], _bytes_of(manifest_file),
             _bytes_of(metrics), _bytes_of(folder / corr.CORRECTIONS_NAME),
             _bytes_of(rv.reviews_path(folder, manifest))]
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


def _kept() -> int:
    try:
        return max(0, int(os.environ.get(SNAPSHOTS_KEPT_ENV, SNAPSHOTS_KEPT)))
    except ValueError:
        return SNAPSHOTS_KEPT


_last_kept: list[Path] = []        # the kept snapshot file `_load` last read or wrote, if any


def _load(corpus_dir, manifest, metrics, as_of) -> tuple[Snapshot, str | None]:
    """`load`'s snapshot: the one kept beside the store when nothing it depends on changed
    (`fingerprint`), else computed and kept. A kept snapshot is read only from a folder of the
    user's own that only they can write (it is a pickle, which runs code when read)."""
    _last_kept.clear()
    cutoff = parse_as_of(as_of)
    folder = Path(resolve_existing(corpus_dir, "corpus_dir", folder=True) or SEEDS).resolve()
    keep = _kept()
    if not keep:
        return _compute(corpus_dir, manifest, metrics, as_of)
    resolve_existing(metrics, "metrics")
    resolve_existing(manifest, "manifest")
    man, cat = resolve(manifest), resolve(metrics)
    up = store.update(folder, manifest=man, metrics=cat)
    key = fingerprint(folder, man, cat, cutoff, up)
    kept = up.store.with_name(up.store.name + ".snapshots")
    done = kept / f"{key}.pickle"
    if done.exists() and _private(kept):
        try:
            found = unpickle(done.read_bytes())
            os.utime(done)                               # the newest used: kept longest
            _last_kept.append(done)
            return found
        except Exception:                                # truncated, or from another version: compute it again
            done.unlink(missing_ok=True)
    result = _compute(corpus_dir, manifest, metrics, as_of)
    if fingerprint(folder, man, cat, cutoff, store.update(folder, manifest=man, metrics=cat)) != key:
        return result                                    # the store changed meanwhile: keep nothing
    try:
        kept.mkdir(mode=0o700, exist_ok=True)
        if _private(kept):
            part = done.with_name(f"{done.name}.{os.getpid()}.part")
            part.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(part, done)
            _last_kept.append(done)
            for old in sorted(kept.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)[keep:]:
                old.unlink(missing_ok=True)
    except OSError:
        pass                                             # a full disk costs the next report time, not this one
    return result


def _private(folder: Path) -> bool:
    """The folder is the user's and no one else can write to it."""
    st = folder.stat()
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


def _compute(corpus_dir, manifest, metrics, as_of) -> tuple[Snapshot, str | None]:
    """`load`'s snapshot, computed; and the manifest warning to give, if any."""
    cutoff = parse_as_of(as_of)
    catalogue = load_catalogue(resolve_existing(metrics, "metrics"))
    folder = resolve_existing(corpus_dir, "corpus_dir", folder=True) or SEEDS
    resolve_existing(manifest, "manifest")
    corrections = corr.load_corrections(Path(folder) / corr.CORRECTIONS_NAME)
    stored = store.load(folder, manifest=resolve(manifest), metrics=resolve(metrics))
    corpus = stored.corpus
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
    used.problems.extend(p for a in kept for p in stored.extract_problems.get(a.id, []))
    unmatched = manifest_matches_nothing(corpus)
    kept_ids = {a.id for a in kept}
    claims = stored.claims[stored.claims["article"].isin(kept_ids)].reset_index(drop=True)
    claims.insert(0, "ref", range(1, len(claims) + 1))
    used.problems.extend(corr.check(corrections, corpus))
    claims = corr.apply_to_claims(claims, corrections)
    docs = pv.docs_from_corpus(used)
    links = stored.links if not left_out else pv.links(docs)
    families = pv.families(docs, links)
    claims = resolve_sources(claims, families)
    review_file = rv.reviews_path(folder, resolve(manifest))
    verdicts, bad = rv.load_reviews(review_file)
    claims, rejected, stale = rv.apply(rv.add_ids(claims), verdicts, not_used=later)
    claims, rejected = with_periods(claims), with_periods(rejected)
    used.problems.extend(bad + stale)
    events = corr.apply_to_events(event_mentions(used), corrections)
    names = corr.apply_to_names(name_mentions(used), corrections)
    snap = Snapshot(used, claims, catalogue, cutoff, pd.DataFrame(left_out, columns=["id", "outlet", "published"]),
                    undated, links, families, events, names, corrections, rejected, verdicts, review_file)
    for m in catalogue:
        estimates_of(snap, m.id)
    prepare(snap)
    return snap, unmatched


def prepare(snap: Snapshot) -> None:
    """Work out with the snapshot what the notebooks derive from it alone and would each work out
    again: the troop estimates with their parts (officers…), the summary's table and findings, the
    disagreements, the consensus (kept in `snap.series`, `provenance.series.kept`). A snapshot kept
    beside the store carries them, so a report on an unchanged store computes none of them (issue
    18: at 10,000 articles about 10 s of CPU per report; the summary, the troops and the
    disagreements were each worked out twice, by their notebook and by the ledger, which links
    their ledger numbers)."""
    from ..provenance.consensus import consensus_table
    from ..provenance.disagreements import figure_groups
    from . import summary
    from .views import TROOPS

    if any(m.id == TROOPS for m in snap.catalogue):
        estimates_of(snap, TROOPS, charted_only=False)
    summary.summary_table(snap)
    summary.findings(snap)
    figure_groups(snap)
    consensus_table(snap)
