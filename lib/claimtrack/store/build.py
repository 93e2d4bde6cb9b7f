"""Bring a corpus folder's store up to date: read and extract only what changed.

What decides that an article is done again (each a hash kept with its row):
- `read_key`: the file's bytes (sha256), its id and manifest row, the reading limits and the
  reader's code (every file of claimtrack/reading): a change to any re-reads the article;
- `extract_key`: the read_key, the catalogue's bytes and the extractor's code (every file of
  claimtrack/extraction), and for an article dated by a yearless dateline the corpus's usual
  year: a change re-extracts it from the stored text, without reading the file.
A file no longer in the folder leaves the store. Links between articles (provenance) are
recomputed when the set of articles or their text, dates or outlets changed, else kept.

Files are hashed only when their size or modification time differ from the last run (as git
does), so an unchanged corpus costs one `stat` per file and no read.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import statistics
import time
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import pyarrow as pa
import pyarrow.parquet as pq

from ..reading.decode import MAX_FILE_BYTES
from ..reading.limits import max_line_chars
from ..reading.plan import plan_corpus
from ..reading.problems import Problem
from . import db, linking
from .records import problems_from_json
from .work import BATCH_MAX, TASKS_PER_WORKER, Engine, batches, read_batch

if TYPE_CHECKING:
    import pandas as pd


PACKAGE = Path(__file__).resolve().parents[1]
# Part of the links' key (it was `links.__name__` when the module was imported here): provenance,
# pandas and the extractor are imported only by a run that uses them (issue 18: an unchanged
# re-run imported them for ~2 s of nothing).
LINKS_MODULE = f"{__package__.rsplit('.', 1)[0]}.provenance.links"


def _code_hash(*stages: str) -> str:
    """sha256 over the source and tables of the named stages: the code version of their output."""
    h = hashlib.sha256()
    for stage in stages:
        for p in sorted((PACKAGE / stage).rglob("*")):
            if p.suffix in (".py", ".yml") and p.is_file():
                h.update(p.relative_to(PACKAGE).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def _sha(*parts) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


class _Stored(NamedTuple):
    """What a run needs of an article's stored row (a tuple, not a dict: 100,000 of them)."""

    read_key: str
    extract_key: str
    context_year: int | None
    pending: bool
    ok: bool
    published: str | None


class _Fresh:
    """The articles this run read: whether each is ok, waits for the corpus's year (pending), and
    its year (dated ones), by its place in the folder's order. Flags in a bytearray and years in an
    array, not a dict of a worker's path string to a tuple of a worker's strings: those were three
    small objects an article made among each batch's freed records, kept to the end of the run and
    pinning the heap's pages (issue 18: the writer held ~96 MB more at the end of reading at
    100,000 articles than at 10,000)."""

    READ, OK, PENDING = 1, 2, 4
    NO_YEAR = -32768            # a year is its date's first four characters, -999 to 9999

    def __init__(self, rels: list[str]):
        self.rels = rels
        self.place = {r: i for i, r in enumerate(rels)}
        self.flags = bytearray(len(rels))
        self.years = array("h", [self.NO_YEAR]) * len(rels)
        self.count = 0

    def add(self, rel: str, ok: bool, pending: bool, published: str | None) -> None:
        i = self.place[rel]
        if not self.flags[i]:
            self.count += 1
        self.flags[i] = self.READ | (self.OK if ok else 0) | (self.PENDING if pending else 0)
        if ok and not pending and published:
            self.years[i] = int(published[:4])

    def __contains__(self, rel: str) -> bool:
        return bool(self.flags[self.place[rel]])

    def __len__(self) -> int:
        return self.count

    def pending(self, rel: str) -> bool:
        return bool(self.flags[self.place[rel]] & self.PENDING)

    def year(self, rel: str) -> int | None:
        """The year of a read article that is ok and dated, else None."""
        year = self.years[self.place[rel]]
        return None if year == self.NO_YEAR else year

    def ok_count(self) -> int:
        return sum(1 for f in self.flags if f & self.OK)

    def paths(self) -> list[str]:
        return [r for r, f in zip(self.rels, self.flags) if f]


