"""The report on real copy, as a living check (issue 16): seven dev-corpus articles laid out as a
user would (tests/data/devcorpus_sample), and a corpus with one absurd figure among sane ones
(tests/data/absurd_corpus). No chart axis is set by a single mark; the latest figure and the change
compare like with like; every #n is a link whose target is in the HTML, and in the PDF too."""

from __future__ import annotations

from types import SimpleNamespace

import lxml.html
import pandas as pd
import pytest
from claimtrack import cli
from claimtrack.provenance.comparison import comparison_key, headline_group
from claimtrack.report import charts, views
from claimtrack.report.display import MAX_REFS_SHOWN, Table
from claimtrack.report.snapshot import load
from claimtrack.report.summary import groups, latest_and_previous
from conftest import REPO

SAMPLE = REPO / "tests" / "data" / "devcorpus_sample"
ABSURD = REPO / "tests" / "data" / "absurd_corpus"
AS_OF = "2025-12-31"
ARTIFACTS = REPO / "outputs" / "test-artifacts"

SEEDS_DIR = REPO / "seeds"


@pytest.fixture(scope="module")
def snap():
    return load(SAMPLE, None, None, AS_OF)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("outputs")
    assert cli.main(["report", "--corpus", str(SAMPLE), "--as-of", AS_OF, "--out", str(out)]) == 0
    return out / AS_OF


def drawn_axes(snapshot):
    """(chart name, estimates drawn, axes) of every value chart of the report."""
    force, territory, bonuses = views.Force(snapshot), views.Territory(snapshot), views.Bonuses(snapshot)
    troops, area, bonus = (snapshot.metric(x) for x in (views.TROOPS, views.TERRITORY, views.BONUS))
    out = [("force", views.charted(force.troops, troops)[1], force.chart()),
           ("territory", views.charted(territory.est, area)[1], territory.chart()),
           ("bonuses", headline_group(bonuses.frame, bonus.unit, views.primary_counted(bonus))[1], bonuses.chart())]
    panels = force.others_chart()
    for (m, est), ax in zip(force.others, panels.figure.axes):
        out.append((m.id, views.charted(est, m)[1], (panels, ax)))
    return out


def check_axis(name, est, chart):
    chart, ax = chart if isinstance(chart, tuple) else (chart, chart.figure.axes[0])
    d = est[(est["bound"] != "vague") & est["holds_start"].notna()]
    ys = sorted(y for y in (charts.mark_y(r) for r in d.itertuples()) if y and y > 0)
    if len(ys) < charts.MIN_MARKS_FOR_SCALE:
        return
    median = ys[(len(ys) - 1) // 2]
    beyond = [y for y in ys if y > charts.OFF_SCALE_FACTOR * median]
    top = ax.get_ylim()[1] * (1e6 if name == "bonuses" or ax.get_ylabel().endswith("(millions)") else 1)
    if len(beyond) == 1:
        assert top <= charts.HEADROOM * charts.OFF_SCALE_FACTOR * median * 1.0001, \
            f"{name}: axis to {top:,.0f} for marks with median {median:,.0f}: set by one mark"
        assert any(f"{beyond[0]:,.0f}" in o for o in chart.off_scale), f"{name}: {beyond[0]:,.0f} off scale, not listed"
    else:   # none beyond, or a series that itself spans orders of magnitude: the axis holds every mark
        assert top >= ys[-1] and not chart.off_scale


def test_no_chart_axis_is_set_by_a_single_mark(snap):
    for name, est, chart in drawn_axes(snap):
        check_axis(name, est, chart)


def test_the_shells_misread_never_sets_the_axis(snap):
    """The sample's "500,000 122-mm shells" is no troop figure (issue 15 reads the noun it counts):
    neither a mark nor an off-scale marker, and the axis is set by the troop estimates."""
    chart = views.Force(snap).chart()
    assert not any("500,000" in m for m in chart.marks), chart.marks
    assert not any("500,000" in o for o in chart.off_scale)
    assert chart.figure.axes[0].get_ylim()[1] < 50_000


def test_one_absurd_figure_among_sane_ones():
    s = load(ABSURD, None, None, "")
    chart = views.Force(s).chart()
    absurd = s.claims.loc[s.claims["value"] == s.claims["value"].max()].iloc[0]
    sane = s.claims[(s.claims["ref"] != absurd["ref"]) & (s.claims["qualifier"] != "vague")]
    top = chart.figure.axes[0].get_ylim()[1]
    assert sane[["low", "high"]].max().max() <= top < absurd["value"] / 10
    assert len(chart.off_scale) == 1 and f"#{absurd['ref']}" in chart.off_scale[0] and "600,000" in chart.off_scale[0]
    assert any(m.startswith("off scale:") for m in chart.marks), "the chart's text (what nbval compares) lists it"
    assert "600,000" not in chart.title.split(";")[0], "the title's latest and change leave the off-scale figure out"
    assert "off scale" in chart.title
    said = repr(views.Summary(s).findings())
    assert "latest 12,000" in said and f"600,000 #{absurd['ref']}" in said
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "absurd-force.png").write_bytes(chart.png())       # to look at


