"""Claims written to CSV, JSON lines or Parquet in batches, so a large corpus never sits in memory.

    n = write_claims(iter_claims("corpus"), "claims.csv", "csv")

A file is written under a temporary name beside it and renamed into place at the end: a run that
fails or is stopped leaves the previous file as it was. Standard output gets rows as they come.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from itertools import islice
from pathlib import Path
from typing import IO

from .claims import Claim, claims_frame

FORMATS = ("csv", "jsonl", "parquet")
BATCH = 2000   # claims per write: a few MB of rows; larger saves little time, smaller costs Parquet row groups


def _batches(claims: Iterable[Claim]):
    it = iter(claims)
    while batch := list(islice(it, BATCH)):
        yield claims_frame(batch)


def _write(claims: Iterable[Claim], stream: IO, fmt: str) -> int:
    n = 0
    first = True
    writer = None
    for df in _batches(claims):
        if fmt == "csv":
            df.to_csv(stream, index=False, header=first)
        elif fmt == "jsonl":
            text = df.to_json(orient="records", lines=True, force_ascii=False)
            stream.write(text if text.endswith("\n") else text + "\n")
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(df, preserve_index=False)
            if writer is None:
                writer = pq.ParquetWriter(stream, table.schema)
            writer.write_table(table.cast(writer.schema))
        n += len(df)
        first = False
    if fmt == "csv" and first:              # no claims at all: still a header
        claims_frame([]).to_csv(stream, index=False)
    if fmt == "parquet":
        if writer is None:
            import pyarrow as pa
            import pyarrow.parquet as pq
            writer = pq.ParquetWriter(stream, pa.Table.from_pandas(claims_frame([]), preserve_index=False).schema)
        writer.close()
    return n


def write_claims(claims: Iterable[Claim], out: str | Path | IO, fmt: str) -> int:
    """Write claims to `out` (a path, or an open text stream for csv/jsonl); return how many."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if not isinstance(out, (str, Path)):
        if fmt == "parquet":
            raise ValueError("parquet is binary: give a file path")
        return _write(claims, out, fmt)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        if fmt == "parquet":
            os.close(fd)
            n = _write(claims, tmp, fmt)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
                n = _write(claims, stream, fmt)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return n
