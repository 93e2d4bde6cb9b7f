"""Broken input is reported, not fatal: property-based tests (hypothesis) over the corpus reader
and the extractor, the limits, and parameters that try to be code.

Invariants, whatever the bytes: reading a corpus raises nothing but the documented errors
(FileNotFoundError for a missing folder, LimitExceeded for too many files); a file that can't be
read is a problem row naming it; every claim's start:end is its quote in the raw text; reading
and extracting twice gives the same claims."""

from __future__ import annotations

import ast
import math

import nbformat
import pytest
from claimtrack import cli
from claimtrack.extraction.claims import extract_corpus
from claimtrack.extraction.quantities import find_quantities
from claimtrack.reading.corpus import read_corpus
from claimtrack.reading.limits import LimitExceeded
from claimtrack.report import views
from claimtrack.report.snapshot import load
from conftest import REPO, write_corpus
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EXAMPLES = 120
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text a hostile or broken article is made of: claim pieces, and the Unicode that breaks naive
# code (combining marks, right-to-left text and overrides, zero-width characters, odd spaces).
CLAIM_PIECES = ["More than 12,000 North Korean troops", " are in Kursk", " 10^400", " " + "9" * 50, " 1e400",
                " about 3,000", " Rbs3mn", " between 600 and 700 sq km", " (\\$8,300)", ". ", "\n", "\n\n"]
HOSTILE_CHARS = ["\u0301", "\u0338", "\u202e", "\u202d", "\u200f", "\u200b", "\u200d", "\ufeff", "\u00a0", "\u3000",
                 "\u05e9\u05dc\u05d5\u05dd", "\u0627\u0644\u0641", "\U0001f600", "\x00", "\x1b[31m", "\r", "\u2028"]
unicode_text = st.lists(st.one_of(st.sampled_from(CLAIM_PIECES), st.sampled_from(HOSTILE_CHARS),
                                  st.text(max_size=30)), max_size=40).map("".join)


def check_corpus(folder):
    """Read and extract; the invariants every corpus must keep."""
    corpus = read_corpus(folder)
    claims = extract_corpus(corpus)
    read = {a.path for a in corpus.articles}
    files = {p.name for p in folder.iterdir() if p.suffix in (".txt", ".html", ".md")}
    not_read = files - read
    errors = {p.file for p in corpus.problems if p.severity == "error"}
    assert not_read <= errors, f"unread files without an error row: {not_read - errors}"
    for c in claims.itertuples():
        raw = corpus[c.article].raw
        assert raw[c.start:c.end] == c.quote
        assert c.start <= c.mention_start <= c.mention_end <= c.end
        for v in (c.value, c.low, c.high):
            assert v is None or math.isnan(v) or math.isfinite(v)
    again = extract_corpus(read_corpus(folder))
    assert claims.equals(again), "extraction is not deterministic"
    return corpus, claims


@SETTINGS
@given(data=st.binary(max_size=3000))
def test_arbitrary_bytes(tmp_path_factory, data):
    check_corpus(write_corpus(tmp_path_factory.mktemp("c"), {"a.txt": data, "b.html": data}))


@SETTINGS
@given(text=unicode_text)
def test_arbitrary_unicode(tmp_path_factory, text):
    check_corpus(write_corpus(tmp_path_factory.mktemp("c"), {"a.txt": text, "b.md": text,
                                                             "c.html": f"<html><body><p>{text}</p></body></html>"}))


@SETTINGS
@given(ws=st.text(alphabet=" \t\n\r\u00a0\u200b\u3000\ufeff\x0b\x0c", max_size=50))
def test_empty_and_whitespace_only_files(tmp_path_factory, ws):
    folder = write_corpus(tmp_path_factory.mktemp("c"), {"a.txt": ws})
    corpus, claims = check_corpus(folder)
    assert claims.empty
    # an error row for the file: 'empty-file', or 'no-text-left' for Unicode spaces (the article is
    # kept then, so that `claimtrack corpus --audit a` can show what cleaning removed)
    assert [(p.file, p.code) for p in corpus.problems if p.severity == "error"] in (
        [("a.txt", "empty-file")], [("a.txt", "no-text-left")])


@SETTINGS
@given(digits=st.integers(min_value=1, max_value=400), exponent=st.integers(min_value=0, max_value=5000),
       lead=st.sampled_from(["", "more than ", "about ", "$", "Rbs", "between 1 and "]))
def test_huge_numbers_are_finite_or_not_numbers(digits, exponent, lead):
    for text in (f"{lead}{'9' * digits} troops", f"{lead}10^{exponent} troops", f"{lead}1e{exponent} roubles",
                 f"{lead}{'9' * digits}.{'5' * digits} million roubles"):
        for q in find_quantities(text):
            for v in (q.value, q.low, q.high):
                assert v is None or math.isfinite(v), (text, q)


