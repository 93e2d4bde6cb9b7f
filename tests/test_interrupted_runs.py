"""Nothing lost: a report run killed at any point (SIGINT, SIGTERM, SIGKILL; while notebooks run,
while the HTML and PDF are rendered, at the swap) leaves the previous report complete and
byte-identical, and the next run succeeds; two runs at once on one outputs folder don't corrupt
each other; the corpus folder is never written to."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import lxml.html
import pytest
from claimtrack.report.runner import RUN_LOCK, TEMP_MARK
from conftest import REPO

FIXTURE = REPO / "tests" / "data" / "report_corpus"
AS_OF = "2024-11-01"
CLAIMTRACK = [sys.executable, "-m", "claimtrack.cli"]
GRACE_S = 90                   # how long the processes of a killed run may take to end by themselves


def report_cmd(out, *extra):
    return [*CLAIMTRACK, "report", "--corpus", str(FIXTURE), "--as-of", AS_OF, "--out", str(out), *extra]


def tree(folder):
    """{relative path: bytes} of every file under folder."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_complete(report):
    files = tree(report)
    for name in ("report.html", "report.pdf", "claims.csv", "corpus/articles.csv"):
        assert files.get(name), f"{name} missing or empty"
    assert b"claims ledger" in files["report.html"].lower()
    lxml.html.document_fromstring(files["report.html"])
    assert files["report.pdf"].startswith(b"%PDF") and b"%%EOF" in files["report.pdf"][-1024:]
    return files


@pytest.fixture(scope="module")
def previous(tmp_path_factory):
    """An outputs folder holding a good report, and that report's bytes."""
    out = tmp_path_factory.mktemp("outputs")
    subprocess.run(report_cmd(out), check=True, capture_output=True, timeout=600)
    return out, assert_complete(out / AS_OF)


def printing_pdf(pgid) -> bool:
    """Is Chromium printing the PDF for the run (a process of its group with --print-to-pdf)?
    Read from /proc, so the test needs no `ps` (procps is not on every machine)."""
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            stat = (proc / "stat").read_text()
            cmdline = (proc / "cmdline").read_bytes()
        except OSError:
            continue                                  # ended while we looked
        group = stat.rsplit(")", 1)[1].split()[2]     # fields after "(comm)": state, ppid, pgrp
        if group == str(pgid) and b"--print-to-pdf" in cmdline:
            return True
    return False


def run_and_kill(out, sig, trigger: str, delay: float = 0.0):
    """Start a run; when a stderr line contains `trigger` (or, for RENDERING, when Chromium is
    printing the PDF), send `sig` to the run's main process only (as a scheduler's kill would).
    Returns the process and its stderr."""
    tag = f"{os.getpid()}-{time.monotonic_ns()}"       # every process of the run inherits it (kernels too)
    # Ctrl-C's default action in the run even when the tests themselves run in the background
    # (`make test &`: a shell starts background jobs with SIGINT ignored, and children inherit that,
    # so the run would carry on and later write over the report the next test checks).
    proc = subprocess.Popen(report_cmd(out), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                            start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
                            env={**os.environ, RUN_TAG: tag})
    proc.tag = tag
    lines = []
    for line in proc.stderr:
        lines.append(line)
        if trigger in line:
            break
    else:
        pytest.fail(f"the run ended before {trigger!r}:\n{''.join(lines)}")
    # the rest of its stderr is read from now on, so that the run never waits on a full pipe while
    # the test waits for it (a run blocked writing to stderr would never reach Chromium)
    rest = threading.Thread(target=lambda: lines.extend(proc.stderr), daemon=True)
    rest.start()
    if trigger == RENDERING:
        deadline = time.time() + 60
        while not printing_pdf(proc.pid) and time.time() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert printing_pdf(proc.pid), f"never saw Chromium printing the PDF:\n{''.join(lines)[-2000:]}"
    proc.send_signal(sig)
    proc.wait(timeout=GRACE_S)
    rest.join(timeout=10)
    return proc, lines


RUN_TAG = "CLAIMTRACK_TEST_RUN"


