"""What a per-sentence dispatch of the term tables would save (issue 18, eighth reading + extraction
pass): run the extraction on varied real articles with `Metric.find` and the subject spans
instrumented, and count the calls a sound per-sentence test could skip, beside the cost of the test.

A frame's texts (clause, window, the words either side) are pieces of the sentence joined with " ",
"…" and " at ", some starting inside a word, so a table may be skipped for them only when the first
word of none of its term starts (`catalogue.term_starts`) occurs anywhere in the lower-cased
sentence or in a joining word. Texts from other sentences (the one before, the topic, the
headline) and a number's own noun are never skipped. Each skipped call is asserted to have found
nothing. Not run by `make bench`: an analysis, not a target.

    .venv/bin/python benchmarks/dispatch_estimate.py [--articles 700]
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from collections import Counter
from pathlib import Path

from claimtrack.extraction import catalogue, claims
from claimtrack.reading.casefold import lowered
from claimtrack.reading.corpus import iter_corpus
from realcopy import make_corpus

JOINING_WORDS = " at set number"     # the words frames and scopes join pieces of a sentence with


def first_words(metrics) -> dict[tuple[str, str], set[str] | None]:
    """(metric, field) → the first words of its term starts; None where a start has none of two letters."""
    out = {}
    for m in metrics:
        for name in catalogue.TERM_FIELDS:
            if not m.words[name]:
                continue
            starts = [catalogue.term_starts(t) for t in m.words[name]]
            words = None if any(s is None for s in starts) else \
                {re.match(r"[a-z0-9]*", x).group() for s in starts for x in s}
            out[(m.id, name)] = None if words is None or any(len(w) < 2 for w in words) else words
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=700)
    args = ap.parse_args()
    metrics = catalogue.load_catalogue()
    tables = first_words(metrics)
    words = sorted({w for ws in tables.values() if ws for w in ws})
    tree = re.compile("(?=(" + catalogue.longest_of(words) + "))")
    inside = {w: {v for v in words if v in w} for w in words}
    stats: Counter = Counter()
    now: dict = {"present": None, "others": set()}
    clock = time.perf_counter

    def counted(kind, table, text, call):
        t = clock()
        found = call()
        spent = clock() - t
        stats[f"{kind} calls"] += 1
        stats[f"{kind} s"] += spent
        need, present = tables.get(table), now["present"]
        if need is not None and present is not None and text not in now["others"] and not need & present:
            assert not found, (table, text)
            stats[f"{kind} skippable"] += 1
            stats[f"{kind} skippable s"] += spent
        return found

    find, spans, classify = catalogue.Metric.find, claims._subject_spans, claims._classify
    catalogue.Metric.find = lambda m, name, text: counted("find", (m.id, name), text, lambda: find(m, name, text))
    claims._subject_spans = lambda m, text: counted("spans", (m.id, "subject"), text, lambda: spans(m, text))
    kept: dict[str, set[str] | None] = {}

    def dispatched(ms, q, f):
        t = clock()
        if f.sentence not in kept:
            low = lowered(f.sentence)
            hits = {m.group(1) for m in tree.finditer(low + JOINING_WORDS)} if low is not None else None
            kept[f.sentence] = None if hits is None else set().union(*(inside[w] for w in hits))
            stats["sentences tested"] += 1
        stats["test s"] += clock() - t
        now["present"] = kept[f.sentence]
        now["others"] = {f.before, f.topic, f.headline, q.unit, claims.plural(q.unit) if q.unit else None}
        try:
            return classify(ms, q, f)
        finally:
            now["present"] = None

    claims._classify = dispatched
    with tempfile.TemporaryDirectory() as tmp:
        make_corpus(Path(tmp), args.articles)
        articles = list(iter_corpus(Path(tmp), []))
    for article in articles:
        claims.extract(article, metrics)
    for kind in ("find", "spans"):
        print(f"{kind}: {stats[f'{kind} skippable']:,} of {stats[f'{kind} calls']:,} calls skippable, "
              f"{stats[f'{kind} skippable s']:.3f} s of {stats[f'{kind} s']:.3f} s")
    print(f"the test: {stats['test s']:.3f} s on {stats['sentences tested']:,} sentences "
          f"({sum(v is not None for v in tables.values())} of {len(tables)} tables have first words)")


if __name__ == "__main__":
    main()
