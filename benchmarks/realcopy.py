"""Copies of real articles varied so that each is a new text: the corpus generator the store and
report-at-scale benchmarks share.

The real articles of seeds/, benchmarks/heldout*/ and ../shared/devcorpus (when present), with the
manifest row each folder gives. A copy has its paragraphs shifted (the headline stays first) and
every number changed, so provenance must still link it to its siblings and the report sees new
figures, not restatements: the worst case for the size of a report. `keep_years` leaves
four-digit years (1900–2099) as they are, so a copy's periods stay dates a report can place.
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = [REPO / "seeds", *sorted((REPO / "benchmarks").glob("heldout*/articles")),
           REPO.parent / "shared" / "devcorpus" / "articles"]
NUMBER = re.compile(r"\d[\d,]*")
YEAR = re.compile(r"(19|20)\d\d")
MANIFEST_FIELDS = ["file", "outlet", "url", "published", "title"]


def _manifest(folder: Path) -> dict[str, dict]:
    """The manifest rows of a folder of articles (its own manifest.csv, or its parent's), by file name."""
    for path in (folder / "manifest.csv", folder.parent / "manifest.csv"):
        if path.exists():
            with path.open(encoding="utf-8", newline="") as f:
                return {r["file"]: r for r in csv.DictReader(f)}
    return {}


def real_articles_with_metadata() -> list[tuple[str, dict]]:
    """(text, manifest row or {}) of every real article, in a fixed order."""
    out = []
    for folder in SOURCES:
        if folder.is_dir():
            rows = _manifest(folder)
            out += [(p.read_text(encoding="utf-8", errors="replace"), rows.get(p.name, {}))
                    for p in sorted(folder.glob("*")) if p.suffix in (".txt", ".md")]
    return out


def real_articles() -> list[str]:
    return [text for text, _ in real_articles_with_metadata()]


def vary(text: str, rng: random.Random, keep_years: bool = False) -> str:
    paras = text.split("\n\n")
    if len(paras) > 3:
        k = rng.randrange(1, len(paras) - 1)
        paras = paras[:1] + paras[k:] + paras[1:k]        # the headline stays first

    def new(m: re.Match) -> str:
        s = m.group()
        if len(s) == 1 or (keep_years and YEAR.fullmatch(s)):
            return s
        return f"{rng.randint(2, 99):,}{s[-1]}"
    return NUMBER.sub(new, "\n\n".join(paras))


def make_corpus(folder: Path, n: int, start: int = 0, seed: int = 18, keep_years: bool = False,
                manifest: bool = False) -> int:
    """n varied copies a{i:06d}.txt in folder; with `manifest`, a manifest.csv giving each copy its
    original's outlet, date and title, and its URL with ?copy=i. Returns the bytes of text written."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = real_articles_with_metadata()
    rng = random.Random(seed + start)
    size = 0
    rows = []
    for i in range(start, start + n):
        text, meta = texts[i % len(texts)]
        text = vary(text, rng, keep_years)
        name = f"a{i:06d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
        url = meta.get("url", "")
        rows.append({"file": name, "outlet": meta.get("outlet", ""), "published": meta.get("published", ""),
                     "title": meta.get("title", ""),
                     "url": f"{url}{'&' if '?' in url else '?'}copy={i}" if url else ""})
    if manifest:
        with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=MANIFEST_FIELDS)
            w.writeheader()
            w.writerows(rows)
    return size
