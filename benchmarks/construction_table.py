"""The construction table (tests/test_constructions.py) run row by row against whatever claimtrack is
installed, so it can be run with an older checkout's interpreter to show which rows failed before:

    /path/to/old/checkout/.venv/bin/python benchmarks/construction_table.py

Before issue 15 there is no `counted`/`scope` column and no `charted`; rows asking for them fail.
Prints one line per row and how many fail; the exit code is 0 whatever the result.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def main() -> int:
    from claimtrack.extraction.claims import extract_corpus
    from claimtrack.reading.corpus import read_corpus
    from conftest import write_corpus

    source = (ROOT / "tests" / "test_constructions.py").read_text(encoding="utf-8")
    source = source.replace("from claimtrack.extraction.catalogue import charted\n", "")
    table: dict = {"write_corpus": write_corpus, "__name__": "construction_table"}
    try:
        from claimtrack.extraction.catalogue import charted
    except ImportError:       # before issue 15
        def charted(row):
            return None
    table["charted"] = charted
    exec(compile(source, "tests/test_constructions.py", "exec"), table)
    rows, published = table["ROWS"], table["PUBLISHED"]
    files = {f"{i:02d}.txt": text + "\n" for i, (_, text, _, _) in enumerate(rows)}
    manifest = "file,outlet,url,published,title,author\n" + "".join(f"{n},Test Wire,,{published},,\n" for n in files)
    claims = extract_corpus(read_corpus(write_corpus(Path(tempfile.mkdtemp()), files, manifest)))
    for column in ("counted", "scope"):
        if column not in claims:
            claims[column] = None
    failed = 0
    for i, row in enumerate(rows):
        try:
            table["test_construction"](claims, i)
            print(f"pass  {row[0]}")
        except AssertionError as exc:
            failed += 1
            print(f"FAIL  {row[0]}  ({str(exc)[:80]})")
    print(f"{failed} of {len(rows)} rows fail")
    return 0


if __name__ == "__main__":
    sys.exit(main())