def test_latest_and_change_compare_like_with_like(snap):
    typed = "counted" in snap.claims.columns
    for m, _region, key, part in groups(snap):
        last, prev = latest_and_previous(part)
        if last is None or prev is None:
            continue
        assert comparison_key(last, m.unit) == comparison_key(prev, m.unit) == key
        if typed:
            assert last["counted"] == prev["counted"], f"{m.id}: latest {last['counted']} vs {prev['counted']}"


def test_every_internal_link_has_its_target(report):
    tree = lxml.html.document_fromstring((report / "report.html").read_text(encoding="utf-8"))
    ids = {el.get("id") for el in tree.xpath("//*[@id]")}
    internal = [a.get("href")[1:] for a in tree.xpath("//a[starts-with(@href, '#')]")]
    refs = [h for h in internal if h.startswith("claim-")]
    assert len(refs) > 20, "the #n of the summary, charts' tables and disagreements are links"
    assert sorted(set(internal) - ids) == [], "links with no target"
    ledger_rows = tree.xpath("//tr[starts-with(@id, 'claim-')]")
    assert {r.get("id") for r in ledger_rows} == set(refs), "the ledger holds exactly the claims linked to"
    for row in ledger_rows:
        back = [a.get("href") for a in row.xpath(".//a[starts-with(@href, '#')]")]
        assert back, f"ledger row {row.get('id')} does not link back to where it is used"
        out = row.xpath(".//a[starts-with(@href, 'http')]")
        assert len(out) == 1 and out[0].get("rel") == "noopener noreferrer"
        assert out[0].get("href").startswith("https://") and "article" in out[0].text_content()
    first = tree.xpath("//ul[@class='claimtrack-findings']")
    assert first and first[0].xpath(".//a[starts-with(@href, '#claim-')]"), "the findings open the report, linked"


def test_pdf_keeps_internal_links(report):
    pdf = (report / "report.pdf").read_bytes()
    assert pdf.count(b"/Link") > 20 and (b"/Dest" in pdf or b"/GoTo" in pdf)


def test_a_cell_links_at_most_a_few_refs_and_says_how_many_more():
    t = Table(pd.DataFrame({"refs": [", ".join(f"#{n}" for n in range(1, 301))], "quote": ["#7 is text"]}),
              ref_columns=("refs",))
    html = t._repr_html_()
    assert html.count('href="#claim-') == MAX_REFS_SHOWN == len(t.refs())
    assert f"and {300 - MAX_REFS_SHOWN} more (claims.csv)" in html
    assert 'href="#claim-7"' not in html, "a #n in article text is not a link"


