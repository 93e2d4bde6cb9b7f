"""Benchmark of the corpus reader, `claimtrack.reading.corpus.read_corpus(folder)`.

It builds a temporary corpus (the article files of seeds/ and, when it exists,
../shared/devcorpus/articles, each copied --copies times under distinct names, plus one
synthetic article of about 500 KB) and reports how long read_corpus takes and how much
memory it holds at its peak, always as ratios to a baseline measured in this same run on
the same files, never against absolute numbers from another machine.

The baseline is the work any reader of this corpus has to do and cannot avoid: read each
file's bytes, decode them as UTF-8, and split every line into sentences with
`pysbd.Segmenter(language="en", clean=False)`, which is what the reader does too (it
segments each line of the cleaned text on its own). pysbd dominates that cost, so
"read_corpus / baseline" is what the reader adds on top of segmentation: decoding checks,
cleaning rules with their offset maps, metadata inference and sentence offsets. The
baseline segments the raw lines, a little more text than the reader segments after
cleaning, so it errs towards making the reader look slower, not faster.

The large article is timed on its own as well: its ratio against its own baseline,
compared with the ratio on the whole corpus, shows whether the reader's time grows
faster than the size of an article (the baseline grows linearly with it). Its paragraphs
are real article sentences recombined, so that each paragraph is distinct: verbatim
repeats would be removed by the cleaning rule for repeated lines, and the reader would
then segment far less text than the baseline.

    .venv/bin/python benchmarks/bench_corpus.py [--copies 10] [--repeats 3] [--max-ratio X]
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import pysbd

ROOT = Path(__file__).resolve().parent.parent
try:
    from claimtrack.reading.corpus import read_corpus
except ImportError:  # run without the package installed: use the source tree
    sys.path.insert(0, str(ROOT / "lib"))
    from claimtrack.reading.corpus import read_corpus

SEEDS = ROOT / "seeds"
DEVCORPUS = ROOT / ".." / "shared" / "devcorpus" / "articles"
LINE = re.compile(r"[^\n]+")
LARGE_NAME = "zz_synthetic_large.txt"


def source_files() -> list[tuple[str, Path]]:
    """(prefix, path) of every article file the corpus is made from."""
    files = [("seed", p) for p in sorted(SEEDS.glob("*.txt"))]
    if DEVCORPUS.is_dir():
        files += [("dev", p) for p in sorted(DEVCORPUS.glob("*.txt"))]
    if not files:
        raise SystemExit(f"no article files found in {SEEDS}")
    return files


def large_article(sources: list[Path], segmenter: pysbd.Segmenter, target_bytes: int) -> str:
    """About `target_bytes` of text: one real article, then paragraphs of 2-5 sentences
    drawn (seeded, so every run gets the same text) from all the source articles."""
    texts = [p.read_bytes().decode("utf-8") for p in sources]
    sentences = []
    for text in texts:
        for m in LINE.finditer(text):
            if len(m.group().strip()) >= 40:
                sentences += [s.strip() for s in segmenter.segment(m.group()) if len(s.strip()) >= 20]
    sentences = sorted(set(sentences))
    rng = random.Random(20240601)
    parts = [texts[0].rstrip("\n")]
    size = len(parts[0].encode("utf-8"))
    while size < target_bytes:
        para = " ".join(rng.sample(sentences, rng.randint(2, 5)))
        parts.append(para)
        size += len(para.encode("utf-8")) + 2
    return "\n\n".join(parts) + "\n"


def build(folder: Path, copies: int, large_bytes: int, segmenter: pysbd.Segmenter) -> tuple[Path, Path, int]:
    """Write the corpus under folder/corpus and the large article alone under folder/large."""
    corpus, large = folder / "corpus", folder / "large"
    corpus.mkdir()
    large.mkdir()
    sources = source_files()
    for copy in range(copies):
        for prefix, path in sources:
            shutil.copyfile(path, corpus / f"c{copy:03d}_{prefix}_{path.name}")
    text = large_article([p for _, p in sources], segmenter, large_bytes)
    (corpus / LARGE_NAME).write_text(text, encoding="utf-8", newline="\n")
    (large / LARGE_NAME).write_text(text, encoding="utf-8", newline="\n")
    return corpus, large, len(sources)


def baseline(folder: Path, segmenter: pysbd.Segmenter) -> int:
    """Read, decode and segment every article line by line; return the sentence count."""
    n = 0
    for path in sorted(folder.rglob("*.txt")):
        text = path.read_bytes().decode("utf-8")
        for m in LINE.finditer(text):
            if not m.group().isspace():
                n += len(segmenter.segment(m.group()))
    return n


def best_of(repeats: int, fn) -> float:
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
        del result
    return best


def input_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--copies", type=int, default=10, help="copies of each source article (default 10)")
    ap.add_argument("--repeats", type=int, default=3, help="timings per measurement; the best is kept (default 3)")
    ap.add_argument("--large-kb", type=int, default=500, help="size of the synthetic large article in KB (default 500)")
    ap.add_argument("--max-ratio", type=float, default=None,
                    help="exit 1 when read_corpus / baseline on the corpus exceeds this")
    args = ap.parse_args(argv)
    if args.copies < 1 or args.repeats < 1 or args.large_kb < 1:
        ap.error("--copies, --repeats and --large-kb must be at least 1")

    started = time.perf_counter()
    segmenter = pysbd.Segmenter(language="en", clean=False)
    with tempfile.TemporaryDirectory(prefix="bench_corpus_") as tmp:
        corpus, large, n_sources = build(Path(tmp), args.copies, args.large_kb * 1000, segmenter)

        # Warm up both sides (imports, compiled regexes, cached segmenter) on one file.
        warm = Path(tmp) / "warm"
        warm.mkdir()
        shutil.copyfile(source_files()[0][1], warm / "warm.txt")
        baseline(warm, segmenter)
        read_corpus(warm)

        total = input_bytes(corpus)
        large_size = input_bytes(large)

        t_base = best_of(args.repeats, lambda: baseline(corpus, segmenter))
        t_read = best_of(args.repeats, lambda: read_corpus(corpus))
        t_base_large = best_of(args.repeats, lambda: baseline(large, segmenter))
        t_read_large = best_of(args.repeats, lambda: read_corpus(large))

        gc.collect()
        tracemalloc.start()
        result = read_corpus(corpus)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        n_articles = len(result.articles)
        del result

    ratio = t_read / t_base
    ratio_large = t_read_large / t_base_large
    mb = 1_000_000
    print(f"claimtrack read_corpus benchmark (best of {args.repeats}; ratios against a baseline "
          f"of read + UTF-8 decode + pysbd per line, measured in this run)")
    print(f"articles:                     {n_articles} ({n_sources} sources x {args.copies} copies "
          f"+ 1 synthetic of {large_size / 1000:.0f} KB)")
    print(f"total input:                  {total / mb:.2f} MB")
    print(f"baseline:                     {t_base:.3f} s")
    print(f"read_corpus:                  {t_read:.3f} s")
    print(f"ratio read_corpus / baseline: {ratio:.2f}")
    print(f"articles per second:          {n_articles / t_read:.1f}")
    print(f"peak memory / input size:     {peak / total:.1f}  "
          f"(tracemalloc peak {peak / mb:.1f} MB during one read_corpus, input {total / mb:.2f} MB)")
    print(f"large article alone ({large_size / 1000:.0f} KB): baseline {t_base_large:.3f} s, "
          f"read_corpus {t_read_large:.3f} s, ratio {ratio_large:.2f} "
          f"({ratio_large / ratio:.2f}x the corpus ratio; well above 1 means time grows faster than size)")
    print(f"benchmark wall time:          {time.perf_counter() - started:.1f} s")

    if args.max_ratio is not None and ratio > args.max_ratio:
        print(f"FAIL: read_corpus / baseline = {ratio:.2f} exceeds --max-ratio {args.max_ratio:g}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
