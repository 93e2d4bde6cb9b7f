"""Read a corpus back from its store, after bringing the store up to date: the articles (equal to
`read_corpus`'s), their claims (equal to `extract_corpus`'s) and the links between them."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING

from ..reading.decode import MAX_FILE_BYTES
from ..reading.problems import Problem
from . import db
from .build import ARTICLE_COLUMNS, Update, problems_in_order, update
from .records import problems_from_json, to_article

if TYPE_CHECKING:
    import pandas as pd

    from ..extraction.claims import Claim
    from ..provenance import links as pv
    from ..reading.corpus import Corpus


@dataclass
class Stored:
    corpus: Corpus                       # every article read, in path order; reading problems
    claims: pd.DataFrame                 # every article's claims, in article and text order
    links: list[pv.Link]                 # between all the articles of the corpus
    extract_problems: dict[str, list[Problem]] = field(default_factory=dict)   # by article id
    update: Update | None = None


def load(folder: str | Path, manifest: str | Path | None = None, metrics: str | Path | None = None,
         store: str | Path | None = None, jobs: int | None = None, engine: str = "local",
         scheduler: str | None = None, max_bytes: int = MAX_FILE_BYTES) -> Stored:
    """The corpus of `folder` from its store, updated first (see `build.update`)."""
    up = update(folder, manifest, metrics, store, jobs, engine, scheduler, max_bytes)
    with db.locked(up.store, exclusive=False):
        con = db.connect_for_reading(up.store)
        try:
            return _read(con, Path(folder).resolve(), up)
        finally:
            con.close()


def _read(con, folder: Path, up: Update) -> Stored:
    from ..extraction.claims import claims_frame
    from ..provenance import links as pv
    from ..reading.corpus import Corpus

    cols = ARTICLE_COLUMNS + ["ok", "read_problems", "date_problems", "extract_problems"]
    rows = {r[1]: dict(zip(cols, r)) for r in con.execute(f"SELECT {', '.join(cols)} FROM articles").fetchall()}
    spans = defaultdict(list)
    for path, a, b in con.execute('SELECT path, "start", "end" FROM sentences ORDER BY path, n').fetchall():
        spans[path].append((a, b))
    articles = sorted((to_article(r, spans[p]) for p, r in rows.items() if r["ok"]), key=lambda a: a.path)
    problems = up.plan_problems + problems_in_order(rows, up.order)
    extract_problems = {r["id"]: problems_from_json(r["extract_problems"]) for r in rows.values() if r["ok"]}
    has_claims = db.one(con, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'claims'")[0]
    if has_claims:
        claims = con.sql("SELECT * FROM claims ORDER BY _file, _n").to_arrow_table().to_pandas()
        claims = claims.drop(columns=["_file", "_n"]).reset_index(drop=True)
    else:
        claims = claims_frame([])
    links = [pv.Link(e, later, s, json.loads(ev)) for e, later, s, ev in con.execute(
        "SELECT earlier, later, score, evidence FROM links").fetchall()]
    links.sort(key=lambda link: (-link.score, link.earlier, link.later))
    return Stored(Corpus(folder, articles, problems), claims, links, extract_problems, up)


def iter_claims(up: Update, batch: int = 2000) -> Iterator[Claim]:
    """Every stored claim as a `Claim`, in article and text order, a batch at a time (memory
    holds one batch, whatever the corpus): what `claimtrack extract` writes."""
    from ..extraction.claims import Claim

    names = {f.name for f in fields(Claim)}
    with db.locked(up.store, exclusive=False):
        con = db.connect_for_reading(up.store)
        try:
            if not db.one(con, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'claims'")[0]:
                return
            cur = con.execute("SELECT * EXCLUDE (_file, _n) FROM claims ORDER BY _file, _n")
            cols = [d[0] for d in cur.description]
            while rows := cur.fetchmany(batch):
                for row in rows:
                    d = {k: v for k, v in zip(cols, row) if k in names}
                    if isinstance(d.get("conversions"), str):
                        d["conversions"] = [c for c in d["conversions"].split("; ") if c]
                    yield Claim(**d)
        finally:
            con.close()


def problems(up: Update) -> list[Problem]:
    """The folder's problems (reading, dates, extraction) as the last update left them."""
    with db.locked(up.store, exclusive=False):
        con = db.connect_for_reading(up.store)
        try:
            rows = {r[0]: {"read_problems": r[1], "date_problems": r[2]} for r in con.execute(
                "SELECT path, read_problems, date_problems FROM articles").fetchall()}
            extract = [p for r in con.execute("SELECT extract_problems FROM articles ORDER BY path").fetchall()
                       for p in problems_from_json(r[0])]
        finally:
            con.close()
    return up.plan_problems + problems_in_order(rows, up.order) + extract
