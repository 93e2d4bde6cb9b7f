"""Shared fixtures. Tests that need ../shared (the seed gold, the dev corpus) skip cleanly
when it is absent, as in a user's clone; everything else runs on the repo alone."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SHARED = Path(os.environ.get("CLAIMTRACK_SHARED", REPO.parent / "shared"))


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"{SHARED} not present (a user's clone has no ../shared)")
    return SHARED


def real_texts() -> list[str]:
    """The texts of the repo's real articles (seeds/ and every benchmarks/heldout*/articles/), in a
    fixed order: what the equal-output tests of the speed shortcuts run on."""
    folders = [SEEDS, *sorted((REPO / "benchmarks").glob("heldout*/articles"))]
    return [p.read_text(errors="replace") for d in folders for p in sorted(d.glob("*.*"))]


def real_lines() -> list[str]:
    """Every non-empty line of `real_texts()`."""
    return [m.group() for t in real_texts() for m in re.finditer(r"[^\n]+", t)]


def write_corpus(folder: Path, files: dict[str, str | bytes], manifest: str | None = None) -> Path:
    """Make a corpus folder from {relative name: text or bytes}; optional manifest text."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8", newline="")
        else:
            path.write_bytes(content)
    if manifest is not None:
        (folder / "manifest.csv").write_text(manifest, encoding="utf-8")
    return folder


def words(text: str) -> list[str]:
    """Word tokens for comparing raw and cleaned text (NFKC so full-width digits match)."""
    text = re.sub("[\u200b\u200c\u200d\u2060\u00ad\ufeff]", "", text)  # invisible in raw, dropped by cleaning
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text))


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder` with its bytes and mtime, to prove nothing was written."""
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*"))if p.is_file()}


@pytest.fixture(autouse=True, scope="session")
def _stores_in_a_temporary_folder(tmp_path_factory):
    """Stores made by the tests (snapshot.load, claimtrack report/extract) go to a temporary
    folder, not the project's outputs/store/; child processes and notebook kernels inherit it."""
    from claimtrack.store.db import STORE_DIR_ENV

    old = os.environ.get(STORE_DIR_ENV)
    os.environ[STORE_DIR_ENV] = str(tmp_path_factory.mktemp("stores"))
    yield
    if old is None:
        os.environ.pop(STORE_DIR_ENV, None)
    else:
        os.environ[STORE_DIR_ENV] = old