def test_long_listings_are_capped_with_the_rest_in_their_csv(snap, monkeypatch):
    monkeypatch.setattr(views, "MAX_ROWS_SHOWN", 3)
    corpus = views.Corpus(snap).table()
    assert len(corpus.frame) == 3 and f"The first 3 of {len(snap.corpus.articles)}" in corpus.caption
    assert "corpus/articles.csv" in corpus.caption
    # like with like leaves the sample no disagreement; the seeds have three (a figure, a date, a name)
    monkeypatch.setattr(views, "MAX_DISAGREEMENTS_SHOWN", 1)
    sources = views.Sources(load(SEEDS_DIR, None, None, ""))
    assert len(sources.disagreement_frame) > 1, "the seeds have disagreements enough to cap"
    shown = sources.disagreements()
    assert len(shown.frame) == 3 and "sources/disagreements.csv" in shown.caption     # one disagreement, 3 rows
    monkeypatch.setattr(views, "MAX_MARKS_SHOWN", 1)      # the chart tables keep their latest rows
    force = views.Force(snap)
    for table, whole in ((force.table(), force.troops[force.troops["bound"] != "vague"]),
                         (force.parts(), views.sub_counts(force.troops_all))):
        assert len(whole) > 1 and len(table.frame) == 1 and f"The latest 1 of {len(whole)}" in table.caption
    assert "part of" in force.parts().frame.columns
    monkeypatch.setattr(views, "MAX_ROWS_SHOWN", 3)
    ledger = views.Ledger(snap)
    linked = set().union(*(t.refs() for _, _, t in views.used_tables(snap)))
    assert set(ledger.uses()) == linked
    assert {int(r[1:]) for r in ledger.table().frame["ref"]} == linked, "the ledger follows the caps"


def test_only_http_and_https_urls_become_links():
    from claimtrack.report.display import _link, safe_url
    for bad in ("javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<script>", "vbscript:x", "/relative",
                "https://", "https://x.org/\"onmouseover=alert(1)", "ftp://x.org/a", "", None, float("nan")):
        assert safe_url(bad) is None, bad
        if isinstance(bad, str):
            assert "<a" not in _link(bad, "article"), bad
    assert safe_url(" https://example.org/a?b=1&c=2 ") == "https://example.org/a?b=1&c=2"
    assert _link("https://example.org/a?b=1&c=2", "a") == \
        '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">a</a>'


def test_the_axis_rule():
    inf = float("inf")
    assert charts.scale_limit([12_000, 500_000]) == inf, "two marks: no bulk to tell a stray from"
    assert charts.scale_limit([3_000, 10_000, 12_000, 600_000]) == 100_000, "10× the lower median"
    assert charts.scale_limit([40, 100, 300, 6_000, 6_500]) == inf, "a series that spans orders of magnitude"
    assert charts.scale_limit([5] * 30 + [900, 950, 990]) == 50, "three strays among 33: a tenth"
    assert charts.scale_limit([None, 0, 3_000, 3_100, 3_200]) == 31_000


def _keys_of_refs(snapshot, numbers) -> set[tuple]:
    c = snapshot.claims.set_index("ref")
    return {(c.at[n, "counted"], c.at[n, "scope"] or "unspecified") for n in numbers}


def _refs_in(line: str) -> list[int]:
    import re
    return [int(n) for n in re.findall(r"#(\d+)", line.split("  ")[0])]


def test_a_mark_label_keeps_unattributed():
    """An outlet's own figure is labelled as such on the chart, never cut to look like a named source
    (the dev report's Kursk chart read "Lao Dong (news.laodong.vn;…" beside "Zelensky")."""
    assert charts._mark_source("unattributed (Lao Dong (news.laodong.vn; English text))") == "Lao Dong, unattributed"
    assert charts._mark_source("unattributed (Financial Times)") == "Financial Times, unattributed"
    long = charts._mark_source("unattributed (News-Pravda network (portuguese.news-pravda.com))")
    assert long.endswith(", unattributed") and len(long) <= 30
    assert charts._mark_source("Zelensky") == "Zelensky"


