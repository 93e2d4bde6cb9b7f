"""The store (claimtrack.store): what it gives equals reading and extracting the folder from
scratch; a run reads only what changed; a corrupt or foreign store file is moved aside and
rebuilt; the corpus folder is never written to; a Dask cluster writes the same store."""

from __future__ import annotations

import json
import shutil

import duckdb
import numpy as np
import pandas as pd
import pytest
from claimtrack import store
from claimtrack.extraction.claims import extract_corpus
from claimtrack.provenance import links as pv
from claimtrack.reading.corpus import read_corpus
from claimtrack.store.db import contents
from conftest import SEEDS, snapshot


def fresh(folder, metrics=None):
    from claimtrack.extraction.catalogue import load_catalogue

    corpus = read_corpus(folder)
    claims = extract_corpus(corpus, load_catalogue(metrics), progress=False)
    return corpus, claims, pv.links(pv.docs_from_corpus(corpus))


def assert_same_as_fresh(stored: store.Stored, folder, metrics=None):
    corpus, claims, links = fresh(folder, metrics)
    assert [a.id for a in stored.corpus.articles] == [a.id for a in corpus.articles]
    for a, b in zip(corpus.articles, stored.corpus.articles):
        for name in ("path", "format", "encoding", "content_hash", "raw", "cleaned", "sentences", "changes",
                     "metadata", "provenance", "evidence", "extra"):
            assert getattr(a, name) == getattr(b, name), (a.id, name)
        for s in a.sentences[:5]:
            assert a.raw_span(s.start, s.end) == b.raw_span(s.start, s.end)
    assert stored.corpus.problems == corpus.problems
    pd.testing.assert_frame_equal(stored.claims, claims)
    assert [(x.earlier, x.later, x.score, x.evidence) for x in stored.links] == \
           [(x.earlier, x.later, x.score, x.evidence) for x in links]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


def test_the_store_gives_what_reading_and_extracting_give(corpus, tmp_path):
    s = store.load(corpus, store=tmp_path / "s.duckdb", jobs=1)
    assert s.update.read == 5 and s.update.relinked
    assert_same_as_fresh(s, corpus)
    assert len(s.claims) > 20 and s.links


def test_dev_corpus_with_a_pool_of_two(shared, tmp_path):
    folder = shared / "devcorpus"
    assert_same_as_fresh(store.load(folder, store=tmp_path / "s.duckdb", jobs=2), folder)


def test_only_what_changed_is_read(corpus, tmp_path, monkeypatch):
    path = tmp_path / "s.duckdb"
    store.update(corpus, store=path, jobs=1)
    again = store.update(corpus, store=path, jobs=1)
    assert (again.read, again.extracted, again.removed, again.relinked) == (0, 0, 0, False)

    # an unchanged corpus opens no article file
    import claimtrack.reading.corpus as reading

    monkeypatch.setattr(reading, "_read_article", lambda *a: pytest.fail("an unchanged article was read"))
    assert store.update(corpus, store=path, jobs=1).read == 0
    monkeypatch.undo()

    first = sorted(corpus.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nAbout 3,000 North Korean troops are in Kursk.\n",
                     encoding="utf-8")
    (corpus / "new_article.txt").write_text((SEEDS / first.name).read_text(encoding="utf-8"), encoding="utf-8")
    changed = store.update(corpus, store=path, jobs=1)
    assert (changed.read, changed.extracted, changed.relinked) == (2, 2, True)
    assert_same_as_fresh(store.load(corpus, store=path, jobs=1), corpus)

    (corpus / "new_article.txt").unlink()
    gone = store.update(corpus, store=path, jobs=1)
    assert (gone.read, gone.removed) == (0, 1)
    s = store.load(corpus, store=path, jobs=1)
    assert "new_article" not in set(s.claims["article"])
    assert_same_as_fresh(s, corpus)


def test_a_catalogue_change_re_extracts_without_reading(corpus, tmp_path):
    from importlib import resources

    path = tmp_path / "s.duckdb"
    metrics = tmp_path / "metrics.yml"
    text = resources.files("claimtrack.extraction").joinpath("metrics.yml").read_text(encoding="utf-8")
    metrics.write_text(text, encoding="utf-8")
    store.update(corpus, metrics=metrics, store=path, jobs=1)
    metrics.write_text(text + "\n# an analyst's note\n", encoding="utf-8")
    up = store.update(corpus, metrics=metrics, store=path, jobs=1)
    assert (up.read, up.extracted) == (0, 5)
    assert_same_as_fresh(store.load(corpus, metrics=metrics, store=path, jobs=1), corpus, metrics)


