"""Provenance at scale (issue 18): `provenance.links` and `families` over generated articles (the
real articles copied and varied, `realcopy.py`, so each story has N/originals near-copies), at
--small and --large articles, each run in a fresh subprocess (peak memory is its own ru_maxrss).

Baseline in the same run: every candidate compared with every other (`links.MAX_PARTNERS` lifted),
as before issue 18's cap; the comparisons then grow with the square of a story's copies.

    .venv/bin/python benchmarks/links_scale.py [--small 3000] [--large 10000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, random, resource, sys, time
sys.path.insert(0, sys.argv[3])
from realcopy import real_articles_with_metadata, vary
import claimtrack.provenance.links as pv
n, capped = int(sys.argv[1]), sys.argv[2] == "capped"
if not capped:
    pv.MAX_PARTNERS = 10 ** 9
texts = real_articles_with_metadata()
rng = random.Random(18)
docs = [pv.Doc(f"a{i:06d}", m.get("outlet", ""), m.get("published", ""), vary(t, rng), ())
        for i, (t, m) in ((i, texts[i % len(texts)]) for i in range(n))]
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t = time.perf_counter()
pairs = {}
found = pv.links(docs, {}, pairs)
fams = pv.families(docs, found)
print(json.dumps({"originals": len(texts), "pairs": len(pairs), "links": len(found), "families": len(fams),
                  "seconds": time.perf_counter() - t, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "texts_mb": before}))
"""


def run(n: int, mode: str) -> dict:
    here = str(Path(__file__).resolve().parent)
    out = subprocess.run([sys.executable, "-c", CHILD, str(n), mode, here], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=3000)
    ap.add_argument("--large", type=int, default=10000)
    args = ap.parse_args()
    rows = {}
    for mode in ("all pairs", "capped"):
        for n in (args.small, args.large):
            r = rows[(mode, n)] = run(n, "capped" if mode == "capped" else "all")
            print(f"{mode:9s} {n:7,d} articles ({r['originals']} originals): {r['pairs']:9,d} comparisons, "
                  f"{r['links']:9,d} links, {r['families']:5,d} families, {r['seconds']:7.1f} s, "
                  f"peak {r['peak_mb']:6.0f} MB ({r['texts_mb']:.0f} MB before linking)")
    for mode in ("all pairs", "capped"):
        a, b = rows[(mode, args.small)], rows[(mode, args.large)]
        print(f"{mode}: ×{args.large / args.small:.1f} the articles → ×{b['pairs'] / max(a['pairs'], 1):.2f} "
              f"comparisons, ×{(b['peak_mb'] - b['texts_mb']) / max(a['peak_mb'] - a['texts_mb'], 1):.2f} linking memory, "
              f"×{b['seconds'] / max(a['seconds'], 1e-9):.2f} time")
    c, u = rows[("capped", args.large)], rows[("all pairs", args.large)]
    print(f"at {args.large:,} articles, capped / all pairs: comparisons ×{c['pairs'] / max(u['pairs'], 1):.2f}, "
          f"time ×{c['seconds'] / u['seconds']:.2f}, linking memory "
          f"×{(c['peak_mb'] - c['texts_mb']) / max(u['peak_mb'] - u['texts_mb'], 1):.2f}; "
          f"families {c['families']} / {u['families']}")


if __name__ == "__main__":
    main()