def test_no_chart_draws_two_things_counted_or_two_scopes_in_one_series(snap):
    """Every axis draws one comparison group: one `counted` and one `scope` (the marks' #n looked up in
    the claims); the sample has troops in Russia, in Kursk and near the front, killed and casualties,
    so a chart that drew them together would fail here."""
    force = views.Force(snap)
    assert len({(r.counted, r.scope) for r in force.troops.itertuples()}) > 1, "the sample has several troop groups"
    casualties = next(est for m, est in force.others if m.id == "dprk_casualties")
    assert {"killed", "casualties"} <= set(casualties["counted"]), "the sample has killed and casualties"
    charts_drawn = {"force": force.chart(), "territory": views.Territory(snap).chart(),
                    "bonuses": views.Bonuses(snap).chart()}
    for name, chart in charts_drawn.items():
        numbers = [n for m in chart.marks if not m.startswith("off scale") for n in _refs_in(m)]
        assert numbers, f"{name}: no marks"
        assert len(_keys_of_refs(snap, numbers)) == 1, f"{name} draws {_keys_of_refs(snap, numbers)} together"
    panels = force.others_chart()
    by_panel: dict[str, list[int]] = {}
    for m in panels.marks:
        if m.startswith("off scale"):
            continue
        panel, line = m.split(": ", 1)
        by_panel.setdefault(panel, []).extend(_refs_in(line))
    assert by_panel
    for panel, numbers in by_panel.items():
        assert len(_keys_of_refs(snap, numbers)) == 1, f"panel {panel} draws {_keys_of_refs(snap, numbers)}"
    # the groups not drawn are named under the chart, with their #n
    assert "Counted apart, not drawn" in force.chart().figure.texts[-1].get_text()
    near = force.troops[force.troops["scope"] == "near_front"].iloc[0]
    assert f"#{near['refs'][0]}" in force.chart().figure.texts[-1].get_text().replace("\n", " ")


def _estimate(n: int, value: float, counted: str, scope: str, month: str, source: str) -> dict:
    start = pd.Timestamp(f"{month}-01")
    end = start + pd.offsets.MonthEnd(0)
    return {"metric": "russian_casualties", "counted": counted, "scope": scope, "region": "", "source": source,
            "bound": "point", "qualifier": "exact", "negated": False, "low": value, "high": value, "value": value,
            "holds": month, "holds_start": start, "holds_end": end, "reported": end, "first_reported": month,
            "outlets": source, "n_outlets": 1, "chain": source, "n_independent": 1, "refs": [n],
            "quote": f"{value:,.0f}", "surface": f"{value:,.0f}", "conversions": "", "article": f"a{n}"}


def test_off_scale_is_never_computed_across_scopes():
    """A whole-war total (1,000,000 casualties) beside monthly figures (30,000–40,000 a month) is another
    scope, not a misread: drawn apart, never 'off scale'. Mixed together, the rule would flag it: the
    check that the test can fail."""
    from claimtrack.report import summary

    rows = [_estimate(1, 30_000, "casualties", "rate", "2025-01", "General Staff"),
            _estimate(2, 35_000, "casualties", "rate", "2025-02", "General Staff"),
            _estimate(3, 38_000, "casualties", "rate", "2025-03", "Ministry"),
            _estimate(4, 40_000, "casualties", "rate", "2025-04", "General Staff"),
            _estimate(5, 1_000_000, "casualties", "total", "2025-04", "General Staff")]
    est = pd.DataFrame(rows)
    assert not summary.off_scale(est).empty, "the rule across scopes would call the total off scale"
    casualties = SimpleNamespace(unit="people", charts=("casualties", "killed"))   # a metric's unit and counts
    key, drawn, apart = views.charted(est, casualties)
    # the standing total is the headline (comparison.SECONDARY_SCOPES), the monthly figures apart
    assert key[2:] == ("casualties", "total") and sorted(apart["refs"]) == [[1], [2], [3], [4]]
    assert summary.off_scale(drawn).empty
    chart = charts.panels([("Russian casualties", "people", drawn)], "t", "c")
    assert chart.off_scale == [] and not any("30,000" in m or "40,000" in m for m in chart.marks)
    # and a stray within one group is still caught
    stray = pd.DataFrame(rows[:4] + [_estimate(6, 3_800_000, "casualties", "rate", "2025-05", "Blog")])
    assert list(summary.off_scale(views.charted(stray, casualties)[1])["refs"]) == [[6]]


