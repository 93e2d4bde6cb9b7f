"""The report: the notebook series run by papermill on a small corpus, rendered to HTML and PDF,
written atomically; as_of cuts the corpus; a failing notebook leaves the last report as it was."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import sys
from importlib import resources

import nbformat
import pandas as pd
import pytest
import yaml
from claimtrack import cli
from claimtrack.provenance.series import estimates
from claimtrack.report.execution import NotebookFailed, series
from claimtrack.report.runner import run_report
from claimtrack.report.snapshot import load, period_bounds
from claimtrack.report.summary import summary_table
from conftest import REPO, SEEDS

FIXTURE = REPO / "tests" / "data" / "report_corpus"
AS_OF = "2024-11-01"          # after early.txt and middle.txt, before late.txt (2024-11-18)
CHARTS = 5                    # force estimates, the forces around them, territory, bonuses, reporting graph


def pdf_text(path) -> str:
    """The PDF's text in reading order, whitespace collapsed (table cells wrap across lines)."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """One full run through the command line, as a scheduled job would do it."""
    out = tmp_path_factory.mktemp("outputs")
    code = cli.main(["report", "--corpus", str(FIXTURE), "--as-of", AS_OF, "--out", str(out)])
    assert code == 0
    return out / AS_OF


def test_runner_writes_every_file(report):
    for name in ("report.html", "report.pdf", "claims.csv", "corpus/articles.csv", "corpus/audit.csv"):
        assert (report / name).is_file() and (report / name).stat().st_size > 0, name
    assert sorted(p.name for p in (report / "notebooks").iterdir()) == [p.name for p in series()]
    assert sorted(p.name for p in report.parent.glob(".*")) == [".claimtrack-durations.json", ".claimtrack.lock"], \
        "temporary folders left behind"
    assert not (report / ".run.lock").exists()


def test_as_of_leaves_later_articles_out(report):
    claims = pd.read_csv(report / "claims.csv")
    assert set(claims["article"]) == {"early", "middle"}
    html = (report / "report.html").read_text(encoding="utf-8")
    assert "11,000" not in html                      # late.txt's figure
    left_out = pd.read_html(io.StringIO(html), match="Pentagon raises|late")
    assert any("late" in t.astype(str).to_numpy().ravel().tolist() for t in left_out)


def test_html_has_every_chart_and_the_key_figures_and_no_code(report):
    html = (report / "report.html").read_text(encoding="utf-8")
    assert len(re.findall(r"<img[^>]+src=\"data:image/png;base64,", html)) == CHARTS
    for figure in ("more than 10,000", "about 1,000 km²", "600–700 km²", "RUB 3,000,000", "54.5", "$31,000",
                   "South Korea National Intelligence Service"):
        assert figure in html, figure
    assert "<script" not in html.lower()             # nothing to run, nothing fetched from a CDN
    assert not re.search(r"(src|href)=[\"']https?://", html)
    for code in (r"snapshot\.load\(", r"\bviews\.", "corpus_dir", "Traceback"):   # "reviews.csv" is a file name, not code
        assert not re.search(code, html), code


def test_html_cells_take_their_alignment_from_the_report_css_not_each_cell(report):
    """The inline alignment cells carry for JupyterLab is left out of the page (it was a quarter of a
    10,000-article report); report.css gives every claimtrack table the same alignment."""
    from claimtrack.report.display import CELL_STYLE

    html = (report / "report.html").read_text(encoding="utf-8")
    assert html.count("<td") > 100 and f'style="{CELL_STYLE}"' not in html
    css = re.search(r"table\.claimtrack-table td \{([^}]*)\}", html.replace(",\n", ", ").replace(
        "table.claimtrack-table th, .jp-RenderedHTMLCommon table.claimtrack-table td", "table.claimtrack-table td"))
    assert css and "text-align: left" in css.group(1) and "vertical-align: top" in css.group(1)


def test_pdf_has_the_figures_as_text(report):
    text = pdf_text(report / "report.pdf")
    for figure in ("more than 10,000", "600–700 km²", "RUB 3,000,000", "Claims ledger", "Kursk territory"):
        assert figure in text, figure
    assert "Traceback" not in text