def live_kernels(tag: str) -> list[int]:
    """The run's notebook kernels still alive: processes whose environment carries the run's tag and
    whose command line is ipykernel's (jupyter_client starts them in sessions of their own, so the
    run's process group misses them); zombies are dead."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if f"{RUN_TAG}={tag}".encode() in (proc / "environ").read_bytes().split(b"\0") \
                    and b"ipykernel" in (proc / "cmdline").read_bytes() \
                    and (proc / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z":
                found.append(int(proc.name))
        except OSError:
            continue                                  # ended while we looked, or not ours to read
    return found


def wait_for_group_to_end(pgid):
    """Every process the killed run started (workers, kernels, Chromium) ends by itself."""
    deadline = time.time() + GRACE_S
    while time.time() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.5)
    os.killpg(pgid, signal.SIGKILL)
    pytest.fail(f"processes of the killed run were still alive after {GRACE_S} s")


# Kill points: while notebooks run (the first one done, others running), while rendering (the
# last notebook done: nbconvert, then Chromium printing the PDF), and right at the swap; with
# Ctrl-C (SIGINT), a scheduler's SIGTERM, and SIGKILL, which gives the run no chance to clean up.
RENDERING = "[7/7]"            # after the last notebook: wait until Chromium is printing the PDF
MID_NOTEBOOK, MID_RENDER, AT_SWAP = ("[1/7]", 0.0), (RENDERING, 0.0), ("rendered in", 0.0)
KILLS = {
    "mid-notebook-SIGINT": (signal.SIGINT, *MID_NOTEBOOK),
    "mid-notebook-SIGTERM": (signal.SIGTERM, *MID_NOTEBOOK),
    "mid-notebook-SIGKILL": (signal.SIGKILL, *MID_NOTEBOOK),
    "mid-render-SIGINT": (signal.SIGINT, *MID_RENDER),
    "mid-render-SIGKILL": (signal.SIGKILL, *MID_RENDER),
    "at-swap-SIGKILL": (signal.SIGKILL, *AT_SWAP),
}


@pytest.mark.parametrize("sig, trigger, delay", KILLS.values(), ids=KILLS.keys())
def test_a_killed_run_leaves_the_previous_report_whole(previous, sig, trigger, delay):
    out, before = previous
    point = trigger
    proc, lines = run_and_kill(out, sig, trigger, delay)
    wait_for_group_to_end(proc.pid)
    after = assert_complete(out / AS_OF)
    if trigger == AT_SWAP[0]:
        # killed around the swap: the old report or the new one, whole either way
        assert after == before or any("wrote" in line for line in lines) or proc.returncode == -signal.SIGKILL
    else:
        changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
        assert not any("rendered in" in line for line in lines), \
            f"the run ended before the kill landed ({point}):\n{''.join(lines)}"
        assert not changed, f"the previous report changed ({point}, {sig.name}): {changed}"
    if sig == signal.SIGKILL:
        assert proc.returncode == -signal.SIGKILL
    else:
        # the run noticed, said so, and cleaned up after itself (unless it had already finished)
        finished = any("wrote" in line for line in lines)
        assert finished or proc.returncode in (130, 128 + signal.SIGTERM), "".join(lines)
        assert finished or "previous report" in "".join(lines)
        # the run ended only after its kernels did: nothing of it is left to write into the folder
        assert not live_kernels(proc.tag), "a kernel of the interrupted run outlived it"
        assert not list(out.glob(f".*{TEMP_MARK}*")), "an interrupted run left its temporary folder"
        time.sleep(2)
        assert not list(out.glob(f".*{TEMP_MARK}*")), "a process of the interrupted run wrote its folder back"


def test_the_next_run_after_kills_succeeds_and_clears_what_they_left(previous):
    out, before = previous
    proc, _ = run_and_kill(out, signal.SIGKILL, "[2/7]")
    wait_for_group_to_end(proc.pid)
    left = list(out.glob(f".*{TEMP_MARK}*"))
    assert left, "a SIGKILLed run cannot clean up: its temporary folder is expected here"
    done = subprocess.run(report_cmd(out), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert not list(out.glob(f".*{TEMP_MARK}*")), "the next run removes folders of killed runs"
    after = assert_complete(out / AS_OF)
    assert after["claims.csv"] == before["claims.csv"]
    assert not (out / AS_OF / RUN_LOCK).exists()


def test_two_runs_at_once_on_one_outputs_folder(tmp_path):
    out = tmp_path / "outputs"
    runs = [subprocess.Popen(report_cmd(out, "--jobs", "1"), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             text=True) for _ in range(2)]
    results = [(p.wait(timeout=600), p.stderr.read()) for p in runs]
    assert [code for code, _ in results] == [0, 0], results
    files = assert_complete(out / AS_OF)
    # the report, the swap lock and the notebooks' timings (runner.DURATIONS_NAME), no partial file of either run
    assert sorted(p.name for p in out.iterdir()) == [".claimtrack-durations.json", ".claimtrack.lock", AS_OF]
    assert not [p for p in (out / AS_OF).rglob("*") if p.name.startswith(".")]
    # report.html, report.pdf, claims.csv, 4 corpus CSVs, 5 sources CSVs, 7 executed notebooks
    assert len(files) == 19


def test_the_corpus_folder_is_never_written_to(tmp_path):
    corpus = tmp_path / "corpus"
    subprocess.run(["cp", "-a", str(FIXTURE), str(corpus)], check=True)
    for p in [corpus, *corpus.rglob("*")]:
        p.chmod(p.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))

    def snapshot():
        return {p.relative_to(corpus).as_posix(): (p.stat().st_mtime_ns, p.stat().st_mode,
                                                   p.read_bytes() if p.is_file() else b"")
                for p in sorted([corpus, *corpus.rglob("*")])}

    before = snapshot()
    try:
        code = subprocess.run([*CLAIMTRACK, "report", "--corpus", str(corpus), "--as-of", AS_OF, "--out",
                               str(tmp_path / "out"), "--format", "html"], capture_output=True, text=True, timeout=600)
        assert code.returncode == 0, code.stderr
        # As root, permissions don't stop writes: the comparison of every file, mode and time does.
        assert snapshot() == before
    finally:
        for p in [corpus, *corpus.rglob("*")]:
            p.chmod(p.stat().st_mode | stat.S_IWUSR)


# The store: a run killed at any point leaves the last committed store, readable and whole; the
# next run completes it; two runs at once both succeed and leave the store a fresh build would.

STORE_COPIES = 30     # seeds × 30 = 150 articles: a run of several seconds, so kills land mid-run


def store_corpus(folder: Path, copies: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(copies):
        for p in sorted((REPO / "seeds").glob("*.txt")):
            (folder / f"c{k:03d}_{p.name}").write_bytes(p.read_bytes())
    return folder


def store_tables(path: Path) -> dict:
    from claimtrack.store.db import contents

    return contents(path)


def extract_cmd(corpus: Path, path: Path, out: Path, *extra) -> list[str]:
    return [*CLAIMTRACK, "extract", str(corpus), "--store", str(path), "--out", str(out), *extra]


@pytest.fixture(scope="module")
def store_states(tmp_path_factory):
    """A corpus whose store holds its first half (state A), and the tables of a store of the
    whole corpus built from scratch (state B)."""
    base = tmp_path_factory.mktemp("store")
    whole = store_corpus(base / "whole", STORE_COPIES)
    built = base / "whole.duckdb"
    subprocess.run(extract_cmd(whole, built, base / "whole.csv"), check=True, capture_output=True, timeout=600)
    half = base / "half"
    half.mkdir()
    for p in sorted(whole.iterdir())[: len(list(whole.iterdir())) // 2]:
        (half / p.name).write_bytes(p.read_bytes())
    a = base / "a.duckdb"
    subprocess.run(extract_cmd(half, a, base / "a.csv"), check=True, capture_output=True, timeout=600)
    return whole, half, a, store_tables(a), store_tables(built)


def wal_appears(path: Path) -> bool:
    return path.with_name(path.name + ".wal").exists()


@pytest.mark.parametrize("trigger", ["0.5", "2.0", "wal"])
def test_a_killed_store_update_leaves_the_last_store_whole(store_states, tmp_path, trigger):
    whole, half, a, state_a, state_b = store_states
    path = tmp_path / "s.duckdb"
    shutil.copy(a, path)
    corpus = tmp_path / "corpus"
    shutil.copytree(half, corpus)
    for p in whole.iterdir():                      # the other half arrives
        if not (corpus / p.name).exists():
            (corpus / p.name).write_bytes(p.read_bytes())
    proc = subprocess.Popen(extract_cmd(corpus, path, tmp_path / "c.csv", "--jobs", "2"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    if trigger == "wal":
        while not wal_appears(path) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
    else:
        time.sleep(float(trigger))
    running = proc.poll() is None
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=GRACE_S)
    assert running, "the run ended before the kill: make the corpus larger (STORE_COPIES)"
    # Paths in the store are relative to the corpus folder, so stores of two copies of one
    # corpus hold the same rows. Readable, and the state before the run or after it, never a mix.
    assert store_tables(path) in (state_a, state_b)
    done = subprocess.run(extract_cmd(corpus, path, tmp_path / "c.csv"), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert store_tables(path) == state_b
    assert not (corpus / "c.csv").exists() and not [p for p in corpus.iterdir() if "duckdb" in p.name]


def test_two_store_updates_at_once(store_states, tmp_path):
    whole, _half, a, _state_a, state_b = store_states
    path = tmp_path / "s.duckdb"
    shutil.copy(a, path)
    runs = [subprocess.Popen(extract_cmd(whole, path, tmp_path / f"c{i}.csv", "--jobs", "1"),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for i in range(2)]
    results = [(p.wait(timeout=600), p.stderr.read()) for p in runs]
    assert [code for code, _ in results] == [0, 0], results
    assert (tmp_path / "c0.csv").read_bytes() == (tmp_path / "c1.csv").read_bytes()
    assert store_tables(path) == state_b
