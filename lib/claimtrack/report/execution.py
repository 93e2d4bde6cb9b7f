"""Running the notebook series with papermill: in parallel where the notebooks don't depend on
each other (none of ours do: each loads its own snapshot), with a line of progress per notebook,
and a failure that names the notebook, the cell and the error.

One kernel per worker, not one per notebook (issue 18): a worker starts a kernel for its first
notebook and runs each later notebook in the same kernel after emptying its namespace
(IPython's `reset`: every name the previous notebook made is gone and the execution count starts
at 1 again, as in a fresh kernel). What survives is what a fresh kernel would rebuild the same:
imported modules, and the report run's snapshot, which `snapshot.load` keeps in the process for
the run (`snapshot.SNAPSHOT_CACHE_ENV`). At 10,000 articles each fresh kernel cost about 2.5 s
to start, 1.3 s of imports and 2-6 s to read the run's snapshot: 40-60 s of CPU for seven
notebooks, now paid once per worker."""

from __future__ import annotations

import math
import multiprocessing
import multiprocessing.util
import os
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

# jsonschema, which nbformat validates notebooks with, imports `rfc3987_syntax` when it is
# installed (jupyter's own packages ask for it) to check the "iri" format, and that module builds
# its grammar's parser on import: 1.0 s of CPU in every process of a report run that reads a
# notebook (the command and each worker; issue 18). No notebook schema and nothing here checks an
# IRI, so the runner's processes do without it: jsonschema then leaves "iri" unchecked, as it does
# wherever the package is not installed. (Set before nbformat is first imported; harmless after.)
sys.modules.setdefault("rfc3987_syntax", None)

import nbformat  # noqa: E402

from .project import NOTEBOOKS  # noqa: E402

# The notebooks' parameters, with what the runner passes (all strings: papermill injects them as
# Python literals). Extra `-p name value` pairs must name one of these.
PARAMETERS = ("corpus_dir", "manifest", "as_of", "metrics", "output_dir")
# The committed notebooks' defaults: their stored outputs are the report on seeds/ with no cut-off,
# which nbval and `make baseline --check` compare against. `defaults_problems` guards them.
DEFAULTS = {"corpus_dir": "seeds", "manifest": "", "as_of": "", "metrics": "", "output_dir": ""}
WATCH_PARENT_S = 0.5           # how often a worker checks that its runner is still alive
KERNEL_END_WAIT_S = 5          # how long a stopped worker waits for its killed kernel to end
WORKER_END_WAIT_S = 10         # how long the runner waits for its stopped workers (then kills them)


class NotebookFailed(RuntimeError):
    """A notebook of the series raised: which one, which cell, what, and where the partly run copy is."""

    def __init__(self, notebook: str, cell: int | None, error: str, partial: Path | None):
        self.notebook, self.cell, self.error, self.partial = notebook, cell, error, partial
        where = f"cell {cell}" if cell is not None else "before any cell ran"
        super().__init__(f"{notebook} failed at {where}: {error}")


def series(folder: Path = NOTEBOOKS) -> list[Path]:
    """The notebooks of the report in reading order (their numbered names)."""
    found = sorted(folder.glob("[0-9][0-9]_*.ipynb"))
    if not found:
        raise FileNotFoundError(f"no numbered notebooks (00_name.ipynb) in {folder}")
    return found


def longest_first(notebooks: list[Path], seconds: dict[str, float]) -> list[Path]:
    """The order to start the notebooks in: longest first by the seconds each took last time
    (`seconds`, name → seconds), those never timed before all others, reading order among equals.
    Each worker takes the next notebook when it is free, so the longest started last leaves the
    other core idle while it runs (issue 18: at 10,000 articles the sources notebook, last but one
    in reading order, ran alone for its last 9 s)."""
    return sorted(notebooks, key=lambda nb: -seconds.get(nb.name, math.inf))


