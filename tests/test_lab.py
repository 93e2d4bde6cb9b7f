"""Analysts in JupyterLab: `make lab` serves the project with its own kernel; opening and saving a
committed notebook through Lab's server changes nothing the tests see; new notebooks go to
scratch/, which the tests do not collect; committed defaults are guarded; the review notebook runs
in Lab and its buttons, clicked as the browser clicks them, write reviews.csv."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import uuid

import nbformat
import pytest
from claimtrack import cli
from claimtrack.provenance import reviews as rv
from claimtrack.report import baseline, project
from claimtrack.report.execution import DEFAULTS, defaults_problems, series
from conftest import REPO, SEEDS
from labclient import running_lab

NOTEBOOKS = series()
SCRATCH = REPO / "scratch"
STARTER = SCRATCH / "starter.ipynb"
REVIEW = REPO / "notebooks" / "review.ipynb"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_parameter_defaults_are_the_defaults(path):
    wrong = defaults_problems(path)
    assert not wrong, "\n".join(wrong)


def test_an_edited_default_fails_saying_how_to_run_another_corpus(tmp_path, monkeypatch, capsys):
    path = tmp_path / NOTEBOOKS[2].name
    nb = nbformat.read(NOTEBOOKS[2], as_version=4)
    cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    cell.source = cell.source.replace('as_of: str = ""', 'as_of: str = "2024-11-01"')
    nbformat.write(nb, path)
    (message,) = defaults_problems(path)
    assert "as_of = '2024-11-01' (the default is '')" in message
    assert "claimtrack report --corpus DIR --as-of YYYY-MM-DD" in message and "-p corpus_dir DIR" in message
    # and `make baseline` refuses to store it, before running anything
    monkeypatch.setattr(project, "NOTEBOOKS", tmp_path)
    before = path.read_bytes()
    assert cli.main(["baseline", str(path)]) == 2
    assert "as_of = '2024-11-01'" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_defaults_cover_every_parameter():
    from claimtrack.report.execution import PARAMETERS

    assert set(DEFAULTS) == set(PARAMETERS)


def test_only_the_numbered_series_is_collected_and_linted(tmp_path):
    """A notebook Lab makes in notebooks/ (or scratch/) is neither run by nbval nor linted."""
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    shutil.copytree(REPO / "notebooks", tmp_path / "notebooks")
    (tmp_path / "tests").mkdir()
    draft = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import os\n1/0")])
    for name in ("notebooks/Untitled.ipynb", "notebooks/Untitled1.ipynb"):
        nbformat.write(draft, tmp_path / name)
    run = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=300)
    collected = {line.split("::")[0] for line in run.stdout.splitlines() if "::" in line}
    assert collected == {f"notebooks/{p.name}" for p in NOTEBOOKS}, run.stdout[-2000:]
    lint = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--show-files", "notebooks"],
                          cwd=tmp_path, capture_output=True, text=True, check=True)
    assert "Untitled" not in lint.stdout and "review.ipynb" in lint.stdout


def test_scratch_is_ignored_but_its_starter_is_committed():
    ignored = subprocess.run(["git", "check-ignore", "--no-index", "scratch/Untitled.ipynb", "scratch/mine/a.ipynb"],
                             cwd=REPO, capture_output=True, text=True)
    assert ignored.stdout.split() == ["scratch/Untitled.ipynb", "scratch/mine/a.ipynb"]
    kept = subprocess.run(["git", "check-ignore", "--no-index", "scratch/starter.ipynb"], cwd=REPO,
                          capture_output=True, text=True)
    assert kept.returncode == 1, "the starter must not be ignored"


def test_the_scratch_starter_runs_and_shows_the_api():
    from nbclient import NotebookClient

    nb = nbformat.read(STARTER, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(SCRATCH)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert "period_start" in html and "holds_start" in html and "Snapshot" in html
    assert any("image/png" in o.get("data", {}) for o in outputs), "the starter's own plot"


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    with running_lab(REPO, tmp_path_factory.mktemp("lab") / "lab.log") as client:
        yield client


@pytest.fixture
def lab_folder():
    """A folder under scratch/ (gitignored) for what Lab saves in a test; removed after."""
    folder = SCRATCH / f"_test_{uuid.uuid4().hex[:8]}"
    folder.mkdir()
    yield folder
    shutil.rmtree(folder)


def test_make_lab_serves_the_project_with_its_own_kernel_and_opens_in_scratch(lab):
    assert lab.get("api/status").json()["started"]
    root = lab.get("", allow_redirects=False)
    assert root.status_code in (301, 302) and root.headers["Location"].rstrip("?").endswith("/lab/tree/scratch")
    listing = {x["name"] for x in lab.get("api/contents/").json()["content"]}
    assert {"notebooks", "scratch", "seeds", "pyproject.toml"} <= listing
    k = lab.start_kernel("scratch/probe.ipynb")
    try:
        out = k.run("import sys, claimtrack\nprint(sys.prefix)\nprint(claimtrack.__file__)")
    finally:
        k.close()
    prefix, package = out[0]["text"].split()
    assert prefix == str(REPO / ".venv") and package.startswith(str(REPO / "lib"))
    assert lab.kernelspec() == baseline.KERNELSPEC, "the committed notebooks name the kernel Lab writes"


def test_opening_and_saving_in_lab_changes_nothing_the_tests_see(lab, lab_folder):
    """What Lab's page does on opening a notebook: GET it, start its kernel, write the kernel's
    kernelspec and language_info into it, and (auto)save it with PUT."""
    rel = lab_folder.relative_to(REPO).as_posix()
    for path in [*NOTEBOOKS, REVIEW, STARTER]:
        where = path.relative_to(REPO).as_posix()
        nb = lab.notebook(where)
        k = lab.start_kernel(where)
        try:
            info = k.language_info()
        finally:
            k.close()
        nb["metadata"]["kernelspec"] = lab.kernelspec()
        nb["metadata"]["language_info"] = info
        lab.save(f"{rel}/{path.name}", nb)
        saved = nbformat.read(lab_folder / path.name, as_version=4)
        stored = nbformat.read(path, as_version=4)
        assert baseline.comparable(saved) == baseline.comparable(stored), path.name
        if stored.metadata.get("language_info", {}).get("version") == info.get("version"):
            assert (lab_folder / path.name).read_bytes() == path.read_bytes(), f"{path.name} changed by opening"
    # and nbval passes on a notebook Lab saved (the territory one: the quickest)
    saved = lab_folder / "03_kursk_territory.ipynb"
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval", "--nbval-current-env",
                          "--nbval-sanitize-with", str(REPO / "notebooks" / "sanitize.cfg"), str(saved)],
                         capture_output=True, text=True, cwd=REPO / "notebooks", timeout=600)
    assert run.returncode == 0, run.stdout[-3000:]


def test_the_review_notebook_runs_in_lab_and_its_buttons_write_reviews_csv(lab, tmp_path):
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    nb = lab.notebook("notebooks/review.ipynb")
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert "parameters" in code[0]["metadata"].get("tags", [])
    k = lab.start_kernel("notebooks/review.ipynb")
    try:
        k.run("".join(code[0]["source"]))
        k.run(f"corpus_dir = {str(corpus)!r}\nwho = 'Lab analyst'")        # as papermill would inject them
        outputs = [o for c in code[1:] for o in k.run("".join(c["source"]))]
        kinds = {kind for o in outputs for kind in o.get("data", {})}
        assert "application/vnd.jupyter.widget-view+json" in kinds, kinds
        text = json.dumps(outputs)
        assert "Snapshot" in text and "No verdicts yet" in text
        ids = k.run("_panel = review.Panel(snap, who=who, shown=3)\n"
                    "print(_panel.rows[0].reject.model_id, _panel.rows[0].claim['claim_id'])")[0]["text"].split()
        k.click(ids[0])            # the comm message a browser sends for a click
        status = k.run("print(_panel.rows[0].status.value)")[0]["text"]
    finally:
        k.close()
    assert "rejected" in status and "Lab analyst" in status
    rows = (corpus / rv.REVIEWS_NAME).read_text(encoding="utf-8").splitlines()
    assert len(rows) == 2 and rows[1].startswith(f"{ids[1]},reject,")
    assert re.search(r",Lab analyst,\d{4}-\d\d-\d\d,", rows[1])


def test_make_kernel_registers_this_environment_for_another_jupyter(tmp_path):
    """`make kernel` writes a kernelspec named claimtrack whose python is the project's .venv
    (JUPYTER_DATA_DIR points it at a scratch folder here instead of the user's)."""
    import os

    run = subprocess.run(["make", "--no-print-directory", "kernel"], cwd=REPO, capture_output=True, text=True,
                         env={**os.environ, "JUPYTER_DATA_DIR": str(tmp_path)}, timeout=300)
    assert run.returncode == 0, run.stderr
    spec = json.loads((tmp_path / "kernels" / "claimtrack" / "kernel.json").read_text())
    assert spec["display_name"] == "Python (claimtrack)"
    assert spec["argv"][0] == str(REPO / ".venv" / "bin" / "python")