def test_a_corpus_with_broken_files_lists_exactly_those(tmp_path):
    good = {f"{i:03d}.txt": f"On November {i % 28 + 1}, 2024, officials said {10000 + i} North Korean troops "
                            f"were in Russia.\n" for i in range(200)}
    broken = {"broken_binary.txt": b"\x00\x01\x02\xff" * 50, "broken_empty.txt": "",
              "broken_pdf.txt": b"%PDF-1.7 ...", "broken_blank.md": " \n\t\n",
              "broken_page.html": "<html><head><script>x()</script></head><body></body></html>"}
    folder = write_corpus(tmp_path / "c", {**good, **broken})
    table = views.Corpus(load(str(folder), "", "", "")).problem_table().frame
    assert sorted(table[table["severity"] == "error"]["file"]) == sorted(broken)
    assert set(table["file"]) == set(broken), "good files have no problem rows"


def test_line_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_MAX_LINE_CHARS", "1000")
    text = "Officials said 12,000 North Korean troops were in Russia.\n" + "x" * 1001 + "\n"
    folder = write_corpus(tmp_path / "c", {"long.txt": text, "fine.txt": "12,000 North Korean troops.\n"})
    corpus = read_corpus(folder)
    assert [a.path for a in corpus.articles] == ["fine.txt"]
    (p,) = [p for p in corpus.problems if p.code == "line-too-long"]
    assert (p.file, p.line) == ("long.txt", 2)
    assert "1,001 characters, over the 1,000-character limit" in p.message and "CLAIMTRACK_MAX_LINE_CHARS=1001" in p.action
    monkeypatch.setenv("CLAIMTRACK_MAX_LINE_CHARS", "1001")
    assert len(read_corpus(folder).articles) == 2


def test_article_count_limit(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CLAIMTRACK_MAX_ARTICLES", "3")
    folder = write_corpus(tmp_path / "c", {f"{i}.txt": "12,000 troops.\n" for i in range(4)})
    with pytest.raises(LimitExceeded, match="4 article files, over the limit of 3.*CLAIMTRACK_MAX_ARTICLES=4"):
        read_corpus(folder)
    code = cli.main(["report", "--corpus", str(folder), "--out", str(tmp_path / "out"), "--format", "html"])
    assert code == 2 and "CLAIMTRACK_MAX_ARTICLES=4" in capsys.readouterr().err
    assert not (tmp_path / "out").exists(), "refused before anything ran"
    monkeypatch.setenv("CLAIMTRACK_MAX_ARTICLES", "not a number")
    with pytest.raises(ValueError, match="CLAIMTRACK_MAX_ARTICLES='not a number': give a positive whole number"):
        read_corpus(folder)


def test_file_size_limit_says_how_to_raise_it(tmp_path):
    folder = write_corpus(tmp_path / "c", {"big.txt": "12,000 troops. " * 100})
    corpus = read_corpus(folder, max_bytes=100)
    (p,) = corpus.problems
    assert p.code == "too-large" and "--max-bytes 1500 or CLAIMTRACK_MAX_FILE_BYTES=1500" in p.action


CODE = '"\nimport pathlib; pathlib.Path({sentinel!r}).touch()\n#'


def test_papermill_parameters_stay_data(tmp_path):
    """A parameter value with quotes, newlines and Python in it is injected as a string literal."""
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    sentinel = tmp_path / "ran"
    value = "seeds" + CODE.format(sentinel=str(sentinel))
    out = tmp_path / "out.ipynb"
    with pytest.raises(PapermillExecutionError, match="does not exist"):
        pm.execute_notebook(str(REPO / "notebooks" / "00_summary.ipynb"), str(out), parameters={"corpus_dir": value},
                            progress_bar=False, cwd=str(REPO / "notebooks"))
    assert not sentinel.exists(), "the value ran as code"
    nb = nbformat.read(out, as_version=4)
    (cell,) = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    (stmt,) = ast.parse(cell.source).body[-1:]
    assert isinstance(stmt, ast.Assign) and stmt.value.value == value
    assert all(isinstance(s, ast.Assign) and isinstance(s.value, ast.Constant) for s in ast.parse(cell.source).body)


def test_report_parameters_stay_data(tmp_path, capsys):
    """Through the command line: a manifest whose path holds quotes, a newline and code is a path."""
    sentinel = tmp_path / "ran"
    folder = write_corpus(tmp_path / "c", {"a.txt": "On November 5, 2024, 12,000 North Korean troops were in Russia.\n"})
    odd = tmp_path / ("m" + CODE.format(sentinel=str(sentinel)).replace("/", "_") + ".csv")
    odd.write_text("file,outlet,published\na.txt,Test Wire,2024-11-05\n", encoding="utf-8")
    code = cli.main(["report", "--corpus", str(folder), "--manifest", str(odd), "--as-of", "2024-11-06",
                     "--out", str(tmp_path / "out"), "--format", "html", "--jobs", "2"])
    assert code == 0, capsys.readouterr().err
    assert not sentinel.exists()
    assert "Test Wire" in (tmp_path / "out" / "2024-11-06" / "report.html").read_text(encoding="utf-8")