def test_injected_parameters_are_recorded(report):
    nb = nbformat.read(report / "notebooks" / "02_force_estimates.ipynb", as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1
    assert f'as_of = "{AS_OF}"' in injected[0].source and str(FIXTURE) in injected[0].source


def test_failing_notebook_keeps_last_good_report(report, tmp_path, capsys):
    out = tmp_path / "outputs"
    shutil.copytree(report, out / AS_OF)
    before = {p.relative_to(out): p.read_bytes() for p in (out / AS_OF).rglob("*") if p.is_file()}
    # A valid catalogue without the troop metric: the force notebook fails in its chart cell.
    catalogue = yaml.safe_load(resources.files("claimtrack.extraction").joinpath("metrics.yml").read_text(encoding="utf-8"))
    catalogue["metrics"] = [m for m in catalogue["metrics"] if m["id"] != "dprk_troops_in_russia"]
    (tmp_path / "no_troops.yml").write_text(yaml.safe_dump(catalogue), encoding="utf-8")
    code = cli.main(["report", "--corpus", str(FIXTURE), "--as-of", AS_OF, "--out", str(out), "--format", "html",
                     "--metrics", str(tmp_path / "no_troops.yml")])
    err = capsys.readouterr().err
    assert code == 1
    assert re.search(r"02_force_estimates\.ipynb failed at cell \d+: KeyError: .*dprk_troops_in_russia", err), err
    partial = re.search(r"the partly executed notebook: (\S+)", err).group(1)
    assert partial.endswith(".ipynb") and (out / f"{AS_OF}.failed").is_dir()
    nbformat.read(partial, as_version=4)                 # there to inspect
    after = {p.relative_to(out): p.read_bytes() for p in (out / AS_OF).rglob("*") if p.is_file()}
    assert after == before


def test_run_report_raises_notebook_failed(tmp_path):
    with pytest.raises(NotebookFailed) as exc:
        run_report(FIXTURE, tmp_path, AS_OF, formats=("html",), parameters={"period": "not used"},
                   notebooks_dir=failing_series(tmp_path))
    assert exc.value.cell is not None and "boom" in exc.value.error
    assert not (tmp_path / AS_OF).exists()


def failing_series(tmp_path):
    """A one-notebook series whose second cell raises."""
    folder = tmp_path / "series"
    folder.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell('period: str = ""', metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell('raise RuntimeError("boom")')]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, folder / "00_fails.ipynb")
    return folder


@pytest.mark.parametrize("args, message", [
    (["--format", "docx"], "unknown format docx"),
    (["-p", "corpus_dri", "x"], "unknown parameter corpus_dri"),
    (["--corpus", "/nonexistent/folder"], "does not exist"),
    (["-p", "as_of", "2024-01-01"], "-p as_of is set by the runner: use --as-of"),
    (["-p", "corpus_dir", 'seeds"; import os; os.system("touch PWNED") #'], "use --corpus"),
    (["--manifest", "/nonexistent/manifest.csv"], "manifest /nonexistent/manifest.csv does not exist"),
    (["--metrics", "/nonexistent/metrics.yml"], "catalogue file not found"),
    (["--as-of", "2024-13-01"], "bad as-of date"),
])
def test_bad_requests_fail_before_anything_runs(tmp_path, capsys, args, message):
    code = cli.main(["report", "--corpus", str(FIXTURE), "--out", str(tmp_path), *args])
    assert code == 2 and message in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


def test_snapshot_as_of_counts_a_month_as_its_last_day():
    assert period_bounds("2024-10") == (dt.date(2024, 10, 1), dt.date(2024, 10, 31))
    assert period_bounds("2024") == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert period_bounds("") is None and period_bounds("soon") is None
    snap = load(SEEDS, as_of="2024-10-25")       # FT 2024-10-24 in; three "2024-10" and one 2024-11-05 out
    assert [a.metadata["outlet"] for a in snap.corpus.articles] == ["Financial Times"]
    assert len(snap.left_out) == 4 and set(snap.claims["article"]) == {"001_a776b361d1220f34"}
    assert len(load(SEEDS, as_of="2024-10-31").corpus.articles) == 4
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        load(SEEDS, as_of="25/10/2024")


