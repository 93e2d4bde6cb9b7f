"""Stage 4, the store: the corpus read, extracted and linked once, kept in one DuckDB file, and
brought up to date by reading only what changed.

Takes: a corpus folder (reading), the metric catalogue (extraction), links and families
(provenance). Gives: `load(folder, ...)` → `Stored` (the Corpus, its claims, the links), what
`report.snapshot.load` cuts at a date; `update(folder, ...)` → `Update` (what a run did), what
`claimtrack extract` and `claimtrack report` run first; `default_path(folder)`, where the file
lives; `iter_claims(update)` and `problems(update)`, what `claimtrack extract`
writes. Tables, keys and how to query the file with SQL: docs/store.md.

Modules: `db` (the file, schema, lock, corrupt/foreign file checks), `records` (an article as a
flat row and back), `work` (reading and extraction batches; local process pool or Dask),
`build` (`update`: what changed, in one transaction), `linking` (links and families through the
store: texts a page at a time, signatures and pairs as arrays), `load` (the store → Corpus and claims).
"""

from .build import Update, update
from .db import default_path
from .load import Stored, iter_claims, load, problems
from .work import ENGINES, default_jobs

__all__ = ["ENGINES", "Stored", "Update", "default_jobs", "default_path", "iter_claims", "load", "problems",
           "update"]
