import pytest

from claimtrack import metadata as md


@pytest.mark.parametrize("text,expected", [
    ("2024-10", ("2024-10", "month")), ("2024", ("2024", "year")), ("2024-11-05", ("2024-11-05", "day")),
    ("24 Oct 2024", ("2024-10-24", "day")), ("October 2024", ("2024-10", "month")),
    ("Oct. 24, 2024", ("2024-10-24", "day")), ("not a date", None), ("2024-13-01", None), ("", None),
])
def test_parse_date(text, expected):
    assert md.parse_date(text) == expected


@pytest.mark.parametrize("text,outlet", [
    ("Body.\nCopyright The Financial Times Limited 2024. All rights reserved.", "Financial Times"),
    ("Body.\n\u00a9 2023 Example News Ltd", "Example News"),
    ("It was disclosed on November 5, Caliber.Az reports citing Yonhap.", "Caliber.Az"),
    ("Previously, Kursor reported that the families were taken hostage.", "Kursor"),
    ("Earlier, UNN reported that 3,000 troops arrived.", "UNN"),
])
def test_outlet_credits(text, outlet):
    assert md.infer_outlet(text).value == outlet


def test_photo_copyright_is_not_the_outlet():
    assert md.infer_outlet("Footage of troops \u00a9 Reuters\nBody text.") is None


def test_relays_are_not_the_outlet():
    text = "Troops train in Siberia.\nThis was reported by the Financial Times.\nPreviously, Kursor reported it."
    assert md.infer_outlet(text).value == "Kursor"
    assert [r.value for r in md.infer_relays(text, "Kursor")] == ["Financial Times"]
    assert [r.value for r in md.infer_relays("Ukraine gained ground, writes the Financial Times.")] == ["Financial Times"]
    assert md.infer_relays("Russia lost troops, according to Alexander Gabuev.") == []


def test_dateline_year_from_context_and_marked():
    found = md.infer_published("", "The ministry said on November 5 that troops arrived.", context_year=2024)
    assert found.value == "2024-11-05" and "assumed" in found.evidence
    found = md.infer_published("Copyright X 2023", "on Nov. 5 the ministry said", None)
    assert found.value == "2023-11-05" and "copyright" in found.evidence


def test_dateline_latest_wins_and_explicit_year_kept():
    found = md.infer_published("", "A pact signed on June 19, 2024. On October 24, 2024, troops came.")
    assert found.value == "2024-10-24" and found.evidence == "October 24, 2024"


def test_year_is_not_older_than_years_mentioned():
    found = md.infer_published("", "In 2025 the bonus rose. On June 5 it was cut.", context_year=2024)
    assert found.value == "2025-06-05"


def test_no_year_anywhere_gives_nothing():
    assert md.infer_published("", "On November 5 troops came.") is None


def test_date_stamp():
    assert md.infer_published(" date 2025-01-13 Photo", "Photo").value == "2025-01-13"


def test_authors():
    assert md.infer_authors("Body.\nBy Tamilla Hasanova").value == "Tamilla Hasanova"
    line = "Max Seddon in Riga, Christian Davies in Seoul and Isobel Koshiw in Kyiv 18 HOURS\nAGO"
    assert md.infer_authors(f"Head\n{line}\nBody").value == "Max Seddon; Christian Davies; Isobel Koshiw"


def test_title_skips_kicker_and_stops_at_body():
    text = "War in Ukraine\nVladimir Putin bets on North Korean troops to retake Kursk\nBody " + "word " * 40
    assert md.infer_title(text).value == "Vladimir Putin bets on North Korean troops to retake Kursk"
    assert md.infer_title("word " * 40 + "\nA later line that looks like a headline here") is None