def test_restatements_are_counted_once_per_original_source():
    est = estimates(load(SEEDS).claims, "dprk_troops_in_russia")
    nis = est[est["source"] == "South Korea National Intelligence Service"]
    assert len(nis) == 1 and nis.iloc[0]["n_outlets"] == 2
    assert nis.iloc[0]["outlets"] == "Financial Times; Kursor" and nis.iloc[0]["holds"] == "2024-10-24"
    bbc = est[(est["source"] == "unattributed (BBC News)") & (est["bound"] == "upper")].iloc[0]
    assert bbc["negated"] and bbc["high"] == 3000


def test_summary_states_latest_change_and_disagreement():
    # one row per metric and per thing it counts (like with like), named in plain English
    table = summary_table(load(SEEDS)).set_index("metric")
    territory = table.loc["Territory Ukraine held in Kursk"]
    assert territory["latest"] == "600–700 km²" and territory["change"].startswith("down from about 1,000 km²")
    troops = table.loc["North Korean troops in Russia"]
    assert "not close to 3,000 (BBC News, unattributed, 2024-10) vs 12,000" in troops["disagreements"]
    assert "Ukrainian military intelligence" not in troops["disagreements"], "a unit of 3,000 is not the whole force"
    bonus = table.loc["One-time signing bonus, Belgorod Oblast"]
    assert bonus["latest"] == "RUB 3,000,000" and "2 outlets" in bonus["reported by"]


def test_a_regional_summary_names_the_highest_ever_given_when_a_region_has_since_cut_its_payment():
    # The bonus chart's title gives the highest bonus ever given; the summary gives the highest of the
    # regions' latest figures. When they differ (a region cut its payment) the summary names both, so
    # the two headline figures a reader sees agree.
    from claimtrack.report.summary import _regional_finding, groups
    m, region, key, part = next(g for g in groups(load(SEEDS), None) if g[0].id == "signing_bonus_rub")
    cut = part.copy()
    cut["region"] = "Samara Oblast"
    cut[["low", "high", "value"]] = [[4_000_000.0] * 3, [2_100_000.0] * 3]   # 4 million in 2024-08, cut to 2.1 million in 2024-10
    text = "".join(str(v) for k, v in _regional_finding(m, [(m, region, key, part), (m, "Samara Oblast", key, cut)])
                   if k != "refs")
    assert "the highest of them RUB 3,000,000 (Belgorod Oblast" in text
    assert "the highest given RUB 4,000,000 (Samara Oblast, 2024-08" in text
    kept = "".join(str(v) for k, v in _regional_finding(m, [(m, region, key, part)]) if k != "refs")
    assert "highest given" not in kept, "with no cut, the latest is the highest: named once"


def test_corpus_view_lists_each_problem(tmp_path):
    from claimtrack.report import views
    from conftest import write_corpus

    folder = write_corpus(tmp_path / "c", {"good.txt": "More than 10,000 North Korean troops are in Russia.\n",
                                           "empty.txt": "", "blob.txt": b"\x00\x01\x02binary"})
    table = views.Corpus(load(str(folder), "", "", "")).problem_table()
    errors = table.frame[table.frame["severity"] == "error"]
    assert sorted(errors["file"]) == ["blob.txt", "empty.txt"]
    assert list(table.frame.columns) == ["file", "line", "code", "severity", "message", "action"]


