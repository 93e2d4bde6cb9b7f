"""Where the CPU time of a warm-store report goes (issue 18), stage by stage: per notebook its
start (interpreter, imports), the snapshot load, and each cell split into computing its value and
rendering it as the kernel does (IPython's display formatter: PNG, HTML, text); then the HTML
export and the PDF print. CPU time (user + system), since the machine running it is shared.

Each notebook runs in a fresh process, as a kernel would, executing the committed notebook's
cells (parameters injected as `claimtrack report` injects them); the first process takes the
snapshot kept beside the store (or computes it), the others read the run's shared copy, as in a
report. A kernel's own start-up (ipykernel, ZeroMQ) is measured on an empty notebook run by
papermill. The store must be current (`claimtrack extract CORPUS --store STORE`).

    .venv/bin/python benchmarks/report_profile.py CORPUS --store STORE [--as-of YYYY-MM-DD] [--json FILE]
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def cpu() -> float:
    """CPU seconds of this process and its finished children."""
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def notebook_worker(path: str, params: dict, out: str) -> None:
    """Run one notebook's cells here, timing each; write the timings as JSON to `out`."""
    t0 = cpu()
    w0 = time.perf_counter()
    import nbformat
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    fmt = shell.display_formatter
    nb = nbformat.read(path, as_version=4)
    ns: dict = {}
    steps = [{"step": "start (imports)", "cpu": 0.0, "wall": 0.0}]
    code = [c for c in nb.cells if c.cell_type == "code"]
    for c in code:
        if "parameters" in c.metadata.get("tags", []):
            exec(c.source, ns)
            ns.update(params)
            continue
        tree = ast.parse(c.source)
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        a, wa = cpu(), time.perf_counter()
        exec(compile(tree, "<cell>", "exec"), ns)
        value = eval(compile(ast.Expression(last.value), "<cell>", "eval"), ns) if last else None
        b, wb = cpu(), time.perf_counter()
        if value is not None:
            fmt.format(value)
        c2, wc = cpu(), time.perf_counter()
        name = c.source.strip().splitlines()[-1][:60]
        if "snapshot.load" in c.source:
            steps[0]["cpu"] = a - t0
            steps[0]["wall"] = wa - w0
            steps.append({"step": "load snapshot", "cpu": b - a, "wall": wb - wa})
            continue
        steps.append({"step": name, "cpu": b - a, "wall": wb - wa, "render_cpu": c2 - b, "render_wall": wc - wb})
    Path(out).write_text(json.dumps(steps))


def kernel_start() -> float:
    """CPU seconds of papermill running an empty notebook (kernel start, one cell, shutdown)."""
    import nbformat

    with tempfile.TemporaryDirectory() as tmp:
        nb = nbformat.v4.new_notebook()
        nb.cells.append(nbformat.v4.new_code_cell("1"))
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        src = Path(tmp) / "empty.ipynb"
        nbformat.write(nb, src)
        code = ("import papermill as pm, sys; from claimtrack.report.execution import kernel_manager_class; "
                "pm.execute_notebook(sys.argv[1], sys.argv[2], progress_bar=False, "
                "kernel_manager_class=kernel_manager_class())")
        a = cpu()
        subprocess.run([sys.executable, "-c", code, str(src), str(Path(tmp) / "out.ipynb")], check=True,
                       capture_output=True)
        return cpu() - a


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--as-of", default="2025-12-31")
    ap.add_argument("--json", type=Path, help="write the timings here too")
    ap.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        notebook_worker(args.worker[0], json.loads(args.worker[1]), args.worker[2])
        return 0
    from claimtrack.report.execution import series
    from claimtrack.report.render import combine, to_html, to_pdf
    from claimtrack.report.snapshot import SNAPSHOT_CACHE_ENV

    env = {**os.environ, "CLAIMTRACK_STORE": str(args.store.resolve())}
    results: dict = {"corpus": str(args.corpus), "as_of": args.as_of, "notebooks": {}}
    with tempfile.TemporaryDirectory(prefix="claimtrack-profile-") as tmp:
        tmp = Path(tmp)
        shared, outdir = tmp / "shared", tmp / "out"
        shared.mkdir(mode=0o700)
        outdir.mkdir()
        env[SNAPSHOT_CACHE_ENV] = str(shared)
        params = {"corpus_dir": str(args.corpus.resolve()), "manifest": "", "as_of": args.as_of, "metrics": "",
                  "output_dir": str(outdir)}
        results["kernel start (papermill, empty notebook)"] = kernel_start()
        for nb in series():
            out = tmp / f"{nb.stem}.json"
            a, w = cpu(), time.perf_counter()
            subprocess.run([sys.executable, __file__, str(args.corpus), "--store", str(args.store), "--worker",
                            str(nb), json.dumps(params), str(out)], check=True, env=env, cwd=nb.parent)
            steps = json.loads(out.read_text())
            results["notebooks"][nb.stem] = {"process_cpu": cpu() - a, "wall": time.perf_counter() - w,
                                             "steps": steps}
        # the HTML and PDF of the notebooks as the report runs them (papermill), as `claimtrack report` renders them
        from claimtrack.report.execution import run_series

        env_before = dict(os.environ)
        os.environ.update({SNAPSHOT_CACHE_ENV: str(shared), "CLAIMTRACK_STORE": env["CLAIMTRACK_STORE"]})
        try:
            a, w = cpu(), time.perf_counter()
            run_series(series(), tmp / "executed", params, jobs=2, log=lambda m: None)
            results["papermill series (2 at a time)"] = {"cpu": cpu() - a, "wall": time.perf_counter() - w}
        finally:
            os.environ.clear()
            os.environ.update(env_before)
        executed = [tmp / "executed" / nb.name for nb in series()]
        a, w = cpu(), time.perf_counter()
        book = combine(executed, "profile", "profile")
        html = to_html(book, tmp / "report.html")
        results["html export"] = {"cpu": cpu() - a, "wall": time.perf_counter() - w,
                                  "mb": html.stat().st_size / 1e6}
        a, w = cpu(), time.perf_counter()
        pdf = to_pdf(html, tmp / "report.pdf")
        results["pdf print (Chromium)"] = {"cpu": cpu() - a, "wall": time.perf_counter() - w,
                                           "mb": pdf.stat().st_size / 1e6}
    print(f"profile of a warm-store report on {args.corpus} (as of {args.as_of}); CPU seconds (wall)")
    print(f"  kernel start, papermill on an empty notebook: {results['kernel start (papermill, empty notebook)']:.1f}")
    total = 0.0
    for name, r in results["notebooks"].items():
        total += r["process_cpu"]
        print(f"  {name}: {r['process_cpu']:.1f} ({r['wall']:.1f})")
        for s in r["steps"]:
            render = f", render {s['render_cpu']:.1f}" if "render_cpu" in s else ""
            print(f"    {s['step']:62s} {s['cpu']:6.1f}{render}")
    print(f"  notebooks in one process each: {total:.1f}")
    for k in ("papermill series (2 at a time)", "html export", "pdf print (Chromium)"):
        r = results[k]
        print(f"  {k}: {r['cpu']:.1f} ({r['wall']:.1f})" + (f", {r['mb']:.2f} MB" if "mb" in r else ""))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
