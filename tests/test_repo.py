"""House rules: the layout, and the promises of the README and docs."""

from conftest import REPO

TOP_LEVEL = {"notebooks", "lib", "seeds", "outputs", "tests", "environment.yml", "README.md", "pyproject.toml",
             "Makefile", "benchmarks", "docs", ".ci", ".gitignore", ".gitattributes", "scratch"}


def test_top_level_layout():
    present = {p.name for p in REPO.iterdir() if p.name not in {".git", ".venv", ".pytest_cache", ".hypothesis", ".ruff_cache"}}
    present = {p for p in present if not p.endswith(".egg-info") and p != "__pycache__"}
    assert present == TOP_LEVEL


def test_readme_opens_with_the_two_commands():
    head = (REPO / "README.md").read_text().split("\n## ", 1)[0]
    assert "make report" in head and "make test" in head


def test_ci_runs_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text()
    assert [line for line in ci.splitlines() if line and not line.startswith(("#", "set ", "cd "))] == ["make test"]


def test_outputs_has_readme_only_committed():
    assert (REPO / "outputs" / "README.md").is_file()
    assert "outputs/*" in (REPO / ".gitignore").read_text()


def test_docs_state_the_size_limit_of_the_code():
    from claimtrack.reading.decode import MAX_FILE_BYTES
    for page in ("corpus.md", "reliability.md"):
        assert f"{MAX_FILE_BYTES:,} bytes" in (REPO / "docs" / page).read_text(), page


def test_docs_list_every_problem_code():
    import re
    readme = (REPO / "docs" / "corpus.md").read_text()
    codes = set()
    for path in (REPO / "lib" / "claimtrack").rglob("*.py"):
        codes |= set(re.findall(r'"([a-z]+(?:-[a-z0-9]+)+|bom|[a-z]+-[a-z]+)", "(?:error|warning|info)"', path.read_text()))
        codes |= set(re.findall(r'Problem\([^,]+, [^,]+, "([a-z0-9-]+)"', path.read_text()))
        codes |= set(re.findall(r'problem\([^,]+, "([a-z0-9-]+)"', path.read_text()))
    assert codes, "found no problem codes"
    missing = {c for c in codes if f"`{c}`" not in readme and not (c.startswith("manifest-") and "`manifest-*`" in readme)}
    assert not missing, f"problem codes not in docs/corpus.md: {missing}"
