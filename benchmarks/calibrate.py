"""Calibrate claim `confidence`: measured precision of claims read by the same evidence.

    .venv/bin/python benchmarks/calibrate.py            # rewrite lib/claimtrack/extraction/calibration.yml
    .venv/bin/python benchmarks/calibrate.py --check    # exit 1 if the committed file differs
    make calibrate

A claim's evidence is how its metric was found (its `rule`): where the subject was (in its clause
`=`, elsewhere in the sentence `~`, in the sentences before `<`, "of them" `<<`, none `-`) and how
its noun was (the counted noun `=`, a noun near it `~`, in the sentence `~~`, none `-`). For each
evidence group, the share of predicted claims of the six main metrics that are true (a strict match
in benchmarks/accuracy.py) is measured on the annotated corpora in the repo (benchmarks/heldout to
heldout10 and the seeds; not ../shared/devcorpus, so a clone reproduces the file bit for bit and
the dev corpus stays an out-of-sample check). Small groups are pulled towards the overall precision
(a Beta prior worth PRIOR_WEIGHT claims). The file is deterministic: sorted keys, fixed rounding.

It also prints the calibration table (confidence band → measured precision, in the repo corpora
and, when ../shared is present, the dev corpus) that docs/extraction.md shows.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
try:
    from claimtrack.extraction.calibration import _table, evidence
except ImportError:  # run without the package installed: use the source tree
    sys.path.insert(0, str(ROOT / "lib"))
    from claimtrack.extraction.calibration import _table, evidence

OUT = ROOT / "lib" / "claimtrack" / "extraction" / "calibration.yml"
PRIOR_WEIGHT = 10          # claims' worth of the overall precision a group starts from
BANDS = (0.0, 0.85, 0.9, 0.95, 1.01)   # confidence bands of the printed table

_spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
accuracy = importlib.util.module_from_spec(_spec)
sys.modules["accuracy"] = accuracy
_spec.loader.exec_module(accuracy)


def outcomes(articles: Path, manifest: Path, gold_path: Path) -> list[tuple[str, float, bool]]:
    """(evidence, confidence, true?) of every predicted main-metric claim of one corpus."""
    corpus = accuracy.read_checked(articles, manifest, gold_path)
    gold = accuracy.read_gold(gold_path, corpus)
    df = accuracy.extracted(corpus)
    df = df[df["metric"].isin(accuracy.MAIN_METRICS) & (df["qualifier"] != "vague")]
    df = df.sort_values(["path", "start", "end"], kind="stable")
    pred = accuracy.prediction_rows(df, corpus, "extract_corpus")
    _, strict, _ = accuracy.score(gold, pred)
    true = set(strict.values())
    return [(evidence(r["rule"]), float(r["confidence"]), i in true) for i, r in enumerate(df.to_dict("records"))]


def corpora(shared: Path | None) -> list[tuple[str, Path, Path, Path]]:
    out = [(n, ROOT / "benchmarks" / n / "articles", ROOT / "benchmarks" / n / "manifest.csv",
            ROOT / "benchmarks" / n / "gold.csv") for n in accuracy.HELDOUT]
    out.append(("seeds", ROOT / "seeds", ROOT / "seeds" / "manifest.csv", accuracy.SEED_GOLD))
    return out


def fit(rows: list[tuple[str, float, bool]]) -> dict:
    n_all, tp_all = len(rows), sum(t for _, _, t in rows)
    prior = tp_all / n_all
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key, _, t in rows:
        groups[key][0] += 1
        groups[key][1] += t
    table = {k: {"claims": n, "true": tp, "confidence": round((tp + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT), 3)}
             for k, (n, tp) in sorted(groups.items())}
    return {"overall": {"claims": n_all, "true": tp_all, "confidence": round(prior, 3)}, "evidence": table}


def band_table(rows: list[tuple[str, float, bool]]) -> list[tuple[str, int, int]]:
    out = []
    for lo, hi in zip(BANDS, BANDS[1:]):
        inside = [t for _, c, t in rows if lo <= c < hi]
        out.append((f"{lo:.2f}–{min(hi, 1.0):.2f}", len(inside), sum(inside)))
    return out


def render(data: dict) -> str:
    head = ("# Calibrated claim confidence (benchmarks/calibrate.py writes this file; `make calibrate`).\n"
            "# evidence: '<subject>/<noun>' as read from a claim's rule (see the script's docstring);\n"
            "# confidence: measured precision of claims with that evidence on the repo's annotated corpora,\n"
            f"# pulled towards the overall precision by a prior worth {PRIOR_WEIGHT} claims.\n")
    return head + yaml.safe_dump(data, sort_keys=True, allow_unicode=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed file instead of writing it")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="for the dev corpus check")
    args = ap.parse_args(argv)
    # the fit reads only each claim's evidence, never a previous calibration: the file is reproducible
    rows = [r for c in corpora(None) for r in outcomes(*c[1:])]
    text = render(fit(rows))
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT}: {'up to date' if same else 'differs from what the corpora give; run make calibrate'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    _table.cache_clear()
    sets = [("repo corpora (fitted on)", [r for c in corpora(None) for r in outcomes(*c[1:])])]
    dev = args.shared / "devcorpus"
    if dev.is_dir():
        sets.append(("dev corpus (not fitted on)", outcomes(dev / "articles", dev / "manifest.csv", dev / "gold.csv")))
    print("| confidence band | " + " | ".join(f"{name}: claims, precision" for name, _ in sets) + " |")
    print("|---|" + "---|" * len(sets))
    tables = [band_table(r) for _, r in sets]
    for i, (band, _, _) in enumerate(tables[0]):
        cells = [f"{t[i][1]}, {t[i][2] / t[i][1]:.3f}" if t[i][1] else "0, -" for t in tables]
        print(f"| {band} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