@dataclass
class Update:
    """What a run did to the store, and what the folder's plan said (for loading)."""

    store: Path
    files: int = 0
    read: int = 0               # files read (new, changed, or whose key changed)
    extracted: int = 0          # articles extracted (read ones and re-extracted ones)
    removed: int = 0
    relinked: bool = False
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)  # seconds: work, write, links
    plan_problems: list[Problem] = field(default_factory=list)
    order: list[str] = field(default_factory=list)          # article files in the folder's order

    def __str__(self) -> str:
        return (f"store {self.store}: {self.files} files, {self.read} read, {self.extracted} extracted, "
                f"{self.removed} removed{', links recomputed' if self.relinked else ''} ({self.seconds:.1f} s"
                + "".join(f"; {k} {v:.1f} s" for k, v in self.phases.items()) + ")")


def _hashes(folder: Path, rels: list[str], cached: dict[str, tuple]) -> tuple[dict[str, str], list[tuple]]:
    """Content hash per file; a file whose size and mtime are as last seen keeps its hash."""
    out, stats = {}, []
    for rel in rels:
        st = (folder / rel).stat()
        old = cached.get(rel)
        if old and old[0] == st.st_size and old[1] == st.st_mtime_ns:
            out[rel] = old[2]
        else:
            out[rel] = hashlib.sha256((folder / rel).read_bytes()).hexdigest()
        stats.append((rel, st.st_size, st.st_mtime_ns, out[rel]))
    return out, stats


def _links_key(rels: list[str], read_keys: dict[str, str], extract_keys: dict[str, str]) -> str:
    """The links' key: the provenance code and every article's path and keys, hashed a file at a
    time (one JSON text of every file's keys was ~20 MB at 100,000 articles, with a tuple a file)."""
    h = hashlib.sha256(_sha(LINKS_MODULE, _code_hash("provenance")).encode())
    for r in sorted(rels):
        h.update(json.dumps([r, read_keys[r], extract_keys[r]], ensure_ascii=False).encode("utf-8") + b"\n")
    return h.hexdigest()


