"""The store (claimtrack.store): what it gives equals reading and extracting the folder from
scratch; a run reads only what changed; a corrupt or foreign store file is moved aside and
rebuilt; the corpus folder is never written to; a Dask cluster writes the same store."""

from __future__ import annotations

import shutil

import duckdb
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
