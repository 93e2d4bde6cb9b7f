"""The committed notebooks' reference outputs: each notebook re-run with its own defaults (the
report on seeds/) and stored in itself, normalised so that only a changed result changes the
file; and the check that the stored outputs are what a fresh run gives.

nbval (in `make test`) compares outputs after sanitising what legitimately varies; `check` here
is stricter: the file a fresh `make baseline` would write must be identical to the one committed,
images and all, but for the metadata of the machine that saved it (kernel name, Python version),
and any difference is named by notebook and cell.
"""

from __future__ import annotations

import base64
import difflib
import shutil
import tempfile
from pathlib import Path

import nbformat

from .execution import defaults_problems, kernel_manager_class, series
from .project import NOTEBOOKS, ROOT

# Cell metadata a result doesn't depend on, which JupyterLab, papermill and nbclient add and change
# on every run or click (timing, collapsed, scrolled, jupyter.source_hidden …): only tags are kept.
KEEP_CELL_METADATA = ("tags",)
# Notebook metadata from a papermill run or widgets.
DROP_NOTEBOOK_METADATA = ("papermill", "widgets")
# What JupyterLab writes into a notebook it opens with the project's kernel (`make lab`): the
# committed notebooks carry it, and the kernel's language_info (Python version included) as the
# baseline run's kernel reports it, so opening and saving a notebook in Lab changes no byte.
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
# Which kernel and Python last saved a notebook: another machine's Lab, or a Jupyter using the
# `make kernel` kernel, writes other values. They say nothing about the outputs, so comparisons
# (the tests, `--check`) ignore them.
MACHINE_METADATA = ("kernelspec", "language_info")
INJECTED = "injected-parameters"
DIFF_LINES = 12                 # lines of a changed output shown in a check's message
# The README's picture of the report: the first chart of the report (the troop estimates), copied
# from the stored notebook by `make baseline`, so it is never hand-made and never stale.
PICTURE_NOTEBOOK = NOTEBOOKS / "02_force_estimates.ipynb"
PICTURE = ROOT / "docs" / "images" / "first-chart.png"


