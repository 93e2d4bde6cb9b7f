"""The `claimtrack` command: help, the corpus table, machine formats, and the report."""

import json
import subprocess
import sys

import pandas as pd
import pytest

from claimtrack import cli
from claimtrack.report import run_report

from conftest import REPO, SEEDS, write_corpus


def run(argv, capsys):
    code = cli.main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_help_lists_subcommands():
    out = subprocess.run([sys.executable, "-m", "claimtrack.cli", "--help"], capture_output=True, text=True).stdout
    assert "corpus" in out and "report" in out


@pytest.mark.parametrize("command", ["corpus", "report"])
def test_subcommand_help(command, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main([command, "--help"])
    assert exc.value.code == 0
    assert "corpus folder" in capsys.readouterr().out

def test_corpus_table(capsys):
    code, out, _ = run(["corpus", str(SEEDS)], capsys)
    assert code == 0
    assert "5 articles" in out and "Financial Times" in out and "0 problems." in out
    assert "caption 3" in out  # cleaning actions per article


def test_corpus_table_shows_problems_and_inferred(tmp_path, capsys):
    folder = write_corpus(tmp_path, {"a.txt": "Earlier, UNN reported that 3,000 troops came on June 5, 2025.",
                                     "b.txt": ""})
    code, out, _ = run(["corpus", str(folder)], capsys)
    assert code == 0
    assert "b.txt: error: file is empty" in out
    assert "a: outlet = 'UNN'" in out
    assert run(["corpus", str(folder), "--strict"], capsys)[0] == 1


def test_corpus_csv_and_json(capsys):
    code, out, _ = run(["corpus", str(SEEDS), "--format", "json"], capsys)
    data = json.loads(out)
    assert len(data["articles"]) == 5 and data["problems"] == []
    code, out, _ = run(["corpus", str(SEEDS), "--format", "csv", "--table", "audit"], capsys)
    assert out.splitlines()[0].startswith("id,rule,kind,reason,raw_start")


def test_corpus_audit_of_one_article(capsys):
    code, out, _ = run(["corpus", str(SEEDS), "--audit", "001_a776b361d1220f34"], capsys)
    assert code == 0 and "001_a776b361d1220f34.txt:" in out and "[promo]" in out


def test_missing_folder(capsys, tmp_path):
    code, _, err = run(["corpus", str(tmp_path / "nope")], capsys)
    assert code == 2 and "does not exist" in err


def test_report_writes_and_says_what(tmp_path, capsys):
    code, out, _ = run(["report", str(SEEDS), "--outputs", str(tmp_path), "--as-of", "2024-12-01"], capsys)
    assert code == 0
    folder = tmp_path / "2024-12-01" / "corpus"
    for name in ("articles.csv", "problems.csv", "audit.csv", "sentences.csv", "summary.md"):
        assert (folder / name).is_file() and str(folder / name) in out
    arts = pd.read_csv(folder / "articles.csv")
    assert len(arts) == 5
    claims = pd.read_csv(tmp_path / "2024-12-01" / "claims.csv")
    assert str(tmp_path / "2024-12-01" / "claims.csv") in out
    assert set(claims["article"]) == set(arts["id"]) and (claims["metric"] == "dprk_troops_in_russia").any()
    sents = pd.read_csv(folder / "sentences.csv")
    raw = (SEEDS / "004_e5d0ce18f75aa787.txt").read_text(encoding="utf-8")
    row = sents[sents["id"] == "004_e5d0ce18f75aa787"].iloc[1]
    assert raw[row.raw_start:row.raw_end] == row.text  # a reviewer can find it in the file


def test_failed_report_keeps_last_good_one(tmp_path, monkeypatch):
    run_report(SEEDS, tmp_path, "2024-12-01")
    good = (tmp_path / "2024-12-01" / "corpus" / "articles.csv").read_bytes()

    def boom(*a, **k):
        raise RuntimeError("disk full")
    monkeypatch.setattr("claimtrack.report.sentences_table", boom)
    with pytest.raises(RuntimeError):
        run_report(SEEDS, tmp_path, "2024-12-01")
    assert (tmp_path / "2024-12-01" / "corpus" / "articles.csv").read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2024-12-01"]  # no temp folders left


def test_bad_as_of(capsys, tmp_path):
    code, _, err = run(["report", str(SEEDS), "--outputs", str(tmp_path), "--as-of", "yesterday"], capsys)
    assert code == 2 and "YYYY-MM-DD" in err
    assert not any(tmp_path.iterdir())


def test_every_subcommand_in_readme():
    readme = (REPO / "README.md").read_text()
    for name in cli.build_parser()._subparsers._group_actions[0].choices:
        assert f"claimtrack {name}" in readme, f"`claimtrack {name}` is not documented in README.md"


def test_failed_swap_puts_last_good_report_back(tmp_path, monkeypatch):
    import pathlib
    run_report(SEEDS, tmp_path, "2024-12-01")
    good = (tmp_path / "2024-12-01" / "corpus" / "articles.csv").read_bytes()
    real_rename = pathlib.Path.rename

    def rename(self, target):
        if self.name.startswith(".2024-12-01.") and ".old-" not in self.name and pathlib.Path(target).name == "2024-12-01":
            raise OSError("swap failed")
        return real_rename(self, target)
    monkeypatch.setattr(pathlib.Path, "rename", rename)
    with pytest.raises(OSError):
        run_report(SEEDS, tmp_path, "2024-12-01")
    assert (tmp_path / "2024-12-01" / "corpus" / "articles.csv").read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2024-12-01"]