def declared_parameters(path: Path) -> list[str]:
    """The names assigned in the notebook's `parameters` cell."""
    nb = nbformat.read(path, as_version=4)
    cell = next(c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", []))
    return [line.split(":")[0].split("=")[0].strip() for line in cell.source.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def kernel_manager_class():
    """Kernels whose own stderr is dropped: ipykernel warns there about TCP on localhost and logs a
    KeyboardInterrupt at shutdown, noise in a scheduled run's log. A kernel that dies still fails
    its notebook through papermill, and errors in cells are in the notebook's outputs. (IPC
    transport would avoid the warning but puts socket files in the working folder, where two
    kernels started at once collide.)"""
    import subprocess

    from jupyter_client.manager import AsyncKernelManager

    class QuietKernelManager(AsyncKernelManager):
        async def _async_launch_kernel(self, kernel_cmd, **kw):
            kw["stderr"] = subprocess.DEVNULL
            return await super()._async_launch_kernel(kernel_cmd, **kw)

    return QuietKernelManager


# The worker's kernel, kept between the notebooks it runs ("km": its kernel manager).
_worker_kernel: dict = {}
# Run silently before each notebook after a worker's first: an empty namespace and execution
# count 1, as a fresh kernel has. Modules stay imported (that is the saving).
RESET_NAMESPACE = "get_ipython().reset(new_session=True)"
# How long a kernel may take to answer: to start (papermill's default is 60 s), and to empty its
# namespace. A fresh-clone CI run on a loaded two-core machine once saw a kept kernel not answer a new
# client within 60 s ("Kernel didn't respond in 60 seconds", tests/test_interrupted_runs.py, 2026-12-06).
KERNEL_REPLY_TIMEOUT_S = 120
# How many kernels a notebook may start before its run counts as failed. jupyter_client picks a
# new kernel's ports by binding to free ones and letting them go; another kernel starting at the
# same moment can take one first, and the new kernel exits with "Address already in use" before it
# answers ("Kernel died before replying to kernel_info"; jupyter/jupyter_client#154). A fresh-clone
# CI run saw it once (2026-12-06, the sample report's corpus notebook). A new kernel picks new ports.
KERNEL_START_ATTEMPTS = 3


def _kernel_for(kernel_name: str):
    """The worker's kernel manager: new for its first notebook (nbclient starts the kernel, in the
    notebook's folder), else the one kept, its namespace emptied. A kernel that died or failed to
    reset is shut down and replaced."""
    from jupyter_core.utils import run_sync

    km = _worker_kernel.get("km")
    if km is not None:
        try:
            if not run_sync(km.is_alive)():
                raise RuntimeError("the kernel died")
            _reset(km)
            return km
        except Exception:
            _shutdown_worker_kernel()
    km = kernel_manager_class()(kernel_name=kernel_name)
    if not _worker_kernel:            # first kernel of this worker: shut it down when the worker exits
        multiprocessing.util.Finalize(None, _shutdown_worker_kernel, exitpriority=10)
    _worker_kernel["km"] = km
    return km


def _reset(km) -> None:
    """Empty the kernel's namespace (RESET_NAMESPACE), waiting for it to finish."""
    from jupyter_client.blocking import BlockingKernelClient

    kc = BlockingKernelClient()
    kc.load_connection_info(km.get_connection_info())
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=KERNEL_REPLY_TIMEOUT_S)
        msg_id = kc.execute(RESET_NAMESPACE, silent=True, store_history=False, allow_stdin=False)
        while True:
            reply = kc.get_shell_msg(timeout=KERNEL_REPLY_TIMEOUT_S)
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"resetting the kernel failed: {reply['content'].get('evalue', '')}")
    finally:
        kc.stop_channels()


def _shutdown_worker_kernel() -> None:
    """Shut the worker's kernel down (at the worker's exit, or when it must be replaced)."""
    from jupyter_core.utils import run_sync

    km = _worker_kernel.pop("km", None)
    if km is None:
        return
    try:
        if run_sync(km.is_alive)():
            run_sync(km.shutdown_kernel)(now=False)
        run_sync(km.cleanup_resources)()
    except Exception:
        pass                          # already gone: ipykernel also exits when its worker does


def _run_one(source: str, target: str, parameters: dict, cwd: str) -> dict:
    """Worker: execute one notebook in the worker's kernel; return what happened (exceptions don't
    cross processes well). A kernel that dies before any cell ran is replaced and the notebook run
    again, up to KERNEL_START_ATTEMPTS times (`_nothing_ran`); a failure after a cell ran is final."""
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    started = time.perf_counter()
    for attempt in range(1, KERNEL_START_ATTEMPTS + 1):
        try:
            kernel_name = nbformat.read(source, as_version=4).metadata.get("kernelspec", {}).get("name", "python3")
            pm.execute_notebook(source, target, parameters=parameters, cwd=cwd, progress_bar=False,
                                log_output=False, report_mode=False, km=_kernel_for(kernel_name),
                                start_timeout=KERNEL_REPLY_TIMEOUT_S)
        except PapermillExecutionError as exc:
            return {"ok": False, "cell": exc.cell_index, "error": f"{exc.ename}: {exc.evalue}",
                    "seconds": time.perf_counter() - started, "attempts": attempt}
        except Exception as exc:   # kernel died, notebook unreadable…: still one notebook's failure
            _shutdown_worker_kernel()          # the next try or notebook gets a fresh kernel
            if attempt < KERNEL_START_ATTEMPTS and _nothing_ran(target):
                continue
            return {"ok": False, "cell": None, "error": f"{type(exc).__name__}: {exc}",
                    "seconds": time.perf_counter() - started, "attempts": attempt}
        return {"ok": True, "seconds": time.perf_counter() - started, "attempts": attempt}


def _nothing_ran(target: str) -> bool:
    """Whether the failed run of a notebook ran none of its cells (no copy written, or no code cell
    with an execution count or an output), so that running it again repeats nothing."""
    try:
        nb = nbformat.read(target, as_version=4)
    except Exception:
        return not Path(target).exists()
    return all(c.get("execution_count") is None and not c.get("outputs") for c in nb.cells if c.cell_type == "code")


