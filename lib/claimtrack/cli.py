"""The `claimtrack` command."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import pandas as pd

from . import __version__
from .reading.decode import MAX_FILE_BYTES

DEFAULT_CORPUS = "seeds"
DEFAULT_OUTPUTS = "outputs"


def _corpus(args):
    from .reading.corpus import read_corpus
    from .reading.limits import LimitExceeded
    from .report.tables import articles_table, audit_table, problems_table, provenance_note, sentences_table

    try:
        corpus = read_corpus(args.folder, manifest=args.manifest, max_bytes=args.max_bytes)
    except (FileNotFoundError, LimitExceeded) as exc:
        print(f"claimtrack corpus: {exc}", file=sys.stderr)
        return 2
    tables = {"articles": articles_table, "problems": problems_table, "audit": audit_table,
              "sentences": sentences_table}
    if args.audit:
        try:
            art = corpus[args.audit]
        except KeyError:
            print(f"claimtrack corpus: no article with id {args.audit!r} in {args.folder}", file=sys.stderr)
            return 2
        df = audit_table(corpus)
        df = df[df["id"] == art.id]
        if not args.all_changes:
            df = df[df["kind"] == "removal"]
        if args.format == "table":
            for r in df.itertuples():
                print(f"{art.path}:{r.raw_line} [{r.rule}] {r.reason}: {r.removed!r}")
            print(f"({len(df)} changes; --all-changes also lists normalisations)")
            return 0
        _emit(df, args.format)
        return 0
    if args.format == "json":
        out = {name: json.loads(fn(corpus).to_json(orient="records")) for name, fn in tables.items()
               if name in ("articles", "problems")}
        json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
        print()
    elif args.format == "csv":
        tables[args.table](corpus).to_csv(sys.stdout, index=False)
    else:
        arts = articles_table(corpus)[["id", "outlet", "published", "words", "cleaning", "inferred"]]
        for col in ("outlet", "cleaning", "inferred"):
            arts[col] = arts[col].map(_shorten)
        with pd.option_context("display.width", 200):
            print(f"{len(corpus.articles)} articles in {args.folder}\n")
            print(arts.to_string(index=False) if len(arts) else "(none)")
            notes = provenance_note(corpus)
            if notes:
                print("\nInferred metadata:")
                for n in notes:
                    print("  " + (n if len(n) < 160 else n[:157] + "..."))
            print(f"\n{len(corpus.problems)} problems" + (":" if corpus.problems else "."))
            for p in corpus.problems:
                print(f"  {p}")
    if args.strict and any(p.severity == "error" for p in corpus.problems):
        return 1
    return 0


TABLE_CELL_CHARS = 40  # wider cells make the table wrap in an 80-column terminal; csv/json keep all


def _shorten(value: str) -> str:
    return value if len(value) <= TABLE_CELL_CHARS else value[:TABLE_CELL_CHARS - 1] + "…"


def _emit(df: pd.DataFrame, fmt: str) -> None:
    if fmt == "json":
        print(df.to_json(orient="records", force_ascii=False, indent=2))
    else:
        df.to_csv(sys.stdout, index=False)


def _report(args):
    import signal

    from .report.execution import NotebookFailed
    from .report.render import RenderError
    from .report.runner import run_report

    # A scheduler's SIGTERM (a timeout, a shutdown) unwinds like Ctrl-C: the workers are stopped,
    # the temporary folder is removed and the previous report stays as it was.
    received = {"signal": signal.SIGINT}

    def on_term(signum, frame):
        received["signal"] = signum
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_term)
    folder = args.corpus or args.folder
    formats = tuple(f.strip() for f in args.format.split(",") if f.strip())
    try:
        # One read and extraction for the run: the notebooks then find the store current.
        from . import store
        from .reading.limits import LimitExceeded

        if args.store:
            os.environ["CLAIMTRACK_STORE"] = str(Path(args.store).resolve())   # the notebooks' kernels inherit it
        try:
            up = store.update(Path(folder).resolve() if folder else folder, args.manifest, args.metrics,
                              jobs=args.jobs, engine=args.engine, scheduler=args.scheduler)
            print(f"claimtrack report: {up}", file=sys.stderr)
        except LimitExceeded as exc:
            raise ValueError(str(exc)) from None
        written = run_report(folder, args.out, args.as_of, formats=formats, parameters=dict(args.param or []),
                             manifest=args.manifest, metrics=args.metrics, jobs=args.jobs)
    except (FileNotFoundError, ValueError) as exc:
        print(f"claimtrack report: {exc}", file=sys.stderr)
        return 2
    except NotebookFailed as exc:
        print(f"claimtrack report: {exc}", file=sys.stderr)
        if exc.partial:
            print(f"  the partly executed notebook: {exc.partial}", file=sys.stderr)
        print("  the previous report, if any, is unchanged", file=sys.stderr)
        return 1
    except RenderError as exc:
        print(f"claimtrack report: {exc}", file=sys.stderr)
        print("  the previous report, if any, is unchanged", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        name = signal.Signals(received["signal"]).name
        print(f"claimtrack report: stopped by {name}; the previous report, if any, is unchanged", file=sys.stderr)
        return 128 + received["signal"]
    folder_out = Path(os.path.commonpath(written))
    print(f"claimtrack report: wrote {len(written)} files to {folder_out}:")
    for p in written:
        print(f"  {p}")
    return 0


def _baseline(args):
    from .report.baseline import PICTURE_NOTEBOOK, check, store, store_picture
    from .report.execution import series

    notebooks = [Path(n) for n in args.notebooks] or series()
    missing = [str(n) for n in notebooks if not n.is_file()]
    if missing:
        print(f"claimtrack baseline: no such notebook: {', '.join(missing)}", file=sys.stderr)
        return 2
    if args.check:
        problems = check(notebooks)
        for p in problems:
            print(p, file=sys.stderr)
        if problems:
            print(f"claimtrack baseline --check: {len(problems)} differences; the stored outputs are not "
                  "what the code gives now. Run `make baseline` and review `git diff notebooks/`.", file=sys.stderr)
            return 1
        print(f"claimtrack baseline --check: {len(notebooks)} notebooks, stored outputs current")
        return 0
    from .report.execution import defaults_problems
    from .report.project import NOTEBOOKS

    wrong = [m for n in notebooks if n.resolve().parent == NOTEBOOKS for m in defaults_problems(n)]
    if wrong:       # before any is stored: a half-refreshed baseline helps nobody
        print("\n".join(f"claimtrack baseline: {m}" for m in wrong), file=sys.stderr)
        return 2
    for n in notebooks:
        store(n)
        print(f"claimtrack baseline: {n}")
    if any(n.resolve() == PICTURE_NOTEBOOK for n in notebooks):
        print(f"claimtrack baseline: {store_picture()} (the README's picture)")
    return 0


def _extract(args):
    from .extraction.catalogue import CatalogueError, load_catalogue
    from .extraction.claims import iter_claims
    from .extraction.writers import FORMATS, write_claims

    try:
        catalogue = load_catalogue(args.metrics)
    except CatalogueError as exc:
        print(f"claimtrack extract: {exc}", file=sys.stderr)
        return 2
    fmt = args.format or (Path(args.out).suffix.lstrip(".") if args.out else "csv")
    fmt = {"parq": "parquet", "json": "jsonl", "ndjson": "jsonl"}.get(fmt, fmt)
    if fmt not in FORMATS:
        print(f"claimtrack extract: unknown format {fmt!r}; use --format csv, jsonl or parquet", file=sys.stderr)
        return 2
    if fmt == "parquet" and not args.out:
        print("claimtrack extract: parquet is binary; give --out FILE.parquet", file=sys.stderr)
        return 2
    if not Path(args.corpus).is_dir():
        print(f"claimtrack extract: corpus folder {args.corpus} does not exist or is not a folder", file=sys.stderr)
        return 2
    from .reading.limits import LimitExceeded

    problems: list = []
    if args.no_store:
        claims = iter_claims(args.corpus, args.manifest, catalogue, problems=problems, max_bytes=args.max_bytes,
                             progress=None if args.progress == "auto" else args.progress == "on")
    else:
        from . import store

        try:
            up = store.update(args.corpus, args.manifest, args.metrics, store=args.store, jobs=args.jobs,
                              engine=args.engine, scheduler=args.scheduler, max_bytes=args.max_bytes)
        except (LimitExceeded, ValueError, RuntimeError, OSError) as exc:
            print(f"claimtrack extract: {exc}", file=sys.stderr)
            return 2
        print(f"claimtrack extract: {up}", file=sys.stderr)
        problems = store.problems(up)
        claims = store.iter_claims(up)
    try:
        n = write_claims(claims, args.out or sys.stdout, fmt)
    except LimitExceeded as exc:
        print(f"claimtrack extract: {exc}", file=sys.stderr)
        return 2
    for p in problems:
        if p.severity == "error":
            print(f"claimtrack extract: skipped {p}", file=sys.stderr)
    if args.out:
        print(f"claimtrack extract: {n} claims written to {args.out}", file=sys.stderr)
    return 0


def _store_arguments(p: argparse.ArgumentParser) -> None:
    """Where the store is and what reads and extracts the articles (docs/store.md)."""
    from .store import ENGINES

    p.add_argument("--store", metavar="FILE",
                   help="the store file (default: $CLAIMTRACK_STORE, else outputs/store/<folder>-<hash>.duckdb)")
    p.add_argument("--engine", choices=ENGINES, default="local",
                   help="local: a process per core (default); dask: a Dask cluster (--scheduler, else a LocalCluster)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: the scheduler, e.g. tcp://host:8786")
REVIEW_ACTIONS = ("accept", "reject", "set")
QUEUE_SHOWN = 30             # claims `claimtrack review` prints unless --all


def _review(args):
    """`review [CORPUS]`: the queue; `review [CORPUS] accept|reject ID … | set ID FIELD=VALUE …`: a verdict."""
    from .provenance.reviews import ReviewsError
    from .report import review, snapshot

    words = list(args.words)
    corpus = args.corpus or (words.pop(0) if words and words[0] not in REVIEW_ACTIONS else DEFAULT_CORPUS)
    if not Path(corpus).is_dir():
        print(f"claimtrack review: corpus folder {corpus} does not exist or is not a folder", file=sys.stderr)
        return 2
    snap = snapshot.load(Path(corpus).resolve(), Path(args.manifest).resolve() if args.manifest else None)
    if args.export_gold:
        rows = review.gold_rows(snap)
        if args.export_gold == "-":
            rows.to_csv(sys.stdout, index=False)
        else:
            review.export_gold(snap, args.export_gold)
            print(f"claimtrack review: {len(rows)} gold rows written to {args.export_gold} "
                  f"(score them: benchmarks/accuracy.py --gold {corpus} {args.export_gold})", file=sys.stderr)
        return 0
    if not words:
        return _print_queue(snap, args)
    action, rest = words[0], words[1:]
    if action not in REVIEW_ACTIONS or not rest:
        print("claimtrack review: write `review [CORPUS] accept ID …`, `reject ID …` or `set ID FIELD=VALUE`",
              file=sys.stderr)
        return 2
    ids, pairs = (rest, [("", "")]) if action != "set" else ([rest[0]], _pairs(rest[1:]))
    try:
        if pairs is None:
            raise ReviewsError("set ID FIELD=VALUE: say what to set, e.g. `set 5b21e0c4d9aa counted=officers`")
        for claim in ids:
            for field, value in pairs:
                v = review.record(snap, claim, action, field, value, args.note or "", args.who)
                print(f"{v.claim} ({v.article}: ‘{v.says}’): {v.text()}")
    except (KeyError, ReviewsError) as exc:
        print(f"claimtrack review: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return 2
    print(f"recorded in {snap.reviews_path}", file=sys.stderr)
    return 0


def _pairs(tokens: list[str]) -> list[tuple[str, str]] | None:
    """['counted=officers'] or ['counted', 'officers'] → [('counted', 'officers')]; None when there are none."""
    if len(tokens) == 2 and "=" not in tokens[0]:
        return [(tokens[0], tokens[1])]
    pairs = [tuple(t.split("=", 1)) for t in tokens if "=" in t]
    return pairs if pairs and len(pairs) == len(tokens) else None


def _print_queue(snap, args) -> int:
    from .report import review

    q = review.queue(snap)
    if args.format == "csv":
        q.to_csv(sys.stdout, index=False)
    else:
        shown = q if args.all else q.head(QUEUE_SHOWN)
        t = shown.assign(quote=shown["quote"].map(_shorten), confidence=shown["confidence"].map("{:.2f}".format),
                         ref=shown["ref"].map("#{}".format))
        with pd.option_context("display.max_rows", None, "display.max_colwidth", 80, "display.width", 250):
            print(t.to_string(index=False) if len(t) else "nothing to review")
        drive = int((q["why"] != "").sum())
        reviewed = int(snap.claims["reviewed"].sum()) + len(snap.rejected)
        print(f"\n{len(q)} claims to review ({drive} behind a headline, a chart extreme or a disagreement; "
              f"{'all' if args.all or len(q) <= QUEUE_SHOWN else QUEUE_SHOWN} shown, --all for every one); "
              f"{reviewed} reviewed ({len(snap.rejected)} rejected); verdicts in {snap.reviews_path}")
    for p in snap.corpus.problems:
        if p.code.startswith("review"):
            print(f"claimtrack review: {p}", file=sys.stderr)
    return 0


def _corpus_arguments(p: argparse.ArgumentParser, name: str) -> None:
    """The arguments every command that reads a corpus takes: the folder, a manifest, the size limit."""
    p.add_argument(name, nargs="?", default=DEFAULT_CORPUS, help=f"corpus folder (default: {DEFAULT_CORPUS})")
    p.add_argument("--manifest", help=f"manifest CSV to use instead of {name.upper()}/manifest.csv")
    p.add_argument("--max-bytes", type=int, default=MAX_FILE_BYTES,
                   help=f"skip article files larger than this (default: {MAX_FILE_BYTES:,})")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimtrack",
        description="Numeric claims about North Korea's troops in Russia, traced to the sentences that make them.")
    parser.add_argument("--version", action="version", version=f"claimtrack {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    c = sub.add_parser("corpus", help="read a folder of articles and show them and their problems",
                       description="Read a corpus folder (.txt, .md, .html/.htm articles and an optional "
                                   "manifest.csv) and print one row per article and one per problem. "
                                   "Never writes to the folder.")
    _corpus_arguments(c, "folder")
    c.add_argument("--format", choices=("table", "csv", "json"), default="table",
                   help="table for people (default); csv or json for machines")
    c.add_argument("--table", choices=("articles", "problems", "audit", "sentences"), default="articles",
                   help="which table --format csv prints (default: articles)")
    c.add_argument("--audit", metavar="ID", help="list what cleaning removed from one article, by raw line")
    c.add_argument("--all-changes", action="store_true", help="with --audit: normalisations too")
    c.add_argument("--strict", action="store_true", help="exit 1 when any article could not be read")
    c.set_defaults(func=_corpus)

    e = sub.add_parser("extract", help="extract every numeric claim of the catalogue's metrics from a corpus",
                       description="Read a corpus folder and write one row per claim: metric, value and bounds, "
                                   "qualifier, period (as_of), source, region, the sentence (quote) and its offsets "
                                   "in the raw file. Never writes to the corpus folder.")
    _corpus_arguments(e, "corpus")
    e.add_argument("--metrics", metavar="CATALOGUE", help="metric catalogue (YAML) instead of the shipped one")
    e.add_argument("--format", choices=("csv", "jsonl", "parquet"),
                   help="output format (default: from --out's extension, else csv)")
    e.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    e.add_argument("--progress", choices=("auto", "on", "off"), default="auto",
                   help="with --no-store: progress bar on stderr (auto: for more than 200 articles on a terminal)")
    e.add_argument("--jobs", type=int, help="processes reading and extracting (default: one per core)")
    _store_arguments(e)
    e.add_argument("--no-store", action="store_true",
                   help="read and extract the whole folder one article at a time, without the store")
    e.set_defaults(func=_extract)

    r = sub.add_parser("report", help="run the report on a corpus and write it to outputs/<as-of>/",
                       description="Run the notebook series (notebooks/NN_*.ipynb) with papermill on a corpus and "
                                   "write OUT/AS_OF/: report.html, report.pdf, claims.csv, corpus/*.csv and the "
                                   "executed notebooks. Nothing is replaced unless every step succeeded.")
    r.add_argument("folder", nargs="?", default=DEFAULT_CORPUS, help=f"corpus folder (default: {DEFAULT_CORPUS})")
    r.add_argument("--corpus", metavar="DIR", help="corpus folder (same as FOLDER)")
    r.add_argument("--as-of", help="use only articles published by this date, YYYY-MM-DD (default: today)")
    r.add_argument("--out", "--outputs", dest="out", default=DEFAULT_OUTPUTS, metavar="DIR",
                   help=f"where reports go; the report is DIR/AS_OF/ (default: {DEFAULT_OUTPUTS})")
    r.add_argument("--format", default="html,pdf", help="html, pdf or html,pdf (default: html,pdf)")
    r.add_argument("-p", "--param", nargs=2, action="append", metavar=("NAME", "VALUE"),
                   help="set a notebook parameter (repeatable), e.g. -p metrics my.yml")
    r.add_argument("--manifest", help="manifest CSV instead of FOLDER/manifest.csv")
    r.add_argument("--metrics", metavar="CATALOGUE", help="metric catalogue (YAML) instead of the shipped one")
    r.add_argument("--jobs", type=int,
                   help="processes reading and extracting new articles, and notebooks run at once (default: one per core)")
    _store_arguments(r)
    r.set_defaults(func=_report)

    b = sub.add_parser("baseline", help="re-run the committed notebooks with their defaults and store their outputs",
                       description="Run each notebook of the series with its own defaults (the report on seeds/) "
                                   "and write its outputs into it, normalised (no injected-parameters cell, no "
                                   "timing or UI metadata), so that only a changed result changes the file. "
                                   "With --check, run them on scratch copies and list every difference instead.")
    b.add_argument("notebooks", nargs="*", help="notebooks (default: the series in notebooks/)")
    b.add_argument("--check", action="store_true",
                   help="write nothing; exit 1 and name notebook and cell where the stored outputs are not current")
    b.set_defaults(func=_baseline)

    v = sub.add_parser("review", help="the claims to review first, and an analyst's verdicts on them",
                       description="`claimtrack review [CORPUS]` prints the unreviewed claims, those behind a "
                                   "headline, a chart's extreme or a disagreement first, then the least confident. "
                                   "`claimtrack review [CORPUS] accept|reject ID …` and `set ID FIELD=VALUE` (FIELD: "
                                   "metric, counted, scope, value, period, source) append a verdict to "
                                   "CORPUS/reviews.csv, which every report obeys; articles are never edited. ID is "
                                   "the claim id the queue prints, or a ledger number (#12).")
    v.add_argument("words", nargs="*", metavar="[CORPUS] [accept|reject|set ID …]",
                   help=f"corpus folder (default: {DEFAULT_CORPUS}), then a verdict")
    v.add_argument("--corpus", metavar="DIR", help="corpus folder (instead of the first word)")
    v.add_argument("--manifest", help="manifest CSV instead of CORPUS/manifest.csv (reviews.csv goes beside it)")
    v.add_argument("--note", help="why: kept with the verdict and shown in the ledger")
    v.add_argument("--who", help="reviewer (default: $CLAIMTRACK_REVIEWER, else your login name)")
    v.add_argument("--all", action="store_true", help=f"print the whole queue (default: the first {QUEUE_SHOWN})")
    v.add_argument("--format", choices=("table", "csv"), default="table", help="the queue as a table or CSV")
    v.add_argument("--export-gold", metavar="FILE",
                   help="write the verdicts as gold rows (the gold.csv format; '-' for standard output)")
    v.set_defaults(func=_review)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:      # `claimtrack extract | head`: the reader has had enough
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