def test_links_computed_a_page_and_a_chunk_at_a_time_are_the_ones_computed_in_memory(corpus, tmp_path, monkeypatch):
    """The store links articles reading a page of them and comparing a chunk of pairs at a time
    (issue 18: memory flat in the corpus). With pages and chunks far smaller than the corpus, one
    story copied past links.MAX_PARTNERS (so the cap binds) and the seeds' credits (the Financial
    Times relayed), links, families, signatures and comparisons are what provenance.links gives
    over the same articles, from scratch and after adding copies (comparisons reused)."""
    from claimtrack.store import linking

    monkeypatch.setattr(linking, "PAGE", 3)
    monkeypatch.setattr(linking, "CHUNK", 7)
    text = (SEEDS / "001_a776b361d1220f34.txt").read_text(encoding="utf-8").split("\n")

    def copies(start, n):
        for i in range(start, start + n):
            lines = [line.replace("Kursk", "Kursk region") if (k + i) % 5 == 0 else line for k, line in enumerate(text)]
            (corpus / f"copy{i:03d}.txt").write_text("\n".join(lines[:1] + lines[1 + i % 3:]), encoding="utf-8")

    def expected():
        docs = pv.docs_from_corpus(read_corpus(corpus))
        sigs, pairs = {}, {}
        found = pv.links(docs, sigs, pairs)
        fams = sorted((f["origin"], m) for f in pv.families(docs, found) for m in f["members"])
        return sorted((x.earlier, x.later, x.score, json.dumps(x.evidence, ensure_ascii=False)) for x in found), fams, pairs

    def stored(path):
        con = duckdb.connect(str(path), read_only=True)
        try:
            got = [con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in ("links", "families")]
            pairs = {(a, b): pv.Pair(j, n, ex) for a, b, _ka, _kb, j, n, ex in con.execute("SELECT * FROM pairs").fetchall()}
        finally:
            con.close()
        return got[0], got[1], pairs

    path = tmp_path / "s.duckdb"
    copies(0, 2 * pv.MAX_PARTNERS + 3)
    store.update(corpus, store=path, jobs=1)
    links_, fams, pairs = expected()
    assert any("credits Financial Times" in e for *_x, e in links_)          # a credit joined
    n = len(list(corpus.glob("*.txt")))
    assert len(pairs) < n * (n - 1) // 2                                    # the cap bound: not every pair
    assert stored(path) == (links_, fams, pairs)
    copies(2 * pv.MAX_PARTNERS + 3, 4)
    compared = []
    real_compare = pv._compare_grams
    monkeypatch.setattr(pv, "_compare_grams", lambda a, b: compared.append(1) or real_compare(a, b))
    up = store.update(corpus, store=path, jobs=1)
    monkeypatch.setattr(pv, "_compare_grams", real_compare)
    assert up.relinked and up.read == 4
    links_, fams, pairs = expected()
    assert stored(path) == (links_, fams, pairs)
    new = {f"copy{i:03d}" for i in range(2 * pv.MAX_PARTNERS + 3, 2 * pv.MAX_PARTNERS + 7)}
    # only pairs with a new article were compared again: the others' comparisons were looked up
    assert 0 < len(compared) <= sum(1 for a, b in pairs if a in new or b in new) < len(pairs)


def _link_tables(path):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                for t in ("links", "families", "pairs", "signatures", "choices", "linked")}
    finally:
        con.close()