def update(folder: str | Path, manifest: str | Path | None = None, metrics: str | Path | None = None,
           store: str | Path | None = None, jobs: int | None = None, engine: str = "local",
           scheduler: str | None = None, max_bytes: int = MAX_FILE_BYTES) -> Update:
    """Make the store of `folder` current (see the module's docstring); raises what
    `plan_corpus` raises (no such folder, over the article limit) before touching the store."""
    t0 = time.perf_counter()
    folder = Path(folder).resolve()
    path = Path(store) if store else db.default_path(folder)
    plan_problems: list[Problem] = []
    man, files, ids = plan_corpus(folder, manifest, plan_problems)
    rels = [f.as_posix() for f in files]
    del files       # a Path per file: ~0.8 KB each, 80 MB at 100,000 articles, for the whole run (issue 18)
    manifest_exists = man.path is not None and man.path.exists()
    catalogue_path = str(metrics) if metrics else None
    if metrics:
        from ..extraction.catalogue import load_catalogue

        load_catalogue(metrics)      # a missing or broken catalogue: CatalogueError naming the file, before any work
    catalogue_bytes = Path(metrics).read_bytes() if metrics else b""
    reader = _sha(_code_hash("reading"), max_bytes, max_line_chars())
    extractor = _sha(_code_hash("extraction"), hashlib.sha256(catalogue_bytes).hexdigest())
    result = Update(path, files=len(rels), plan_problems=plan_problems, order=rels)

    with db.locked(path, exclusive=True):
        con = db.connect_for_writing(path)
        try:
            cached = {r[0]: r[1:] for r in con.execute("SELECT path, size, mtime_ns, content_hash FROM files").fetchall()}
            hashes, stats = _hashes(folder, rels, cached)
            same_files = len(cached) == len(stats) and all(cached.get(r) == (size, mtime, h) for r, size, mtime, h in stats)
            rows = {r[0]: _Stored(*r[1:]) for r in con.execute(
                f"SELECT path, {', '.join(_Stored._fields)} FROM articles").fetchall()}
            read_keys = {}
            for rel in rels:
                row = man.rows.get(rel)
                read_keys[rel] = _sha(reader, rel, ids[rel], hashes[rel], row.fields if row else None,
                                      row.line if row else None, manifest_exists)
            to_read = [r for r in rels if r not in rows or rows[r].read_key != read_keys[r]]
            removed = [r for r in rows if r not in read_keys]
            del cached, hashes
        finally:
            con.close()      # no DuckDB connection open while worker processes are forked

        staging = Staging(path)
        try:
            t_work = time.perf_counter()
            # The folder's size, mtime and hash of every file, for the `files` table when they changed:
            # staged now, not held through the run (~260 bytes an article as tuples; issue 18).
            if stats and not same_files:
                staging.add("files", pa.table(list(zip(*stats)), names=["path", "size", "mtime_ns", "content_hash"]))
            del stats
            # Only what the rest of the run needs of each article read (ok, pending, its year):
            # the records themselves go to the staging files batch by batch (memory holds a batch).
            fresh = _Fresh(rels)
            n_stale = 0
            with Engine(engine, jobs, scheduler) as eng:
                if to_read:
                    eng.start()      # forks now, before any DuckDB connection is opened again
                items = [(r, ids[r], man.rows.get(r), manifest_exists) for r in to_read]
                for batch in eng.run(read_batch, batches(items, eng.jobs), str(folder), max_bytes, catalogue_path):
                    staging.read(batch, read_keys, extractor, fresh)
                # The corpus's usual year, for datelines without one: the median of every dated
                # article's year once the others are read (as read_corpus does).
                years = []
                for r in rels:
                    if r in fresh:
                        year = fresh.year(r)
                        if year is not None:
                            years.append(year)
                    elif rows[r].ok and not rows[r].pending and rows[r].published:
                        years.append(int(rows[r].published[:4]))
                context_year = int(statistics.median_low(years)) if years else None
                # Stored pending articles whose usual year moved are read again.
                again = [r for r in rels if r not in fresh and rows[r].pending and rows[r].context_year != context_year]
                if again:
                    items = [(r, ids[r], man.rows.get(r), manifest_exists) for r in again]
                    for batch in eng.run(read_batch, batches(items, eng.jobs), str(folder), max_bytes, catalogue_path):
                        staging.read(batch, read_keys, extractor, fresh)
                staging.finish_pending(eng, context_year, catalogue_path, read_keys, extractor)

                extract_keys = {}
                for r in rels:
                    pending = fresh.pending(r) if r in fresh else rows[r].pending
                    extract_keys[r] = _sha(read_keys[r], extractor, context_year if pending else None)
                # Articles not read again whose claims are stale (catalogue or extractor changed).
                stale = [r for r in rels if r not in fresh and rows[r].ok and rows[r].extract_key != extract_keys[r]]
                n_stale = staging.reextract(path, eng, stale, catalogue_path, extract_keys)
                # The plan's ids and manifest rows are done with too (only reading needs them).
                del items, to_read, stale, rows, ids, man

            result.phases["work"] = time.perf_counter() - t_work
            con = db.connect_for_writing(path)
            try:
                result.read, result.removed = len(fresh), len(removed)
                result.extracted = fresh.ok_count() + n_stale
                links_key = _links_key(rels, read_keys, extract_keys)
                relink = db.one(con, "SELECT value FROM meta WHERE key = 'links_key'") != (links_key,)
                if not (fresh or removed or n_stale or relink) and same_files:
                    result.seconds = time.perf_counter() - t0
                    return result                       # nothing to write: the store is current
                db.run(con, "BEGIN TRANSACTION")
                try:
                    t_write = time.perf_counter()
                    _write(con, staging, fresh.paths(), removed, extractor)
                    if not same_files:
                        db.run(con, "DELETE FROM files")
                        db.insert_files(con, "files", staging.files("files"))
                    result.phases["write"] = time.perf_counter() - t_write
                    # The run's bookkeeping is done with: not held while linking (~1 KB an article).
                    del fresh, read_keys, extract_keys
                    linking.release_freed()
                    if relink:
                        t_links = time.perf_counter()
                        linking.relink(con, staging.dir)
                        result.relinked = True
                        result.phases["links"] = time.perf_counter() - t_links
                    db.run(con, "INSERT OR REPLACE INTO meta VALUES ('extractor', ?), ('reader', ?), ('links_key', ?), "
                                "('folder', ?)", [extractor, reader, links_key, str(folder)])
                    db.run(con, "COMMIT")
                except BaseException:
                    db.run(con, "ROLLBACK")
                    raise
            finally:
                con.close()
        finally:
            staging.close()
    result.seconds = time.perf_counter() - t0
    return result


