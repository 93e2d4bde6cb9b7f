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
- families are found from the strong links' rows (`links.family_rows`).
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
                "SELECT ra.row AS i, rb.row AS j, p.jaccard, p.passages, p.example FROM pairs p "
                "JOIN linking_rows ra ON ra.id = p.a AND ra.key = p.key_a "
                "JOIN linking_rows rb ON rb.id = p.b AND rb.key = p.key_b").to_arrow_reader(STORED_BATCH), cand, order, n)
        finally:
            con.unregister("linking_rows")
        del cand, order
        self.file.flush()

    def _place(self, reader, cand: np.ndarray, order: np.ndarray, n: int) -> None:
        """Each stored comparison read put at its candidate's position (`cand`: the candidates'
        keys sorted, `order`: their positions), its example appended to the scratch file."""
        m = len(cand)
        written = 0
        for batch in reader:
            got = batch.column(0).to_numpy() * n
            got += batch.column(1).to_numpy()
            at = np.minimum(np.searchsorted(cand, got), max(m - 1, 0))
            hit = cand[at] == got if m else np.zeros(len(got), dtype=bool)
            pos = order[at[hit]]
            mask = pa.array(hit)
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

    def chunk(self, lo: int, hi: int, pair_of) -> list:
        """The stored comparisons of candidates lo to hi, each as `pair_of(jaccard, passages,
        example)` or None where there is none."""
        if self.file is None:
            return [None] * (hi - lo)
        fd, got = self.file.fileno(), []
        for jac, npass, at, size in zip(self.jaccard[lo:hi].tolist(), self.passages[lo:hi].tolist(),
                                        self.start[lo:hi].tolist(), self.size[lo:hi].tolist()):
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


def relink(con, scratch: Path) -> None:
    """Links, families, signatures and pairs over every stored article (`ok`), replacing the old
    ones, in the caller's transaction; `scratch` is a folder for the rows on their way (the run's
    staging folder). What earlier runs computed for unchanged texts (MinHash
    signatures, pair comparisons) is reused, so adding a few articles compares only those."""
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


def _link(con, scratch: Path, texts: _Texts) -> None:
    import datasketch

    from ..provenance import links as pv

    salt = f"{datasketch.__version__} {pv.MINHASH_SCHEME}\0".encode()
    n = db.one(con, "SELECT count(*) FROM articles WHERE ok")[0]
    arts = _Articles()
    index = pv.SignatureIndex.empty(n)
    passages = array("I")
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
            else:
                sig = pv.signature(cleaned)
                index.set_minhash(i, sig.minhash)
                passages.extend(sig.passages)
            index.starts[i + 1] = len(passages)
            arts.add(art_id, outlet or "", published or "", relays or "", key)
        del page
    del paths
    texts.file.flush()
    index.passages = np.frombuffer(passages, dtype=np.uint32) if passages else np.zeros(0, dtype=np.uint32)
    del passages
    ranks = pv._id_ranks(arts.ids)

    # The signatures are written to the scratch folder now, and their arrays freed as soon as the
    # candidate search is done with them (the passages once its index of them is built): the rest
    # needs the texts, not the signatures (MinHash values and passages: ~0.5 KB an article, 53 MB
    # at 100,000 articles, held through the comparing before, where the build peaked; issue 18).
    staged_signatures = _Staged(scratch, "signatures", _SIGNATURES)
    for lo in range(0, n, PAGE):
        rows = range(lo, min(n, lo + PAGE))
        staged_signatures.add({
            "id": [arts.ids[i] for i in rows], "text_key": [arts.keys[i] for i in rows],
            "minhash": [index.minhash[i].astype(np.uint64).tobytes() if index.has[i] else None for i in rows],
            "passages": [index.passages[index.starts[i]:index.starts[i + 1]].tobytes() for i in rows]})

    # 2. Candidate pairs (credits, then the nearest by signature), as rows, smaller id first.
    credits = pv.credit_links(arts)
    ca, cb = pv.nearest_pairs(index, ranks, release_passages=True)
    del index
    release_freed()
    # made after the candidate search, its peak (~8 MB at 100,000 articles; issue 18)
    row_of = {art_id: i for i, art_id in enumerate(arts.ids)}
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
    del order, ranks
    release_freed()

    # 3. Compare them chunk by chunk; write each chunk's comparisons and links.
    for table in ("links", "families"):
        db.run(con, f"DELETE FROM {table}")
    staged_pairs, staged_links = _Staged(scratch, "pairs", _PAIRS), _Staged(scratch, "links", _LINKS)
    grams = _Grams(texts, pv._both_grams, pv.GRAMS_KEPT)
    strong_e, strong_l = array("q"), array("q")      # rows of the links that join a family
    keys, ids = arts.keys, arts.ids

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
        for start in range(0, len(ca), CHUNK):
            a, b = ca[start:start + CHUNK].tolist(), cb[start:start + CHUNK].tolist()
            known = stored.chunk(start, start + len(a), pv.Pair)
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

    # 4. Families, signatures and comparisons.
    fams = pv.family_rows(ids, arts.published, np.frombuffer(strong_e, dtype=np.int64),
                          np.frombuffer(strong_l, dtype=np.int64))
    _insert(con, "families", {"origin": [o for o, ms in fams for _m in ms], "member": [m for _o, ms in fams for m in ms]},
            pa.schema([("origin", pa.string()), ("member", pa.string())]))
    db.run(con, "DELETE FROM signatures")
    staged_signatures.insert(con)
    db.run(con, "DELETE FROM pairs")
    staged_pairs.insert(con)


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