@pytest.mark.parametrize("partners, common", [(pv.MAX_PARTNERS, pv.COMMON_PASSAGE), (3, 4)])
def test_an_update_links_only_what_changed_and_gives_the_links_built_from_scratch(corpus, tmp_path, monkeypatch,
                                                                                   partners, common):
    """Issue 18: an update searches candidates only for the articles whose choice can have changed
    (new and changed ones, those that chose a changed or deleted one, those holding a passage that
    crossed COMMON_PASSAGE) and keeps the other links as stored, with the links, families,
    comparisons, signatures and choices of a store built from scratch: after new copies, a new
    article that joins two families, a near-duplicate of an old one, a changed and two deleted
    articles; after deletions alone; and in full when most articles changed or the code did.
    Run with the cap binding (more copies than MAX_PARTNERS) and, second, with passages turning
    boilerplate and back as copies come and go (COMMON_PASSAGE 4)."""
    from claimtrack.store import linking

    monkeypatch.setattr(pv, "MAX_PARTNERS", partners)
    monkeypatch.setattr(pv, "COMMON_PASSAGE", common)
    monkeypatch.setattr(linking, "INCREMENTAL_SHARE", 1.0)     # in so small a corpus most articles are redone
    x = (SEEDS / "001_a776b361d1220f34.txt").read_text(encoding="utf-8").split("\n")
    y = (SEEDS / "002_f8f31cfa6756e2bb.txt").read_text(encoding="utf-8").split("\n")
    credit = (SEEDS / "003_46f0c62995842ce7.txt").read_text(encoding="utf-8").split("\n")   # credits the FT
    other = (SEEDS / "004_e5d0ce18f75aa787.txt").read_text(encoding="utf-8")

    def copy(name, lines, i):
        varied = [line.replace("the", "a") if (k + i) % 4 == 0 else line for k, line in enumerate(lines)]
        (corpus / f"{name}{i:03d}.txt").write_text("\n".join(varied[:1] + varied[1 + i % 3:]), encoding="utf-8")

    for i in range(pv.MAX_PARTNERS + 4):
        copy("x", x, i)
        copy("y", y, i)
    for i in range(3):
        copy("c", credit, i)
    path = tmp_path / "s.duckdb"
    store.update(corpus, store=path, jobs=1)
    searched, runs = [], []
    real_candidates, real_search = pv.CandidateSearch.candidates, linking._Incremental.search
    monkeypatch.setattr(pv.CandidateSearch, "candidates", lambda self, i: searched.append(i) or real_candidates(self, i))
    monkeypatch.setattr(linking._Incremental, "search", lambda self, *a: runs.append(self) or real_search(self, *a))

    def same_as_from_scratch(name):
        fresh = tmp_path / f"{name}.duckdb"
        store.update(corpus, store=fresh, jobs=1)
        assert _link_tables(path) == _link_tables(fresh)
        return _link_tables(fresh)

    def families_of(tables):
        by = {}
        for origin, member in tables["families"]:
            by.setdefault(origin, set()).add(member[0])
        return by

    # New copies, a bridge of two stories inside another text, a near-duplicate, a changed and two deleted.
    before = _link_tables(path)
    for i in range(pv.MAX_PARTNERS + 4, pv.MAX_PARTNERS + 7):
        copy("x", x, i)
    copy("c", credit, 3)
    bridge = "\n".join([x[0], other] + x[4:9] + y[4:9])
    (corpus / "bridge.txt").write_text(bridge, encoding="utf-8")
    near = (corpus / "x002.txt").read_text(encoding="utf-8").replace("Kursk", "Kursk's", 1)
    (corpus / "near.txt").write_text(near, encoding="utf-8")
    (corpus / "x005.txt").write_text("\n".join(x[:2] + x[6:]), encoding="utf-8")
    (corpus / "y000.txt").unlink()
    (corpus / "x001.txt").unlink()
    searched.clear()
    up = store.update(corpus, store=path, jobs=1)
    n = len(list(corpus.glob("*.txt")))
    assert up.relinked and len(runs) == 1 and len(searched) < n            # incremental, not every article
    assert runs[0].n_merged > 0                                           # unchanged articles with new candidates
    assert runs[0].again.any()                                            # ones whose choice lost an article
    assert runs[0].flipped.any() == (common == 4)                         # ones holding a passage gone boilerplate
    after = same_as_from_scratch("scratch1")
    if common > 4:
        # the bridge joins the two stories' families
        assert not any({"x", "y"} <= members for members in families_of(before).values())
        assert any({"x", "y", "b"} <= members for members in families_of(after).values())
    assert {"near", "bridge"} <= {a for a, _b in after["linked"]} and "y000" not in {a for a, _b in after["linked"]}
    assert any("credits Financial Times" in e for *_x, e in after["links"])

    # Deletions alone.
    for name in ("x003.txt", "x004.txt", "y001.txt", "near.txt"):
        (corpus / name).unlink()
    searched.clear()
    store.update(corpus, store=path, jobs=1)
    assert len(runs) == 2 and len(searched) < len(list(corpus.glob("*.txt")))
    same_as_from_scratch("scratch2")

    # Most articles changed (the share set to nothing here), then the links' code: a whole search.
    monkeypatch.setattr(linking, "INCREMENTAL_SHARE", 0.0)
    copy("x", x, 90)
    searched.clear()
    store.update(corpus, store=path, jobs=1)
    assert len(runs) == 2 and len(searched) == len(list(corpus.glob("*.txt")))     # the whole search
    same_as_from_scratch("scratch3")
    monkeypatch.setattr(linking, "INCREMENTAL_SHARE", 1.0)
    monkeypatch.setattr(linking, "links_code", lambda: "another version")
    copy("y", y, 90)
    searched.clear()
    store.update(corpus, store=path, jobs=1)
    assert len(runs) == 2 and len(searched) == len(list(corpus.glob("*.txt")))
    same_as_from_scratch("scratch4")


