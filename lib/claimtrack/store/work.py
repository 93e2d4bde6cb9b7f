"""The work of a run, done where the engine puts it: read and extract a batch of article files
(`read_batch`), or extract articles already read (`extract_batch`). Plain functions of plain
data, so a local process pool and a Dask cluster run the same code and give the same records.

Engines: 'local' (a process pool of `jobs` processes, one per core by default; `jobs=1` runs in
this process) and 'dask' (dask.distributed: the scheduler at `scheduler`, or a LocalCluster of
`jobs` workers when none is given). Dask workers read the article files themselves, so on a
real cluster the corpus folder must be at the same path on every worker (a shared file system).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path

from ..reading.manifest import MANIFEST_NAME
from ..reading.problems import Problem
from .records import problems_json, to_article, to_record

ENGINES = ("local", "dask")
# Articles per task: big enough that sending a task costs little beside its work (an article
# takes ~10 ms), small enough that every core gets several tasks and ends at the same time.
BATCH_MAX = 64
TASKS_PER_WORKER = 4
# A run with this few articles to do works in its own process: starting workers (and loading the
# catalogue in each) takes longer than reading and extracting them.
INLINE_MAX = 16


def preload() -> None:
    """Import what the work needs. The reader and extractor are imported here, not at the top,
    so that a run with nothing to do never imports them (pysbd, dateparser, trafilatura and the
    extractor's tables take seconds: most of an unchanged re-run, issue 18); a run with work
    imports them before its workers fork, so each worker has them at once."""
    from ..extraction import claims  # noqa: F401
    from ..reading import corpus  # noqa: F401


@lru_cache(maxsize=4)
def _catalogue(path: str | None):
    from ..extraction.catalogue import load_catalogue

    return load_catalogue(path)


def extract_safely(art, catalogue_path: str | None) -> tuple[list, list[Problem]]:
    """The article's claims and, when extraction failed, the problem saying so."""
    from ..extraction.claims import extract

    try:
        return extract(art, _catalogue(catalogue_path)), []
    except Exception as exc:  # one bad article never stops the others
        return [], [Problem(art.path, None, "extract-error", "error",
                            f"claims could not be extracted ({type(exc).__name__}: {exc})",
                            "report this as a claimtrack bug, with the file")]


def read_one(folder: str, rel: str, art_id: str, row, manifest_exists: bool, max_bytes: int,
             catalogue_path: str | None, extract_now: bool = True) -> dict:
    """One file read as `read_corpus` reads it, and extracted unless its date waits for the
    corpus's usual year (`pending`: a dateline without a year)."""
    from ..reading import metadata as md
    from ..reading.corpus import _read_article, _set

    problems: list[Problem] = []
    if manifest_exists and row is None:
        problems.append(Problem(rel, None, "no-manifest-row", "info",
                                "no manifest row: metadata inferred from the text",
                                f"add a row for {rel} to {MANIFEST_NAME}"))
    out = {"path": rel, "id": art_id, "ok": False, "record": None, "texts": None, "pending": False,
           "claims": [], "extract_problems": []}
    try:
        art, issues, texts = _read_article(Path(folder), Path(rel), art_id, row, max_bytes)
    except Exception as exc:  # one bad article never stops the others
        problems.append(Problem(rel, None, "internal-error", "error",
                                f"could not be read ({type(exc).__name__}: {exc})",
                                "report this as a claimtrack bug, with the file"))
        art, issues, texts = None, [], None
    problems.extend(issues)
    out["read_problems"] = problems_json(problems)
    if art is None:
        return out
    if "published" not in art.metadata:
        found = md.infer_published(*texts)
        if found and not found.assumed:
            _set(art, "published", found.value, "text", found.evidence)
        else:
            out["pending"], out["texts"] = True, texts
    out["ok"] = True
    if not out["pending"] and extract_now:
        out["claims"], errs = extract_safely(art, catalogue_path)
        out["extract_problems"] = problems_json(errs)
    out["record"] = to_record(art)
    return out


def read_batch(items: list[tuple], folder: str, max_bytes: int, catalogue_path: str | None) -> list[dict]:
    return [read_one(folder, *item, max_bytes, catalogue_path) for item in items]


def finish_batch(items: list[tuple[dict, tuple, int | None]], catalogue_path: str | None) -> list[dict]:
    """Articles that waited for the corpus's usual year (record, texts, year): dated as
    read_corpus dates them, then extracted."""
    from ..reading.corpus import _date_from_text

    out = []
    for rec, texts, year in items:
        art = to_article(rec, rec["sentences"])
        date_problems: list[Problem] = []
        _date_from_text(art, texts, year, date_problems)
        claims, errs = extract_safely(art, catalogue_path)
        out.append({"record": to_record(art), "date_problems": problems_json(date_problems), "claims": claims,
                    "extract_problems": problems_json(errs)})
    return out


def extract_batch(items: list[tuple[dict, list]], catalogue_path: str | None) -> list[tuple[list, str]]:
    """(claims, extract problems as JSON) of articles already read: (record, sentence spans) each."""
    out = []
    for rec, spans in items:
        claims, errs = extract_safely(to_article(rec, spans), catalogue_path)
        out.append((claims, problems_json(errs)))
    return out


def _in_order(futures: list) -> Iterator:
    """Dask futures' results in order, each let go once taken (the cluster then frees it)."""
    for i, f in enumerate(futures):
        yield f.result()
        f.release()
        futures[i] = None


def default_jobs() -> int:
    """One per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def batches(items: list, jobs: int) -> list[list]:
    size = max(1, min(BATCH_MAX, -(-len(items) // (jobs * TASKS_PER_WORKER))))
    return [items[i:i + size] for i in range(0, len(items), size)]


class Engine:
    """Runs batches of work: `run(fn, batches, *args)` → the results, batch by batch, in order."""

    def __init__(self, engine: str = "local", jobs: int | None = None, scheduler: str | None = None):
        if engine not in ENGINES:
            raise ValueError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
        if scheduler and engine != "dask":
            raise ValueError("--scheduler is for --engine dask")
        self.engine, self.scheduler = engine, scheduler
        self.jobs = jobs or (2 if engine == "dask" and not scheduler else default_jobs())
        self._pool = self._client = self._cluster = None

    def run(self, fn, work: list[list], *args) -> Iterator:
        """The results batch by batch, in order, as they come: the caller writes each away
        before the next (all tasks are sent at once; memory holds the results not yet taken)."""
        if not work:
            return iter(())
        if self.engine == "dask":
            client = self._dask()
            return _in_order(client.map(fn, work, *[[a] * len(work) for a in args], pure=False))
        if self.jobs == 1 or len(work) == 1 or sum(len(b) for b in work) <= INLINE_MAX:
            return (fn(b, *args) for b in work)
        self.start()
        return self._pool.map(fn, work, *[[a] * len(work) for a in args])

    def start(self) -> None:
        """Start the local pool's workers now (fork: all at once, at the first task)."""
        if self.engine == "local" and self.jobs > 1 and self._pool is None:
            preload()
            # fork: workers start at once with everything imported, and never import the
            # caller's script again (spawn and forkserver do, which deadlocks a script without a
            # `__main__` guard on the store's lock). The store closes its connection first.
            ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
            self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=ctx)

    def _dask(self):
        if self._client is None:
            try:
                from dask.distributed import Client, LocalCluster
            except ImportError as exc:
                raise RuntimeError("--engine dask needs dask.distributed: pip install 'distributed'") from exc
            if self.scheduler:
                self._client = Client(self.scheduler, timeout="30s")
            else:
                self._cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True,
                                             dashboard_address=None)
                self._client = Client(self._cluster)
        return self._client

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._pool = self._client = self._cluster = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
