"""The report: for now the claims table and the corpus summary, written to `outputs/<as-of>/` all at once.

Files are written to a temporary folder beside the destination and swapped in only
when everything is written, so a failed run never leaves a half-written report and
never destroys the last good one.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from .claims import extract_corpus
from .corpus import read_corpus
from .tables import articles_table, audit_table, problems_table, provenance_note, sentences_table


def write_atomically(dest: Path, write) -> list[Path]:
    """Call write(tmp_folder), then replace `dest` with it; return the files written."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", dir=dest.parent))
    old = dest.with_name(f".{dest.name}.old-{os.getpid()}")
    moved = False
    try:
        write(tmp)
        if dest.exists():
            dest.rename(old)
            moved = True
        tmp.rename(dest)
    except BaseException:
        if moved and not dest.exists():
            old.rename(dest)  # put the last good report back
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if moved:
        shutil.rmtree(old)
    return sorted(p for p in dest.rglob("*") if p.is_file())


def corpus_summary_markdown(corpus, articles, problems) -> str:
    """A readable summary: the articles table, inferred metadata and its evidence, problems."""
    table = articles[["id", "outlet", "published", "words", "cleaning", "inferred"]].to_string(index=False)
    lines = [f"# Corpus summary: {corpus.folder}", "",
             f"{len(articles)} articles, {len(problems)} problems.", "", "## Articles", "",
             "```", table, "```", ""]
    notes = provenance_note(corpus)
    if notes:
        lines += ["## Inferred metadata", ""] + [f"- {n}" for n in notes] + [""]
    lines += ["## Problems", ""]
    lines += [f"- {p}" for p in corpus.problems] or ["None."]
    return "\n".join(lines) + "\n"


def run_report(corpus_folder: str | Path = "seeds", outputs: str | Path = "outputs",
               as_of: str | None = None) -> list[Path]:
    """Write the report for `corpus_folder` to outputs/<as-of>/; return the files written."""
    as_of = as_of or dt.date.today().isoformat()
    dt.date.fromisoformat(as_of)  # a bad --as-of fails before anything is written
    corpus = read_corpus(corpus_folder)
    claims = extract_corpus(corpus)          # before the tables: extraction problems join the list
    articles, problems = articles_table(corpus), problems_table(corpus)

    def write(folder: Path):
        claims.to_csv(folder / "claims.csv", index=False)
        sub = folder / "corpus"
        sub.mkdir()
        articles.to_csv(sub / "articles.csv", index=False)
        problems.to_csv(sub / "problems.csv", index=False)
        audit_table(corpus).to_csv(sub / "audit.csv", index=False)
        sentences_table(corpus).to_csv(sub / "sentences.csv", index=False)
        (sub / "summary.md").write_text(corpus_summary_markdown(corpus, articles, problems), encoding="utf-8")

    return write_atomically(Path(outputs) / as_of, write)
