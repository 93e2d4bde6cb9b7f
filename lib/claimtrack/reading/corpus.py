"""Read a corpus folder into articles: metadata, raw and cleaned text, sentences, audit.

    corpus = read_corpus("seeds")
    art = corpus["004_e5d0ce18f75aa787"]
    s = art.sentences[0]; art.raw[slice(*art.raw_span(s.start, s.end))]  # the sentence in the file

The reader never writes to the folder and never stops on a bad file: whatever it cannot
read becomes a row of `corpus.problems` saying what to do.
"""

from __future__ import annotations

import hashlib
import re
import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import metadata as md
from .clean import MD_FRONT_MATTER, clean, front_matter_fields, is_removal
from .decode import MAX_FILE_BYTES, decode_bytes
from .htmltext import extract_html
from .limits import max_line_chars
from .manifest import MANIFEST_NAME, METADATA_FIELDS
from .plan import ARTICLE_FORMATS, NOT_ARTICLES, plan_corpus  # noqa: F401 (where they were before issue 18)
from .problems import Problem
from .sentences import Sentence, split_sentences
from .textmap import Change, MappedText


@dataclass
class Article:
    id: str                       # file stem (the relative path when two files share a stem)
    path: str                     # relative to the corpus folder, '/'-separated
    format: str                   # 'text', 'markdown' or 'html'
    encoding: str
    content_hash: str             # sha256 of the file's bytes
    raw: str                      # the file decoded (byte-order mark dropped)
    cleaned: str
    sentences: list[Sentence]
    changes: list[Change]         # every edit cleaning made, located in `raw`
    metadata: dict[str, str]      # outlet, url, published, title, author, relays
    provenance: dict[str, str]    # field → 'manifest', 'html' (page metadata) or 'text'
    evidence: dict[str, str]      # field → the words an inferred value was read from
    extra: dict[str, str] = field(default_factory=dict)   # other manifest columns (notes…)
    _map: MappedText | None = field(default=None, repr=False)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Where cleaned[start:end] stands in `raw`."""
        return self._map.raw_span(start, end)

    def raw_quote(self, start: int, end: int) -> str:
        a, b = self.raw_span(start, end)
        return self.raw[a:b]

    def raw_line(self, raw_offset: int) -> int:
        """1-based line of a raw offset (for "file:line" references)."""
        return self.raw.count("\n", 0, raw_offset) + 1

    @property
    def inferred(self) -> list[str]:
        return [f for f, p in self.provenance.items() if p != "manifest"]

    @property
    def removals(self) -> list[Change]:
        return [c for c in self.changes if is_removal(c)]

    @property
    def words(self) -> int:
        return len(self.cleaned.split())


@dataclass
class Corpus:
    folder: Path
    articles: list[Article]
    problems: list[Problem]

    def __getitem__(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def __len__(self) -> int:
        return len(self.articles)


def _read_all(folder: Path, man, articles_files, ids, max_bytes: int, problems: list[Problem]):
    """(article, texts for date inference or None) for each file that can be read, in order."""
    for rel in articles_files:
        key = rel.as_posix()
        row = man.rows.get(key)
        if man.path is not None and man.path.exists() and row is None:
            problems.append(Problem(key, None, "no-manifest-row", "info",
                                    "no manifest row: metadata inferred from the text",
                                    f"add a row for {key} to {MANIFEST_NAME}"))
        try:
            art, issues, texts = _read_article(folder, rel, ids[key], row, max_bytes)
        except Exception as exc:  # one bad article never stops the others
            problems.append(Problem(key, None, "internal-error", "error",
                                    f"could not be read ({type(exc).__name__}: {exc})",
                                    "report this as a claimtrack bug, with the file"))
            continue
        problems.extend(issues)
        if art is not None:
            yield art, (texts if "published" not in art.metadata else None)


FRONT_MATTER_NAMES = {"date": "published", "published": "published", "title": "title", "author": "author",
                      "authors": "author", "url": "url"}
# (not "source:" as the outlet: it is as often a link or a note as a name)


def _front_matter(raw: str) -> dict[str, str]:
    """Metadata from a Markdown file's YAML front matter ("---", "date: 2025-01-20", "title: ...", "---")."""
    block = MD_FRONT_MATTER.match(raw)
    fields = front_matter_fields(block.group()) if block else None
    out: dict[str, str] = {}
    for key, value in (fields or {}).items():
        name = FRONT_MATTER_NAMES.get(str(key).lower())
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        value = "" if value is None or isinstance(value, bool | dict) else str(value).strip()
        if name and value and not (name == "published" and md.parse_date(value) is None):   # ("published: true")
            out.setdefault(name, value)
    return out


