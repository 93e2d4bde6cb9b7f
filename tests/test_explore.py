"""Objects an analyst explores in Lab: short reprs and HTML cards for the snapshot and the views,
period bounds as dates beside `as_of`, errors that say where a relative path is read from, and a
manifest that matches no file said in every notebook (a warning from `snapshot.load`)."""

from __future__ import annotations

import re
import shutil

import pandas as pd
import pytest
from claimtrack.report import snapshot, views
from claimtrack.report.project import ROOT
from conftest import SEEDS

VIEWS = [views.Summary, views.Corpus, views.Force, views.Territory, views.Bonuses, views.Sources, views.Ledger]


@pytest.fixture(scope="module")
def snap():
    return snapshot.load("seeds")


def test_the_snapshot_repr_is_short_and_says_what_it_holds(snap):
    text = repr(snap)
    assert len(text) < 200, text
    assert f"{len(snap.corpus.articles)} articles" in text and f"{len(snap.claims)} claims" in text
    html = snap._repr_html_()
    assert len(html) < 3000 and "snap.claims" in html and "estimates(snap.claims, metric)" in html
    assert str(ROOT) not in text + html, "seeds are shown relative to the project"


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: v.__name__)
def test_views_show_what_they_can_show(snap, view):
    v = view(snap)
    text = repr(v)
    assert text.startswith(f"<views.{view.__name__} of <Snapshot") and " at 0x" not in text
    shown = [m for m in dir(view) if not m.startswith("_") and m not in ("shows", "write") and callable(getattr(view, m))]
    assert all(f"{m}()" in text for m in shown), (shown, text)
    assert "<li><code>" in v._repr_html_()


def test_period_bounds_sit_beside_as_of_and_parse(snap):
    c = snap.claims
    cols = list(c.columns)
    assert cols[cols.index("as_of") + 1: cols.index("as_of") + 3] == ["period_start", "period_end"]
    assert str(c["period_start"].dtype).startswith("datetime64")
    month = c[c["as_of"].str.len() == 7].iloc[0]
    assert month["period_start"] == pd.Timestamp(month["as_of"] + "-01")
    assert month["period_end"].month == month["period_start"].month and month["period_end"].day >= 28
    assert c.loc[c["as_of"] == "", "period_start"].isna().all()


def test_a_missing_relative_path_says_it_is_read_from_the_project_root():
    with pytest.raises(FileNotFoundError, match="read from the project root") as err:
        snapshot.load("my-corpus")
    assert str(ROOT / "my-corpus") in str(err.value)
    with pytest.raises(FileNotFoundError, match="manifest 'lists/m.csv'.*project root"):
        snapshot.load("seeds", manifest="lists/m.csv")
    with pytest.raises(FileNotFoundError, match="metrics"):
        snapshot.load("seeds", metrics="nope.yml")


def test_an_absolute_missing_path_does_not_talk_about_the_root(tmp_path):
    with pytest.raises(FileNotFoundError) as err:
        snapshot.load(tmp_path / "gone")
    assert "project root" not in str(err.value)


def test_a_manifest_that_matches_no_file_warns_in_every_notebook(tmp_path):
    folder = tmp_path / "c"
    shutil.copytree(SEEDS, folder)
    manifest = (folder / "manifest.csv").read_text(encoding="utf-8")
    (folder / "manifest.csv").write_text(manifest.replace(".txt", ".text"), encoding="utf-8")
    with pytest.warns(snapshot.ManifestWarning, match="name none of the 5 article files"):
        snap = snapshot.load(folder)
    assert "name none of" in snap._repr_html_()


def test_a_manifest_that_matches_its_files_gives_no_warning(recwarn):
    snapshot.load("seeds")
    assert not [w for w in recwarn if issubclass(w.category, snapshot.ManifestWarning)]


def test_tables_are_left_aligned_in_lab_as_in_the_report(snap):
    """Lab's CSS right-aligns cells; every cell carries the report's alignment inline."""
    html = views.Ledger(snap).table()._repr_html_()
    cells = len(re.findall(r"<t[dh][ >]", html))
    assert cells > 100 and html.count('style="text-align: left; vertical-align: top;"') == cells
    assert "text-align: right" not in html