def normalise(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop what would make the file noisy: an injected-parameters cell a papermill run left
    behind, run timing, UI state and the Python patch version."""
    nb.cells = [c for c in nb.cells if INJECTED not in c.get("metadata", {}).get("tags", [])]
    for cell in nb.cells:
        cell.metadata = nbformat.from_dict({k: v for k, v in cell.get("metadata", {}).items()
                                            if k in KEEP_CELL_METADATA})
    for key in DROP_NOTEBOOK_METADATA:
        nb.metadata.pop(key, None)
    nb.metadata["kernelspec"] = nbformat.from_dict(dict(KERNELSPEC))
    return nb


def comparable(nb: nbformat.NotebookNode) -> str:
    """The notebook as the checks compare it: normalised, without the metadata of the machine that
    saved it (MACHINE_METADATA), as the JSON text nbformat writes."""
    nb = normalise(nbformat.from_dict(nb))
    for key in MACHINE_METADATA:
        nb.metadata.pop(key, None)
    return nbformat.writes(nb)


def execute(path: Path, timeout: int = 600) -> nbformat.NotebookNode:
    """The notebook run top to bottom with its defaults, in its own folder (as JupyterLab runs it)."""
    from nbclient import NotebookClient

    nb = normalise(nbformat.read(path, as_version=4))
    NotebookClient(nb, timeout=timeout, kernel_name="python3",
                   resources={"metadata": {"path": str(Path(path).parent)}},
                   kernel_manager_class=kernel_manager_class()).execute()
    return normalise(nb)


def store(path: Path) -> None:
    """`make baseline` for one notebook: run it and write the outputs into it. A notebook of the series
    whose parameter defaults were edited is refused: its stored outputs would silently become
    another report."""
    if Path(path).resolve().parent == NOTEBOOKS and (wrong := defaults_problems(path)):
        raise ValueError("\n".join(wrong))
    nb = execute(path)
    nbformat.validate(nb)
    nbformat.write(nb, path)


def first_chart(path: Path = PICTURE_NOTEBOOK) -> bytes:
    """The PNG bytes of the first chart stored in a notebook."""
    for cell in nbformat.read(path, as_version=4).cells:
        for output in cell.get("outputs", []):
            if "image/png" in output.get("data", {}):
                return base64.b64decode(output["data"]["image/png"])
    raise ValueError(f"{path}: no chart stored; run `make baseline`")


def store_picture(notebook: Path = PICTURE_NOTEBOOK, target: Path = PICTURE) -> Path:
    """Write the README's picture from the stored notebook (`make baseline` calls this)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(first_chart(notebook))
    return target


def check(notebooks: list[Path] | None = None) -> list[str]:
    """Run `make baseline` on scratch copies of the notebooks and compare the files it writes with
    the committed ones. Returns one message per difference (empty: the stored outputs are current)."""
    notebooks = notebooks or series()
    problems = []
    with tempfile.TemporaryDirectory(prefix="claimtrack-baseline-") as tmp:
        for path in notebooks:
            copy = Path(tmp) / path.name
            shutil.copyfile(path, copy)
            store(copy)
            if comparable(nbformat.read(copy, 4)) != comparable(nbformat.read(path, 4)):
                problems.extend(differences(nbformat.read(path, 4), nbformat.read(copy, 4), path.name)
                                or [f"{path.name}: the file differs from a fresh `make baseline` "
                                    f"(notebook metadata or format): run `make baseline`"])
    return problems


def differences(stored: nbformat.NotebookNode, fresh: nbformat.NotebookNode, name: str) -> list[str]:
    """What differs cell by cell, in words: 'notebook, Cell 3 (first line): output 0 text/plain …'.
    Cells are numbered as nbval numbers them (code cells from 0), so both messages point alike."""
    if len(stored.cells) != len(fresh.cells):
        return [f"{name}: {len(stored.cells)} cells stored, {len(fresh.cells)} after a fresh run"]
    out, code = [], -1
    for old, new in zip(stored.cells, fresh.cells):
        code += new.cell_type == "code"
        where = f"{name}, Cell {code} ({_first_line(new)})" if new.cell_type == "code" else \
            f"{name}, {new.cell_type} cell after Cell {code}"
        if old.get("metadata") != new.get("metadata"):
            out.append(f"{where}: cell metadata {dict(old.get('metadata', {}))} → {dict(new.get('metadata', {}))}")
        if old.cell_type != "code":
            continue
        if old.get("execution_count") != new.get("execution_count"):
            out.append(f"{where}: execution count {old.get('execution_count')} → {new.get('execution_count')}")
        olds, news = old.get("outputs", []), new.get("outputs", [])
        if len(olds) != len(news):
            out.append(f"{where}: {len(olds)} outputs stored, {len(news)} after a fresh run")
            continue
        for j, (a, b) in enumerate(zip(olds, news)):
            for kind in sorted(set(_parts(a)) | set(_parts(b))):
                x, y = _parts(a).get(kind), _parts(b).get(kind)
                if x != y:
                    out.append(f"{where}: output {j} {kind} changed\n{_diff(kind, x, y)}")
    return out


def _first_line(cell) -> str:
    line = next((s for s in cell.source.splitlines() if s.strip()), "")
    return line if len(line) <= 60 else line[:59] + "…"


def _parts(output) -> dict[str, str]:
    """An output as {part: text}: its text for streams and errors, each mime type for data."""
    parts = {k: v for k, v in output.get("data", {}).items()}
    if "text" in output:
        parts[f"stream {output.get('name', '')}"] = output["text"]
    if output.get("output_type") == "error":
        parts["error"] = f"{output.get('ename')}: {output.get('evalue')}"
    return {k: v if isinstance(v, str) else "".join(v) if isinstance(v, list) else str(v) for k, v in parts.items()}


def _diff(kind: str, old: str | None, new: str | None) -> str:
    if kind.startswith("image/"):
        return f"    image: {len(old or '')} → {len(new or '')} base64 characters"
    lines = list(difflib.unified_diff((old or "").splitlines(), (new or "").splitlines(),
                                      "stored", "fresh run", n=0, lineterm=""))
    shown = lines[:DIFF_LINES] + ([f"… {len(lines) - DIFF_LINES} more lines"] if len(lines) > DIFF_LINES else [])
    return "\n".join("    " + s for s in shown)