def _date_from_text(art: Article, texts, context_year: int | None, problems: list[Problem]) -> None:
    """Set an article's date from its text; a dateline without a year takes `context_year`."""
    normalised, cleaned = texts
    found = md.infer_published(normalised, cleaned, context_year)
    if found:
        _set(art, "published", found.value, "text", found.evidence)
        if found.assumed:
            problems.append(Problem(art.path, None, "date-year-assumed", "warning",
                                    f"published {found.value} read from a dateline without a year: {found.evidence}",
                                    f"check the year, and add the date to {MANIFEST_NAME}"))
    else:
        problems.append(Problem(art.path, None, "no-date", "warning", "published date unknown",
                                f"add the date to {MANIFEST_NAME} (YYYY-MM-DD, YYYY-MM or YYYY)"))


def read_corpus(folder: str | Path, manifest: str | Path | None = None,
                max_bytes: int = MAX_FILE_BYTES) -> Corpus:
    """Read every article under `folder` (with `folder/manifest.csv` unless `manifest` is given)."""
    folder = Path(folder)
    problems: list[Problem] = []
    man, articles_files, ids = plan_corpus(folder, manifest, problems)
    articles: list[Article] = []
    pending_dates: list[tuple[Article, tuple[str, str]]] = []
    for art, texts in _read_all(folder, man, articles_files, ids, max_bytes, problems):
        articles.append(art)
        if texts is not None:
            pending_dates.append((art, texts))

    # Dates from the text: first those the text fixes by itself; then datelines without a
    # year ("on November 5"), which take the corpus's usual year.
    still: list[tuple[Article, tuple[str, str]]] = []
    for art, texts in pending_dates:
        found = md.infer_published(*texts)
        if found and not found.assumed:
            _set(art, "published", found.value, "text", found.evidence)
        else:
            still.append((art, texts))
    years = [int(a.metadata["published"][:4]) for a in articles if "published" in a.metadata]
    context_year = int(statistics.median_low(years)) if years else None
    for art, texts in still:
        _date_from_text(art, texts, context_year, problems)
    articles.sort(key=lambda a: a.path)
    return Corpus(folder, articles, problems)


def iter_corpus(folder: str | Path, problems: list[Problem], manifest: str | Path | None = None,
                max_bytes: int = MAX_FILE_BYTES) -> Iterator[Article]:
    """The articles of `folder` one at a time, in path order, for work whose memory must not
    grow with the corpus (`claimtrack extract`). Problems are appended to `problems`.

    One difference from `read_corpus`: a dateline without a year ("on November 5") takes the
    usual year of the manifest's dates and of the articles read before it, not of the whole
    corpus (it is flagged `date-year-assumed` either way).
    """
    folder = Path(folder)
    man, articles_files, ids = plan_corpus(folder, manifest, problems)
    years = [int(r.fields["published"][:4]) for r in man.rows.values()
             if r.fields.get("published", "")[:4].isdigit()]
    for art, texts in _read_all(folder, man, sorted(articles_files, key=lambda r: r.as_posix()), ids,
                                max_bytes, problems):
        if texts is not None:
            found = md.infer_published(*texts)
            if found and not found.assumed:
                _set(art, "published", found.value, "text", found.evidence)
            else:
                _date_from_text(art, texts, int(statistics.median_low(years)) if years else None, problems)
        if "published" in art.metadata:
            years.append(int(art.metadata["published"][:4]))
        yield art


def _set(art: Article, name: str, value: str, source: str, evidence: str = "") -> None:
    art.metadata[name] = value
    art.provenance[name] = source
    if evidence:
        art.evidence[name] = evidence


