"""The committed notebooks: house rules, stored outputs that are current, deterministic charts,
and the regression net (nbval and `claimtrack baseline --check`) catching a changed figure."""

from __future__ import annotations

import ast
import base64
import re
import shutil
import struct
import subprocess
import sys

import nbformat
import pytest
from claimtrack.report import baseline, snapshot, views
from claimtrack.report.execution import series
from conftest import REPO

NOTEBOOKS = series()
SANITIZE = REPO / "notebooks" / "sanitize.cfg"
# PNG chunks that would stamp a file with when or by what it was made.
STAMP_CHUNKS = {b"tIME"}
STAMP_KEYWORDS = {b"Creation Time", b"Software", b"Date", b"Timestamp"}


def code_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


def texts(nb):
    """Every text part of every output, with where it is."""
    for i, c in enumerate(nb.cells):
        for o in c.get("outputs", []):
            for kind, v in {**o.get("data", {}), "stream": o.get("text", "")}.items():
                if not kind.startswith("image/"):
                    yield i, kind, v if isinstance(v, str) else "".join(v)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_house_rules(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    tags = [c.metadata.get("tags", []) for c in nb.cells]
    assert sum("parameters" in t for t in tags) == 1, "exactly one cell tagged 'parameters'"
    assert not any(baseline.INJECTED in t for t in tags), "an injected-parameters cell was left behind"
    code = code_cells(nb)
    counts = [c.execution_count for c in code]
    assert counts == list(range(1, len(code) + 1)), f"execution counts {counts}: run `make baseline`"
    for i, c in enumerate(nb.cells):
        if c.cell_type != "code":
            continue
        body = ast.parse(c.source).body
        if body and isinstance(body[-1], ast.Expr):     # the cell ends in a value: it shows something
            assert c.outputs, f"cell {i} ({c.source.splitlines()[-1]}) shows nothing: run `make baseline`"
        for o in c.outputs:
            assert o.output_type != "error", f"cell {i} stored an error: {o.get('ename')}"
            assert not (o.output_type == "stream" and o.name == "stderr"), f"cell {i} wrote to stderr: {o.text[:200]}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_stored_outputs_are_normalised_and_carry_no_machine_paths(path):
    nb = nbformat.read(path, as_version=4)
    assert baseline.comparable(nb) == nbformat.writes(_without_machine(nb)), \
        "timing or UI metadata stored: run `make baseline`"
    for i, kind, text in texts(nb):
        assert str(REPO) not in text, f"cell {i} {kind} shows this machine's project path"
        assert not re.search(r"/tmp/|0x[0-9a-f]{8,}", text), f"cell {i} {kind} shows a temporary path or address"


def _without_machine(nb):
    nb = nbformat.from_dict(nb)
    for key in baseline.MACHINE_METADATA:
        nb.metadata.pop(key, None)
    return nb


def png_chunks(data: bytes):
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos = 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        yield kind, data[pos + 8:pos + 8 + length]
        pos += 12 + length


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_stored_charts_carry_no_date_or_software_stamp(path):
    nb = nbformat.read(path, as_version=4)
    for c in code_cells(nb):
        for o in c.outputs:
            if "image/png" not in o.get("data", {}):
                continue
            chunks = list(png_chunks(base64.b64decode(o.data["image/png"])))
            assert not STAMP_CHUNKS & {k for k, _ in chunks}
            for kind, body in chunks:
                if kind in (b"tEXt", b"iTXt", b"zTXt"):
                    assert body.split(b"\0")[0] not in STAMP_KEYWORDS, body[:60]
            assert o.data["text/plain"].startswith("Chart: "), "a chart's text (what nbval compares) is missing"


def test_a_chart_gives_the_same_bytes_every_time():
    snap = snapshot.load("seeds", "", "", "")
    first, second = views.Territory(snap).chart(), views.Territory(snap).chart()
    assert first.png() == second.png() == first.png()
    assert "600–700 km²" in repr(first) and "#13" in repr(first), "the chart's text lists its marks"


def test_sanitize_file_masks_what_varies_and_keeps_the_figures():
    from nbval.plugin import get_sanitize_patterns

    patterns = get_sanitize_patterns(SANITIZE.read_text())
    assert len(patterns) >= 3

    def clean(s):
        for regex, replace in patterns:
            s = re.sub(regex, replace, s)
        return s

    assert clean("wrote /tmp/claimtrack-x1/2024-11-01/claims.csv") == clean("wrote /tmp/claimtrack-y9/2024-11-01/claims.csv")
    assert clean("<Figure at 0x7f3a2b1c9d80>") == clean("<Figure at 0x7f00aa11bb22>")
    assert clean("run at 2026-11-21T10:02:03Z") == clean("run at 2026-12-01 23:59:59")
    kept = "#1, #5  2024-10-24  12,000  South Korea National Intelligence Service"
    assert clean(kept) == kept, "a claim's date or figure must never be masked"
    assert clean("2024-10-24 12,000") != clean("2024-10-24 11,000")


def tamper(path, old: str, new: str) -> int:
    """Change a figure in the stored outputs of one cell (the territory table), as an outdated
    baseline would have it. Returns the cell's number as nbval counts (code cells from 0)."""
    nb = nbformat.read(path, as_version=4)
    code = code_cells(nb)
    i = next(k for k, c in enumerate(code) if c.source.strip() == "territory.table()")
    for o in code[i].outputs:
        for kind, v in o.get("data", {}).items():
            if kind.startswith("text/"):
                text = v if isinstance(v, str) else "".join(v)
                assert old in text
                o.data[kind] = text.replace(old, new)
    nbformat.write(nb, path)
    return i


@pytest.fixture
def outdated(tmp_path):
    """03_kursk_territory with one stored figure that the code no longer gives."""
    path = tmp_path / "03_kursk_territory.ipynb"
    shutil.copyfile(REPO / "notebooks" / path.name, path)
    return path, tamper(path, "600–700 km²", "650–700 km²")


def test_nbval_fails_on_exactly_the_cell_whose_figure_changed(outdated):
    path, cell = outdated
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rf", "--nbval",
                          "--nbval-current-env", "--nbval-sanitize-with", str(SANITIZE), str(path)],
                         capture_output=True, text=True, cwd=path.parent, timeout=300)
    out = run.stdout
    assert run.returncode == 1, out[-3000:]
    failed = re.findall(r"^FAILED \S+::Cell (\d+)", out, flags=re.M)
    assert failed == [str(cell)], out[-3000:]
    assert "650–700 km²" in out and "600–700 km²" in out, "the message shows the stored and the new figure"
    assert re.search(r"(\d+) passed", out), out[-500:]


