"""CPU of reading and of extraction, apart, over every real article once (benchmarks/realcopy.py's list:
seeds, the held-out sets and ../shared/devcorpus when present), a warm run first: the figure issue 15's
"no slower per megabyte" is checked by (docs/benchmarks.md, eleventh pass).

    .venv/bin/python benchmarks/extract_cpu.py [--runs N]

Compare two versions of the code in the same minutes by running it with PYTHONPATH set to a copy of each
version's lib/ (git archive <commit> lib | tar -x -C DIR), runs interleaved.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from realcopy import real_articles  # noqa: E402


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="timed runs after the warm one")
    args = parser.parse_args()
    os.environ.setdefault("CLAIMTRACK_MAX_ARTICLES", "100000")
    from claimtrack.extraction.claims import extract_corpus
    from claimtrack.reading.corpus import read_corpus

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        texts = real_articles()
        for i, text in enumerate(texts):
            (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
        mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        extract_corpus(read_corpus(folder), progress=False)       # warm: compiled patterns, caches
        for _ in range(args.runs):
            t0 = _cpu()
            corpus = read_corpus(folder)
            t1 = _cpu()
            claims = extract_corpus(corpus, progress=False)
            t2 = _cpu()
            print(f"{len(texts)} articles, {mb:.2f} MB: read {t1 - t0:.2f} s, extraction {t2 - t1:.2f} s, "
                  f"read + extract {mb / (t2 - t0):.3f} MB/s per core; {len(claims)} claims")


if __name__ == "__main__":
    main()
