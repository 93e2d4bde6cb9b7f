"""The report: the notebook series run by papermill on a corpus, rendered to one HTML and one PDF,
written to `outputs/<as-of>/` all at once.

Everything is written to a temporary folder beside the destination and swapped in only when every
notebook ran and every file was rendered, so a failed run never leaves a half-written report and
never destroys the last good one. A failed run keeps its partly executed notebooks in
`outputs/<as-of>.failed/` for inspection.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from .execution import PARAMETERS, NotebookFailed, declared_parameters, run_series, series
from .project import NOTEBOOKS
from .render import INSTALL_HINT, RenderError, chromium, combine, to_html, to_pdf

FORMATS = ("html", "pdf")
REPORT_TITLE = "North Korean troops in Russia's war: the numbers and who gave them"


def swap_into_place(tmp: Path, dest: Path) -> None:
    """Replace `dest` with the finished folder `tmp`; if that fails, the old `dest` is put back."""
    old = dest.with_name(f".{dest.name}.old-{os.getpid()}")
    moved = False
    try:
        if dest.exists():
            dest.rename(old)
            moved = True
        tmp.rename(dest)
    except BaseException:
        if moved and not dest.exists():
            old.rename(dest)  # put the last good report back
        raise
    if moved:
        shutil.rmtree(old)


def _absolute(path) -> str:
    """A path given on the command line, made absolute against the current folder ('' stays '')."""
    return str(Path(path).expanduser().resolve()) if path else ""


def check_request(corpus: Path, formats: tuple[str, ...], extra: dict, notebooks: list[Path]) -> None:
    """Everything that can be checked before a notebook runs: the run fails early and clearly."""
    if not corpus.is_dir():
        raise FileNotFoundError(f"corpus folder {corpus} does not exist or is not a folder")
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format {', '.join(unknown)}: use {', '.join(FORMATS)}")
    if "pdf" in formats and chromium() is None:
        raise RenderError(INSTALL_HINT)
    declared = set(PARAMETERS)
    for nb in notebooks:
        declared |= set(declared_parameters(nb))
    bad = sorted(set(extra) - declared)
    if bad:
        raise ValueError(f"unknown parameter {', '.join(bad)}: the notebooks take {', '.join(sorted(declared))}")


def run_report(corpus_folder: str | Path = "seeds", outputs: str | Path = "outputs", as_of: str | None = None,
               formats: tuple[str, ...] = FORMATS, parameters: dict | None = None, manifest=None, metrics=None,
               jobs: int | None = None, notebooks_dir: Path = NOTEBOOKS, log=None) -> list[Path]:
    """Run the series on `corpus_folder` and write the report to outputs/<as-of>/; return the files.

    Raises NotebookFailed (which notebook, cell, error, partial copy), RenderError, or ValueError /
    FileNotFoundError for a bad request; in every case the previous report is left as it was."""
    log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
    as_of = as_of or dt.date.today().isoformat()
    try:
        dt.date.fromisoformat(as_of)
    except ValueError:
        raise ValueError(f"bad as-of date {as_of!r}: use YYYY-MM-DD") from None
    extra = dict(parameters or {})
    notebooks = series(Path(notebooks_dir))
    corpus = Path(corpus_folder).expanduser().resolve()
    check_request(corpus, tuple(formats), extra, notebooks)

    dest = Path(outputs) / as_of
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{as_of}.", dir=dest.parent))
    params = {"corpus_dir": str(corpus), "manifest": _absolute(manifest), "as_of": as_of,
              "metrics": _absolute(metrics), "output_dir": str(tmp.resolve())}
    params.update({k: str(v) for k, v in extra.items()})
    try:
        started = time.perf_counter()
        run_series(notebooks, tmp / "notebooks", params, jobs=jobs, log=log)
        executed = [tmp / "notebooks" / nb.name for nb in notebooks]
        if formats:
            book = combine(executed, REPORT_TITLE,
                           f"Report as of {as_of} on the articles in {corpus.name}/, published by that date. "
                           f"Every figure carries a #n that leads to its sentence in the claims ledger.")
            html_file = to_html(book, tmp / "report.html")
            if "pdf" in formats:
                to_pdf(html_file, tmp / "report.pdf")
            if "html" not in formats:
                html_file.unlink()
        log(f"rendered in {time.perf_counter() - started:.1f} s")
        swap_into_place(tmp, dest)
        shutil.rmtree(dest.with_name(f"{as_of}.failed"), ignore_errors=True)   # that failure is history
    except NotebookFailed as exc:
        failed = dest.with_name(f"{as_of}.failed")
        shutil.rmtree(failed, ignore_errors=True)
        tmp.rename(failed)
        exc.partial = failed / "notebooks" / exc.notebook
        raise
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return sorted(p for p in dest.rglob("*") if p.is_file())
