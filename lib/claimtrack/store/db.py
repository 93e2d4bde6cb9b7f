"""The store file: where it lives, its schema, the lock that keeps two runs from writing at once,
and the checks that keep a corrupt or foreign file from being read as truth.

One DuckDB file per corpus folder. DuckDB because it is one file with no server, answers SQL
from JupyterLab (`duckdb.connect(path, read_only=True)`), writes every update in one
transaction (a run killed mid-write leaves the last committed state: its write-ahead log is
replayed or dropped on the next open), and reads and writes Parquet for a cluster. It admits
one writing process or several reading ones, not both; `locked` enforces that across processes
with an advisory lock on a file beside it (released by the OS when a run is killed).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

APP = "claimtrack"
# Bump when the tables below change: a store of another schema is rebuilt, not migrated (it is
# a cache of the corpus folder, rebuilt from it in one run).
SCHEMA_VERSION = "1"
STORE_DIR_ENV = "CLAIMTRACK_STORE_DIR"
STORE_ENV = "CLAIMTRACK_STORE"
# What DuckDB may hold in memory while a run writes (its default is 80% of the machine's memory,
# which it fills: a first build's inserts and commit took ~350 MB per 10,000 articles, 3.5 GB at
# 100,000, issue 18). Past it DuckDB writes to disk, `<store>.tmp/` beside the store (removed when
# the run closes it), so the writer's memory does not grow with the corpus.
# 128 MB with insertion order not kept (below): writing the rows of a 100,000-article build then
# takes +281 MB (256 MB and the order kept: +420 MB; 10,000 articles: +136 MB, was +260), measured
# with the build's 1,563 staged files of 64 articles (issue 18). 128 MB with the order kept fails
# that insert (out of memory).
MEMORY_LIMIT = "128MB"
MEMORY_ENV = "CLAIMTRACK_STORE_MEMORY"
# What DuckDB may hold while the run links articles (`linking.relink`), unless CLAIMTRACK_STORE_MEMORY
# is set: the links step reads the whole `articles` and `pairs` tables chunk after chunk, and
# DuckDB kept what it read cached up to its cap, so at 100,000 articles it held ~200 MB more than
# at 10,000 (where the store is smaller than the cap). 64 MB is about what it holds at 10,000;
# measured at 100,000, the links step took no longer (issue 18, docs/store.md "Limits").
LINK_MEMORY_LIMIT = "64MB"

# Staged Parquet files (a run's rows, 64 articles a file, work.BATCH_MAX; or the links step's
# chunks) put in a table per INSERT, all in the run's one transaction: one INSERT of every file
# made DuckDB's working set grow with the corpus (writing the rows of 100,000 articles alone:
# +279 MB, of 10,000: +150; 16 files an INSERT: +204 and +186; 64 an INSERT the same, issue 18).
INSERT_FILES = 16

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS files (path VARCHAR PRIMARY KEY, size BIGINT, mtime_ns BIGINT, content_hash VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    path VARCHAR PRIMARY KEY, id VARCHAR, read_key VARCHAR, extract_key VARCHAR, context_year INTEGER,
    pending BOOLEAN, ok BOOLEAN, format VARCHAR, encoding VARCHAR, content_hash VARCHAR,
    raw VARCHAR, cleaned VARCHAR, metadata VARCHAR, provenance VARCHAR, evidence VARCHAR, extra VARCHAR,
    changes VARCHAR, map_starts BLOB, map_ends BLOB, raw_length BIGINT, published VARCHAR,
    read_problems VARCHAR, date_problems VARCHAR, extract_problems VARCHAR);
CREATE TABLE IF NOT EXISTS sentences (path VARCHAR, id VARCHAR, n INTEGER, "start" INTEGER, "end" INTEGER, text VARCHAR);
CREATE TABLE IF NOT EXISTS links (earlier VARCHAR, later VARCHAR, score DOUBLE, evidence VARCHAR);
CREATE TABLE IF NOT EXISTS families (origin VARCHAR, member VARCHAR);
CREATE TABLE IF NOT EXISTS signatures (id VARCHAR, text_key VARCHAR, minhash BLOB, passages BLOB);
CREATE TABLE IF NOT EXISTS pairs (a VARCHAR, b VARCHAR, key_a VARCHAR, key_b VARCHAR, jaccard DOUBLE, passages INTEGER,
                                  example VARCHAR);
CREATE TABLE IF NOT EXISTS choices (a VARCHAR, b VARCHAR, shared INTEGER);
CREATE TABLE IF NOT EXISTS linked (id VARCHAR, key VARCHAR);
"""
# `choices` and `linked` (the last links step's choice of candidates and the articles it linked,
# issue 18) came after schema 1: an older store gains them empty, and its next run links in full.
# `claims` is made from the first claims written (claims_frame's columns, plus `_file` and `_n`,
# the article's path and the claim's place in it), so a new column of the extractor needs no
# change here: a new extractor version re-extracts every article and makes the table again.


class StoreRebuilt(UserWarning):
    """A store file that could not be trusted was moved aside and a new one started."""