def test_baseline_check_names_the_notebook_and_cell(outdated):
    path, cell = outdated
    problems = baseline.check([path])
    assert len(problems) == 2, problems            # the text and the HTML of the one table
    for p in problems:
        assert p.startswith(f"{path.name}, Cell {cell} (territory.table())"), p
    assert any("-" in p and "650–700 km²" in p and "+" in p and "600–700 km²" in p for p in problems)


def test_stored_outputs_are_current():
    """`make baseline` on scratch copies writes exactly the committed files."""
    problems = baseline.check(NOTEBOOKS)
    assert not problems, "stored notebook outputs are out of date; run `make baseline` and review " \
                         "`git diff notebooks/`:\n" + "\n".join(problems)


def test_baseline_drops_an_injected_cell_and_noisy_metadata():
    nb = nbformat.read(NOTEBOOKS[0], as_version=4)
    injected = nbformat.v4.new_code_cell('corpus_dir = "elsewhere"', metadata={"tags": ["injected-parameters"]})
    nb.cells.insert(2, injected)
    nb.cells[1].metadata.update({"execution": {"iopub.execute_input": "2026-11-21T10:00:00Z"}, "scrolled": True})
    nb.metadata["papermill"] = {"duration": 1.5}
    out = baseline.normalise(nb)
    assert not any("injected-parameters" in c.metadata.get("tags", []) for c in out.cells)
    assert out.cells[1].metadata == {"tags": ["parameters"]}
    assert "papermill" not in out.metadata
    assert out.metadata["kernelspec"] == baseline.KERNELSPEC, "the kernel JupyterLab writes, so opening changes nothing"


def test_review_notebook_outputs_are_current():
    """The review notebook is not in the report series (pytest collects only the numbered notebooks),
    but it is committed run on seeds/: nbval re-runs it here and compares every output (the queue,
    the panel's text, the verdicts table), widget ids masked by sanitize.cfg."""
    review = REPO / "notebooks" / "review.ipynb"
    nb = nbformat.read(review, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code) and any(c.outputs for c in code), \
        "run `claimtrack baseline notebooks/review.ipynb`"
    run = subprocess.run([sys.executable, "-m", "pytest", "-o", "addopts=", "-p", "no:cacheprovider", "-q", "--nbval",
                          "--nbval-current-env", "--nbval-sanitize-with", str(REPO / "notebooks" / "sanitize.cfg"),
                          str(review)], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:]
