"""Lint: ruff over the package, the tests, the benchmarks and the notebooks (rules in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO

# scratch/ holds analysts' own notebooks: only its committed starter is linted.
LINTED = ["lib", "tests", "benchmarks", "notebooks", "scratch/starter.ipynb"]


def test_ruff_finds_nothing():
    run = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", *LINTED],
                         cwd=REPO, capture_output=True, text=True)
    assert run.returncode == 0, f"ruff check {' '.join(LINTED)}:\n{run.stdout}{run.stderr}"


def test_ruff_reads_the_notebooks():
    """The notebooks are linted, not skipped: ruff lists them among the files it checks."""
    run = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--show-files", "notebooks"],
                         cwd=REPO, capture_output=True, text=True, check=True)
    checked = [line for line in run.stdout.splitlines() if line.strip().endswith(".ipynb")]
    assert len(checked) == len(list((REPO / "notebooks").glob("*.ipynb")))


def test_no_control_characters_in_the_rules():
    """No control character (a backspace from an unescaped "\\b", say) in the package's code and term tables: a
    pattern holding one matches nothing and fails no test of its own."""
    files = [*(REPO / "lib").rglob("*.py"), *(REPO / "lib").rglob("*.yml")]
    bad = [f"{f.relative_to(REPO)}:{n}" for f in files for n, line in enumerate(f.read_text().splitlines(), 1)
           if any(ord(ch) < 32 and ch != "\t" for ch in line)]
    assert files and not bad, bad
