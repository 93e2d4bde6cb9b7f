"""Links and families of every stored article, in the run's open transaction, in a fraction of
the memory `provenance.links` needs (issue 18; what still grows: docs/store.md, "Limits").

`provenance.links.links` holds every text, signature, candidate pair and link as Python objects
(about 20 KB an article: 2.6 GB at 100,000). Here the same links are computed with the store as
the place where the bulk lives:
- the articles are read a page at a time (by path), their MinHash values and sampled passages
  kept as arrays (`links.SignatureIndex`: ~0.5 KB an article) until the candidate search is
  done, their texts written to a scratch file (`_Texts`) and not kept;
- candidate pairs are two arrays of rows (`links.nearest_pairs`);
- they are compared in chunks, one group of connected articles after another: the earlier
  comparisons of unchanged texts are found in one pass over the `pairs` table (`_Stored`)
  before the first chunk, the texts of the rest are read one at a time from the scratch file,
  and the chunk's comparisons and links are written to Parquet files in the run's staging
  folder before the next (put in the store a few files an insert at the end: DuckDB held many
  small inserts of one transaction in memory, past its limit);
- families are found from the strong links' rows (`links.family_rows`);
- an update after a few new, changed or deleted articles is incremental (`_Incremental`): the
  candidate search runs only for the articles whose choice can have changed, new candidates are
  merged into the stored choices (`choices`), and the stored link and comparison of two
  unchanged articles are kept (docs/store.md, "Incremental links").
The result is what `links.links` and `links.families` give over the same articles, with the same
reuse of stored signatures and comparisons (tests/test_store.py, tests/test_provenance.py).
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
from array import array
from collections import OrderedDict
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from . import db

PAGE = 2_000            # articles read from the store at a time
CHUNK = 20_000          # candidate pairs compared (and their texts read) at a time
SLICE = 1 << 16         # array entries turned into Python ints at a time
CHOICES_SLICE = 1 << 17  # choices staged a Parquet file at a time
DELETE_BATCH = 100_000  # stored rows deleted by rowid at a time (`_delete_rows`)
STORED_BATCH = 10_000   # stored comparisons read at a time (`_Stored`; 100,000: +54 MB at 100,000 articles)
# n-grams kept for the texts compared last, in all: about `links.GRAMS_KEPT` (256) texts of the
# generated corpus's average (537 n-grams: 5-word shingles and 8-word passages). Counted by
# n-gram, not by text: 256 copies of its longest article (2,809 each) held +75 MB at 100,000
# articles, where a family has 357 copies (36 at 10,000; issue 18).
GRAMS_BUDGET = 150_000
_PAIRS = pa.schema([("a", pa.string()), ("b", pa.string()), ("key_a", pa.string()), ("key_b", pa.string()),
                    ("jaccard", pa.float64()), ("passages", pa.int32()), ("example", pa.string())])
_LINKS = pa.schema([("earlier", pa.string()), ("later", pa.string()), ("score", pa.float64()),
                    ("evidence", pa.string())])
_SIGNATURES = pa.schema([("id", pa.string()), ("text_key", pa.string()), ("minhash", pa.binary()),
                         ("passages", pa.binary())])


class _Articles:
    """What linking needs of every article but its text, by row (in path order)."""

    def __init__(self):
        self.ids: list[str] = []
        self.outlets: list[str] = []
        self.published: list[str] = []
        self.relays: list[tuple[str, ...]] = []
        self.keys: list[str] = []
        self._strings: dict[str, str] = {}
        from ..provenance.links import Doc

        self._doc = Doc         # imported here, not per call (called twice a link: 3 million times at 100,000)

    def add(self, art_id: str, outlet: str, published: str, relays: str, key: str) -> None:
        same = self._strings.setdefault          # outlets, dates and relays repeat: one copy each
        self.ids.append(art_id)
        self.outlets.append(same(outlet, outlet))
        self.published.append(same(published, published))
        self.relays.append(tuple(same(r, r) for r in relays.split("; ") if r))
        self.keys.append(key)

    def doc(self, i: int):
        return self._doc(self.ids[i], self.outlets[i], self.published[i], "", self.relays[i])

    def __len__(self) -> int:
        return len(self.ids)

    def __iter__(self):
        return (self.doc(i) for i in range(len(self.ids)))


class _Texts:
    """Every article's text by row, in a scratch file (UTF-8, end to end, with each row's end
    offset), read back one text at a time (`os.pread`) as comparing needs it. Before, each chunk
    read its texts from the `articles` table with `id IN (…)`: a scan of the whole table per chunk
    (80 × 100,000 rows at 100,000 articles, most of the links step's 1,020 s) that held every
    text the chunk touched at once (up to 20,000 at 100,000 articles, against at most the corpus
    at 10,000: the comparing step's memory grew with the corpus; issue 18). Read with `pread`, not
    mapped: the system's page cache holds the file, not this process."""

    def __init__(self, path: Path):
        self.path = path
        self.file = open(path, "w+b")      # noqa: SIM115 (closed by `close`, after the comparing)
        self.ends = array("q", [0])

    def add(self, data: bytes) -> None:
        self.file.write(data)
        self.ends.append(self.ends[-1] + len(data))

    def __getitem__(self, i: int) -> str:
        lo = self.ends[i]
        return os.pread(self.file.fileno(), self.ends[i + 1] - lo, lo).decode("utf-8")

    def close(self) -> None:
        self.file.close()
        self.path.unlink(missing_ok=True)


class _Grams:
    """The n-grams of a row's text (`links._both_grams`), the last ones used kept up to
    GRAMS_BUDGET n-grams and `links.GRAMS_KEPT` texts (at least the pair at hand)."""

    def __init__(self, texts: _Texts, of, most: int):
        self.texts, self.of, self.most = texts, of, most
        self.kept: OrderedDict[int, tuple] = OrderedDict()
        self.size = 0

    def __call__(self, i: int):
        got = self.kept.get(i)
        if got is not None:
            self.kept.move_to_end(i)
            return got[0]
        grams = self.of(self.texts[i])
        n = len(grams[0]) + len(grams[1])
        self.kept[i] = (grams, n)
        self.size += n
        while len(self.kept) > 2 and (self.size > GRAMS_BUDGET or len(self.kept) > self.most):
            self.size -= self.kept.popitem(last=False)[1][1]
        return grams

    def clear(self) -> None:
        self.kept.clear()
        self.size = 0


class _Stored:
    """The stored comparisons that still hold (both texts unchanged), by candidate position: one
    join of the `pairs` table to the articles' rows and text keys (101,000 rows at 100,000
    articles: DuckDB's hash table is that small side; one join of the 1.6 million candidates ran
    out of its 64 MB cap), read STORED_BATCH rows at a time, each stored pair placed at its
    candidate's position by a binary search of the candidates' sorted keys. Before, each chunk
    of 20,000 candidates was joined to the whole `pairs` table: 80 scans of 1.6 million rows in a
    +1% run at 100,000 articles (issue 18). Jaccard and passage counts are arrays (12 bytes a
    candidate); the examples (~46 bytes each) go to a scratch file, read back one at a time
    (`os.pread`)."""

    def __init__(self, con, scratch: Path, ids: list[str], keys: list[str], ca: np.ndarray, cb: np.ndarray):
        self.path = scratch / "linking-examples.bin"
        self.file = None
        self.count = 0
        # Each candidate's stored row (its `rowid`, -1: none) and the stored rows that are not a
        # candidate's (a text changed or deleted, or no longer a candidate pair): an incremental
        # update keeps the one, deletes the other.
        self.rowid = np.full(len(ca), -1, dtype=np.int64)
        self.unused = np.zeros(0, dtype=np.int64)
        if not db.one(con, "SELECT count(*) FROM pairs")[0]:     # none in a first build: nothing to look up
            return
        n, m = len(ids), len(ca)
        self.jaccard = np.zeros(m, dtype=np.float64)
        self.passages = np.full(m, -1, dtype=np.int32)     # -1: no stored comparison
        self.start = np.zeros(m, dtype=np.int64)
        self.size = np.zeros(m, dtype=np.int32)
        self.file = open(self.path, "w+b")      # noqa: SIM115 (closed by `close`, after the comparing)
        cand = ca.astype(np.int64) * n
        cand += cb
        order = np.argsort(cand, kind="stable").astype(np.int32)
        cand = cand[order]
        # The articles' rows and keys as a registered table (~8 MB at 100,000 articles), not list
        # parameters: as 2 × 100,000 listed strings the lookup's high-water mark was +66 MB more.
        con.register("linking_rows", pa.table({"id": ids, "key": keys, "row": np.arange(n, dtype=np.int64)}))
        try:
            self._place(con.sql(
                "SELECT coalesce(ra.row, -1) AS i, coalesce(rb.row, -1) AS j, p.jaccard, p.passages, p.example, "
                "p.rowid FROM pairs p "
                "LEFT JOIN linking_rows ra ON ra.id = p.a AND ra.key = p.key_a "
                "LEFT JOIN linking_rows rb ON rb.id = p.b AND rb.key = p.key_b").to_arrow_reader(STORED_BATCH), cand, order, n)
        finally:
            con.unregister("linking_rows")
        del cand, order
        self.file.flush()

    def _place(self, reader, cand: np.ndarray, order: np.ndarray, n: int) -> None:
        """Each stored comparison read put at its candidate's position (`cand`: the candidates'
        keys sorted, `order`: their positions), its example appended to the scratch file."""
        m = len(cand)
        written = 0
        unused = []
        for batch in reader:
            i, j = batch.column(0).to_numpy(), batch.column(1).to_numpy()
            valid = (i >= 0) & (j >= 0)          # both texts as they were (a changed or deleted one: -1)
            got = i * n
            got += j
            at = np.minimum(np.searchsorted(cand, got), max(m - 1, 0))
            hit = valid & (cand[at] == got) if m else np.zeros(len(got), dtype=bool)
            pos = order[at[hit]]
            mask = pa.array(hit)
            rowids = batch.column(5).to_numpy()
            self.rowid[pos] = rowids[hit]
            unused.append(rowids[~hit])
            self.jaccard[pos] = batch.column(2).filter(mask).to_numpy(zero_copy_only=False)
            self.passages[pos] = batch.column(3).filter(mask).to_numpy(zero_copy_only=False)
            examples = batch.column(4).filter(mask).fill_null("").cast(pa.large_string())
            if len(examples):
                ends = np.frombuffer(examples.buffers()[1], dtype=np.int64)[examples.offset:examples.offset + len(examples) + 1]
                if ends[-1] > ends[0]:
                    self.file.write(memoryview(examples.buffers()[2])[ends[0]:ends[-1]])
                self.start[pos] = written + ends[:-1] - ends[0]
                self.size[pos] = np.diff(ends)
                written += int(ends[-1] - ends[0])
            self.count += len(pos)
        self.unused = np.concatenate(unused) if unused else self.unused

    def found(self) -> np.ndarray:
        """Which candidates have a stored comparison (a mask)."""
        return self.passages >= 0 if self.file is not None else np.zeros(len(self.rowid), dtype=bool)

    def chunk(self, lo: int, hi: int, pair_of) -> list:
        """The stored comparisons of candidates lo to hi, each as `pair_of(jaccard, passages,
        example)` or None where there is none."""
        return self.at(np.arange(lo, hi), pair_of)

    def at(self, positions: np.ndarray, pair_of) -> list:
        """`chunk` for the candidates at `positions`."""
        if self.file is None:
            return [None] * len(positions)
        fd, got = self.file.fileno(), []
        for jac, npass, at, size in zip(self.jaccard[positions].tolist(), self.passages[positions].tolist(),
                                        self.start[positions].tolist(), self.size[positions].tolist()):
            got.append(None if npass < 0 else pair_of(jac, npass, os.pread(fd, size, at).decode("utf-8")))
        return got

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.path.unlink(missing_ok=True)


def _insert(con, table: str, rows: dict, schema: pa.Schema) -> None:
    if rows and len(next(iter(rows.values()))):
        con.register("linking_in", pa.table(rows, schema=schema))
        db.run(con, f"INSERT INTO {table} SELECT * FROM linking_in")
        con.unregister("linking_in")


class _Staged:
    """Rows of one table written to Parquet files a chunk at a time, then put in the table a few
    files an INSERT (`db.insert_files`): DuckDB keeps many small inserts of one transaction in
    memory past its memory limit (1.2 million pair rows in 60 inserts: +300 MB, measured)."""

    def __init__(self, folder: Path, table: str, schema: pa.Schema):
        self.folder, self.table, self.schema, self.files = folder, table, schema, []

    def add(self, rows: dict) -> None:
        if rows and len(next(iter(rows.values()))):
            path = self.folder / f"linking-{self.table}-{len(self.files):06d}.parquet"
            pq.write_table(pa.table(rows, schema=self.schema), path)
            self.files.append(str(path))

    def insert(self, con) -> None:
        db.insert_files(con, self.table, self.files)
        for f in self.files:
            Path(f).unlink(missing_ok=True)


def release_freed() -> None:
    """Give the memory freed so far back to the system. The C allocator keeps freed small blocks
    for reuse; after the candidate search's many small arrays it kept ~160 MB at 100,000 articles
    that the comparing then sat on top of (measured: 663 → 499 MB). glibc's `malloc_trim`, as
    dask.distributed calls it; elsewhere nothing."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


# An update is incremental (only the articles whose choice can have changed are searched again,
# the links of two unchanged articles kept as stored) when at most this share of the articles
# is to be searched again (new, changed, or whose choice lost an article); past it the whole
# search costs about as much, and the full path is the simpler one.
INCREMENTAL_SHARE = 0.5
_CHOICES = pa.schema([("a", pa.string()), ("b", pa.string()), ("shared", pa.int32())])
# What the last links step of this process did (for benchmarks and tests): incremental or not,
# the articles searched again, merged, whose choice changed, the candidate pairs linked again.
last_run: dict = {}


def links_code() -> str:
    """The version of the links: the provenance package's and this module's source. The stored
    choices and links are reused only by the code that made them (`meta.links_code`)."""
    h = hashlib.sha256()
    pkg = Path(__file__).resolve().parents[1]
    for p in sorted((pkg / "provenance").rglob("*")) + [Path(__file__).resolve()]:
        if p.suffix in (".py", ".yml") and p.is_file():
            h.update(p.relative_to(pkg).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def relink(con, scratch: Path) -> None:
    """Links, families, signatures and pairs over every stored article (`ok`), replacing the old
    ones, in the caller's transaction; `scratch` is a folder for the rows on their way (the run's
    staging folder). What earlier runs computed for unchanged texts (MinHash
    signatures, pair comparisons) is reused, so adding a few articles compares only those; when
    the store holds the last run's choices (`choices`, `linked`) made by this code, only the
    articles whose candidates can have changed are searched again (`_Incremental`)."""
    db.run(con, "SET memory_limit = ?", [os.environ.get(db.MEMORY_ENV) or db.LINK_MEMORY_LIMIT])
    try:
        _relink(con, scratch)
    finally:
        db.run(con, "SET memory_limit = ?", [db.writer_memory()])


def _relink(con, scratch: Path) -> None:
    texts = _Texts(scratch / "linking-texts.bin")
    try:
        _link(con, scratch, texts)
    finally:
        texts.close()


class _Choices:
    """The full search's choices (article row, chosen row, shared passage entries) appended to a
    scratch file as int32 triples, not held: ~2 million at 100,000 articles, 24 MB that would
    sit beside the search's indexes, its peak (issue 18)."""

    def __init__(self, path: Path):
        self.path = path
        self.file = open(path, "wb")      # noqa: SIM115 (closed by `slices`)

    def __call__(self, i: int, chosen: np.ndarray, shared: np.ndarray) -> None:
        out = np.empty((len(chosen), 3), dtype=np.int32)
        out[:, 0], out[:, 1], out[:, 2] = i, chosen, shared
        self.file.write(out.tobytes())

    def slices(self, size: int):
        """The triples back, `size` at a time (k × 3, int32); the file removed after."""
        self.file.close()
        count = os.path.getsize(self.path) // 12
        try:
            for lo in range(0, count, size):
                yield np.fromfile(self.path, dtype=np.int32, count=3 * min(size, count - lo),
                                  offset=12 * lo).reshape(-1, 3)
        finally:
            self.path.unlink(missing_ok=True)


class _Incremental:
    """What an incremental update needs of the last run (issue 18): which articles are as they
    were then (`same`: the same id, text, outlet, date and relays: `linked.key`), their stored
    choices, and which unchanged articles must be searched again (`again`).

    An article's choice (`links.nearest_pairs`: its MAX_PARTNERS nearest copies and others among
    its candidates) depends on the whole corpus in three ways, each accounted for exactly:
    - a new or changed article among its candidates: the nearest of the old candidates and the
      new ones are the nearest of its old choice and the new ones (`merge`, no search again);
    - an article it chose is gone or changed: the next nearest comes in, so it is searched again;
    - a sampled passage it shares with another unchanged article crossed the bounds of a useful
      passage (in 2 to COMMON_PASSAGE articles) because articles came or went: its candidates
      and their order changed, so it and every unchanged article holding that passage are
      searched again.
    Otherwise its candidates and their order are those of the last run, and so is its choice.
    Nothing else in the search depends on the corpus (LSH bands and the estimated Jaccard are
    of the pair; the ties are broken by id)."""

    def __init__(self, con, arts: _Articles, docs: list[str], index):
        n = len(arts)
        self.same = np.zeros(n, dtype=bool)
        got = _table(con, "SELECT r.row FROM linked l JOIN linking_arts r ON r.id = l.id AND r.doc = l.key")
        self.same[got.column(0).to_numpy()] = True
        gone = _table(con, "SELECT l.id, s.passages FROM linked l LEFT JOIN signatures s ON s.id = l.id "
                           "WHERE NOT EXISTS (SELECT 1 FROM linking_arts r WHERE r.id = l.id AND r.doc = l.key)")
        gone_passages = [np.frombuffer(b, dtype=np.uint32) for b in gone.column(1).to_pylist() if b]
        self.n_gone = len(gone)
        # The stored choices of the unchanged articles, as rows (-1: the chosen one is gone or changed).
        got = _table(con, "SELECT ra.row, coalesce(rb.row, -1), c.shared FROM choices c "
                          "JOIN linking_arts ra ON ra.id = c.a "
                          "LEFT JOIN linking_arts rb ON rb.id = c.b")
        a = got.column(0).to_numpy().astype(np.int32)
        b = got.column(1).to_numpy().astype(np.int32)
        shared = got.column(2).to_numpy().astype(np.int32)
        del got
        keep = self.same[a]
        a, b, shared = a[keep], b[keep], shared[keep]
        again = np.zeros(n, dtype=bool)
        lost = (b < 0) | ~self.same[np.maximum(b, 0)]
        again[a[lost]] = True
        self.flipped = self._flips(index, gone_passages)
        again |= self.flipped
        self.again = again & self.same
        self.a, self.b, self.shared = a, b, shared

    def _flips(self, index, gone_passages: list[np.ndarray]) -> np.ndarray:
        """The unchanged articles holding a sampled passage whose usefulness changed and that
        another unchanged article holds too."""
        from ..provenance import links as pv

        n = len(self.same)
        out = np.zeros(n, dtype=bool)
        new_rows = np.flatnonzero(~self.same)
        added = (np.concatenate([index.passages[index.starts[i]:index.starts[i + 1]] for i in new_rows])
                 if len(new_rows) else np.zeros(0, np.uint32))
        removed = np.concatenate(gone_passages) if gone_passages else np.zeros(0, np.uint32)
        touched = np.unique(np.concatenate([added, removed]))
        if not len(touched):
            return out
        now = np.zeros(len(touched), dtype=np.int64)
        for _lo, hit in _entries_in(index.passages, touched):
            now += np.bincount(hit, minlength=len(touched))

        def count(values):
            v, c = np.unique(values, return_counts=True)
            got = np.zeros(len(touched), dtype=np.int64)
            got[np.searchsorted(touched, v)] = c
            return got

        before = now - count(added) + count(removed)

        def useful(c):
            return (c > 1) & (c <= pv.COMMON_PASSAGE)

        flipped = touched[useful(before) != useful(now)]
        if not len(flipped):
            return out
        entries = np.concatenate([lo + np.flatnonzero(at >= 0) for lo, at in _entries_in(index.passages, flipped, True)])
        owners = np.searchsorted(index.starts, entries, side="right") - 1
        mine = self.same[owners]
        held = np.unique(index.passages[entries[mine]].astype(np.int64) << 32 | owners[mine])
        hashes, owner = held >> 32, held & 0xFFFFFFFF
        first = np.ones(len(hashes), dtype=bool)
        first[1:] = hashes[1:] != hashes[:-1]
        group = np.cumsum(first) - 1
        many = np.bincount(group) >= 2
        out[owner[many[group]]] = True
        return out

    def search(self, index, ranks: np.ndarray) -> tuple[tuple, tuple]:
        """The choices of every article (row, chosen row, shared entries), the unchanged ones' as
        stored, the rest searched again or merged; and the rows whose choices are new (to store)."""
        from ..provenance import links as pv

        n = len(self.same)
        redo = np.flatnonzero(~self.same | self.again)
        search = pv.CandidateSearch(index, release_passages=True)     # the caller holds no other
        rows, partners, shared = [], [], []
        m_rows, m_partners, m_shared = [], [], []
        plain = self.same & ~self.again          # unchanged, choice as stored unless new candidates come
        for i in redo.tolist():
            ids, counts, cand = search.candidates(i)
            sh = pv.shared_of(ids, counts, cand)
            rows.append(np.full(len(cand), i, dtype=np.int32))
            partners.append(cand.astype(np.int32))
            shared.append(sh.astype(np.int32))
            if not self.same[i]:
                mates = plain[cand]
                m_rows.append(cand[mates].astype(np.int32))
                m_partners.append(np.full(int(mates.sum()), i, dtype=np.int32))
                m_shared.append(sh[mates].astype(np.int32))
        search.free()
        del search

        def cat(parts, dtype=np.int32):
            return np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype=dtype)

        rows, partners, shared = cat(rows), cat(partners), cat(shared)
        keep = pv.select_partners(rows, partners, shared, index, ranks)
        rows, partners, shared = rows[keep], partners[keep], shared[keep]
        # The unchanged articles with new candidates: their stored choice and the new ones.
        m_rows, m_partners, m_shared = cat(m_rows), cat(m_partners), cat(m_shared)
        merged = np.zeros(n, dtype=bool)
        merged[m_rows] = True
        mine = merged[self.a]
        m_rows = np.concatenate([self.a[mine], m_rows])
        m_partners = np.concatenate([self.b[mine], m_partners])
        m_shared = np.concatenate([self.shared[mine], m_shared])
        keep = pv.select_partners(m_rows, m_partners, m_shared, index, ranks)
        # A merged article whose choice came out as stored (no new one chosen, none stored dropped)
        # keeps its stored rows: only the changed choices are written again.
        changed = np.zeros(n, dtype=bool)
        stored_part = int(mine.sum())
        changed[m_rows[:stored_part][~keep[:stored_part]]] = True
        changed[m_rows[stored_part:][keep[stored_part:]]] = True
        redone = ~plain | changed                 # the articles whose stored choices are replaced
        new = redone[m_rows] & keep
        rows = np.concatenate([rows, m_rows[new]])
        partners = np.concatenate([partners, m_partners[new]])
        shared = np.concatenate([shared, m_shared[new]])
        # The others' stored choices as they are.
        kept = ~redone[self.a]
        self.redone = redone
        self.n_merged, self.n_changed, self.n_searched = int(merged.sum()), int(changed.sum()), len(redo)
        return (np.concatenate([self.a[kept], rows]), np.concatenate([self.b[kept], partners]),
                np.concatenate([self.shared[kept], shared])), (rows, partners, shared)


