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
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa

from ..extraction.catalogue import load_catalogue
from ..extraction.claims import claims_frame
from ..provenance import links as pv
from ..reading.corpus import Article, plan_corpus
from ..reading.decode import MAX_FILE_BYTES
from ..reading.limits import max_line_chars
from ..reading.problems import Problem
from . import db
from .records import problems_from_json
from .work import Engine, batches, read_batch

PACKAGE = Path(__file__).resolve().parents[1]


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
    manifest_exists = man.path is not None and man.path.exists()
    catalogue_path = str(metrics) if metrics else None
    if metrics:
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
            names = ("read_key", "extract_key", "context_year", "pending", "ok", "published")
            rows = {r[0]: dict(zip(names, r[1:])) for r in con.execute(
                f"SELECT path, {', '.join(names)} FROM articles").fetchall()}
            read_keys = {}
            for rel in rels:
                row = man.rows.get(rel)
                read_keys[rel] = _sha(reader, rel, ids[rel], hashes[rel], row.fields if row else None,
                                      row.line if row else None, manifest_exists)
            to_read = [r for r in rels if r not in rows or rows[r]["read_key"] != read_keys[r]]
            removed = [r for r in rows if r not in read_keys]
            con.close()      # no DuckDB connection open while worker processes are forked

            t_work = time.perf_counter()
            with Engine(engine, jobs, scheduler) as eng:
                items = [(r, ids[r], man.rows.get(r), manifest_exists) for r in to_read]
                fresh = {o["path"]: o for batch in eng.run(read_batch, batches(items, eng.jobs), str(folder),
                                                           max_bytes, catalogue_path) for o in batch}
                # The corpus's usual year, for datelines without one: the median of every dated
                # article's year once the others are read (as read_corpus does).
                years = []
                for r in rels:
                    if r in fresh:
                        o = fresh[r]
                        if o["ok"] and not o["pending"]:
                            years.append(o["record"]["published"])
                    elif rows[r]["ok"] and not rows[r]["pending"] and rows[r]["published"]:
                        years.append(rows[r]["published"])
                years = [int(y[:4]) for y in years if y]
                context_year = int(statistics.median_low(years)) if years else None
                # Stored pending articles whose usual year moved are read again.
                again = [r for r in rels if r not in fresh and rows[r]["pending"] and rows[r]["context_year"] != context_year]
                if again:
                    items = [(r, ids[r], man.rows.get(r), manifest_exists) for r in again]
                    fresh.update({o["path"]: o for o in read_batch(items, str(folder), max_bytes, catalogue_path)})
                _finish_pending(eng, fresh, context_year, catalogue_path)

                extract_keys = {}
                for r in rels:
                    pending = fresh[r]["pending"] if r in fresh else rows[r]["pending"]
                    extract_keys[r] = _sha(read_keys[r], extractor, context_year if pending else None)
                # Articles not read again whose claims are stale (catalogue or extractor changed).
                stale = [r for r in rels if r not in fresh and rows[r]["ok"] and rows[r]["extract_key"] != extract_keys[r]]
                reextracted = _reextract(path, eng, stale, catalogue_path)

            result.phases["work"] = time.perf_counter() - t_work
            con = db.connect_for_writing(path)

            result.read, result.removed = len(fresh), len(removed)
            result.extracted = sum(1 for o in fresh.values() if o["ok"]) + len(reextracted)
            links_key = _sha(pv.__name__, _code_hash("provenance"),
                             sorted((r, read_keys[r], extract_keys[r]) for r in rels))
            relink = db.one(con, "SELECT value FROM meta WHERE key = 'links_key'") != (links_key,)
            same_files = len(cached) == len(stats) and all(cached.get(r) == (size, mtime, h) for r, size, mtime, h in stats)
            if not (fresh or removed or reextracted or relink) and same_files:
                result.seconds = time.perf_counter() - t0
                return result                       # nothing to write: the store is current
            db.run(con, "BEGIN TRANSACTION")
            try:
                t_write = time.perf_counter()
                _write(con, fresh, removed, reextracted, read_keys, extract_keys, context_year, extractor)
                db.run(con, "DELETE FROM files")
                if stats:
                    con.register("stats_in", pa.table(list(zip(*stats)), names=["path", "size", "mtime_ns", "content_hash"]))
                    db.run(con, "INSERT INTO files SELECT * FROM stats_in")
                    con.unregister("stats_in")
                result.phases["write"] = time.perf_counter() - t_write
                if relink:
                    t_links = time.perf_counter()
                    _relink(con)
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
    result.seconds = time.perf_counter() - t0
    return result


