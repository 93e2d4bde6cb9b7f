"""Accuracy of the quantity layer on quantbench, beside the published CQE and quantulum3 figures.

Why: quantbench (../shared/quantbench: four English test sets from Microsoft Recognizers-Text,
in the format of the CQE evaluation, with its scorer score.py) is the public yardstick for
quantity extractors; the project's target is to beat CQE's value F1 on currency and dimension.

For each set this runs `claimtrack.extraction.quantities.find_quantities` on every sentence, writes the
predictions as JSONL to a temporary folder, scores them with score.py (imported from the shared
folder, not copied) and prints precision / recall / F1 in score.py's two modes: `paper`, the
metric of the CQE paper (comparable with the published table), and `strict`, one to one.

The adapter from our Quantity to quantbench's {value, normalized_unit}:
- units: canonical codes become quantbench's names (UNIT_NAMES); a counted noun is passed on as
  it is (quantbench names counts by their noun too), no unit is "-"; "ton" is "metric ton"
  when the text says "metric", "tonne" or "t" (our parser has one ton for both);
- a range gives [low, high]; a bound ("more than 10") gives its stated value;
- a conversion in brackets ("Rbs800,000 ($8,300)") is a prediction of its own, since the gold
  annotates both amounts; an area converted to km2 reports the value and unit as written
  ("386 square miles"), as the gold keeps source units;
- a vague plural scale word ("dozens of homes") gives the value of the scale word, which is
  how the gold annotates it; other vague quantities ("several thousand") give nothing.

    .venv/bin/python benchmarks/quantities.py [--shared DIR] [-v]

-v lists every sentence where our predictions and the gold differ (strict value+unit). Without
the shared folder it prints "skipped" and exits 0.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
try:
    from claimtrack.extraction.quantities import Quantity, find_quantities
except ImportError:  # run without the package installed: use the source tree
    sys.path.insert(0, str(ROOT / "lib"))
    from claimtrack.extraction.quantities import Quantity, find_quantities

DEFAULT_SHARED = ROOT.parent / "shared"
BENCH = "quantbench"
SETS = ("currency", "dimension", "age", "temperature")     # <set>-model.json in the bench folder

# Published results, P / R / F1 (None where only F1 is published), from the table "Published
# results" of /work/shared/quantbench/README.md (the CQE evaluation's result files).
PUBLISHED = {
    "CQE": {
        "currency": {"value": (82.6, 85.9, 84.2), "value+unit": (78.1, 81.2, 79.6)},
        "dimension": {"value": (85.5, 87.6, 86.5), "value+unit": (78.2, 80.2, 79.2)},
        "age": {"value": (None, None, 93.3), "value+unit": (None, None, 93.3)},
        "temperature": {"value": (None, None, 95.7), "value+unit": (None, None, 92.8)},
    },
    "quantulum3": {
        "currency": {"value": (69.2, 84.7, 76.2), "value+unit": (29.5, 36.1, 32.5)},
        "dimension": {"value": (76.2, 92.6, 83.6), "value+unit": (56.5, 68.6, 61.9)},
        "age": {"value": (None, None, 93.3), "value+unit": (None, None, 84.4)},
        "temperature": {"value": (None, None, 94.3), "value+unit": (None, None, 74.3)},
    },
}
# The project's targets: beat CQE's published value F1 (paper mode) on these sets.
TARGET_SETS = ("currency", "dimension")
TARGET_SYSTEM = "CQE"

# Our canonical units → quantbench's normalized_unit (lower case, British spelling; the names
# are those of the gold files where the gold has the unit).
UNIT_NAMES = {
    "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "CNY": "chinese yuan", "JPY": "japanese yen",
    "CAD": "canadian dollar", "AUD": "australian dollar", "HKD": "hong kong dollar",
    "NZD": "new zealand dollar", "CHF": "swiss franc", "INR": "rupee", "KRW": "south korean won",
    "UAH": "ukrainian hryvnia", "RUB": "russian ruble", "USD_cent": "cent", "GBP_penny": "penny",
    "km2": "square kilometre", "m2": "square metre", "ft2": "square foot", "acre": "acre",
    "percent": "percentage", "x": "count", "km/h": "kilometre per hour", "mph": "mile per hour",
    "km": "kilometre", "mm": "millimetre", "cm": "centimetre", "m": "metre", "mile": "mile", "foot": "foot",
    "inch": "inch", "yard": "yard", "ton": "ton", "kg": "kilogram", "g": "gram", "lb": "pound-mass",
    "oz": "ounce", "gallon": "gallon", "l": "litre", "ml": "millilitre", "barrel": "barrel",
    "celsius": "celsius", "fahrenheit": "fahrenheit", "degree": "degree", "caliber": "calibre",
    "year of age": "year of age", "year": "year", "month": "month", "week": "week", "day": "day",
    "hour": "hour", "minute": "minute", "second": "second",
    "person": "people",     # the gold counts persons as "people" ("at least fourteen people")
}
METRIC_TON = re.compile(r"metric|tonne|\d\s?t\b", re.IGNORECASE)
# Units a km2 value may have been converted from (Quantity.original holds the words as written).
AREA_SOURCES = [(re.compile(r"mi", re.IGNORECASE), "square mile"),
                (re.compile(r"\bha\b|hectare", re.IGNORECASE), "hectare")]
# A vague plural scale word is annotated with the scale's value: "dozens of homes" → 12
# (dimension-model.json), "thousands of small friendly deals" → 1000 (currency-model.json).
VAGUE_SCALE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9}


def load_scorer(bench: Path):
    """score.py of the bench folder, imported as a module."""
    spec = importlib.util.spec_from_file_location("quantbench_score", bench / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def unit_name(q: Quantity) -> str:
    if q.unit is None:
        return "-"
    if q.unit == "ton" and METRIC_TON.search(q.surface):
        return "metric ton"
    return UNIT_NAMES.get(q.unit, q.unit)


def prediction(q: Quantity) -> dict | None:
    """One quantbench prediction for one quantity, or None when it has no single value."""
    unit = unit_name(q)
    if q.qualifier == "vague":
        words = re.sub(r"\s+(?:of|upon)$", "", q.surface.strip().lower())
        if words not in VAGUE_SCALE:
            return None
        value = VAGUE_SCALE[words]
    elif q.value is None:
        if q.low is None or q.high is None:
            return None
        value = [q.low, q.high]
    else:
        value = q.value
    if q.unit == "km2" and q.original:
        low, high, written = q.original
        for pattern, name in AREA_SOURCES:
            if pattern.search(written or ""):
                unit = name
                value = [low, high] if q.value is None else low
                break
    return {"value": value, "normalized_unit": unit, "surface": q.surface}


def predictions(text: str) -> list[dict]:
    """Every prediction for a sentence: each quantity, then the conversions attached to it."""
    out = []
    for q in find_quantities(text):
        for item in (q, *q.conversions):
            p = prediction(item)
            if p is not None:
                out.append(p)
    return out


def _fmt(prf) -> str:
    return " / ".join("  - " if x is None else f"{x:4.1f}" for x in prf)


def _show(quantities: list[dict]) -> str:
    def one(d):
        v = d["value"]
        v = "-".join(f"{x:g}" for x in v) if isinstance(v, (list, tuple)) else f"{float(v):g}"
        surface = f' "{d["surface"]}"' if d.get("surface") else ""
        return f"{v} {d['normalized_unit']}{surface}"
    return "; ".join(one(d) for d in quantities) or "(none)"


def run_set(name: str, bench: Path, scorer, tmp: Path, verbose: bool) -> dict:
    gold_path = bench / f"{name}-model.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    pred_path = tmp / f"{name}.jsonl"
    preds = [predictions(s["text"]) for s in gold]
    with open(pred_path, "w", encoding="utf-8") as f:
        for i, p in enumerate(preds):
            f.write(json.dumps({"id": i, "quantities": p}) + "\n")
    pairs, _, _ = scorer.load_pairs(str(gold_path), str(pred_path))
    result = {"paper": scorer.score_paper(pairs), "strict": scorer.score_strict(pairs)}
    if verbose:
        print(f"--- {name}: sentences where ours and the gold differ (strict value+unit)")
        for i, (s, (g, p)) in enumerate(zip(gold, pairs)):
            r = scorer.score_strict([(g, p)])
            if r["value+unit"]["tp"] == len(g) == len(p):
                continue
            print(f"[{name} {i}] {s['text'][:200]}")
            print(f"    gold: {_show([{**q, 'value': scorer.decode_value(q['value'], is_gold=True)} for q in g])}")
            print(f"    ours: {_show(p)}")
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help=f"shared folder (default {DEFAULT_SHARED})")
    ap.add_argument("-v", "--verbose", action="store_true", help="list per-sentence misses, gold against ours")
    a = ap.parse_args(argv)
    bench = a.shared / BENCH
    missing = [f"{n}-model.json" for n in SETS if not (bench / f"{n}-model.json").is_file()]
    if not (bench / "score.py").is_file() or missing:
        print(f"quantbench skipped: {bench} not found or incomplete (score.py and {', '.join(SETS)} sets needed)")
        return 0
    scorer = load_scorer(bench)
    with tempfile.TemporaryDirectory(prefix="claimtrack-quantbench-") as tmp:
        results = {n: run_set(n, bench, scorer, Path(tmp), a.verbose) for n in SETS}

    print("quantbench: claimtrack.extraction.quantities.find_quantities, P / R / F1")
    print(f"published figures from {bench / 'README.md'}; compare them with 'ours paper'")
    systems = list(PUBLISHED)
    for n in SETS:
        r = results[n]
        print()
        print(f"{n} ({r['paper']['n_gold']} gold quantities, {r['paper']['n_pred']} predicted)")
        print(f"  {'metric':<11} {'ours paper':<20} {'ours strict':<20} " +
              " ".join(f"{s:<20}" for s in systems))
        for metric in ("value", "value+unit"):
            ours = [_fmt(tuple(r[mode][metric][k] for k in "PRF")) for mode in ("paper", "strict")]
            theirs = [_fmt(PUBLISHED[s][n][metric]) for s in systems]
            print(f"  {metric:<11} " + " ".join(f"{x:<20}" for x in ours + theirs))
    print()
    print(f"targets: value F1 (paper mode) above {TARGET_SYSTEM}'s")
    for n in TARGET_SETS:
        ours, theirs = results[n]["paper"]["value"]["F"], PUBLISHED[TARGET_SYSTEM][n]["value"][2]
        print(f"  {n:<10} ours {ours:4.1f}  {TARGET_SYSTEM} {theirs:4.1f}  "
              f"{'beaten' if ours > theirs else 'NOT beaten'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