def default_path(folder: Path) -> Path:
    """Where the store of a corpus folder lives: $CLAIMTRACK_STORE if set (one file), else
    $CLAIMTRACK_STORE_DIR or the project's `outputs/store/`, one file per folder, named after it
    and the hash of its absolute path. Never inside the corpus folder, which is read-only to us."""
    if os.environ.get(STORE_ENV):
        return Path(os.environ[STORE_ENV]).expanduser()
    folder = Path(folder).resolve()
    base = os.environ.get(STORE_DIR_ENV)
    # lib/claimtrack/store/db.py → the project root (the package is installed editable).
    root = Path(base).expanduser() if base else Path(__file__).resolve().parents[3] / "outputs" / "store"
    tag = hashlib.sha256(str(folder).encode("utf-8")).hexdigest()[:10]
    return root / f"{folder.name or 'corpus'}-{tag}.duckdb"


@contextmanager
def locked(path: Path, exclusive: bool) -> Iterator[None]:
    """An advisory lock on `path`.lock: exclusive for a writer, shared for readers; waits."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def run(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list:
    """Execute and fetch (DuckDB wants every result consumed before the next statement)."""
    return con.execute(sql, params or []).fetchall()


def one(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None):
    """The first row of a query, or None (every row fetched, as DuckDB wants)."""
    rows = con.execute(sql, params or []).fetchall()
    return rows[0] if rows else None


def insert_files(con: duckdb.DuckDBPyConnection, table: str, files: list[str], options: str = "") -> None:
    """The rows of the Parquet `files` appended to `table` by column name, INSERT_FILES files an
    INSERT (`options`: read_parquet's, e.g. "union_by_name = true")."""
    source = f"read_parquet(?{', ' + options if options else ''})"
    for lo in range(0, len(files), INSERT_FILES):
        run(con, f"INSERT INTO {table} BY NAME SELECT * FROM {source}", [files[lo:lo + INSERT_FILES]])


def _problem(con: duckdb.DuckDBPyConnection) -> str | None:
    """Why this database is not a claimtrack store of this schema, or None."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if not tables:
        return None                                   # empty: a new store
    if "meta" not in tables:
        return "it is a DuckDB database, but not a claimtrack store (no meta table)"
    meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("app") != APP:
        return "it is a DuckDB database, but not a claimtrack store"
    if meta.get("schema") != SCHEMA_VERSION:
        return f"it was written by another claimtrack (store schema {meta.get('schema')}, this one reads {SCHEMA_VERSION})"
    return None


def _move_aside(path: Path, why: str) -> None:
    aside = path.with_name(f"{path.name}.unreadable-{time.strftime('%Y%m%d-%H%M%S')}")
    for p in (path, path.with_name(path.name + ".wal")):
        if p.exists():
            os.replace(p, aside if p == path else aside.with_name(aside.name + ".wal"))
    print(f"claimtrack: the store {path} could not be used ({why}); moved it to {aside.name} and "
          "rebuilding it from the corpus folder (this run reads every article)", file=sys.stderr)


def writer_memory() -> str:
    """What DuckDB may hold while a run writes: CLAIMTRACK_STORE_MEMORY, else MEMORY_LIMIT."""
    return os.environ.get(MEMORY_ENV) or MEMORY_LIMIT


def connect_for_writing(path: Path) -> duckdb.DuckDBPyConnection:
    """The store opened for writing, its schema in place; a corrupt or foreign file is moved
    aside (never deleted, never read) and a new store started. Call under `locked(path, True)`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = _quiet(duckdb.connect(str(path)))
        why = _problem(con)
    except duckdb.Error as exc:
        con, why = None, f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
    if why:
        if con is not None:
            con.close()
        _move_aside(path, why)
        con = _quiet(duckdb.connect(str(path)))
    limit = writer_memory()
    try:
        run(con, "SET memory_limit = ?", [limit])
    except duckdb.Error as exc:
        con.close()
        raise ValueError(f"{MEMORY_ENV}={limit!r}: not a memory size DuckDB reads; give one such as 256MB or 2GB "
                         f"({str(exc).splitlines()[0]})") from None
    # No reader depends on the order rows were inserted in (every read sorts, or keys by path);
    # keeping it made DuckDB buffer what it inserts (DuckDB's own advice for memory-bound inserts).
    run(con, "SET preserve_insertion_order = false")
    run(con, SCHEMA)
    run(con, "INSERT OR REPLACE INTO meta VALUES ('app', ?), ('schema', ?)", [APP, SCHEMA_VERSION])
    return con


# No progress bar: in a notebook kernel DuckDB draws one (a widget) for a query over two seconds,
# so a 10,000-article report on a busy machine printed one into the reader's HTML (issue 18).
def _quiet(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    con.execute("SET enable_progress_bar = false")      # this connection's setting (not a global option)
    return con


def connect_for_reading(path: Path) -> duckdb.DuckDBPyConnection:
    """The store opened read-only (call under `locked(path, False)`, after an update)."""
    return _quiet(duckdb.connect(str(path), read_only=True))


CONTENT_TABLES = ("articles", "sentences", "claims", "links", "families")


def contents(path: Path) -> dict[str, list[tuple]]:
    """Every row of the store's content tables, sorted: what two stores must share to be the same
    (the local and the Dask engine's; a store before and after a killed run)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in CONTENT_TABLES}
    finally:
        con.close()