def _finish_pending(eng: Engine, fresh: dict[str, dict], context_year: int | None, catalogue_path: str | None) -> None:
    """Date the articles that waited for the usual year, then extract them (on the engine)."""
    from .work import finish_batch

    rels = [r for r, o in fresh.items() if o["pending"]]
    items = [(fresh[r]["record"], fresh[r]["texts"], context_year) for r in rels]
    done = [x for b in eng.run(finish_batch, batches(items, eng.jobs), catalogue_path) for x in b]
    for rel, d in zip(rels, done):
        fresh[rel].update(d, texts=None)


def _reextract(path: Path, eng: Engine, stale: list[str], catalogue_path: str | None) -> dict[str, tuple]:
    """Claims of stored articles whose extract_key changed, from their stored text."""
    from .work import extract_batch

    if not stale:
        return {}
    con = db.connect_for_writing(path)
    try:
        items = [read_article(con, rel) for rel in stale]
    finally:
        con.close()
    results = [x for b in eng.run(extract_batch, batches(items, eng.jobs), catalogue_path) for x in b]
    return {rel: res for rel, res in zip(stale, results)}


ARTICLE_COLUMNS = ["id", "path", "format", "encoding", "content_hash", "raw", "cleaned", "metadata", "provenance",
                   "evidence", "extra", "changes", "map_starts", "map_ends", "raw_length", "published"]


def read_article(con, rel: str) -> tuple[dict, list[tuple[int, int]]]:
    """A stored article's record and sentence spans."""
    cur = con.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE path = ?", [rel])
    rec = dict(zip(ARTICLE_COLUMNS, cur.fetchall()[0]))
    spans = con.execute('SELECT "start", "end" FROM sentences WHERE path = ? ORDER BY n', [rel]).fetchall()
    return rec, spans


