"""Docs that cannot rot silently: links resolve, named commands, targets, modules and notebooks exist."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from claimtrack import cli
from claimtrack.report.baseline import PICTURE, first_chart
from conftest import REPO

DOCS = sorted((REPO / "docs").glob("*.md"))
PAGES = [REPO / "README.md", REPO / "notebooks" / "README.md", REPO / "outputs" / "README.md", *DOCS]
README_MAX_LINES = 150
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
CODE_BLOCK = re.compile(r"```.*?```", re.S)


def ids(p: Path) -> str:
    return str(p.relative_to(REPO))


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(page: Path) -> set[str]:
    text = CODE_BLOCK.sub("", page.read_text(encoding="utf-8"))
    return {slug(h) for h in re.findall(r"(?m)^#+ (.+)$", text)}


def code_spans(text: str) -> list[str]:
    """Inline code and code-block lines: where docs name commands and modules."""
    blocks = [line for b in CODE_BLOCK.findall(text) for line in b.splitlines()]
    return re.findall(r"`([^`\n]+)`", CODE_BLOCK.sub("", text)) + blocks


def all_docs_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in PAGES)


def test_readme_is_short():
    n = len((REPO / "README.md").read_text(encoding="utf-8").splitlines())
    assert n <= README_MAX_LINES, f"README.md has {n} lines (at most {README_MAX_LINES}): move detail to docs/"


def test_the_docs_pages_the_readme_promises_exist():
    for name in ("architecture", "corpus", "extraction", "sources", "report", "reliability", "benchmarks", "changelog"):
        assert (REPO / "docs" / f"{name}.md").is_file(), f"docs/{name}.md is missing"


@pytest.mark.parametrize("page", PAGES, ids=ids)
def test_relative_links_resolve(page):
    for target in LINK.findall(CODE_BLOCK.sub("", page.read_text(encoding="utf-8"))):
        if re.match(r"[a-z]+:", target):
            continue            # http(s), mailto: not checked here (nothing is fetched)
        path, _, anchor = target.partition("#")
        resolved = (page.parent / path).resolve() if path else page
        assert resolved.exists(), f"{ids(page)}: link to {target} does not resolve"
        if anchor and resolved.suffix == ".md":
            assert anchor in anchors(resolved), f"{ids(page)}: no heading #{anchor} in {path or page.name}"


@pytest.mark.parametrize("page", PAGES, ids=ids)
def test_make_targets_named_exist(page):
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"(?m)^([a-z][\w-]*):", makefile))
    for span in code_spans(page.read_text(encoding="utf-8")):
        for target in re.findall(r"(?:^|[\s;&(])make ([a-z][\w-]*)", span):
            assert target in targets, f"{ids(page)} names `make {target}`, which the Makefile does not have"


@pytest.mark.parametrize("page", PAGES, ids=ids)
def test_claimtrack_subcommands_named_exist(page):
    commands = set(cli.build_parser()._subparsers._group_actions[0].choices)
    for span in code_spans(page.read_text(encoding="utf-8")):
        for name in re.findall(r"(?:^|[\s/])claimtrack ([a-z][\w-]*)", span):
            assert name in commands, f"{ids(page)} names `claimtrack {name}`, which is not a subcommand"


def test_every_subcommand_is_documented():
    text = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    for name in cli.build_parser()._subparsers._group_actions[0].choices:
        assert f"claimtrack {name}" in text, f"`claimtrack {name}` is not documented in docs/cli.md"


@pytest.mark.parametrize("page", PAGES, ids=ids)
def test_dotted_names_resolve(page):
    """`claimtrack.stage.module[.name]` in the docs names something that exists."""
    for span in code_spans(page.read_text(encoding="utf-8")):
        for dotted in re.findall(r"\bclaimtrack(?:\.\w+)+", span):
            parts = dotted.split(".")
            for i in range(len(parts), 0, -1):
                try:
                    obj = importlib.import_module(".".join(parts[:i]))
                except ModuleNotFoundError:
                    continue
                for attr in parts[i:]:
                    assert hasattr(obj, attr), f"{ids(page)} names {dotted}: {'.'.join(parts[:i])} has no {attr}"
                    obj = getattr(obj, attr)
                break


def test_notebook_list_matches_notebooks():
    series = sorted(p.stem for p in (REPO / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    table = re.findall(r"(?m)^\| `(\d\d_\w+)` \|", (REPO / "docs" / "report.md").read_text(encoding="utf-8"))
    assert table == series, f"docs/report.md lists {table}; notebooks/ holds {series}"
    listed = re.findall(r"`(\d\d_\w+)`", (REPO / "notebooks" / "README.md").read_text(encoding="utf-8"))
    assert sorted(set(listed)) == series, f"notebooks/README.md lists {listed}; notebooks/ holds {series}"


def test_every_notebook_named_exists():
    series = {p.stem for p in (REPO / "notebooks").glob("[0-9][0-9]_*.ipynb")}
    for page in PAGES:
        for name in re.findall(r"\b(\d\d_[a-z_]+[a-z])\b", page.read_text(encoding="utf-8")):
            assert name in series, f"{ids(page)} names notebook {name}, which notebooks/ does not hold"


def test_no_stale_ledger_number():
    """The ledger is the last notebook: no page or notebook calls it by an old number."""
    ledger = sorted((REPO / "notebooks").glob("[0-9][0-9]_*ledger*.ipynb"))[-1].stem
    number = int(ledger[:2])
    for path in [*PAGES, *sorted((REPO / "notebooks").glob("*.ipynb"))]:
        text = path.read_text(encoding="utf-8")
        for n in re.findall(r"(?i)(?:ledger|claims ledger) \(notebook (\d+)\)|notebook (\d+)\W+(?:the )?(?:claims )?ledger",
                            text):
            found = int(next(x for x in n if x))
            assert found == number, f"{ids(path)} calls the ledger notebook {found}; it is {ledger}"


def test_readme_picture_is_the_stored_first_chart():
    assert PICTURE.read_bytes() == first_chart(), (
        "docs/images/first-chart.png is not the first chart stored in notebooks/02_force_estimates.ipynb: run `make baseline`")
    assert "docs/images/first-chart.png" in (REPO / "README.md").read_text(encoding="utf-8")


_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
         "seventeen eighteen nineteen".split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def _number(words: str) -> int:
    """'fifty-one' → 51 (the README writes counts under a hundred in words)."""
    if words in _UNITS:
        return _UNITS.index(words)
    tens, _, unit = words.partition("-")
    return _TENS[tens] + (_UNITS.index(unit) if unit else 0)


def test_readme_accuracy_line_is_the_first_measurements_table():
    """The README's "F1 ... on the N newest test sets, with the source right for ..." is what
    benchmarks/FIRST_MEASUREMENTS.md's table gives for its N newest sets, so the headline figure cannot
    fall behind a new set's first measurement."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    m = re.search(r"was (\d\.\d\d)–(\d\.\d\d) on the ([a-z-]+) newest test sets, with the source right for "
                  r"(\d\.\d\d)–(\d\.\d\d)", " ".join(readme.split()))
    assert m, "README: the accuracy line is not where the test looks"
    table = (REPO / "benchmarks" / "FIRST_MEASUREMENTS.md").read_text(encoding="utf-8")
    rows = {int(n): [c.strip().strip("*") for c in rest.split("|")]
            for n, rest in re.findall(r"^\| \*\*heldout(\d+): its first measurement\*\* \|(.*)$", table, re.M)}
    newest = sorted(rows)[-_number(m.group(3)):]
    f1 = [float(rows[n][6]) for n in newest]
    source = [float(rows[n][9]) for n in newest]
    assert (m.group(1), m.group(2)) == (f"{min(f1):.2f}", f"{max(f1):.2f}")
    assert (m.group(4), m.group(5)) == (f"{min(source):.2f}", f"{max(source):.2f}")
