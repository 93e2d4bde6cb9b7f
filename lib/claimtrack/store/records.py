"""An article and its claims as one flat record (what a worker sends back and the store keeps),
and back: `to_record(article)` / `to_article(record)` give an equal Article, offset map included.

Flat fields (str, int, bytes, JSON text) so that a record crosses a process or a Dask worker as
plain data and lands in a DuckDB row as it is; nothing is pickled into the store, so a store
file from elsewhere can be read without running its contents.
"""

from __future__ import annotations

import json
from array import array
from dataclasses import fields
from typing import TYPE_CHECKING

from ..reading.problems import Problem
from ..reading.textmap import OFFSET_TYPE, Change, MappedText

if TYPE_CHECKING:
    from ..reading.corpus import Article

_CHANGE_FIELDS = tuple(f.name for f in fields(Change))


def problems_json(problems: list[Problem]) -> str:
    return json.dumps([p.as_dict() for p in problems], ensure_ascii=False)


def problems_from_json(text: str | None) -> list[Problem]:
    return [Problem(d["file"], d["line"], d["code"], d["severity"], d["message"], d["action"])
            for d in json.loads(text or "[]")]


def to_record(art: Article) -> dict:
    """The article's fields; the offset map as two little int arrays (bytes)."""
    m = art._map
    return {
        "id": art.id, "path": art.path, "format": art.format, "encoding": art.encoding,
        "content_hash": art.content_hash, "raw": art.raw, "cleaned": art.cleaned,
        "metadata": json.dumps(art.metadata, ensure_ascii=False),
        "provenance": json.dumps(art.provenance, ensure_ascii=False),
        "evidence": json.dumps(art.evidence, ensure_ascii=False),
        "extra": json.dumps(art.extra, ensure_ascii=False),
        # Change's fields are plain values: read them directly (dataclasses.asdict deep-copies
        # each, a tenth of the whole article's reading time).
        "changes": json.dumps([[getattr(c, f) for f in _CHANGE_FIELDS] for c in art.changes], ensure_ascii=False),
        "map_starts": m._starts.tobytes(), "map_ends": m._ends.tobytes(), "raw_length": m.raw_length,
        "published": art.metadata.get("published", ""),
        "sentences": [(s.start, s.end) for s in art.sentences],
    }


def to_article(rec: dict, sentences: list[tuple[int, int]]) -> Article:
    from ..reading.corpus import Article
    from ..reading.sentences import Sentence

    starts, ends = array(OFFSET_TYPE), array(OFFSET_TYPE)
    starts.frombytes(rec["map_starts"])
    ends.frombytes(rec["map_ends"])
    cleaned = rec["cleaned"]
    names = [f.name for f in fields(Change)]
    return Article(
        id=rec["id"], path=rec["path"], format=rec["format"], encoding=rec["encoding"],
        content_hash=rec["content_hash"], raw=rec["raw"], cleaned=cleaned,
        sentences=[Sentence(a, b, cleaned[a:b]) for a, b in sentences],
        changes=[Change(**dict(zip(names, c))) for c in json.loads(rec["changes"])],
        metadata=json.loads(rec["metadata"]), provenance=json.loads(rec["provenance"]),
        evidence=json.loads(rec["evidence"]), extra=json.loads(rec["extra"]),
        _map=MappedText(cleaned, starts, ends, rec["raw_length"]))