def test_group_labels_read_as_plain_english():
    from claimtrack.provenance.comparison import group_label
    assert group_label("Russian recruits per month", ("m", "people", "money_other", "regional")) == \
        "Russian recruits per month, regional"
    assert group_label("Russian recruits per month", ("m", "people", "other", "rate")) == "Russian recruits per month"
    assert group_label("North Korean troops in Russia", ("m", "troops", "troops", "in_russia"), "troops") == \
        "North Korean troops in Russia"
    assert group_label("North Korean troops in Russia", ("m", "troops", "troops", "near_front"), "troops") == \
        "North Korean troops in Russia, near the front"
    assert group_label("North Korean casualties", ("m", "people", "killed", "total"), "casualties") == \
        "North Korean casualties, killed, total to date"
    assert group_label("One-time signing bonus", ("m", "RUB", "one_time_bonus", "regional"), "one_time_bonus",
                       "Belgorod Oblast") == "One-time signing bonus, Belgorod Oblast"
    assert group_label("Territory Ukraine held in Kursk", ("m", "km2", "area_held", "total"), "area_held") == \
        "Territory Ukraine held in Kursk"
    assert group_label("North Korea's active armed forces", ("m", "troops", "troops", "unspecified"), "troops") == \
        "North Korea's active armed forces"
    for s in (views.Summary(load(SAMPLE, None, None, AS_OF)).table().frame["metric"]):
        assert "(" not in s and "_" not in s, s


SOURCES = ["South Korea's intelligence service", "Ukraine's defence ministry", "the Pentagon", "Zelensky",
           "Japan's defence ministry", "a NATO official"]


def _synthetic_article(i: int) -> str:
    """A short news item with figures of its own: no two articles restate one figure."""
    who, day, month = SOURCES[i % len(SOURCES)], 1 + i % 27, ("October", "November")[i % 2]
    return (f"Troop update {i}\n\n{who} said on {month} {day}, 2024, that about {10_000 + 37 * i:,} North Korean "
            f"troops were in Russia.\n\nUkraine held {500 + 3 * i} square kilometres of Russia's Kursk region in "
            f"{month} 2024, {who} said.\n\nThe Belgorod region raised its one-time signing bonus to "
            f"{1_000_000 + 10_000 * i:,} roubles in {month} 2024.\n")


def _report_html_bytes(snapshot) -> int:
    """The bytes of every table and the findings the report shows (charts aside: their size is fixed by
    their pixels, not by the corpus)."""
    force, sources, corpus = views.Force(snapshot), views.Sources(snapshot), views.Corpus(snapshot)
    summary = views.Summary(snapshot)
    shown = [summary.findings(), summary.table(), force.table(), force.vague(), force.parts(), force.others_table(),
             views.Territory(snapshot).table(), views.Bonuses(snapshot).table(), sources.repeated(),
             sources.disagreements(), sources.families(), sources.consensus(), corpus.table(), corpus.problem_table(),
             views.Ledger(snapshot).table()]
    return sum(len(x._repr_html_().encode()) for x in shown)


def test_html_per_article_is_bounded(tmp_path, monkeypatch):
    """Once the caps are reached the report stops growing: with the caps set low, three times the
    articles (every one with new figures) add less than a quarter to the page."""
    from conftest import write_corpus

    monkeypatch.setattr(views, "MAX_ROWS_SHOWN", 8)
    monkeypatch.setattr(views, "MAX_MARKS_SHOWN", 8)
    monkeypatch.setattr(views, "MAX_DISAGREEMENTS_SHOWN", 3)
    sizes = {}
    for n in (24, 72):
        folder = write_corpus(tmp_path / str(n), {f"a{i:03d}.txt": _synthetic_article(i) for i in range(n)})
        snap_n = load(folder, None, None, "")
        assert len(views.Force(snap_n).troops) >= n * 0.8, "each article gives a troop figure of its own"
        sizes[n] = _report_html_bytes(snap_n)
    assert sizes[72] < 1.25 * sizes[24], f"the page grows with the corpus: {sizes}"
    assert sizes[72] / 72 < 4_000, f"{sizes[72] / 72:,.0f} bytes per article"


