"""A corpus as tables: one row per article, per problem, per cleaning change, per sentence."""

from __future__ import annotations

import pandas as pd

from ..reading.clean import is_removal
from ..reading.corpus import Corpus, action_counts
from ..reading.problems import Problem

ARTICLE_COLUMNS = ["id", "outlet", "published", "words", "sentences", "cleaning", "inferred",
                   "title", "author", "url", "relays", "encoding", "format", "path", "content_hash"]
PROBLEM_COLUMNS = list(Problem.__dataclass_fields__)
AUDIT_COLUMNS = ["id", "rule", "kind", "reason", "raw_start", "raw_end", "raw_line", "removed", "replacement"]
SENTENCE_COLUMNS = ["id", "n", "start", "end", "raw_start", "raw_end", "text"]


def _cleaning_summary(counts) -> str:
    """"caption 3, repeat 1" — removals by rule, most frequent first."""
    return ", ".join(f"{rule} {n}" for rule, n in counts.most_common())


def articles_table(corpus: Corpus) -> pd.DataFrame:
    rows = []
    for a in corpus.articles:
        meta = a.metadata
        rows.append({
            "id": a.id, "outlet": meta.get("outlet", ""), "published": meta.get("published", ""),
            "words": a.words, "sentences": len(a.sentences),
            "cleaning": _cleaning_summary(action_counts(a)),
            "inferred": ", ".join(a.inferred),
            "title": meta.get("title", ""), "author": meta.get("author", ""), "url": meta.get("url", ""),
            "relays": meta.get("relays", ""), "encoding": a.encoding, "format": a.format,
            "path": a.path, "content_hash": a.content_hash,
        })
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS)


def problems_table(corpus: Corpus) -> pd.DataFrame:
    rows = [p.as_dict() for p in corpus.problems]
    df = pd.DataFrame(rows, columns=PROBLEM_COLUMNS)
    df["line"] = df["line"].astype("Int64")
    return df


def audit_table(corpus: Corpus) -> pd.DataFrame:
    rows = []
    for a in corpus.articles:
        for c in a.changes:
            rows.append({"id": a.id, "rule": c.rule, "kind": "removal" if is_removal(c) else "normalisation",
                         "reason": c.reason, "raw_start": c.raw_start, "raw_end": c.raw_end,
                         "raw_line": a.raw_line(c.raw_start), "removed": c.removed, "replacement": c.replacement})
    return pd.DataFrame(rows, columns=AUDIT_COLUMNS)


def sentences_table(corpus: Corpus) -> pd.DataFrame:
    rows = []
    for a in corpus.articles:
        for n, s in enumerate(a.sentences, 1):
            ra, rb = a.raw_span(s.start, s.end)
            rows.append({"id": a.id, "n": n, "start": s.start, "end": s.end, "raw_start": ra, "raw_end": rb,
                         "text": s.text})
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


def provenance_note(corpus: Corpus) -> list[str]:
    """Lines saying which metadata was inferred from what words, for the text view."""
    out = []
    for a in corpus.articles:
        for name in a.inferred:
            src = "page metadata" if a.provenance[name] == "html" else f"text: {a.evidence.get(name, '')!r}"
            out.append(f"{a.id}: {name} = {a.metadata[name]!r} ← {src}")
    return out
