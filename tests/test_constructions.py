"""The construction table (issue 15): one row per general construction of news copy that decides what
a number counts, over what, whose it is, who said it and when. The sentences are ours, written for
this table (no corpus sentence), so a row tests the construction, not one article. Every row failed
on the extractor before issue 15 and passes now: `benchmarks/construction_table.py` runs the table
row by row with any checkout's interpreter (31 of 31 rows fail with the code of main before issue 15).

A row: (id, article text, number as written, expected fields). `metric: None` means the number must
not be a claim of a main metric (it may be kept as `other`); `charted: False` means the claim is
kept but out of its metric's chart series.
"""

from __future__ import annotations

import pytest
from claimtrack.extraction.catalogue import charted
from claimtrack.extraction.claims import extract_corpus
from claimtrack.reading.corpus import read_corpus
from conftest import write_corpus

PUBLISHED = "2025-03-10"      # a Monday; "on Monday" is this day, "last year" 2024

ROWS = [
    # --- what it counts: the head of the phrase the number quantifies --------------------------------
    ("number-adjective chain: shells are not troops",
     "North Korea has sent 11,000 troops to Russia. Among its containers there could be 500,000 "
     "122-millimeter shells, Seoul's spy agency said.",
     "500,000", {"metric": None}),
    ("sub-count: officers among the troops",
     "Around 12,000 North Korean troops are in Russia, including 500 officers.",
     "500", {"metric": "dprk_troops_in_russia", "counted": "officers", "charted": False}),
    ("sub-count: generals",
     "North Korea has sent three generals with its troops to Russia, Kyiv says.",
     "three", {"counted": "generals", "charted": False}),
    ("separate contingent: sappers and builders, planned",
     "North Korea will send 1,000 sappers and 5,000 military builders to Russia's Kursk region.",
     "1,000", {"counted": "engineers", "scope": "planned", "charted": False}),
    ("list item inherits its verb's scope",
     "North Korea will send 1,000 sappers and 5,000 military builders to Russia's Kursk region.",
     "5,000", {"counted": "engineers", "scope": "planned"}),
    ("troops as a whole",
     "About 11,000 North Korean soldiers are in Russia, Seoul's spy agency said.",
     "11,000", {"metric": "dprk_troops_in_russia", "counted": "troops", "scope": "in_russia", "charted": True}),
    ("killed, not casualties",
     "Some 300 North Korean soldiers have been killed and 2,700 wounded in the fighting in Kursk.",
     "300", {"metric": "dprk_casualties", "counted": "killed"}),
    ("wounded, the second count of a pair",
     "Some 300 North Korean soldiers have been killed and 2,700 wounded in the fighting in Kursk.",
     "2,700", {"metric": "dprk_casualties", "counted": "wounded"}),
    ("killed and wounded together are casualties",
     "More than 4,000 North Korean soldiers have been killed or wounded in Kursk, Zelensky said.",
     "4,000", {"metric": "dprk_casualties", "counted": "casualties"}),
    ("captured",
     "Ukrainian forces have captured 900 Russian soldiers in the Kursk region since August.",
     "900", {"metric": "russian_casualties", "counted": "captured", "scope": "total"}),
    ("territory held now",
     "Ukraine now controls about 600 square kilometres of the Kursk region, analysts say.",
     "600", {"metric": "ukraine_held_kursk_km2", "counted": "area_held", "scope": "total"}),
    ("territory seized in the advance",
     "In its first week the incursion seized about 1,000 square kilometres of Russia's Kursk region.",
     "1,000", {"metric": "ukraine_held_kursk_km2", "counted": "area_seized"}),
    # --- over what: scope words in the number's clause ------------------------------------------------
    ("additional wave",
     "North Korea sent an additional 3,000 troops to Russia in January, South Korea's military said.",
     "3,000", {"metric": "dprk_troops_in_russia", "scope": "additional"}),
    ("one unit",
     "A battalion of 3,000 North Korean soldiers is training in Russia's Far East.",
     "3,000", {"metric": "dprk_troops_in_russia", "scope": "one_unit"}),
    ("near the front, a part of the contingent",
     "Some 7,000 North Korean soldiers have been deployed near the Ukrainian border in Russia.",
     "7,000", {"metric": "dprk_troops_in_russia", "scope": "near_front"}),
    ("cumulative over several waves",
     "North Korea has deployed 15,000 troops to Russia in two phases, the NIS said.",
     "15,000", {"metric": "dprk_troops_in_russia", "scope": "cumulative_sent"}),
    ("planned",
     "North Korea could send up to 30,000 more troops to Russia, Ukrainian intelligence believes.",
     "30,000", {"metric": "dprk_troops_in_russia", "scope": "planned"}),
    ("one event",
     "Russia lost 2,030 soldiers killed and wounded in a single day, the British defence ministry said.",
     "2,030", {"metric": "russian_casualties", "scope": "one_event"}),
    ("federal payment beside a regional one",
     "Tyumen region will pay recruits a one-time bonus of 3 million rubles, in addition to the 400,000 "
     "rubles that the federal government pays.",
     "400,000", {"metric": "signing_bonus_rub", "scope": "federal"}),
    ("regional payment",
     "Tyumen region will pay recruits a one-time bonus of 3 million rubles, in addition to the 400,000 "
     "rubles that the federal government pays.",
     "3 million", {"metric": "signing_bonus_rub", "counted": "one_time_bonus", "scope": "regional"}),
    ("combined payment",
     "Khanty-Mansi offers a combined one-time payment of 2.75 million rubles to new soldiers.",
     "2.75 million", {"metric": "signing_bonus_rub", "scope": "combined"}),
    # --- who said it -----------------------------------------------------------------------------------
    ("relay: the outlet in according-to is not the original",
     "South Korea's defence ministry said more than 10,000 North Korean troops are in Russia, according "
     "to Reuters.",
     "10,000", {"source": "South Korea defence ministry", "chain_has": "Reuters"}),
    ("role noun: the general named in the sentence before",
     "Ukraine's commander-in-chief Oleksandr Syrskyi spoke on Monday. According to the general, 6,662 "
     "Russian troops have been killed in the Kursk region.",
     "6,662", {"metric": "russian_casualties", "source": "Syrskyi"}),
    ("reported speech goes on in the next sentence",
     "Zelensky said on Monday that the operation would go on. Currently, Ukraine controls 1,300 square "
     "kilometres of Russia's Kursk region.",
     "1,300", {"metric": "ukraine_held_kursk_km2", "source": "Zelensky"}),
    ("two speakers: the frame nearest the number",
     "Zelensky said the toll was far higher than the 1,100 North Korean casualties given by South Korea's "
     "Joint Chiefs of Staff.",
     "1,100", {"metric": "dprk_casualties", "source": "South Korea Joint Chiefs of Staff"}),
    ("the audience is not the speaker",
     "More than 10,000 North Korean troops are in Russia, an official at the ministry said, told "
     "reporters in Seoul.",
     "10,000", {"metric": "dprk_troops_in_russia", "source_not": "reporters"}),
    ("a place before the verb is not a speaker",
     "The government of the Tyumen region in Siberia announced a one-time payment of 3 million rubles "
     "to recruits.",
     "3 million", {"metric": "signing_bonus_rub", "source_has": "Tyumen"}),
    # --- when ----------------------------------------------------------------------------------------
    ("a date written as an ordinal",
     "The twenty-eighth of February saw 1,900 Russian soldiers killed and wounded in a single day, the "
     "British defence ministry said.",
     "1,900", {"metric": "russian_casualties", "as_of": "2025-02-28"}),
    ("a season: last fall",
     "About 11,000 North Korean soldiers were sent to Russia last fall, Seoul's spy agency said.",
     "11,000", {"metric": "dprk_troops_in_russia", "as_of": "2024"}),
    ("a time that dates an event, not the figure",
     "Some 15,000 North Korean troops are in Russia to repel Ukraine's incursion of August, Seoul says.",
     "15,000", {"metric": "dprk_troops_in_russia", "as_of": PUBLISHED}),
    # --- a run of sentences that name no one ----------------------------------------------------------
    ("subject from the start of the run",
     "Russian casualties reached a monthly high in November, the ministry said. The average daily loss "
     "rate was 1,523. The twenty-eighth of November also saw a record of 2,030 losses in a single day.",
     "2,030", {"metric": "russian_casualties", "counted": "casualties", "scope": "one_event"}),
]


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    folder = tmp_path_factory.mktemp("constructions")
    files = {f"{i:02d}.txt": text + "\n" for i, (_, text, _, _) in enumerate(ROWS)}
    manifest = "file,outlet,url,published,title,author\n" + "".join(
        f"{name},Test Wire,,{PUBLISHED},,\n" for name in files)
    corpus = read_corpus(write_corpus(folder, files, manifest))
    return extract_corpus(corpus)


@pytest.mark.parametrize("i", range(len(ROWS)), ids=[r[0] for r in ROWS])
def test_construction(claims, i):
    _, text, surface, want = ROWS[i]
    mine = claims[(claims["path"] == f"{i:02d}.txt") & claims["surface"].str.contains(surface, regex=False)]
    if want.get("metric", "") is None:
        assert not (mine["metric"] != "other").any(), mine[["metric", "surface"]].to_dict("records")
        return
    assert len(mine) >= 1, f"no claim for {surface!r} in {text!r}"
    row = mine.iloc[0]
    for key in ("metric", "counted", "scope", "as_of"):
        if key in want:
            assert row[key] == want[key], (key, row[key], row["surface"])
    if "charted" in want:
        assert charted(row.to_dict()) is want["charted"]
    if "source" in want:
        assert row["attributed_to"].split(" (")[0] == want["source"], row["attributed_to"]
    if "source_has" in want:
        assert want["source_has"] in row["attributed_to"], row["attributed_to"]
    if "source_not" in want:
        assert want["source_not"] not in row["attributed_to"], row["attributed_to"]
    if "chain_has" in want:
        assert want["chain_has"] in row["chain"].split(" > "), row["chain"]