def _end_worker_now(*_) -> None:
    """End the worker and, first, its kernel. The kernel runs in its own session (jupyter_client
    starts it so), so neither a signal to the run's group nor the worker's death stops it at once:
    ipykernel notices a lost parent only within a second, and meanwhile a notebook may write into
    the run's temporary folder after the runner removed it (seen: a run interrupted while a
    notebook wrote corpus/*.csv left a recreated folder behind). Killed and waited for here, the
    kernel writes nothing after the worker is gone."""
    km = _worker_kernel.get("km")
    proc = getattr(getattr(km, "provisioner", None), "process", None)
    if proc is not None and proc.returncode is None:     # (a reaped kernel's number may be reused)
        try:
            os.killpg(proc.pid, signal.SIGKILL)          # the kernel and anything it started
            proc.wait(timeout=KERNEL_END_WAIT_S)
        except Exception:
            pass                                         # already gone
    os._exit(1)


def _exit_with_parent() -> None:
    """Worker initialiser: end the worker when the runner dies (a SIGKILL gives it no chance to
    stop its pool), or when the runner stops it (SIGTERM), so a killed run leaves no process
    behind; the worker's kernel is ended first (`_end_worker_now`). Ctrl-C in a terminal reaches
    the workers too (one foreground group): they leave it to the runner, which stops them."""
    import threading

    parent = os.getppid()
    signal.signal(signal.SIGTERM, _end_worker_now)
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch():
        while True:
            time.sleep(WATCH_PARENT_S)
            if os.getppid() != parent:
                _end_worker_now()

    threading.Thread(target=watch, daemon=True).start()


def run_series(notebooks: list[Path], out_dir: Path, parameters: dict, jobs: int | None = None,
               log=None) -> dict[str, float]:
    """Execute each notebook into out_dir/<name>.ipynb; return seconds per notebook.
    Raises NotebookFailed for the first notebook (in reading order) that failed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(notebooks)))
    results: dict[str, dict] = {}
    # spawn, not fork: each worker starts clean (no copied locks or event loops from the caller).
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_exit_with_parent)
    try:
        futures = {pool.submit(_run_one, str(nb), str(out_dir / nb.name), parameters, str(nb.parent)): nb
                   for nb in notebooks}
        for done, fut in enumerate(as_completed(futures), 1):
            nb = futures[fut]
            r = fut.result()
            results[nb.name] = r
            state = "ok" if r["ok"] else f"FAILED ({r['error'].splitlines()[0][:120]})"
            if r.get("attempts", 1) > 1:
                state += f" (its kernel started {r['attempts']} times: a kernel died before it answered)"
            log(f"[{done}/{len(notebooks)}] {nb.stem}: {state} in {r['seconds']:.1f} s")
    except BaseException:
        # Interrupted (Ctrl-C, SIGTERM): stop the workers now rather than wait for their notebooks;
        # each kills its kernel before it ends, and the runner waits for them before it cleans up.
        workers = list(getattr(pool, "_processes", {}).values())
        for proc in workers:
            proc.terminate()                 # each ends its kernel, then itself (_end_worker_now)
        deadline = time.monotonic() + WORKER_END_WAIT_S
        for proc in workers:
            proc.join(max(0.0, deadline - time.monotonic()))
            if proc.is_alive():              # stuck: no more waiting, and no more writing
                log(f"a notebook worker (pid {proc.pid}) did not stop: killed")
                proc.kill()
                proc.join(1.0)
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    for nb in notebooks:
        r = results[nb.name]
        if not r["ok"]:
            partial = out_dir / nb.name
            raise NotebookFailed(nb.name, r["cell"], r["error"], partial if partial.exists() else None)
    return {name: r["seconds"] for name, r in results.items()}


def parameter_defaults(path: Path) -> dict[str, object]:
    """{name: value} of the notebook's `parameters` cell, read without running it (literals only)."""
    import ast

    nb = nbformat.read(path, as_version=4)
    cell = next(c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", []))
    out = {}
    for node in ast.parse(cell.source).body:
        target = node.target if isinstance(node, ast.AnnAssign) else (node.targets[0] if isinstance(node, ast.Assign) else None)
        if isinstance(target, ast.Name) and node.value is not None:
            try:
                out[target.id] = ast.literal_eval(node.value)
            except ValueError:
                out[target.id] = ast.unparse(node.value)
    return out


def defaults_problems(path: Path) -> list[str]:
    """One message per parameter of a committed notebook that is not its default (DEFAULTS), saying
    how to run another corpus or date without editing the notebook."""
    found = parameter_defaults(path)
    name = Path(path).name
    wrong = [f"{k} = {found.get(k)!r} (the default is {v!r})" for k, v in DEFAULTS.items() if found.get(k, v) != v]
    if not wrong:
        return []
    return [f"notebooks/{name}: parameter {w}. The committed notebooks are the report on seeds/ with no cut-off, and "
            f"their stored outputs are that report: put the default back (`git checkout notebooks/{name}`). To run "
            f"another corpus or date, pass parameters instead of editing: `claimtrack report --corpus DIR --as-of "
            f"YYYY-MM-DD`, or `papermill notebooks/{name} out.ipynb -p corpus_dir DIR -p as_of YYYY-MM-DD`; to explore "
            f"in Lab, work in scratch/ (docs/jupyterlab.md)." for w in wrong]