def _read_article(folder: Path, rel: Path, art_id: str, row, max_bytes: int):
    key = rel.as_posix()
    issues: list[Problem] = []
    data = (folder / rel).read_bytes()
    decoded = decode_bytes(data, max_bytes)
    for code, severity, message, action in decoded.issues:
        issues.append(Problem(key, None, code, severity, message, action))
    if decoded.text is None:
        return None, issues, None
    raw = decoded.text
    fmt = ARTICLE_FORMATS[rel.suffix.lower()]
    page_meta: dict[str, str] = {}
    dropped: list[Change] = []
    if fmt == "html":
        page = extract_html(raw)
        if page is None:
            issues.append(Problem(key, None, "html-no-text", "error", "no article text found in the page",
                                  "save the article text as .txt next to it, or save the complete page"))
            return None, issues, None
        start, page_meta, dropped = page.text, page.metadata, page.dropped
    else:
        start = MappedText(raw)
        if raw.startswith("---"):
            page_meta = _front_matter(raw)       # a Markdown file's YAML front matter: date, title, author
    too_long = _long_line(start.text)
    if too_long:
        line, length = too_long
        where = f"line {line}" if fmt != "html" else "a paragraph of the page's text"
        issues.append(Problem(key, line if fmt != "html" else None, "line-too-long", "error",
                              f"{where} is {length:,} characters, over the {max_line_chars():,}-character limit",
                              "check the file is an article (prose lines are far shorter); to read it anyway, "
                              f"raise the limit: CLAIMTRACK_MAX_LINE_CHARS={length}"))
        return None, issues, None
    if "\r" in raw:
        issues.append(Problem(key, None, "line-endings", "info",
                              "Windows (CRLF) or old-Mac (CR) line endings converted to \\n", "nothing to do"))
    normalised, cleaned, changes = clean(start)
    if not cleaned.text.strip():
        issues.append(Problem(key, None, "no-text-left", "error",
                              "nothing is left after cleaning (the file is all boilerplate)",
                              "check the file holds the article; see `claimtrack corpus --audit`"))
    art = Article(id=art_id, path=key, format=fmt, encoding=decoded.encoding,
                  content_hash=hashlib.sha256(data).hexdigest(), raw=raw, cleaned=cleaned.text,
                  sentences=split_sentences(cleaned.text), changes=dropped + changes,
                  metadata={}, provenance={}, evidence={}, _map=cleaned)
    if row is not None:
        art.extra = {k: v for k, v in row.fields.items() if k not in METADATA_FIELDS and v}
        for name in METADATA_FIELDS:
            value = row.fields.get(name, "")
            if not value:
                continue
            if name == "published" and not md.parse_date(value):
                issues.append(Problem(MANIFEST_NAME, row.line, "bad-date", "warning",
                                      f"published {value!r} is not a date; the date is inferred from the text",
                                      "write the date as YYYY-MM-DD (or YYYY-MM, YYYY)"))
                continue
            _set(art, name, md.parse_date(value)[0] if name == "published" else value, "manifest")
    for name, value in page_meta.items():
        if name not in art.metadata:
            if name == "published":
                parsed = md.parse_date(value)
                if parsed is None:
                    continue
                value = parsed[0]
            _set(art, name, value, *(("html", "page metadata") if fmt == "html" else ("text", "front matter")))
    text = normalised.text
    for name, found in (("outlet", md.infer_outlet(text)), ("author", md.infer_authors(text)),
                        ("title", md.infer_title(cleaned.text))):
        if name not in art.metadata and found:
            _set(art, name, found.value, "text", found.evidence)
    relays = md.infer_relays(text, art.metadata.get("outlet"))
    if relays:
        _set(art, "relays", "; ".join(r.value for r in relays), "text", " | ".join(r.evidence for r in relays))
    # (a page's copyright notice is in its footer, which the text extractor leaves out: the year a dateline with no
    # year of its own takes, "KYIV, Nov 20 (CPA) -" under "© 2024")
    # (the audit joins the footer onto one line: each notice put back at a line's start, as md.COPYRIGHT reads them)
    footer = re.sub(r"(©|\bCopyright\b|\(c\))", r"\n\1", " ".join(ch.removed for ch in dropped)) if dropped else ""
    notices = [m.group() for m in md.COPYRIGHT.finditer(footer)]
    return art, issues, (text + "".join(f"\n{n}" for n in notices[-1:]), cleaned.text)


def _long_line(text: str) -> tuple[int, int] | None:
    """(1-based line, length) of the first line over the line limit, or None."""
    limit = max_line_chars()
    if len(text) <= limit:
        return None
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > limit:
            return number, len(line)
    return None


def action_counts(art: Article) -> Counter:
    """Cleaning actions by rule, removals only (normalisations are many and dull)."""
    return Counter(c.rule for c in art.removals)
