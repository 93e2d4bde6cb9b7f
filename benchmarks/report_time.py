"""Benchmark of the report: `claimtrack report` on seeds/ (papermill, HTML and PDF) beside plain
`jupyter nbconvert --execute` of the same notebooks, measured in the same run.

Targets (issue 4): the whole report, HTML and PDF, within 30 s on this machine with the set-up
warm (.venv installed, Chromium present; one warm-up run first); and runner overhead at most
1.2× plain execution. "Plain execution" runs the six notebooks one after another in one
nbconvert process and renders nothing, so the runner's ratio includes its HTML and PDF too.
The runner is timed twice: with its default parallelism (one notebook per core) and with
--jobs 1, which shows what papermill itself adds over nbconvert.

    .venv/bin/python benchmarks/report_time.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TARGET_SECONDS = 30.0
TARGET_OVERHEAD = 1.2


def timed(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    notebooks = sorted(str(p) for p in (REPO / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    with tempfile.TemporaryDirectory() as tmp:
        report = [str(BIN / "claimtrack"), "report", "--corpus", "seeds", "--as-of", "2024-12-01", "--out", tmp]
        plain = [str(BIN / "jupyter"), "nbconvert", "--execute", "--to", "notebook", "--output-dir", f"{tmp}/plain",
                 *notebooks]
        timed(report)                                   # warm-up: caches, fonts, Chromium profile
        runs = {"report (html+pdf, parallel)": [], "report (html+pdf, --jobs 1)": [], "nbconvert --execute": []}
        for _ in range(args.repeats):                   # interleaved, so load on the machine hits all alike
            runs["report (html+pdf, parallel)"].append(timed(report))
            runs["report (html+pdf, --jobs 1)"].append(timed(report + ["--jobs", "1"]))
            runs["nbconvert --execute"].append(timed(plain))
    med = {k: statistics.median(v) for k, v in runs.items()}
    base = med["nbconvert --execute"]
    print(f"report on seeds/ ({len(notebooks)} notebooks), median of {args.repeats} runs, warm set-up")
    for name, seconds in med.items():
        print(f"  {name:30s} {seconds:6.1f} s   ×{seconds / base:.2f} of plain execution   "
              f"(runs: {', '.join(f'{s:.1f}' for s in runs[name])})")
    whole = med["report (html+pdf, parallel)"]
    ok_time, ok_ratio = whole <= TARGET_SECONDS, whole / base <= TARGET_OVERHEAD
    print(f"  whole report {whole:.1f} s (target ≤ {TARGET_SECONDS:.0f} s): {'met' if ok_time else 'MISSED'}")
    print(f"  runner/plain ×{whole / base:.2f} (target ≤ {TARGET_OVERHEAD}): {'met' if ok_ratio else 'MISSED'}")
    return 0 if ok_time and ok_ratio else 1


if __name__ == "__main__":
    sys.exit(main())
