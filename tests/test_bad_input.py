"""Each kind of bad input becomes a problem row naming the file (and line) and what to do;
the other articles are still read, and nothing in the folder is written."""

import codecs

import pytest
from claimtrack.reading.corpus import read_corpus
from conftest import snapshot, write_corpus

GOOD = "Approximately 10,000 North Korean servicemen have been stationed in Russia.\n"
HEADER = "file,outlet,url,published,title,author\n"


def problems(corpus, code):
    return [p for p in corpus.problems if p.code == code]


def read(tmp_path, files, manifest=None, **kw):
    folder = write_corpus(tmp_path / "corpus", {"good.txt": GOOD, **files}, manifest)
    before = snapshot(folder)
    corpus = read_corpus(folder, **kw)
    assert snapshot(folder) == before, "the reader wrote to the corpus folder"
    assert "good" in [a.id for a in corpus.articles], "one bad file stopped the others"
    return corpus


@pytest.mark.parametrize("content", ["", "   \n\n\t"])
def test_empty_file(tmp_path, content):
    c = read(tmp_path, {"empty.txt": content})
    (p,) = problems(c, "empty-file")
    assert p.file == "empty.txt" and p.severity == "error" and p.action
    assert "empty" not in [a.id for a in c.articles]


@pytest.mark.parametrize("content,what", [(b"\x00\x01\x02binary\x00" * 10, "NUL"),
                                          (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF")])
def test_binary_file(tmp_path, content, what):
    c = read(tmp_path, {"scan.txt": content})
    (p,) = problems(c, "binary-file")
    assert p.file == "scan.txt" and what in p.message


def test_non_utf8_text_is_read_and_encoding_named(tmp_path):
    text = "\u201cMore than 10,000\u201d troops, the ministry\u2019s spokesman said in S\u00e9oul. " * 5
    c = read(tmp_path, {"cp.txt": text.encode("cp1252")})
    (p,) = problems(c, "not-utf8")
    assert p.severity == "warning" and "read as" in p.message
    art = c["cp"]
    assert "10,000" in art.cleaned and "S\u00e9oul" in art.cleaned
    assert art.encoding in p.message  # the assumed encoding is named
    assert "\u201cMore than 10,000\u201d" in art.raw  # and it decodes the text correctly


def test_bom_utf8_and_utf16(tmp_path):
    c = read(tmp_path, {"bom8.txt": codecs.BOM_UTF8 + GOOD.encode(),
                        "bom16.txt": codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le")})
    assert {p.file for p in problems(c, "bom")} == {"bom8.txt", "bom16.txt"}
    assert c["bom8"].raw == GOOD and c["bom16"].raw == GOOD
    assert c["bom8"].cleaned == GOOD.strip()


def test_crlf(tmp_path):
    c = read(tmp_path, {"win.txt": b"First line here.\r\n\r\nSecond 3,000 line.\r\n"})
    assert problems(c, "line-endings")[0].severity == "info"
    art = c["win"]
    assert art.cleaned == "First line here.\nSecond 3,000 line."
    i = art.cleaned.index("3,000")
    assert art.raw_quote(i, i + 5) == "3,000"


def test_file_over_size_limit(tmp_path):
    c = read(tmp_path, {"huge.txt": "x " * 600}, max_bytes=1000)
    (p,) = problems(c, "too-large")
    assert "1,000" in p.message and "huge" not in [a.id for a in c.articles]


def test_manifest_row_for_missing_file_and_file_without_row(tmp_path):
    manifest = HEADER + "good.txt,Outlet,,2024-11-05,,\nghost.txt,Other,,2024-10-01,,\n"
    c = read(tmp_path, {"extra.txt": GOOD}, manifest)
    (p,) = problems(c, "manifest-missing-file")
    assert p.file == "manifest.csv" and p.line == 3 and "ghost.txt" in p.message
    (q,) = problems(c, "no-manifest-row")
    assert q.file == "extra.txt" and "add a row" in q.action


def test_duplicate_ids(tmp_path):
    c = read(tmp_path, {"story.txt": GOOD, "story.md": GOOD, "sub/story.html": "<p>x</p>"})
    dup = problems(c, "duplicate-id")
    assert {p.file for p in dup} >= {"story.txt", "story.md"}
    ids = [a.id for a in c.articles]
    assert len(ids) == len(set(ids))
    assert "story.txt" in ids and "story.md" in ids


def test_unparseable_date(tmp_path):
    manifest = HEADER + "good.txt,Outlet,,sometime soon,,\n"
    c = read(tmp_path, {}, manifest)
    (p,) = problems(c, "bad-date")
    assert p.file == "manifest.csv" and p.line == 2 and "sometime soon" in p.message and "YYYY-MM-DD" in p.action


def test_unknown_extension(tmp_path):
    c = read(tmp_path, {"notes.docx": b"PK\x03\x04zip", "data.csv": "a,b\n"})
    assert {p.file for p in problems(c, "unknown-extension")} == {"notes.docx", "data.csv"}


def test_manifest_without_file_column(tmp_path):
    c = read(tmp_path, {}, "name,outlet\ngood.txt,X\n")
    (p,) = problems(c, "manifest-no-file-column")
    assert p.line == 1 and "file,outlet" in p.action
    assert "outlet" not in c["good"].provenance


def test_manifest_duplicate_row_and_bad_path(tmp_path):
    manifest = HEADER + "good.txt,A,,,,\ngood.txt,B,,,,\n../escape.txt,C,,,,\n"
    c = read(tmp_path, {}, manifest)
    assert problems(c, "manifest-duplicate-row")[0].line == 3
    assert problems(c, "manifest-bad-path")[0].line == 4
    assert c["good"].metadata["outlet"] == "A"


def test_all_boilerplate_file(tmp_path):
    c = read(tmp_path, {"chrome.txt": "close\nPLAY | 00:17\n"})
    assert problems(c, "no-text-left")[0].file == "chrome.txt"


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        read_corpus(tmp_path / "nope")


def test_dotfiles_readme_and_manifest_are_not_articles(tmp_path):
    c = read(tmp_path, {".DS_Store": b"\x00\x00", "README.md": "# About", ".git/config": "x"},
             HEADER + "good.txt,X,,2024-11-05,,\n")
    assert [a.id for a in c.articles] == ["good"]
    assert not c.problems


def test_short_windows_1252_text_keeps_its_symbols(tmp_path):
    c = read(tmp_path, {"w.txt": "Ukraine held 1,300 km\u00b2 and paid \u00a31,500 \u2013 about \u00bc of it.".encode("cp1252")})
    assert "km\u00b2" in c["w"].raw and "\u00a31,500" in c["w"].raw and "\u00bc" in c["w"].raw


def test_utf16_without_bom(tmp_path):
    c = read(tmp_path, {"u16.txt": GOOD.encode("utf-16-le")})
    assert c["u16"].raw == GOOD
    assert problems(c, "not-utf8")[0].file == "u16.txt"


def test_articles_named_like_readme_are_read(tmp_path):
    c = read(tmp_path, {"readme_kursk.txt": GOOD, "licensed_recruits.txt": GOOD})
    assert {"readme_kursk", "licensed_recruits"} <= {a.id for a in c.articles}