def _entries_in(passages: np.ndarray, values: np.ndarray, every: bool = False):
    """For each slice of `passages` (SLICE × 16 at a time: `np.isin` and a sorted copy of the
    6.7 million passages at 100,000 articles took +200 MB), its start and the place in `values`
    (sorted, distinct) of each entry found there; with `every`, of each entry, -1 where none."""
    step = SLICE * 16
    for lo in range(0, len(passages), step):
        part = passages[lo:lo + step]
        at = np.minimum(np.searchsorted(values, part), len(values) - 1)
        hit = values[at] == part
        yield lo, (np.where(hit, at, -1) if every else at[hit])


def _pairs_of(a: np.ndarray, b: np.ndarray, ranks: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Directed choices as candidate pairs: the smaller id first, each once, sorted."""
    from ..provenance import links as pv

    a, b = a.astype(np.int64), b.astype(np.int64)
    first = ranks[b] > ranks[a]
    return pv.unique_pairs(np.where(first, a * n + b, b * n + a), n)


def _link(con, scratch: Path, texts: _Texts) -> None:
    import datasketch

    from ..provenance import links as pv

    salt = f"{datasketch.__version__} {pv.MINHASH_SCHEME}\0".encode()
    n = db.one(con, "SELECT count(*) FROM articles WHERE ok")[0]
    arts = _Articles()
    index = pv.SignatureIndex.empty(n)
    passages = array("I")
    docs: list[str] = []                # each article's key for the links: text key, id, outlet, date, relays
    reused = np.zeros(n, dtype=bool)    # its stored signature holds
    paths = [p for (p,) in db.run(con, "SELECT path FROM articles WHERE ok ORDER BY path")]
    # 1. Every article's key, signature (stored, or computed from its text), metadata and text (to
    # the scratch file), a page at a time.
    for lo in range(0, len(paths), PAGE):
        page = db.run(con, "SELECT a.id, json_extract_string(a.metadata, '$.outlet'), a.published, "
                           "json_extract_string(a.metadata, '$.relays'), a.cleaned, s.text_key, s.minhash, s.passages "
                           "FROM articles a LEFT JOIN signatures s ON s.id = a.id "
                           "WHERE a.ok AND a.path BETWEEN ? AND ? ORDER BY a.path",
                      [paths[lo], paths[min(lo + PAGE, len(paths)) - 1]])
        for art_id, outlet, published, relays, cleaned, text_key, minhash, stored in page:
            i = len(arts)
            data = cleaned.encode("utf-8")
            texts.add(data)
            key = hashlib.sha256(salt + data).hexdigest()[:32]
            if text_key == key:
                index.set_minhash(i, np.frombuffer(minhash, dtype=np.uint64) if minhash is not None else None)
                passages.frombytes(stored)
                reused[i] = True
            else:
                sig = pv.signature(cleaned)
                index.set_minhash(i, sig.minhash)
                passages.extend(sig.passages)
            index.starts[i + 1] = len(passages)
            arts.add(art_id, outlet or "", published or "", relays or "", key)
            docs.append(hashlib.sha256("\0".join((key, art_id, outlet or "", published or "", relays or ""))
                                       .encode("utf-8")).hexdigest()[:32])
        del page
    del paths
    texts.file.flush()
    index.passages = np.frombuffer(passages, dtype=np.uint32) if passages else np.zeros(0, dtype=np.uint32)
    del passages
    ranks = pv._id_ranks(arts.ids)
    code = links_code()
    con.register("linking_arts", pa.table({"id": arts.ids, "key": arts.keys, "doc": docs,
                                           "row": np.arange(n, dtype=np.int64)}))
    try:
        held = [index]          # passed in a list, so that the links step can free it (not held here)
        del index
        _link_rows(con, scratch, texts, arts, docs, held, reused, ranks, code)
    finally:
        con.unregister("linking_arts")


def _link_rows(con, scratch: Path, texts: _Texts, arts: _Articles, docs: list[str], held: list, reused: np.ndarray,
               ranks: np.ndarray, code: str) -> None:
    from ..provenance import links as pv

    index = held.pop()
    n = len(arts)
    ids = arts.ids
    inc = None
    if (n and db.one(con, "SELECT value FROM meta WHERE key = 'links_code'") == (code,)
            and db.one(con, "SELECT count(*) FROM linked")[0]):
        inc = _Incremental(con, arts, docs, index)
        if (~inc.same | inc.again).sum() > INCREMENTAL_SHARE * n:
            inc = None                    # most articles searched again anyway: the whole search
    # The signatures are written to the scratch folder now, and their arrays freed as soon as the
    # candidate search is done with them (the passages once its index of them is built): the rest
    # needs the texts, not the signatures (MinHash values and passages: ~0.5 KB an article, 53 MB
    # at 100,000 articles, held through the comparing before, where the build peaked; issue 18).
    # An incremental update writes only the new ones.
    staged_signatures = _Staged(scratch, "signatures", _SIGNATURES)
    for lo in range(0, n, PAGE):
        rows = [i for i in range(lo, min(n, lo + PAGE)) if inc is None or not reused[i]]
        staged_signatures.add({
            "id": [ids[i] for i in rows], "text_key": [arts.keys[i] for i in rows],
            "minhash": [index.minhash[i].astype(np.uint64).tobytes() if index.has[i] else None for i in rows],
            "passages": [index.passages[index.starts[i]:index.starts[i + 1]].tobytes() for i in rows]})

    # 2. Candidate pairs (credits, then the nearest by signature), as rows, smaller id first.
    credits = pv.credit_links(arts)
    # Every article's choice goes to a scratch file until the end (24 MB at 100,000 articles).
    chosen = _Choices(scratch / "linking-choices.bin")
    if inc is None:
        ca, cb = pv.nearest_pairs(index, ranks, release_passages=True, chosen=chosen)
        del index
    else:
        every, _new = inc.search(index, ranks)
        del index, _new
        inc.a = inc.b = inc.shared = None                     # the stored choices: done with
        every = np.stack(every, axis=1).astype(np.int32, copy=False)
        ca, cb = _pairs_of(every[:, 0], every[:, 1], ranks, n)
        chosen.file.write(every.tobytes())
        del every
    release_freed()
    # made after the candidate search, its peak (~8 MB at 100,000 articles; issue 18)
    row_of = {art_id: i for i, art_id in enumerate(ids)}
    if credits:
        # The credits' pairs joined to the others, each pair once, sorted: in place where it can be
        # (np.unique of the concatenation held four copies of the 1.6 million pairs at 100,000).
        extra = np.array([sorted((row_of[e], row_of[la]), key=ranks.__getitem__) for e, la in credits],
                         dtype=np.int64).reshape(-1, 2)
        key = ca * n
        key += cb
        del ca, cb
        ca, cb = pv.unique_pairs(np.concatenate([key, extra[:, 0] * n + extra[:, 1]]), n)
        del key
    # Row numbers as int32 (they fit: n < 2**31): half the memory of the 1.6 million pairs at 100,000.
    ca, cb = ca.astype(np.int32), cb.astype(np.int32)
    order = _by_group(ca, cb, ranks, n)
    ca, cb = ca[order], cb[order]
    del order
    release_freed()

    # 3. Compare them chunk by chunk; write each chunk's comparisons and links. An incremental
    # update keeps the stored link and comparison of two unchanged articles that are still
    # candidates and have no credit now or in the stored link (a credit depends on the outlet's
    # other articles), and compares and links the rest.
    staged_pairs, staged_links = _Staged(scratch, "pairs", _PAIRS), _Staged(scratch, "links", _LINKS)
    grams = _Grams(texts, pv._both_grams, pv.GRAMS_KEPT)
    strong_e, strong_l = array("q"), array("q")      # rows of the links that join a family
    keys = arts.keys

    def emit(link_rows: dict, link) -> None:
        link_rows["earlier"].append(link.earlier)
        link_rows["later"].append(link.later)
        link_rows["score"].append(link.score)
        link_rows["evidence"].append(json.dumps(link.evidence, ensure_ascii=False))
        if link.score >= pv.LINK_SCORE:
            strong_e.append(row_of[link.earlier])
            strong_l.append(row_of[link.later])

    stored = _Stored(con, scratch, ids, keys, ca, cb)
    try:
        if inc is None:
            for table in ("links", "families"):
                db.run(con, f"DELETE FROM {table}")
            todo = np.arange(len(ca))
        else:
            todo = _keep_stored(con, inc, stored, ca, cb, ranks, credits, row_of)
            _delete_stale(con, inc, ids)
        last_run.clear()
        last_run.update({"incremental": inc is not None, "articles": n, "candidates": len(ca), "linked again": len(todo)})
        if inc is not None:
            last_run.update({"searched": inc.n_searched, "merged": inc.n_merged, "choice changed": inc.n_changed,
                             "gone or changed": inc.n_gone})
        for start in range(0, len(todo), CHUNK):
            at = todo[start:start + CHUNK]
            a, b = ca[at].tolist(), cb[at].tolist()
            known = stored.at(at, pv.Pair)
            pair_rows = {f: [] for f in _PAIRS.names}
            link_rows = {f: [] for f in _LINKS.names}
            for pos, (i, j) in enumerate(zip(a, b)):
                pair = known[pos] or pv._compare_grams(grams(i), grams(j))
                for f, v in zip(_PAIRS.names, (ids[i], ids[j], keys[i], keys[j], pair.jaccard, pair.passages,
                                               pair.example)):
                    pair_rows[f].append(v)
                found_here = {}
                for score, why in pv.pair_evidence(pair):
                    di, dj = arts.doc(i), arts.doc(j)
                    earlier, later = pv._order(di, dj)
                    if (earlier.id, later.id) in credits:       # a credit's link gets the text evidence after it
                        found_here[(earlier.id, later.id)] = credits.pop((earlier.id, later.id))
                    pv.add_evidence(found_here, di, dj, score, why)
                for link in found_here.values():
                    emit(link_rows, link)
            staged_pairs.add(pair_rows)
            staged_links.add(link_rows)
            del pair_rows, link_rows, known
            release_freed()      # each chunk's freed rows and n-grams given back, not kept by the allocator
    finally:
        stored.close()
    grams.clear()
    link_rows = {f: [] for f in _LINKS.names}
    for link in credits.values():                 # credits no text evidence joined
        emit(link_rows, link)
    staged_links.add(link_rows)
    staged_links.insert(con)

    # 4. Families, signatures, comparisons and choices.
    if inc is not None:                           # every strong link, the kept ones too
        got = _table(con, "SELECT ra.row, rb.row FROM links l JOIN linking_arts ra ON ra.id = l.earlier "
                      "JOIN linking_arts rb ON rb.id = l.later WHERE l.score >= ?", [pv.LINK_SCORE])
        strong = (got.column(0).to_numpy().astype(np.int64), got.column(1).to_numpy().astype(np.int64))
        del got
        db.run(con, "DELETE FROM families")
    else:
        strong = (np.frombuffer(strong_e, dtype=np.int64), np.frombuffer(strong_l, dtype=np.int64))
    fams = pv.family_rows(ids, arts.published, *strong)
    _insert(con, "families", {"origin": [o for o, ms in fams for _m in ms], "member": [m for _o, ms in fams for m in ms]},
            pa.schema([("origin", pa.string()), ("member", pa.string())]))
    if inc is None:
        db.run(con, "DELETE FROM signatures")
        db.run(con, "DELETE FROM pairs")
    staged_signatures.insert(con)
    staged_pairs.insert(con)
    # Every article's choice, written again whole: deleting the stored choices of the articles
    # redone (10,000 in a +1% update at 100,000 articles) ran out of DuckDB's 64 MB cap with the
    # run's rows held, and so did one INSERT joining the rows to their ids. Staged a slice at a
    # time, the ids taken by Arrow (1.9 million rows of ids made in Python took ~7 s).
    db.run(con, "DELETE FROM choices")
    staged_choices = _Staged(scratch, "choices", _CHOICES)
    id_array = pa.array(ids, type=pa.string())
    for part in chosen.slices(CHOICES_SLICE):
        staged_choices.add({"a": id_array.take(pa.array(part[:, 0])), "b": id_array.take(pa.array(part[:, 1])),
                            "shared": pa.array(part[:, 2])})
    del id_array
    staged_choices.insert(con)
    db.run(con, "DELETE FROM linked")
    _insert(con, "linked", {"id": ids, "key": docs}, pa.schema([("id", pa.string()), ("key", pa.string())]))
    db.run(con, "INSERT OR REPLACE INTO meta VALUES ('links_code', ?)", [code])


def _keep_stored(con, inc: _Incremental, stored: _Stored, ca: np.ndarray, cb: np.ndarray, ranks: np.ndarray,
                 credits: dict, row_of: dict) -> np.ndarray:
    """Keep the stored comparisons and links that hold (both articles unchanged, the pair still a
    candidate with a stored comparison, no credit in it now or when stored), delete the rest of
    the `links` and `pairs` rows; the positions of the candidates to compare and link."""
    n = len(ranks)
    cand = ca.astype(np.int64) * n
    cand += cb
    order = np.argsort(cand, kind="stable")
    cand = cand[order]

    def positions(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """The candidate position of each pair of rows (either order), -1 where none."""
        a, b = a.astype(np.int64), b.astype(np.int64)
        key = np.where(ranks[a] < ranks[b], a * n + b, b * n + a)
        at = np.minimum(np.searchsorted(cand, key), max(len(cand) - 1, 0))
        hit = (cand[at] == key) if len(cand) else np.zeros(len(key), dtype=bool)
        return np.where(hit, order[at] if len(cand) else -1, -1)

    reuse = inc.same[ca] & inc.same[cb] & stored.found()
    if credits:
        e = np.array([row_of[x] for x, _ in credits], dtype=np.int64)
        la = np.array([row_of[y] for _, y in credits], dtype=np.int64)
        at = positions(e, la)
        reuse[at[at >= 0]] = False                # (every credit is among the candidates)
    # The stored links: those with a credit (its first piece of evidence) are made again.
    reader = con.sql("SELECT l.rowid, coalesce(ra.row, -1), coalesce(rb.row, -1), "
                     "coalesce(starts_with(json_extract_string(l.evidence, '$[0]'), l.earlier || ' credits ') "
                     "OR starts_with(json_extract_string(l.evidence, '$[0]'), l.later || ' credits '), false) "
                     "FROM links l LEFT JOIN linking_arts ra ON ra.id = l.earlier "
                     "LEFT JOIN linking_arts rb ON rb.id = l.later").to_arrow_reader(STORED_BATCH * 10)
    rowids, places = [], []
    for batch in reader:             # a batch at a time: 1.6 million links at 100,000 articles
        la, lb = batch.column(1).to_numpy(), batch.column(2).to_numpy()
        known = (la >= 0) & (lb >= 0)
        pos = np.full(len(la), -1, dtype=np.int64)
        pos[known] = positions(la[known], lb[known])
        credited = batch.column(3).to_numpy(zero_copy_only=False)
        reuse[pos[credited & (pos >= 0)]] = False
        rowids.append(batch.column(0).to_numpy())
        places.append(pos.astype(np.int32))
    del reader
    rowid, pos = np.concatenate(rowids) if rowids else np.zeros(0, np.int64), \
        np.concatenate(places) if places else np.zeros(0, np.int32)
    del rowids, places
    keep = (pos >= 0) & reuse[np.maximum(pos, 0)]
    _delete_rows(con, "links", rowid[~keep])
    del rowid, pos, keep
    # The stored comparisons: those of candidates not reused, and those no longer candidates.
    _delete_rows(con, "pairs", np.concatenate([stored.rowid[~reuse & (stored.rowid >= 0)], stored.unused]))
    return np.flatnonzero(~reuse)


def _delete_stale(con, inc: _Incremental, ids: list[str]) -> None:
    """The stored signatures of changed or deleted texts."""
    db.run(con, "DELETE FROM signatures WHERE NOT EXISTS (SELECT 1 FROM linking_arts r "
                "WHERE r.id = signatures.id AND r.key = signatures.text_key)")


def _table(con, sql: str, params: list | None = None) -> pa.Table:
    return con.sql(sql, params=params).to_arrow_table()


def _delete_rows(con, table: str, rowids: np.ndarray) -> None:
    """Delete the rows of `table` given by rowid, DELETE_BATCH at a time (DuckDB's hash of the
    list stays under its cap while linking)."""
    for lo in range(0, len(rowids), DELETE_BATCH):
        con.register("linking_drop", pa.table({"r": rowids[lo:lo + DELETE_BATCH].astype(np.int64)}))
        db.run(con, f"DELETE FROM {table} WHERE rowid IN (SELECT r FROM linking_drop)")
        con.unregister("linking_drop")


def _by_group(a: np.ndarray, b: np.ndarray, ranks: np.ndarray, n: int) -> np.ndarray:
    """An order of the candidate pairs that puts each group of connected articles together (so
    that a text's n-grams are still kept when its next pair comes; as links._by_group): by the
    group's first article in id order, then by the pair's ids."""
    up = list(range(n))               # a list: a Python loop indexes it faster than an array

    def find(x: int) -> int:
        while up[x] != x:
            up[x] = up[up[x]]
            x = up[x]
        return x

    rank = ranks.tolist()
    for lo in range(0, len(a), SLICE):       # Python ints a slice at a time, not 1.6 million at once
        for i, j in zip(a[lo:lo + SLICE].tolist(), b[lo:lo + SLICE].tolist()):
            x, y = find(i), find(j)
            if x != y:
                if rank[x] < rank[y]:
                    up[y] = x
                else:
                    up[x] = y
    parent = np.asarray(up, dtype=np.int64)
    del up
    while True:
        up = parent[parent]
        if (up == parent).all():
            break
        parent = up
    del rank
    ranks = ranks.astype(np.int32)       # the sort's three keys at half the memory (issue 18)
    top = parent[a].astype(np.int32)
    del parent
    return np.lexsort((ranks[b], ranks[a], ranks[top]))