@pytest.mark.parametrize("content", ["garbage", "foreign"])
def test_a_corrupt_or_foreign_store_is_moved_aside_and_rebuilt(corpus, tmp_path, capsys, content):
    path = tmp_path / "s.duckdb"
    if content == "garbage":
        path.write_bytes(b"this is not a database" * 100)
    else:
        con = duckdb.connect(str(path))
        con.execute("CREATE TABLE articles (x INTEGER)").fetchall()
        con.close()
    s = store.load(corpus, store=path, jobs=1)
    err = capsys.readouterr().err
    assert "could not be used" in err and "rebuilding" in err and str(path) in err
    assert s.update.read == 5
    assert_same_as_fresh(s, corpus)
    aside = [p for p in tmp_path.iterdir() if ".unreadable-" in p.name]
    assert aside, "the untrusted file is kept for the user, not deleted"


def test_the_corpus_folder_is_not_written_to(corpus, tmp_path):
    before = snapshot(corpus)
    store.load(corpus, store=tmp_path / "s.duckdb", jobs=2)
    assert snapshot(corpus) == before
    assert not [p for p in corpus.rglob("*") if p.suffix in (".duckdb", ".lock", ".wal")]


def test_the_default_store_is_outside_the_corpus(corpus, monkeypatch, tmp_path):
    monkeypatch.delenv("CLAIMTRACK_STORE", raising=False)
    monkeypatch.setenv("CLAIMTRACK_STORE_DIR", str(tmp_path / "stores"))
    path = store.default_path(corpus)
    assert path.parent == tmp_path / "stores" and path.name.startswith("corpus-")
    assert store.default_path(tmp_path / "other" / "corpus") != path   # same name, another folder


def test_rows_put_in_the_store_a_few_files_an_insert_are_the_rows_put_at_once(corpus, tmp_path, monkeypatch):
    """The run's staged files go into the store a few per INSERT (issue 18: DuckDB's working set
    is a group's, not the corpus's). One article a staged file and two files an INSERT give the
    store one INSERT of everything gives: the same rows, the claims table's columns in the same
    order and of the same types."""
    from claimtrack.store import build, db, linking, work

    def described(path):
        con = duckdb.connect(str(path), read_only=True)
        try:
            return con.execute("DESCRIBE claims").fetchall()
        finally:
            con.close()

    store.update(corpus, store=tmp_path / "whole.duckdb", jobs=1)
    monkeypatch.setattr(db, "INSERT_FILES", 10_000)
    store.update(corpus, store=tmp_path / "once.duckdb", jobs=1)
    inserts, schemas = [], []
    run, create = db.run, build._create_claims

    def spy(con, sql, params=None):
        if sql.startswith("INSERT INTO") and "read_parquet" in sql:
            inserts.append((sql.split()[2], len(params[0])))
        return run(con, sql, params)

    monkeypatch.setattr(db, "run", spy)
    monkeypatch.setattr(build, "_create_claims", lambda con, f, s: schemas.append(len(s)) or create(con, f, s))
    monkeypatch.setattr(db, "INSERT_FILES", 2)
    monkeypatch.setattr(work, "BATCH_MAX", 1)
    monkeypatch.setattr(linking, "CHUNK", 1)
    store.update(corpus, store=tmp_path / "groups.duckdb", jobs=1)
    assert schemas == [1]                          # the staged claims' schemas, kept as they were staged
    assert [n for t, n in inserts if t == "articles"] == [2, 2, 1]            # 5 files, 2 an INSERT
    assert [n for t, n in inserts if t == "claims"] == [2, 2, 1]
    pairs = [n for t, n in inserts if t == "pairs"]                           # the links step's files too
    assert pairs[0] == 2 and max(pairs) == 2
    assert contents(tmp_path / "groups.duckdb") == contents(tmp_path / "once.duckdb") == contents(tmp_path / "whole.duckdb")
    assert described(tmp_path / "groups.duckdb") == described(tmp_path / "once.duckdb")


