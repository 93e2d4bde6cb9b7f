"""What the two structural options of the ninth reading + extraction pass (issue 18) would save,
measured before building either: (A) the hot pure-Python modules compiled to C (Cython or mypyc)
in a throwaway copy of the package, and (B) a one-pass quantity layer, by timing the part of
`find_quantities` it would replace (the per-number reading of units, hedges and nouns, `_quantity`).

A: the package is copied to a temporary folder, the modules of `COMPILED` compiled there, and
`iter_claims` run over varied real articles in child processes, the copy first on `PYTHONPATH`,
interleaved with runs of this tree; the CPU of each (imports excluded) and a hash of the claims
as CSV are compared: the copy must give the same claims. Cython compiles the modules as they are
(`annotation_typing` off: the annotations are not all exact); mypyc needs `mypy` (1.15 worked;
2.4.1 built modules that abort on import under Python 3.11) and runs them with the annotations as
runtime checks, so each wrong annotation becomes a TypeError, a lost article (`MYPYC_DECLARATIONS`
loosens the ones found on the real articles; sentences.py, which hands pysbd a stand-in for `re`,
is left out). B: `_quantity` and `find_quantities` timed in this process. Needs Cython or mypy
installed (`pip install cython "mypy==1.15.0"`); not run by `make bench`: an analysis, not a target.

    .venv/bin/python benchmarks/compile_estimate.py [--tool cython|mypyc|none] [--articles 700] [--runs 3]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The modules the profile spends its Python time in (extraction 65% of the work, reading 33%).
COMPILED = [f"claimtrack/extraction/{m}.py" for m in
            ("quantities", "claims", "periods", "sources", "counting", "wording", "actors", "catalogue", "regions")] + \
           [f"claimtrack/reading/{m}.py" for m in ("sentences", "clean", "casefold", "metadata", "textmap")]
# mypyc types a local by its first assignment; these functions rebind one to another type (a list,
# then a set; an int, then a frame) or carry an annotation the values break: declared `object`
# in the copy so that the same code runs (found on the real articles: each raised TypeError).
MYPYC_DECLARATIONS = {
    "claimtrack/extraction/claims.py": {"def _frames(": "whole: object; part: object; cut: object; nxt: object",
                                        "def _score(": "earlier: object", "def extract(": "earlier: object"},
    "claimtrack/extraction/counting.py": {"def _casualty(": "kinds: object"},
    "claimtrack/extraction/quantities.py": {"def _vague(": "lo: object; hi: object",
                                            "def _read_run(": "first: object; last_end: object; abbr: object; "
                                                              "cur: object; total: object"},
    "claimtrack/extraction/regions.py": {"def _regions(": ""},
}
MYPYC_LEFT_OUT = ["claimtrack/reading/sentences.py"]


def child(folder: str) -> None:
    """One timed run: CPU seconds, claims, hash of the claims CSV, where claims.py came from."""
    from claimtrack.extraction import claims
    from claimtrack.extraction.claims import claims_frame, iter_claims

    start = time.process_time()
    found = list(iter_claims(folder, progress=False))
    spent = time.process_time() - start
    digest = hashlib.sha1(claims_frame(found).to_csv(index=False).encode()).hexdigest()
    print(f"{spent:.3f} {len(found)} {digest} {Path(claims.__file__).name}")


def run_child(folder: Path, pythonpath: str | None) -> tuple[float, int, str, str]:
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    out = subprocess.run([sys.executable, __file__, "--child", str(folder)], env=env, check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), int(out[1]), out[2], out[3]


def _declare(path: Path, declarations: dict[str, str]) -> None:
    """Insert each declaration as the first statement of its function (an empty one: drop the return annotation)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    for start, decl in declarations.items():
        i = next((k for k, line in enumerate(lines) if line.startswith(start)), None)
        if i is None:
            print(f"  ({path.name}: no {start!r} any more; left as it is)")
            continue
        if not decl:
            lines[i] = lines[i].split(" -> ")[0] + ":" if " -> " in lines[i] else lines[i]
            continue
        j = i
        while not lines[j].rstrip().endswith(":"):
            j += 1
        lines.insert(j + 1, "    " + decl)
    path.write_text("\n".join(lines), encoding="utf-8")


