"""The store and the engines (issue 18), every figure beside its baseline measured in this run.

Corpus: the real articles of seeds/, benchmarks/heldout*/ and ../shared/devcorpus (when
present), varied per copy (paragraphs shifted, every number changed) so that each copy is a
new text that provenance must still link to its siblings. Each measurement runs in a fresh
subprocess (so peak memory is that run's own, read from ru_maxrss).

1. Throughput of read + extract per core on real-article text (--mb of it): today's path
   (`claimtrack extract --no-store`, one process) with pysbd called as before this issue
   (`Segmenter.segment`: a pattern compiled per sentence, on every line), the same path with the
   segmentation fix, and a store build with --jobs 1 and with every core; then the same path
   with the code of `--baseline` (a git revision, `git archive` of its lib/ on PYTHONPATH; by
   default b098ee8, main before the issue-22 speed-up) and with this checkout, two runs each,
   interleaved, in CPU seconds of the work alone (imports excluded) and MB/s per core.
2. Full build at --small and --large articles: time and peak memory, and their ratios.
3. At --large: +1% new articles (incremental) and an unchanged re-run, as fractions of the full build.
4. Dask LocalCluster (2 workers) against the local engine on the --small corpus: identical
   store contents, and the time ratio.
5. `claimtrack report` (HTML and PDF) on the --large corpus with its store warm (built in 2-3):
   a first report (it computes the snapshot and keeps it beside the store), then the report on
   the unchanged store twice, each against the 45 s target: wall time, and CPU of the command and
   every kernel (Chromium's renderer processes are not its children: not counted). With
   `--before DIR` (a checkout of the code before: its lib/ and notebooks/, e.g. `git worktree add
   DIR main`) the same runs with that code on a copy of the store, interleaved: the baseline.
   `--corpus DIR --store FILE` runs section 5 alone on a corpus and store you keep (--report 0
   leaves it out).

The machine's load average is printed before and after: on a shared machine read the ratios
within one run. Issue 18's targets are at 10,000 and 100,000 articles (`--small 10000 --large
100000 --sections 2,3 --report 0`: about an hour on 2 shared cores); the default is 1,000 and
10,000. The children get CLAIMTRACK_MAX_ARTICLES above the corpus's size (the default limit is
20,000). Peak memory is the writer's (ru_maxrss); the largest worker's is printed beside it.

    .venv/bin/python benchmarks/store_bench.py [--small 1000] [--large 10000] [--mb 1.0] [--report 1]
    .venv/bin/python benchmarks/store_bench.py --corpus DIR --store FILE [--before CHECKOUT] [--as-of YYYY-MM-DD]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from realcopy import REPO, make_corpus, real_articles

CHILD = r"""
import json, resource, sys, time
mode, folder, store_file = sys.argv[1], sys.argv[2], sys.argv[3]
jobs = int(sys.argv[4]) if len(sys.argv) > 4 else 1
if mode.startswith("nostore"):
    from claimtrack.extraction.claims import iter_claims   # imported before the clock starts (with the
    import claimtrack.reading.corpus                       # reader, which iter_claims imports when called)
def cpu():
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
t, t_cpu = time.perf_counter(), cpu()
if mode.startswith("nostore"):
    if mode == "nostore-old":   # pysbd as called before issue 18
        import claimtrack.reading.sentences as s
        import pysbd
        import re
        seg = pysbd.Segmenter(language="en", clean=False)
        s._segment = seg.segment
        s.ONE_SENTENCE = re.compile(r"(?!)")   # and on every line (the shortcut came later)
    from claimtrack.extraction.claims import iter_claims
    n = sum(1 for _ in iter_claims(folder, progress=False))
    info = {"claims": n}
else:
    from claimtrack import store
    up = store.update(folder, store=store_file, jobs=jobs, engine="dask" if mode == "dask" else "local")
    info = {"read": up.read, "extracted": up.extracted, "relinked": up.relinked, "update_s": up.seconds,
            "phases": up.phases}