def test_the_claims_table_takes_every_staged_files_columns_as_duckdb_unites_them(tmp_path):
    """Staged claims files whose schemas differ (a column typed null in a file where it has no
    value, an integer column with a float in another file, a column only some files have): the
    table made from the staged schemas has DuckDB's `union_by_name` columns, order and types,
    and the rows inserted a group of files at a time are the ones read at once."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from claimtrack.store import build, db

    tables = [pa.table({"_file": ["a"], "value": pa.array([1], pa.int64()), "quote": pa.array([None], pa.null())}),
              pa.table({"_file": ["b"], "value": [2.5], "quote": ["x"], "extra": [True]}),
              pa.table({"_file": ["c"], "quote": ["y"], "value": pa.array([3], pa.int64())})]
    files = []
    for i, t in enumerate(tables):
        files.append(str(tmp_path / f"claims-{i}.parquet"))
        pq.write_table(t, files[-1])
    con = duckdb.connect()
    try:
        united = con.execute("DESCRIBE SELECT * FROM read_parquet(?, union_by_name = true)", [files]).fetchall()
        build._create_claims(con, files, [t.schema for t in tables])
        db.insert_files(con, "claims", files, "union_by_name = true")
        assert [r[:2] for r in con.execute("DESCRIBE claims").fetchall()] == [r[:2] for r in united]
        assert con.execute("SELECT * FROM claims ORDER BY _file").fetchall() == \
               [("a", 1.0, None, None), ("b", 2.5, "x", True), ("c", 3.0, "y", None)]
    finally:
        con.close()


def _tables(path):
    return contents(path)


def test_dask_local_cluster_writes_the_same_store(corpus, tmp_path):
    pytest.importorskip("dask.distributed")
    local = store.update(corpus, store=tmp_path / "local.duckdb", jobs=1)
    dask = store.update(corpus, store=tmp_path / "dask.duckdb", jobs=2, engine="dask")
    assert local.read == dask.read == 5
    assert _tables(tmp_path / "local.duckdb") == _tables(tmp_path / "dask.duckdb")


def test_report_notebooks_share_one_snapshot(tmp_path, monkeypatch):
    # Within a `claimtrack report` run (SNAPSHOT_CACHE_ENV set by the runner) the first load
    # computes the snapshot and the others read it: equal, and without computing again; a
    # manifest that names no article still warns on every load.
    import warnings

    from claimtrack.report import snapshot

    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    (folder / "manifest.csv").write_text("file,outlet\nnot-here.txt,X\n", encoding="utf-8")
    cache = tmp_path / "shared"
    cache.mkdir()
    monkeypatch.setenv(snapshot.SNAPSHOT_CACHE_ENV, str(cache))
    with pytest.warns(snapshot.ManifestWarning):
        first = snapshot.load(folder, as_of="2025-06-01")
    assert len(list(cache.glob("*.pickle"))) == 1
    monkeypatch.setattr(snapshot, "_load", lambda *a: pytest.fail("computed again"))
    with pytest.warns(snapshot.ManifestWarning):
        again = snapshot.load(folder, as_of="2025-06-01")
    assert again is first               # a later notebook in the same kernel: the snapshot it holds
    snapshot._run_snapshot.clear()      # a notebook in another kernel: the run's shared file
    with pytest.warns(snapshot.ManifestWarning):
        again = snapshot.load(folder, as_of="2025-06-01")
    assert again is not first
    assert again.counts() == first.counts() and again.claims.equals(first.claims)
    assert [a.cleaned for a in again.corpus.articles] == [a.cleaned for a in first.corpus.articles]
    monkeypatch.delenv(snapshot.SNAPSHOT_CACHE_ENV)
    with pytest.raises(pytest.fail.Exception), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        snapshot.load(folder, as_of="2025-06-01")        # outside a report run: computed each time


def test_an_unchanged_re_run_imports_no_reader_extractor_or_provenance(corpus, tmp_path):
    # Most of an unchanged re-run was importing what it does not use (issue 18): in a fresh
    # process, bringing a current store up to date imports none of pysbd, dateparser, trafilatura,
    # pandas, the extractor or provenance.
    import subprocess
    import sys

    path = tmp_path / "s.duckdb"
    store.update(corpus, store=path, jobs=1)
    code = ("import sys; from claimtrack import store; up = store.update(sys.argv[1], store=sys.argv[2]); "
            "heavy = ['pysbd', 'dateparser', 'trafilatura', 'pandas', 'datasketch', 'claimtrack.extraction.claims', "
            "'claimtrack.provenance.links', 'claimtrack.reading.corpus']; "
            "print(up.read, [m for m in heavy if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code, str(corpus), str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "[]"]


BONUS_TEXT = "Russia paid a one-time signing bonus of 300,000 roubles in Belgorod in June 2023, officials said.\n"
BONUS_CORRECTION = """corrections:
  - article: a.txt
    says: 300,000 roubles
    should_say: 3,000,000 roubles
    reason: the record says otherwise
    who: A. Analyst
    when: 2026-11-21
