"""The report: the notebook series run by papermill on a corpus, rendered to one HTML and one PDF,
written to `outputs/<as-of>/` all at once.

Everything is written to a temporary folder beside the destination and swapped in only when every
notebook ran and every file was rendered, so a failed run never leaves a half-written report and
never destroys the last good one. A failed run keeps its partly executed notebooks in
`outputs/<as-of>.failed/` for inspection.

Runs killed at any point, and runs started at once on the same outputs folder, are safe:
- each run writes to its own temporary folder, which it holds an advisory lock on; a later run
  removes temporary folders whose lock nobody holds (their run was killed);
- the finished folder replaces the old report in one atomic step (Linux: renameat2 with
  RENAME_EXCHANGE), so at every instant `outputs/<as-of>/` is a complete report; swaps are
  serialised by a lock on `outputs/.claimtrack.lock`, and the last run to finish wins.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import datetime as dt
import errno
import fcntl
import json
import os
import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from ..extraction.catalogue import CatalogueError, load_catalogue
from ..provenance.corrections import CORRECTIONS_NAME, load_corrections
from ..reading.corpus import plan_corpus
from .execution import PARAMETERS, NotebookFailed, declared_parameters, longest_first, run_series, series
from .project import NOTEBOOKS
from .render import INSTALL_HINT, RenderError, chromium, combine, to_html, to_pdf

FORMATS = ("html", "pdf")
REPORT_TITLE = "North Korean troops in Russia's war: the numbers and who gave them"


LOCK_NAME = ".claimtrack.lock"          # in the outputs folder: serialises the swaps
# In the outputs folder: how long each notebook took in the last good run, per corpus folder, so
# the next run starts the longest first (execution.longest_first). Losing it costs only that order.
DURATIONS_NAME = ".claimtrack-durations.json"
RUN_LOCK = ".run.lock"                  # in each run's temporary folder: held while the run lives
TEMP_MARK = ".tmp-"                     # temporary folders are .<as-of>.tmp-XXXX
RENAME_EXCHANGE = 2                     # linux/fs.h
AT_FDCWD = -100
NEW_FOLDER_GRACE_S = 60                 # a lockless temporary folder younger than this is a run starting up
# Parameters the runner sets from its own options: `-p` may not set them (the report's folder
# name, its corpus and what the notebooks read would disagree). Name → the option to use.
RUNNER_OPTIONS = {"corpus_dir": "--corpus", "as_of": "--as-of", "manifest": "--manifest",
                  "metrics": "--metrics", "output_dir": "--out"}


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux renameat2 RENAME_EXCHANGE); False where the system
    has no such call (then the caller falls back to two renames)."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    fn = getattr(libc, "renameat2", None)
    if fn is None:
        return False
    if fn(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):      # this system or filesystem can't
        return False
    raise OSError(err, os.strerror(err), str(a))


@contextmanager
def _locked(path: Path):
    """An exclusive advisory lock on `path`, released when the block ends or the process dies."""
    with open(path, "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def swap_into_place(tmp: Path, dest: Path) -> None:
    """Replace `dest` with the finished folder `tmp`. With an atomic exchange, `dest` is a whole
    report at every instant; without one, the old `dest` is renamed aside first and put back if
    the second rename fails."""
    with _locked(dest.parent / LOCK_NAME):
        if not dest.exists():
            tmp.rename(dest)
            return
        if _exchange(tmp, dest):
            shutil.rmtree(tmp)              # tmp now holds the old report
            return
        old = dest.with_name(f".{dest.name}.old-{os.getpid()}")
        dest.rename(old)
        try:
            tmp.rename(dest)
        except BaseException:
            old.rename(dest)                # put the last good report back
            raise
        shutil.rmtree(old)


def new_temp_folder(outputs: Path, as_of: str):
    """A run's own temporary folder beside the report, locked for as long as the run lives (the
    open file is returned: keep it). Removes the folders of runs that were killed."""
    remove_stale_temp_folders(outputs)
    tmp = Path(tempfile.mkdtemp(prefix=f".{as_of}{TEMP_MARK}", dir=outputs))
    fh = open(tmp / RUN_LOCK, "a")
    fcntl.flock(fh, fcntl.LOCK_EX)
    return tmp, fh


def remove_stale_temp_folders(outputs: Path) -> list[Path]:
    """Temporary folders whose run lock nobody holds: left by a run that was killed."""
    removed = []
    for d in outputs.glob(f".*{TEMP_MARK}*"):
        lock = d / RUN_LOCK
        if not d.is_dir() or (not lock.exists() and time.time() - d.stat().st_mtime < NEW_FOLDER_GRACE_S):
            continue                        # a run that is about to take its lock
        try:
            with open(lock, "a") as fh:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            continue                        # a live run
        except OSError:
            continue                        # can't tell: leave it
        shutil.rmtree(d, ignore_errors=True)
        removed.append(d)
    return removed


def _durations(outputs: Path) -> dict[str, dict[str, float]]:
    """{corpus folder: {notebook: seconds}} of the last good runs (DURATIONS_NAME); {} when unreadable."""
    try:
        found = json.loads((outputs / DURATIONS_NAME).read_text(encoding="utf-8"))
        return {str(k): {str(n): float(t) for n, t in v.items()} for k, v in found.items()}
    except (OSError, ValueError, AttributeError, TypeError):
        return {}


def _keep_durations(outputs: Path, durations: dict) -> None:
    """Write DURATIONS_NAME whole, then rename it into place (a run killed meanwhile leaves the old one)."""
    part = outputs / f"{DURATIONS_NAME}.{os.getpid()}.part"
    try:
        part.write_text(json.dumps(durations, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(part, outputs / DURATIONS_NAME)
    except OSError:
        part.unlink(missing_ok=True)           # a report is not failed for want of a schedule hint


def _absolute(path) -> str:
    """A path given on the command line, made absolute against the current folder ('' stays '')."""
    return str(Path(path).expanduser().resolve()) if path else ""


def check_request(corpus: Path, formats: tuple[str, ...], extra: dict, notebooks: list[Path],
                  manifest: str = "", metrics: str = "") -> None:
    """Everything that can be checked before a notebook runs: the run fails early and clearly.
    Values reach the notebooks as papermill parameters, i.e. as Python string literals: data,
    never code; the paths are checked here so that a bad one is named before anything runs."""
    if not corpus.is_dir():
        raise FileNotFoundError(f"corpus folder {corpus} does not exist or is not a folder")
    if manifest and not Path(manifest).is_file():
        raise FileNotFoundError(f"manifest {manifest} does not exist or is not a file")
    if metrics:
        try:
            load_catalogue(metrics)
        except CatalogueError as exc:
            raise ValueError(f"metric catalogue: {exc}") from None
    plan_corpus(corpus, manifest or None, [])      # LimitExceeded (a ValueError) for too many articles
    load_corrections(corpus / CORRECTIONS_NAME)    # CorrectionsError (a ValueError) naming the line
    owned = sorted(set(extra) & set(RUNNER_OPTIONS))
    if owned:
        raise ValueError("; ".join(f"-p {k} is set by the runner: use {RUNNER_OPTIONS[k]}" for k in owned))
    for name, value in extra.items():
        if not isinstance(value, str) or "\0" in value:
            raise ValueError(f"-p {name}: the value must be text without NUL characters")
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
    check_request(corpus, tuple(formats), extra, notebooks, _absolute(manifest), _absolute(metrics))

    dest = Path(outputs) / as_of
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp, run_lock = new_temp_folder(dest.parent, as_of)
    params = {"corpus_dir": str(corpus), "manifest": _absolute(manifest), "as_of": as_of,
              "metrics": _absolute(metrics), "output_dir": str(tmp.resolve())}
    params.update({k: str(v) for k, v in extra.items()})
    from .snapshot import SNAPSHOT_CACHE_ENV

    shared = tempfile.mkdtemp(prefix="claimtrack-snapshots-")     # 0700: this run's alone
    before = os.environ.get(SNAPSHOT_CACHE_ENV)
    try:
        started = time.perf_counter()
        os.environ[SNAPSHOT_CACHE_ENV] = shared       # the notebooks' kernels inherit it
        try:
            timings = _durations(dest.parent)
            seconds = run_series(longest_first(notebooks, timings.get(str(corpus), {})), tmp / "notebooks", params,
                                 jobs=jobs, log=log)
        finally:
            shutil.rmtree(shared, ignore_errors=True)
            if before is None:
                os.environ.pop(SNAPSHOT_CACHE_ENV, None)
            else:
                os.environ[SNAPSHOT_CACHE_ENV] = before
        executed = [tmp / "notebooks" / nb.name for nb in notebooks]
        phases = {"notebooks": time.perf_counter() - started}
        if formats:
            book = combine(executed, REPORT_TITLE,
                           f"Report as of {as_of} on the articles in {corpus.name}/, published by that date. "
                           f"Every figure carries a #n that leads to its sentence in the claims ledger.")
            html_file = to_html(book, tmp / "report.html")
            phases["HTML"] = time.perf_counter() - started - sum(phases.values())
            if "pdf" in formats:
                to_pdf(html_file, tmp / "report.pdf")
                phases["PDF"] = time.perf_counter() - started - sum(phases.values())
            if "html" not in formats:
                html_file.unlink()
        log(f"rendered in {time.perf_counter() - started:.1f} s ("
            + ", ".join(f"{k} {v:.1f} s" for k, v in phases.items()) + ")")
        swap_into_place(tmp, dest)
        shutil.rmtree(dest.with_name(f"{as_of}.failed"), ignore_errors=True)   # that failure is history
        _keep_durations(dest.parent, {**timings, str(corpus): seconds})
    except NotebookFailed as exc:
        failed = dest.with_name(f"{as_of}.failed")
        shutil.rmtree(failed, ignore_errors=True)
        (tmp / RUN_LOCK).unlink(missing_ok=True)
        tmp.rename(failed)
        exc.partial = failed / "notebooks" / exc.notebook
        raise
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        run_lock.close()
    (dest / RUN_LOCK).unlink(missing_ok=True)
    return sorted(p for p in dest.rglob("*") if p.is_file())