def test_a_bad_corrections_file_fails_the_report_before_anything_runs(tmp_path, capsys):
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURE, corpus)
    (corpus / "corrections.yml").write_text("corrections:\n  - article: a.txt\n    says: 3,000\n", encoding="utf-8")
    out = tmp_path / "out"
    code = cli.main(["report", "--corpus", str(corpus), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "corrections.yml:2: correction 1 has no should_say" in err
    assert not out.exists() or not any(out.iterdir())


def test_a_snapshot_is_unpickled_with_the_collector_paused_and_then_resumed():
    import gc
    import pickle

    from claimtrack.report.snapshot import unpickle

    data = pickle.dumps({"claims": [{"ref": n} for n in range(1000)]})
    assert gc.isenabled()
    assert unpickle(data) == pickle.loads(data) and gc.isenabled()
    gc.disable()
    try:
        unpickle(data)
        assert not gc.isenabled(), "a collector the caller paused stays paused"
    finally:
        gc.enable()
    with pytest.raises(pickle.UnpicklingError):
        unpickle(b"not a pickle")
    assert gc.isenabled(), "a failed load resumes the collector too"


def _series_of(tmp_path, cells: dict[str, str]):
    """A series of one-cell notebooks (name → code), each with the runner's `parameters` cell."""
    folder = tmp_path / "series"
    folder.mkdir()
    for name, code in cells.items():
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_code_cell('period: str = ""', metadata={"tags": ["parameters"]}),
                    nbformat.v4.new_code_cell(code)]
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(nb, folder / f"{name}.ipynb")
    return folder


def test_the_notebooks_a_worker_runs_share_its_kernel_each_with_a_fresh_namespace(tmp_path):
    # Issue 18: one kernel per worker, not per notebook; each later notebook starts as in a fresh
    # kernel (no name of the one before, execution count 1), also after one that failed.
    from claimtrack.report.execution import run_series

    probe = "import os\nprint(os.getpid(), sorted(k for k in globals() if k.startswith('left_')))\n"
    folder = _series_of(tmp_path, {
        "00_a": probe + "left_by_a = 1",
        "01_b": probe + "left_by_b = 2",
        "02_fails": 'left_by_fails = 3\nraise RuntimeError("boom")',
        "03_d": probe})
    with pytest.raises(NotebookFailed) as exc:
        run_series(series(folder), tmp_path / "out", {"period": "x"}, jobs=1, log=lambda m: None)
    assert exc.value.notebook == "02_fails.ipynb" and "boom" in exc.value.error
    seen = {}
    for name in ("00_a", "01_b", "03_d"):
        nb = nbformat.read(tmp_path / "out" / f"{name}.ipynb", as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]        # parameters, injected parameters, the cell
        assert [c.execution_count for c in code] == list(range(1, len(code) + 1)), name
        pid, names = code[-1].outputs[0]["text"].split(" ", 1)
        assert names.strip() == "[]", f"{name} saw names the notebook before it left: {names}"
        seen[name] = pid
    assert len(set(seen.values())) == 1, f"each notebook had a kernel of its own: {seen}"


def _kernels_that_die_at_start(monkeypatch, dying: int):
    """Make the runner's first `dying` kernels exit before they answer, as a kernel does whose port
    another took first; return the list of launches."""
    from claimtrack.report import execution

    base = execution.kernel_manager_class()
    launches = []

    class Dying(base):
        async def _async_launch_kernel(self, kernel_cmd, **kw):
            launches.append(kernel_cmd)
            if len(launches) <= dying:
                kernel_cmd = [sys.executable, "-c", "raise SystemExit(1)"]
            return await super()._async_launch_kernel(kernel_cmd, **kw)

    monkeypatch.setattr(execution, "kernel_manager_class", lambda: Dying)
    return launches


@pytest.mark.parametrize("dying", [1, 99])
def test_a_kernel_that_dies_before_it_answers_is_replaced_a_few_times(tmp_path, monkeypatch, dying):
    # CI, 2026-12-06: "Kernel died before replying to kernel_info" failed a report (a port race
    # between kernels starting at once). No cell had run, so a new kernel may run the notebook.
    from claimtrack.report import execution

    launches = _kernels_that_die_at_start(monkeypatch, dying)
    folder = _series_of(tmp_path, {"00_a": "print('ran', period)"})
    target = tmp_path / "00_a.ipynb"
    try:
        r = execution._run_one(str(folder / "00_a.ipynb"), str(target), {"period": "p"}, str(folder))
    finally:
        execution._shutdown_worker_kernel()
    if dying == 1:
        assert r["ok"] and r["attempts"] == 2 and len(launches) == 2, r
        out = nbformat.read(target, as_version=4).cells[-1].outputs
        assert out[0]["text"] == "ran p\n"
    else:
        assert not r["ok"] and r["attempts"] == execution.KERNEL_START_ATTEMPTS == len(launches), r
        assert "Kernel died before replying" in r["error"] and r["cell"] is None


def test_a_notebook_whose_kernel_dies_after_a_cell_ran_is_not_run_again(tmp_path):
    # A second run would repeat what the first did (here: write a line), so the failure stands.
    from claimtrack.report import execution

    mark = tmp_path / "ran.txt"
    folder = _series_of(tmp_path, {"00_a": f"open({str(mark)!r}, 'a').write('x')\nimport os\nos._exit(1)"})
    try:
        r = execution._run_one(str(folder / "00_a.ipynb"), str(tmp_path / "00_a.ipynb"), {"period": "p"}, str(folder))
    finally:
        execution._shutdown_worker_kernel()
    assert not r["ok"] and r["attempts"] == 1, r
    assert mark.read_text() == "x"


def test_a_snapshot_carries_its_summary_disagreements_and_consensus_worked_out_once(monkeypatch):
    # Issue 18: the summary notebook and the ledger both show the summary; the sources notebook
    # and the ledger both list disagreements. They are worked out with the snapshot (so a snapshot
    # kept beside the store carries them), and every caller gets a copy of its own.
    import pickle

    from claimtrack.provenance import consensus, disagreements
    from claimtrack.report import summary
    from claimtrack.report.snapshot import prepare

    snap = load(SEEDS)
    prepare(snap)
    table, said, groups, agreed = (summary.summary_table(snap), summary.findings(snap),
                                   disagreements.figure_groups(snap), consensus.consensus_table(snap))
    again = pickle.loads(pickle.dumps(snap))          # as kept beside the store
    for module, name in ((summary, "_summary_table"), (summary, "_findings"), (disagreements, "_figure_groups"),
                         (consensus, "_consensus_table")):
        monkeypatch.setattr(module, name, lambda *a, name=name: pytest.fail(f"{name} worked out again"))
    assert summary.summary_table(again).equals(table) and summary.findings(again) == said
    assert consensus.consensus_table(again).equals(agreed)
    assert [(m.id, r, len(p)) for m, r, p in disagreements.figure_groups(again)] == [(m.id, r, len(p)) for m, r, p in groups]
    assert len(table) and len(said) and len(agreed)
    table.loc[:, "latest"] = "changed by a caller"
    said[0].append(("text", "changed by a caller"))
    agreed.loc[:, agreed.columns[0]] = "changed by a caller"
    assert "changed by a caller" not in summary.summary_table(snap)["latest"].tolist()
    assert ("text", "changed by a caller") not in summary.findings(snap)[0]
    assert "changed by a caller" not in consensus.consensus_table(snap)[agreed.columns[0]].tolist()


def test_the_report_command_does_not_build_the_iri_parser_it_never_uses():
    # Issue 18: jsonschema (under nbformat) imports rfc3987_syntax, which builds a grammar parser on
    # import (1 s of CPU in the command and in each worker); the runner's processes go without it,
    # and notebooks still read and validate.
    code = ("import sys, claimtrack.cli\nfrom claimtrack.report.execution import series\n"
            "import nbformat\nfor nb in series(): nbformat.validate(nbformat.read(nb, as_version=4))\n"
            "print(sys.modules.get('rfc3987_syntax', 'absent'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == "None", out.stdout + out.stderr


def test_the_longest_notebook_of_the_last_run_starts_first(report):
    # Issue 18: each worker takes the next notebook when free; started last, the longest left the
    # other core idle. The runner keeps each notebook's seconds and starts the longest first.
    import json

    from claimtrack.report.execution import longest_first

    kept = json.loads((report.parent / ".claimtrack-durations.json").read_text())
    assert sorted(kept[str(FIXTURE.resolve())]) == [p.name for p in series()]
    a, b, c = (REPO / "notebooks" / n for n in ("00_a.ipynb", "01_b.ipynb", "02_c.ipynb"))
    assert longest_first([a, b, c], {"00_a.ipynb": 1.0, "01_b.ipynb": 9.0, "02_c.ipynb": 3.0}) == [b, c, a]
    assert longest_first([a, b, c], {"01_b.ipynb": 9.0}) == [a, c, b], "never timed: first, in reading order"
    assert longest_first([a, b, c], {}) == [a, b, c]


def test_stale_chromium_profiles_are_removed(tmp_path):
    """A print killed outright leaves its Chromium profile behind; the next print removes those
    older than a day and leaves a recent one (a print that may still be running) alone."""
    import os
    import time

    from claimtrack.report.render import PROFILE_PREFIX, STALE_PROFILE_S, remove_stale_profiles
    old, new, other = tmp_path / f"{PROFILE_PREFIX}old", tmp_path / f"{PROFILE_PREFIX}new", tmp_path / "keep-me"
    for d in (old, new, other):
        (d / "Default").mkdir(parents=True)
    past = time.time() - STALE_PROFILE_S - 60
    os.utime(old, (past, past))
    os.utime(other, (past, past))
    assert remove_stale_profiles(tmp_path) == [old]
    assert not old.exists() and new.exists() and other.exists()
