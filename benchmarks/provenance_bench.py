"""Grouping rewrites at scale: 20,000 generated articles with planted rewrites (some crediting
their source, some rewrites of rewrites) through `provenance.links` and `families`. Prints the
time (target: under a minute on this machine) and the precision and recall of the planted
families, counted over pairs of articles put in one family.

    .venv/bin/python benchmarks/provenance_bench.py [--articles 20000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from itertools import combinations

from claimtrack.provenance.links import Doc, families, links

SEED = 7
TARGET_S = 60.0
REWRITE_SHARE = 0.25           # a quarter of the articles are rewrites
CREDIT_SHARE = 0.3             # of which this many credit their source
SENTENCES = 12
WORDS = 15


def vocabulary(rng: random.Random, n: int = 20_000) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for _ in range(n)]


def sentence(rng, vocab) -> str:
    return " ".join(rng.choice(vocab) for _ in range(WORDS)).capitalize() + f" {rng.randint(1, 99_999):,}."


def rewrite(rng, vocab, text: str) -> str:
    """Keep 40–70% of the sentences, reword a fifth of their words, add a few new ones, reorder."""
    kept = [s for s in text.split("\n") if rng.random() < rng.uniform(0.4, 0.7)] or text.split("\n")[:2]
    out = []
    for s in kept:
        words = s.split(" ")
        out.append(" ".join(rng.choice(vocab) if rng.random() < 0.2 else w for w in words))
    out += [sentence(rng, vocab) for _ in range(rng.randint(2, 5))]
    rng.shuffle(out)
    return "\n".join(out)


def generate(n: int) -> tuple[list[Doc], dict[str, str]]:
    rng = random.Random(SEED)
    vocab = vocabulary(rng)
    docs, family = [], {}
    originals = int(n * (1 - REWRITE_SHARE))
    for i in range(originals):
        doc_id = f"o{i:05d}"
        docs.append(Doc(doc_id, f"Outlet {i % 500}", f"2024-{1 + i % 9:02d}-{1 + i % 28:02d}",
                        "\n".join(sentence(rng, vocab) for _ in range(SENTENCES))))
        family[doc_id] = doc_id
    for k in range(n - originals):
        source = rng.choice(docs)                    # an original or an earlier rewrite
        doc_id = f"r{k:05d}"
        credit = (source.outlet,) if rng.random() < CREDIT_SHARE else ()
        published = "2024-10-31" if source.published < "2024-10-31" else "2024-12-31"
        docs.append(Doc(doc_id, f"Rewriter {k % 300}", published, rewrite(rng, vocab, source.text), credit))
        family[doc_id] = family[source.id]
    return docs, family


def pairs(groups: list[list[str]]) -> set[tuple[str, str]]:
    return {p for g in groups for p in combinations(sorted(g), 2)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=20_000)
    args = ap.parse_args()
    docs, family = generate(args.articles)
    truth_groups: dict[str, list[str]] = {}
    for d, f in family.items():
        truth_groups.setdefault(f, []).append(d)
    truth = pairs([g for g in truth_groups.values() if len(g) > 1])
    t = time.perf_counter()
    found = links(docs)
    fams = families(docs, found)
    took = time.perf_counter() - t
    predicted = pairs([f["members"] for f in fams])
    hit = len(predicted & truth)
    precision = hit / len(predicted) if predicted else 1.0
    recall = hit / len(truth) if truth else 1.0
    planted = {(family_source, d) for d, family_source in family.items() if d != family_source}
    n_families = sum(len(g) > 1 for g in truth_groups.values())
    print(f"articles: {len(docs):,}, planted rewrites: {len(planted):,} in {n_families:,} families")
    print(f"links: {len(found):,}; families found: {len(fams):,}")
    print(f"time: {took:.1f} s (target < {TARGET_S:.0f} s: {'met' if took < TARGET_S else 'NOT met'})")
    print(f"pairs in one family: precision {precision:.3f}, recall {recall:.3f}")
    return 0 if took < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
