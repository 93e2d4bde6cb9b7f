"""The package's stages and the one direction data flows between them (docs/architecture.md)."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "lib" / "claimtrack"
# In the order data flows: a stage may import from itself and the stages before it, never after.
STAGES = ["reading", "extraction", "provenance", "store", "report", "cli"]


def stage_of(module: str) -> int | None:
    """Index in STAGES of a dotted module name inside claimtrack; None for claimtrack itself
    (its __init__ holds only the version, which every stage may read)."""
    parts = module.split(".")
    if parts[0] != "claimtrack" or len(parts) == 1:
        return None
    return STAGES.index(parts[1]) if parts[1] in STAGES else None


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path, root: Path = PACKAGE) -> list[tuple[int, str]]:
    """(line, dotted module) for every import of claimtrack in a file, relative ones resolved."""
    package = module_name(path, root).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "claimtrack"]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "claimtrack":
                continue
            if target == "claimtrack" or (node.module is None and len(target.split(".")) == 2):
                # `from claimtrack import x` / `from .. import x`: x is a stage or module in it
                found += [(node.lineno, f"{target}.{a.name}") for a in node.names]
            else:
                found.append((node.lineno, target))
    return found


def violations(root: Path = PACKAGE) -> list[str]:
    """One line per upward import: file:line, the import, and what the stage may import."""
    out = []
    for path in sorted(root.rglob("*.py")):
        own = stage_of(module_name(path, root))
        if own is None:
            continue
        for line, target in imported(path, root):
            other = stage_of(target)
            if other is not None and other > own:
                out.append(f"{path.relative_to(root.parent)}:{line} imports {target}: stage '{STAGES[own]}' may import "
                           f"only from {', '.join(STAGES[: own + 1])} (data flows one way; see docs/architecture.md)")
    return out


def test_every_module_is_in_a_stage():
    loose = [p.name for p in PACKAGE.glob("*.py") if p.stem not in ("__init__", "cli")]
    assert not loose, f"modules outside a stage folder: {loose}; put each in the stage it belongs to (docs/architecture.md)"
    assert sorted(p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()) == sorted(STAGES[:-1])


def test_each_stage_says_what_it_takes_and_gives():
    for stage in STAGES[:-1]:
        doc = ast.get_docstring(ast.parse((PACKAGE / stage / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "Takes" in doc and "Gives" in doc, f"{stage}/__init__.py: say what the stage takes and gives"


def test_data_flows_one_way():
    found = violations()
    assert not found, "upward imports:\n" + "\n".join(found)


def test_the_check_sees_an_upward_import(tmp_path):
    """The walk is not vacuous: a reading module importing the report is reported with file and line."""
    fake = tmp_path / "claimtrack"
    (fake / "reading").mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    (fake / "reading" / "__init__.py").write_text("")
    (fake / "reading" / "bad.py").write_text("import json\n\nfrom ..report.views import Force\n")
    (fake / "reading" / "bad2.py").write_text("from claimtrack.provenance import links\n")
    found = violations(fake)
    assert len(found) == 2
    assert found[0].startswith("claimtrack/reading/bad.py:3 imports claimtrack.report.views")
    assert "claimtrack.provenance" in found[1]


@pytest.mark.parametrize("notebook", sorted((REPO / "notebooks").glob("[0-9][0-9]_*.ipynb")), ids=lambda p: p.name)
def test_notebooks_import_only_the_report_stage(notebook):
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        if cell["cell_type"] != "code":
            continue
        tree = ast.parse("".join(cell["source"]))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                if name.startswith("claimtrack"):
                    assert name == "claimtrack.report" or name.startswith("claimtrack.report."), (
                        f"{notebook.name} imports {name}: notebooks use the report stage's public names only")


def test_no_module_constant_is_silently_replaced():
    """A module-level constant assigned twice must read its first value in the second (a wrapping,
    "PHRASES = [(CaseBlind(rx), v) for rx, v in PHRASES]"); else the second hides the first and every
    rule using the first name reads the wrong pattern (a second LIST_GAP did so in the twelfth session)."""
    clashes = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        seen = set()
        for node in tree.body:
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
                continue
            name = node.targets[0].id
            if not name.isupper():
                continue
            reads = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
            if name in seen and name not in reads:
                clashes.append(f"{path.relative_to(REPO)}:{node.lineno} {name}")
            seen.add(name)
    assert not clashes, clashes