class Staging:
    """The rows of a run, written to Parquet files beside the store (`<store>.staging/`) as the
    engine gives them back, batch by batch, and put in the store in the run's one transaction at
    the end: the writer holds one batch of records, not every record of the run (a first build
    of 10,000 articles held ~1.6 GB before, issue 18). A run killed mid-way leaves the folder;
    the next run (under the same lock) empties it first. Never read as truth: only the run that
    wrote it reads it."""

    TABLES = ("articles", "sentences", "claims", "pending", "reextracted", "files")

    def __init__(self, store: Path):
        self.dir = store.with_name(store.name + ".staging")
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir.mkdir(parents=True)
        self.counts = dict.fromkeys(self.TABLES, 0)
        self.schemas: dict[str, list[pa.Schema]] = {}    # each table's distinct file schemas

    def add(self, table: str, data: pa.Table) -> None:
        if data.num_rows:
            pq.write_table(data, self.dir / f"{table}-{self.counts[table]:06d}.parquet")
            self.counts[table] += 1
            known = self.schemas.setdefault(table, [])
            if not any(data.schema.equals(s) for s in known):
                known.append(data.schema)

    def files(self, table: str) -> list[str]:
        return [str(self.dir / f"{table}-{i:06d}.parquet") for i in range(self.counts[table])]

    def read(self, batch: list[dict], read_keys: dict, extractor: str, fresh: _Fresh) -> None:
        """Articles read (`read_batch`): the dated ones to the store's rows, the ones waiting
        for the corpus's usual year to `pending` (with what dating them needs)."""
        done, waiting = [], []
        for o in batch:
            published = (o["record"] or {}).get("published", "")
            fresh.add(o["path"], o["ok"], o["pending"], published)
            (waiting if o["pending"] else done).append(o)
        self._rows(done, read_keys, {o["path"]: _sha(read_keys[o["path"]], extractor, None) for o in done}, None)
        if waiting:
            recs = [o["record"] for o in waiting]
            cols = {c: [r[c] for r in recs] for c in ARTICLE_COLUMNS}
            cols.update(sentences=[json.dumps(r["sentences"]) for r in recs],
                        normalised=[o["texts"][0] for o in waiting],
                        read_problems=[o["read_problems"] for o in waiting])
            self.add("pending", pa.table(cols, schema=pa.schema(
                [(c, _ARROW[c]) for c in ARTICLE_COLUMNS]
                + [("sentences", pa.string()), ("normalised", pa.string()), ("read_problems", pa.string())])))

    def finish_pending(self, eng: Engine, context_year: int | None, catalogue_path: str | None,
                       read_keys: dict, extractor: str) -> None:
        """Date the articles that waited for the usual year, then extract them (on the engine),
        a staging file at a time."""
        from .work import finish_batch

        for f in self.files("pending"):
            t = pq.read_table(f).to_pylist()
            items, outs, key = [], [], {}      # a file's keys, not the run's (~170 bytes an article)
            for r in t:
                rec = {c: r[c] for c in ARTICLE_COLUMNS}
                rec["sentences"] = [tuple(x) for x in json.loads(r["sentences"])]
                items.append((rec, (r["normalised"], rec["cleaned"]), context_year))
                outs.append({"path": rec["path"], "id": rec["id"], "ok": True, "pending": True,
                             "read_problems": r["read_problems"]})
            done = [x for b in eng.run(finish_batch, batches(items, eng.jobs), catalogue_path) for x in b]
            for o, d in zip(outs, done):
                o.update(d)
                key[o["path"]] = _sha(read_keys[o["path"]], extractor, context_year)
            self._rows(outs, read_keys, key, context_year)

    def _rows(self, outs: list[dict], read_keys: dict, extract_keys: dict, context_year: int | None) -> None:
        """Articles, sentences and claims of finished articles, as the store's rows."""
        rows, sentences = [], []
        for o in outs:
            rel = o["path"]
            rec = o["record"] or {}
            row = {c: rec.get(c) for c in ARTICLE_COLUMNS}
            row.update(path=rel, id=o["id"], read_key=read_keys[rel], extract_key=extract_keys[rel],
                       context_year=context_year if o["pending"] else None, pending=o["pending"], ok=o["ok"],
                       read_problems=o["read_problems"], date_problems=o.get("date_problems", "[]"),
                       extract_problems=o["extract_problems"] if o["ok"] else "[]")
            rows.append(row)
            cleaned = rec.get("cleaned", "")
            for n, (a, b) in enumerate(rec.get("sentences", []), 1):
                sentences.append((rel, o["id"], n, a, b, cleaned[a:b]))
        if rows:
            self.add("articles", pa.Table.from_pylist(rows, schema=pa.schema([(c, _ARROW[c]) for c in _ROW_COLUMNS])))
        if sentences:
            self.add("sentences", pa.table(list(zip(*sentences)), schema=_SENTENCES))
        self._claims([(o["path"], o["claims"]) for o in outs])

    def _claims(self, per_file: list[tuple[str, list]]) -> None:
        df = _claims_of(per_file)
        if not df.empty:
            self.add("claims", pa.Table.from_pandas(df, preserve_index=False))

    def reextract(self, path: Path, eng: Engine, stale: list[str], catalogue_path: str | None,
                  extract_keys: dict) -> int:
        """Claims of stored articles whose extract_key changed, from their stored text, read
        from the store a chunk at a time."""
        from .work import extract_batch

        chunk = BATCH_MAX * TASKS_PER_WORKER * eng.jobs
        for i in range(0, len(stale), chunk):
            part = stale[i:i + chunk]
            con = db.connect_for_reading(path)
            try:
                items = [read_article(con, rel) for rel in part]
            finally:
                con.close()      # closed before the engine's workers may fork
            results = [x for b in eng.run(extract_batch, batches(items, eng.jobs), catalogue_path) for x in b]
            self._claims([(rel, claims) for rel, (claims, _e) in zip(part, results)])
            self.add("reextracted", pa.table({"path": part, "extract_key": [extract_keys[r] for r in part],
                                              "extract_problems": [e for _c, e in results]}))
        return len(stale)

    def close(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


ARTICLE_COLUMNS = ["id", "path", "format", "encoding", "content_hash", "raw", "cleaned", "metadata", "provenance",
                   "evidence", "extra", "changes", "map_starts", "map_ends", "raw_length", "published"]


def read_article(con, rel: str) -> tuple[dict, list[tuple[int, int]]]:
    """A stored article's record and sentence spans."""
    cur = con.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE path = ?", [rel])
    rec = dict(zip(ARTICLE_COLUMNS, cur.fetchall()[0]))
    spans = con.execute('SELECT "start", "end" FROM sentences WHERE path = ? ORDER BY n', [rel]).fetchall()
    return rec, spans


def _claims_of(per_file: list[tuple[str, list]]) -> pd.DataFrame:
    """One frame of every file's claims, with `_file` and `_n` (one frame: building a small
    DataFrame per article costs more than extracting it)."""
    import pandas as pd

    from ..extraction.claims import claims_frame

    claims = [c for _rel, cs in per_file for c in cs]
    if not claims:
        return pd.DataFrame()
    df = claims_frame(claims)
    df.insert(0, "_n", [n for _rel, cs in per_file for n in range(len(cs))])
    df.insert(0, "_file", [rel for rel, cs in per_file for _c in cs])
    return df


def _write(con, staging: Staging, fresh: list[str], removed: list[str], extractor: str) -> None:
    """Rows of the run (from the staging files), in the open transaction."""
    old_extractor = db.one(con, "SELECT value FROM meta WHERE key = 'extractor'")
    if old_extractor != (extractor,):
        # Another extractor: its claims may have other columns; every article is re-extracted
        # in this run (their extract_keys changed), so the table is made again.
        db.run(con, "DROP TABLE IF EXISTS claims")
    gone = fresh + removed
    has_claims = db.one(con, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'claims'")[0]
    if gone:
        con.register("gone", pa.table({"path": gone}))
        for table, col in (("articles", "path"), ("sentences", "path")) + ((("claims", "_file"),) if has_claims else ()):
            db.run(con, f"DELETE FROM {table} WHERE {col} IN (SELECT path FROM gone)")
        con.unregister("gone")
    if staging.counts["reextracted"]:
        files = staging.files("reextracted")
        if has_claims:
            db.run(con, "DELETE FROM claims WHERE _file IN (SELECT path FROM read_parquet(?))", [files])
        db.run(con, "UPDATE articles SET extract_key = r.extract_key, extract_problems = r.extract_problems "
                    "FROM read_parquet(?) AS r WHERE articles.path = r.path", [files])
    db.insert_files(con, "articles", staging.files("articles"))
    db.insert_files(con, "sentences", staging.files("sentences"))
    if staging.counts["claims"]:
        files = staging.files("claims")
        if not (has_claims and old_extractor == (extractor,)):
            _create_claims(con, files, staging.schemas["claims"])
        # union_by_name: a column without a value in one batch is typed null there
        db.insert_files(con, "claims", files, "union_by_name = true")


def _create_claims(con, files: list[str], schemas: list[pa.Schema]) -> None:
    """An empty `claims` table with the columns of every staged file (whose distinct `schemas`
    the staging kept), in the order they first appear, each of the type that holds all its
    files' values (as DuckDB's `union_by_name` gives them). Not asked of DuckDB: reading the
    1,563 files' schemas for it held +96 MB at 100,000 articles (issue 18)."""
    try:
        schema = pa.unify_schemas(schemas, promote_options="permissive")
    except (pa.ArrowInvalid, pa.ArrowTypeError):   # types pyarrow does not merge: DuckDB's rules
        db.run(con, "CREATE TABLE claims AS SELECT * FROM read_parquet(?, union_by_name = true) LIMIT 0", [files])
        return
    con.register("claims_schema", schema.empty_table())
    db.run(con, "CREATE TABLE claims AS SELECT * FROM claims_schema")
    con.unregister("claims_schema")


_ARROW = {c: pa.string() for c in ("path", "id", "read_key", "extract_key", "format", "encoding", "content_hash",
                                   "raw", "cleaned", "metadata", "provenance", "evidence", "extra", "changes",
                                   "published", "read_problems", "date_problems", "extract_problems")}
_ARROW.update(context_year=pa.int32(), pending=pa.bool_(), ok=pa.bool_(), map_starts=pa.binary(),
              map_ends=pa.binary(), raw_length=pa.int64())
_ROW_COLUMNS = ARTICLE_COLUMNS + ["read_key", "extract_key", "context_year", "pending", "ok", "read_problems",
                                  "date_problems", "extract_problems"]
_SENTENCES = pa.schema([("path", pa.string()), ("id", pa.string()), ("n", pa.int32()), ("start", pa.int32()),
                        ("end", pa.int32()), ("text", pa.string())])


def problems_in_order(rows: dict[str, dict], order: list[str]) -> list[Problem]:
    """Reading problems file by file, then the date problems, as read_corpus lists them."""
    out = [p for r in order if r in rows for p in problems_from_json(rows[r]["read_problems"])]
    out += [p for r in order if r in rows for p in problems_from_json(rows[r]["date_problems"])]
    return out


__all__ = ["Update", "update", "read_article"]