"""


def _bonus(snap) -> float:
    (row,) = snap.claims[snap.claims["metric"] == "signing_bonus_rub"].to_dict("records")
    return row["low"]


@pytest.mark.parametrize("change", ["correction", "verdict", "article", "manifest", "as_of", "code", "unchanged"])
def test_a_kept_snapshot_is_used_until_what_it_depends_on_changes(tmp_path, monkeypatch, change):
    # Issue 18: a report on an unchanged store loads the snapshot kept beside it; a change to the
    # store's contents, the corrections, the verdicts, the manifest, the date or the code makes
    # the next load compute it again, and see the change.
    from claimtrack.report import snapshot
    from conftest import write_corpus

    monkeypatch.setenv("CLAIMTRACK_STORE", str(tmp_path / "s.duckdb"))
    folder = write_corpus(tmp_path / "c", {"a.txt": BONUS_TEXT}, "file,outlet,published\na.txt,X,2024-10-01\n")
    first = snapshot.load(folder)
    kept = tmp_path / "s.duckdb.snapshots"
    assert len(list(kept.glob("*.pickle"))) == 1 and _bonus(first) == 300000
    computed = []
    compute = snapshot._compute
    monkeypatch.setattr(snapshot, "_compute", lambda *a: computed.append(a) or compute(*a))
    again = snapshot.load(folder)
    assert not computed, "an unchanged store, date and corrections: the kept snapshot is used"
    assert again.claims.equals(first.claims) and again.counts() == first.counts()
    as_of = None
    if change == "correction":
        (folder / "corrections.yml").write_text(BONUS_CORRECTION, encoding="utf-8")
    elif change == "verdict":
        claim = first.claims["claim_id"].iloc[0]
        (folder / "reviews.csv").write_text("claim,verdict,field,value,note,who,when,article,says\n"
                                            f"{claim},reject,,,misread,A. Analyst,2026-11-21,a.txt,\n", encoding="utf-8")
    elif change == "article":
        (folder / "a.txt").write_text(BONUS_TEXT.replace("300,000", "400,000"), encoding="utf-8")
    elif change == "manifest":
        (folder / "manifest.csv").write_text("file,outlet,published\na.txt,Y,2024-10-01\n", encoding="utf-8")
    elif change == "as_of":
        as_of = "2024-12-01"
    elif change == "code":
        monkeypatch.setattr(snapshot, "code_version", lambda: "another version of the code")
    after = snapshot.load(folder, as_of=as_of)
    assert bool(computed) == (change != "unchanged")
    expected = {"correction": 3000000, "article": 400000}.get(change, 300000)
    if change == "verdict":
        assert len(after.rejected) == 1 and after.claims.empty
    else:
        assert _bonus(after) == expected
    if change == "manifest":
        assert {a.metadata["outlet"] for a in after.corpus.articles} == {"Y"}
    assert len(list(kept.glob("*.pickle"))) <= snapshot.SNAPSHOTS_KEPT


def test_a_damaged_kept_snapshot_is_computed_again(tmp_path, monkeypatch):
    from claimtrack.report import snapshot
    from conftest import write_corpus

    monkeypatch.setenv("CLAIMTRACK_STORE", str(tmp_path / "s.duckdb"))
    folder = write_corpus(tmp_path / "c", {"a.txt": BONUS_TEXT}, "file,outlet,published\na.txt,X,2024-10-01\n")
    first = snapshot.load(folder)
    (kept,) = (tmp_path / "s.duckdb.snapshots").glob("*.pickle")
    kept.write_bytes(kept.read_bytes()[:100])            # a run killed while writing it, or a full disk
    assert snapshot.load(folder).claims.equals(first.claims)
    monkeypatch.setenv(snapshot.SNAPSHOTS_KEPT_ENV, "0")
    (tmp_path / "s.duckdb.snapshots" / kept.name).unlink()
    snapshot.load(folder)
    assert not list((tmp_path / "s.duckdb.snapshots").glob("*.pickle")), "CLAIMTRACK_SNAPSHOTS_KEPT=0 keeps none"


def test_the_store_draws_no_progress_bar_into_a_notebook(tmp_path):
    # A DuckDB query over two seconds draws a progress widget in a notebook kernel: a report on a
    # busy machine printed one into the reader's HTML (issue 18).
    from claimtrack.store import db

    path = tmp_path / "s.duckdb"
    con = db.connect_for_writing(path)
    assert con.execute("SELECT current_setting('enable_progress_bar')").fetchone() == (False,)
    con.close()
    con = db.connect_for_reading(path)
    assert con.execute("SELECT current_setting('enable_progress_bar')").fetchone() == (False,)
    con.close()


def test_the_writer_caps_duckdb_memory_and_names_a_bad_cap(tmp_path, monkeypatch):
    """DuckDB would take up to 80% of the machine's memory while a build writes (issue 18: +640 MB
    at 10,000 articles); the writer caps it (CLAIMTRACK_STORE_MEMORY, db.MEMORY_LIMIT by default), and a cap
    DuckDB cannot read is an error naming the variable, before the store is changed."""
    from claimtrack.store import db

    def cap(path):
        con = db.connect_for_writing(path)
        try:
            return con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        finally:
            con.close()

    def as_duckdb_shows(size):
        con = duckdb.connect()
        con.execute("SET memory_limit = ?", [size])
        return con.execute("SELECT current_setting('memory_limit')").fetchone()[0]

    monkeypatch.delenv(db.MEMORY_ENV, raising=False)
    assert cap(tmp_path / "a.duckdb") == as_duckdb_shows(db.MEMORY_LIMIT) != as_duckdb_shows("2GB")
    monkeypatch.setenv(db.MEMORY_ENV, "2GB")
    assert cap(tmp_path / "a.duckdb") == as_duckdb_shows("2GB")
    monkeypatch.setenv(db.MEMORY_ENV, "lots")
    with pytest.raises(ValueError, match="CLAIMTRACK_STORE_MEMORY='lots'"):
        store.update(SEEDS, store=tmp_path / "b.duckdb", jobs=1)


def test_linking_caps_duckdb_lower_and_gives_the_cap_back(corpus, tmp_path, monkeypatch):
    """The links step scans `articles` and `pairs` chunk after chunk, and DuckDB kept what it
    scanned up to the writer's cap (reached at 100,000 articles, not at 10,000, so the
    build's memory grew with the corpus, issue 18). While linking the cap is
    `db.LINK_MEMORY_LIMIT` (or CLAIMTRACK_STORE_MEMORY when set); the writer's cap is back after,
    also when linking fails."""
    from claimtrack.store import db, linking

    seen = []
    real = linking._relink

    def spy(con, scratch):
        seen.append(con.execute("SELECT current_setting('memory_limit')").fetchone()[0])
        real(con, scratch)

    def shown(size):
        con = duckdb.connect()
        con.execute("SET memory_limit = ?", [size])
        return con.execute("SELECT current_setting('memory_limit')").fetchone()[0]

    monkeypatch.delenv(db.MEMORY_ENV, raising=False)
    monkeypatch.setattr(linking, "_relink", spy)
    path = tmp_path / "a.duckdb"
    store.update(corpus, store=path, jobs=1)
    assert seen == [shown(db.LINK_MEMORY_LIMIT)] != [shown(db.MEMORY_LIMIT)]

    def broken(con, scratch):
        raise RuntimeError("linking failed")

    con = db.connect_for_writing(tmp_path / "b.duckdb")
    monkeypatch.setattr(linking, "_relink", broken)
    with pytest.raises(RuntimeError):
        linking.relink(con, tmp_path)
    assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0] == shown(db.MEMORY_LIMIT)
    con.close()
    monkeypatch.setenv(db.MEMORY_ENV, "1GB")
    monkeypatch.setattr(linking, "_relink", spy)
    store.update(corpus, store=tmp_path / "c.duckdb", jobs=1)
    assert seen[-1] == shown("1GB")


def test_stored_comparisons_are_found_by_candidate_only_for_unchanged_texts(tmp_path, monkeypatch):
    """The links step looks up earlier comparisons in one pass over `pairs` (issue 18: not a
    scan of the table per chunk): each is found at its candidate's position in the comparing
    order, across the reader's batches, with its example's characters as stored; a pair whose
    text changed since (another key), in the other order, or no longer a candidate is not used."""
    from claimtrack.store import linking

    monkeypatch.setattr(linking, "STORED_BATCH", 50)          # the 300 stored pairs in six batches
    con = duckdb.connect()
    con.execute("CREATE TABLE pairs (a VARCHAR, b VARCHAR, key_a VARCHAR, key_b VARCHAR, jaccard DOUBLE, "
                "passages INTEGER, example VARCHAR)")
    ids = [f"art{i:03d}" for i in range(30)]
    keys = [f"k{i}" for i in range(30)]
    rows, expected = [], {}
    for x in range(300):
        i, j = x % 30, (x % 30 + x // 30 + 1) % 30     # 300 pairs, each once (as the table holds them)
        example = ["", None, f"«Курськ» {x} ✓", f"passage {x}"][x % 4]
        key_b = keys[j] if x % 5 else "old"                          # every fifth: b's text changed
        rows.append((ids[i], ids[j], keys[i], key_b, x / 200, x % 9, example))
        if x % 5:
            expected[(i, j)] = pv.Pair(x / 200, x % 9, example or "")
    con.executemany("INSERT INTO pairs VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    # the candidates, in a comparing order of their own: every stored pair in its order but the
    # first ten, a few in the other order, and pairs never compared
    cand = list(expected)[10:] + [(j, i) for i, j in list(expected)[:5]] + [(0, 29), (28, 20)]
    cand = [cand[k] for k in sorted(range(len(cand)), key=lambda k: (k * 13) % len(cand))]
    ca = np.array([i for i, _ in cand], dtype=np.int32)
    cb = np.array([j for _, j in cand], dtype=np.int32)
    stored = linking._Stored(con, tmp_path, ids, keys, ca, cb)
    try:
        got = stored.chunk(0, 7, pv.Pair) + stored.chunk(7, len(cand), pv.Pair)
    finally:
        stored.close()
    assert got == [expected.get(c) for c in cand]
    assert sum(g is not None for g in got) == len(expected) - 10 > 0
    assert not list(tmp_path.iterdir())                              # the examples' scratch file removed


def test_no_stored_comparisons_no_lookup(tmp_path):
    """A first build has no stored comparisons: nothing is looked up, no scratch file made."""
    from claimtrack.store import linking

    con = duckdb.connect()
    con.execute("CREATE TABLE pairs (a VARCHAR, b VARCHAR, key_a VARCHAR, key_b VARCHAR, jaccard DOUBLE, "
                "passages INTEGER, example VARCHAR)")
    stored = linking._Stored(con, tmp_path, ["a", "b"], ["k", "l"], np.array([0], np.int32), np.array([1], np.int32))
    assert stored.chunk(0, 1, pv.Pair) == [None] and not list(tmp_path.iterdir())
    stored.close()
