"""The `claimtrack` command: help, the corpus table, machine formats, and the report."""

import json
import subprocess
import sys

import pytest
from claimtrack import cli
from conftest import SEEDS, write_corpus


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


def test_bad_as_of(capsys, tmp_path):
    code, _, err = run(["report", str(SEEDS), "--outputs", str(tmp_path), "--as-of", "yesterday"], capsys)
    assert code == 2 and "YYYY-MM-DD" in err
    assert not any(tmp_path.iterdir())
