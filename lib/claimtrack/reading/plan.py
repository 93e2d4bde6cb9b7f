"""Which files of a corpus folder are articles, their ids and the manifest: what a run decides
before reading any article. Apart from `corpus` so that a run that finds nothing changed (the
store's unchanged re-run, issue 18) never imports the reader's heavy libraries (pysbd,
dateparser, trafilatura)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from .limits import LimitExceeded, max_articles
from .manifest import CORRECTIONS_NAME, MANIFEST_NAME, REVIEWS_NAME, read_manifest
from .problems import Problem

ARTICLE_FORMATS = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html"}
# Names (without extension) of files in a corpus folder that are not articles, besides
# dotfiles and the manifest: README.md, LICENSE.txt. "readme_kursk.txt" is an article.
NOT_ARTICLES = ("readme", "license", "licence")


def _is_candidate(rel: Path) -> bool:
    if any(part.startswith(".") for part in rel.parts):
        return False
    if rel.as_posix() in (MANIFEST_NAME, CORRECTIONS_NAME, REVIEWS_NAME):
        return False
    return rel.stem.lower() not in NOT_ARTICLES


def plan_corpus(folder: Path, manifest: str | Path | None, problems: list[Problem]):
    """The manifest, the article files and their ids; problems with the folder go to `problems`."""
    if not folder.is_dir():
        raise FileNotFoundError(f"corpus folder {folder} does not exist or is not a folder")
    manifest_path = Path(manifest) if manifest else folder / MANIFEST_NAME
    man = read_manifest(manifest_path, label=str(manifest) if manifest else MANIFEST_NAME)
    problems.extend(man.problems)
    if manifest and not manifest_path.exists():
        problems.append(Problem(str(manifest), None, "manifest-missing", "error",
                                "the manifest given does not exist; metadata will be inferred from the text",
                                "check the --manifest path"))

    files = sorted(p.relative_to(folder) for p in folder.rglob("*") if p.is_file())
    files = [f for f in files if _is_candidate(f)]
    articles_files = []
    for rel in files:
        if rel.suffix.lower() in ARTICLE_FORMATS:
            articles_files.append(rel)
        else:
            problems.append(Problem(rel.as_posix(), None, "unknown-extension", "warning",
                                    f"'{rel.suffix or '(none)'}' is not an article format; file skipped",
                                    "save articles as .txt, .md, .html or .htm, or move this file out of the corpus"))

    n, limit = len(articles_files), max_articles()
    if n > limit:
        raise LimitExceeded(f"{folder}: {n:,} article files, over the limit of {limit:,}; split the corpus, "
                            f"or raise the limit: CLAIMTRACK_MAX_ARTICLES={n} (the memory it needs: docs/store.md, \"Limits\")")
    ids = _assign_ids(articles_files, problems)
    present = {rel.as_posix() for rel in articles_files}
    for key, row in man.rows.items():
        if key not in present:
            problems.append(Problem(MANIFEST_NAME, row.line, "manifest-missing-file", "warning",
                                    f"row for {key}, which is not in the folder",
                                    "add the file, correct the name, or delete the row"))
    return man, articles_files, ids


def _assign_ids(files: list[Path], problems: list[Problem]) -> dict[str, str]:
    """File stem, unless two files share it: then both are known by their paths."""
    by_stem: dict[str, list[Path]] = defaultdict(list)
    for rel in files:
        by_stem[rel.stem].append(rel)
    ids = {}
    for stem, rels in by_stem.items():
        if len(rels) == 1:
            ids[rels[0].as_posix()] = stem
            continue
        names = ", ".join(r.as_posix() for r in rels)
        for rel in rels:
            ids[rel.as_posix()] = rel.as_posix()
            problems.append(Problem(rel.as_posix(), None, "duplicate-id", "warning",
                                    f"id '{stem}' is shared by {names}; this article's id is its path",
                                    "rename the files so that each name (without extension) is unique"))
    return ids