def _claims_table(con, claims: pd.DataFrame) -> None:
    """Append claims (with `_file`, `_n`), making the table from the first claims written."""
    if claims.empty:
        return
    con.register("claims_in", pa.Table.from_pandas(claims, preserve_index=False))
    exists = db.one(con, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'claims'")[0]
    if exists:
        db.run(con, "INSERT INTO claims BY NAME SELECT * FROM claims_in")
    else:
        db.run(con, "CREATE TABLE claims AS SELECT * FROM claims_in")
    con.unregister("claims_in")


def _claims_of(per_file: list[tuple[str, list]]) -> pd.DataFrame:
    """One frame of every file's claims, with `_file` and `_n` (one frame: building a small
    DataFrame per article costs more than extracting it)."""
    claims = [c for _rel, cs in per_file for c in cs]
    if not claims:
        return pd.DataFrame()
    df = claims_frame(claims)
    df.insert(0, "_n", [n for _rel, cs in per_file for n in range(len(cs))])
    df.insert(0, "_file", [rel for rel, cs in per_file for _c in cs])
    return df


def _write(con, fresh, removed, reextracted, read_keys, extract_keys, context_year, extractor) -> None:
    """Rows of the run, in the open transaction."""
    old_extractor = db.one(con, "SELECT value FROM meta WHERE key = 'extractor'")
    if old_extractor != (extractor,):
        # Another extractor: its claims may have other columns; every article is re-extracted
        # in this run (their extract_keys changed), so the table is made again.
        db.run(con, "DROP TABLE IF EXISTS claims")
    gone = list(fresh) + removed
    has_claims = db.one(con, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'claims'")[0]
    if gone:
        con.register("gone", pa.table({"path": gone}))
        for table, col in (("articles", "path"), ("sentences", "path")) + ((("claims", "_file"),) if has_claims else ()):
            db.run(con, f"DELETE FROM {table} WHERE {col} IN (SELECT path FROM gone)")
        con.unregister("gone")
    if reextracted:
        if has_claims:
            con.register("gone", pa.table({"path": list(reextracted)}))
            db.run(con, "DELETE FROM claims WHERE _file IN (SELECT path FROM gone)")
            con.unregister("gone")
        for rel, (_claims, errs) in reextracted.items():
            db.run(con, "UPDATE articles SET extract_key = ?, extract_problems = ? WHERE path = ?",
                        [extract_keys[rel], errs, rel])
    rows, sentences = [], []
    for rel, o in fresh.items():
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
        schema = [r[0] for r in con.execute("DESCRIBE articles").fetchall()]
        table = pa.Table.from_pylist(rows, schema=pa.schema([(c, _ARROW[c]) for c in schema]))
        con.register("articles_in", table)
        db.run(con, "INSERT INTO articles SELECT * FROM articles_in")
        con.unregister("articles_in")
    if sentences:
        con.register("sentences_in", pa.table(list(zip(*sentences)), names=["path", "id", "n", "start", "end", "text"]))
        db.run(con, "INSERT INTO sentences SELECT * FROM sentences_in")
        con.unregister("sentences_in")
    _claims_table(con, _claims_of([(rel, o["claims"]) for rel, o in fresh.items()]
                                  + [(rel, c) for rel, (c, _e) in reextracted.items()]))


_ARROW = {c: pa.string() for c in ("path", "id", "read_key", "extract_key", "format", "encoding", "content_hash",
                                   "raw", "cleaned", "metadata", "provenance", "evidence", "extra", "changes",
                                   "published", "read_problems", "date_problems", "extract_problems")}
_ARROW.update(context_year=pa.int32(), pending=pa.bool_(), ok=pa.bool_(), map_starts=pa.binary(),
              map_ends=pa.binary(), raw_length=pa.int64())


def docs(con) -> list[pv.Doc]:
    """What linking needs of every stored article, in path order (as read_corpus orders them)."""
    out = []
    for art_id, outlet, published, cleaned, relays in con.execute(
            "SELECT id, json_extract_string(metadata, '$.outlet'), published, cleaned, "
            "json_extract_string(metadata, '$.relays') FROM articles WHERE ok ORDER BY path").fetchall():
        out.append(pv.Doc(art_id, outlet or "", published or "", cleaned,
                          tuple(r for r in (relays or "").split("; ") if r)))
    return out


def _relink(con) -> None:
    """Links and families over every stored article, replacing the old ones. What earlier runs
    computed for unchanged texts (MinHash signatures, pair comparisons) is reused, so adding a few
    articles compares only those; the links are the same as computed from scratch."""
    from array import array

    all_docs = docs(con)
    import datasketch

    salt = f"{datasketch.__version__} {pv.MINHASH_SCHEME}\0".encode()
    keys = {d.id: hashlib.sha256(salt + d.text.encode("utf-8")).hexdigest()[:32] for d in all_docs}
    sigs = {}
    for art_id, key, minhash, passages in con.execute("SELECT id, text_key, minhash, passages FROM signatures").fetchall():
        if keys.get(art_id) == key:
            sigs[art_id] = pv.Signature(tuple(array("Q", minhash)) if minhash is not None else None,
                                        tuple(array("I", passages)))
    pairs = {}
    for a, b, ka, kb, jaccard, n, example in con.execute("SELECT * FROM pairs").fetchall():
        if keys.get(a) == ka and keys.get(b) == kb:
            pairs[(a, b)] = pv.Pair(jaccard, n, example)
    found = pv.links(all_docs, sigs, pairs)
    fams = pv.families(all_docs, found)
    for table in ("links", "families", "signatures", "pairs"):
        db.run(con, f"DELETE FROM {table}")
    if found:
        con.register("links_in", pa.table({"earlier": [x.earlier for x in found], "later": [x.later for x in found],
                                           "score": [x.score for x in found],
                                           "evidence": [json.dumps(x.evidence, ensure_ascii=False) for x in found]}))
        db.run(con, "INSERT INTO links SELECT * FROM links_in")
        con.unregister("links_in")
    rows = [(f["origin"], m) for f in fams for m in f["members"]]
    if rows:
        con.register("families_in", pa.table(list(zip(*rows)), names=["origin", "member"]))
        db.run(con, "INSERT INTO families SELECT * FROM families_in")
        con.unregister("families_in")
    ids = [d.id for d in all_docs]
    if ids:
        con.register("signatures_in", pa.table({
            "id": ids, "text_key": [keys[i] for i in ids],
            "minhash": [array("Q", sigs[i].minhash).tobytes() if sigs[i].minhash is not None else None for i in ids],
            "passages": [array("I", sigs[i].passages).tobytes() for i in ids]},
            schema=pa.schema([("id", pa.string()), ("text_key", pa.string()), ("minhash", pa.binary()),
                              ("passages", pa.binary())])))
        db.run(con, "INSERT INTO signatures SELECT * FROM signatures_in")
        con.unregister("signatures_in")
    kept = [(a, b, keys[a], keys[b], p.jaccard, p.passages, p.example) for (a, b), p in pairs.items()
            if a in keys and b in keys]
    if kept:
        con.register("pairs_in", pa.table(list(zip(*kept)), names=["a", "b", "key_a", "key_b", "jaccard", "passages",
                                                                   "example"]))
        db.run(con, "INSERT INTO pairs SELECT * FROM pairs_in")
        con.unregister("pairs_in")


def problems_in_order(rows: dict[str, dict], order: list[str]) -> list[Problem]:
    """Reading problems file by file, then the date problems, as read_corpus lists them."""
    out = [p for r in order if r in rows for p in problems_from_json(rows[r]["read_problems"])]
    out += [p for r in order if r in rows for p in problems_from_json(rows[r]["date_problems"])]
    return out


__all__ = ["Update", "update", "docs", "read_article", "Article"]
