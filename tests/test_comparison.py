"""Like with like (issue 16): the comparison key with and without the typed `counted`/`scope`
fields, sub-counts apart, and disagreements, consensus groups, the latest and the change within
one key only."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from claimtrack.provenance.comparison import comparison_key, headline_group, is_sub_count, like_groups, sub_counts, whole_of
from claimtrack.provenance.disagreements import disagreements, why
from claimtrack.provenance.series import ESTIMATE_COLUMNS
from claimtrack.report.summary import latest_and_previous


def est(rows: list[dict]) -> pd.DataFrame:
    """Estimates of dprk_troops_in_russia as series.estimates gives them, with optional counted/scope."""
    out = []
    for i, r in enumerate(rows, 1):
        day = dt.date.fromisoformat(r["day"])
        low = r.get("low", r["value"])
        high = r.get("high", r["value"])
        base = {c: "" for c in ESTIMATE_COLUMNS}
        base.update({"metric": "dprk_troops_in_russia", "region": "", "source": r["source"],
                     "bound": r.get("bound", "point"), "qualifier": "exact", "negated": False, "low": low,
                     "high": high, "value": r["value"], "holds": r["day"], "holds_start": day, "holds_end": day,
                     "reported": day, "n_outlets": 1, "refs": [i], "quote": f"quote {i}", "article": f"a{i}"})
        for k in ("counted", "scope"):
            if k in r:
                base[k] = r[k]
        out.append(base)
    return pd.DataFrame(out)


UNTYPED = [{"source": "NIS", "value": 12000, "day": "2024-11-05"},
           {"source": "Shoigu", "value": 5000, "day": "2024-11-10"},
           {"source": "Pentagon", "value": 500, "day": "2024-11-05"}]
TYPED = [{**UNTYPED[0], "counted": "troops", "scope": "in_russia"},
         {**UNTYPED[1], "counted": "engineers", "scope": "in_kursk"},
         {**UNTYPED[2], "counted": "officers", "scope": "in_russia"},
         {"source": "Zelensky", "value": 11000, "day": "2024-11-20", "counted": "troops", "scope": "in_russia"},
         {"source": "Ukraine", "value": 40, "day": "2024-11-06", "counted": "killed", "scope": "total"},
         {"source": "NIS", "value": 300, "day": "2024-11-06", "counted": "casualties", "scope": "total"}]


def test_key_without_counted_is_metric_and_unit():
    row = {"metric": "dprk_troops_in_russia", "unit": "troops", "value": 3000}
    assert comparison_key(row) == ("dprk_troops_in_russia", "troops")
    assert comparison_key({**row, "counted": "", "scope": ""}) == ("dprk_troops_in_russia", "troops")
    assert comparison_key(pd.Series(row), unit="troops") == ("dprk_troops_in_russia", "troops")


def test_key_with_counted_and_scope():
    row = {"metric": "dprk_troops_in_russia", "unit": "troops", "counted": "troops", "scope": "near_front"}
    assert comparison_key(row) == ("dprk_troops_in_russia", "troops", "troops", "near_front")
    assert comparison_key({**row, "scope": ""})[3] == "unspecified"
    assert comparison_key({**row, "counted": "killed"}) != comparison_key(row)


def test_sub_counts_are_parts_of_troops():
    assert whole_of("officers") == whole_of("generals") == whole_of("engineers") == "troops"
    assert whole_of("troops") is None and whole_of("") is None
    assert is_sub_count({"counted": "generals"}) and not is_sub_count({"counted": "troops"})
    assert not is_sub_count({"metric": "x"})          # untyped: never a sub-count
    e = est(TYPED)
    assert sorted(sub_counts(e)["source"]) == ["Pentagon", "Shoigu"]
    assert sub_counts(est(UNTYPED)).empty


def test_without_counted_everything_is_one_group_as_before():
    groups = like_groups(est(UNTYPED), "troops")
    assert len(groups) == 1 and len(groups[0][1]) == 3
    # the old behaviour, kept until the typed fields land: 12,000 and 500 disagree
    assert len(disagreements(est(UNTYPED), "troops")) >= 1


def test_typed_groups_keep_killed_and_casualties_apart_and_drop_sub_counts():
    groups = dict(like_groups(est(TYPED), "troops"))
    keys = {k[2:] for k in groups}
    assert keys == {("troops", "in_russia"), ("killed", "total"), ("casualties", "total")}
    assert list(like_groups(est(TYPED), "troops"))[0][0][2:] == ("troops", "in_russia")   # the largest first
    assert len(groups[("dprk_troops_in_russia", "troops", "troops", "in_russia")]) == 2


def test_the_metrics_main_count_heads_the_chart_before_a_larger_group_of_another_count():
    """Two counts of prisoners must not take a casualty chart from its one war total."""
    rows = [{"source": "Babel", "value": 600, "day": "2024-09-06", "counted": "captured", "scope": "total"},
            {"source": "Blaze", "value": 900, "day": "2025-02-01", "counted": "captured", "scope": "total"},
            {"source": "LNG", "value": 1_000_000, "day": "2025-10-08", "counted": "casualties", "scope": "total"}]
    assert like_groups(est(rows), "people")[0][0][2:] == ("captured", "total")            # by size alone
    first, *rest = like_groups(est(rows), "people", primary="casualties")
    assert first[0][2:] == ("casualties", "total") and [k[2:] for k, _ in rest] == [("captured", "total")]
    key, drawn, apart = headline_group(est(rows), "people", primary="casualties")
    assert list(drawn["value"]) == [1_000_000] and sorted(apart["value"]) == [600, 900]


def test_latest_and_change_compare_like_with_like():
    e = est(TYPED)
    # untyped, the latest troop figure would be compared with Shoigu's 5,000 builders
    last, prev = latest_and_previous(est(UNTYPED + [TYPED[3]]))
    assert (last["value"], prev["value"]) == (11000, 5000)
    (key, troops), *_ = like_groups(e, "troops")
    last, prev = latest_and_previous(troops)
    assert (last["source"], prev["source"]) == ("Zelensky", "NIS")
    assert comparison_key(last, "troops") == comparison_key(prev, "troops") == key


def test_a_finer_period_inside_a_coarser_one_is_the_latest():
    """'In 2025 it offered 3.6 million ... 2.1 million from 23 February': the year is drawn mid-year,
    after 23 February, yet the February figure replaced it."""
    rows = est([{"source": "Gov", "value": 3_600_000, "day": "2025-01-01"},
                {"source": "Gov", "value": 2_100_000, "day": "2025-02-23"},
                {"source": "Gov", "value": 1_000_000, "day": "2024-06-01"}])
    rows.loc[0, "holds_end"] = dt.date(2025, 12, 31)
    last, prev = latest_and_previous(rows)
    assert (last["value"], prev["value"]) == (2_100_000, 3_600_000)
    rows.loc[0, "holds_end"] = dt.date(2025, 1, 31)     # January alone: February is simply later
    last, prev = latest_and_previous(rows)
    assert (last["value"], prev["value"]) == (2_100_000, 3_600_000)
    rows.loc[1, "holds_start"] = rows.loc[1, "holds_end"] = dt.date(2024, 1, 1)   # outside: the year is latest
    rows.loc[0, "holds_end"] = dt.date(2025, 12, 31)
    last, _ = latest_and_previous(rows)
    assert last["value"] == 3_600_000


def test_disagreements_only_between_same_counted_and_scope():
    pairs = disagreements(est(TYPED), "troops")
    assert pairs == [], "500 officers vs 12,000 troops, 40 killed vs 300 casualties: not rivals"
    rival = TYPED + [{"source": "JCS", "value": 1100, "day": "2024-11-05", "counted": "troops", "scope": "in_russia"}]
    pairs = disagreements(est(rival), "troops")
    assert [{a["source"], b["source"]} for a, b in pairs] == [{"NIS", "JCS"}]
    text = why(*pairs[0], "troops")
    assert "troops, in Russia" in text and "12,000" in text and "1,100" in text and "no value satisfies both" in text


def test_chart_tables_say_what_each_figure_counts_once_typed():
    from claimtrack.report.views import marks_table
    typed = marks_table(est(TYPED), "troops", "").frame
    assert "counts" in typed.columns and "officers, in Russia" in set(typed["counts"])
    assert "counts" not in marks_table(est(UNTYPED), "troops", "").frame.columns


def _pair_by_pair(frame: pd.DataFrame, unit: str = "") -> list[tuple[dict, dict]]:
    """The reading `disagreements` must equal: every pair in Python (the code before issue 18)."""
    from claimtrack.provenance.comparison import comparison_key, is_sub_count
    from claimtrack.provenance.disagreements import _gap, dated, disagree

    rows = dated(frame).reset_index(drop=True).to_dict("records")
    keys = [comparison_key(r, unit) if not is_sub_count(r) else None for r in rows]
    pairs = []
    for i, a in enumerate(rows):
        for j in range(i + 1, len(rows)):
            b = rows[j]
            if keys[i] is None or keys[i] != keys[j]:
                continue
            same_sentence = a["article"] == b["article"] and a["quote"] == b["quote"]
            if a["source"] != b["source"] and a["region"] == b["region"] and not same_sentence and disagree(a, b):
                pairs.append((a, b))
    return sorted(pairs, key=lambda p: -_gap(*p))


def test_disagreements_on_arrays_are_the_pair_by_pair_ones_in_the_same_order():
    import random

    from claimtrack.provenance import disagreements as dis

    rnd = random.Random(18)
    rows = []
    for _ in range(700):      # more than two blocks of PAIR_BLOCK rows in the largest group
        start = dt.date(2024, rnd.randint(9, 12), rnd.randint(1, 28))
        value = rnd.choice([500, 3000, 3000, 10000, 11000, 12000, 12000, 15000])
        row = {"source": rnd.choice(["NIS", "Pentagon", "Zelensky", "ISW", "Shoigu"]), "value": value,
               "day": start.isoformat(), "bound": rnd.choice(["point", "point", "lower", "upper", "range"])}
        row["high"] = value * 1.5 if row["bound"] == "range" else value
        if rnd.random() < 0.5:
            row.update(counted=rnd.choice(["troops", "troops", "officers", "killed"]),
                       scope=rnd.choice(["in_russia", "in_kursk"]))
        rows.append(row)
    frame = est(rows)
    frame["qualifier"] = [rnd.choice(["exact", "approx"]) for _ in range(len(frame))]
    frame["region"] = [rnd.choice(["", "", "Kursk"]) for _ in range(len(frame))]
    frame["quote"] = [f"quote {i // 3}" for i in range(len(frame))]       # some pairs share a sentence…
    frame["article"] = [f"a{i // 6}" for i in range(len(frame))]          # …of one article
    monthly = frame.index[::2]                                            # half of them hold for a month
    frame.loc[monthly, "holds_start"] = [d.replace(day=1) for d in frame.loc[monthly, "holds_start"]]
    frame.loc[monthly, "holds_end"] = [d.replace(day=28) for d in frame.loc[monthly, "holds_start"]]
    long = frame.index[::50]                                              # periods of a quarter: never compared
    frame.loc[long, "holds_end"] = [d + dt.timedelta(days=90) for d in frame.loc[long, "holds_start"]]
    got, want = dis.disagreements(frame), _pair_by_pair(frame)
    assert len(want) > 500, len(want)
    assert [(a["refs"], b["refs"]) for a, b in got] == [(a["refs"], b["refs"]) for a, b in want]
    bounded = frame[frame["bound"] == "upper"].index[:3]
    frame.loc[bounded, "high"] = None        # an interval without an end: the pair-by-pair reading raises too
    with pytest.raises(TypeError):
        _pair_by_pair(frame)
    with pytest.raises(TypeError):
        dis.disagreements(frame)