info["seconds"] = time.perf_counter() - t
info["work_cpu"] = cpu() - t_cpu
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
info["cpu"] = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime   # the writer's and its workers'
info["peak_mb"] = me.ru_maxrss / 1024
info["worker_peak_mb"] = kids.ru_maxrss / 1024    # the largest worker process
print(json.dumps(info))
"""


def run(mode: str, folder: Path, store: Path, jobs: int = 1, lib: Path | None = None) -> dict:
    # past the default article limit for --large 100000 (the limit is what this measures)
    env = {**os.environ, "CLAIMTRACK_MAX_ARTICLES": str(max(20_000, 2 * sum(1 for _ in folder.iterdir())))}
    if lib is not None:
        env["PYTHONPATH"] = str(lib)     # another revision's claimtrack (it comes before the editable install)
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(folder), str(store), str(jobs)],
                         capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])




# main before the issue-22 speed-up (sentences, cleaning, case-blind patterns): what 1. sets this
# checkout against unless --baseline names another revision
BASELINE = "b098ee8"


def against_baseline(revision: str, tmp: Path, mb: float) -> None:
    """Read + extract (`extract --no-store`'s path) with `revision`'s code and with this checkout's,
    two runs each, interleaved: CPU of the work alone, MB/s per core, and the ratio."""
    lib = tmp / "baseline"
    lib.mkdir()
    archive = subprocess.run(["git", "-C", str(REPO), "archive", revision, "lib"], capture_output=True)
    if archive.returncode:
        print(f"  (no baseline: git cannot give {revision}'s lib/: {archive.stderr.decode().strip()})")
        return
    subprocess.run(["tar", "-x", "-C", str(lib)], input=archive.stdout, check=True)
    runs: dict[str, list[dict]] = {revision: [], "this checkout": []}
    for _ in range(2):
        runs[revision].append(run("nostore", tmp / "tp", tmp / "x", 1, lib=lib / "lib"))
        runs["this checkout"].append(run("nostore", tmp / "tp", tmp / "x", 1))
    print("  read + extract (extract --no-store's path), CPU of the work, two interleaved runs each:")
    best = {}
    for name, rs in runs.items():
        cpus = [r["work_cpu"] for r in rs]
        best[name] = min(cpus)
        print(f"    {name:20s} {', '.join(f'{c:.2f}' for c in cpus)} s CPU = "
              f"{', '.join(f'{mb / c:.3f}' for c in cpus)} MB/s per core ({rs[0]['claims']} claims)")
    print(f"    ×{best[revision] / best['this checkout']:.2f} (best against best; target: 1 MB/s per core)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--large", type=int, default=10000)
    ap.add_argument("--report", type=int, default=1, help="5.: time a warm-store report of --large (0: no)")
    ap.add_argument("--sections", default="1,2,3,4,5", help="which measurements to run (2 and 3 go together)")
    ap.add_argument("--mb", type=float, default=1.0, help="MB of real-article text for the throughput test")
    ap.add_argument("--corpus", type=Path, help="5. alone: a corpus folder whose store (--store) is current")
    ap.add_argument("--store", type=Path, help="5. alone: that corpus's store")
    ap.add_argument("--before", type=Path, help="5.: a checkout of the code before (lib/, notebooks/): the baseline")
    ap.add_argument("--as-of", default="", help="5.: the report date (default: today)")
    ap.add_argument("--baseline", default=BASELINE, help="1.: the git revision whose code the throughput is set against")
    args = ap.parse_args()
    if args.corpus:
        with tempfile.TemporaryDirectory() as tmp:
            print(f"store benchmark, section 5 alone (load average {os.getloadavg()[0]:.1f})")
            n = sum(1 for f in args.corpus.iterdir() if f.name != "manifest.csv")
            report(args.corpus.resolve(), args.store.resolve(), Path(tmp), n, args.before, args.as_of)
            print(f"\n(load average at the end {os.getloadavg()[0]:.1f})")
        return
    from claimtrack.store import default_jobs

    cores = default_jobs()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        print(f"store benchmark ({cores} cores; load average {os.getloadavg()[0]:.1f})")
        sections = set(args.sections.split(","))
        # 1. throughput
        per = sum(len(t.encode()) for t in real_articles()) / len(real_articles())
        n = max(1, int(args.mb * 1e6 / per))
        size = make_corpus(tmp / "tp", n) if "1" in sections else 1
        mb = size / 1e6
        rows = [] if "1" not in sections else [
                ("today: extract --no-store, pysbd as before", run("nostore-old", tmp / "tp", tmp / "x", 1)),
                ("extract --no-store, segmentation fixed", run("nostore", tmp / "tp", tmp / "x", 1)),
                ("store build, --jobs 1", run("store", tmp / "tp", tmp / "tp1.duckdb", 1)),
                (f"store build, --jobs {cores}", run("store", tmp / "tp", tmp / "tpn.duckdb", cores))]
        base = rows[0][1]["seconds"] if rows else 1
        if rows:
            print(f"\n1. read + extract, {n} articles, {mb:.2f} MB of text")
        for name, r in rows:
            jobs = cores if "--jobs " + str(cores) in name and cores > 1 else 1
            print(f"  {name:48s} {r['seconds']:7.1f} s  {mb / r['seconds']:.3f} MB/s  "
                  f"{mb / r['seconds'] / jobs:.3f} MB/s per core  ×{base / r['seconds']:.2f} vs today")
        if rows:
            against_baseline(args.baseline, tmp, mb)
        # 2-3. scale, incremental, unchanged
        small, large = tmp / "small", tmp / "large"
        make_corpus(small, args.small)
        make_corpus(large, args.large)
        print(f"\n2. full build, --jobs {cores} (load average {os.getloadavg()[0]:.1f})", flush=True)
        built = []
        for n_, folder in ((args.small, small), (args.large, large)):
            r = run("store", folder, tmp / f"{folder.name}.duckdb", cores)
            built.append(r)
            print(f"  {n_:>7,} articles: {r['seconds']:7.1f} s (CPU {r['cpu']:.0f} s), peak {r['peak_mb']:.0f} MB "
                  f"(largest worker {r['worker_peak_mb']:.0f} MB) "
                  f"(work {r['phases'].get('work', 0):.0f} s, write {r['phases'].get('write', 0):.0f} s, "
                  f"links {r['phases'].get('links', 0):.0f} s)", flush=True)
        s, big = built
        print(f"  time ×{big['seconds'] / s['seconds']:.2f} (CPU ×{big['cpu'] / s['cpu']:.2f}) for "
              f"×{args.large / args.small:.1f} the articles; "
              f"peak ×{big['peak_mb'] / s['peak_mb']:.2f} (target ≤ 1.3)")
        make_corpus(large, max(1, args.large // 100), start=args.large)
        inc = run("store", large, tmp / "large.duckdb", cores)
        same = run("store", large, tmp / "large.duckdb", cores)
        print(f"\n3. at {args.large:,} articles (process time, with the interpreter's imports; then the update alone)")
        for name, r in ((f"+1% new ({inc['read']} read)", inc), (f"unchanged re-run ({same['read']} read)", same)):
            print(f"  {name}: {r['seconds']:.1f} s = {r['seconds'] / big['seconds']:.1%} of the full build "
                  f"(CPU {r['cpu']:.1f} s = {r['cpu'] / big['cpu']:.1%}), peak {r['peak_mb']:.0f} MB; "
                  f"update alone {r['update_s']:.1f} s = {r['update_s'] / big['update_s']:.1%}")
        print("  (targets: +1% ≤ 5%, unchanged ≤ 2%)")
        if "4" in sections:
            # 4. dask
            d = run("dask", small, tmp / "dask.duckdb", 2)
            loc = run("store", small, tmp / "local.duckdb", 2)
            from claimtrack.store.db import contents

            same_store = contents(tmp / "dask.duckdb") == contents(tmp / "local.duckdb")
            print(f"\n4. Dask LocalCluster (2 workers) vs local (--jobs 2), {args.small:,} articles")
            print(f"  dask {d['seconds']:.1f} s, local {loc['seconds']:.1f} s: ×{d['seconds'] / loc['seconds']:.2f}; "
                  f"store contents identical: {same_store}")
        if args.report and "5" in sections:
            report(large, tmp / "large.duckdb", tmp, args.large, args.before, args.as_of)
        print(f"\n(load average at the end {os.getloadavg()[0]:.1f})")


TARGET_REPORT_S = 45.0          # issue 18: a report on 10,000 articles from a warm store


def report_once(folder: Path, store: Path, out: Path, lib: Path | None, as_of: str) -> dict:
    """One `claimtrack report` (HTML and PDF) in a fresh process: wall seconds, CPU seconds of it
    and its children (workers, kernels; Chromium's renderers are not its children), exit code."""
    import resource
    import shutil
    import time

    cmd = [str(Path(sys.executable).with_name("claimtrack")), "report", "--corpus", str(folder), "--store", str(store),
           "--out", str(out), "--format", "html,pdf"] + (["--as-of", as_of] if as_of else [])
    env = {**os.environ, "CLAIMTRACK_MAX_ARTICLES": str(max(20_000, 2 * sum(1 for _ in folder.iterdir())))}
    if lib:
        env["PYTHONPATH"] = str(lib / "lib")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, env=env)
    seconds = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    made = sorted(p.name for p in out.rglob("report.*"))
    for report_dir in out.glob("20*"):              # a gigabyte of disagreements.csv at 10,000 articles;
        shutil.rmtree(report_dir, ignore_errors=True)  # the outputs folder (the notebooks' timings) stays
    if done.returncode:
        print("  " + "\n  ".join(done.stderr.strip().splitlines()[-5:]))
    return {"seconds": seconds, "cpu": cpu, "exit": done.returncode, "made": made,
            "load": os.getloadavg()[0]}


def report(folder: Path, store: Path, tmp: Path, n: int, before: Path | None = None, as_of: str = "") -> None:
    """5. `claimtrack report` (HTML and PDF) from the warm store: a first report (computing and
    keeping the snapshot, unless one is kept), then two on the unchanged store; with `before`,
    each beside the code before on a copy of the store (a store's links key holds the provenance
    code, so two versions sharing one store would each relink it), interleaved."""
    import shutil

    variants = [("this code", None, store)]
    if before:
        copy = tmp / "before.duckdb"
        shutil.copy(store, copy)
        variants.insert(0, ("before", before.resolve(), copy))
    print(f"\n5. claimtrack report, HTML and PDF, {n:,} articles, store warm (target ≤ {TARGET_REPORT_S:.0f} s)")
    results: dict[str, list] = {}
    for rnd in range(3):
        for name, lib, st in variants:
            r = report_once(folder, st, tmp / f"out-{name.replace(' ', '-')}", lib, as_of)
            results.setdefault(name, []).append(r)
            what = "first report (snapshot computed unless kept)" if rnd == 0 else f"snapshot kept, run {rnd}"
            verdict = "" if rnd == 0 else ("  met" if r["seconds"] <= TARGET_REPORT_S else "  NOT met")
            print(f"  {name:9s} {what:45s} {r['seconds']:6.1f} s wall, CPU {r['cpu']:6.1f} s, "
                  f"exit {r['exit']}, {', '.join(r['made']) or 'nothing'} (load {r['load']:.1f}){verdict}", flush=True)
    if before:
        for k in (1, 2):
            a, b = results["before"][k], results["this code"][k]
            print(f"  run {k}: wall ×{b['seconds'] / a['seconds']:.2f}, CPU ×{b['cpu'] / a['cpu']:.2f} of the code before")


if __name__ == "__main__":
    main()
