import pytest
from claimtrack.reading.textmap import Edit, MappedText


def test_apply_keeps_map_and_records_change():
    raw = "a \\$5 **bold** end"
    t = MappedText(raw)
    t2, changes = t.apply([Edit(2, 3, "", "markdown", "escape"), Edit(6, 8, "", "markdown", "bold"),
                           Edit(12, 14, "", "markdown", "bold")])
    assert t2.text == "a $5 bold end"
    i = t2.text.index("bold")
    a, b = t2.raw_span(i, i + 4)
    assert raw[a:b] == "bold"
    assert [c.removed for c in changes] == ["\\", "**", "**"]
    assert all(raw[c.raw_start:c.raw_end] == c.removed for c in changes)


def test_replacement_maps_to_whole_replaced_span():
    raw = "x\r\ny"
    t2, (change,) = MappedText(raw).apply([Edit(1, 3, "\n", "line-endings", "crlf")])
    assert t2.text == "x\ny"
    assert t2.raw_span(1, 2) == (1, 3)
    assert (change.raw_start, change.raw_end) == (1, 3)


def test_composed_edits_still_map_to_raw():
    raw = "one  two\u00a0three"
    t1, _ = MappedText(raw).apply([Edit(3, 5, " ", "ws", "")])
    t2, _ = t1.apply([Edit(7, 8, " ", "unicode", "")])
    assert t2.text == "one two three"
    a, b = t2.raw_span(8, 13)
    assert raw[a:b] == "three"
    a, b = t2.raw_span(0, len(t2))
    assert (a, b) == (0, len(raw))


def test_overlapping_edits_refused():
    with pytest.raises(ValueError):
        MappedText("abcdef").apply([Edit(0, 3, "", "r", ""), Edit(2, 4, "", "r", "")])


def test_span_outside_text_refused():
    with pytest.raises(IndexError):
        MappedText("abc").raw_span(2, 5)


def test_identity_maps_of_any_length():
    # issue 18: an unedited text's map is sliced from one kept 0, 1, 2, ... array that grows
    for n in (0, 1, 7, 3000, 5, 10000, 2):
        mt = MappedText("x" * n)
        assert list(mt._starts) == list(range(n)) and list(mt._ends) == list(range(1, n + 1))
        assert mt.raw_span(0, n) == (0, n)