def test_a_chart_of_many_marks_draws_them_as_a_few_collections(snap, monkeypatch):
    """Past MAX_LABELLED_MARKS marks each kind of piece is one collection (issue 18: thousands of
    artists took most of a chart's time at 10,000 articles): the marks listed, the axis, the
    legend and the off-scale markers are those of the chart drawn mark by mark."""
    force = views.Force(snap)
    one_by_one = force.chart()
    assert len(one_by_one.marks) > 3
    monkeypatch.setattr(charts, "MAX_LABELLED_MARKS", 2)
    batched = force.chart()
    assert batched.marks == one_by_one.marks and batched.off_scale == one_by_one.off_scale
    a, b = one_by_one.figure.axes[0], batched.figure.axes[0]
    assert a.get_ylim() == b.get_ylim() and a.get_xlim() == b.get_xlim()
    pieces = lambda ax: len(ax.lines) + len(ax.collections) + len(ax.texts)     # noqa: E731
    assert pieces(b) < pieces(a) and pieces(b) <= 8, (pieces(a), pieces(b))
    assert batched.png()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bonus_line_joins_only_periods_in_sequence(tmp_path):
    """A year's figure and a later one inside that year are no sequence: no line joins them (it
    would read as a rise from 2.1 to 3.6 million where the text says a cut); figures in successive
    periods still are joined."""
    from conftest import write_corpus
    folder = write_corpus(tmp_path / "c", {
        "a.txt": "Samara cuts its bonus\n\nIn 2025 the Samara region offered 3.6 million rubles to each volunteer "
                 "who signed a military contract. From 23 February the regional one-time payment for signing "
                 "a contract is 2.1 million rubles.\n",
        "b.txt": "Belgorod raises its bonus\n\nIn August 2024 the Belgorod region paid a one-time bonus of 800,000 "
                 "rubles to contract soldiers. In October 2024 the Belgorod region raised its one-time signing "
                 "bonus to 3 million rubles.\n"},
        "file,outlet,url,published,title,author\na.txt,Wire,,2025-06-01,,\nb.txt,Wire,,2024-10-20,,\n")
    s = load(folder, None, None, "2025-12-31")
    bonuses = views.Bonuses(s)
    assert {"Samara Oblast", "Belgorod Oblast"} <= set(bonuses.frame["region"])
    lines = [ln for ln in bonuses.chart().figure.axes[0].get_lines() if len(ln.get_xdata()) > 1
             and ln.get_linestyle() == "-"]
    joined = sorted(sorted(round(y, 2) for y in ln.get_ydata()) for ln in lines)
    assert joined == [[0.8, 3.0]], joined


def test_mark_labels_at_one_point_do_not_overlap(tmp_path):
    """Two sources giving the same area in the same month: their names beside the marks are moved
    apart when the chart is drawn, not printed on top of each other (the dev corpus's territory
    chart had "Babel" and "Zelensky" over each other)."""
    from conftest import write_corpus
    folder = write_corpus(tmp_path / "c", {
        "a.txt": "Ukraine holds ground in Kursk\n\nUkraine controls 1,300 square kilometres of Russia's Kursk region, "
                 "Zelensky said on 6 September 2024.\n",
        "b.txt": "Kursk incursion\n\nUkraine holds about 1,300 square kilometres of Russia's Kursk region, the "
                 "Institute for the Study of War said on 6 September 2024.\n"},
        "file,outlet,url,published,title,author\na.txt,Wire A,,2024-09-06,,\nb.txt,Wire B,,2024-09-06,,\n")
    s = load(folder, None, None, "2025-12-31")
    chart = views.Territory(s).chart()
    chart.png()                                   # labels are spread when the figure is finished
    fig = chart.figure
    renderer = fig.canvas.get_renderer()       # the Agg canvas the chart was drawn on
    labels = [t for t in fig.axes[0].texts if t.get_gid() == charts.MARK_LABEL_GID]
    assert len(labels) >= 2, [t.get_text() for t in fig.axes[0].texts]
    boxes = [t.get_window_extent(renderer) for t in labels]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:]), \
        [(t.get_text(), b.bounds) for t, b in zip(labels, boxes)]