def build(tool: str, copy: Path, builder: str) -> float:
    """Compile COMPILED in the copy's lib/ in place; returns the build's wall seconds."""
    lib = copy / "lib"
    mods = [m for m in COMPILED if not (tool == "mypyc" and m in MYPYC_LEFT_OUT)]
    if tool == "cython":
        script = ("from setuptools import setup\nfrom Cython.Build import cythonize\n"
                  f"setup(ext_modules=cythonize({mods!r}, compiler_directives={{'language_level': 3, "
                  "'annotation_typing': False, 'binding': True}, quiet=True), "
                  "script_args=['build_ext', '--inplace'])\n")
    else:
        for m in mods:
            p = lib / m
            p.write_text("# mypy: ignore-errors\n" + p.read_text(encoding="utf-8"), encoding="utf-8")
        for m, decls in MYPYC_DECLARATIONS.items():
            _declare(lib / m, decls)
        script = ("from setuptools import setup\nfrom mypyc.build import mypycify\n"
                  f"setup(name='estimate', ext_modules=mypycify(['--ignore-missing-imports', '--follow-imports=silent'] + "
                  f"{mods!r}, opt_level='3'), script_args=['build_ext', '--inplace'])\n")
    (lib / "build_estimate.py").write_text(script, encoding="utf-8")
    start = time.perf_counter()
    done = subprocess.run([builder, "build_estimate.py"], cwd=lib, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"the {tool} build failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return time.perf_counter() - start


def estimate_b(folder: Path) -> None:
    """CPU of find_quantities and of its per-number reading (_quantity; with the date/ordinal tests
    around each number, _may_be_skipped and _in_skip, the widest a one-pass layer could replace)."""
    from claimtrack.extraction import claims, quantities
    from claimtrack.extraction.claims import iter_claims

    names = ("find_quantities", "_quantity", "_may_be_skipped", "_in_skip")
    spent = dict.fromkeys(names, 0.0)
    calls = dict.fromkeys(names, 0)

    def timed(name, fn):
        def run(*args):
            start = time.process_time()
            try:
                return fn(*args)
            finally:
                spent[name] += time.process_time() - start
                calls[name] += 1
        return run

    for name in names[1:]:
        setattr(quantities, name, timed(name, getattr(quantities, name)))
    claims.find_quantities = timed("find_quantities", quantities.find_quantities)
    start = time.process_time()
    n = sum(1 for _ in iter_claims(folder, progress=False))
    whole = time.process_time() - start
    per_number = spent["_quantity"] + spent["_may_be_skipped"] + spent["_in_skip"]
    print(f"B: iter_claims {whole:.2f} s CPU ({n} claims); find_quantities {spent['find_quantities']:.3f} s "
          f"({100 * spent['find_quantities'] / whole:.0f}%, {calls['find_quantities']:,} texts); its per-number "
          f"reading (_quantity) {spent['_quantity']:.3f} s ({100 * spent['_quantity'] / whole:.1f}%, "
          f"{calls['_quantity']:,} numbers, {1e6 * spent['_quantity'] / max(1, calls['_quantity']):.0f} µs each), "
          f"with the skip tests {per_number:.3f} s ({100 * per_number / whole:.1f}%): a one-pass layer that cost "
          f"nothing would gain at most ×{whole / (whole - spent['_quantity']):.2f}, "
          f"×{whole / (whole - per_number):.2f} with the skip tests")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--tool", choices=("cython", "mypyc", "none"), default="cython")
    ap.add_argument("--builder", default=sys.executable,
                    help="the Python whose Cython or mypyc builds the copy (default: this one)")
    ap.add_argument("--articles", type=int, default=700)
    ap.add_argument("--runs", type=int, default=3, help="interleaved runs of each")
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from realcopy import make_corpus

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        size = make_corpus(folder, args.articles, seed=18)
        print(f"corpus: {args.articles} varied real articles, {size / 1e6:.2f} MB (realcopy seed 18)")
        estimate_b(folder)
        if args.tool == "none":
            return
        copy = Path(tmp) / "copy"
        shutil.copytree(ROOT / "lib", copy / "lib", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
        seconds = build(args.tool, copy, args.builder)
        built = sum("build" not in f.parts for f in (copy / "lib").rglob("*.so"))
        print(f"A: {args.tool} built {built} extension files in {seconds:.0f} s wall")
        plain, compiled = [], []
        for _ in range(args.runs):
            plain.append(run_child(folder, None))
            compiled.append(run_child(folder, str(copy / "lib")))
        same = {r[2] for r in plain} == {r[2] for r in compiled} and len({r[2] for r in plain}) == 1
        for name, runs in (("this tree", plain), (args.tool, compiled)):
            print(f"  {name:10s} ({runs[0][3]}): " + ", ".join(f"{r[0]:.2f}" for r in runs)
                  + f" s CPU, median {statistics.median(r[0] for r in runs):.2f} s, {runs[0][1]} claims")
        print(f"A: ×{min(r[0] for r in plain) / min(r[0] for r in compiled):.2f} best against best, "
              f"×{statistics.median(r[0] for r in plain) / statistics.median(r[0] for r in compiled):.2f} median "
              f"against median; claims {'identical' if same else 'NOT identical'}")


if __name__ == "__main__":
    main()
