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
    ("captured in the Kursk operation: a part of the war's total",
     "Ukrainian forces have captured 900 Russian soldiers in the Kursk region since August.",
     "900", {"metric": "russian_casualties", "counted": "captured", "scope": "in_kursk"}),
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
    ("sent since a month, any month: a sum over time",
     "North Korea has sent about 14,000 troops to Russia since March, officials said.",
     "14,000", {"metric": "dprk_troops_in_russia", "scope": "cumulative_sent"}),
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
    ("initials inside a cited phrase",
     "About 8,000 North Korean soldiers are stationed in the Kursk region, according to the U.S. government.",
     "8,000", {"metric": "dprk_troops_in_russia", "source": "US government"}),
    ("a role that names one person",
     "Ukraine's army chief said Kyiv now controls about 1,000 square kilometres of the Kursk region.",
     "1,000", {"metric": "ukraine_held_kursk_km2", "source": "Syrskyi"}),
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

# Second round (after the first measurement on heldout12/13): constructions those sets showed to be
# read wrong, each in sentences of our own. Every row fails with the code at the start of that round.
ROWS += [
    # --- who said it ------------------------------------------------------------------------------------
    ("appositive between speaker and verb; the outlet relays",
     "According to AFP, Sergei Shoigu, the secretary of Russia's Security Council, announced that Pyongyang "
     "will send 2,000 military builders to Russia.",
     "2,000", {"metric": "dprk_troops_in_russia", "source": "Shoigu", "chain_has": "AFP"}),
    ("evidence is not a speaker: the speaker before",
     "Zelensky said on Monday that the fighting in Kursk was heavy. According to preliminary data, more than "
     "2,000 North Korean soldiers have been killed or wounded.",
     "2,000", {"metric": "dprk_casualties", "source": "Zelensky"}),
    ("evidence with no speaker before: the evidence as given",
     "According to a new estimate, Russia will have over 1 million soldiers killed or wounded by the summer.",
     "1 million", {"metric": "russian_casualties", "source": "new estimate", "as_of": "2025"}),
    ("reports from X indicate: X",
     "Reports from military analysts indicate that Ukrainian forces now hold about 100 square kilometres "
     "of the Kursk region.",
     "100", {"metric": "ukraine_held_kursk_km2", "source": "military analysts"}),
    ("a report's author is the source",
     "Russia has lost 900,000 soldiers killed or wounded, according to a new report by the Center for "
     "Strategic and International Studies.",
     "900,000", {"metric": "russian_casualties", "source": "Center for Strategic and International Studies"}),
    ("an inverted frame's speaker is a name, not a clause",
     "The monitoring project DeepState, close to the army, said the Ukrainian army still held about 400 square "
     "kilometres in Kursk.",
     "400", {"metric": "ukraine_held_kursk_km2", "source": "DeepState"}),
    ("this was stated by X: the next sentence names the speaker",
     "Currently, Ukraine controls about 800 square kilometres of the Kursk region. This was stated by the "
     "commander-in-chief, Oleksandr Syrskyi, at a meeting.",
     "800", {"metric": "ukraine_held_kursk_km2", "source": "Syrskyi"}),
    ("X announced this: the next sentence names the speaker",
     "Russia has moved 40,000 troops to the Kursk region. Zelensky announced this in an interview on Monday.",
     "40,000", {"metric": "russian_troops_kursk", "source": "Zelensky"}),
    ("he said after a clause; another clause's relay is not the speaker",
     "White House spokesman John Kirby spoke on Friday. North Korean soldiers were sent into hopeless attacks, "
     "he said, estimating that 800 North Korean soldiers were killed or wounded, which matches figures "
     "reported by Seoul.",
     "800", {"metric": "dprk_casualties", "source": "US National Security Council"}),
    ("a list of speakers",
     "South Korean, US and Ukrainian officials reported that North Korea sent about 11,000 troops to Russia.",
     "11,000", {"metric": "dprk_troops_in_russia", "source_has": "South Korean"}),
    ("a regional body in one form",
     "The government of the Kirov region said it would pay recruits a one-time bonus of 1 million rubles.",
     "1 million", {"metric": "signing_bonus_rub", "source": "Kirov regional government"}),
    ("an outlet that is the only source goes on to the next sentence",
     "According to Kommersant, regions are cutting their bonuses. In Chuvashia, the one-time payment for "
     "signing a contract is now 800,000 rubles.",
     "800,000", {"metric": "signing_bonus_rub", "source": "Kommersant"}),
    # --- when ----------------------------------------------------------------------------------------------
    ("a plan holds at no date the text does not give",
     "North Korea will send 2,000 more troops to Russia, Seoul's spy agency said on Monday.",
     "2,000", {"metric": "dprk_troops_in_russia", "scope": "planned", "as_of": ""}),
    ("the statement's day, given elsewhere in the article",
     "The Pentagon estimates that 10,000 North Korean troops are in Russia's Kursk region. \"We are watching "
     "closely,\" said Ryder, who made the comments at a press briefing on Friday.",
     "10,000", {"metric": "dprk_troops_in_russia", "as_of": "2025-03-07"}),
    ("a span later in the sentence, not the report's day",
     "The report released on Monday said Russia suffered 700,000 casualties between the start of the "
     "invasion in February 2022 and December 2024.",
     "700,000", {"metric": "russian_casualties", "as_of": "2024-12"}),
    ("two months alone: the later month, a rate",
     "Over 70,000 Russian soldiers were killed or wounded in January and February alone, the ministry said.",
     "70,000", {"metric": "russian_casualties", "as_of": "2025-02", "scope": "rate"}),
    ("since T, when ...: the when-clause is T's",
     "Ukraine has held ground in Kursk since August, when its forces quickly captured about 1,000 square "
     "kilometres.",
     "1,000", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-08", "counted": "area_seized"}),
    ("last week: a month",
     "Syrskyi said last week that Ukraine controlled about 500 square kilometres in Kursk.",
     "500", {"metric": "ukraine_held_kursk_km2", "as_of": "2025-03"}),
    ("by year's end",
     "North Korea's deployment is expected to reach 15,000 troops in Russia by year's end.",
     "15,000", {"metric": "dprk_troops_in_russia", "as_of": "2025-12", "scope": "planned"}),
    ("as-we-said clause dates an earlier statement",
     "As we said earlier this month, we believe about 12,000 North Korean troops are in Russia, the Pentagon "
     "said.",
     "12,000", {"metric": "dprk_troops_in_russia", "as_of": PUBLISHED}),
    # --- over what ---------------------------------------------------------------------------------------
    ("in Russia's Kursk region is Kursk",
     "Some 9,000 North Korean troops are now in Russia's Kursk region.",
     "9,000", {"metric": "dprk_troops_in_russia", "scope": "in_kursk"}),
    ("in total: the whole contingent",
     "North Korea has sent about 12,000 soldiers in total to Russia.",
     "12,000", {"metric": "dprk_troops_in_russia", "scope": "in_russia"}),
    ("a month's total is a rate",
     "October was the costliest month of the war, with a total of 40,000 Russian casualties.",
     "40,000", {"metric": "russian_casualties", "scope": "rate_month"}),
    ("losses in the Kursk operation",
     "Russia lost about 5,000 soldiers killed and wounded during the first month of the operation in the "
     "Kursk region.",
     "5,000", {"metric": "russian_casualties", "scope": "in_kursk"}),
    ("losses 'in the area' of a place named the sentence before",
     "Ukraine's incursion into the Kursk region has lasted six months. Some 30,000 Russian soldiers have been "
     "killed or wounded in the area, officials said.",
     "30,000", {"metric": "russian_casualties", "scope": "in_kursk"}),
    ("'in the area' points past a capital that names a government",
     "Ukraine's incursion into the Kursk region has lasted six months. Moscow says it has stopped the advance. "
     "Some 30,000 Russian soldiers have been killed or wounded in the area, officials said.",
     "30,000", {"metric": "russian_casualties", "scope": "in_kursk"}),
    ("a bonus for re-signing is not the signing bonus",
     "In Samara, the bonus of 2 million rubles is now paid only to soldiers who re-sign their contracts.",
     "2 million", {"metric": "signing_bonus_rub", "counted": "renewal_bonus", "charted": False}),
    ("one contingent's range keeps one scope: not a plan, not a new wave",
     "The potential involvement of 10,000 to 12,000 North Korean troops in the Kursk region could matter. "
     "Ryder said these additional 10,000 to 12,000 North Korean forces in the Kursk region could be "
     "significant.",
     "10,000 to 12,000", {"metric": "dprk_troops_in_russia", "scope": "in_kursk", "claims": 2, "one_scope": True}),
    ("the antecedent of which is federal",
     "Regional bonuses come on top of the federal payment, which is currently 400,000 rubles for signing.",
     "400,000", {"metric": "signing_bonus_rub", "scope": "federal"}),
    ("in just one week: a rate",
     "Over 1,000 North Korean soldiers were killed or wounded in just one week, Kirby said.",
     "1,000", {"metric": "dprk_casualties", "scope": "rate_week"}),
    ("over three days: one event",
     "Ukrainian forces killed 100 North Korean soldiers over three days of fighting.",
     "100", {"metric": "dprk_casualties", "scope": "one_event"}),
    ("a few captured: one capture",
     "Ukraine has captured two North Korean soldiers in Kursk, Zelensky said.",
     "two", {"metric": "dprk_casualties", "counted": "captured", "scope": "one_event"}),
    ("federal city's bonus is regional",
     "Moscow Mayor Sergei Sobyanin announced a one-time bonus of 1.9 million rubles for city residents who "
     "sign a contract.",
     "1.9 million", {"metric": "signing_bonus_rub", "scope": "regional"}),
    # --- what it counts ----------------------------------------------------------------------------------
    ("captured, though injured",
     "Ukraine captured two injured North Korean soldiers in Kursk Oblast.",
     "two", {"metric": "dprk_casualties", "counted": "captured"}),
    ("the participle after the noun",
     "Russian losses that day included 45 soldiers killed in action.",
     "45", {"metric": "russian_casualties", "counted": "killed"}),
    ("once held: the peak",
     "Ukrainian forces, which once held 1,200 square kilometres of Kursk, now hold about 100.",
     "1,200", {"metric": "ukraine_held_kursk_km2", "counted": "area_seized", "as_of": "2024-08"}),
    ("put the number of X at N",
     "Estimates put the number of North Korean soldiers killed in combat with Ukrainian forces since the "
     "autumn at around 1,000.",
     "1,000", {"metric": "dprk_casualties", "counted": "killed"}),
    ("reported as killed is not a hedge",
     "Another 53 Russian soldiers were reported as killed in the Kursk region.",
     "53", {"metric": "russian_casualties", "qualifier": "exact"}),
    ("clinging to: a hold",
     "Ukrainian forces are now clinging to approximately 30 square miles of the Kursk region.",
     "30 square miles", {"metric": "ukraine_held_kursk_km2", "counted": "area_held"}),
    ("the number was N: what the figure before it counts",
     "Seoul said 1,000 North Korean soldiers were killed or wounded, while Kyiv said the number was more "
     "than 3,000.",
     "3,000", {"metric": "dprk_casualties"}),
    ("a joint Russian and North Korean grouping is Russia's",
     "Officials put the number of Russian and North Korean troops massed in the Kursk region at 45,000.",
     "45,000", {"metric": "russian_troops_kursk"}),
    ("service members",
     "Between 50,000 and 60,000 Russian service members have been killed, the Pentagon said.",
     "50,000 and 60,000", {"metric": "russian_casualties", "counted": "killed"}),
    # --- whose number; not a claim -------------------------------------------------------------------------
    ("an ally is not the subject",
     "North Korean troops fighting alongside Russian forces have suffered 3,000 casualties.",
     "3,000", {"metric": "dprk_casualties"}),
    ("added N more: an increment",
     "Researchers added the names of 1,500 more Russian soldiers to their list of the dead.",
     "1,500", {"metric": None}),
    ("a rate every month is not the toll: the metric's rate, kept apart by its scope (2026-12-05; was 'other')",
     "NATO says 30,000 Russian soldiers are being killed every month.",
     "30,000", {"metric": "russian_casualties", "scope": "rate_month"}),
    ("both sides together",
     "The report said combined Russian and Ukrainian casualties may reach 2 million.",
     "2 million", {"metric": None}),
    ("civilian toll of shelling",
     "Russia had regained half of the territory. As a result of shelling, according to local officials, about "
     "90 people were killed.",
     "90", {"metric": None}),
    ("the bare second count of a civilian toll",
     "Russia had regained half of the territory. As a result of shelling, according to local officials, about "
     "90 people were killed and more than 300 injured.",
     "300", {"metric": None}),
    ("annual earnings past bracketed conversions",
     "A new recruit can earn up to 5m roubles ($50,000; £40,000) in a year.",
     "5m", {"metric": None}),
    ("from X (conversion) to Y: X is the earlier value",
     "Belgorod cut its signing bonus from 900,000 rubles ($9,000) to just 600,000 rubles.",
     "900,000", {"metric": "signing_bonus_rub", "as_of": ""}),
    ("an amount named, then changed: 'and cut this amount to Y' makes it the earlier value",
     "In January, the Tula government stopped paying 2.5 million rubles to each volunteer and cut this "
     "amount to 1.5 million.",
     "2.5 million", {"metric": "signing_bonus_rub", "as_of": ""}),
    ("a change with its object between verb and 'by': the amount cut is no stock",
     "Three regions reduced payments for new recruits by more than 1.5 million rubles to 500,000 rubles.",
     "1.5 million", {"metric": None}),
    ("'slashed by X, dropping from A to B': X is the change",
     "The lump sum for volunteers has been slashed by 700,000 rubles, dropping from 1.9 million rubles to "
     "1.2 million rubles, the regional government said.",
     "700,000", {"metric": None}),
    ("a predicate of harm far past the noun: the dead, not the force",
     "Roughly 3,000 North Korean soldiers sent to help Moscow in its campaign against Kyiv are now believed to "
     "have been killed, Seoul's intelligence agency said.",
     "3,000", {"metric": "dprk_casualties"}),
    ("a headline printed again as a teaser bullet: one claim",
     "- Kyiv says Russia has stationed 45,000 troops in Kursk\n- The fighting goes on\nKyiv says Russia "
     "has stationed 45,000 troops in Kursk\nThe fighting goes on near Sudzha.",
     "45,000", {"metric": "russian_troops_kursk", "claims": 1}),
    ("a day and month without a year is a date",
     "Seoul says North Korea sent more soldiers to Russia\n\nWire - 14/03\n\nNorth Korea has sent more "
     "soldiers to Russia this year.",
     "14", {"metric": None}),
    ("an embedded post's signature holds no figure",
     "Footage shows North Korean soldiers near Kursk. pic.twitter.com/abc123\n— Watcher 77 (@watcher_77) "
     "March 3, 2025\n\nThe video could not be verified.",
     "77", {"metric": None}),
    ("a statement made before the story's time, undated: 'had reported'",
     "The Pentagon had reported that some 8,000 North Korean troops had been sent to Russia's Kursk region.",
     "8,000", {"metric": "dprk_troops_in_russia", "as_of": ""}),
    ("an area held 'since' a month is dated by it",
     "According to the agency's source, Ukraine had controlled about 1,200 km2 in the Kursk region since "
     "August 2024.",
     "1,200", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-08"}),
    ("one 'approximately' over coordinated counts",
     "Kyiv says Russian losses include approximately 200,000 killed and 400,000 wounded.",
     "400,000", {"metric": "russian_casualties", "qualifier": "approx"}),
    ("'put the figure at N': the figure of the sentence before",
     "Kyiv said as many as 5,000 North Korean soldiers had been killed or wounded. Seoul's spy agency put the "
     "figure at 2,500.",
     "2,500", {"metric": "dprk_casualties"}),
    ("a quote split into sentences is attributed where it closes, 'the source' named before",
     "A source in Ukraine's General Staff spoke to the agency. \u201cAt most, we held about 1,300 square "
     "kilometres in Kursk. Now it is less,\u201d the source said.",
     "1,300", {"metric": "ukraine_held_kursk_km2", "source": "Ukrainian General Staff"}),
    ("'the source' is not the evidence a sentence before cites",
     "Kyiv's forces lost ground in Kursk, Reuters reported, citing a source in the General Staff. According to "
     "the data, Russia is retaking land. \u201cNow we control about 700 square kilometres,\u201d the source said.",
     "700", {"metric": "ukraine_held_kursk_km2", "source": "Ukrainian General Staff"}),
    ("a person the table does not know, named with a role it does: the organisation, then the person",
     "Russia has suffered as many as 90,000 dead and wounded, Jane Roe, U.S. undersecretary of defense for "
     "policy, said Monday.",
     "90,000", {"metric": "russian_casualties", "source_has": "Pentagon (Jane Roe)"}),
    ("'Ukraine's commander' is the commander-in-chief",
     "Ukraine's commander says Ukrainian forces still hold 60 sq km in Russia's Kursk region.",
     "60", {"metric": "ukraine_held_kursk_km2", "source": "Syrskyi"}),
    ("a headline's figure is the source's who gives it in the body",
     "North Korea sends 2,500 more troops to Russia\n\nNorth Korea has sent 2,500 more troops to Russia, "
     "South Korea's spy agency said on Monday.",
     "2,500", {"metric": "dprk_troops_in_russia", "source": "South Korea National Intelligence Service",
               "claims": 2, "one_source": True}),
    ("'soldiers from North Korea': where they come from says whose they are",
     "In the Kursk region, 9,000 soldiers from North Korea are fighting on Russia's side.",
     "9,000", {"metric": "dprk_troops_in_russia"}),
    ("'increase this number to N': the figure just named, not a new one",
     "Russia has 40,000 troops in the Kursk region and about 600,000 in the war, with plans to increase this "
     "number to 700,000.",
     "700,000", {"metric": None}),
    ("'put the number of X – an aside – at N': the aside's words are not what N counts",
     "Senior officials last week put the number of Pyongyang's soldiers in Kursk – where Ukrainian troops have "
     "been fighting since the summer and still hold several hundred square miles of Russian territory, villages "
     "and roads – at about 7,000.",
     "7,000", {"metric": "dprk_troops_in_russia"}),
    ("'out of a total of N': the whole counts what its part counts",
     "Senior officials last week put the number of Pyongyang's soldiers in Kursk – where Ukrainian troops have "
     "been fighting since the summer and still hold several hundred square miles of Russian territory, villages "
     "and roads – at about 7,000 out of a total of 11,000 in Russia.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("a participle right after the number says what it counts: killed and wounded apart",
     "Kyiv says Russia's losses include about 250,000 killed and 600,000 wounded.",
     "600,000", {"metric": "russian_casualties", "counted": "wounded"}),
    ("'N.K.' is North Korea's",
     "About 400 N.K. soldiers killed, 3,100 wounded in Kursk: Seoul",
     "3,100", {"metric": "dprk_casualties", "counted": "wounded"}),
    ("a payment to volunteers' children is no signing bonus",
     "The regional head ordered paying 30,000 rubles to children of volunteers who signed a contract.",
     "30,000", {"metric": None}),
    ("a first service year's pay is no signing bonus",
     "Volunteers will receive a one-time payment of 1.5 million rubles, taking their pay in their first "
     "service year to 4.8 million rubles.",
     "4.8 million", {"metric": None}),
    ("a bare number coordinated with a measure is of that measure, not people",
     "Payments go to the families of North Korean soldiers in Kursk, such as pensioners who are 62 and 57 "
     "years (men and women respectively).",
     "62", {"metric": None}),
    ("'of their troops': the force named before, not a country merely mentioned",
     "North Korean forces are taking heavy losses on the front lines of Russia's war, with 900 of their troops "
     "killed or wounded in a week in Russia's Kursk region.",
     "900", {"metric": "dprk_casualties"}),
    ("past a metric's largest possible figure: another count (Russia's whole force, not its Kursk grouping)",
     "Kyiv's troops still hold ground in Kursk against a numerically superior enemy, estimated by Ukraine to "
     "comprise around 600,000 Russian troops.",
     "600,000", {"metric": None}),
    ("'more N' with 'than' dropped is still a lower bound",
     "Zelensky said on Monday that more 2,500 North Korean soldiers are believed killed or wounded.",
     "2,500", {"metric": "dprk_casualties", "qualifier": "more_than"}),
    ("what someone earns is a wage, not a signing bonus",
     "Volunteers now get a one-time payment of 1.9 million rubles. For comparison, a teacher in the city earns "
     "60,000 rubles a month and a lawyer earns 140,000 rubles.",
     "140,000", {"metric": None}),
    ("a misspelt hedge is still a hedge",
     "Currently, we have under our control neary 900 square kilometers of Russian territory in Kursk, "
     "Syrskyi said.",
     "900", {"metric": "ukraine_held_kursk_km2", "qualifier": "approx"}),
    ("'..., authorities said' of a region's payment: that region's authorities",
     "Russia's Kursk region is offering a record 2.5 million rubles in one-time payments for signing military "
     "contracts, authorities said Monday.",
     "2.5 million", {"metric": "signing_bonus_rub", "source": "Kursk regional government"}),
    ("one unit's size of several ('each consisting of N') is no force total",
     "Several Russian brigade-sized units, each consisting of at least 2,000 soldiers, have been moved to Kursk.",
     "2,000", {"metric": None}),
    ("'according to the agency's estimates': the agency named before, not 'agency's'",
     "South Korea's spy agency briefed lawmakers on Monday. According to the agency's estimates, around 400 "
     "North Korean troops were killed.",
     "400", {"metric": "dprk_casualties", "source": "South Korea National Intelligence Service"}),
    ("', reports suggest that ...': 'reports' is the noun, 'suggest' no speaker",
     "Since August, reports suggest that Ukraine has taken about 1,100 square kilometres of Russia's Kursk region.",
     "1,100", {"metric": "ukraine_held_kursk_km2", "source_not": "suggest"}),
    ("'a senior Defense Department official' is the Pentagon's",
     "Russia has suffered more than 700,000 casualties, according to a senior Defense Department official.",
     "700,000", {"metric": "russian_casualties", "source": "Pentagon"}),
    ("'..., the agency has previously said': a statement from before the story, undated",
     "North Korea has deployed more than 9,000 troops to Russia, the NIS has previously said.",
     "9,000", {"metric": "dprk_troops_in_russia", "as_of": ""}),
    ("the other side's troops are a subject of their own",
     "Russia has lost 700,000 soldiers killed or wounded. Ukraine's own losses are also heavy. The report "
     "estimates 300,000 Ukrainian troops have been killed or wounded, with 50,000 to 70,000 deaths.",
     "50,000 to 70,000", {"metric": None}),
    # --- who said it (session 23) ---------------------------------------------------------------------
    ("a speaker whose name ends in a plural body word ('intelligence agencies believe')",
     "British and Polish intelligence agencies believe that North Korea sent about 9,000 troops to Russia.",
     "9,000", {"metric": "dprk_troops_in_russia", "source": "British and Polish intelligence agencies"}),
    ("an adverb between the speaker and the verb; a clause's opening word is not the speaker's",
     "While the Ukrainian government now claims over 17,000 Russian soldiers have been killed, Moscow admits "
     "far fewer.",
     "17,000", {"metric": "russian_casualties", "source": "Ukrainian government"}),
    ("after a closed quotation, the narrator speaks again",
     "\u201cWe keep losing villages one by one and cannot hold them all,\u201d says Ivan Petrenko, a retired "
     "colonel. Since October, Russia has grown its Kursk grouping to about 45,000 troops.",
     "45,000", {"metric": "russian_troops_kursk", "source_not": "Petrenko"}),
    ("the narrator's own hedge ('is thought to') does not carry the last speaker on",
     "Seoul's military said the North shipped missiles to Russia. North Korea is thought to have "
     "sent 9,500 soldiers to Russia last year.",
     "9,500", {"metric": "dprk_troops_in_russia", "source_not": "Joint Chiefs"}),
    ("a legislator relaying an agency's briefing speaks for it, also by title and surname",
     "Lawmaker Kim Byung-joo, who was briefed by the National Intelligence Service, spoke to reporters. "
     "MP Kim said about 2,500 North Korean soldiers had been killed.",
     "2,500", {"metric": "dprk_casualties", "source_has": "National Intelligence Service (Kim Byung-joo)"}),
    ("the body that set a payment, as the active subject, is its source",
     "Last month the authorities of the Kirov region raised the one-time payment to 1.4 million rubles.",
     "1.4 million", {"metric": "signing_bonus_rub", "source": "Kirov regional government"}),
    ("'X cites Y as saying': the cited one",
     "The regional newspaper cites Ivan Petrenko as saying that Ukraine holds about 650 square kilometres of "
     "the Kursk region.",
     "650", {"metric": "ukraine_held_kursk_km2", "source": "Ivan Petrenko"}),
    ("a headline's speaker given by kind takes the one the body names for the same figure",
     "Russia has lost 640,000 troops, US defence chief says\nRussia has lost 640,000 troops killed or wounded, "
     "Pentagon spokesman Pat Ryder said on Monday.",
     "640,000", {"metric": "russian_casualties", "source": "Pentagon"}),
    ("a role with two adjectives names the commander-in-chief",
     "Ukraine holds about 800 square kilometres in Kursk, Ukraine's top military commander said.",
     "800", {"metric": "ukraine_held_kursk_km2", "source": "Syrskyi"}),
    ("troops massed on another front near Kursk are not the Kursk grouping",
     "Russia has massed 60,000 troops near Sumy, close to the Kursk region, Zelensky said.",
     "60,000", {"metric": None}),
    # --- what it counts and its bound (session 23) ----------------------------------------------------
    ("'top' as a verb is a lower bound (not 'the top 3')",
     "Russian losses top 1.1 million, Kyiv says",
     "1.1 million", {"metric": "russian_casualties", "qualifier": "more_than"}),
    ("'people fighting in Russia's military': an armed force one is in says whose one is",
     "More than 80,000 people fighting in Russia's military have died in Ukraine.",
     "80,000", {"metric": "russian_casualties", "counted": "killed"}),
    ("'casualties suffered by the Russian army': who suffers them is whose they are",
     "The casualties suffered by the Russian army in the war have reached 150,000.",
     "150,000", {"metric": "russian_casualties"}),
    ("a hedge before an aside between dashes qualifies the number after it; the aside names the source",
     "Russian casualties are now approaching - according to the calculations of the Ukrainian army - 140,000.",
     "140,000", {"metric": "russian_casualties", "qualifier": "approx", "source_not": "140"}),
    ("a speaker's verb 'estimated that' reports a figure, it does not hedge it",
     "Britain's defence ministry estimated on Monday that 20,000 Russian soldiers had been killed.",
     "20,000", {"metric": "russian_casualties", "qualifier": "exact"}),
    ("'it estimated N': the verb again, not 'an estimated N'",
     "The UK defence ministry said it estimated 330,000 Russian dead or wounded.",
     "330,000", {"metric": "russian_casualties", "qualifier": "exact"}),
    ("the area a hold shrank from is its peak, not what is held",
     "Ukraine's foothold in Kursk has shrunk from some 480 square miles to just 40 square miles.",
     "480", {"metric": "ukraine_held_kursk_km2", "counted": "area_seized"}),
    ("'At the peak of the offensive, ...' before the clause: the peak",
     "At the peak of their offensive, Ukrainian units controlled around 1,250 square kilometres of Kursk.",
     "1,250", {"metric": "ukraine_held_kursk_km2", "counted": "area_seized"}),
    ("a casualty predicate past a participle phrase says what the count counts",
     "About 1,800 North Korean soldiers sent to help Russia in Kursk are believed to have been killed, Seoul said.",
     "1,800", {"metric": "dprk_casualties", "counted": "killed"}),
    ("a contingent of soldiers and engineers is not a count of fighting troops",
     "Pyongyang will send another 4,000 soldiers and engineers to Russia, Seoul said.",
     "4,000", {"metric": "dprk_troops_in_russia", "counted": "engineers", "charted": False}),
    ("'the capture of N soldiers' counts prisoners",
     "Zelensky confirmed the capture of three North Korean soldiers in Kursk.",
     "three", {"metric": "dprk_casualties", "counted": "captured"}),
    # --- who said it, again (session 23) -----------------------------------------------------------
    ("a defence minister speaks for the ministry",
     "Britain's Defence Secretary John Doe estimated that 25,000 Russian soldiers had been killed.",
     "25,000", {"metric": "russian_casualties", "source": "UK Ministry of Defence"}),
    ("a day between the speaker and the verb",
     "Colonel Ivan Doe on Tuesday announced that Ukraine holds 950 square kilometres in Kursk.",
     "950", {"metric": "ukraine_held_kursk_km2", "source": "Colonel Ivan Doe"}),
    ("who a statement was given to is not who made it",
     "The one-time payment has been raised to 1.5 million rubles, the regional government told TASS.",
     "1.5 million", {"metric": "signing_bonus_rub", "source_not": "TASS"}),
    ("'X cited Y': the cited one",
     "Yonhap cited South Korean military officials who said about 1,500 more North Korean troops had arrived "
     "in Russia.",
     "1,500", {"metric": "dprk_troops_in_russia", "source_not": "Yonhap"}),
    # --- typography of hurried copy (session 23, after heldout22/23) ---------------------------------
    ("hyphenated nationality and hedge, a k for thousands",
     "North-Korean troops numbering more-than 11k arrived in east Russia.",
     "11k", {"metric": "dprk_troops_in_russia", "qualifier": "more_than"}),
    ("an apostrophe as thousands separator (a low-9 quote in the source)",
     "Over 12\u201a000 DPRK soldiers have been sent to Russia.",
     "12'000", {"metric": "dprk_troops_in_russia", "qualifier": "more_than"}),
    ("an age is not a count; the range before it is the claim",
     "Researchers estimated that between 41,000 and 56,000 Russian men under the age of 50 died in combat.",
     "41,000", {"metric": "russian_casualties"}),
    ("of two sources joined in one phrase, the one named first",
     "Russia has lost more than 210,000 soldiers in the war, according to Meduza and Mediazona.",
     "210,000", {"metric": "russian_casualties", "source": "Meduza"}),
    ("'America's top general' is the chairman of the Joint Chiefs, the Pentagon's",
     "America's top general estimated that Russia's military had lost more than 110,000 soldiers in Ukraine.",
     "110,000", {"metric": "russian_casualties", "source": "Pentagon"}),
    ("'the top Ukrainian commander' is the commander-in-chief",
     "Russia has moved some 35,000 troops to the Kursk region, the top Ukrainian commander said on Tuesday.",
     "35,000", {"metric": "russian_troops_kursk", "source": "Syrskyi"}),
    ("a decree's signatory set the payment",
     "President Vladimir Putin signed a decree on a one-time payment of 210,000 rubles to contract soldiers.",
     "210,000", {"metric": "signing_bonus_rub", "source": "Kremlin"}),
    ("a headline's infinitive is a plan, and a plan has no date of its own",
     "North Korea to deploy 4,000 engineers to Russia's Kursk region",
     "4,000", {"metric": "dprk_troops_in_russia", "scope": "planned", "as_of": ""}),
    ("'the deployment will include N': a plan",
     "North Korea's deployment will include 4,500 construction workers, Shoigu said.",
     "4,500", {"metric": "dprk_troops_in_russia", "scope": "planned"}),
    ("two sentences glued without a space are two sentences",
     "Russia has lost 1,000 soldiers in a day, Zelensky said on Monday.Separately, North Korea has about "
     "12,500 troops in Russia.",
     "12,500", {"metric": "dprk_troops_in_russia", "source": "unattributed"}),
    ("a ratio is no count: 'by a factor of N'",
     "These Russian deaths surpass Soviet losses in Afghanistan by a factor of 18.",
     "18", {"metric": None}),
    ("'X cited Y as saying', Y unknown to the table: Y",
     "Kim cited Ri as saying that North Korea plans to send a total of 9,000 troops to Russia by December.",
     "9,000", {"metric": "dprk_troops_in_russia", "source": "Ri"}),
    # --- whose forces, whose land (session 23, after heldout24/25) -------------------------------------
    ("a joint Russian and North Korean force is Russia's grouping",
     "Russia and North Korean troops mass for 45,000-strong fighting force set for Kursk assault",
     "45,000", {"metric": "russian_troops_kursk"}),
    ("Russia's advance into Ukraine is not Ukraine's hold in Kursk",
     "In contrast, Russia has advanced 1,250 square kilometres into Ukrainian territory since Ukraine's Kursk "
     "incursion began.",
     "1,250", {"metric": None}),
    ("what a force 'would need' is no count of it",
     "To retake the Kursk region, the Russian army would need about 55,000 soldiers, analysts say.",
     "55,000", {"metric": None}),
    ("'control has been established over N': a preposition, not a bound",
     "Ukraine's commander said control has been established over 45 square kilometres of Kursk.",
     "45", {"metric": "ukraine_held_kursk_km2", "qualifier": "exact"}),
    ("Ukraine's own military personnel are not Russian losses",
     "The head of Ukraine's armed forces said last month that almost 9,500 Ukrainian military personnel had been "
     "killed in the war with Russia.",
     "9,500", {"metric": None}),
    ("'Ukrainian' of an action is not of the troops counted",
     "Russia has responded to the initial Ukrainian advance by deploying around 61,000 troops to the Kursk region.",
     "61,000", {"metric": "russian_troops_kursk"}),
    ("'cutting their Kursk landholdings back to N'",
     "Russian forces have ground down the Ukrainian assault, cutting their Kursk landholdings back to less than "
     "190 square miles.",
     "190", {"metric": "ukraine_held_kursk_km2", "qualifier": "less_than"}),
    ("no speaker from a clause's opening participle or a number's hedge",
     "Given the estimate above, the true number of Russian military deaths could range from 147,000 to 212,000.",
     "147,000", {"metric": "russian_casualties", "source": "unattributed"}),
    ("'Recent reports indicate': the narrator's reports, not the speaker before",
     "Zelensky said Russia keeps attacking. Recent reports indicate that Ukraine has captured around 470 square "
     "miles of Kursk territory.",
     "470", {"metric": "ukraine_held_kursk_km2", "source": "unattributed"}),
    ("civilian workers are no force estimate",
     "Around 16,000 North Korean workers have been sent to Russia under industrial cooperation programmes.",
     "16,000", {"metric": None}),
    ("'military workers' are a contingent of engineers",
     "North Korea deployed 5,500 military workers to Russia to rebuild infrastructure in Kursk.",
     "5,500", {"metric": "dprk_troops_in_russia", "counted": "engineers"}),
    ("a lower bound shared by a list of tallies, each with its own word",
     "Russia has suffered heavy losses in Kursk, with over 7,800 killed, 12,300 wounded and 716 captured.",
     "12,300", {"metric": "russian_casualties", "counted": "wounded", "qualifier": "more_than"}),
    ("what Moscow 'managed to capture' is not Ukraine's hold",
     "Ukraine's Kursk incursion shocked Moscow. However, Moscow only managed to capture around 260 sq km of "
     "Ukraine in that month.",
     "260", {"metric": None}),
    ("pay for every kilometre captured is no signing bonus",
     "A daily bonus of 8,500 rubles is given to those in an offensive operation and 52,000 rubles for every "
     "kilometer captured within an assault platoon.",
     "52,000", {"metric": None}),
    ("'Kyiv's top general' is the commander-in-chief",
     "Ukrainian troops have captured around 1,050 square kilometers of Russia's Kursk region so far, Kyiv's "
     "top general said.",
     "1,050", {"metric": "ukraine_held_kursk_km2", "source": "Syrskyi"}),
    ("a headline's Title-Case number-noun compound",
     "Kremlin’s 45,000-Troop Kursk Push Stalls",
     "45,000", {"metric": "russian_troops_kursk", "counted": "troops"}),
    ("a nationality written in lower case",
     "kursk update: about 35,000 russian dead or injured there since august, per the general staff.",
     "35,000", {"metric": "russian_casualties", "counted": "casualties"}),
    ("a participle of extent continues the clause before it",
     "Kyiv's troops took 60 villages in the first week, spanning about 900 square kilometres of the Kursk region.",
     "900", {"metric": "ukraine_held_kursk_km2"}),
    ("the agent of a sending is whose troops they are",
     "Satellite images show 8,000 troops dispatched by North Korea arriving in Russia's Far East.",
     "8,000", {"metric": "dprk_troops_in_russia", "counted": "troops"}),
    ("the whole of a fraction counts what its own words say",
     "Kyiv says losses now equal a third of the 12,000 North Korean soldiers deployed to Kursk.",
     "12,000", {"metric": "dprk_troops_in_russia", "counted": "troops"}),
    ("the whole of a fraction: only its noun phrase, not a relative clause or the verb after it",
     "Seoul says a third of the 11,000 North Korean soldiers, who were deployed in October, are dead or wounded.",
     "11,000", {"metric": "dprk_troops_in_russia", "counted": "troops"}),
    ("a handful of soldiers are people, not a force",
     "The two North Korean soldiers held in Kyiv were with a unit sent to Russia, the agency said.",
     "two", {"metric": None}),
    ("a tally over a short window is a rate, not the toll",
     "Russian troops lost 1,260 people over the past day in fighting along the front, Kyiv said.",
     "1,260", {"metric": "russian_casualties", "scope": "rate_day"}),
    ("a span of months is no rate",
     "Russia lost 20,000 troops in the last 100 days of its Kursk campaign, Kyiv said.",
     "20,000", {"metric": "russian_casualties", "scope": "in_kursk"}),
    ("what was 'set at' a sum is the noun phrase, however far back it begins",
     "Putin doubled the one-time bonus for recruits. Under the rules, the guaranteed wage a contract soldier earns "
     "each month while he serves at the front in Ukraine or in the border regions is set at 210,000 rubles.",
     "210,000", {"metric": None}),
    ("what something costs is no bonus",
     "Former police officers in Crimea get a one-time payment of 5,000 rubles. There, the price of a month's "
     "groceries for a pensioner was 4120.50 rubles in March.",
     "4120.50", {"metric": None}),
    ("... while the bonus beside it stays one",
     "Former police officers in Crimea get a one-time payment of 5,000 rubles. There, the price of a month's "
     "groceries for a pensioner was 4120.50 rubles in March.",
     "5,000", {"metric": "signing_bonus_rub"}),
    ("'the cost of' in another clause does not undo a bonus",
     "Belgorod raised its one-time bonus for contract soldiers to 3 million rubles as the cost of recruitment soars.",
     "3 million", {"metric": "signing_bonus_rub"}),
    ("a day range before a month is a date",
     "Russian forces in Kursk lost their supply lines after strikes on three bridges on 14-17 August.",
     "14", {"metric": None}),
    ("another country's soldiers are not Russia's losses",
     "Unlike Russia's losses, some 2,400 U.S. troops died in Afghanistan over twenty years.",
     "2,400", {"metric": None}),
    ("an accident's toll is not a war's",
     "Pyongyang's troops are still in Kursk; in Seoul, a bus crash killed 31 people on Sunday.",
     "31", {"metric": None}),
    ("'forces in Russia have seized': a place before the verb, not who seized",
     "Ukraine's troops in Russia have only managed to capture 400 square kilometres, Syrskyi said.",
     "400", {"metric": "ukraine_held_kursk_km2"}),
    ("what is reported after 'that' is a clause of its own",
     "It is the first tally of North Korean losses since reports surfaced last month that Pyongyang had sent "
     "11,000 troops to help Moscow.",
     "11,000", {"metric": "dprk_troops_in_russia", "counted": "troops"}),
    ("a capital as the whole speaker is its government",
     "Kiev says its forces control 1,150 square kilometres of Russia's Kursk region.",
     "1,150", {"metric": "ukraine_held_kursk_km2", "source": "Ukrainian government"}),
    ("'..., he said, ... figures reported by X': X's are other figures",
     "Pentagon spokesman Pat Ryder spoke on Friday. North Korean units were sent into hopeless attacks, he said, "
     "estimating that Pyongyang suffered more than 1,200 killed or wounded last week, in line with figures "
     "reported by Seoul.",
     "1,200", {"metric": "dprk_casualties", "source": "Pentagon"}),
    ("'..., he said, citing X': X is the original of the relay chain",
     "Pentagon spokesman Pat Ryder briefed reporters on Tuesday. About 11,000 North Korean troops are in Kursk, "
     "he said, citing South Korea's intelligence agency.",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "South Korea National Intelligence Service"}),
    ("a time after the number is not its noun",
     "Seoul's military raised its estimate of North Korean casualties to 4,000 last month.",
     "4,000", {"metric": "dprk_casualties", "counted": "casualties"}),
    ("'with around N already deployed' shares the count's noun",
     "Pyongyang has shipped more than 10,000 soldiers to Russia, with some 2,000 already at the Kursk front.",
     "2,000", {"metric": "dprk_troops_in_russia", "counted": "troops"}),
    ("Ukrainian troops as captors: the captured are Russia's",
     "Ukrainian troops have captured 610 servicemen of the Russian army in Kursk so far, the commander said.",
     "610", {"metric": "russian_casualties", "counted": "captured"}),
    ("... but Ukrainian troops killed are not Russia's losses",
     "Moscow claims 40,000 Ukrainian troops killed in Kursk since August.",
     "40,000", {"metric": None}),
    ("'Putin has suffered' is Russia's army",
     "By Western counts, Putin has lost more than 650,000 men killed or wounded in the war.",
     "650,000", {"metric": "russian_casualties"}),
    ("... but 'Putin's war has cost Ukraine' is not",
     "Putin's war has cost Ukraine 43,000 soldiers killed, Zelensky said.",
     "43,000", {"metric": None}),
    ("a whole army's size is no deployment",
     "Analysts reckon the Korean People's Army is estimated to have some 1.3 million men under arms.",
     "1.3 million", {"metric": None}),
    ("... while '<country>'s military has sent' is one",
     "The North Korean military has sent 11,000 troops to Russia, Seoul said on Monday.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'over the weekend' is the weekend's Saturday before a Monday's article",
     "Over the weekend, Zelensky said 3,000 North Korean troops had been killed or wounded in Kursk.",
     "3,000", {"metric": "dprk_casualties", "as_of": "2025-03-08"}),
    ("'It estimates': the author of the report the article named before",
     "A new study by the International Institute for Strategic Studies came out on Monday. The war has dragged "
     "on for three years. Front lines have barely moved. Both armies are short of men. Its findings are grim. "
     "It estimates that Russia has suffered about 900,000 casualties since February 2022.",
     "900,000", {"metric": "russian_casualties", "source": "International Institute for Strategic Studies"}),
    ("'Seoul's top military officials' are its Joint Chiefs of Staff",
     "Kyiv's figure is far above the one given by Seoul's top military officials, who said on Monday that "
     "at least 1,300 North Korean troops had been killed or wounded.",
     "1,300", {"metric": "dprk_casualties", "source": "South Korea Joint Chiefs of Staff"}),
    ("an aside between commas, then the count's own verb",
     "Some 9,000 North Korean soldiers, among them special forces, are now fighting near Sudzha in Kursk.",
     "9,000", {"metric": "dprk_troops_in_russia", "scope": "in_kursk"}),
    ("'in the <adjective> region of Kursk' is in Kursk",
     "About 7,500 North Korean troops are stationed in the southern region of Kursk, Kyiv's spy chief said.",
     "7,500", {"metric": "dprk_troops_in_russia", "scope": "in_kursk"}),
    ("'nearing' a level is about that level",
     "Britain's defence ministry says Russia's casualties are nearing 950,000 after three years of war.",
     "950,000", {"metric": "russian_casualties", "qualifier": "approx"}),
    ("'passed a grim milestone:' and 'topped the ... mark' are more than that level",
     "Russian losses have passed a grim milestone: 700,000 soldiers killed or wounded, Kyiv's general staff said. "
     "Russian losses in the war topped the 800,000 mark by the spring, Britain says.",
     "700,000", {"metric": "russian_casualties", "qualifier": "more_than"}),
    ("... the mark after the number",
     "Russian losses in the war topped the 800,000 mark by the spring, Britain says.",
     "800,000", {"metric": "russian_casualties", "qualifier": "more_than"}),
    ("... but 'sent the 8,000 troops' (no milestone word after) stays exact",
     "Russia has sent the 8,000 troops it promised to the Kursk front, a Kremlin aide said.",
     "8,000", {"qualifier": "exact"}),
    ("a subject, an aside between commas, then its verb before the number",
     "The number of North Korean casualties, including the missing, is now close to 5,000, Kyiv's spy agency says.",
     "5,000", {"metric": "dprk_casualties"}),
    ("'as the war began in <month>' dates the war, not the count",
     "Russia has lost some 650,000 soldiers killed or wounded as the full-scale war began in February 2022, "
     "the Pentagon said.",
     "650,000", {"metric": "russian_casualties", "as_of": "2025-03-10"}),
    ("'the White House said' is the White House's, not a later speaker's in an 'as' clause",
     "Pyongyang has moved 9,000 soldiers into Russia, the White House said Tuesday, as President Zelensky warned "
     "the number could double.",
     "9,000", {"metric": "dprk_troops_in_russia", "source": "White House"}),
    ("... and a White House spokesman named in the table stays the body he speaks for",
     "White House spokesman John Kirby said 9,000 North Korean soldiers had reached Russia.",
     "9,000", {"metric": "dprk_troops_in_russia", "source": "US National Security Council"}),
    ("'a day after X reported that N' dates N the day before the sentence's time",
     "Kyiv's comment came a day after The Washington Post reported that Russia had massed 45,000 troops in Kursk.",
     "45,000", {"metric": "russian_troops_kursk", "as_of": "2025-03-09"}),
    ("... but a figure in the main clause after it keeps the sentence's time",
     "A day after The Washington Post reported on the build-up, Kyiv said 45,000 Russian troops were in Kursk.",
     "45,000", {"metric": "russian_troops_kursk", "as_of": "2025-03-10"}),
    ("'Of these, N ...' opening a sentence counts the force of the sentence before",
     "Pyongyang plans to send 9,000 soldiers to fight for Moscow. Of these, 2,500 have already reached the "
     "Russian city of Khabarovsk.",
     "2,500", {"metric": "dprk_troops_in_russia"}),
    ("a count's noun glued to the preposition after it by stripped markup",
     "Kim Jong Un has sent 9,000 troopsto Russia's Kursk region, Seoul says.",
     "9,000", {"metric": "dprk_troops_in_russia", "counted": "troops"}),
    ("a hedge before a quoted number: losses 'top N'",
     "UK intelligence: Russian losses 'top 700,000'",
     "700,000", {"metric": "russian_casualties", "qualifier": "more_than"}),
    ("a figure inside 'since X announced that ...' was said before: no date",
     "These are the first losses reported since Seoul announced that Pyongyang had sent 9,000 troops to Russia.",
     "9,000", {"metric": "dprk_troops_in_russia", "as_of": ""}),
    ("'there will be N more ... soon' is a plan, not a wave that came",
     "Kyiv's spy chief said there will be 8,000 more North Korean soldiers in Russia soon.",
     "8,000", {"metric": "dprk_troops_in_russia", "scope": "planned", "as_of": ""}),
    ("'N more expected by <month>' is a plan",
     "Seoul says 4,000 North Korean troops are in Russia, with up to 7,000 more expected by January.",
     "7,000", {"metric": "dprk_troops_in_russia", "scope": "planned"}),
    ("'N additional troops to be deployed': the passive infinitive is the count's own predicate",
     "Seoul confirmed that 900 North Korean soldiers have reached Russia, with some 8,000 additional troops to be "
     "deployed.",
     "8,000", {"metric": "dprk_troops_in_russia", "scope": "planned"}),
    ("'has the capability to bring N more troops' is a plan",
     "An analyst said Pyongyang has the capability to bring 25,000 more troops to Russia.",
     "25,000", {"metric": "dprk_troops_in_russia", "scope": "planned"}),
    ("the part of a new wave that arrived ('..., with N already having arrived') is of that wave",
     "Seoul's spy agency said Pyongyang plans to send another 5,000 soldiers and builders to Russia, with about "
     "2,000 already having arrived.",
     "2,000", {"metric": "dprk_troops_in_russia", "scope": "additional"}),
    ("'on <weekday>, <date>' is that date, whatever the article's own date says",
     "Kyiv's top general said on Sunday, March 2, 2025, that Ukrainian forces still held about 300 square "
     "kilometres of Kursk.",
     "300", {"metric": "ukraine_held_kursk_km2", "as_of": "2025-03-02"}),
    ("'said in a new report on <date>' dates the figure",
     "North Korea has lost more than 5,000 soldiers killed or wounded, Britain's Defence Ministry said in a new "
     "intelligence report on March 8.",
     "5,000", {"metric": "dprk_casualties", "as_of": "2025-03-08"}),
    ("'N personnel, including combat engineers and military workers' counts builders",
     "Pyongyang will send 4,000 personnel, including combat engineers and military workers, to rebuild Kursk.",
     "4,000", {"metric": "dprk_troops_in_russia", "counted": "engineers"}),
    ("... but 'N troops, including engineers' stays a force",
     "Pyongyang has sent 11,000 troops, including combat engineers, to Kursk.",
     "11,000", {"metric": "dprk_troops_in_russia", "counted": "troops"}),
    ("'Moscow's top security official' is Shoigu",
     "North Korea will send 4,000 builders to Kursk, according to Moscow's top security official.",
     "4,000", {"metric": "dprk_troops_in_russia", "source": "Shoigu"}),
    ("Korean copy's 'the North' as a verb's subject is North Korea",
     "Seoul's spy agency said the North had sent another 2,000 troops to Russia last month.",
     "2,000", {"metric": "dprk_troops_in_russia"}),
    ("... but 'the North group of forces' is Russia's army group, not North Korea",
     "Units of the North group of forces have deployed 2,000 troops near Sudzha.",
     "2,000", {"metric": None}),
    ("'taken N Russian prisoners' in a list of gains is Russia's captured",
     "Kyiv says its troops have seized 800 square kilometres, freed 70 villages and taken 450 Russian prisoners.",
     "450", {"metric": "russian_casualties", "counted": "captured"}),
    ("Russian soldiers that Ukrainian forces encircle in Kursk are Russia's force there",
     "Ukrainian forces encircle about 2,000 Russian soldiers in the Kursk region, Bild reports.",
     "2,000", {"metric": "russian_troops_kursk"}),
    ("a speaker's 'announced that ...' is the source, the outlet after it ('as per Reuters') a relay",
     "Zelensky announced that Ukrainian troops had seized 90 settlements and more than 1,200 square kilometres of "
     "Kursk, as per Reuters.",
     "1,200", {"metric": "ukraine_held_kursk_km2", "source": "Zelensky"}),
    ("an area 'captured ... since <date>' is the gains summed to the statement's day",
     "Ukraine's army has captured more than 1,200 square kilometres of Kursk since August 6, Syrskyi said.",
     "1,200", {"metric": "ukraine_held_kursk_km2", "as_of": "2025-03-10"}),
    ("a force entering Russia is not Russia's own Kursk force",
     "Kursk is quiet, Kyiv says. Seoul's spy agency said it saw 1,500 special forces entering eastern Russia.",
     "1,500", {"metric_not": "russian_troops_kursk"}),     # (North Korea's, its spy agency the speaker: twenty-ninth session)
    ("a force 'initially estimated at N' is an earlier figure: no date the text gives",
     "The deployment, initially estimated at over 9,000 North Korean troops, has grown, Seoul says.",
     "9,000", {"metric": "dprk_troops_in_russia", "as_of": ""}),
    ("a number restating a hypothetical one between dashes is hypothetical too",
     "Moscow would need up to 15 brigades – about 40,000 men – to retake Kursk, the Pentagon said.",
     "40,000", {"metric": None}),
    ("'N wounded for every soldier killed' is a ratio, not a toll",
     "Analysts assume that an army loses four wounded soldiers for every soldier killed; Russia has lost 90,000 killed.",
     "four", {"metric": None}),
    ("a referral fee ('who brings his friend ... is paid N rubles') is no sign-up bonus",
     "In the Tver region, a man who brings his friend to the enlistment office is paid 50,000 rubles.",
     "50,000", {"metric": None}),
    ("a bare '1m' after a count of people is a million, not a metre",
     "Russian military losses top 1m, Kyiv says",
     "1m", {"metric": "russian_casualties", "qualifier": "more_than"}),
    ("Ukraine's own losses in a contrast are not Russia's",
     "Russia has lost some 900,000 soldiers, while Ukrainian losses are put at close to 400,000, the institute says.",
     "400,000", {"metric": None}),
    ("both sides' losses summed, whatever the words between, are not Russia's",
     "A new study puts Russian and Ukrainian war casualties at close to 1.5 million.",
     "1.5 million", {"metric": None}),
    ("a unit's record size at home is no deployment",
     "The general commanded North Korea's special forces, believed to be the world's largest at roughly 150,000 strong.",
     "150,000", {"metric": None}),
    ("an acronym the article spelled out before is the body it stands for",
     "The Dutch Military Intelligence and Security Service (MIVD) briefed reporters on Friday. MIVD said about "
     "9,500 North Korean troops were now in Russia.",
     "9,500", {"metric": "dprk_troops_in_russia", "source": "Dutch Military Intelligence and Security Service"}),
    # --- guards from the review of this session's rules (each keeps a new rule from reaching too far) ----
    ("... but 'sooner than expected by <someone>' is a past forecast, not a plan",
     "North Korea's 12,000 troops reached Russia sooner than expected by Seoul, Kyiv said.",
     "12,000", {"metric": "dprk_troops_in_russia", "scope": "in_russia", "as_of": "2025-03-10"}),
    ("... but a bare count larger than the new wave is the force already there",
     "Pyongyang will send another 4,000 soldiers, with 12,000 already in Kursk, Seoul's spy agency said.",
     "12,000", {"metric": "dprk_troops_in_russia", "scope": "in_kursk"}),
    ("... but 'N troops to be used against <someone>' is a purpose: the words after it do not exclude",
     "Russia has 45,000 troops to be used against Ukrainian units in Kursk, Syrskyi said.",
     "45,000", {"metric": "russian_troops_kursk"}),
    ("... but 'N personnel, including engineers and <fighters>' stays a force",
     "Russia has 60,000 personnel, including combat engineers and paratroopers, in Kursk, Kyiv said.",
     "60,000", {"metric": "russian_troops_kursk", "counted": "troops"}),
    ("... but Russian troops moved to western Russia are Russia's own Kursk force",
     "About 40,000 Russian troops were transferred to western Russia to push Ukraine out of Kursk, Kyiv says.",
     "40,000", {"metric": "russian_troops_kursk"}),
    ("... but 'Russian and Ukrainian officials' are no summed losses",
     "Russian and Ukrainian officials disagree: Kyiv says Russia has lost 850,000 troops.",
     "850,000", {"metric": "russian_casualties"}),
    ("... but the world's largest special forces, with no size, leave a deployment in the same sentence alone",
     "North Korea has the world's largest special forces, and 12,000 of its soldiers are in Russia, Seoul said.",
     "12,000", {"metric": "dprk_troops_in_russia"}),
    ("... nor does 'one of the world's largest armies' as an aside",
     "North Korea, home to one of the world's largest armies, has sent 12,000 troops to Russia.",
     "12,000", {"metric": "dprk_troops_in_russia"}),
    ("... but an outlet's own frame before the number makes it the source",
     "Zelensky said 4,000 North Korean soldiers were killed, but the BBC reported that it had confirmed 600 deaths.",
     "600", {"metric": "dprk_casualties", "source": "BBC"}),
    # (a bare "Defence Intelligence" is Britain's agency: the UK Ministry of Defence, since the twenty-seventh session)
    ("... and a sentence's opening words are not part of the spelled-out name",
     "On Tuesday Defence Intelligence (DI) published its update. DI said 12,000 North Korean troops were in Russia.",
     "12,000", {"metric": "dprk_troops_in_russia", "source": "UK Ministry of Defence"}),
    ("... but a bare '2m' after soldiers and other verbs is metres",
     "North Korean soldiers crawled forward 3m at a time, Ukraine's special forces said.",
     "3m", {"metric": None}),
    ("'a day after X said ...' is a time, not a daily rate",
     "The strike came a day after Kyiv said 3,500 North Korean soldiers had been killed or wounded.",
     "3,500", {"metric": "dprk_casualties", "scope": "total", "as_of": "2025-03-09"}),
    ("... nor is a 'daily intelligence update'",
     "Russia has lost 870,000 soldiers, Britain's Defence Ministry said in its daily intelligence update.",
     "870,000", {"metric": "russian_casualties", "scope": "total"}),
    ("... but prisoners that Russian forces took are not Russia's captured",
     "Russian forces have taken 1,200 prisoners near Sudzha since January, the Russian defence ministry said.",
     "1,200", {"metric": None}),
    ("'X on <weekday> announced that forces now hold N': 'now' in the reported words is the statement's day",
     "Kyiv's top commander on Tuesday announced that Ukrainian forces now control 900 square kilometres of Kursk.",
     "900", {"metric": "ukraine_held_kursk_km2", "as_of": "2025-03-04"}),
    ("... but 'now' with no stated time stays the article's day",
     "After fighting on Tuesday, Ukrainian forces now control 900 square kilometres of Kursk, the army said.",
     "900", {"metric": "ukraine_held_kursk_km2", "as_of": PUBLISHED}),
    ("'killed in the last week' is a window that ends on the statement's day, not last week's month",
     "About 1,000 North Korean soldiers were killed or wounded in the last week alone, the Pentagon said.",
     "1,000", {"metric": "dprk_casualties", "as_of": PUBLISHED}),
    ("... but 'last week' alone is last week's month",
     "About 1,000 North Korean soldiers were killed or wounded last week, the Pentagon said.",
     "1,000", {"metric": "dprk_casualties", "as_of": "2025-03"}),
    ("plural legislators as a speaker: 'South Korean lawmakers said that N'",
     "South Korean lawmakers said that 11,000 North Korean troops had joined Russian forces in Kursk.",
     "11,000", {"metric": "dprk_troops_in_russia", "source_has": "lawmakers"}),
    ("a copy whose thousands commas were spaced out: '3, 000 North Korean troops'",
     "The U. S. has confirmed that 3, 000 North Korean troops are already in Russia for training.",
     "3,000", {"metric": "dprk_troops_in_russia"}),
    ("'people fighting for the Russian army died' are Russia's dead",
     "Over 95,000 people fighting for the Russian army have died since the invasion began, the BBC found.",
     "95,000", {"metric": "russian_casualties"}),
    ("... but North Korean troops 'fighting for Russia' stay North Korea's",
     "Kim Jong Un honoured the deaths of 100 North Korean troops fighting for Russia in Ukraine.",
     "100", {"metric": "dprk_casualties"}),
    ("'liquidated' is a toll's verb",
     "More than 200,000 Russian troops have been “liquidated” since the invasion, Kyiv's military said.",
     "200,000", {"metric": "russian_casualties"}),
    ("'Kim is sending another N people to Kursk' is a contingent",
     "Russia says Kim Jong Un is sending another 6,000 people to Kursk.",
     "6,000", {"metric": "dprk_troops_in_russia", "scope": "additional"}),
    ("... but North Korean people working in Russia are no contingent",
     "North Korea has 15,000 people working on Russian building sites.",
     "15,000", {"metric": None}),
    ("both sides right after the number: 'nearly 500,000 Russian and Ukrainian soldiers'",
     "Battlefield casualties are approaching nearly 500,000 Russian and Ukrainian soldiers, US officials said.",
     "500,000", {"metric": None}),
    ("Ukraine's own toll in the passive: 'Ukraine was said to have 70,000 killed'",
     "Russia's losses near 300,000, officials said. Ukraine was said to have close to 70,000 killed.",
     "70,000", {"metric": None}),
    ("people driven from their homes are no force: 'drove 200,000 Russians from their homes'",
     "Russian troops are massing in the Kursk region to push Ukraine out. The invasion drove close to 200,000 "
     "Russians from their homes.",
     "200,000", {"metric": None}),
    ("a day's gain is not the area held: 'In the last day, Ukraine has taken control of N km²'",
     "In the last day, Ukraine has taken control of 40 square kilometers of territory in Kursk, its commander said.",
     "40", {"metric": None}),
    ("... but a day's advance in another sentence leaves the area held alone",
     "Over the past day, Ukrainian forces advanced two km. They now control 1,000 square kilometers of Kursk.",
     "1,000", {"metric": "ukraine_held_kursk_km2"}),
    ("a memorial's dead: 'names of 101 deceased soldiers' are killed, not a force",
     "Photos and names of 101 deceased North Korean soldiers were displayed on a memorial wall in Pyongyang.",
     "101", {"metric": "dprk_casualties", "counted": "killed"}),
    ("... but a memorial's room is no toll: 'could house the remains of at least 412 fallen soldiers'",
     "The new hall could house the remains of at least 412 fallen North Korean soldiers killed in Kursk.",
     "412", {"metric": None}),
    ("a whole army's size: 'boasting around 1.2 million personnel' is no contingent",
     "North Korea's military is one of the largest in the world, boasting around 1.2 million personnel, yet its "
     "troops in Russia lack combat experience.",
     "1.2 million", {"metric": None}),
    ("machine-reworded copy's 'round 10,000' is about 10,000",
     "Pyongyang despatched round 10,000 troops to train in Russia, the U.S. said.",
     "10,000", {"metric": "dprk_troops_in_russia", "qualifier": "approx"}),
    ("... but 'a round 10,000' stays exact",
     "Pyongyang sent a round 10,000 troops to train in Russia, the U.S. said.",
     "10,000", {"metric": "dprk_troops_in_russia", "qualifier": "exact"}),
    ("'Current estimates suggest' names no speaker",
     "Current estimates suggest that approximately 12,000 North Korean soldiers have been sent to Russia.",
     "12,000", {"metric": "dprk_troops_in_russia", "source_has": "unattributed"}),
    ("'according to figures released by X': X is the source",
     "More than 200,000 Russian troops have been killed, according to figures released by Kyiv's military.",
     "200,000", {"metric": "russian_casualties", "source_not": "figures"}),
    ("'According to Seoul's intelligence' is the NIS",
     "According to Seoul's intelligence, about 600 North Korean soldiers have died fighting for Russia.",
     "600", {"metric": "dprk_casualties", "source": "South Korea National Intelligence Service"}),
    ("'The Washington-based think tank estimates': the body named before",
     "The Center for Strategic and International Studies published a report on Monday. The Washington-based think "
     "tank estimates that Russia has sustained about 1.2 million casualties since February 2022.",
     "1.2 million", {"metric": "russian_casualties", "source": "Center for Strategic and International Studies"}),
    ("reworded copy's 'troopers' are troops",
     "South Korea said that about 1,100 North Korean troopers have been killed or wounded in Kursk.",
     "1,100", {"metric": "dprk_casualties"}),
    ("'1000's of troops' is thousands, not 1,000",
     "Pyongyang has despatched 1000’s of troops to Russia's Kursk region.",
     "1000", {"metric": "dprk_troops_in_russia", "qualifier": "vague"}),
    ("'of Russian land' places an area in Russia",
     "Ukraine's top commander said Ukraine has seized more than 300 square miles of Russian land.",
     "300 square miles", {"metric": "ukraine_held_kursk_km2"}),
    ("losses inflicted on Ukraine are not Russia's",
     "Russian military leaders claimed in July to have inflicted 700,000 “irrecoverable losses” on Ukraine.",
     "700,000", {"metric": None}),
    ("... but a toll 'in its war on Ukraine' is Russia's",
     "Russia has suffered 700,000 casualties in its war on Ukraine, the UK said.",
     "700,000", {"metric": "russian_casualties"}),
    ("a sentence about Ukraine's toll does not borrow the subject before it",
     "Russian commanders claimed huge gains. A confidential estimate put the number of Ukrainian fatalities at "
     "80,000, with 400,000 wounded.",
     "400,000", {"metric": None}),
    ("the war's toll is both sides': 'put the war's overall casualty toll at more than one million'",
     "Russia lost 2,030 soldiers on Friday, Kyiv said. Western estimates put the war’s overall casualty toll at "
     "more than one million in September.",
     "one million", {"metric": None}),
    ("land Russia conquered is not Ukraine's hold",
     "Since the start of the Kursk operation, Russia has conquered 5,295 km² of territory across Ukraine.",
     "5,295", {"metric": None}),
    ("a contingent added to another's army: 'added over 10,000 North Korean soldiers to its armed forces'",
     "Russia recently added over 10,000 North Korean soldiers to its armed forces for use in Ukraine.",
     "10,000", {"metric": "dprk_troops_in_russia"}),
    ("... but North Korea's own armed forces are no contingent",
     "North Korea's armed forces number about 1.2 million soldiers, far more than it sent to Russia.",
     "1.2 million", {"metric": None}),
    ("'senior U.S. officials said' is the US government, as 'Ukrainian officials' is Kyiv's",
     "Nearly 8,000 North Korean troops are in Russia's Kursk region, senior U.S. officials said Thursday.",
     "8,000", {"metric": "dprk_troops_in_russia", "source": "US government"}),
    ("'London assesses' is the UK government, as 'Seoul has claimed' is South Korea's",
     "London assesses that Russia has likely incurred approximately 950,000 casualties since 2022.",
     "950,000", {"metric": "russian_casualties", "source": "UK government"}),
    ("'according to Ukrainian calculations' is the Ukrainian government's",
     "The area Ukrainian forces took in Kursk was 1,159 km² according to Ukrainian calculations.",
     "1,159", {"metric": "ukraine_held_kursk_km2", "source": "Ukrainian government"}),
    ("'Out of the estimated N troops sent ..., M have been reported as casualties': N is the force",
     "North Korean troops are suffering heavy losses in Kursk. Out of the estimated 11,000 troops sent from North "
     "Korea, 4,000 have been reported as battle casualties.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'Out of the ...' opens no speaker's name",
     "Out of the estimated 11,000 North Korean troops sent to Russia, 4,000 have been reported as battle casualties.",
     "4,000", {"metric": "dprk_casualties", "source_not": "Out of"}),
    ("'X informed Reuters that N': X speaks, Reuters relays",
     "South Korean and Ukrainian sources informed Reuters that North Korea dispatched about 14,000 soldiers to Russia.",
     "14,000", {"metric": "dprk_troops_in_russia", "source_not": "Reuters"}),
    ("'According to the report, N' is the report's author the article named, not the speaker just before",
     "The assessment was published Tuesday by the Center for Strategic and International Studies. Ukrainian "
     "officials reported two civilians killed on Wednesday. According to the report, Russia has absorbed an "
     "estimated 1.2 million casualties since February 2022.",
     "1.2 million", {"metric": "russian_casualties", "source": "Center for Strategic and International Studies"}),
    ("'in the first four months of 2025' is April 2025 (as 'the first quarter of' is March)",
     "Around 160,000 Russian soldiers were killed or wounded in the first four months of 2025, London said.",
     "160,000", {"metric": "russian_casualties", "as_of": "2025-04"}),
    ("'in the first half of 2024' is June 2024",
     "Some 200,000 Russian soldiers were killed or wounded in the first half of 2024, the UK said.",
     "200,000", {"metric": "russian_casualties", "as_of": "2024-06"}),
    ("'in the vicinity of 15,000' is about 15,000",
     "Burns said the CIA's estimate would be something in the vicinity of 15,000 Russian soldiers killed.",
     "15,000", {"metric": "russian_casualties", "qualifier": "approx"}),
    ("a garbled 'approximately' ('approximatelymately 45,000') is still about 45,000",
     "Around 15,000 Russian soldiers have been killed; in addition, approximatelymately 45,000 Russian soldiers "
     "have been injured, the CIA said.",
     "45,000", {"metric": "russian_casualties", "qualifier": "approx"}),
    ("a toll is no force: 'the actual toll from the deployment is over 6,000 North Korean soldiers'",
     "Intelligence from South Korea says the actual toll from the deployment is over 6,000 North Korean soldiers.",
     "6,000", {"metric": "dprk_casualties"}),
    ("'his forces have conquered N km² of the Kursk region' is Ukraine's hold",
     "Ukraine's senior commander says his forces have conquered 1,000 square kilometers of the Kursk region.",
     "1,000", {"metric": "ukraine_held_kursk_km2"}),
    ("fighting on Ukraine's own soil is not the hold in Kursk",
     "Ukrainian counter-attacks on Ukrainian territory during the Kursk offensive only cost it 20 square kilometres.",
     "20 square", {"metric": None}),
    ("a closing 'by <date>' dates every count of the sentence",
     "Russian losses have risen to 984,000–1,438,000 casualties, including 190,000–480,000 deaths, by October 13th.",
     "984,000", {"metric": "russian_casualties", "as_of": "2025-10-13"}),
    ("'set to rise to N in subsequent deployments' is a plan, undated",
     "About 1,500 North Korean special forces were sent to Russia, with the total number set to rise to 12,000 "
     "soldiers in subsequent deployments.",
     "12,000", {"metric": "dprk_troops_in_russia", "scope": "planned", "as_of": ""}),
    ("Ukraine's own toll, 'is assessed to have incurred', is not Russia's",
     "Russia has suffered about 1.2 million casualties. Ukraine is assessed to have incurred close to 600,000 "
     "killed, wounded or missing.",
     "600,000", {"metric": None}),
    ("a dot for the thousands, as translated copy writes them: 'around 250.000 killed'",
     "Russia has suffered over 1.000.000 casualties, including around 250.000 soldiers killed, the UK said.",
     "250.000", {"metric": "russian_casualties", "counted": "killed", "value": 250000}),
    ("... but '27.423' stays a decimal, no count",
     "Russia's losses rose by 27.423 per cent on the year, the UK said.",
     "27.423", {"metric": None}),
    ("... but an exchange of the dead is no toll: 'Ukraine returned 34 deceased Russian soldiers'",
     "Ukraine returned 34 deceased Russian soldiers to Russia on Friday.",
     "34", {"metric": None}),
    ("... nor wounded sent home: '2,000 wounded North Korean soldiers were repatriated'",
     "About 2,000 wounded North Korean soldiers were repatriated, the NIS said.",
     "2,000", {"metric": None}),
    ("... but the White House as a place ('after talks at the White House') is no source",
     "After talks at the White House on Thursday, a Korean diplomat said 13,000 North Korean troops were in Russia.",
     "13,000", {"metric": "dprk_troops_in_russia", "source_not": "White House"}),
    ("'Among these ...' parts are of the whole named a sentence or two before, over its scope",
     "About 11,000 North Korean soldiers are in the Kursk region, Zelensky said. Kyiv also watches the Donetsk "
     "front. Among these North Korean troops are 400 officers, including 2 generals.",
     "400", {"metric": "dprk_troops_in_russia", "counted": "officers", "scope": "in_kursk"}),
    ("'somewhere shy of N' is an upper bound",
     "Ukrainian forces now control somewhere shy of 200 square miles of Russia's Kursk region, analysts say.",
     "200", {"metric": "ukraine_held_kursk_km2", "qualifier": "less_than"}),
    ("a perfect 'has passed N' is a lower bound, its subject before an aside between dashes",
     "Russian losses -- the killed, the wounded and the missing -- have passed 800,000, Kyiv says.",
     "800,000", {"metric": "russian_casualties", "qualifier": "more_than"}),
    ("a head count beside a wage stays a head count: 'they number N and are paid $M a month'",
     "North Korean soldiers have been seen fighting in the Kursk region. According to Ukrainian reports, they now "
     "number 9,000 and are paid about $2,000 a month.",
     "9,000", {"metric": "dprk_troops_in_russia", "source": "Ukrainian government"}),
    ("a speaker in a with-clause: '..., with Kyiv reporting N Russian soldiers killed'",
     "Fighting raged along the front on Tuesday, with Kyiv reporting 1,100 Russian soldiers killed in a single day.",
     "1,100", {"metric": "russian_casualties", "source": "Ukrainian government"}),
    ("a body that 'has not verified' the claim is not its source",
     "Japanese media have speculated that North Korea may send up to 15,000 more troops to Russia, although "
     "South Korea's National Intelligence Service has not verified the claim.",
     "15,000", {"metric": "dprk_troops_in_russia", "source_not": "South Korea National Intelligence Service"}),
    ("a day that opens the sentence is not its speaker: 'On Wednesday the U.S. said ...'",
     "On Wednesday the U.S. said for the first time that North Korea had sent 3,000 troops to Russia.",
     "3,000", {"metric": "dprk_troops_in_russia", "source_has": "U.S."}),
    ("a wire's clock time against its zone is no count: 'by 1157 GMT'",
     "North Korea has sent troops to Russia, Seoul says. Oil rose 0.4% to $75.25 a barrel by 1157 GMT.",
     "1157", {"metric": None}),
    ("a plural subject's 'report that' is a speech frame: 'South Korean and US sources all report that ...'",
     "South Korean and US sources all report that North Korea has sent at least 11,000 soldiers to Russia.",
     "11,000", {"metric": "dprk_troops_in_russia", "source_has": "sources"}),
    ("a list line's closing date, after a comma or 'to', dates its figures",
     "Source: UK estimates – 60,000 Russian military killed, 200,000 wounded, Nov 30, 2024.\n"
     "Source: U.S. estimates – 300,000 Russian military casualties, to Dec. 11, 2024.",
     "300,000", {"metric": "russian_casualties", "as_of": "2024-12-11"}),
    ("both sides' toll named after an aside between dashes: '... casualties—killed, wounded, or missing—across both countries'",
     "Russia's invasion of Ukraine has caused nearly 1.5 million military casualties—killed, wounded or "
     "missing—across both countries, a think tank estimates.",
     "1.5 million", {"metric": None}),
    ("... but Russia's own toll with the same aside stays Russia's",
     "Russia has suffered nearly 1 million military casualties—killed, wounded or missing—since the invasion, "
     "a think tank estimates.",
     "1 million", {"metric": "russian_casualties"}),
    ("a closing 'as of <date>' dates the count, not the statement's month before it",
     "Estimates announced in February put Russian losses at 150,000 soldiers killed and wounded (as of February 20).",
     "150,000", {"metric": "russian_casualties", "as_of": "2025-02-20"}),
    ("an inverted frame closing the sentence dates the statement: '..., reported the agency on <date>'",
     "About 400 North Korean soldiers have been killed in Kursk, reported the spy agency of South Korea (NIS) on February 13.",
     "400", {"metric": "dprk_casualties", "as_of": "2025-02-13"}),
    ("Ukraine's advance 'across the border' is into Russia: the land it took there is its hold",
     "In August, Ukrainian troops surprised Moscow by pushing across the border and seizing some 400 square miles of land.",
     "400", {"metric": "ukraine_held_kursk_km2"}),
    ("... but Russia's own push across the border is no Ukrainian hold",
     "In May, Russian troops pushed across the border and seized some 100 square kilometres of land near Kharkiv.",
     "100", {"metric": None}),
    ("a report 'submitted to <body> on <date>' dates the statement, every figure in it",
     "The spy agency said in a report submitted to the National Assembly on February 20 that about 3,000 North "
     "Korean soldiers had been killed or wounded, with around 500 deaths.",
     "500", {"metric": "dprk_casualties", "as_of": "2025-02-20"}),
    ("the country spelt out: 'United States officials' are the US government's",
     "United States officials told reporters that North Korea had sent about 11,000 soldiers to Russia.",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "US government"}),
    ("'the death toll' after a civilian toll is the civilians' toll",
     "At least 40 civilians have been killed in the Kursk region, the Russian Foreign Ministry said. "
     "The ministry had earlier put the death toll at 25.",
     "25", {"metric": None}),
    ("... but a toll that names soldiers is theirs, whatever the sentence before counted",
     "At least 40 civilians have been killed in the Kursk region, the governor said. "
     "The Russian defence ministry put the death toll among its soldiers at 1,350.",
     "1,350", {"metric": "russian_casualties"}),
    ("an area Ukraine's control 'extended over' is its hold",
     "According to the source, at the height of their territorial control, Ukraine's grip extended over an "
     "estimated 1,300 square kilometers of the Kursk region.",
     "1,300", {"metric": "ukraine_held_kursk_km2"}),
    ("... but a region's own size ('extends over') is not",
     "Ukraine's incursion into Russia's Kursk region, whose territory extends over 30,000 square kilometres, "
     "surprised Moscow.",
     "30,000", {"metric": None}),
    ("a relay chain inside a 'reported by' frame: 'as reported by X on <date> citing Y' is Y's",
     "Ukraine now holds about 700 square kilometres of the Kursk region, as reported by Reuters on March 3 "
     "citing a Ukrainian General Staff source.",
     "700", {"metric": "ukraine_held_kursk_km2", "source": "Ukrainian General Staff", "chain_has": "Reuters"}),
    ("a body's post named before speaks for it: '\"...,\" the post said'",
     "Russian forces lost more than 60,000 soldiers in two months.\nThat is according to figures from Britain's "
     "defence ministry.\nIn February the daily average was 1,100, the ministry wrote in a post on X.\n"
     "“Russia's losses will likely stay above 1,000 a day in March,” the post said.",
     "1,000", {"metric": "russian_casualties", "source": "UK Ministry of Defence"}),
    ("a verb of saying in the present tense: 'Seoul reveals that ..., reports X' is Seoul's, X relays it",
     "Seoul reveals that nearly 2,000 North Korean soldiers have died fighting for Russia, reports The Moscow Times.",
     "2,000", {"metric": "dprk_casualties", "source": "South Korean government"}),
]

# Guards from an adversarial review of the rules above (review41): sentences of our own on which a rule
# as first written overreached. Each fails with that rule as first written and passes now.
ROWS += [
    ("spaced thousands: a list of three-digit numbers stays a list in an article with no plain comma",
     "Russian losses were 120, 150 and 200 a day over three days, Kyiv said. North Korea has 12 000 troops in Kursk.",
     "120", {"metric": "russian_casualties", "value": 120}),
    ("spaced thousands: a partitive's whole before its part ('Of the 600, 400 were killed') stays two numbers",
     "Of the 600, 400 North Korean soldiers were killed and the rest wounded, the NIS said. There are 11 000 "
     "troops in Kursk.",
     "400", {"metric": "dprk_casualties", "value": 400}),
    ("a bare 'It said' after a report named earlier is the speaker just before, not the report's author",
     "A report by CSIS in March put Russian losses at 950,000. Ukraine's defence ministry on Monday said 1,200 "
     "Russian soldiers had died in the past day. It said 3,000 North Korean soldiers had been killed since January.",
     "3,000", {"metric": "dprk_casualties", "source_not": "Center for Strategic"}),
    ("a troop count that has 'fallen to' N is still a troop count (not a memorial's fallen)",
     "The number of North Korean troops in Kursk has fallen to about 8,000, Ukrainian intelligence said.",
     "8,000", {"metric": "dprk_troops_in_russia"}),
    ("a contingent that 'remains at' N is a troop count (not a memorial's remains)",
     "The North Korean contingent, which remains at about 11,000 troops, is based in Kursk, the NIS said.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'a heavy toll on the N troops sent': N is who bore it, not a toll",
     "The fighting has taken a heavy toll on the 11,000 North Korean troops sent to Kursk, officials said.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'the war's toll on Russia' is Russia's own, not both sides'",
     "The war's toll on Russia has reached 900,000 casualties, Ukraine's General Staff said on Monday.",
     "900,000", {"metric": "russian_casualties"}),
    ("'Ukraine is believed to have inflicted N casualties' is Russia's toll, not Ukraine's own",
     "Ukraine is believed to have inflicted 1 million casualties on Russian forces since 2022, the ISW said.",
     "1 million", {"metric": "russian_casualties"}),
    ("casualties 'on Ukrainian soil' are where Russia's were taken, not losses inflicted on Ukraine",
     "Russia has suffered more than 900,000 casualties on Ukrainian soil since February 2022, the British "
     "defence ministry said.",
     "900,000", {"metric": "russian_casualties"}),
    ("former US officials are not the US government",
     "Former US officials told the Times that 12,000 North Korean troops were in Russia.",
     "12,000", {"metric": "dprk_troops_in_russia", "source_not": "US government"}),
    ("'the latest round' of arrivals is no hedge ('round' for 'around' only where no determiner stands before it)",
     "In the latest round 1,500 North Korean troops arrived in Kursk, the NIS said.",
     "1,500", {"metric": "dprk_troops_in_russia", "qualifier": "exact"}),
    ("... nor 'year-round'",
     "Russia keeps year-round 2,000 troops at the Kursk border, the ISW said.",
     "2,000", {"qualifier": "exact"}),
    ("... but after 'said that' it is still reworded copy's 'around'",
     "Seoul said on Monday that round 2,000 North Korean soldiers had been wounded in Kursk.",
     "2,000", {"metric": "dprk_casualties", "qualifier": "approx"}),
    ("'now' past a semicolon is the writer's, not the earlier statement's day",
     "The ISW said on Friday that Russia had 50,000 troops in Kursk; North Korea now has 11,000 soldiers there, "
     "the NIS says.",
     "11,000", {"metric": "dprk_troops_in_russia", "as_of": PUBLISHED}),
    ("... nor after ', but' (not 'but that')",
     "Zelensky said in December that 3,000 North Korean soldiers had been killed or wounded, but the toll now "
     "stands at 4,000.",
     "4,000", {"metric": "dprk_casualties", "as_of": PUBLISHED}),
]


# The review of older findings (2026-12-05, second session): constructions of news English the rules
# above still misread. Each fails with the code of 511a33d and passes now.
ROWS += [
    ("Russia's armed forces holding North Korean soldiers are Russia's army, not North Korea's whole army",
     "Russia's armed forces now include 11,000 North Korean soldiers, Pentagon spokesman Pat Ryder said.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("a number inside a time ('the first two months of 2025') is no other figure whose clause holds the time",
     "In the first two months of 2025, Russia lost 80,000 soldiers killed and wounded, the British defence "
     "ministry said.",
     "80,000", {"metric": "russian_casualties", "as_of": "2025-02"}),
    ("the speaker as the appositive of a description: 'A Washington-based think tank, the Atlantic Council, "
     "estimated'",
     "A Washington-based think tank, the Atlantic Council, estimated that Ukraine holds 400 square kilometres of "
     "Kursk.",
     "400", {"metric": "ukraine_held_kursk_km2", "source": "Atlantic Council"}),
    ("... but a time in apposition is no speaker ('A day later, the ministry said' keeps the ministry's words)",
     "Ukraine's defence ministry said 1,300 Russian soldiers died on Monday. A day later, the ministry said "
     "1,200 Russian soldiers had been killed.",
     "1,200", {"metric": "russian_casualties", "source_not": "A day later"}),
    ("Kyiv as the side that lost ('Russia claims Kyiv lost N soldiers') is no Russian toll",
     "Russia claims Kyiv lost 2,000 soldiers in a single day near Kursk.",
     "2,000", {"metric": None}),
    ("... but Kyiv as the speaker of Moscow's losses keeps them Russian",
     "Kyiv says Moscow has lost 1,500 troops near Kursk this week.",
     "1,500", {"metric": "russian_casualties"}),
    ("'Ukraine's president says' is Zelensky",
     "Ukraine's president says 4,000 North Korean soldiers have been killed or wounded.",
     "4,000", {"metric": "dprk_casualties", "source": "Zelensky"}),
    ("a CIA director by name is the CIA (the person in brackets)",
     "Around 15,000 Russians have been killed, William Burns said.",
     "15,000", {"metric": "russian_casualties", "source": "CIA", "source_has": "William Burns"}),
    ("a group named by who they are is the speaker: 'Western leaders say'",
     "Zelensky spoke on Monday. Western leaders say North Korea has sent some 10,000 soldiers to help Russia.",
     "10,000", {"metric": "dprk_troops_in_russia", "source": "Western leaders"}),
    ("... and 'A Ukrainian special operations crew claimed to have killed N'",
     "Zelensky spoke on Monday. A Ukrainian special operations crew claimed to have killed 77 North Korean "
     "soldiers in three days in Kursk region.",
     "77", {"metric": "dprk_casualties", "source_has": "special operations crew"}),
    ("'X previously warned that N' is an earlier statement: no date the text gives",
     "Zelenskyy previously warned that the deployment of 10,000 North Korean troops could widen the war.",
     "10,000", {"metric": "dprk_troops_in_russia", "as_of": ""}),
    ("... and 'X earlier put the number at N'",
     "Zelenskyy earlier put the number of killed or wounded North Koreans at 4,000.",
     "4,000", {"metric": "dprk_casualties", "as_of": ""}),
    ("'Previously, the figure was N' is an earlier value with no date",
     "Recruits in Moscow now receive 400,000 rubles for signing a contract. Previously, the figure was "
     "204,000 rubles.",
     "204,000", {"metric": "signing_bonus_rub", "as_of": ""}),
    ("'every single day' is a rate",
     "Radakin said Russia's forces lost 1,500 soldiers, killed or injured, every single day in October.",
     "1,500", {"metric": "russian_casualties", "scope": "rate_day"}),
    ("... but 'in a single day' is one event, not a rate",
     "Russia lost 2,030 soldiers in a single day, the British defence ministry said.",
     "2,030", {"metric": "russian_casualties", "scope": "one_event"}),
    # (the phrase cut at the dash is the whole "Ukrainian military": the General Staff, whose tally it is)
    ("an unspaced em dash ends a cited phrase: 'according to the Ukrainian military—bringing the total'",
     "Moscow lost 610 soldiers over the past 24 hours, according to the Ukrainian military—bringing the total "
     "Russian losses to 200,590.",
     "200,590", {"metric": "russian_casualties", "source": "Ukrainian General Staff"}),
    ("a verb of belief after a number is no noun: 'with around 1,000 thought to have been killed'",
     "Of the 11,000 North Koreans deployed to Kursk, 4,000 have been wounded, with around 1,000 thought to "
     "have been killed.",
     "around 1,000", {"metric": "dprk_casualties", "counted": "killed"}),
]

# After heldout42's first measurement (2026-12-05, seventh session): each fails with 3cc40d0.
ROWS += [
    ("a caption's aside inside the subject: 'Vladimir Putin (pictured) has lost around 600,000 soldiers'",
     "North Korea has sent troops to Kursk. Vladimir Putin (pictured) has lost around 600,000 soldiers since he "
     "invaded Ukraine.",
     "600,000", {"metric": "russian_casualties"}),
    ("the count said again as a share between subject and verb: 'N troops, or about 87% of the total, have "
     "been killed'",
     "Since then, the report found, 315,000 Russian troops, or about 87% of the total with which it started the "
     "war, have been killed or injured.",
     "315,000", {"metric": "russian_casualties"}),
    ("'Imagine that the enemy withdraws N soldiers' is a scenario, not an estimate",
     "Imagine that now the enemy withdraws 10,000 soldiers from the second line of defence in Kursk.",
     "10,000", {"metric": None}),
    ("'on the verge of N' is a hedge (about)",
     "Russia is on the verge of 700,000 people killed or injured, Radakin said.",
     "700,000", {"metric": "russian_casualties", "qualifier": "approx"}),
    ("a subject cut off before its verb still says what is counted: 'The total territory ..., which Ukraine "
     "has taken over, has expanded to N km²'",
     "The total territory in the Kursk region, which the Ukrainian Armed Forces have taken over, has expanded "
     "to 1,263 square kilometers, Syrskyi announced.",
     "1,263", {"metric": "ukraine_held_kursk_km2"}),
    ("... but a town's population is no toll ('Sudzha, the largest settlement Ukraine has captured, has a "
     "population of 5,000')",
     "Sudzha – the largest settlement Ukraine has captured inside Russia – has a population of around 5,000.",
     "5,000", {"metric": None}),
    ("a running total after a daily rate is a total: '..., bringing its losses to 700,000'",
     "Radakin said Russia's forces suffered about 1,500 dead and injured every single day in October, bringing "
     "its losses to 700,000 since the war began.",
     "700,000", {"metric": "russian_casualties", "scope": "total"}),
    ("'lost N of them' after a count of tanks counts tanks",
     "Russia's losses are heavy. The Russian army began the war with 3,100 tanks, lost 2,200 of them and has "
     "had to refurbish old ones.",
     "2,200", {"metric": None}),
    ("... but 'lost N of them' after a count of troops is a toll",
     "Russia sent 50,000 troops to Kursk and lost 10,000 of them, Kyiv said.",
     "10,000", {"metric": "russian_casualties"}),
    ("a Russian force placed at another part of the front is not the Kursk grouping ('along the border with "
     "Sumy')",
     "Ukraine retook most of Kursk last year. Syrskyi said Moscow was amassing about 50,000 troops along the border "
     "with Sumy.",
     "50,000", {"metric": None}),
    ("... but a force named in Kursk is, whatever the sentence says of Sumy later",
     "Syrskyi said Moscow was amassing about 50,000 troops in Kursk, and more near Sumy.",
     "50,000", {"metric": "russian_troops_kursk"}),
    ("a running total of the count before it: '..., which would bring the total number to 700,000'",
     "According to Admiral Tony Radakin, 1,500 Russian soldiers were killed or wounded per day in October, which "
     "would bring the total number to 700,000 since the start of the war.",
     "700,000", {"metric": "russian_casualties", "scope": "total"}),
    ("... but not the running total of what the metric excludes ('Russia has captured ..., bringing their "
     "total gains to N')",
     "Ukraine holds 1,263 square kilometres of Kursk. Since then, Russia has captured an additional 78 square "
     "kilometers in Ukraine, bringing their total gains for the year to 1,253 square kilometers.",
     "1,253", {"metric": None}),
    ("Britain's Chief of the Defence Staff by name speaks for the UK Ministry of Defence",
     "An average of around 1,500 Russian troops were killed or wounded per day in October, Admiral Tony Radakin "
     "told the BBC.",
     "1,500", {"metric": "russian_casualties", "source": "UK Ministry of Defence", "source_has": "Radakin"}),
    ("'Ukraine's primary military commander' is Syrskyi",
     "Approximately 10,000 Russian soldiers are fighting in Russia's Kursk region, according to Ukraine's "
     "primary military commander.",
     "10,000", {"metric": "russian_troops_kursk", "source": "Syrskyi"}),
    ("'in Russia's Kursk region' cut off after 'Russia's' is still in Kursk",
     "Approximately 10,000 Russian soldiers are engaged in combat in Russia's Kursk region, Syrskyi said.",
     "10,000", {"metric": "russian_troops_kursk", "scope": "in_kursk"}),
    ("a misrendered name resolves: 'The Mediazone project confirms'",
     "The Mediazone project confirms at least 1,849 inmate deaths among Russian soldiers by March 2023.",
     "1,849", {"metric": "russian_casualties", "source": "Mediazona"}),
    ("'Kyiv's intelligence network warned' is Ukrainian military intelligence",
     "North Korea is set to ship off 30,000 more troops to help Russia's invasion of Ukraine, Kyiv's "
     "intelligence network warned.",
     "30,000", {"metric": "dprk_troops_in_russia", "source": "Ukrainian military intelligence"}),
]

# After heldout43's first measurement (2026-12-05, seventh session): each fails with 6d1a0d9.
ROWS += [
    ("a quote's speaker with an appositive after it: '\"...,\" Oleksandr Syrskyi, the commander-in-chief, said'",
     "\u201cAt the moment, about 1,000 square kilometers of the Russian Federation are under our control,\u201d "
     "Oleksandr Syrskyi, the commander-in-chief of Ukraine's armed forces, said in an address chaired by "
     "President Volodymyr Zelenskyy.",
     "1,000", {"metric": "ukraine_held_kursk_km2", "source": "Syrskyi"}),
    ("'the Biden administration said' is the US government",
     "The Biden administration said Thursday that some 8,000 North Korean soldiers are now in Russia's Kursk "
     "region, preparing to help the Kremlin.",
     "8,000", {"metric": "dprk_troops_in_russia", "source": "US government"}),
    ("'as stated by Deputy U.S. Ambassador to the U.N., Robert Wood' is the US government",
     "The United States alerted the Security Council to approximately 8,000 North Korean troops in Russia's "
     "Kursk region, as stated by Deputy U.S. Ambassador to the U.N., Robert Wood.",
     "8,000", {"metric": "dprk_troops_in_russia", "source": "US government"}),
    ("'Earlier, Western sources told the BBC that N' is an earlier statement: no date the text gives",
     "Earlier, Western sources told the BBC that at least 1,000 North Korean soldiers had been killed.",
     "1,000", {"metric": "dprk_casualties", "as_of": ""}),
    ("... but 'Earlier, the authorities increased the payment to N' is an act of the story's time",
     "Earlier, the authorities of the Novosibirsk region increased the one-time payment for signing a contract "
     "to 1.5 million rubles.",
     "1.5 million", {"metric": "signing_bonus_rub", "as_of": PUBLISHED}),
    ("a span of time is no neighbour that cuts a number from its words ('over the past 24 hours, ... bringing "
     "the total to N')",
     "Moscow lost 610 soldiers over the past 24 hours, according to the military's casualty toll of Russian "
     "troops\u2014bringing the total to 200,590.",
     "200,590", {"metric": "russian_casualties", "scope": "total"}),
    ("'the Russians and North Koreans have N troops in Kursk' is the joint grouping, Russia's",
     "Altogether, the Russians and North Koreans have around 60,000 troops in and around Kursk.",
     "60,000", {"metric": "russian_troops_kursk"}),
    ("'The Ukrainians have just N' is the other side's own force, no Russian or North Korean count",
     "Altogether, the Russians and North Koreans have around 60,000 troops in and around Kursk. The Ukrainians "
     "have just 20,000.",
     "20,000", {"metric": None}),
]

# After heldout44's first measurement (2026-12-05, seventh session): each fails with 8620627.
ROWS += [
    ("'N combatants ... have now lost their lives' is a count of the killed",
     "Approximately 70,000 combatants from Russia's armed forces have now lost their lives in Ukraine, as per "
     "data examined by the BBC.",
     "70,000", {"metric": "russian_casualties", "counted": "killed"}),
    ("'have not dropped below N' is a floor (more than N), not 'below N'",
     "Russia's losses are heavy. Volunteer fatalities have not dropped below 100 per week since October.",
     "100", {"metric": "russian_casualties", "qualifier": "more_than"}),
    ("the citer of a figure is its source: 'with Ukraine citing 3,000 casualties'",
     "Several governments report North Korean casualties, with Ukraine citing 3,000 casualties as of December "
     "23, while Pyongyang keeps silent.",
     "3,000", {"metric": "dprk_casualties", "source": "Ukrainian government"}),
    ("both countries as one subject ('Russia and Ukraine collectively suffered') is no Russian toll",
     "A U.S. news source reports that Russia and Ukraine collectively suffered the loss of one million soldiers.",
     "one million", {"metric": None}),
    ("a speaker in a relative clause: 'South Korea's spy agency which reported some 100 deaths'",
     "The JCS said at least 1,100 North Korean soldiers had been killed or wounded, in line with last week's "
     "briefing by South Korea's spy agency which reported some 100 deaths among North Korean troops.",
     "some 100", {"metric": "dprk_casualties", "source": "South Korea National Intelligence Service"}),
    ("a list of speakers with 'all' before the verb: 'Ukraine, the U.S. and South Korea all said'",
     "In the fall, Ukraine, the U.S. and South Korea all said that North Korea had deployed 10,000-12,000 of "
     "its troops to Russia.",
     "10,000-12,000", {"metric": "dprk_troops_in_russia", "source_has": "Ukraine, the U.S. and South Korea"}),
]

# After heldout46's first measurement (2026-12-05, seventh session): each fails with b7462d5.
ROWS += [
    ("a subject cut off by an unspaced dash aside before a verb of reaching: 'Russian casualties—dead and "
     "maimed—exceed N'",
     "Russian casualties\u2014dead and maimed\u2014exceed 13,000 in this one sector.",
     "13,000", {"metric": "russian_casualties", "qualifier": "more_than"}),
    ("'met their demise' is killed",
     "New estimates reveal that an estimated 1,260 Russian troops met their demise in a single day.",
     "1,260", {"metric": "russian_casualties", "counted": "killed"}),
    ("machine-spun copy's 'misplaced day by day' is 'lost daily': a daily rate of losses",
     "Nearly 1,300 Russian troopers misplaced day by day in Ukraine for minimal gains, officials said.",
     "1,300", {"metric": "russian_casualties", "scope": "rate_day"}),
    ("a lawmaker relaying the NIS in another romanization ('Lee Sung-kwon') is the NIS",
     "At least 100 North Koreans have been killed since entering combat in December, South Korean lawmaker "
     "Lee Sung-kwon told reporters Thursday.",
     "100", {"metric": "dprk_casualties", "source": "South Korea National Intelligence Service"}),
    ("'At the end of last year' is the December before the article's year",
     "At the end of last year, the White House said more than 1,000 North Korean soldiers had been killed or "
     "wounded.",
     "1,000", {"metric": "dprk_casualties", "as_of": "2024-12"}),
    ("'In the fall' is the latest autumn begun by the article's date",
     "In the fall, Ukraine said that North Korea had deployed 10,000 of its troops to Russia.",
     "10,000", {"metric": "dprk_troops_in_russia", "as_of": "2024"}),
    ("a when-clause after the figure dates it: 'had only 11,000 troops in Kursk when Ukraine began its "
     "incursion in early August'",
     "Russia had only 11,000 troops in Kursk when Ukraine began its surprise incursion in early August, the ISW "
     "said.",
     "11,000", {"metric": "russian_troops_kursk", "as_of": "2024-08"}),
    ("the area held now, beside the peak: 'Kyiv now controls 800 km², down from the 1,376 initially captured'",
     "A senior Ukrainian military source said that Kyiv now controls approximately 800 square kilometers in "
     "Kursk, down from the 1,376 square kilometers initially captured.",
     "800", {"metric": "ukraine_held_kursk_km2", "counted": "area_held", "as_of": PUBLISHED}),
    ("a spokesperson by surname alone ('Wood said') whom the article names in full is their organisation",
     "Deputy U.S. Ambassador Robert Wood spoke at the UN on Thursday. \u201cRight now there are some 8,000 DPRK "
     "soldiers in Kursk Oblast,\u201d Wood said.",
     "8,000", {"metric": "dprk_troops_in_russia", "source": "US government", "source_has": "Robert Wood"}),
    ("'added' of a number is no verb of saying: 'Russia recently added over 10,000 North Korean soldiers'",
     "Russia recently added over 10,000 North Korean soldiers to its armed forces for use in Ukraine.",
     "10,000", {"metric": "dprk_troops_in_russia", "source_not": "Russia"}),
]

# After heldout47's first measurement (2026-12-05, seventh session): each fails with 2458718.
ROWS += [
    ("a toll as the counted noun: 'the Russian demise toll has jumped to 66,000-88,000' (spun 'death toll')",
     "Based on the new research, the Russian demise toll has jumped to 66,000-88,000 as of December 31st 2023.",
     "66,000-88,000", {"metric": "russian_casualties", "counted": "killed"}),
    ("whom a month was deadly for is whose the losses are: 'a deadly month for the Russian military, with ... "
     "1,000 of its soldiers wounded or killed each day'",
     "May was a particularly deadly month for the Russian military in Ukraine, with an average of more than "
     "1,000 of its soldiers wounded or killed each day, according to the United States.",
     "1,000", {"metric": "russian_casualties", "scope": "rate_day"}),
    ("'put out of combat' is a loss, not a deployment",
     "Recent estimates by the UK Ministry of Defence suggest that at least 6,000 North Koreans have been put "
     "out of combat fighting for Russia so far.",
     "6,000", {"metric": "dprk_casualties"}),
    ("a list line's label names what its figure counts: 'Estimated deaths: 236,000 to 467,000'",
     "The Economist's estimate of Russian losses:\n  \u2022 Estimated deaths: 236,000 to 467,000 (or, roughly "
     "332,000)",
     "236,000", {"metric": "russian_casualties"}),
]

# After heldout48's first measurement (2026-12-05, seventh session): each fails with 6b54a3e.
ROWS += [
    ("'engineering units of N personnel for demining' are engineers, not troops",
     "The Russian Defense Minister announced that the DPRK would send engineering units of 6,000 personnel for "
     "demining and reconstruction in Kursk.",
     "6,000", {"metric": "dprk_troops_in_russia", "counted": "engineers"}),
    ("'seize control of N km²' is the area seized in the advance",
     "On August 6, Ukraine began an offensive that allowed it to seize control of approximately 1,250 square "
     "kilometers within the Kursk region.",
     "1,250", {"metric": "ukraine_held_kursk_km2", "counted": "area_seized"}),
    ("... but 'have taken control of N km²' is the area held",
     "Syrskyi said his forces had taken control of more than 1,150 square kilometers of the Kursk region.",
     "1,150", {"metric": "ukraine_held_kursk_km2", "counted": "area_held"}),
    ("a participle after the figure dates it: 'the one-day record of 1,740 losses, recorded on May 12'",
     "Russia lost 1,300 soldiers in 24 hours, only slightly behind the one-day record of 1,740 Russian losses, "
     "recorded on May 12.",
     "1,740", {"metric": "russian_casualties", "as_of": "2024-05-12"}),
]

# After heldout49's first measurement (2026-12-05, seventh session): each fails with 7760686.
ROWS += [
    ("'N soldiers per day' names no source ('per' is 'according to' only before a name)",
     "The war has turned into a battle of attrition, with Russia losing up to 1,000 soldiers per day.",
     "1,000", {"metric": "russian_casualties", "source_not": "day"}),
    ("'the rival North had sent' is North Korea",
     "Park Sun-won said that 1,500 more troops from the rival North had gone to Russia, taking the total "
     "deployment to 3,000.",
     "1,500", {"metric": "dprk_troops_in_russia"}),
    ("Ukrainian officials as the speakers do not make a Russian force Ukrainian",
     "US and Ukrainian officials report 50,000 Russian and North Korean troops massed for an offensive in Kursk.",
     "50,000", {"metric": "russian_troops_kursk"}),
]

# After heldout50's first measurement (2026-12-05, seventh session): each fails with 48d7f44.
ROWS += [
    ("'Ukraine's armed forces said' is the General Staff of its armed forces",
     "In an update on Thursday, Ukraine's armed forces said that Russia had lost 910 troops the previous day.",
     "910", {"metric": "russian_casualties", "source": "Ukrainian General Staff"}),
    ("the Wagner Group's fighters are Russia's losses",
     "Prigozhin says 20,000 Wagner fighters were killed in the battle for Bakhmut.",
     "20,000", {"metric": "russian_casualties", "counted": "killed"}),
    ("'N Ukrainians were killed' is Ukraine's toll, whoever says it",
     "Prigozhin says 20,000 Wagner fighters died. He also estimated that 50,000 Ukrainians were killed in "
     "Bakhmut.",
     "50,000", {"metric": None}),
    ("'the Kyiv government' is the Ukrainian government",
     "According to the Kyiv government, the number of Russian soldiers killed since the invasion began is more "
     "than 75,000.",
     "75,000", {"metric": "russian_casualties", "source": "Ukrainian government"}),
    ("a few picked out of a count ('just two of the 25,000 dead fighters') is no count; the count is",
     "Wagner recruited thousands of convicts. These are just two of the 25,000 dead fighters identified by the "
     "BBC and Mediazona.",
     "25,000", {"metric": "russian_casualties"}),
    ("a place with a compass word is still a place: 'moving to train in eastern Russia' is no Russian force",
     "North Korea has sent soldiers to Russia. We estimate approximately 10,000 are moving to train in eastern "
     "Russia, Singh said.",
     "10,000", {"metric": "dprk_troops_in_russia"}),
    ("'Mr Wallace said' is the UK government (its defence secretary)",
     "Making a statement to the House of Commons, Mr Wallace said that approximately 15,000 Russian personnel "
     "have been killed.",
     "15,000", {"metric": "russian_casualties", "source": "UK government", "source_has": "Wallace"}),
    ("'Ukraine's Ministry of Defence said' is the Ukrainian government",
     "Ukraine's Ministry of Defence said 1,200 Russian soldiers died on Monday.",
     "1,200", {"metric": "russian_casualties", "source": "Ukrainian government"}),
]

# After heldout51's first measurement (2026-12-05, seventh session): each fails with ca70465.
ROWS += [
    ("'N soldiers could be sent' is a plan, even after 'an additional'",
     "Zelenskyy estimated that an additional 20,000 to 25,000 North Korean soldiers could be sent to Russia.",
     "20,000 to 25,000", {"metric": "dprk_troops_in_russia", "scope": "planned"}),
    ("... but 'are now stationed ... and could be deployed' is the force there now",
     "The Pentagon estimates that around 10,000 North Korean troops are now stationed in Russia's eastern region "
     "and could be deployed to Kursk in the coming weeks.",
     "10,000", {"metric": "dprk_troops_in_russia", "scope": "in_russia"}),
    ("'aim to concentrate a total of N' is a plan",
     "Zelensky said Russian forces have concentrated 40,000 personnel in Kursk Oblast and aim to concentrate a "
     "total of 60,000 to 70,000 personnel there.",
     "60,000 to 70,000", {"metric": "russian_troops_kursk", "scope": "planned"}),
    ("'is expected to comprise N' is a plan",
     "The contingent being sent to Kursk is expected to comprise 5,000 North Korean military construction "
     "workers and 1,000 sappers.",
     "5,000", {"metric": "dprk_troops_in_russia", "scope": "planned", "counted": "engineers"}),
]

# After heldout52's first measurement (2026-12-05, seventh session): each fails with 7d9fb50.
ROWS += [
    ("'somewhere north of N' is a lower bound",
     "In that time Russia has managed to lose somewhere north of 800,000 casualties.",
     "800,000", {"metric": "russian_casualties", "qualifier": "more_than"}),
    ("the troops that 'crossed the border' into Kursk are the incursion's, not Russia's grouping",
     "Russian forces were caught off guard in Kursk. According to Russia, at least 1,000 troops crossed the "
     "border on the first day, supported by tanks.",
     "1,000", {"metric": None}),
]

# After heldout53's first measurement (2026-12-05, seventh session): fails with 910abe7.
ROWS += [
    ("'Ukraine gained N km² in Russia' is an area of the incursion",
     "Ukraine gained around 1,000 km\u00b2 in Russia in its offensive.",
     "1,000", {"metric": "ukraine_held_kursk_km2"}),
    ("Russia's defence ministry spokesman by name speaks for the ministry",
     "Konashenkov added that 1,597 Russian soldiers have suffered injury since the beginning of the invasion.",
     "1,597", {"metric": "russian_casualties", "source": "Russian Ministry of Defence"}),
    ("an earlier statement the sentence's opening dates: 'In January 2025, the NIS had estimated just 200 dead'",
     "In January 2025, the NIS had estimated just 200 North Korean dead and 2,700 wounded.",
     "200", {"metric": "dprk_casualties", "as_of": "2025-01"}),
    ("... but the old value of a change the opening dates stays undated ('In July, ... raised the payout from "
     "195,000 to 400,000')",
     "In July, the federal government raised the one-time payout for contract soldiers from 195,000 to 400,000 "
     "rubles.",
     "195,000", {"metric": "signing_bonus_rub", "as_of": ""}),
    ("the invasion's date after 'since ... launched an invasion of Ukraine in February 2022' is not the toll's",
     "More than 600,000 Russian soldiers have been killed or wounded since President Vladimir Putin launched an "
     "invasion of Ukraine in February 2022, U.S. and British defense officials said this week.",
     "600,000", {"metric": "russian_casualties", "as_of": PUBLISHED}),
]

# After heldout54's first measurement (2026-12-05, seventh session): each fails with c01512a.
ROWS += [
    ("a headline's source after its colon: '... Troops and 100 Tanks in a Week: Kyiv'",
     "Russia Loses Nearly 7,000 Troops and 100 Tanks in a Week: Kyiv",
     "7,000", {"metric": "russian_casualties", "source": "Ukrainian government"}),
    ("'President Joe Biden's administration said' is the US government",
     "President Joe Biden\u2019s administration said on Thursday that some 8,000 North Korean soldiers are now in "
     "Russia\u2019s Kursk region, preparing to help the Kremlin\u2019s war.",
     "8,000", {"metric": "dprk_troops_in_russia", "source": "US government"}),
    ("'an allegation by the United States that N' is the United States'",
     "The meeting followed an allegation by the United States that North Korea has deployed about 10,000 troops "
     "to Russia.",
     "10,000", {"metric": "dprk_troops_in_russia", "source": "US government"}),
]

# After heldout55's first measurement (2026-12-05, eighth session): each fails with 27fb06e.
ROWS += [
    ("'the daily casualties for Moscow': whose losses, after 'for'",
     "North Korea has supplied shells to Pyongyang's ally. Western officials estimate the average daily casualties "
     "for Moscow reached 1,100 in October.",
     "1,100", {"metric": "russian_casualties", "scope": "rate_day"}),
    ("'officers and soldiers' together are the troops: a toll of them",
     "Kyiv says Russia has lost around 1,500 officers and soldiers as prisoners since August.",
     "1,500", {"metric": "russian_casualties", "counted": "captured"}),
    ("'and that at least 3,000 more have been injured': more of the civilians counted before",
     "In the port city, the target of heavy Russian shelling, an aide to the mayor said that 900 people have been "
     "killed and that at least 3,000 more have been injured.",
     "3,000", {"metric": None}),
]


# After heldout56's and heldout57's first measurements (2026-12-05, eighth session): each fails with ab680fd.
ROWS += [
    ("'Ukraine, in turn, is said to have suffered N casualties': the sentence's own side",
     "Some 700,000 Russian soldiers have been killed or wounded, the study says. Kyiv, for its part, is said to "
     "have suffered about 300,000 casualties.",
     "300,000", {"metric": None}),
    ("people wounded in a side's strikes are its victims, not its losses",
     "Russia lost 1,200 soldiers on Sunday, Kyiv said. On the same day, at least 25 people were wounded "
     "due to a wave of Russian drone strikes on Kharkiv.",
     "25", {"metric": None}),
    ("'two people were killed and 40 others injured': the others are more of the same people",
     "Moscow fired a new wave of missiles. Air defences downed most, but two people were killed and 40 others "
     "injured in Dnipro.",
     "40", {"metric": None}),
    ("'Russian forces had been killed or injured': forces as the counted noun of a toll",
     "In October, NATO's secretary general said that over 600,000 Russian forces had been killed or injured.",
     "600,000", {"metric": "russian_casualties", "counted": "casualties"}),
    ("'had fallen in battle' is killed",
     "By the end of March, some 1,400 Russian soldiers had fallen in battle, Moscow admitted.",
     "1,400", {"metric": "russian_casualties", "counted": "killed"}),
    ("'Has Cost The Lives Of N' in a title-case headline is killed",
     "Putin's War Has Cost The Lives Of 20,000 Russian Troops, Says Defence Secretary",
     "20,000", {"metric": "russian_casualties", "counted": "killed"}),
    ("'soldiers' corpses' are the dead",
     "More than 3,000 Russian soldiers' corpses were shipped back through Belarus in March.",
     "3,000", {"metric": "russian_casualties", "counted": "killed"}),
    ("the Soviet Union's war in Afghanistan is not this war",
     "Russia's toll is now far higher than the 15,000 Soviet dead of a decade of war in Afghanistan.",
     "15,000", {"metric": None}),
    ("a count past a metric's largest possible figure counts something else",
     "Researchers obtained inheritance records for more than 11 million Russian men killed in accidents and the war.",
     "11 million", {"metric": None}),
    ("an aside between dashes before the verb: 'N Russian troops — and as many Ukrainian troops — have died'",
     "More than 90,000 Russian troops — and about as many Ukrainian troops — are estimated to have died.",
     "90,000", {"metric": "russian_casualties", "counted": "killed"}),
    ("'including N convicts': a part of the dead named by who they were",
     "The files show that 18,000 Wagner fighters died near Bakhmut, including 15,000 convicts.",
     "15,000", {"metric": "russian_casualties", "counted": "killed"}),
    # who said it
    ("'according to Gen. Mark A. Milley, chairman of the Joint Chiefs of Staff': a title's dot, the US chairman",
     "Some 100,000 Russian troops have been killed or wounded, according to Gen. Mark A. Milley, chairman of the "
     "Joint Chiefs of Staff.",
     "100,000", {"metric": "russian_casualties", "source": "Pentagon"}),
    ("'The U.K. Ministry of Defense' is the UK Ministry of Defence",
     "The U.K. Ministry of Defense suggested that 40,000 Russian soldiers had lost their lives in the conflict.",
     "40,000", {"metric": "russian_casualties", "source": "UK Ministry of Defence"}),
    ("'Ukraine's military estimates that' is the General Staff's tally",
     "Ukraine’s military estimates that more than 15,000 Russians have been killed since February 24.",
     "15,000", {"metric": "russian_casualties", "source": "Ukrainian General Staff"}),
    ("'According to their tally': the counters named before",
     "Mediazona and the BBC Russian service count the named dead. According to their tally, at least 45,000 "
     "Russian soldiers have been killed.",
     "45,000", {"metric": "russian_casualties", "source": "Mediazona"}),
    ("the subject of a since-clause acts, it does not speak",
     "At least 50,000 Russian soldiers have been killed in the two years since the Kremlin ordered its troops over "
     "the border.",
     "50,000", {"metric": "russian_casualties", "source": "unattributed"}),
    ("'since Zelensky's forces crossed': the owner of an army is not a speaker",
     "Russia has lost around 1,000 soldiers as prisoners since Zelensky’s forces crossed into the region.",
     "1,000", {"metric": "russian_casualties", "source": "unattributed"}),
]


# After heldout58's first measurement (2026-12-05, eighth session): each fails with 0abe13e.
ROWS += [
    ("'N sq. km were still in Ukrainian hands' is the area held",
     "Ukrainian troops pushed into the Kursk region last week. The governor said about 450 sq. km were still in "
     "Ukrainian hands.",
     "450", {"metric": "ukraine_held_kursk_km2", "counted": "area_held"}),
    ("'Governor NAME of the X region' is the regional government, through its governor",
     "Governor Ivan Petrov of the Tula region has announced that volunteers who sign a contract will receive a "
     "one-time payment of 250,000 rubles.",
     "250,000", {"metric": "signing_bonus_rub", "source": "Tula regional government"}),
]


# Guards from the final read of the eighth session: where its rules overreached.
ROWS += [
    ("'troop numbers have fallen sharply to N' is no toll: 'fallen' counts the dead only at its clause's end",
     "Russian troop numbers in the Kursk region have fallen sharply to about 40,000, Kyiv says.",
     "40,000", {"metric": "russian_troops_kursk"}),
    ("a comparison with the Soviet war in Afghanistan after the figure leaves Russia's toll a toll",
     "Russia has lost 50,000 soldiers in Ukraine, more than the Soviet Union lost in ten years in Afghanistan.",
     "50,000", {"metric": "russian_casualties"}),
    ("'N Russian soldiers had fallen, Moscow admitted': killed",
     "By the end of March, some 1,400 Russian soldiers had fallen, Moscow admitted.",
     "1,400", {"metric": "russian_casualties", "counted": "killed"}),
]



# Who said it, from the ninth session's reading of the source mismatches (2026-12-05): each fails with 89eaed0.
ROWS += [
    ("'According to him': an object pronoun is the speaker named before",
     "Governor Ivan Petrov of the Tula region announced new payments on Monday. According to him, volunteers "
     "will receive a one-time payment of 250,000 rubles.",
     "250,000", {"metric": "signing_bonus_rub", "source": "Tula regional government"}),
    ("'Its defence ministry': the body of the country the clause before is about",
     "Russia, meanwhile, has released far lower figures. Its defence ministry on Wednesday confirmed that 498 "
     "Russian soldiers had died.",
     "498", {"metric": "russian_casualties", "source": "Russian Ministry of Defence"}),
    ("a cited phrase ends at a finite verb: 'provided by the Tula regional government was on Friday'",
     "The last figure provided by the Tula regional government was on Friday, when the one-time payment for "
     "volunteers was set at 250,000 rubles.",
     "250,000", {"metric": "signing_bonus_rub", "source": "Tula regional government"}),
    ("a possessive is no clause's subject: 'Russia's reported deployment of 60,000 troops'",
     "Ukrainian troops still hold ground in the Kursk region. Russia’s reported deployment of nearly 60,000 troops "
     "to Kursk is a significant development.",
     "60,000", {"metric": "russian_troops_kursk", "source": "unattributed"}),
    ("two adverbs between a speaker and the verb: 'Russia last officially reported'",
     "Russia last officially reported its military losses in September 2022, when it put its dead at 5,937.",
     "5,937", {"metric": "russian_casualties", "source": "Russian Ministry of Defence"}),
    ("'Russia said N soldiers were killed': Russia gives its losses through its defence ministry",
     "Russia said 498 of its soldiers had been killed in the war.",
     "498", {"metric": "russian_casualties", "source": "Russian Ministry of Defence"}),
    ("'Pyongyang had admitted': North Korea's government, by its capital",
     "Pyongyang had earlier admitted to only 350 deaths among its soldiers fighting for Russia.",
     "350", {"metric": "dprk_casualties", "source": "North Korean government"}),
    ("'According to their analysis of Russian government data': the analysts named before, not the data's owner",
     "Mediazona and Meduza published a study of inheritance records. According to their analysis of Russian "
     "government data, nearly 50,000 Russian men have died in the war.",
     "50,000", {"metric": "russian_casualties", "source": "Mediazona"}),
    ("'However, Kursk Governor NAME reported': the regional government, through its governor",
     "Ukrainian troops pushed into the Kursk region last week. However, Kursk Governor Ivan Petrov reported "
     "yesterday that about 500 sq. km were still in Ukrainian hands.",
     "500", {"metric": "ukraine_held_kursk_km2", "source": "Kursk regional government"}),
]


# After heldout59 and heldout60's first measurement (2026-12-05, ninth session): each fails with 30c3088.
ROWS += [
    ("'Russian officials have announced that N of their troops have been killed': the defence ministry's toll",
     "Russian officials have announced that 498 of their troops have been killed and 1,597 wounded.",
     "498", {"metric": "russian_casualties", "source": "Russian Ministry of Defence"}),
    ("'Since August, Ukraine has maintained control of N km²': the area held now, not in August",
     "Since August 2024, Ukraine has maintained control of approximately 585 square kilometers of the Kursk region.",
     "585", {"metric": "ukraine_held_kursk_km2", "as_of": PUBLISHED}),
    ("'the chief of the country's army has said': the country named before, its army chief",
     "Ukrainian troops control nearly 1,200 square kilometres of Russia’s Kursk region, the chief of the "
     "country’s army has said.",
     "1,200", {"metric": "ukraine_held_kursk_km2", "source": "Syrskyi"}),
    ("a sentence that opens with its date is the narrator's background, not the speaker's words going on",
     "Ukraine’s army chief says his forces still hold ground in Kursk. In August 2024 Ukraine seized more than "
     "1,000 sq km of the Kursk region.",
     "1,000", {"metric": "ukraine_held_kursk_km2", "source": "unattributed"}),
    ("'a 90-square-kilometer area': a hyphenated unit before its noun",
     "Ukraine’s forces now control a 90-square-kilometer area within Russia’s Kursk region.",
     "90", {"metric": "ukraine_held_kursk_km2", "value": 90.0}),
    ("'was 29.250': a count of people has no fraction; the dot is for the thousands",
     "On March 2, the number of Russians killed in the war against Ukraine was 29.250.",
     "29.250", {"metric": "russian_casualties", "value": 29250.0}),
    ("'the number of dead in the Russian ranks': an armed force one is in says whose, not where",
     "The General Staff said that the number of dead in the Russian ranks is about 15,000.",
     "15,000", {"metric": "russian_casualties", "counted": "killed"}),
    ("'Ukraine has suffered heavy casualties in Kursk — some N troops': Ukraine's losses, a Russian speaker's",
     "The Russian defence ministry said on Tuesday that Ukraine has suffered heavy casualties in Kursk — some "
     "6,600 troops either killed or injured.",
     "6,600", {"metric": None}),
    ("'figures given by X claim that': the phrase's own verb is not part of the name",
     "Russia has given few figures. The first figures given by the Tula regional government claim that the "
     "one-time payment for volunteers is 250,000 rubles.",
     "250,000", {"metric": "signing_bonus_rub", "source": "Tula regional government"}),
]


# After heldout61's first measurement (2026-12-05, ninth session): fails with 9418be9.
ROWS += [
    ("'up from N since January': the old value's own time right after it",
     "Casualties among North Korean troops have increased to over 4,000, up from 3,000 since January, the NIS said.",
     "3,000", {"metric": "dprk_casualties", "as_of": "2025-01"}),
    # (from the final read: fails with cc71b4e)
    ("'rose from N in early January to M': the from-part's time is the old value's, not the new one's",
     "The North Korean casualty toll rose from 3,000 in early January to 4,000, the NIS said.",
     "4,000", {"metric": "dprk_casualties", "as_of": PUBLISHED}),
    # (after the final read, on the new sets' period mismatches: each fails with a2497b1)
    ("'had earlier drawn in N': an act put before the story's time, undated",
     "Syrskyi also said the Kursk operation had earlier drawn in nearly 63,000 Russian soldiers.",
     "63,000", {"metric": "russian_troops_kursk", "as_of": ""}),
    ("'several weeks after Ukraine announced that N': what was announced is of an earlier time not given",
     "The estimate comes several weeks after Ukraine announced that North Korea had sent 10,000 to 12,000 troops "
     "to Russia.",
     "12,000", {"metric": "dprk_troops_in_russia", "as_of": ""}),
    ("'May was a deadly month, with N each day': a month as the sentence's subject dates it",
     "May was a particularly deadly month for the Russian army, with an average of more than 1,000 soldiers "
     "killed or wounded each day.",
     "1,000", {"metric": "russian_casualties", "as_of": "2024-05"}),
    ("'in the year 2024 alone': a year after 'the year'",
     "Al Jazeera reports 430,000 Russian casualties in the year 2024 alone.",
     "430,000", {"metric": "russian_casualties", "as_of": "2024"}),
    ("'holding on to N of land captured in August 2024': the capture's time, not the figure's",
     "Ukrainian forces still hold ground in the Kursk region. Syrskyi said that, despite Russia’s push-back "
     "involving around 10,000 troops, Ukrainian forces are holding on to about 90 sq km of land captured in "
     "August 2024.",
     "90", {"metric": "ukraine_held_kursk_km2", "as_of": PUBLISHED}),
    ("'Since August, ..., cutting their landholdings back to N': what is left now",
     "Since August, Russian forces have ground down the Ukrainian assault in Kursk, cutting their landholdings "
     "back to less than 200 square miles.",
     "200", {"metric": "ukraine_held_kursk_km2", "as_of": PUBLISHED}),
    # who said it
    ("'the Russian Defense Minister announced': the minister speaks for the ministry",
     "The Russian Defense Minister announced that 5,937 Russian soldiers had been killed.",
     "5,937", {"metric": "russian_casualties", "source": "Russian Ministry of Defence"}),
    ("'British defense officials said': the UK Ministry of Defence",
     "At the end of October, British defense officials said Russian losses totaled up to 190,000 personnel.",
     "190,000", {"metric": "russian_casualties", "source": "UK Ministry of Defence"}),
    ("a surname alone is the person as the article introduced them, role first",
     "Operational Command Spokesperson Vadym Mysnyk spoke on Monday. Mysnyk stated that estimates put the "
     "Russian grouping in Kursk Oblast at between 30,000 and 45,000 personnel.",
     "45,000", {"metric": "russian_troops_kursk", "source": "Operational Command Spokesperson",
                "source_has": "Vadym Mysnyk"}),
    ("'Ukraine, with far fewer troops, has meanwhile suffered N': Ukraine's losses past an aside",
     "Russia has suffered about 1.2 million casualties, the study says.\nUkraine, with far fewer personnel and a "
     "smaller population, has meanwhile suffered between 400,000 and 500,000 casualties, including up to 100,000 "
     "deaths, the study estimates.",
     "100,000", {"metric": None}),
]

# Plans and forecasts, from the tenth session's reading of the period mismatches over every set
# (2026-12-06): a figure yet to come holds at no date the text does not give. Each fails with 411524e.
ROWS += [
    ("'wants to supply as many as N': an intention to send",
     "Pyongyang wants to supply as many as 8,000 more soldiers to Russia, a Seoul lawmaker said.",
     "8,000", {"metric": "dprk_troops_in_russia", "scope": "planned", "as_of": ""}),
    ("'had agreed to provide N deminers — ... — and M builders': the second part of the plan",
     "Moscow said Kim Jong Un had agreed to provide 2,000 deminers — specialists who clear minefields — and "
     "4,000 builders to Russia.",
     "4,000", {"metric": "dprk_troops_in_russia", "scope": "planned", "as_of": ""}),
    ("'decided to send N sappers to clear mines in X and M builders': the part after the first's purpose",
     "Kim Jong Un has decided to send 1,500 sappers to clear mines in the Kursk region and 3,500 military "
     "builders to repair roads, Shoigu said.",
     "3,500", {"metric": "dprk_troops_in_russia", "scope": "planned"}),
    ("'expects that number to climb to N': a forecast",
     "Zelensky said 4,000 North Korean soldiers are already near the front and that he expects that number to "
     "climb to 15,000.",
     "15,000", {"metric": "dprk_troops_in_russia", "scope": "planned", "as_of": ""}),
    ("... but 'N ... are already near the front' before the forecast is the force there now",
     "Zelensky said 4,000 North Korean soldiers are already near the front and that he expects that number to "
     "climb to 15,000.",
     "4,000", {"metric": "dprk_troops_in_russia", "scope": "near_front", "as_of": PUBLISHED}),
    ("'may grow to N'",
     "North Korea's contingent in Russia may grow to 20,000, Ukraine's intelligence chief said.",
     "20,000", {"metric": "dprk_troops_in_russia", "scope": "planned", "as_of": ""}),
    ("'is set to ship off N more'; Kyiv's spy agency is Ukraine's",
     "North Korea is set to ship off 25,000 more troops to Russia, Kyiv's spy agency warned.",
     "25,000", {"metric": "dprk_troops_in_russia", "scope": "planned", "source": "Ukrainian military intelligence"}),
    ("'the first group of N will go to Kursk'",
     "The first group of 2,500 North Korean troops will go to Kursk, Budanov said.",
     "2,500", {"metric": "dprk_troops_in_russia", "scope": "planned", "as_of": ""}),
    ("'were being prepared to join the fighting'",
     "Kyiv said 7,000 North Korean soldiers were being prepared to join the fighting in Russia.",
     "7,000", {"metric": "dprk_troops_in_russia", "scope": "planned"}),
    ("'is likely to reach the mark of N casualties': a projected toll",
     "Russia is likely to reach the mark of one million casualties, a think tank said.",
     "one million", {"metric": "russian_casualties", "scope": "planned", "as_of": ""}),
    ("'the figure of N troops anticipated by Kyiv'",
     "Analysts doubt the figure of 20,000 North Korean troops anticipated by Kyiv for Russia.",
     "20,000", {"metric": "dprk_troops_in_russia", "scope": "planned"}),
]

# When, from the same reading (2026-12-06): each fails with 411524e, but the guard after the war's
# first year, which guards the rule as first written.
ROWS += [
    ("'in February of last year': the year words say which February",
     "Russia lost an average of 1,100 soldiers a day in February of last year, the UK said.",
     "1,100", {"metric": "russian_casualties", "as_of": "2024-02"}),
    ("'said at the end of January this year that N had died and M were injured': the statement's month, both",
     "The CIA director said at the end of January this year that 15,000 Russians had died and about 45,000 "
     "were injured.",
     "45,000", {"metric": "russian_casualties", "as_of": "2025-01"}),
    ("'lost N, killed or wounded, “every single day” in the month of February': the rate's month",
     "Russian forces lost 1,400 soldiers, killed or wounded, “every single day” in the month of February, "
     "the UK said.",
     "1,400", {"metric": "russian_casualties", "as_of": "2025-02"}),
    ("'N every day in February, bringing its losses to M': the month is the rate's, not the total's",
     "Russia suffered about 1,300 dead and injured every day in February, bringing its losses to 850,000, "
     "the UK said.",
     "850,000", {"metric": "russian_casualties", "as_of": PUBLISHED}),
    ("'in the first year of the war': counted from the invasion",
     "Russia suffered about 200,000 casualties in the first year of the war, a US estimate says.",
     "200,000", {"metric": "russian_casualties", "as_of": "2023-02"}),
    ("'by the second day of the conflict'",
     "The UK said 450 Russian soldiers had been killed by the second day of the conflict.",
     "450", {"metric": "russian_casualties", "as_of": "2022-02-25"}),
    ("'at the start of the month': the article's month",
     "Russia did not respond, but at the start of the month it reported 487 deaths among its troops.",
     "487", {"metric": "russian_casualties", "as_of": "2025-03"}),
    ("'by the middle of 2024': that year's June",
     "By the middle of 2024, Russia had lost 70,000 soldiers killed, the BBC found.",
     "70,000", {"metric": "russian_casualties", "as_of": "2024-06"}),
    ("... but 'as the war enters the fourth year' is no span counted to its end",
     "Over 95,000 Russian soldiers have died as the war in Ukraine enters the fourth year, the BBC says.",
     "95,000", {"metric": "russian_casualties", "as_of": PUBLISHED}),
]

# After heldout62's first measurement (2026-12-06, tenth session): each fails with 04dd8c5, but the guards.
ROWS += [
    ("'the hermit kingdom' is North Korea",
     "Washington said the hermit kingdom had dispatched 11,000 troops to Russia.",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "US government"}),
    ("'destroyed N North Koreans': people destroyed are killed",
     "A Ukrainian drone unit said it had destroyed 45 North Koreans in two days in Kursk.",
     "45", {"metric": "dprk_casualties", "counted": "killed"}),
    ("... but 'destroyed more than 100 Russian targets' counts no people",
     "Ukraine said its forces destroyed more than 100 Russian targets last month.",
     "100", {"metric": None}),
    ("'Washington and Seoul announced': two governments, the one named first",
     "Washington and Seoul announced that North Korea had sent 11,000 troops to Russia.",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "US government"}),
    ("'X and Y have accused North Korea of sending N': the accusers are the source",
     "The United States and Ukraine have accused North Korea of sending 12,000 soldiers to Russia.",
     "12,000", {"metric": "dprk_troops_in_russia", "source": "US government"}),
    ("'Of this number, N were “irreversible” losses': the dead, over the whole's scope",
     "Russia lost 50,000 soldiers in Kursk, Kyiv said. Of this number, 21,000 were “irreversible” losses.",
     "21,000", {"metric": "russian_casualties", "counted": "killed", "scope": "in_kursk"}),
    ("'killed or wounded over the weekend': one event",
     "At least 40 North Korean soldiers were killed or wounded over the weekend in Kursk, Kyiv said.",
     "40", {"metric": "dprk_casualties", "scope": "one_event"}),
    ("'since the start of the Ukrainian army’s operation there last year': a count to the statement's day",
     "Russia has lost 40,000 soldiers in Kursk Oblast since the start of the Ukrainian army’s operation there "
     "last year, the General Staff said on March 3.",
     "40,000", {"metric": "russian_casualties", "as_of": "2025-03-03"}),
    ("'one in three Russian deaths were volunteers': a share, no count",
     "Last year, one in three Russian deaths were volunteers, a study found.",
     "three", {"metric": None}),
    ("'we would then reach N dead': the writer's arithmetic, no claim",
     "With four wounded for every soldier killed, we would then reach 20,000 dead Russians by the spring.",
     "20,000", {"metric": None}),
    ("... but 'since launching its invasion in February 2022 through to January 2025': the span's end",
     "Russia has suffered about 1.1 million casualties since launching its invasion in February 2022 through to "
     "January 2025, a think tank estimates.",
     "1.1 million", {"metric": "russian_casualties", "as_of": "2025-01"}),
]

# After heldout63's first measurement (2026-12-06, tenth session): each fails with a3e8520.
ROWS += [
    ("'NAME, spokesperson for Ukraine's Southern Operational Command': the command speaks, through its spokesperson",
     "According to Oleh Kovalenko, spokesperson for Ukraine's Southern Operational Command, Russia has 20,000 "
     "troops in Kursk.",
     "20,000", {"metric": "russian_troops_kursk", "source": "Ukrainian General Staff", "source_has": "Oleh Kovalenko"}),
    ("'Ukrainian military observer NAME noted': the person as the title introduces them",
     "Ukrainian military observer Petro Ivanenko noted that approximately 36,000 Russian troops are deployed in "
     "Kursk Oblast.",
     "36,000", {"metric": "russian_troops_kursk", "source": "Ukrainian military observer", "source_has": "Petro Ivanenko"}),
    ("'take control of a city, 40 villages, and more than 900 square kilometres': a serial comma in the list",
     "Kyiv said its troops in the Kursk region had taken control of a town, 40 villages, and more than 900 square "
     "kilometres.",
     "900", {"metric": "ukraine_held_kursk_km2", "qualifier": "more_than"}),
    ("... but '1,000 square kilometres, or around 386 square miles' restates the number, no second claim",
     "Ukrainian forces now control 1,000 square kilometres, or around 386 square miles, of the Kursk region.",
     "386", {"metric": None}),
    ("'..., Ukraine's defence minister, NAME, said': the role in apposition before the name names the body",
     "Russia has lost 15,000 troops, Ukraine's defence minister, Petro Ivanenko, said on Monday.",
     "15,000", {"metric": "russian_casualties", "source": "Ukrainian government", "source_has": "Petro Ivanenko"}),
    ("'..., the spokesman for the eastern forces, NAME, said': a role the table does not know, as written",
     "Russia has lost 1,200 troops in a week, the spokesman for the eastern forces, Petro Ivanenko, said on Monday.",
     "1,200", {"metric": "russian_casualties", "source": "spokesman for the eastern forces",
               "source_has": "Petro Ivanenko"}),
    ("... but '..., a former Pentagon analyst, NAME, said': an analyst speaks for themselves, not the Pentagon",
     "Russia has lost 15,000 troops, a former Pentagon analyst, Petro Ivanenko, said on Monday.",
     "15,000", {"metric": "russian_casualties", "source": "former Pentagon analyst", "source_has": "Petro Ivanenko"}),
    ("'Military analyst NAME estimated': a title inside the cited phrase",
     "Military analyst Petro Ivanenko estimated that about 40,000 Russian troops are now in the Kursk region.",
     "40,000", {"metric": "russian_troops_kursk", "source": "Military analyst", "source_has": "Petro Ivanenko"}),
]

# After heldout64's first measurement (2026-12-06, tenth session): each fails with 519688d, but the guard.
ROWS += [
    ("'each of the mobilized can count on only N rubles': a payment to men called up, not a recruit's bonus",
     "In the Samara region, each of the mobilized can count on only 60,000 rubles in a lump sum.",
     "60,000", {"metric": None}),
    ("... but 'a one-time payment of N rubles to mobilized citizens and contract soldiers' is the bonus",
     "Putin signed a decree on a one-time payment of 195,000 rubles to mobilized citizens and contract soldiers.",
     "195,000", {"metric": "signing_bonus_rub"}),
    ("'taking over 50 villages encompassing some 350 square miles': the area the taking covers",
     "Kyiv says its troops pushed into Russian territory, taking over 50 villages encompassing some 350 square "
     "miles.",
     "350", {"metric": "ukraine_held_kursk_km2", "qualifier": "approx"}),
    ("'N soldiers were sent to Russia last year from North Korea': where they came from is whose they are",
     "More than 12,000 soldiers were sent to Russia last year from North Korea, Seoul's spy agency said.",
     "12,000", {"metric": "dprk_troops_in_russia"}),
    ("'this would be a decrease of N square kilometres': a change, not the area held",
     "If true, this would be a decrease of 300 square kilometres from what Kyiv said it held in the Kursk region "
     "in August.",
     "300", {"metric": None}),
]

# After heldout66's first measurement (2026-12-06, eleventh session): each fails with edfe27c, but the guards.
ROWS += [
    ("'Yonhap news agency reported' is Yonhap, not 'agency'",
     "About 11,000 North Korean troops were sent to Russia last year, Yonhap news agency reported.",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "Yonhap"}),
    ("'Intelligence reports suggest' names a kind of report, not its owner: no source",
     "Intelligence reports suggest that nearly 4,000 North Korean soldiers have been killed or wounded.",
     "4,000", {"metric": "dprk_casualties", "source": "unattributed"}),
    ("... but 'Western estimates put' is the West's",
     "Western estimates put the number of Russian soldiers killed or wounded at more than 790,000.",
     "790,000", {"metric": "russian_casualties", "source_not": "unattributed"}),
    ("'The Kremlin has deployed N troops' names who acted, not who said so",
     "The Kremlin has deployed over 50,000 troops to Kursk to contain the Ukrainian presence.",
     "50,000", {"metric": "russian_troops_kursk", "source": "unattributed"}),
    ("a numbered unit in apposition before its verb: 'The Ukrainian 8th Special Operations Regiment, stationed "
     "near ..., reported'",
     "The Ukrainian 8th Special Operations Regiment, stationed near Russia's Kursk region, reported on Tuesday "
     "that it had killed 50 North Korean soldiers in combat.",
     "50", {"metric": "dprk_casualties", "source": "Ukrainian Special Operations Forces"}),
    ("'Russia deployed N troops, including thousands of North Korean soldiers' is no count of North Koreans",
     "In response to Ukraine's advance, Russia deployed a massive force of around 70,000 troops, including "
     "thousands of North Korean soldiers.",
     "70,000", {"metric": None}),
    ("... but '100,000 casualties, including 20,000 deaths among Russians' are Russia's",
     "The war of attrition in the Donetsk region has led to 100,000 casualties, including 20,000 deaths among "
     "Russians.",
     "100,000", {"metric": "russian_casualties"}),
    ("'N Russian troops and North Korean reinforcements': the reinforcements are the other group",
     "Ukraine's troops still control 90 km² inside Kursk, despite fierce fighting with 70,000 Russian troops "
     "and North Korean reinforcements in the Kursk region.",
     "70,000", {"metric": "russian_troops_kursk", "scope": "in_kursk"}),
    ("'capturing several border villages and N km²': the area the advance seized",
     "Ukraine launched a surprise attack into the Kursk region, capturing several border villages and more than "
     "1,000 square kilometers of territory.",
     "1,000", {"metric": "ukraine_held_kursk_km2", "counted": "area_seized"}),
    ("'The incursion began on August 6, 2024, when ..., capturing N km²': the gain is of the incursion's day",
     "The incursion began on August 6, 2024, when Ukraine launched a surprise attack into the Kursk region, "
     "capturing more than 1,000 square kilometers of territory.",
     "1,000", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-08-06"}),
    ("a speaker's words do not run on into a heading: 'He noted ...' then 'Initial Invasion Captured Over "
     "N km²', the first advance's (the peak's period)",
     "Syrskyi said his troops hold about 90 square kilometers in Kursk. He noted that 10,000 Russian soldiers "
     "are fighting there.\n\nInitial Invasion Captured Over 1,300 km²\n\nThe war goes on.",
     "1,300", {"metric": "ukraine_held_kursk_km2", "source": "unattributed", "as_of": "2024-08"}),
    ("more verbs of saying: 'He highlighted that ...', 'Rep. Yu elaborated that ...'",
     "Secretary of State Antony Blinken spoke in Washington on Thursday. He highlighted that Russian troops are "
     "facing about 1,200 casualties per day in eastern Ukraine.",
     "1,200", {"metric": "russian_casualties", "source": "US State Department"}),
    ("a count 'since Feb. 24, 2022' holds now (the abbreviation's dot does not end the 'since')",
     "The General Staff reported that Russia's losses in Ukraine since Feb. 24, 2022, have surpassed 293,830 troops.",
     "293,830", {"metric": "russian_casualties", "as_of": "2025-03-10"}),
    ("'in the last year' is the twelve months to now, not last calendar year",
     "According to the MoD, there have been between 175,000 and 200,000 Russian casualties in the last year.",
     "175,000", {"metric": "russian_casualties", "as_of": "2025-03-10"}),
    ("a count 'from <day> to <day>' holds at the span's end",
     "The project confirms at least 1,849 Russian soldiers killed from February 22, 2022, to March 9, 2023.",
     "1,849", {"metric": "russian_casualties", "as_of": "2023-03-09"}),
]

# After heldout67's first measurement (2026-12-06, eleventh session): each fails with 3be6ff5.
ROWS += [
    ("'according to a newly released statistical analysis' is the analysis the article named, not 'newly'",
     "Mediazona and Meduza published a new study on Monday. More than 50,000 Russian soldiers have died in the "
     "war in Ukraine, according to a newly released statistical analysis.",
     "50,000", {"metric": "russian_casualties", "source": "Mediazona"}),
    ("a quotation after '“...,” Austin says.' goes on in Austin's words (the article spells his name out)",
     "US Defence Secretary Lloyd Austin spoke in Washington. “We now assess that North Korea has sent around "
     "10,000 of its soldiers to train in eastern Russia,” Austin says. “Our most recent information indicates "
     "that about 8000 of those soldiers are now in the Kursk Oblast.”",
     "8000", {"metric": "dprk_troops_in_russia", "source": "Pentagon"}),
    ("'since September 2022, when it reported N': 'it' is the body the sentence names",
     "The Russian Defence Ministry has not updated casualty figures since September 2022, when it reported close "
     "to 6,000 Russian soldier deaths.",
     "6,000", {"metric": "russian_casualties", "source": "Russian Ministry of Defence", "as_of": "2022-09"}),
    ("'casualties estimated at N' is approximate",
     "The report says Russia has suffered heavy losses, with Russian casualties estimated at 1.2 million.",
     "1.2 million", {"metric": "russian_casualties", "qualifier": "approx"}),
    ("a span after an event's noun is the count's period: 'From the full-scale invasion in February 2022 to "
     "December 2025, ...'",
     "From the full-scale invasion in February 2022 to December 2025, Russian military casualties have reached "
     "1.2 million.",
     "1.2 million", {"metric": "russian_casualties", "as_of": "2025-12"}),
    ("a span closing the sentence dates every count in it: '..., including up to N deaths, from February 2022 "
     "through December 2025.'",
     "The report puts Russian casualties at 1.2 million, including up to 325,000 troop deaths, from February 2022 "
     "through December 2025.",
     "1.2 million", {"metric": "russian_casualties", "as_of": "2025-12"}),
    ("'N North Koreans and more than twenty thousand Cubans': the Cubans are no count of North Koreans",
     "North Korea sent troops to Kursk. Over 15,000 North Koreans and more than twenty thousand Cubans were "
     "recruited to fight for Russia.",
     "twenty thousand", {"metric": None}),
    ("... and 'more than' is no 'more' troops: the 15,000 are no additional wave",
     "North Korea sent troops to Kursk. Over 15,000 North Koreans and more than twenty thousand Cubans were "
     "recruited to fight for Russia.",
     "15,000", {"metric": "dprk_troops_in_russia", "scope": "in_russia"}),
    ("'a group of around N soldiers that arrived in Vladivostok' is the force in Russia, not one unit",
     "The U.S. government has been monitoring a group of around 10,000 North Korean soldiers that recently "
     "arrived in Vladivostok, Russia.",
     "10,000", {"metric": "dprk_troops_in_russia", "scope": "in_russia"}),
    ("'N of the North Korean soldiers have reached the Kursk region' are in Kursk",
     "Blinken said up to 8,000 of the North Korean soldiers have reached the Kursk region.",
     "8,000", {"metric": "dprk_troops_in_russia", "scope": "in_kursk"}),
]

# After heldout68's first measurement (2026-12-06, eleventh session): each fails with f34fc48.
ROWS += [
    ("'whereas for Ukraine the numbers were N killed' is Ukraine's toll",
     "American officials estimated that 50,000 Russian troops were killed, whereas for Ukraine the numbers were "
     "20,000 killed and 130,000 wounded.",
     "20,000", {"metric": None}),
    ("'the US armed forces lost N killed' is no Russian toll",
     "Russia has lost many soldiers. According to open data, from 1941 to 1945, the US armed forces lost 418 "
     "thousand killed and 670 thousand wounded.",
     "418 thousand", {"metric": None}),
    ("recruits 'to replace casualties' are no casualties, but recruits a month",
     "Some economists believe that Moscow needs 30,000 new recruits each month to replace casualties.",
     "30,000", {"metric": "russian_recruits_per_month"}),
    ("'estimated in May of 2023 that N killed and M wounded': the statement's month dates both",
     "American officials estimated in May of 2023 that 50,000 Russian troops were killed and 180,000 wounded.",
     "180,000", {"metric": "russian_casualties", "as_of": "2023-05"}),
    ("'N Russian soldiers and officers have died': the verb after the pair of nouns is the count's",
     "According to NATO, 250 thousand Russian soldiers and officers have died in three years.",
     "250 thousand", {"metric": "russian_casualties", "counted": "killed"}),
    ("'N Russians sent to the front were seriously wounded': 'sent' is no noun",
     "About 376 thousand Russians sent to the front were seriously wounded and became disabled.",
     "376 thousand", {"metric": "russian_casualties", "counted": "wounded"}),
    ("'by the end of 2023' is that year's December",
     "Mediazona and Meduza believe that as many as 88,000 Russian soldiers had been killed by the end of 2023.",
     "88,000", {"metric": "russian_casualties", "as_of": "2023-12"}),
    ("'X, citing its military intelligence, reported N' is X's",
     "The British Ministry of Defence, citing its military intelligence, reported 950,000 killed and wounded "
     "Russian soldiers.",
     "950,000", {"metric": "russian_casualties", "source": "UK Ministry of Defence"}),
    ("'Seoul, Washington and Kiev say': a list of governments speaks as the first",
     "Seoul, Washington and Kiev say about 12,000 North Korean troops are stationed in Russia.",
     "12,000", {"metric": "dprk_troops_in_russia", "source": "South Korean government"}),
]

# After heldout69's first measurement (2026-12-06, eleventh session): each fails with 393d8a1.
ROWS += [
    ("'soldiers die every day': the present tense of dying is a toll too",
     "Heavy losses of the Russian army. Up to 250 Russian soldiers die every day.",
     "250", {"metric": "russian_casualties", "counted": "killed"}),
    ("'Tajiks (72 deaths)': a people named before a bracketed count is whose it is",
     "Russia's war dead include 523 foreign nationals, with Tajiks (72 deaths) making up the largest contingent.",
     "72", {"metric": None}),
]

# After heldout70's first measurement (2026-12-06, eleventh session): each fails with 8cf634f.
ROWS += [
    ("'deployed N troops to regain lost territory': what was lost is land, not soldiers",
     "The Russian military has also deployed approximately 50,000 troops to the Kursk region to regain lost "
     "territory.",
     "50,000", {"metric": "russian_troops_kursk"}),
    ("'the head of Ukraine's military intelligence, Kyrylo Budanov' is military intelligence, not the army's chief",
     "Approximately 8,000 North Korean soldiers are still fighting in the Kursk region, stated the head of "
     "Ukraine's military intelligence, Kyrylo Budanov.",
     "8,000", {"metric": "dprk_troops_in_russia", "source": "Ukrainian military intelligence"}),
    ("a sum of hundreds of millions of rubles is a budget line, not a recruit's bonus",
     "Volunteers who sign a contract get a one-time payment, and 550 million rubles are set aside for the "
     "payments this year.",
     "550 million", {"metric": None}),
]

# After heldout71's first measurement (2026-12-06, eleventh session): each fails with 5cebfa5.
ROWS += [
    ("'North Korean troops killed eight Russian soldiers': the victims are Russians, no North Korean loss",
     "North Korea sent troops to Kursk. In one incident, North Korean troops accidentally killed eight Russian "
     "soldiers in what was described as a friendly fire incident.",
     "eight", {"metric": None}),
    ("'N of them have fallen or been taken out of battle' are losses",
     "North Korea sent 11,000 soldiers to Kursk. Since then, 3,000 of them have fallen or been taken out of battle "
     "due to injuries.",
     "3,000", {"metric": "dprk_casualties"}),
    ("'Moscow is on the brink of deploying N North Korean soldiers' is a plan",
     "Zelenskyy warned that Moscow is on the brink of deploying 10,000 North Korean soldiers in Ukraine.",
     "10,000", {"metric": "dprk_troops_in_russia", "scope": "planned"}),
    ("'citizens who sign contracts with the Russian Ministry of Defense': the ministry is a party, not the source",
     "Tambov Oblast has quietly raised the one-time payment for citizens who sign contracts with the Russian "
     "Ministry of Defense to 3 million rubles.",
     "3 million", {"metric": "signing_bonus_rub", "source_not": "Ministry of Defence"}),
    ("'according to a brief from the Center for Strategic & International Studies' is CSIS",
     "According to a brief from the Center for Strategic & International Studies, between 40,000 and 60,000 "
     "Russian soldiers died in the war.",
     "40,000", {"metric": "russian_casualties", "source": "Center for Strategic and International Studies"}),
]

# After heldout72's first measurement (2026-12-06, eleventh session): each fails with 3eac97d, but the guards.
ROWS += [
    ("'about 20% of the N convicts he recruited ... dying': the share is the toll, not the whole",
     "Prigozhin says about 20% of the 50,000 Russian convicts he recruited to fight in the war died in Bakhmut.",
     "50,000", {"metric": None}),
    ("... but 'about half of the N wounded soldiers' is a toll itself",
     "Lee said about half of the 4,100 wounded North Korean soldiers had since been sent back to North Korea.",
     "4,100", {"metric": "dprk_casualties"}),
    ("... nor a share of an area: '40% of the 1,300 square kilometers Kyiv claimed'",
     "Experts estimate that around 40% of the 1,300 square kilometers of territory Kyiv claimed in Kursk has been "
     "recaptured.",
     "1,300", {"metric": "ukraine_held_kursk_km2"}),
    ("'the official estimate of the Soviet losses in the Afghanistan war of N troops' is no Russian toll",
     "Russia has lost more soldiers in Ukraine. It is also higher than the official estimate of the Soviet losses "
     "in the Afghanistan war of 15,000 troops between 1979 and 1989.",
     "15,000", {"metric": None}),
    ("'may be approaching a staggering one million': a word of emphasis does not undo the hedge",
     "Recent reports indicate that Russian casualties may be approaching a staggering one million.",
     "one million", {"metric": "russian_casualties", "qualifier": "approx"}),
    ("'N troops and engineers returned to North Korea' are no longer in Russia",
     "The NIS says roughly 1,100 North Korean troops and engineers returned to North Korea in December and could be "
     "redeployed to Russia.",
     "1,100", {"metric": None}),
    ("'Wagner's chief says' is Yevgeny Prigozhin",
     "Wagner's chief says his force has lost more than 20,000 Russian soldiers in the battle for Bakhmut.",
     "20,000", {"metric": "russian_casualties", "source": "Yevgeny Prigozhin"}),
    ("... but 'N of Prigozhin's Wagner troops died' names whose troops, not who said so",
     "20,000 of Prigozhin's Wagner troops died during the Bakhmut assault.",
     "20,000", {"metric": "russian_casualties", "source_not": "Prigozhin"}),
]

# From the final read of the eleventh session: fails with 0acb0b4 (the people rule read a headline's own
# noun as another people).
ROWS += [
    ("a title-case headline's own noun is no other people: 'Russia Lost 20,000 Convicts In Bakhmut'",
     "Russia Lost 20,000 Convicts In Bakhmut, Prigozhin Says",
     "20,000", {"metric": "russian_casualties"}),
]

# The twelfth session (2026-12-06): fail with 4c615fd, but the guard.
ROWS += [
    ("a faceless cited party is no source: 'X, citing unnamed sources, reported' is X's",
     "The Dong-A daily, citing unnamed sources, reported that about 2,000 more North Korean soldiers "
     "arrived in Russia in March.",
     "2,000", {"metric": "dprk_troops_in_russia", "source_has": "Dong-A"}),
    ("... the citer by its table name: 'JoongAng Daily, quoting anonymous officials, said'",
     "JoongAng Daily, quoting anonymous officials, said 3,000 North Korean troops had been rotated into Kursk.",
     "3,000", {"metric": "dprk_troops_in_russia", "source": "JoongAng Ilbo"}),
    ("... but a cited party with an affiliation keeps its face: 'citing two unnamed U.S. officials'",
     "Reuters, citing two unnamed U.S. officials, said 11,000 North Korean troops were in Kursk.",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "US government"}),
    ("'a Seoul lawmaker said N ..., according to the country's intelligence agency': the agency, of the country named",
     "A Seoul lawmaker said about 200 North Korean soldiers had been killed in Kursk, according to the country's "
     "intelligence agency.",
     "200", {"metric": "dprk_casualties", "source": "South Korea National Intelligence Service"}),
    ("... but not another country's agency",
     "A Seoul lawmaker said about 200 North Korean soldiers had been killed in Kursk, according to another "
     "country's intelligence agency.",
     "200", {"metric": "dprk_casualties", "source_not": "South Korea National Intelligence Service"}),
]

# After heldout73's first measurement (2026-12-06, twelfth session): each fails with 9a0e9e3.
ROWS += [
    ("Ukraine's forces holding back N Russian soldiers: Russia's grouping, not Ukraine's",
     "Ukrainian defence forces are holding back 45,000 Russian soldiers in the Kursk region.",
     "45,000", {"metric": "russian_troops_kursk"}),
    ("a forum's abbreviation of Ukraine's forces is Ukrainian: 'The AFU has N men in Kursk'",
     "The AFU has 12,000 men in the Kursk region, a Russian military blogger claims.",
     "12,000", {"metric": None}),
    ("a figure in apposition takes its noun's meaning: 'a slice of land, about N km²'",
     "Kyiv's troops took a slice of land in Kursk, about 900 square kilometres, within a week.",
     "900", {"metric": "ukraine_held_kursk_km2"}),
]

# The twelfth session: each fails with 477022c. A quotation of several sentences is one "sentence" of the
# segmenter (pysbd keeps a quoted span whole); each of its sentences is a clause of its own.
ROWS += [
    ("a quotation's sentences are clauses: its own time dates a figure, not a 'now' a sentence before",
     "“Casualties now surpass two-thirds of the army’s strength. In November 2024 alone, Russia lost nearly "
     "1,500 troops a day,” the minister said.",
     "1,500", {"metric": "russian_casualties", "as_of": "2024-11"}),
    ("... and the next sentence's plan is not the figure's scope",
     "“North Korea has about 11,000 troops in Kursk. More will be sent in spring,” the JCS said.",
     "11,000", {"metric": "dprk_troops_in_russia", "scope": "in_kursk"}),
]

# After heldout74's first measurement (2026-12-06, twelfth session): fails with 6bbcc45.
ROWS += [
    ("the kind of troops before their noun: 'N engineer troops' are engineers",
     "Pyongyang has sent about 2,000 engineer troops to Russia to clear mines.",
     "2,000", {"metric": "dprk_troops_in_russia", "counted": "engineers", "charted": False}),
]

# The twelfth session, from the older sets' misses: each fails with the commit before it (1104bcb; the last,
# 6fe69d9), but the guard.
ROWS += [
    ("a verb of reaching far from its subject: 'Russia's total casualties since ... have reached N'",
     "Russia's total casualties since the start of its full-scale invasion of Ukraine nearly three years ago "
     "have now reached 900,000, Kyiv says.",
     "900,000", {"metric": "russian_casualties"}),
    ("... but not the losses of both sides: 'The combined losses of Russia and Ukraine ... have reached N'",
     "The combined losses of Russia and Ukraine since the start of the full-scale invasion have reached 1.5 "
     "million, an envoy said.",
     "1.5", {"metric": None}),
    ("another estimate of the figure before: '..., while Western estimates were lower, around N'",
     "Kyiv put the number of North Koreans killed or wounded at 3,500, while Western estimates were lower, "
     "around 2,000.",
     "2,000", {"metric": "dprk_casualties", "counted": "casualties"}),
    ("Russia's gain, its verb far before the figure: 'the Russian army breached ... and captured N km²'",
     "There, the Russian army breached Ukrainian defences and captured 150 square kilometres of territory in the "
     "Kursk region.",
     "150", {"metric": None}),
    ("... and over a list: 'Russia has conquered N km² ..., including M km² in the Kursk region'",
     "Since Ukraine's incursion, Russia has conquered 4,000 km² of territory, including 150 km² in the Kursk region.",
     "150", {"metric": None}),
    ("... but not Ukraine's hold after it: '..., while Ukraine still holds N km² in Kursk'",
     "Russia captured 500 km² in Donetsk last month, while Ukraine still holds 1,000 km² in Kursk.",
     "1,000", {"metric": "ukraine_held_kursk_km2"}),
    ("... nor Russia as a place: 'the Kursk region of Russia, which Ukrainian forces have taken'",
     "The part of the Kursk region of Russia which Ukrainian forces have taken has grown to 1,100 square kilometres.",
     "1,100", {"metric": "ukraine_held_kursk_km2"}),
    ("a toll's next item after a comma is the same people's: 'N Ukrainian soldiers killed, M injured'",
     "1,900 Ukrainian soldiers have been killed, 2,500 injured and 400 captured, Moscow claimed.",
     "2,500", {"metric": None}),
    ("... and Russia's when the first item is Russian",
     "1,900 Russian soldiers have been killed, 2,500 injured and 400 captured, Kyiv said.",
     "2,500", {"metric": "russian_casualties", "counted": "wounded"}),
]

# The twelfth session, more of the older sets' misses: each fails with the commit before it (3522148, 5f857e0,
# 870d880, c143665, c4aadc8, 96b3e4f, c450657, aa3e485), but the guards.
ROWS += [
    ("what another said, before the speaker's own 'that', is not the figure's clause: 'Despite Moscow's claims "
     "that it has recaptured ..., X said that N km² remain under Ukrainian control'",
     "Despite Moscow's claims that it has recaptured the whole region, Ukraine's commander declared on Friday "
     "that about 80 square kilometres remain under Ukrainian control in Kursk.",
     "80", {"metric": "ukraine_held_kursk_km2"}),
    ("... but the retaking said in the figure's own clause still is: 'Russia said that it has retaken N km²'",
     "Russia said that it has retaken more than 100 square kilometres of territory in its Kursk region.",
     "100", {"metric": None}),
    ("kilometres of territory are an area written loosely: 'captured 900 km of Russian territory'",
     "Kyiv says its troops captured 900 km of Russian territory in the Kursk region in August.",
     "900", {"metric": "ukraine_held_kursk_km2", "value": 900.0}),
    ("'joint' before the peoples is no noun: 'N joint Russian and North Korean troops' are Russia's grouping",
     "Kyiv estimates that 55,000 joint Russian and North Korean troops are now in the Kursk region.",
     "55,000", {"metric": "russian_troops_kursk"}),
    ("an area that dwindled: '..., which has now dwindled to about N km²'",
     "At their peak Ukrainian units held 1,300 square kilometres in Kursk, which has now dwindled to about 400 "
     "square kilometres.",
     "400", {"metric": "ukraine_held_kursk_km2"}),
    ("the villages' extent: 'captured 80 villages in Kursk covering some N km²'",
     "Within days the Ukrainian army captured 80 villages in Kursk covering some 1,000 square kilometres.",
     "1,000", {"metric": "ukraine_held_kursk_km2"}),
    ("a force 'mobilised for an attack' is made ready, not reservists called up",
     "A 45,000-strong Russian force is being mobilised for an offensive to retake the Kursk region.",
     "45,000", {"metric": "russian_troops_kursk"}),
    ("a photo caption that states a figure is read, its credit left out",
     "Seoul spoke on Monday.\n\nAbout 14,000 North Korean soldiers have been sent to Russia, Seoul says. | "
     "Jane Doe/AFP via Getty Images",
     "14,000", {"metric": "dprk_troops_in_russia"}),
    ("a first year's earnings are no one-time bonus: '..., boosting their first-year earnings to N roubles'",
     "The region's governor announced an upfront payment of 1.2 million roubles for recruits, boosting their "
     "first-year earnings to 4.1 million roubles.",
     "4.1", {"metric": None}),
    ("... but the upfront payment before it is",
     "The region's governor announced an upfront payment of 1.2 million roubles for recruits, boosting their "
     "first-year earnings to 4.1 million roubles.",
     "1.2", {"metric": "signing_bonus_rub"}),
    ("a sum over the first year: 'In total, recruits receive about N roubles, or ..., in their first year'",
     "In total, recruits from the region receive about 6.3 million roubles, or about 70,000 dollars, in their "
     "first year.",
     "6.3", {"metric": None}),
    ("a figure set beside the one before: '..., about the same as N in September'",
     "Ukraine says Russia lost an average of 1,100 soldiers a day in October, about the same as 1,050 in September.",
     "1,050", {"metric": "russian_casualties"}),
    ("'this past May' is the latest May, as 'last May' is",
     "Ukraine says Russia lost an average of 1,100 soldiers a day in February, about the same as 1,050 this past May.",
     "1,050", {"metric": "russian_casualties", "as_of": "2024-05"}),
]

# Guards from the thirteenth session's adversarial review (review13) of its rules: sentences of our own on
# which a rule as first written overreached. Each fails with that rule as first written and passes now.
ROWS += [
    ("a toll named by 'the' after a civilian toll keeps the soldiers named after its figure",
     "Russian shelling killed two civilians in Sumy overnight, regional officials said. Ukraine's General Staff "
     "put the latest toll at 1,250 Russian soldiers killed or wounded in the past day.",
     "1,250", {"metric": "russian_casualties"}),
    ("... and the losses its own sentence named before it",
     "Ukraine's strikes have killed 40 civilians in Kursk, Moscow says. Kyiv, for its part, says Russian losses "
     "in the region are huge and puts the death toll at 38,000.",
     "38,000", {"metric": "russian_casualties"}),
    ("Russia's push 'across the border' is no Ukrainian hold, whoever is named after it",
     "In May, the enemy pushed across the border near Vovchansk and seized about 100 square kilometres, "
     "Ukraine's army said.",
     "100", {"metric": None}),
    ("an inverted frame's date is not a relative clause's after the speaker",
     "About 400 North Korean soldiers have been killed in Kursk, said officials who arrived in the region on February 2.",
     "400", {"metric": "dprk_casualties", "as_of": PUBLISHED}),
    ("a closing 'as of <date>' is the nearest figure's alone: '..., up from M as of <date>'",
     "Ukraine's General Staff said on March 1 that Russia had lost 880,000 troops, up from 860,000 as of February 1.",
     "880,000", {"metric": "russian_casualties", "as_of": "2025-03-01"}),
    ("a present-tense 'reveals how' shows, no one speaks",
     "The deployment of 11,000 North Korean troops to Kursk reveals how desperate Moscow has become.",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "unattributed"}),
    ("a bare count of sources is faceless: 'as reported by X citing two sources' is X's",
     "Ukraine now holds about 700 square kilometres of the Kursk region, as reported by Reuters citing two sources.",
     "700", {"metric": "ukraine_held_kursk_km2", "source": "Reuters"}),
    ("a former official of the United States government is not the government",
     "A former United States government official said North Korea had sent about 11,000 soldiers to Russia.",
     "11,000", {"metric": "dprk_troops_in_russia", "source_not": "US government"}),
    ("subjectless losses after a sentence counting the other side's dead go on with those, not the topic before",
     "Moscow said on Monday that its army had killed some 900 Ukrainian servicemen in a day. The heaviest fighting "
     "was near Pokrovsk, where about 300 Ukrainian soldiers died, it said. Further losses were reported near "
     "Kupiansk (120 killed) and Lyman (95 killed).",
     "120", {"metric": None}),
    ("... but a sentence before that names no one's losses leaves the topic's side",
     "Ukraine's General Staff said on Monday that Russia had lost 1,200 soldiers in a day. The heaviest fighting "
     "was near Pokrovsk, where Ukrainian troops held their positions. Further losses were reported near "
     "Kupiansk (120 killed) and Lyman (95 killed).",
     "120", {"metric": "russian_casualties"}),
    ("a span of months joined by a dash ends with the later month: 'from February 2022–December 2025'",
     "CSIS estimated about 950,000 Russian casualties from February 2022–November 2025.",
     "950,000", {"metric": "russian_casualties", "as_of": "2025-11"}),
    ("a part in parentheses holds over the span its whole is given for, after the parenthesis",
     "Russia has suffered 950,000 casualties (including 250,000 killed) between February 2022 and November 2025, "
     "CSIS said.",
     "250,000", {"metric": "russian_casualties", "as_of": "2025-11"}),
    ("'according to official Ukrainian estimates' is the Ukrainian government's, not a speaker 'official Ukrainian'",
     "According to official Ukrainian estimates, Russia has lost 700,000 soldiers since February 2022.",
     "700,000", {"metric": "russian_casualties", "source": "Ukrainian government"}),
    ("'within a 24-hour period' is a rate per day",
     "Kyiv said Russian forces lost 1,300 soldiers within a 24-hour period.",
     "1,300", {"metric": "russian_casualties", "scope": "rate_day"}),
    ("'... over the same period' is the rate the sentences before named, whoever's it was",
     "Moscow said on Monday that its army had killed 900 Ukrainian soldiers in the past 24 hours. Kyiv rejected "
     "the claim. The Ukrainian General Staff said Russian forces had lost about 1,250 soldiers over the same period.",
     "1,250", {"metric": "russian_casualties", "scope": "rate_day"}),
    ("... but 'over the same period' with no rate before it is no rate",
     "Russia has lost about 600,000 soldiers since February 2022, London said. Kyiv said Russian troop losses over "
     "the same period were about 650,000.",
     "650,000", {"metric": "russian_casualties", "scope": "total"}),
    ("'according to Ukrainian military officials' is Ukraine's military, the General Staff, as a body",
     "Russia has lost more than 790,000 troops since February 2022, according to Ukrainian military officials.",
     "790,000", {"metric": "russian_casualties", "source": "Ukrainian General Staff"}),
    ("... but Ukrainian forces that killed are no count of Ukrainian dead: the run keeps the topic's side",
     "Ukraine's General Staff said on Monday that Russia had lost 1,200 soldiers in a day. Ukrainian forces killed "
     "dozens of attackers near Pokrovsk, it said. Further losses were reported near Kupiansk (120 killed).",
     "120", {"metric": "russian_casualties"}),
    ("the sentence right before counting the other side's dead also ends the run: 'Russia claims it killed N "
     "Ukrainian soldiers. Other losses (M killed)'",
     "Moscow claims it killed 1,300 Ukrainian soldiers on Sunday. Other losses were claimed near Kherson (260 killed) "
     "and Zaporizhzhia (180 killed).",
     "260", {"metric": None}),
    ("'the Armed Forces of Ukraine lost N' counts the other side's dead",
     "The Russian defence ministry said its forces had killed 1,400 Ukrainian soldiers over the past week. Near "
     "Kupiansk alone, the Armed Forces of Ukraine lost up to 400 servicemen, it said. Other losses were claimed in the "
     "south (230 killed).",
     "230", {"metric": None}),
    ("'over the same period' after a total over a span up to now is no rate",
     "Russia lost 1,150 soldiers in the past day, Kyiv said. Since February 2022, Russia has lost about 860,000 "
     "troops, according to Ukraine. London put Russian casualties over the same period at about 840,000.",
     "840,000", {"metric": "russian_casualties", "scope": "total"}),
    ("... nor rate words that count nothing ('publishes daily figures')",
     "Ukraine's General Staff publishes daily figures on Russian losses. It says Russia has lost 860,000 soldiers "
     "since February 2022. Britain put the toll over the same period at 790,000.",
     "790,000", {"metric": "russian_casualties", "scope": "total"}),
    ("... nor 'the same period last year'",
     "Russia lost 1,300 soldiers in the past 24 hours, Kyiv said. Russia lost 41,000 troops in February, up from "
     "36,000 in the same period last year.",
     "36,000", {"metric": "russian_casualties", "scope": "total"}),
    ("a fronted 'Over the same period, ...' takes the rate before too",
     "Moscow said its army had killed 900 Ukrainian soldiers in the past 24 hours. Over the same period, Russian "
     "forces lost about 1,250 soldiers, Kyiv said.",
     "1,250", {"metric": "russian_casualties", "scope": "rate_day"}),
    ("a parenthesised part does not take a projection's date after it",
     "Russia has suffered 950,000 casualties (including 250,000 killed) and could pass one million by June 2026, "
     "CSIS said.",
     "250,000", {"metric": "russian_casualties", "as_of": "2025-03-10"}),
    ("'(up from N)' compares, it is no part: it takes no date of the new figure",
     "Russia has suffered 950,000 casualties (up from 790,000) according to a report released in February 2025.",
     "790,000", {"metric": "russian_casualties", "as_of": ""}),
    ("a spaced dash that opens an aside is no span of months",
     "The ministry said 1,200 Russian troops died in January — March figures are not yet available.",
     "1,200", {"metric": "russian_casualties", "as_of": "2025-01"}),
    ("'throughout March-April' ends in April",
     "Kyiv said Russia lost about 80,000 soldiers throughout December-January.",
     "80,000", {"metric": "russian_casualties", "as_of": "2025-01"}),
    ("'Ukrainian official estimates' is the government, not a person 'Ukrainian official'",
     "According to Ukrainian official estimates, Russia has lost 700,000 soldiers since February 2022.",
     "700,000", {"metric": "russian_casualties", "source": "Ukrainian government"}),
    ("'recent Ukrainian reports' are no government's",
     "According to recent Ukrainian reports, Russia has lost 700,000 soldiers since February 2022.",
     "700,000", {"metric": "russian_casualties", "source_not": "Ukrainian government"}),
    ("'in 24 hours of fighting' is a daily rate; '24-hour assaults' are not",
     "Russia lost 1,500 soldiers in 24 hours of fighting near Pokrovsk, Kyiv said.",
     "1,500", {"metric": "russian_casualties", "scope": "rate_day"}),
    ("... '24-hour assaults since January' are no rate",
     "Russia has lost about 30,000 soldiers in 24-hour assaults on Pokrovsk since January, Kyiv said.",
     "30,000", {"metric": "russian_casualties", "scope": "total"}),
    ("'a week ago' is a time, not a rate per week",
     "Kyiv said a week ago that Russia had lost 850,000 soldiers since the invasion.",
     "850,000", {"metric": "russian_casualties", "scope": "total"}),
    ("'X put the number at N, though U.S. estimates were lower at M': N is X's, M the US government's",
     "Zelensky earlier put the number of killed or wounded North Korean soldiers at 4,000, though U.S. estimates were "
     "lower at around 1,100.",
     "1,100", {"metric": "dprk_casualties", "source": "US government"}),
    ("... and N stays the speaker's",
     "Zelensky earlier put the number of killed or wounded North Korean soldiers at 4,000, though U.S. estimates were "
     "lower at around 1,100.",
     "4,000", {"metric": "dprk_casualties", "source": "Zelensky"}),
    ("'Some Western intelligence sources suggest that ...' is a speaker; 'Reports suggest' is none",
     "Reports suggest that North Korea has lost about 5,000 soldiers in Kursk.",
     "5,000", {"metric": "dprk_casualties", "source": "unattributed"}),
    ("'South Korea's Joint Chiefs assessed' is the JCS",
     "South Korea's Joint Chiefs assessed that around 3,500 North Korean soldiers had been killed or wounded.",
     "3,500", {"metric": "dprk_casualties", "source": "South Korea Joint Chiefs of Staff"}),
    ("'..., put the number at N' is the subject's estimate, with no inverted speaker 'number'",
     "Returnees from the front, quoting their commanders, put the number of North Korean soldiers killed at around "
     "3,000.",
     "3,000", {"metric": "dprk_casualties", "source_not": "number"}),
    ("a span of days ends with its later day: 'during Aug. 6-13', 'between August 6 and 13'",
     "Ukraine seized about 1,000 km² of Russia's Kursk region during Feb. 6-13, Syrskyi said.",
     "1,000", {"metric": "ukraine_held_kursk_km2", "as_of": "2025-02-13"}),
    ("... across months too: 'from January 30 to February 2'",
     "Russia lost 6,100 soldiers from January 30 to February 2, Kyiv said.",
     "6,100", {"metric": "russian_casualties", "as_of": "2025-02-02"}),
    ("... but a payment holds from the day its window opens",
     "Recruits who sign a contract between February 1 and April 30 will receive a one-time payment of 2 million "
     "rubles, the governor said.",
     "2 million", {"metric": "signing_bonus_rub", "as_of": "2025-02-01"}),
    ("'In February, X said N were sent earlier this year': the year is the statement's, its month the date",
     "In February, South Korea's military said North Korea sent about 3,000 additional troops to Russia earlier "
     "this year.",
     "3,000", {"metric": "dprk_troops_in_russia", "as_of": "2025-02"}),
    ("... but a year of its own that is not the statement's stays",
     "In February, South Korea's military said North Korea sent about 11,000 troops to Russia in 2024.",
     "11,000", {"metric": "dprk_troops_in_russia", "as_of": "2024"}),
    ("'practically N', 'virtually N' are about N (machine-reworded copy's 'almost')",
     "Zelensky said practically 3,500 North Korean troopers have been killed or wounded in Kursk.",
     "3,500", {"metric": "dprk_casualties", "qualifier": "approx"}),
    ("'South Korea's intelligence services' (plural) are the NIS",
     "South Korea's intelligence services reported that roughly 400 North Korean soldiers have died.",
     "400", {"metric": "dprk_casualties", "source": "South Korea National Intelligence Service"}),
    ("'ranged from N to November's M' is one range, its end named by whose figure it is",
     "Russia's daily losses this year ranged from 846 to November's 1,523, British intelligence said.",
     "846", {"metric": "russian_casualties", "qualifier": "range"}),
    ("a time past a comparison after the figure is the compared figure's, not the statement's",
     "Russia lost 824 soldiers per day, Kyiv's General Staff wrote, more than four times the rate reported "
     "in June-July.",
     "824", {"metric": "russian_casualties", "as_of": "2025-03-10"}),
    ("'in the last week of October' is a date, not a weekly rate",
     "Ukrainian intelligence said Russia had deployed over 7,000 North Korean troops to areas near Ukraine in the "
     "last week of February.",
     "7,000", {"metric": "dprk_troops_in_russia", "scope": "near_front"}),
    ("'infantrymen' are soldiers; 'falling in battle' is a loss",
     "Shoigu said in September 2022 that 5,937 Russian infantrymen had died since the start of the war.",
     "5,937", {"metric": "russian_casualties"}),
    ("... 'soldiers falling in battle'",
     "Approximately 120,000 Russian soldiers have been falling in battle, Kyiv said.",
     "120,000", {"metric": "russian_casualties"}),
    ("a comparison closed by a comma does not hide the statement's time after it",
     "Russia is losing 1,300 soldiers a day, higher than the rate seen in June, British intelligence said in a report "
     "on Monday.",
     "1,300", {"metric": "russian_casualties", "as_of": "2025-03-10"}),
    ("'Some Western estimates suggest' names no speaker 'Some Western'",
     "Some Western estimates suggest that Russia has lost 700,000 soldiers.",
     "700,000", {"metric": "russian_casualties", "source": "unattributed"}),
    ("'ranged from N to Kyiv's M' is two sources' figures, not one range",
     "Estimates of North Korean troops in Russia ranged from 10,000 to Kyiv's 12,000.",
     "12,000", {"metric": "dprk_troops_in_russia", "qualifier": "exact"}),
    ("troop numbers 'falling in battle zones' are no losses",
     "Russian troop numbers are falling in battle zones near Kursk to about 50,000, Kyiv said.",
     "50,000", {"metric": "russian_troops_kursk"}),
    ("a parenthesised part with a time of its own ('have since been') keeps it",
     "North Korea sent 11,000 troops to Russia in October (of whom about 4,000 have since been killed or wounded), "
     "Seoul said.",
     "4,000", {"metric": "dprk_casualties", "as_of": "2025-03-10"}),
    ("'in the same week' names its own unit",
     "Russia lost 1,200 soldiers in a day, Kyiv said. In the same week, Russia lost 9,000 soldiers in total.",
     "9,000", {"metric": "russian_casualties", "scope": "rate_week"}),
    ("a year written out stays the count's, though the statement's month is in it",
     "In December, Ukraine's General Staff said Russia had lost about 430,000 troops in 2024.",
     "430,000", {"metric": "russian_casualties", "as_of": "2024"}),
    ("'ranging from N to over M' is one range with an open upper end",
     "Western estimates of Russian casualties range from 600,000 to over 1,000,000 killed or wounded.",
     "600,000", {"metric": "russian_casualties", "qualifier": "range"}),
    ("'Kyiv puts Russian losses at N': any object, so long as 'at' a figure follows",
     "Kyiv puts Russian losses at about 790,000 since February 2022.",
     "790,000", {"metric": "russian_casualties", "source": "Ukrainian government"}),
    ("'down from a high of N' is the old value: a claim of its own, dated by its own month",
     "Russia suffered an average of 1,140 casualties per day in February, down from a high of 1,262 in January, "
     "London said.",
     "1,262", {"metric": "russian_casualties", "as_of": "2025-01"}),
    ("'had sent N by November' after a past perfect is a November gone by, not the next one",
     "By then North Korea had sent 11,000 troops to Russia by November, Seoul said.",
     "11,000", {"metric": "dprk_troops_in_russia", "as_of": "2024-11"}),
    ("... but a plan 'by December' still looks ahead",
     "North Korea plans to send another 6,000 troops to Russia by December, Seoul said.",
     "6,000", {"metric": "dprk_troops_in_russia", "as_of": "2025-12"}),
    ("'within 24 hours of' an order is a deadline, not a rate",
     "Some 1,200 Russian soldiers were killed within 24 hours of the order to attack, Kyiv said.",
     "1,200", {"metric": "russian_casualties", "scope": "total"}),
]

# The fifteenth session (2026-12-06): fail with eaf27fd, but the guards.
ROWS += [
    ("'the enemy lost N people': a side's loss of people is its own soldiers, no soldier noun needed",
     "Over the past day, the enemy lost 1,250 people, Kyiv said.",
     "1,250", {"metric": "russian_casualties", "scope": "rate_day"}),
    ("... and with the side named before an aside",
     "In the first four months of the year Russia, according to British intelligence, lost approximately "
     "160,000 people.",
     "160,000", {"metric": "russian_casualties", "qualifier": "approx"}),
    ("... but not when the side that lost, named last before 'lost', is Ukraine's (guard)",
     "The Russian Ministry of Defense stated that the Ukrainian army that invaded the Kursk region had lost "
     "2,300 people.",
     "2,300", {"metric": None}),
    ("... nor people a strike killed (guard)",
     "Russian missile strikes killed 14 people in Kharkiv on Monday.",
     "14", {"metric": None}),
    ("a sanctions list is no contingent: 'sanctioned N people and entities over the deployment'",
     "The US sanctioned 398 people and entities over North Korea's troop deployment to Russia.",
     "398", {"metric": None}),
    ("... but troops sent 'in defiance of UN sanctions' are (guard)",
     "North Korea sent 11,000 troops to Russia in defiance of UN sanctions.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'... to Russia in January, Seoul said': the speaker is the name after the comma, not the place before it",
     "North Korea sent about 3,000 more troops to Russia in January, Seoul said.",
     "3,000", {"metric": "dprk_troops_in_russia", "source": "South Korean government"}),
    ("... and 'since ... the border region of Kursk in August, Kyiv said'",
     "Ukrainian forces have captured more than 700 Russian soldiers since they crossed into the border region of "
     "Kursk in August, Kyiv said on Wednesday.",
     "700", {"metric": "russian_casualties", "source": "Ukrainian government"}),
    ("... while an outlet after the comma keeps its article and stays in the chain (guard)",
     "Hundreds of North Korean soldiers have been killed in Russia's Kursk region, The Guardian reported, citing a "
     "senior US military official.",
     "Hundreds", {"metric": "dprk_casualties", "chain_has": "The Guardian"}),
    ("a day, month and two-digit year with dots is a date, not a figure ('from 24.02.22 to 10.03.25')",
     "Total combat losses of the enemy from 24.02.22 to 10.03.25 were approximately 890,780 personnel.",
     "24.02", {"metric": None}),
    ("... and the figure after it is the count",
     "Total combat losses of the enemy from 24.02.22 to 10.03.25 were approximately 890,780 personnel.",
     "890,780", {"metric": "russian_casualties", "qualifier": "approx"}),
    ("a list item labelled with the metric's noun takes its introduction's words: 'losses of the enemy are: "
     "personnel - about N'",
     "The total combat losses of the enemy from 24.02.2022 to 10.03.2025 are approximately:\n\npersonnel \u2013 "
     "about 891,460 (+1,340) persons,\n\ntanks \u2013 10,196 (+8),\n\naircraft \u2013 369.",
     "891,460", {"metric": "russian_casualties", "counted": "casualties"}),
    ("... but an item labelled with another noun is no count of people (guard)",
     "The total combat losses of the enemy from 24.02.2022 to 10.03.2025 are approximately:\n\npersonnel \u2013 "
     "about 891,460 (+1,340) persons,\n\ntanks \u2013 10,196 (+8),\n\naircraft \u2013 369.",
     "10,196", {"metric": None}),
    ("... nor 'aircraft - N' (guard)",
     "The total combat losses of the enemy from 24.02.2022 to 10.03.2025 are approximately:\n\npersonnel \u2013 "
     "about 891,460 (+1,340) persons,\n\ntanks \u2013 10,196 (+8),\n\naircraft \u2013 369.",
     "369", {"metric": None}),
    ("a budget as who pays is no budget line: 'a one-off payment of N rubles from the federal budget'",
     "Volunteers who sign a contract will receive a one-off payment of 400,000 rubles from the federal budget.",
     "400,000", {"metric": "signing_bonus_rub", "counted": "one_time_bonus", "scope": "federal"}),
    ("... 'from the regional budget' is the region's payment, though the region is not named",
     "Volunteers who sign a contract will receive a one-off payment of 400,000 rubles from the regional budget, "
     "the governor said.",
     "400,000", {"metric": "signing_bonus_rub", "scope": "regional"}),
    ("... but a budget's own sum stays out (guard)",
     "The federal budget allocates 400 million rubles for one-time payments to contract soldiers.",
     "400 million", {"metric": None}),
    ("'every 24 hours' is a rate per day",
     "That is almost 1,600 Russian casualties every 24 hours, London said.",
     "1,600", {"metric": "russian_casualties", "scope": "rate_day"}),
    ("'the North has suffered N casualties' (Korean copy's 'the North') is North Korea's loss",
     "The North has suffered about 1,100 casualties, the Joint Chiefs of Staff said.",
     "1,100", {"metric": "dprk_casualties"}),
    ("... and 'Kim Jong Un's army'",
     "Kim Jong Un's army has suffered roughly 4,000 casualties in Russia.",
     "4,000", {"metric": "dprk_casualties"}),
    ("... and North Koreans 'dying' at a rate",
     "North Korean soldiers are dying at a rate of about 100 a day, a Ukrainian commander said.",
     "100", {"metric": "dprk_casualties", "scope": "rate_day"}),
    ("... but 'the North group of forces' is Russia's (guard)",
     "The North group of forces has lost 1,200 soldiers, Kyiv said.",
     "1,200", {"metric": None}),
    ("a post before its holder is part of the speaker: 'EU foreign policy chief Kaja Kallas said'",
     "The deployment of 12,000 North Korean soldiers to Kursk marks a dangerous escalation, EU foreign policy chief "
     "Kaja Kallas said.",
     "12,000", {"metric": "dprk_troops_in_russia", "source_has": "EU foreign policy chief"}),
    ("... and 'the South Korean defence minister said' is the ministry",
     "About 11,000 North Korean troops are in Russia, the South Korean defence minister said.",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "South Korea defence ministry"}),
    ("Ukrainian positions a Russian force attacks do not make it Ukrainian",
     "A Russian force of around 50,000 is attacking Ukrainian positions in Kursk.",
     "50,000", {"metric": "russian_troops_kursk"}),
    ("... nor North Korean troops it includes make it North Korean",
     "A Russian force of around 50,000, including North Korean troops, is attacking Ukrainian positions in Kursk.",
     "50,000", {"metric": "russian_troops_kursk"}),
    ("a Title Case headline's source after its last comma: '..., UK Says'",
     "Russia Has Suffered 800,000 Casualties, UK Says",
     "800,000", {"metric": "russian_casualties", "source": "UK government"}),
    ("... and after a spaced dash at its end: '... Top 850,000 - Ukraine'",
     "Russian Army Losses Top 850,000 - Ukraine",
     "850,000", {"metric": "russian_casualties", "source": "Ukrainian government"}),
    ("... but a lower-case aside after the dash names no one (guard)",
     "Russia lost 1,200 soldiers in a day - the highest toll so far",
     "1,200", {"metric": "russian_casualties", "source": "unattributed"}),
    ("a decimal comma before a scale word ('1,5 million rubles', machine-translated copy) is 1.5 million",
     "Those who sign a contract receive a one-time payment of 1,5 million rubles, the governor said.",
     "1,5 million", {"metric": "signing_bonus_rub", "value": 1500000.0}),
    ("a people in the plural is who is counted: '1,500 Russians killed every day' (not a count of days)",
     "1,500 Russians killed every day",
     "1,500", {"metric": "russian_casualties", "scope": "rate_day"}),
    ("'killed N soldiers and wounded M': the second verb is M's, not N's",
     "Ukrainian special forces said they had killed 21 North Korean soldiers and wounded 40 in a three-day battle.",
     "21", {"metric": "dprk_casualties", "counted": "killed"}),
    ("... but 'N had died and about M were injured' keeps N's own verb (guard)",
     "The agency estimated that 15,000 Russians had died and about 45,000 were injured.",
     "15,000", {"metric": "russian_casualties", "counted": "killed"}),
    ("'..., leaving Ukraine with N km²' is the area held (the clause is cut at 'with')",
     "Russia has recaptured about 600 square km of the Kursk region, leaving Ukraine with some 700 square km.",
     "700", {"metric": "ukraine_held_kursk_km2", "counted": "area_held"}),
    ("... and 'Ukraine is left with N km²'",
     "After months of counterattacks, Ukraine is left with about 500 square kilometres in Kursk.",
     "500", {"metric": "ukraine_held_kursk_km2"}),
    ("... while Russia's recapture before it stays no claim of Ukraine's (guard)",
     "Russia has recaptured about 600 square km of the Kursk region, leaving Ukraine with some 700 square km.",
     "600", {"metric": None}),
    ("'in its daily intelligence update' is the UK's report, not a daily rate that drops a contingent",
     "The UK Ministry of Defence said in its daily intelligence update that 11,000 North Korean troops were in Kursk.",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "UK Ministry of Defence"}),
    ("'were killed by the end of February' (in the past tense) is the February gone by",
     "About 1,000 North Korean soldiers were killed or wounded by the end of February, Kyiv said.",
     "1,000", {"metric": "dprk_casualties", "as_of": "2025-02"}),
    ("... and 'By February, Russia had deployed N' opening the sentence",
     "By February, Russia had deployed 50,000 troops to Kursk.",
     "50,000", {"metric": "russian_troops_kursk", "as_of": "2025-02"}),
    ("... but 'losses could reach N by February' still looks ahead (guard)",
     "Russian losses could reach 1 million by February, analysts said.",
     "1 million", {"metric": "russian_casualties", "as_of": "2026-02"}),
    ("a statement's day past where and to whom it was made dates its figures: 'spoke to reporters in Kyiv on "
     "Monday. He said N'",
     "Zelensky spoke to reporters in Kyiv on Thursday. He said 12,000 North Korean troops were in Kursk.",
     "12,000", {"metric": "dprk_troops_in_russia", "as_of": "2025-03-06"}),
    ("... and 'said after a briefing by the NIS on Thursday'",
     "About 11,000 North Korean troops are in Russia, a lawmaker said after a briefing by the NIS on Thursday.",
     "11,000", {"metric": "dprk_troops_in_russia", "as_of": "2025-03-06"}),
    ("a Title Case headline's source opening it: 'Seoul Says N ...'",
     "Seoul Says 300 North Korean Soldiers Killed In Kursk",
     "300", {"metric": "dprk_casualties", "source": "South Korean government"}),
    ("... and 'UK: Russia has lost N troops'",
     "UK: Russia has lost 700,000 troops",
     "700,000", {"metric": "russian_casualties", "source": "UK government"}),
    ("... but a dateline 'SEOUL:' before a sentence that names its speaker is no source (guard)",
     "SEOUL: An estimated 4,700 North Korean soldiers have been killed or wounded, South Korea's spy agency said.",
     "4,700", {"metric": "dprk_casualties", "source": "South Korea National Intelligence Service",
               "one_source": True}),
    ("... nor 'Breaking:' (guard)",
     "Breaking: Russia has lost 700,000 troops",
     "700,000", {"metric": "russian_casualties", "source": "unattributed"}),
    ("a regional payment's governor named without the region takes the payment's region",
     "Volunteers in the Belgorod region will receive a one-time payment of 500,000 rubles, Governor Vyacheslav "
     "Gladkov said.",
     "500,000", {"metric": "signing_bonus_rub", "source": "Belgorod regional government",
                 "source_has": "Vyacheslav Gladkov"}),
    ("... and 'the region's governor announced'",
     "The region's governor announced a one-time payment of 500,000 rubles for volunteers in Belgorod.",
     "500,000", {"metric": "signing_bonus_rub", "source": "Belgorod regional government"}),
]

# Guards from review15's breaks of the session's own rules (2026-12-06): each passes with eaf27fd and failed with
# the rule as first written.
ROWS += [
    ("soldiers sent 'to die' are a contingent, not a toll (guard)",
     "Pyongyang sent 11,000 soldiers to Russia to die in a foreign war, Zelensky said.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("... and troops 'likely to die' (guard)",
     "Many of the 11,000 North Korean troops in Kursk are likely to die, analysts say.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("a past verb's infinitive of purpose still looks ahead: 'deployed N troops to retake Kursk by April' (guard)",
     "Russia deployed 50,000 troops to retake Kursk by April, Ukrainian officials said.",
     "50,000", {"metric": "russian_troops_kursk", "as_of": "2025-04"}),
    ("... and 'was preparing to send N by May' (guard)",
     "Zelensky said Russia was preparing to send 100,000 more troops to Kursk by May.",
     "100,000", {"as_of": "2025-05"}),
    ("a country's people lost to demography is no war loss (guard)",
     "The country lost 596,000 people last year, Rosstat said, as Russia fought in Ukraine.",
     "596,000", {"metric": None}),
    ("... nor people lost in a terror attack (guard)",
     "In the Crocus City Hall attack, Russia lost 145 people.",
     "145", {"metric": None}),
    ("a headline's opening speaker does not reach past ';' to another's figure (guard)",
     "North Korea Says It Sent No Troops; Seoul Estimates 11,000 in Kursk",
     "11,000", {"source_not": "North Korean government"}),
    ("... nor 'Russia Warns Seoul as ...' (guard)",
     "Russia Warns Seoul as 11,000 North Korean Troops Fight in Kursk",
     "11,000", {"source_not": "Russian government"}),
    ("a former minister does not speak for the ministry (guard)",
     "A former South Korean defence minister said 11,000 North Korean troops are in Russia.",
     "11,000", {"source_not": "South Korea defence ministry"}),
    ("... nor the minister's counterpart (guard)",
     "The South Korean defence minister's US counterpart said 11,000 North Korean troops are in Russia.",
     "11,000", {"source_not": "South Korea defence ministry"}),
    ("'spoke of' is no statement (guard)",
     "Kim spoke of heroic fighters as Pyongyang sent 11,000 troops to Russia.",
     "11,000", {"source_not": "Kim"}),
    ("the General Staff's list on one line: the words before its colon introduce it",
     "The total combat losses of the enemy from 24.02.2022 to 10.03.2025 are approximately: personnel - about "
     "891,460 (+1,340) persons, tanks - 10,196 (+8).",
     "891,460", {"metric": "russian_casualties"}),
    ("... with bullets and em dashes, and 'manpower' for personnel",
     "The total combat losses of the enemy from 24.02.2022 to 10.03.2025 are approximately:\n\n\u2022 manpower "
     "\u2014 about 891,460 (+1,340) persons\n\n\u2022 tanks \u2014 10,196 (+8)",
     "891,460", {"metric": "russian_casualties"}),
    ("... but its tanks stay out (guard)",
     "The total combat losses of the enemy from 24.02.2022 to 10.03.2025 are approximately: personnel - about "
     "891,460 (+1,340) persons, tanks - 10,196 (+8).",
     "10,196", {"metric": None}),
]

# After the synthetic-article probe (synth15, 2026-12-06): fail with eaf27fd, but the guards.
ROWS += [
    ("'could soon pass N' is a floor", "North Korean casualties could soon pass 6,000, the UK said.",
     "6,000", {"metric": "dprk_casualties", "qualifier": "more_than"}),
    ("... and 'soared past a staggering N'", "Russian losses have soared past a staggering 800,000, Kyiv says.",
     "800,000", {"metric": "russian_casualties", "qualifier": "more_than"}),
    ("... and 'smashed through the N mark'", "Russia's losses smashed through the 700,000 mark this week.",
     "700,000", {"metric": "russian_casualties", "qualifier": "more_than"}),
    ("... but 'in the past 24 hours' is no floor (guard)", "In the past 24 hours Russia lost 1,200 soldiers.",
     "1,200", {"metric": "russian_casualties", "qualifier": "exact"}),
    ("'taken more than N Russian soldiers prisoner': five words between 'taken' and 'prisoner'",
     "Ukrainian forces have taken more than 700 Russian soldiers prisoner in Kursk.",
     "700", {"metric": "russian_casualties", "counted": "captured"}),
    ("'Kyiv put its own military dead at N' is Ukraine's toll",
     "Kyiv put its own military dead at 43,000 while Russian losses were far higher.",
     "43,000", {"metric": None}),
    ("... while 'Russia put its own losses at N' is Russia's (guard)",
     "Russia put its own losses at 5,937 in September 2022.",
     "5,937", {"metric": "russian_casualties"}),
    ("an exchange rate is no bonus: '100 rubles to the dollar'",
     "The ruble has weakened to 100 rubles to the dollar, while recruits still get 400,000 rubles to sign.",
     "100 rubles", {"metric": None}),
    ("... while the bonus beside it stays (guard)",
     "The ruble has weakened to 100 rubles to the dollar, while recruits still get 400,000 rubles to sign.",
     "400,000", {"metric": "signing_bonus_rub"}),
    ("a count put again as a rate: '427,000 servicemen, which is almost 1,200 per day', in the count's year",
     "Syrskyi said that in 2024 the enemy's losses amounted to 427,000 servicemen, which is almost 1,200 per day "
     "on average.",
     "1,200", {"metric": "russian_casualties", "scope": "rate_day", "as_of": "2024"}),
    ("... and '..., or about 1,200 a day'",
     "Russia lost 36,000 soldiers in October, or about 1,200 a day, London said.",
     "1,200", {"metric": "russian_casualties", "scope": "rate_day", "as_of": "2024-10"}),
    ("... but a share after 'or about' is no rate (guard)",
     "Russia has lost 700,000 soldiers, or about 3 percent of its army.",
     "3 percent", {"metric": None}),
    ("a running total after a day's losses, however long the words between: 'bringing the total since the start of "
     "the full-scale invasion to N'",
     "Over the past day, Russia's army lost 1,630 personnel in Ukraine, bringing the total since the start of the "
     "full-scale invasion to 826,010, the General Staff said.",
     "826,010", {"metric": "russian_casualties", "scope": "total"}),
    ("... and 'putting Moscow's total at around N'",
     "The General Staff in Kyiv said Russian losses over the past 24 hours were 1,180 soldiers, putting Moscow's total "
     "at around 888,330 since February 2022.",
     "888,330", {"metric": "russian_casualties", "scope": "total"}),
]

# Guards from review15c's breaks of the session's last rules (2026-12-06): each passes with eaf27fd.
ROWS += [
    ("a governor named beside another region keeps no region of the other's payment (guard)",
     "Governor Alexander Khinshtein said the Kursk region will pay 3 million rubles to each volunteer, more than the "
     "2 million rubles offered in neighbouring Belgorod region.",
     "2 million", {"source_not": "Belgorod regional government"}),
    ("... while the same region named twice is still one region",
     "Volunteers in the Belgorod region will receive a one-time payment of 500,000 rubles, Governor Vyacheslav "
     "Gladkov said, the highest in Belgorod's history.",
     "500,000", {"metric": "signing_bonus_rub", "source": "Belgorod regional government"}),
    ("'Kyiv rarely discloses its own losses but says Russia has lost N' is Russia's (guard)",
     "Kyiv rarely discloses its own losses but says Russia has lost more than 800,000 troops.",
     "800,000", {"metric": "russian_casualties"}),
    ("a ruble weakening against the dollar does not veto a bonus (guard)",
     "Signing bonuses have climbed to 2 million rubles as the ruble weakened against the dollar.",
     "2 million", {"metric": "signing_bonus_rub"}),
    ("'agreed to pass 150 captured soldiers back' is no floor (guard)",
     "Kyiv agreed to pass 150 captured Russian soldiers back to Moscow in the exchange.",
     "150", {"qualifier": "exact"}),
    ("'pushed through N km²' is no floor (guard)",
     "Ukrainian troops pushed through 1,000 square kilometres of Russian territory in the Kursk region, Syrskyi said.",
     "1,000", {"metric": "ukraine_held_kursk_km2", "qualifier": "exact"}),
    ("'the enemy' in Russia's defence ministry's list is Ukraine (guard)",
     "Russia's defence ministry said on Monday that the enemy's losses amounted to: personnel - more than 62,000, "
     "tanks - 380.",
     "62,000", {"metric": None}),
    # --- Sixteenth session: probes and the held-out sets' source mismatches ----------------------------
    ("two speakers, one unknown to the tables: the figure before the contrast is the first one's",
     "Several European defence officials estimate that North Korean casualties could top 5,000, while South "
     "Korea's spy agency says about 1,000 North Korean soldiers have been killed.",
     "5,000", {"metric": "dprk_casualties", "source": "Several European defence officials"}),
    ("two speakers: the figure after the contrast is the second one's (guard)",
     "Several European defence officials estimate that North Korean casualties could top 5,000, while South "
     "Korea's spy agency says about 1,000 North Korean soldiers have been killed.",
     "1,000", {"metric": "dprk_casualties", "source": "South Korea National Intelligence Service"}),
    ("a passive cite: what is 'cited by' an outlet is the original's",
     "Western intelligence estimates cited by the Financial Times on Monday said 150,000 Russian soldiers have "
     "been killed.",
     "150,000", {"metric": "russian_casualties", "source": "Western intelligence"}),
    ("a passive cite of people the outlet does not name stays the outlet's (guard)",
     "Russia has massed 45,000 troops in the Kursk region, according to American and Ukrainian officials cited "
     "by the Financial Times.",
     "45,000", {"metric": "russian_troops_kursk", "source": "Financial Times"}),
    ("the area Ukraine holds 'covers' or 'spans' N km²: its hold, not the region's size",
     "The territory under Ukrainian control in the Kursk region now spans roughly 450 square kilometres, "
     "Ukraine's army chief said.",
     "450", {"metric": "ukraine_held_kursk_km2", "counted": "area_held"}),
    ("a region's own size 'spans' N km² is no hold (guard)",
     "Ukrainian forces still hold a sliver of the Kursk region, which spans nearly 30,000 square kilometres.",
     "30,000", {"metric": None}),
    ("two parallel rates, each with its own month: the second is the same predicate's",
     "Russian losses averaged 1,100 per day in May and 1,400 per day in June, Britain's defence intelligence said.",
     "1,400", {"metric": "russian_casualties", "scope": "rate_day", "as_of": "2024-06"}),
    ("a bare second count with no verb of its own: the words before the first govern it",
     "Moscow lost 38,000 soldiers in October and 42,000 in November, according to Kyiv.",
     "42,000", {"metric": "russian_casualties", "as_of": "2024-11"}),
    ("'and another N': the second is the additional one, not the first",
     "North Korea sent 11,000 soldiers in October and another 3,000 in January, Seoul said.",
     "11,000", {"metric": "dprk_troops_in_russia", "scope": "in_russia"}),
    ("'and another N': the second is additional (guard)",
     "North Korea sent 11,000 soldiers in October and another 3,000 in January, Seoul said.",
     "3,000", {"metric": "dprk_troops_in_russia", "scope": "additional"}),
    ("'pay from X to Y' with no word of change: a range of payments, not an earlier and a later one",
     "Regional governments now pay from 50 to 100 thousand rubles to each new recruit, RBC reported.",
     "50", {"metric": "signing_bonus_rub", "qualifier": "range", "claims": 1}),
    ("'from X to Y, depending on the region': a range",
     "Contract soldiers receive a one-time bonus of from 400,000 to 2 million rubles, depending on the region.",
     "400,000", {"metric": "signing_bonus_rub", "qualifier": "range"}),
    ("'raised ... from X to Y' stays an earlier and a later value (guard)",
     "Tatarstan raised its signing bonus from 400,000 to 2 million rubles.",
     "2 million", {"metric": "signing_bonus_rub", "qualifier": "exact", "value": 2000000.0}),
    ("'rose by X to Y': the change and the level it reached, not a range",
     "The number of North Korean soldiers in Russia has risen by 3,000 to 14,000, Seoul's spy agency said.",
     "14,000", {"metric": "dprk_troops_in_russia", "qualifier": "exact", "value": 14000.0}),
    ("'cut by X rubles to Y': the level after the cut, in rubles",
     "Bashkortostan cut its enlistment bonus by 700,000 rubles to 1.1 million.",
     "1.1 million", {"metric": "signing_bonus_rub", "value": 1100000.0}),
    ("'shrunk by X km² to Y': the level takes the change's unit",
     "The Ukrainian-held area in the Kursk region has shrunk by 250 square kilometres to 550, the general staff said.",
     "550", {"metric": "ukraine_held_kursk_km2", "counted": "area_held"}),
    ("'rose by 10 to 15 percent' stays a range of changes (guard)",
     "Russia's losses in the Kursk region rose by 10 to 15 percent last month, analysts said.",
     "10", {"metric": None}),
    ("'Of the N troops deployed, M were killed': the whole opening its clause is a troop count",
     "Of the 14,000 North Korean troops deployed, roughly 5,000 were killed or wounded, the NIS said.",
     "14,000", {"metric": "dprk_troops_in_russia", "counted": "troops"}),
    ("'Of the N troops deployed, M were killed': the part is the toll (guard)",
     "Of the 14,000 North Korean troops deployed, roughly 5,000 were killed or wounded, the NIS said.",
     "5,000", {"metric": "dprk_casualties", "counted": "casualties"}),
    ("'the enemy' in a Russian body's words is Ukraine: its losses are in no metric",
     "The enemy lost up to 320 servicemen in the Kursk direction over the past 24 hours, the Russian Defence "
     "Ministry said.",
     "320", {"metric": None}),
    ("'the enemy' in Ukraine's General Staff's words is Russia (guard)",
     "The enemy lost 1,320 soldiers over the past day, Ukraine's General Staff said.",
     "1,320", {"metric": "russian_casualties", "scope": "rate_day"}),
    ("an area's unit left out after an area in the same sentence: no count of people",
     "Russian forces retook some 70 square kilometres in the Kursk region last week, leaving Ukraine with roughly "
     "350.",
     "350", {"metric": "ukraine_held_kursk_km2", "counted": "area_held"}),
    ("an area's unit left out: 'an area that X put closer to N'",
     "Ukraine controls about 1,100 square kilometres of the Kursk region, an area Russian bloggers put closer to 900.",
     "900", {"metric": "ukraine_held_kursk_km2"}),
    ("a bare number with a noun of its own after an area stays what its noun says (guard)",
     "Ukraine controls about 1,100 square kilometres of the Kursk region, where 900 Russian soldiers were "
     "captured.",
     "900", {"metric": "russian_casualties", "counted": "captured"}),
    ("the leader's name for his force: 'Kim's troops'",
     "Kim's soldiers in the Kursk region now number about 12,000, according to Kyiv.",
     "12,000", {"metric": "dprk_troops_in_russia", "scope": "in_kursk"}),
    ("translated copy: 'servicemen of the DPRK' on 'the territory of the Russian Federation'",
     "According to the Main Directorate of Intelligence, more than 12 thousand servicemen of the DPRK are located on "
     "the territory of the Russian Federation.",
     "12 thousand", {"metric": "dprk_troops_in_russia", "source": "Ukrainian military intelligence"}),
    ("a kind of soldier a force is made of: commandos",
     "North Korea has sent 3,000 commandos to the Kursk region, Seoul said.",
     "3,000", {"metric": "dprk_troops_in_russia", "counted": "troops"}),
    ("a kind of soldier a grouping is made of: conscripts",
     "About 1,500 Russian conscripts are serving in the Kursk region, the ministry admitted.",
     "1,500", {"metric": "russian_troops_kursk", "scope": "in_kursk"}),
    ("'has doubled to N': the level it reached, not a range from 2",
     "Pyongyang's contingent in Russia has doubled to about 22,000, a Ukrainian official claimed.",
     "22,000", {"metric": "dprk_troops_in_russia", "value": 22000.0}),
    ("'doubled to N': the level shares the change's clause (whose it is)",
     "North Korean casualties doubled to around 7,000 over the winter, the NIS estimated.",
     "7,000", {"metric": "dprk_casualties", "counted": "casualties"}),
    ("the new value of a federal payment raised 'from X to Y' is federal too",
     "In July, the federal government raised the payout from 195,000 to 400,000 rubles.",
     "400,000", {"metric": "signing_bonus_rub", "scope": "federal"}),
    ("'two to three times' stays one range of multiples (guard)",
     "Russia's losses in Kursk are two to three times higher than Ukraine's, analysts said.",
     "two to three", {"metric": None}),
    ("a copula's subject names the payment however far before the sum: monthly pay",
     "The monthly pay of a contract serviceman in the zone of the special military operation is from 215,000 "
     "rubles, the regional military commissariat said.",
     "215,000", {"counted": "monthly_pay", "charted": False}),
    ("a copula's subject past a 'which': a death payment",
     "The family received the coffin money, the state's one-off death payment, which by then had grown to around "
     "5.5 million roubles.",
     "5.5 million", {"counted": "death_payment", "charted": False}),
    ("a figure set aside as wrong (', not N') is no claim",
     "The one-time payment for signing a contract in Moscow is 1.9 million rubles, not 5 million as some "
     "posts claim.",
     "5 million", {"metric": None}),
    ("a yes-or-no question in the body asks, it does not claim",
     "Recruitment in Moscow\nIs Moscow now paying new recruits 5 million rubles to sign up? Not quite.",
     "5 million", {"metric": None}),
    ("a headline put as a question is the story's claim (guard: the real sets' gold)",
     "Is North Korea Dispatching 6,000 Military Engineers to Russia?\nNorth Korea will send 6,000 military "
     "engineers to Russia, Shoigu said.",
     "6,000", {"metric": "dprk_troops_in_russia"}),
    ("a day right before the verb of saying dates every figure of the statement, past the first's clause",
     "South Korea's spy agency on Friday informed lawmakers that about 200 North Korean soldiers had been killed "
     "and some 2,500 others had been wounded.",
     "2,500", {"metric": "dprk_casualties", "as_of": "2025-03-07"}),
    ("a frame past a semicolon is another statement's speaker",
     "Ukraine's General Staff reported 1,600 Russian casualties over the past day, bringing its total to 712,300; "
     "the UK Ministry of Defence says the daily average in October was 1,271.",
     "712,300", {"metric": "russian_casualties", "source": "Ukrainian General Staff"}),
    ("one day's toll 'on Thursday alone' is a daily figure",
     "Ukraine's General Staff reported 1,950 Russian casualties on Thursday alone, the highest one-day figure of "
     "the war.",
     "1,950", {"metric": "russian_casualties", "scope": "rate_day", "as_of": "2025-03-06"}),
    ("a transcript's turn: the label's speaker says what the turn says",
     "Committee hearing on North Korea\nChair: How many North Korean soldiers are in Russia?\nDr Anna Berg (analyst, a "
     "Berlin think tank): Our best estimate is that roughly 12,000 of them are deployed in the Kursk region.\n"
     "Chair: And the losses?\nDr Anna Berg: Heavy. Perhaps 4,000 have been killed or wounded.\n",
     "12,000", {"metric": "dprk_troops_in_russia", "source": "Anna Berg"}),
    ("a questioner's turn speaks for no one (guard)",
     "Press briefing\nQUESTION: Seoul says 12,000 North Korean soldiers are in Kursk. Is that right?\nMR. HALE: We "
     "have seen those reports.\nQUESTION: And losses?\nMR. HALE: I won't go into numbers.\n",
     "12,000", {"metric": "dprk_troops_in_russia", "source": "South Korean government"}),
    ("Title Case headings with colons are no transcript (guard)",
     "Kursk Report\nGround Lost: Ukraine gave up 300 square kilometres in the Kursk region in January.\nSteady "
     "Pressure: Russia now has 60,000 troops in the Kursk region.\nFinal Word: The fighting goes on.\n",
     "60,000", {"metric": "russian_troops_kursk", "source_has": "unattributed"}),
    # review16's breaks of the rules above (each a guard: the code before the session got them right too)
    ("a bare number after an area but in another clause, with a force's words, is no area (guard)",
     "Ukraine held about 1,000 square kilometres in Kursk in November, and North Korea had sent 11,000 by then.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("a bare number after an area in another clause is never made an area (guard)",
     "About 2,000 square kilometres of the Kursk region were seized by Ukraine, and Moscow deployed 11,000 from "
     "North Korea.",
     "11,000", {"metric": None}),
    ("the number's own words name the payment before a copula's subject does (guard)",
     "The monthly salary of a contract soldier fighting in Ukraine is about 200,000 rubles, and the one-time bonus "
     "for signing is 1.9 million rubles.",
     "1.9 million", {"metric": "signing_bonus_rub", "counted": "one_time_bonus"}),
    ("a copula's subject stops at a coordinated clause (guard)",
     "Payments to wounded soldiers have increased to 3 million rubles, while the signing bonus is 400,000 rubles.",
     "400,000", {"metric": "signing_bonus_rub", "counted": "one_time_bonus"}),
    ("'raised from X to Y' stays two values though 'depending on the region' follows in another clause",
     "The Kremlin raised the federal payment from 195,000 to 400,000 rubles in August, while regional bonuses vary "
     "depending on the region.",
     "400,000", {"metric": "signing_bonus_rub", "qualifier": "exact", "scope": "federal"}),
    ("a source quoted by an outlet is the outlet's reporting (guard)",
     "Russia has about 50,000 troops in Kursk, a source quoted by TASS said.",
     "50,000", {"metric": "russian_troops_kursk", "source": "TASS"}),
    ("a named speaker quoted by an outlet is the original (the outlet relays)",
     "Zelensky, quoted by Reuters, said 3,000 North Korean soldiers had been killed or wounded.",
     "3,000", {"metric": "dprk_casualties", "source": "Zelensky"}),
    ("Ukraine's paratroopers are no Russian grouping though a Russian speaks (guard)",
     "Ukraine has 10,000 paratroopers in the Kursk region, Russian officials said.",
     "10,000", {"metric": None}),
    ("'by X to 2X' stays a range of changes (guard)",
     "Russia increased its Kursk grouping by 10,000 to 20,000 troops, Zelensky said.",
     "20,000", {"metric": None}),
    ("'by X square kilometres to Y': a two-word unit before 'to' marks the change",
     "The Ukrainian-held area in the Kursk region shrank by 500 square kilometres to 800 in February.",
     "800", {"metric": "ukraine_held_kursk_km2"}),
    ("a body question carrying someone's claim stays that claim (guard)",
     "Kursk update\nIs Ukraine still holding 500 square kilometres of the Kursk region, as Zelensky claims? "
     "DeepState's maps suggest so.",
     "500", {"metric": "ukraine_held_kursk_km2", "source": "Zelensky"}),
    ("'the enemy' after a Russian speaker is Ukraine too",
     "The Russian Defence Ministry said the enemy lost up to 340 servicemen in the Kursk direction over the past day.",
     "340", {"metric": None}),
    ("'the enemy' in a Russian state wire's report is Ukraine",
     "The enemy has lost more than 62,000 servicemen in the Kursk direction since August, TASS reported.",
     "62,000", {"metric": None}),
    ("a region that 'covers an area of' N km² is its size (guard)",
     "Kursk Oblast covers an area of about 30,000 square kilometres.",
     "30,000", {"metric": None}),
    ("the territory 'that Ukraine controls spans' N km² is its hold",
     "The territory in Kursk that Ukraine controls spans 450 square kilometres.",
     "450", {"metric": "ukraine_held_kursk_km2"}),
    ("a table written as text lines: a cell takes its column's label and what the table is about",
     "How Russia's losses grew\nWe set the General Staff's cumulative count of Russian losses beside Britain's "
     "daily averages.\nMonth — General Staff cumulative losses — UK MoD daily average\nSeptember 2024 — 610,920 — "
     "1,271\nOctober 2024 — 649,760 — 1,280\n",
     "649,760", {"metric": "russian_casualties", "scope": "total", "as_of": "2024-10",
                 "source": "Ukrainian General Staff"}),
    ("a table's daily-average column is a daily rate, its column's body the source",
     "How Russia's losses grew\nWe set the General Staff's cumulative count of Russian losses beside Britain's "
     "daily averages.\nMonth — General Staff cumulative losses — UK MoD daily average\nSeptember 2024 — 610,920 — "
     "1,271\nOctober 2024 — 649,760 — 1,280\n",
     "1,280", {"metric": "russian_casualties", "scope": "rate_day", "source": "UK Ministry of Defence"}),
    ("a new value is not dated by the old value's peak ('down from a peak of N in late August')",
     "Ukrainian forces control approximately 330 square kilometres in the Kursk region, down from a peak of 1,400 "
     "in late August, Syrskyi said.",
     "330", {"metric": "ukraine_held_kursk_km2", "as_of": "2025-03-10"}),
    ("a time right before 'from X to Y' dates the change: the new value, not the old",
     "Moscow's mayor raised the city's signing bonus on 1 August from 1 million rubles to 1.9 million.",
     "1.9 million", {"metric": "signing_bonus_rub", "as_of": "2024-08-01"}),
    ("... and the old value holds before it, undated",
     "Moscow's mayor raised the city's signing bonus on 1 August from 1 million rubles to 1.9 million.",
     "1 million", {"metric": "signing_bonus_rub", "as_of": ""}),
    ("'during the calendar year 2024' is that year",
     "Ukraine's General Staff said Russia lost 430,790 soldiers killed and wounded during the calendar year 2024.",
     "430,790", {"metric": "russian_casualties", "as_of": "2024"}),
    ("a predicate's subject names a federal payment however far before the sum",
     "Russia has been paying its recruits ever-larger sums: the federal one-off payment for signing a contract was "
     "raised to 400,000 rubles in August.",
     "400,000", {"metric": "signing_bonus_rub", "scope": "federal"}),
    ("a region's payment raised to N stays regional (guard)",
     "The one-time payment for volunteers in Tatarstan was raised to 2 million rubles in August.",
     "2 million", {"metric": "signing_bonus_rub", "scope": "regional"}),
    ("'according to X' ends at the clause's own verb ('which according to Kyiv have suffered ...')",
     "Russian forces, which according to Kyiv have suffered more than 820,000 casualties since February 2022, "
     "continue to press in the east.",
     "820,000", {"metric": "russian_casualties", "source": "Ukrainian government"}),
    ("an inverted speaker ends at a conjunction ('claims Ukraine as ... intensifies')",
     "Russia lost 430,000 troops in 2024, claims Ukraine as Kursk fighting intensifies",
     "430,000", {"metric": "russian_casualties", "source_has": "Ukrain"}),
    ("the plural 'security services' of Ukraine are its Security Service",
     "Ukraine's security services say more than 150 Russian servicemen have surrendered in the Kursk region.",
     "150", {"source": "Security Service of Ukraine"}),
    ("a speaker with an appositive after a colon",
     "A reminder of the claims so far: General Oleksandr Syrskyi, in a video call with Zelensky on Monday, said "
     "Ukraine controls approximately 1,000 square kilometres of Russian territory in Kursk.",
     "1,000", {"metric": "ukraine_held_kursk_km2", "source": "Syrskyi"}),
    ("', said Russia has deployed ...' is what was said, not who said it (guard)",
     "The source, who is with Ukraine's General Staff, said Russia has deployed about 59,000 troops in Kursk Oblast.",
     "59,000", {"metric": "russian_troops_kursk", "source_not": "Russia"}),
    ("a telephone number is no figure",
     "North Korea has sent 11,000 troops to Russia, the agency said. For media enquiries call +82 2 555 0134.",
     "555", {"metric": None}),
    ("a bare number in a line of page furniture is no figure",
     "North Korea has sent 11,000 troops to Russia, Seoul said.\nREADER COMMENTS (412)\n",
     "412", {"metric": None}),
    ("a labelled value in a short line stays a claim (guard)",
     "Russia's war in numbers, 2024\nTerritory gained: 3,199 km². Russian casualties: 425,920\n",
     "425,920", {"metric": "russian_casualties"}),
    ("an item of a long list takes whose it is from what comes before the list's introduction",
     "In October 2024, Seoul's spy agency said North Korea had decided to send 12,000 soldiers to Russia.\n"
     "Estimates of the number of troops sent have varied over time:\n* 1,500 - South Korean NIS, 18 October 2024\n"
     "* 3,000 - NIS, 23 October 2024\n* 10,000 - Pentagon, 28 October 2024\n",
     "10,000", {"metric": "dprk_troops_in_russia", "source": "Pentagon"}),
    # review16b's breaks of the rules above (guards: the code before the session got them right)
    ("a short sentence answering a question keeps its figure (guard)",
     "Kursk\nHow many North Korean soldiers are now fighting in Russia's Kursk region? About 12,000.\n",
     "12,000", {"metric": "dprk_troops_in_russia"}),
    ("'federal' on someone near the payment, not on it, leaves a region's payment regional (guard)",
     "Bonuses\nA federal official said the one-time payment for volunteers in Tatarstan was raised to 2 million "
     "rubles in August.\n",
     "2 million", {"metric": "signing_bonus_rub", "scope": "regional"}),
    ("a live blog's repeated place labels are no transcript's speakers (guard)",
     "Kursk live: what we know\nKursk Region: Russian forces have massed about 50,000 troops near Sudzha.\nDonetsk "
     "Region: Fighting continued near Pokrovsk overnight.\nKursk Region: Shelling hit Sudzha again.\n",
     "50,000", {"metric": "russian_troops_kursk", "source_has": "unattributed"}),
    ("a span before 'from X to Y' ('since 2023') does not date the new value (guard)",
     "Russian losses\nRussia's daily losses have grown since 2023 from about 700 to more than 1,500 soldiers a day, "
     "the UK said.\n",
     "1,500", {"metric": "russian_casualties", "as_of": "2025-03-10"}),
    ("a list item's words after its dash say who gave the figure, not whose it is",
     "Kursk estimates\nThe Pentagon said on Monday that North Korea had sent 11,000 troops.\nEstimates of the number "
     "of troops sent have varied:\n* 12,000 - South Korea's NIS, December 2024\n* 10,000 - a Russian military "
     "blogger, February 2025\n",
     "10,000", {"metric": "dprk_troops_in_russia"}),
]

ROWS += [
    # --- seventeenth session (2026-12-06 evening) ----------------------------------------------------------
    ("a list item's own date after its dash dates its figure: '* 3,000 - NIS, 23 October 2024'",
     "How many North Korean troops are in Russia?\nThe estimates of North Korean troops in Russia so far:\n"
     "* 3,000 - NIS, 23 October 2024\n* 12,000 - Ukrainian intelligence, in November 2024\n",
     "3,000", {"metric": "dprk_troops_in_russia", "as_of": "2024-10-23"}),
    ("... in any form of date: '* 12,000 - Ukrainian intelligence, in November 2024'",
     "How many North Korean troops are in Russia?\nThe estimates of North Korean troops in Russia so far:\n"
     "* 3,000 - NIS, 23 October 2024\n* 12,000 - Ukrainian intelligence, in November 2024\n",
     "12,000", {"metric": "dprk_troops_in_russia", "as_of": "2024-11"}),
    ("... and an item with no date of its own keeps the page's (guard)",
     "How many North Korean troops are in Russia?\nThe estimates of North Korean troops in Russia so far:\n"
     "* 3,000 - NIS, 23 October 2024\n* 11,000 - Pentagon\n",
     "11,000", {"metric": "dprk_troops_in_russia", "as_of": PUBLISHED}),
    ("'the figure is closer to N' hedges it",
     "The Pentagon put the number of North Korean troops in Russia at 11,000 in December. But South Korean officials "
     "say the figure is closer to 12,000.",
     "12,000", {"metric": "dprk_troops_in_russia", "qualifier": "approx"}),
    ("a Markdown pipe table (how the HTML reader writes a <table>): a row's 'Source' and 'Date' cells say who gave "
     "its figure and when",
     "North Korean troops in Russia: the estimates\nEstimates of the North Korean contingent in Russia have grown.\n"
     "| Source | Date | North Korean troops in Russia |\n|---|---|---|\n| South Korea NIS | 18 October 2024 | 1,500 |\n"
     "| Pentagon | 28 October 2024 | 10,000 |\n",
     "10,000", {"metric": "dprk_troops_in_russia", "source": "Pentagon", "as_of": "2024-10-28"}),
    ("... a row's label says whose its figures are, and its column what they count",
     "North Korean losses in Kursk\nSouth Korea's spy agency briefed lawmakers on the losses of both armies in Kursk "
     "on Monday, giving the figures below.\n| Army | Killed | Wounded |\n|---|---|---|\n| North Korea | 300 | 2,700 |\n"
     "| Ukraine | 1,100 | 4,000 |\n",
     "2,700", {"metric": "dprk_casualties", "counted": "wounded",
               "source": "South Korea National Intelligence Service"}),
    ("... so a row labelled 'Ukraine' is no North Korean loss (guard: the pipe table was read as nothing before)",
     "North Korean losses in Kursk\nSouth Korea's spy agency briefed lawmakers on the losses of both armies in Kursk "
     "on Monday, giving the figures below.\n| Army | Killed | Wounded |\n|---|---|---|\n| North Korea | 300 | 2,700 |\n"
     "| Ukraine | 1,100 | 4,000 |\n",
     "1,100", {"metric": None}),
    ("... nor a column labelled 'Ukrainian troops in Kursk' under a story about North Korea's (guard)",
     "How the two armies compare\nNorth Korea has sent troops to Russia to fight in Kursk, analysts said.\n"
     "| Year | Ukrainian losses | Ukrainian troops in Kursk |\n|---|---|---|\n| 2024 | 43,000 | 12,000 |\n"
     "| 2025 | 50,000 | 10,000 |\n",
     "12,000", {"metric": None}),
    ("... nor a row labelled with things no metric counts: '| Drones | 26,000 |' (guard)",
     "Russian losses in Ukraine\nUkraine's General Staff said on Monday that Russia had lost the following since the "
     "start of the invasion.\n| Category | Russian losses |\n|---|---|\n| Personnel | 891,460 |\n| Drones | 26,000 |\n",
     "26,000", {"metric": None}),
    ("... while its 'Personnel' row is Russia's losses, given by the sentence that brings the table in",
     "Russian losses in Ukraine\nUkraine's General Staff said on Monday that Russia had lost the following since the "
     "start of the invasion.\n| Category | Russian losses |\n|---|---|\n| Personnel | 891,460 |\n| Drones | 26,000 |\n",
     "891,460", {"metric": "russian_casualties", "source": "Ukrainian General Staff"}),
    ("a regional bonus table: each row's region",
     "Russian regions raise enlistment bonuses\nRussian regions have again raised the one-time payments they offer "
     "men who sign a contract to fight in Ukraine.\n| Region | One-time payment (rubles) |\n|---|---|\n"
     "| Tatarstan | 2,000,000 |\n| Bashkortostan | 1,500,000 |\n",
     "1,500,000", {"metric": "signing_bonus_rub", "scope": "regional"}),
    ("the General Staff's list with hyphen bullets: '- personnel – about N (+M) persons'",
     "Russia losses\nThe total combat losses of the enemy from 24.02.2022 to 10.03.2025 are approximately:\n"
     "- personnel \u2013 about 891,460 (+1,340) persons,\n- tanks \u2013 10,196 (+8),\n",
     "891,460", {"metric": "russian_casualties", "counted": "casualties"}),
    ("... and a list item's label before a colon: '- personnel: N;'",
     "Russian losses\nAccording to the General Staff, Russian losses over the past day were as follows:\n"
     "- personnel: 1,250;\n- tanks: 12;\n",
     "1,250", {"metric": "russian_casualties", "source": "Ukrainian General Staff"}),
    ("... but '- tanks: N' is no count of people (guard)",
     "Russian losses\nAccording to the General Staff, Russian losses over the past day were as follows:\n"
     "- personnel: 1,250;\n- tanks: 12;\n",
     "12", {"metric": None}),
    ("a statement's day carried by its speaker from a verb of putting out figures: 'briefed lawmakers on Tuesday. "
     "The agency said ...'",
     "South Korea's National Intelligence Service briefed lawmakers on Tuesday. The agency said North Korea had deployed "
     "around 1,500 special forces to Russia so far.",
     "1,500", {"metric": "dprk_troops_in_russia", "as_of": "2025-03-04"}),
    ("... and from a day that opens the sentence: 'On March 6, the Pentagon updated its assessment. It said ...'",
     "On March 6, the Pentagon updated its assessment. It said some 12,000 North Korean soldiers were in Russia.",
     "12,000", {"metric": "dprk_troops_in_russia", "as_of": "2025-03-06"}),
    ("... 'published new estimates on Sunday'",
     "Ukraine's military intelligence agency, the HUR, published new estimates on Sunday. It said 12,000 North Korean "
     "troops were deployed in Kursk.",
     "12,000", {"metric": "dprk_troops_in_russia", "as_of": "2025-03-09"}),
    ("... but not an event's day that opens a sentence with no verb of saying after it (guard)",
     "On March 6, Ukrainian forces shelled Russian positions near Sudzha. Kyiv said Russia has about 50,000 troops in "
     "the Kursk region.",
     "50,000", {"metric": "russian_troops_kursk", "as_of": PUBLISHED}),
    ("a figure named by pointing back takes what the sentence before counts: 'The figure now stands at N'",
     "Russian losses in Ukraine have mounted. The figure now stands at 95,000, according to Mediazona.",
     "95,000", {"metric": "russian_casualties", "source": "Mediazona"}),
    ("... 'The total has passed N' (the verb is the figure's own hedge)",
     "Russian losses in Ukraine have mounted. The total has passed 95,000, according to Mediazona.",
     "95,000", {"metric": "russian_casualties", "qualifier": "more_than"}),
    ("... and the rate the sentence before named: 'The daily average losses ... The figure stood at N in 2022'",
     "The daily average losses of Russian personnel have risen each year, the UK said. The figure stood at 400 in "
     "2022, according to the British ministry.",
     "400", {"metric": "russian_casualties", "scope": "rate_day"}),
    ("... but not what another thing's sentence counted: 'Russia has lost 3,000 tanks. The total now stands at N' "
     "(guard)",
     "Russia has lost 3,000 tanks in the war. The total now stands at 3,100, analysts say.",
     "3,100", {"metric": None}),
    ("a pronoun is no subject of a sentence's own: 'That brings its total losses ... to N' is the one before's",
     "Russia lost 1,200 soldiers on Tuesday, Ukraine's General Staff said. That brings its total losses since "
     "February 2022 to about 842,000.",
     "842,000", {"metric": "russian_casualties"}),
    ("a speaker's words are no subject: '..., according to Ukraine's military intelligence' keeps the sentence "
     "before's",
     "North Korea has sent 10,000 soldiers to Russia, the Pentagon said in late October. That number has since grown "
     "to about 11,000, according to Ukraine's military intelligence.",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "Ukrainian military intelligence"}),
    ("Ukraine's losses past a word that says which: 'By comparison, Ukraine's daily losses are estimated at N'",
     "Russia is losing about 1,500 soldiers a day, Kyiv says. By comparison, Ukraine's daily losses are estimated at "
     "600.",
     "600", {"metric": None}),
    ("'as high as N to M' is a range, the high estimate",
     "A NATO official said up to 15,000 Russian soldiers had died. Adding in Russian troops who have been injured, "
     "captured or gone missing, the number could be as high as 30,000 to 40,000, the official said.",
     "30,000 to 40,000", {"metric": "russian_casualties", "qualifier": "range"}),
    ("... and a 'Source' cell naming a country's agency is who said it, not whose the figure is",
     "North Korean troops in Russia: the estimates\nEstimates of the North Korean contingent in Russia have grown.\n"
     "| Source | Date | North Korean troops in Russia |\n|---|---|---|\n| South Korea NIS | 18 October 2024 | 1,500 |\n"
     "| Pentagon | 28 October 2024 | 10,000 |\n",
     "1,500", {"metric": "dprk_troops_in_russia", "source": "South Korea National Intelligence Service",
               "as_of": "2024-10-18"}),
    ("'Kyiv's military spy agency' is Ukraine's military intelligence, not Seoul's",
     "Kyiv's military spy agency said North Korea has sent 11,000 troops to Russia.",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "Ukrainian military intelligence"}),
    ("every item of a list is its introduction's speaker's, not the first alone",
     "Here are the latest figures from South Korea's National Intelligence Service:\n- North Korean troops sent to "
     "Russia: about 11,000\n- North Korean troops killed: about 300\n- North Korean troops wounded: about 2,700\n",
     "2,700", {"metric": "dprk_casualties", "source": "South Korea National Intelligence Service"}),
    ("a list line's label before its colon says what its figure counts: '- North Korean troops killed: about 300'",
     "Here are the latest figures from South Korea's National Intelligence Service:\n- North Korean troops sent to "
     "Russia: about 11,000\n- North Korean troops killed: about 300\n- North Korean troops wounded: about 2,700\n",
     "300", {"metric": "dprk_casualties", "counted": "killed"}),
    ("a label of seven words before a colon: 'Russia's losses over the past day: N soldiers'",
     "Russia's losses over the past day: 1,250 soldiers.",
     "1,250", {"metric": "russian_casualties", "scope": "rate_day"}),
    ("'had shrunk to N by the end of February' is the February gone by, not the next",
     "Ukrainian units still hold positions around Sudzha. The area under Ukrainian control in Kursk had shrunk to about "
     "400 square kilometres by the end of February, DeepState said.",
     "400", {"metric": "ukraine_held_kursk_km2", "as_of": "2025-02"}),
    ("... but 'will hold N by the end of February', written in March, is the next (guard)",
     "Ukraine's commander said his forces in Kursk will still hold 400 square kilometres by the end of February.",
     "400", {"metric": "ukraine_held_kursk_km2", "as_of": "2026-02"}),
    ("'the Ukrainian-held zone stretched over N sq km': the compound names the side and the hold, and 'over' is "
     "across",
     "At its peak, the Ukrainian-held zone in Kursk stretched over 1,376 sq km, Syrskyi said.",
     "1,376", {"metric": "ukraine_held_kursk_km2", "qualifier": "exact"}),
    ("Ukraine as the one with a force: 'Ukraine has about N troops there' is no Russian grouping",
     "Russia has deployed 50,000 soldiers to the Kursk region, Zelensky said. Ukraine has about 30,000 troops there.",
     "30,000", {"metric": None}),
    ("... after an opener of contrast: 'By comparison, Ukraine's incursion involved around N soldiers'",
     "Russia has deployed about 50,000 troops in the Kursk region, Syrskyi said. By comparison, Ukraine's incursion "
     "involved around 10,000 soldiers.",
     "10,000", {"metric": None}),
    ("... but 'Ukraine says Russia has N troops in Kursk' stays Russia's (guard)",
     "North Korea has sent troops to Kursk. Ukraine says Russia has about 50,000 troops in the Kursk region.",
     "50,000", {"metric": "russian_troops_kursk"}),
    ("another border region in the figure's own words: 'In the Belgorod region, it has taken roughly N km²'",
     "Ukraine holds about 500 square kilometres in Kursk. In the Belgorod region, it has taken roughly 20 square "
     "kilometres.",
     "20", {"metric": None}),
    ("... but not where an advance came from: 'launched from Belgorod' (guard)",
     "Ukrainian forces, who crossed into Russia from Sumy and not from Belgorod, now control about 1,000 square "
     "kilometres of the Kursk region.",
     "1,000", {"metric": "ukraine_held_kursk_km2"}),
    ("Russia's hold on Ukraine in the present: 'Russia occupies about N km² of Ukraine'",
     "Ukraine's foothold in Kursk has shrunk to about 500 square kilometres. Russia occupies about 113,000 square "
     "kilometres of Ukraine.",
     "113,000", {"metric": None}),
    ("another war named after a toll: 'the US lost about N troops in Vietnam'",
     "More than 100,000 Russian soldiers have died in Ukraine, according to Mediazona. By comparison, the US lost "
     "about 58,000 troops in Vietnam.",
     "58,000", {"metric": None}),
    ("... 'some N North Korean soldiers died in the Korean War'",
     "North Korea has lost about 4,000 soldiers in Kursk, Seoul said. By comparison, some 400,000 North Korean "
     "soldiers died in the Korean War.",
     "400,000", {"metric": None}),
    ("a condition whose verb takes the number: 'If Pyongyang sent N, the balance could shift'",
     "About 11,000 North Korean soldiers are in Russia. If Pyongyang sent 100,000, the balance in Kursk could shift, "
     "analysts say.",
     "100,000", {"metric": None}),
    ("... but a question of whether it sent more is no condition on the figure after it (guard)",
     "Asked whether Pyongyang sent more, he said 11,000 North Korean troops were in Russia.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("a Russian ministry's 'its soldiers' are Russia's own (guard: a ministry is no medium)",
     "The Russian Defense Ministry said that 572 of its soldiers had been captured.",
     "572", {"metric": "russian_casualties", "counted": "captured"}),
    # review18's breaks of the rules above, each mended
    ("a list item's date is its first time, before any other number, not a target ahead (review18)",
     "How many North Korean troops are in Russia?\nThe estimates of North Korean troops in Russia so far:\n"
     "* 12,000 - Zelensky, speaking on 16 December, expects more to arrive by January\n"
     "* 11,000 - Pentagon, December 2024, up from 10,000 in October\n",
     "11,000", {"metric": "dprk_troops_in_russia", "as_of": "2024-12"}),
    ("... 'speaking on 16 December, expects more to arrive by January' (review18)",
     "How many North Korean troops are in Russia?\nThe estimates of North Korean troops in Russia so far:\n"
     "* 12,000 - Zelensky, speaking on 16 December, expects more to arrive by January\n"
     "* 11,000 - Pentagon, December 2024, up from 10,000 in October\n",
     "12,000", {"metric": "dprk_troops_in_russia", "as_of": "2024-12-16"}),
    ("a column's scale with its currency: '(thousand rubles)' (review18)",
     "Russian regions raise enlistment bonuses\nRussian regions have again raised their one-time payments to men who "
     "sign a contract.\n| Region | One-time payment (thousand rubles) |\n|---|---|\n| Tatarstan | 2,000 |\n"
     "| Bashkortostan | 1,500 |\n",
     "1,500", {"metric": "signing_bonus_rub", "value": 1500000.0}),
    ("... 'million rubles' with cells of no scale of their own: '| Moscow | 1.9 |' (review18)",
     "Russian regions raise enlistment bonuses\nRussian regions have again raised their one-time payments to men who "
     "sign a contract.\n| Region | Sign-up bonus, million rubles |\n|---|---|\n| Moscow | 1.9 |\n| Tatarstan | 2.0 |\n",
     "1.9", {"metric": "signing_bonus_rub", "value": 1900000.0}),
    ("a row naming a category of the people counted is a part, not the whole: '| Volunteers | 25,000 |' (review18, guard)",
     "Russia's dead by category\nMediazona has confirmed 95,000 Russian soldiers' deaths. Its breakdown:\n"
     "| Category | Russian dead |\n|---|---|\n| Volunteers | 25,000 |\n| Mobilised men | 12,000 |\n",
     "25,000", {"metric": None}),
    ("a row label that is a name of capitalised words is no plural thing: '| United States | ... |' (review18)",
     "North Korean losses\nEstimates of North Korean losses in Kursk, by the country that gave them:\n"
     "| Country | Killed | Wounded |\n|---|---|---|\n| South Korea | 300 | 2,700 |\n| United States | 1,200 | 3,500 |\n",
     "1,200", {"metric": "dprk_casualties", "counted": "killed", "source": "US government"}),
    ("the sentence before a table names its source only where it brings the table in (review18)",
     "North Korean troops in Russia\nRussia's deputy foreign minister said on Friday that the reports were \"fake "
     "news\".\n| Date | North Korean troops in Russia |\n|---|---|\n| October 2024 | 3,000 |\n| December 2024 | 11,000 |\n",
     "11,000", {"metric": "dprk_troops_in_russia", "source_has": "unattributed", "as_of": "2024-12"}),
    ("a bare year in a 'Year' column dates its row (review18)",
     "Russian losses by year\nUkraine's General Staff counts Russian losses each year.\n"
     "| Year | Russian losses | Tanks |\n|---|---|---|\n| 2023 | 253,290 | 2,000 |\n| 2024 | 430,790 | 3,600 |\n",
     "430,790", {"metric": "russian_casualties", "as_of": "2024"}),
    ("a list item whose label names Ukraine's people is no Russian loss: '- Ukrainian personnel: N' (review18, guard)",
     "The total combat losses of both armies, according to the General Staff:\n- Russian personnel: 891,460;\n"
     "- Ukrainian personnel: 43,000;\n",
     "43,000", {"metric": None}),
    ("a day of a statement needs figures as what is put out, not 'issued a warning on Thursday' (review18, guard)",
     "Ukraine's General Staff issued a warning on Thursday about a possible Russian offensive in Sumy. According to "
     "the General Staff, Russia has lost about 891,000 soldiers since the invasion began.",
     "891,000", {"metric": "russian_casualties", "as_of": PUBLISHED}),
    ("... nor 'On Saturday, Zelensky presented awards' (review18, guard)",
     "On Saturday, Zelensky presented awards to soldiers in Sumy. Zelensky says 4,000 North Korean soldiers have been "
     "killed or wounded.",
     "4,000", {"metric": "dprk_casualties", "as_of": PUBLISHED}),
    ("... while 'an official statement released on Tuesday' is one (review18's mend)",
     "Moscow's mayor announced a one-time signing bonus of 1.9 million rubles for city residents who enlist, the "
     "report said, citing an official statement released on Tuesday.",
     "1.9 million", {"metric": "signing_bonus_rub", "as_of": "2025-03-04"}),
    ("'the total' pointed back to takes no rate from the sentence before: 'The total has now passed N' (review18)",
     "Russia is losing about 1,500 soldiers a day, according to Ukraine's General Staff. The total has now passed "
     "900,000.",
     "900,000", {"metric": "russian_casualties", "scope": "total", "qualifier": "more_than"}),
    ("'its own losses' says whose: 'Ukraine does not disclose its own losses, but Zelensky put them at N' (review18, guard)",
     "Russia has lost more than 850,000 soldiers since February 2022, Kyiv says. Ukraine does not disclose its own "
     "losses, but Zelensky put them at 43,000 dead in February.",
     "43,000", {"metric": None}),
    ("a table row's 'Source' cell naming a Ukrainian body is no subject of the row (review18)",
     "North Korean losses\nEstimates of North Korean losses in Kursk:\n| Source | Killed | Wounded |\n|---|---|---|\n"
     "| Ukraine's military intelligence | 1,000 | 3,000 |\n| South Korea's NIS | 300 | 2,700 |\n",
     "3,000", {"metric": "dprk_casualties", "source": "Ukrainian military intelligence"}),
    ("the earlier value in the next sentence: 'That is up from N in mid-December' is the figure before's",
     "North Korea has lost about 4,000 soldiers killed or wounded, according to US officials. That is up from 1,200 "
     "in mid-December.",
     "1,200", {"metric": "dprk_casualties", "as_of": "2024-12", "source": "US government"}),
    ("... 'That is down from N at its peak in August'",
     "Ukraine holds about 800 square kilometres of Kursk, according to the ISW. That is down from 1,300 at its peak "
     "in August.",
     "1,300", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-08"}),
    ("... but not after a sentence with no figure of a metric (guard)",
     "North Korea's economy grew last year, the central bank said. That is up from 2,000 companies a year earlier.",
     "2,000", {"metric": None}),
    ("a list's introduction gives every item its period: 'Russia's losses over the past day ...: - personnel: N'",
     "Here are Russia's losses over the past day, according to Ukraine's General Staff:\n- personnel: 1,250\n"
     "- tanks: 10\n",
     "1,250", {"metric": "russian_casualties", "scope": "rate_day"}),
    ("a figure pointed back to counts what the sentence before counted: '... soldiers killed. The figure now stands "
     "at N'",
     "Mediazona and the BBC have confirmed the names of Russian soldiers killed in Ukraine. The figure now stands at "
     "95,000.",
     "95,000", {"metric": "russian_casualties", "counted": "killed"}),
    ("'On March 6, Zelensky spoke about the Kursk front. He said ...': the day he spoke",
     "On March 6, Zelensky spoke about the Kursk front. He said Russia had concentrated 50,000 soldiers there.",
     "50,000", {"metric": "russian_troops_kursk", "as_of": "2025-03-06"}),
    ("a figure pointed back to as what is said: 'The outlet said the figure had reached N'",
     "The Kyiv Independent reported on a new count of Russian casualties. The outlet said the figure had reached "
     "650,000.",
     "650,000", {"metric": "russian_casualties", "source": "Kyiv Independent"}),
    ("... or brought: 'That brings the total to N' (a total, not the day's rate before it)",
     "Russia lost 1,250 soldiers over the past day, the General Staff said. That brings the total to 891,460.",
     "891,460", {"metric": "russian_casualties", "scope": "total"}),
    ("... 'It said the number had risen to N' (guard)",
     "The Pentagon has updated its count of North Korean troops in Russia. It said the number had risen to 12,000.",
     "12,000", {"metric": "dprk_troops_in_russia", "source": "Pentagon"}),
    ("a day written in figures, day first: 'On 07.03.2025, the ministry said ...'",
     "On 07.03.2025, Ukraine's defence ministry said Russia had lost 1,250 soldiers over the past day.",
     "1,250", {"metric": "russian_casualties", "as_of": "2025-03-07"}),
    ("... with slashes, month first where the second part cannot be a month: 'on 10/23/2024'",
     "Seoul said on 10/23/2024 that North Korea had sent about 3,000 troops to Russia.",
     "3,000", {"metric": "dprk_troops_in_russia", "as_of": "2024-10-23"}),
    ("'on the 1,000th day of the war' is 19 November 2024",
     "On the 1,000th day of the war, Ukraine's General Staff put Russia's losses at 719,000 soldiers.",
     "719,000", {"metric": "russian_casualties", "as_of": "2024-11-19"}),
    ("'Russia had N troops in Kursk by the end of October, X said' is the October gone by",
     "Russia had 50,000 troops in the Kursk region by the end of October, Zelensky said.",
     "50,000", {"metric": "russian_troops_kursk", "as_of": "2024-10"}),
    ("a month the future tense points to: 'From April 1, the signing bonus will be N'",
     "From April 1, the signing bonus in Tatarstan will be 2 million rubles, the regional government said.",
     "2 million", {"metric": "signing_bonus_rub", "as_of": "2025-04-01"}),
    ("... but not a span whose start is gone by: 'contracts signed between January 1 and June 4 will receive' (guard)",
     "Volunteers who sign contracts between January 1 and June 4 will receive a one-time payment of 1.6 million "
     "rubles, the Bashkortostan government said.",
     "1.6 million", {"metric": "signing_bonus_rub", "as_of": "2025-01-01"}),
    ("... nor a month of a past act: 'The bonus, raised in January, will stay at N' (guard)",
     "The regional signing bonus in Tatarstan, raised in January, will stay at 2 million rubles, officials said.",
     "2 million", {"metric": "signing_bonus_rub", "as_of": "2025-01"}),
    ("a people's adjective on the count's soldiers: 'next to the roughly N Russian soldiers' is no North Korean force",
     "Analysts said the North Korean force remains small next to the roughly 600,000 Russian soldiers estimated to be "
     "fighting inside Ukraine.",
     "600,000", {"metric": None}),
    ("... while 'N Korean People's Army soldiers' sent by Pyongyang are North Korea's (guard)",
     "Pyongyang sent 12,000 Korean People's Army soldiers to Russia.",
     "12,000", {"metric": "dprk_troops_in_russia"}),
    ("... and 'N Russian soldiers massed in Kursk' Russia's grouping (guard)",
     "North Korea has sent 11,000 troops to Russia, where 50,000 Russian soldiers are massed in Kursk.",
     "50,000", {"metric": "russian_troops_kursk"}),
    ("a table whose columns are years: the row's label says what its cells count, the column when",
     "Russian losses by year\nThe table below sums the General Staff figures of Russian losses for each year.\n"
     "| Losses | 2022 | 2023 | 2024 |\n|---|---|---|---|\n| Personnel (killed and wounded) | 106,720 | 253,290 | 430,790 |\n"
     "| Tanks | 3,030 | 2,870 | 3,690 |\n",
     "253,290", {"metric": "russian_casualties", "as_of": "2023"}),
    ("... and a tanks row stays no count of people (guard)",
     "Russian losses by year\nThe table below sums the General Staff figures of Russian losses for each year.\n"
     "| Losses | 2022 | 2023 | 2024 |\n|---|---|---|---|\n| Personnel (killed and wounded) | 106,720 | 253,290 | 430,790 |\n"
     "| Tanks | 3,030 | 2,870 | 3,690 |\n",
     "2,870", {"metric": None}),
    ("a row label's currency: '| Moscow (rubles) | 300,000 | 1,000,000 |' under year columns",
     "Signing bonuses by region\nThe table compares the one-time payment offered to recruits in two regions at the "
     "start of each year.\n| Region | 2023 | 2024 | 2025 |\n|---|---|---|---|\n| Moscow (rubles) | 300,000 | 1,000,000 | "
     "1,900,000 |\n| Tatarstan (rubles) | 200,000 | 465,000 | 2,100,000 |\n",
     "465,000", {"metric": "signing_bonus_rub", "as_of": "2024", "scope": "regional"}),
    ("a 'by the numbers' item: '- N – what it counts, who, when': the words before the first comma are its noun",
     "North Korea in numbers\nNorth Korea in Russia's war:\n- 4,000 – North Koreans killed or wounded, Zelensky, "
     "January 2025\n- 300 – North Korean soldiers killed, South Korea's NIS, January 2025\n",
     "300", {"metric": "dprk_casualties", "counted": "killed", "as_of": "2025-01",
             "source": "South Korea National Intelligence Service"}),
    ("... but '* N - a Russian military blogger, February 2025' stays who gave it (guard)",
     "How many North Korean troops are in Russia?\nThe estimates of North Korean troops in Russia so far:\n"
     "* 3,000 - NIS, 23 October 2024\n* 10,000 - a Russian military blogger, February 2025\n",
     "10,000", {"metric": "dprk_troops_in_russia", "as_of": "2025-02"}),
    # review18b's breaks of the rules above, each mended (guards: the code before the rules got them right)
    ("a month named in a past clause stays past though 'will' follows in another: 'averaged N a day in February, and "
     "that pace will likely continue' (review18b, guard)",
     "Russian losses averaged 1,200 a day in February, and that pace will likely continue, the UK said.",
     "1,200", {"metric": "russian_casualties", "as_of": "2025-02"}),
    ("'That compares with about N for Ukraine' is no earlier value of the figure before (review18b, guard)",
     "Russia has lost around 700,000 soldiers killed or wounded, the UK Ministry of Defence said. That compares with "
     "about 400,000 for Ukraine, according to Western estimates.",
     "400,000", {"metric": None}),
    ("'That is up from N the day before' keeps the daily rate of the figure before (review18b)",
     "Russia lost 1,250 soldiers over the past day, Ukraine's General Staff said. That is up from 1,100 the day before.",
     "1,100", {"metric": "russian_casualties", "scope": "rate_day"}),
    ("a list introduction that is updated 'every day' gives its items no daily period (review18b, guard)",
     "Russia's total losses, which the General Staff updates every day, stand as follows:\n- personnel: 891,460\n"
     "- tanks: 10,166\n",
     "891,460", {"metric": "russian_casualties", "scope": "total"}),
    ("a figure pointed back to takes no 'killed' from a sentence of other dead before it (review18b, guard)",
     "Russian strikes killed 12 civilians in Kharkiv on Monday. Meanwhile, the General Staff said the total of Russian "
     "losses had reached 891,000.",
     "891,000", {"metric": "russian_casualties", "counted": "casualties"}),
    ("'said the number of troops had reached N' points back to nothing: the noun has its own complement (review18b, "
     "guard)",
     "Russia lost 1,500 soldiers a day in December, Ukraine's military said. Officials said the number of troops had "
     "reached 11,000.",
     "11,000", {"metric": None}),     # (not "The NIS said": its counts of soldiers are North Korea's, twenty-ninth session)
    ("a row label's currency only as a unit: '| Regions offering a million rubles or more | 2 | 12 |' (review18b, guard)",
     "Signing bonuses by region\nThe table compares the one-time payment offered to recruits at the start of each "
     "year.\n| Region | 2023 | 2024 | 2025 |\n|---|---|---|---|\n| Regions offering a million rubles or more | 2 | 12 | 40 |\n"
     "| Moscow (rubles) | 300,000 | 1,000,000 | 1,900,000 |\n",
     "12", {"metric": None}),
    ("'sent N more troops in seven days' is a wave, not a rate (review18b, guard)",
     "North Korea sent 1,500 more troops to Russia in seven days last month, bringing its deployment to 12,000, the "
     "NIS said.",
     "1,500", {"metric": "dprk_troops_in_russia", "scope": "additional"}),
    ("a table's caption as its first row (how the HTML reader writes <caption>): the labels are in the row under it, "
     "the caption says what the table is about",
     "Estimates\nThe governments following the deployment still disagree on how large it is.\n"
     "| Published estimates of North Korean troops in Russia | | | |\n|---|---|---|---|\n| Source | Date | Estimate | Where |\n"
     "| Pentagon | 28 October 2024 | about 10,000 | Eastern Russia |\n"
     "| Ukraine HUR | 5 November 2024 | 11,000 | Kursk region |\n",
     "11,000", {"metric": "dprk_troops_in_russia", "scope": "in_kursk", "as_of": "2024-11-05",
                "source": "Ukrainian military intelligence"}),
    ("a 'Month (2024)' column: each row's month of that year, its counts that month's, the table's source from the "
     "sentence that shows it",
     "Russian losses month by month\nThe table shows the General Staff's monthly totals for the second half of the "
     "year.\n| Month (2024) | Killed and wounded | Daily average |\n|---|---|---|\n| July | 38,130 | 1,230 |\n"
     "| August | 36,420 | 1,175 |\n",
     "36,420", {"metric": "russian_casualties", "as_of": "2024-08", "scope": "rate_month",
                "source": "Ukrainian General Staff"}),
    ("what a speaker cites as evidence is no speaker: '..., the ISW said, citing geolocated footage'",
     "Russia has about 50,000 troops in Kursk, the ISW said, citing geolocated footage.",
     "50,000", {"metric": "russian_troops_kursk", "source": "Institute for the Study of War"}),
    ("... but 'citing Ukrainian intelligence' is the agency (guard)",
     "Russia has 50,000 troops in Kursk, Reuters reported, citing Ukrainian intelligence.",
     "50,000", {"metric": "russian_troops_kursk", "source": "Ukrainian military intelligence"}),
    ("one unnamed official of a government: 'A US official said ...'",
     "A US official said about 11,000 North Korean troops are in Russia.",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "US government"}),
    ("'Russia's own defence ministry' is the Russian Ministry of Defence",
     "Russia's own defence ministry said 5,937 Russian soldiers had been killed.",
     "5,937", {"metric": "russian_casualties", "source": "Russian Ministry of Defence"}),
    ("a spokesman for Ukraine's Khortytsia group of forces speaks for Ukraine's military",
     "Russia has 50,000 troops in Kursk, said Nazar Voloshyn, spokesman for Ukraine's Khortytsia group of forces.",
     "50,000", {"metric": "russian_troops_kursk", "source": "Ukrainian General Staff"}),
    ("a sentence of a speaker and a bare figure gives that speaker's figure of the same thing: 'Ukraine says N.'",
     "The NIS put North Korean losses at 3,000. Ukraine says 4,000.",
     "4,000", {"metric": "dprk_casualties", "source": "Ukrainian government"}),
    ("... but not after a sentence with no figure of a metric (guard)",
     "North Korea's economy grew last year, the central bank said. Analysts said 4,000.",
     "4,000", {"metric": None}),
    ("an opening 'As reported by <outlet>,' relays the speaker after it",
     "As reported by the Kyiv Independent, Syrskyi said Ukraine held 1,000 square kilometres of the Kursk region.",
     "1,000", {"metric": "ukraine_held_kursk_km2", "source": "Syrskyi"}),
    ("... and with no other speaker the outlet is the source (guard)",
     "As first reported by Reuters, North Korea has lost about 4,000 soldiers in Kursk.",
     "4,000", {"metric": "dprk_casualties", "source": "Reuters"}),
    # review18c's breaks of the table and source rules above, each mended (guards: the code before them got them right)
    ("a 'Front' cell that is only a place stays the row's context: '| Kursk | 50,000 | Syrskyi |' (review18c, guard)",
     "Russian forces by front\nThe table lists Ukrainian estimates of Russian troops by front.\n"
     "| Front | Russian troops | Source |\n|---|---|---|\n| Kursk | 50,000 | Syrskyi |\n| Pokrovsk | 70,000 | Syrskyi |\n",
     "50,000", {"metric": "russian_troops_kursk", "source": "Syrskyi"}),
    ("a 'Month' column makes counts of losses monthly, not troop counts (review18c, guard)",
     "North Korean troops\nThe estimates by month:\n| Month (2024) | North Korean troops in Russia |\n|---|---|\n"
     "| October | 3,000 |\n| November | 11,000 |\n",
     "11,000", {"metric": "dprk_troops_in_russia", "scope": "in_russia", "as_of": "2024-11"}),
    ("... nor losses 'to date', nor a 'Total' row (review18c, guard)",
     "Russian losses\nThe General Staff totals by month:\n| Month (2024) | Russian personnel losses to date |\n|---|---|\n"
     "| October | 690,000 |\n| November | 735,000 |\n",
     "735,000", {"metric": "russian_casualties", "scope": "total"}),
    ("... and a signing-bonus table by month keeps its rows (review18c, guard)",
     "Bonuses\nMoscow's signing bonus by month:\n| Month (2024) | Signing bonus (rubles) |\n|---|---|\n"
     "| June | 1,900,000 |\n| September | 2,300,000 |\n",
     "1,900,000", {"metric": "signing_bonus_rub", "as_of": "2024-06"}),
    ("a sentence comparing a table with someone's figures gives it no source (review18c, guard)",
     "Russian losses\nThe figures in the table are far below those of the General Staff.\n"
     "| Month (2024) | Killed and wounded |\n|---|---|\n| October | 41,980 |\n| November | 45,720 |\n",
     "45,720", {"metric": "russian_casualties", "source_has": "unattributed"}),
    ("Russia's own Dnipro group of forces is no Ukrainian body (review18c, guard)",
     "Russia lost 1,000 soldiers, said the Russian Dnipro group of forces.",
     "1,000", {"metric": "russian_casualties", "source_not": "Ukrainian General Staff"}),
    # eighteenth session
    ("digits in a web address are no figure: a link line under a story",
     "South Korea said North Korea has sent 11,000 troops to Russia.\nSource: www.example.org/troops/15000",
     "15000", {"metric": None}),
    ("a day written year first with dots, as Korean pages stamp it, is no figure",
     "North Korea sends 3,000 more troops\nReporter Kim Min-jae | Input 2025.02.28 14:05 | Modify 2025.02.28 15:40\n"
     "North Korea sent about 3,000 more troops to Russia, the NIS said.",
     "2025.02", {"metric": None}),
    ("Russia's hold on Ukraine with an adverb ('currently occupies') is not Ukraine's hold in Kursk",
     "Ukraine's Kursk incursion: a year on\nUkraine held about 1,000 km² of Kursk at the peak. For scale, Russia currently "
     "occupies roughly 113,000 km² of Ukraine.",
     "113,000", {"metric": None}),
    ("the region's whole territory is its size, not the area held",
     "Ukraine's Kursk incursion: a year on\nUkraine held about 1,000 km² of Kursk at the peak. The region's whole territory "
     "is 29,997 square kilometres.",
     "29,997", {"metric": None}),
    ("Russian forces that hold land in Ukraine's Sumy region hold no Kursk land of Ukraine's",
     "Ukraine's Kursk incursion: a year on\nOn the other side of the border, in Ukraine's Sumy region, Russian forces now "
     "hold about 200 square kilometres, according to Ukrainian monitoring groups.",
     "200", {"metric": None}),
    ("... and Ukraine that holds land in Kursk still holds it (guard)",
     "Ukraine's Kursk incursion\nUkrainian forces now hold about 500 square kilometres of the Kursk region.",
     "500", {"metric": "ukraine_held_kursk_km2"}),
    ("a payout to a dead soldier's family, its condition at the clause's start, is no sign-up bonus",
     "Perm raises its bonus\nIn case of death of the serviceman the family receives from the region additionally 3 million "
     "rubles, besides federal insurance payments.",
     "3 million", {"metric": None}),
    ("... nor payments to the families of soldiers killed in action",
     "Regions raise bonuses\nFamilies of soldiers killed in action can receive payments of up to 12 million roubles from "
     "federal and regional sources.",
     "12 million", {"metric": None}),
    ("another war's toll named before the figure: the US in Afghanistan, under a North Korean topic",
     "North Korea's losses in Kursk\nNorth Korea has lost about 4,000 soldiers in Kursk. In nearly two decades in "
     "Afghanistan, the United States lost about 2,400 service members.",
     "2,400", {"metric": None}),
    ("... the Korean War's dead",
     "North Korea's losses in Kursk\nNorth Korea has lost about 4,000 soldiers in Kursk. The 1950-53 Korean War killed "
     "about 138,000 South Korean soldiers.",
     "138,000", {"metric": None}),
    ("... Gaza's toll in a live blog under Russia's losses",
     "Russian losses mount\nRussia lost 1,500 soldiers on Monday, Kyiv said. Elsewhere: Gaza's health ministry says the death "
     "toll from 14 months of war there has passed 45,000.",
     "45,000", {"metric": None}),
    ("... but a war named only to compare keeps this war's toll (guard)",
     "Unlike in Afghanistan, Russia has lost 100,000 troops in Ukraine, the ministry said.",
     "100,000", {"metric": "russian_casualties"}),
    ("prisoners brought home from captivity in exchanges are no toll",
     "North Korean prisoners\nUkraine captured two North Korean soldiers in Kursk. Since the start of the invasion, Ukraine "
     "has brought home 3,767 prisoners from Russian captivity in 58 exchanges.",
     "3,767", {"metric": None}),
    ("... nor a war named after 'since' (guard)",
     "The war, Europe's bloodiest since World War II, has killed over 1 million Russian soldiers, Kyiv says.",
     "1 million", {"metric": "russian_casualties"}),
    ("what 'media reported that' is starts after 'that': North Korean soldiers named before it are not the grouping's",
     "Ukraine has released intercepts of North Korean soldiers in Russia, as media reported that Russia had gathered "
     "50,000 soldiers in its Kursk region, including North Korean troops.",
     "50,000", {"metric": "russian_troops_kursk"}),
    ("prisoners named again as 'the two POWs'",
     "North Korean prisoners\nUkraine captured two North Korean soldiers in Kursk. The two POWs are being held in Kyiv.",
     "two", {"metric": "dprk_casualties", "counted": "captured", "claims": 2}),
    ("'as' opening a clause of its own ends the figure's: the grouping's 78,000, not North Koreans'",
     "Russia's Kursk grouping reaches 78,000 as North Koreans are used as assault infantry",
     "78,000", {"metric": "russian_troops_kursk"}),
    ("... but 'as many as' is the figure's own hedge (guard)",
     "North Korea has sent as many as 12,000 troops to Russia, Seoul says.",
     "12,000", {"metric": "dprk_troops_in_russia", "qualifier": "up_to"}),
    ("a count 'passes' a level after its own noun, as headlines put it: more than",
     "Count of named Russian war dead passes 90,000\nMediazona's tally of Russian soldiers confirmed dead by name grew again.",
     "90,000", {"metric": "russian_casualties", "qualifier": "more_than"}),
    ("bodies counted are the dead: 'the bodies of 18 North Korean infantrymen'",
     "Kursk clash\nA Ukrainian unit said it had collected the bodies of 18 North Korean infantrymen after an attack.",
     "18", {"metric": "dprk_casualties", "counted": "killed"}),
    ("Kim by his surname as the one who sends: 'Kim to send 1,000 sappers'",
     "Kim to send 1,000 sappers and 5,000 builders to Kursk\nThe announcement came after talks in Pyongyang.",
     "1,000", {"metric": "dprk_troops_in_russia", "scope": "planned"}),
    ("'gave themselves up' is surrender",
     "Hotline figures\nIn October, 380 Russian servicemen gave themselves up through the project, its spokesman said.",
     "380", {"metric": "russian_casualties", "counted": "captured"}),
    ("what a fight cost a side is its losses: 'has cost Russia 53,000 troops'",
     "Kursk\nThe Kursk operation has cost Russia 53,000 troops, Syrskyi said.",
     "53,000", {"metric": "russian_casualties"}),
    ("Russia and North Korea 'together' have the combined grouping, not North Korea's contingent",
     "Kursk\nUkrainian commanders estimate that Russia and North Korea together have up to 60,000 soldiers in the Kursk "
     "region.",
     "60,000", {"metric_not": "dprk_troops_in_russia"}),
    ("what Ukraine 'keeps' is what it holds",
     "Ukraine keeps approximately 800 square kilometers in Kursk, a General Staff source said.",
     "800", {"metric": "ukraine_held_kursk_km2", "counted": "area_held"}),
    # review19's breaks of the session's rules, each mended (guards: the code before the session got them right)
    ("a war named after 'since the end of' is a comparison (review19, guard)",
     "The war in Ukraine, Europe's bloodiest conflict since the end of World War II, has killed or wounded more than 1 "
     "million Russian soldiers.",
     "1 million", {"metric": "russian_casualties"}),
    ("... and past a comma the figure is this war's (review19, guard)",
     "In its first large-scale combat since the 1950-53 Korean War, the North has lost about 4,000 soldiers killed or "
     "wounded in Kursk.",
     "4,000", {"metric": "dprk_casualties"}),
    ("... and a speaker's background war is not the figure's (review19, guard)",
     "A US veteran of Afghanistan fighting with the International Legion said about 200 North Korean soldiers died in "
     "the assault.",
     "200", {"metric": "dprk_casualties"}),
    ("... nor is a date in September a war (review19, guard)",
     "On September 11, South Korean lawmakers said about 2,000 North Korean soldiers had been killed in Kursk.",
     "2,000", {"metric": "dprk_casualties"}),
    ("Ukraine's hold 'of the region's territory' is still the area held (review19, guard)",
     "Ukrainian forces still hold about 500 square kilometres of the region's territory in Kursk, Syrsky said.",
     "500", {"metric": "ukraine_held_kursk_km2"}),
    ("a sign-up bonus beside the dead it replaces is still a bonus (review19, guard)",
     "Regions have raised sign-up bonuses to replace those killed in action: Belgorod now pays 3 million rubles.",
     "3 million", {"metric": "signing_bonus_rub"}),
    ("... and beside the risk of death (review19, guard)",
     "Despite the risk of death, volunteers in Tatarstan sign up for a one-time bonus of 2.1 million rubles.",
     "2.1 million", {"metric": "signing_bonus_rub"}),
    ("'reported that day' is no reported clause (review19, guard)",
     "Russian losses reported that day by the General Staff amounted to 1,250 soldiers.",
     "1,250", {"metric": "russian_casualties"}),
    ("'as of' and 'as well as' do not end the figure's clause (review19, guard)",
     "North Korean casualties as of January are estimated at about 3,000, the NIS said.",
     "3,000", {"metric": "dprk_casualties"}),
    ("... nor 'known as' (review19, guard)",
     "About 300 North Korean soldiers from a unit known as the Storm Corps were killed in the assault.",
     "300", {"metric": "dprk_casualties"}),
    ("another Kim sending troops elsewhere sends no North Korean troops (review19, guard)",
     "Prosecutors say Kim deployed about 1,500 troops to the National Assembly on the night of Dec. 3.",
     "1,500", {"metric": None}),
    ("Ukrainian POWs named beside North Korean ones are not North Korea's (review19, guard)",
     "Ukraine proposed exchanging the two North Korean POWs for 100 Ukrainian POWs held by Russia.",
     "100", {"metric": None}),
    ("Russians who signed a petition are no losses (review19, guard)",
     "Some 2,000 Russians signed a petition asking for the bodies of their sons to be returned.",
     "2,000", {"metric": None}),
    ("a force moved 'at considerable cost' is no toll (review19, guard)",
     "Russia has moved about 50,000 troops to Kursk at considerable cost.",
     "50,000", {"metric": "russian_troops_kursk"}),
    ("Russia and North Korea 'jointly' announcing a deployment is still North Korea's (review19, guard)",
     "Russia and North Korea jointly confirmed the deployment of around 14,000 North Korean troops.",
     "14,000", {"metric": "dprk_troops_in_russia"}),
    ("'Kim has already sent' to Russia: Kim is the sender with words between (review19)",
     "Kim has already sent some 11,000 troops to Russia, Seoul says.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'have given themselves up' is surrender (review19)",
     "More than 300 Russian soldiers have given themselves up via the hotline this year, its spokesman said.",
     "300", {"metric": "russian_casualties", "counted": "captured"}),
    # review19b's breaks of the narrowed rules, each mended (guards: the code before the session got them right)
    ("a war a force or its commander served in is background, not the figure's war (review19b, guard)",
     "Russian paratroopers who fought in Syria lost about 300 men near Sudzha.",
     "300", {"metric": "russian_casualties"}),
    ("... and a war's country as a source is a source (review19b, guard)",
     "Israel's Mossad estimates that about 3,000 North Korean soldiers have been killed or wounded.",
     "3,000", {"metric": "dprk_casualties"}),
    ("... and 'the first war since the 1950-53 Korean War' is a comparison (review19b, guard)",
     "North Korean troops fighting their first war since the 1950-53 Korean War have suffered about 4,000 casualties, "
     "the NIS said.",
     "4,000", {"metric": "dprk_casualties"}),
    ("'brought home' of what a figure means is no exchange (review19b, guard)",
     "The news that about 1,000 North Korean soldiers had been killed brought home to Seoul the scale of Kim's "
     "commitment.",
     "1,000", {"metric": "dprk_casualties"}),
    ("Russia 'holds talks' is no hold of land (review19b, guard)",
     "Ukraine still controls about 500 square kilometres of Kursk region as Russia holds talks with Washington.",
     "500", {"metric": "ukraine_held_kursk_km2"}),
    ("'reported that Tuesday' is no reported clause either (review19b, guard)",
     "Russian losses reported that Tuesday reached 1,560 soldiers, the General Staff said.",
     "1,560", {"metric": "russian_casualties"}),
    ("'as they are reported by' is part of the subject (review19b, guard)",
     "Russian losses as they are reported by Ukraine's General Staff now average 1,500 a day.",
     "1,500", {"metric": "russian_casualties"}),
    ("Kim's troops sent to the inter-Korean front are no troops in Russia (review19b, guard)",
     "Kim has deployed about 100,000 troops to the front with South Korea, the JCS said.",
     "100,000", {"metric": None}),
    ("a whole of captives that North Koreans are among is not North Korea's (review19b, guard)",
     "Two North Koreans are among the roughly 6,000 captives Ukraine holds.",
     "6,000", {"metric": None}),
    ("family members of the dead are not the dead (review19b, guard)",
     "Kim met about 100 family members of North Korean soldiers killed in Kursk.",
     "100", {"metric": None}),
    ("what a move 'cost Russia' in months is no toll (review19b, guard)",
     "Moving 50,000 troops to Kursk cost Russia 3 months of its offensive in Donbas.",
     "50,000", {"metric_not": "russian_casualties"}),
    ("'combined their forces' is a verb, not the combined grouping (review19b, guard)",
     "Russia and North Korea combined their forces: Pyongyang sent about 11,000 troops.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("a deployment sized by its number: 'readying a third deployment of 6,000 to Russia'",
     "NIS: Pyongyang readying third deployment of 6,000 to Russia\nThe spy agency briefed lawmakers on Tuesday.",
     "6,000", {"metric": "dprk_troops_in_russia"}),
    ("one list item's source is not the next item's: '- Killed and wounded, UK Ministry of Defence estimate: ...'",
     "Russia's war by the numbers\n- Killed and wounded, UK Ministry of Defence estimate: about 700,000\n"
     "- Killed: 78,329\n",
     "78,329", {"metric": "russian_casualties", "source_has": "unattributed"}),
    ("a count that 'passes' a level after the place it counts in: 'Russian losses in Kursk pass 40,000'",
     "Zelensky: Russian losses in Kursk pass 40,000\nThe president gave the figure on Friday.",
     "40,000", {"metric": "russian_casualties", "qualifier": "more_than"}),
    ("a change with a long object before 'by': 'increased its grouping in the Kursk region by 2,500 troops to 53,000'",
     "Russia has increased its grouping in the Kursk region by 2,500 troops to 53,000, Syrskyi said on Monday.",
     "2,500", {"metric_not": "russian_troops_kursk"}),
    ("... and the level it reached stays the grouping (guard)",
     "Russia has increased its grouping in the Kursk region by 2,500 troops to 53,000, Syrskyi said on Monday.",
     "53,000", {"metric": "russian_troops_kursk"}),
    ("a comma ends the object: 'rose sharply, said officials briefed by ...' is no change (guard)",
     "Losses rose sharply in the Kursk region, officials said, as 3,000 Russian soldiers were killed by drones.",
     "3,000", {"metric": "russian_casualties"}),
    ("the press as a speaker: 'South Korean media has speculated that ...'",
     "South Korean media has speculated that North Korea may ultimately deploy up to 12,000 troops to Russia.",
     "12,000", {"metric": "dprk_troops_in_russia", "source": "South Korean media"}),
    ("'Russian state media reported': the whole name, 'state' with it",
     "Kim Jong Un will dispatch another 6,000 North Korean personnel to Russia's Kursk region, Russian state media reported.",
     "6,000", {"metric": "dprk_troops_in_russia", "source": "Russian state media"}),
    ("'media reports' is a noun, and social media no speaker (guard)",
     "Mediazona has counted 90,000 Russian soldiers killed, using data from media reports, social media and "
     "officials' statements.",
     "90,000", {"metric": "russian_casualties", "source": "Mediazona"}),
    ("an estimate's maker after 'as assessed by', the body from the role after the name",
     "Ukraine now holds about 400 square kilometres of the Kursk region, as assessed by Pasi Paroinen, an analyst at "
     "the Black Bird Group.",
     "400", {"metric": "ukraine_held_kursk_km2", "source_has": "Black Bird Group (Pasi Paroinen)"}),
    ("'figures compiled by X show': X's figure",
     "Some 90,000 Russian soldiers have died in the war, figures compiled by Mediazona show.",
     "90,000", {"metric": "russian_casualties", "source": "Mediazona"}),
    ("a role after the name with no body it is held at stays the name (guard)",
     "Russia has lost 600,000 soldiers, according to Ivan Petrenko, a soldier from Kharkiv.",
     "600,000", {"metric": "russian_casualties", "source": "Ivan Petrenko"}),
    # --- nineteenth session: periods (synth23) ------------------------------------------------------------
    ("'that by the end of January ... had': a month gone by, in a reported clause",
     "Ukraine's military intelligence claimed on Tuesday that by the end of January North Korea had about 11,000 "
     "troops in Russia.",
     "11,000", {"metric": "dprk_troops_in_russia", "as_of": "2025-01"}),
    ("'had ... by year-end': the year-end gone by",
     "Ukraine's spies: Russia had over 60,000 troops in Kursk by year-end\nThe agency gave no source for the figure.",
     "60,000", {"metric": "russian_troops_kursk", "as_of": "2024-12"}),
    ("'From 1 April, ... will receive': the day a change takes effect, ahead, past a long subject",
     "From 1 April, volunteers who sign a contract with the Ministry of Defence in Tatarstan will receive a one-time "
     "payment of 2.1 million rubles, the republic's press service said.",
     "2.1 million", {"metric": "signing_bonus_rub", "as_of": "2025-04-01"}),
    ("'said ... would rise ... from April 1': the future of a reported statement",
     "Volgograd governor Andrei Bocharov spoke on Monday. He said the regional one-time payment for those who sign a "
     "contract would rise to 1.5 million rubles from April 1.",
     "1.5 million", {"metric": "signing_bonus_rub", "as_of": "2025-04-01"}),
    ("'since last October is now estimated at': the 'since' is October's, 'now' dates the count",
     "The total number of North Korean troops sent to Russia since last October is now estimated at about 14,000.",
     "14,000", {"metric": "dprk_troops_in_russia", "as_of": PUBLISHED}),
    ("'to around 850,000 today': a new value said to hold today is no peak",
     "Russia's losses have climbed from about 360,000 at the start of 2024 to around 850,000 today, analysts say.",
     "850,000", {"metric": "russian_casualties", "as_of": PUBLISHED}),
    ("'at the start of 2024': that year's January",
     "Russia's losses have climbed from about 360,000 at the start of 2024 to around 850,000 today, analysts say.",
     "360,000", {"metric": "russian_casualties", "as_of": "2024-01"}),
    ("'throughout September': the month the figure held, not the day it was said",
     "Zelensky said on Saturday that Ukrainian forces had held about 1,000 square kilometres of the Kursk region "
     "throughout September.",
     "1,000", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-09"}),
    ("a count 'since the start of the operation last year' stands at the statement (guard)",
     "Russia has lost 40,000 soldiers in the Kursk region since the start of the operation last year, Syrskyi said.",
     "40,000", {"metric": "russian_casualties", "as_of": PUBLISHED}),
    # --- nineteenth session: sources (synth23) ------------------------------------------------------------
    ("a speaker after a single-quoted quote, British style: \"'...,' said Colonel ...\"",
     "'Today we control roughly 700 square kilometres in the Kursk region,' said Colonel Ihor Marchenko, who commands "
     "a Ukrainian brigade.",
     "700", {"metric": "ukraine_held_kursk_km2", "source_has": "Ihor Marchenko"}),
    ("a country's envoy as a speaker: 'Ukraine's ambassador in Seoul told ... that'",
     "Ukraine's ambassador in Seoul told a local newspaper that Russia had sent about 12,000 more soldiers to the "
     "Kursk region.",
     "12,000", {"metric": "russian_troops_kursk", "source_has": "ambassador"}),
    ("a count's keeper: 'Mediazona had identified ...', beside another source's figure",
     "Mediazona had identified about 80,000 Russian soldiers killed by name by the end of November, while Ukraine's "
     "General Staff on Friday put total Russian losses at 750,000.",
     "80,000", {"metric": "russian_casualties", "source": "Mediazona"}),
    ("... and the other figure stays the other source's (guard)",
     "Mediazona had identified about 80,000 Russian soldiers killed by name by the end of November, while Ukraine's "
     "General Staff on Friday put total Russian losses at 750,000.",
     "750,000", {"metric": "russian_casualties", "source": "Ukrainian General Staff"}),
    ("'DeepState showed Ukraine holding ...': the map's keeper",
     "As of January 8, DeepState showed Ukraine holding about 520 square kilometres of the Kursk region, while the "
     "Institute for the Study of War put the figure at 600.",
     "520", {"metric": "ukraine_held_kursk_km2", "source": "DeepState"}),
    ("Estonia's foreign intelligence service, in the source table",
     "Estonia's foreign intelligence service believes Russia lost around 430,000 soldiers killed and wounded in 2024.",
     "430,000", {"metric": "russian_casualties", "source": "Estonian Foreign Intelligence Service"}),
    ("'a source said': no face, no side, unattributed",
     "About 200 North Korean soldiers were killed in a failed assault near Plekhovo yesterday, a source said.",
     "200", {"metric": "dprk_casualties", "source_has": "unattributed"}),
    ("'a Ukrainian source said' keeps its side (guard)",
     "About 200 North Korean soldiers were killed in a failed assault near Plekhovo yesterday, a Ukrainian source said.",
     "200", {"metric": "dprk_casualties", "source": "Ukrainian source"}),
    ("'Data shows that ...' names no speaker (guard)",
     "Data shows that Russian military casualties have reached 1.2 million since the invasion began.",
     "1.2 million", {"metric": "russian_casualties", "source_not": "Data"}),
    ("'showed up at a recruiting office' is no speech (guard)",
     "When he showed up at a recruiting office in Irkutsk, he was offered a one-time payment of 1.4 million rubles.",
     "1.4 million", {"metric": "signing_bonus_rub", "source_has": "unattributed"}),
    ("'The same source noted': the source named before",
     "As noted by The Telegraph, Putin wants to regain the Kursk region before January. The same source noted that an "
     "estimated 60,000 Russian army personnel are in Kursk Oblast.",
     "60,000", {"metric": "russian_troops_kursk", "source_has": "Telegraph"}),
    ("'analysts at the Finnish Black Bird Group': the body the analysts work at, kept",
     "Ukraine's holdings in the Kursk region shrank to less than 100 square kilometres, according to analysts at the "
     "Finnish Black Bird Group.",
     "100", {"metric": "ukraine_held_kursk_km2", "source_has": "Black Bird Group"}),
    ("'according to Zelensky at a press conference': a place after 'at', cut (guard)",
     "About 1,000 North Korean soldiers have been killed, according to Zelensky at a press conference in Kyiv.",
     "1,000", {"metric": "dprk_casualties", "source": "Zelensky"}),
    ("an economist's body in apposition after the name",
     "Mira Feldt, an economist at the Baltic Security Institute in Tallinn, told the paper that the sign-up bonus in "
     "the Tver region had risen to 1 million rubles.",
     "1 million", {"metric": "signing_bonus_rub", "source_has": "Baltic Security Institute in Tallinn (Mira Feldt)"}),
    ("translated copy's '..., it was noted': the speaker of the sentence before",
     "As informed by the General Staff of the Armed Forces of Ukraine, the enemy's combat losses in personnel amount to "
     "approximately 1,074,110 people. Of these, 960 persons were eliminated over the past day, it was noted.",
     "960", {"metric": "russian_casualties", "source": "Ukrainian General Staff"}),
    ("a subject's act, then what it said: 'disputed that figure on Tuesday, telling reporters that ... 10,000'",
     "Ukraine's military intelligence put the North Korean contingent at 12,000. A senior South Korean official "
     "disputed that figure on Tuesday, telling reporters in Seoul that the number was about 10,000.",
     "10,000", {"metric": "dprk_troops_in_russia", "source": "South Korean government"}),
    ("... and 'disputed this, saying the payment remained ...'",
     "A Telegram channel claimed that Udmurtia had cut its payment. The republic's government disputed this on "
     "Tuesday, saying the one-time payment remained 1.5 million rubles.",
     "1.5 million", {"metric": "signing_bonus_rub", "source_has": "government"}),
    # --- nineteenth session: review20's breaks, each mended (guards: the code before got them right) -------------
    ("'backed by 11,000 North Korean troops': who backs, no change's 'by' (guard)",
     "Russia has stepped up its assaults in Kursk backed by 11,000 North Korean troops.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'showed no sign': no speech (guard)",
     "Russia showed no sign of easing its assaults in Kursk, losing some 1,500 soldiers a day.",
     "1,500", {"metric": "russian_casualties", "source_has": "unattributed"}),
    ("'counted on' 11,000 soldiers: relied on, no count's keeper (guard)",
     "Moscow has counted on some 11,000 North Korean soldiers to retake Kursk.",
     "11,000", {"metric": "dprk_troops_in_russia", "source_has": "unattributed"}),
    ("an envoy who is an object is no speaker: 'summoned the Russian ambassador and said' (guard)",
     "Seoul summoned the Russian ambassador and said about 11,000 North Korean troops had been sent.",
     "11,000", {"metric": "dprk_troops_in_russia", "source_not": "ambassador"}),
    ("'documented by name': no maker named (guard)",
     "Russian losses in the Kursk region, documented by name, exceed 5,000 soldiers.",
     "5,000", {"metric": "russian_casualties", "source_has": "unattributed"}),
    ("an outlet's kind before its name: 'South Korean broadcaster KBS reported'",
     "South Korean broadcaster KBS reported that 11,000 North Korean troops were in Kursk.",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "KBS"}),
    ("'Sources said' after another speaker's sentence: unattributed, not that speaker",
     "Russia's defence ministry said on Monday its forces had retaken Sudzha. Sources said about 300 North Korean "
     "soldiers had been killed in the battle.",
     "300", {"metric": "dprk_casualties", "source_has": "unattributed", "as_of": PUBLISHED}),
    ("'were on course to exceed 40,000 by year-end': a forecast told in the past, this year's end (guard)",
     "Russian losses were on course to exceed 40,000 in the Kursk region by year-end, Zelensky said.",
     "40,000", {"metric": "russian_casualties", "as_of": "2025-12"}),
    ("'said ... would rise ... from February 1' in March: the February just gone (guard)",
     "The governor of the Kursk region said the one-time payment would rise to 1.5 million rubles from February 1.",
     "1.5 million", {"metric": "signing_bonus_rub", "as_of": "2025-02-01"}),
    ("a peak 'now down to about 500': the 'now' is the 500's (guard)",
     "Ukraine's peak holding of 1,376 square kilometres in Kursk is now down to about 500, Syrskyi said.",
     "1,376", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-08"}),
    ("'throughout September, October and November': the list's last month",
     "Russia lost about 38,000 soldiers in the Kursk region throughout September, October and November.",
     "38,000", {"metric": "russian_casualties", "as_of": "2024-11"}),
    ("'a senior fellow at RUSI': the body the table knows, with the person",
     "About 50,000 Russian troops are in the Kursk region, said Mark Galeotti, a senior fellow at RUSI.",
     "50,000", {"metric": "russian_troops_kursk", "source": "Royal United Services Institute"}),
    ("'a former deputy chief of the General Staff' speaks for no body now",
     "About 3,000 North Korean soldiers have been killed, said Ihor Romanenko, a former deputy chief of the General "
     "Staff of Ukraine.",
     "3,000", {"metric": "dprk_casualties", "source_not": "Ukrainian General Staff"}),
    # --- nineteenth session: synth24's translated and spun copy -------------------------------------------------
    ("translated '1 mln 700 thousand' is one sum",
     "Thus the total one-time payment for a contract soldier from Ufa will make up 1 mln 700 thousand rubles.",
     "1 mln 700 thousand", {"metric": "signing_bonus_rub", "value": 1700000.0}),
    ("'1 mln' then '700 rubles' apart stay two numbers (guard)",
     "The one-time payment for volunteers in Tatarstan was raised to 1 mln rubles, 700 rubles more than the rumour.",
     "1 mln", {"metric": "signing_bonus_rub", "value": 1000000.0}),
    ("the square-kilometre sign ㎢ of Korean copy",
     "Ukrainian army's occupation area in the Kursk region reduced to 200㎢, DeepState said.",
     "200", {"metric": "ukraine_held_kursk_km2", "value": 200.0}),
    ("'the 1,300+ sq km it captured': more than that, in its unit",
     "Ukraine now holds about 600 sq km of the Kursk region, about half of the 1,300+ sq km it captured in August.",
     "1,300+", {"metric": "ukraine_held_kursk_km2", "qualifier": "more_than"}),
    ("'keeps under arms about 1,2 million persons': a whole army, not the contingent",
     "North Korea has sent about 11,000 troops to Russia. In total Pyongyang keeps under arms about 1,2 million "
     "persons, the statement notes.",
     "1,2 million", {"metric_not": "dprk_troops_in_russia"}),
    ("spun copy's 'slain' is killed",
     "Not less than 100 North Korean troopers slain in Russia's war, Seoul lawmaker says\nThe lawmaker spoke on Thursday.",
     "100", {"metric": "dprk_casualties", "counted": "killed", "qualifier": "more_than"}),
    ("translated 'the AFU lost ...': Ukraine's army's losses, no Russian toll",
     "In the Kursk region the AFU lost more than 67 thousand servicemen, the Ministry of Defense of the Russian "
     "Federation said.",
     "67 thousand", {"metric_not": "russian_casualties"}),
    ("'Ukraine ... kept 10 000 to 12 000 of its own troops': Ukraine's force, not the topic's",
     "About 11,000 North Korean soldiers are in Russia's Kursk region. Ukraine is estimated to have kept 10 000 to "
     "12 000 of its own troops in the Kursk salient.",
     "10 000 to 12 000", {"metric_not": "dprk_troops_in_russia"}),
    ("'in the first quarter' with no year: the latest first quarter begun, its last month",
     "Russia lost about 120,000 troops killed and wounded in the first quarter, Kyiv says\nThe ministry gave no detail.",
     "120,000", {"metric": "russian_casualties", "as_of": "2025-03"}),
    ("'with effect from August 1' later in the sentence: the day the payment takes effect",
     "A decree signed by President Vladimir Putin raised the federal one-time payment for new contract soldiers to "
     "400,000 rubles from 195,000 with effect from August 1, the Kremlin said.",
     "400,000", {"metric": "signing_bonus_rub", "as_of": "2024-08-01"}),
    ("translated inverted opening: 'As reported the press service of the Cabinet of Ministers of Chuvashia, ...'",
     "As reported the press service of the Cabinet of Ministers of Chuvashia, the citizens who concluded the contract "
     "receive a one-time payment of 500 thousand rubles.",
     "500 thousand", {"metric": "signing_bonus_rub", "source_has": "Chuvashia"}),
    ("'As reported earlier, ...' names no one (guard)",
     "As reported earlier, the one-time payment for contract soldiers in Chuvashia is 500 thousand rubles.",
     "500 thousand", {"metric": "signing_bonus_rub", "source_has": "unattributed"}),
    # --- nineteenth session: review21's breaks, each mended (guards: the code before the session got them right) ----
    ("troops 'sent to replace Russian losses have been killed': a toll (guard)",
     "Around 3,000 of the North Korean troops sent to replace Russian losses have been killed or wounded, Zelensky said.",
     "3,000", {"metric": "dprk_casualties"}),
    ("'under arms in Kursk' is a contingent, not a whole army (guard)",
     "North Korea has about 11,000 soldiers under arms in Russia's Kursk region, Zelensky said.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'the slain commander had overseen 40,000 troops': the troops, not a toll (guard)",
     "Lt. Gen. Esmedlyaev, the slain commander, had overseen some 40,000 Russian troops in the Kursk region.",
     "40,000", {"metric": "russian_troops_kursk"}),
    ("'..., it is reported' after a body that declined to comment: reports at large (guard)",
     "The Kremlin declined to comment. About 3,000 North Korean soldiers have been killed or wounded, it is reported.",
     "3,000", {"metric": "dprk_casualties", "source_has": "unattributed"}),
    ("'denied reports that three thousand ..., saying': not the denier's figure (guard)",
     "Pyongyang denied reports that three thousand of its soldiers had died in Kursk, saying the claims were a smear.",
     "three thousand", {"metric": "dprk_casualties", "source_has": "unattributed"}),
    ("'published ..., adding that ..., according to the NIS': the cited source (guard)",
     "Reuters published the figures on Thursday, adding that about 600 North Korean soldiers had been killed, according "
     "to the NIS.",
     "600", {"metric": "dprk_casualties", "source": "South Korea National Intelligence Service"}),
    ("'in August, and in September and October ...': another clause, not a list (guard)",
     "Ukraine held about 1,300 square kilometres in Kursk in August, and in September and October about 1,000, Syrskyi "
     "said.",
     "1,300", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-08"}),
    ("'By December ... had reached 38,000, largely due to failed assaults': 'due to' is no future (guard)",
     "By December, Russian losses in Kursk had reached 38,000, largely due to failed assaults, Syrskyi said.",
     "38,000", {"metric": "russian_casualties", "as_of": "2024-12"}),
    ("'said in January the bonus would double ... from February 1': counted from the statement's month (guard)",
     "The Belgorod governor said in January the one-time payment would double to 2 million rubles from February 1.",
     "2 million", {"metric": "signing_bonus_rub", "as_of": "2025-02-01"}),
    ("'an analyst of Ukraine's armed forces' studies them, does not speak for them (guard)",
     "Russia has lost about 38,000 troops in the Kursk region, said Mykola Bielieskov, an analyst of Ukraine's armed "
     "forces.",
     "38,000", {"metric": "russian_casualties", "source_not": "General Staff"}),
    ("'where sources say ...' inside a sentence is no speaker of the sentence: the speaker before goes on",
     "Ukraine's General Staff said Russia lost 1,200 troops over the past day. The figure includes 300 killed near "
     "Kursk, where sources say fighting is fiercest.",
     "300", {"metric": "russian_casualties", "source": "Ukrainian General Staff"}),
    ("'experts at the Centre for Eastern Studies': the body's whole name",
     "According to experts at the Centre for Eastern Studies, Russia has about 50,000 troops in the Kursk region.",
     "50,000", {"metric": "russian_troops_kursk", "source_has": "Centre for Eastern Studies"}),
    ("'had reached 4,700 by year-end' in June: the year-end gone by (a past perfect)",
     "North Korean casualties had reached 4,700 by year-end, South Korea's spy agency said.",
     "4,700", {"metric": "dprk_casualties", "as_of": "2024-12"}),
    ("a list of adjectives before its noun starts at the first adjective: '... against Ukraine, Ukrainian, South Korean "
     "and Western media have claimed'",
     "North Korean soldiers have been filmed at bases in the Russian Far East, preparing for the war against Ukraine, "
     "Ukrainian, South Korean and Western media have claimed, and some 1,500 are already in Kursk.",
     "1,500", {"metric": "dprk_troops_in_russia", "source": "Ukrainian, South Korean and Western media"}),
    ("'Citing intelligence reports, South Korea, Ukraine and the West claim that ...': the claimants, not the participle",
     "Citing intelligence reports, South Korea, Ukraine and the West claim that North Korea has deployed around 10,000 "
     "troops to Russia.",
     "10,000", {"metric": "dprk_troops_in_russia", "source_has": "South Korea"}),
    ("'killed ... out of a total deployment of 15,000': the deployment, not a toll",
     "About 600 North Korean troops have been killed fighting for Russia against Ukraine out of a total deployment of "
     "15,000, South Korean lawmakers said.",
     "15,000", {"metric": "dprk_troops_in_russia"}),
    ("... and the toll before it stays a toll (guard)",
     "About 600 North Korean troops have been killed fighting for Russia against Ukraine out of a total deployment of "
     "15,000, South Korean lawmakers said.",
     "600", {"metric": "dprk_casualties"}),
    ("', with South Korean intelligence estimating that over 600 ...': the absolute clause's speaker",
     "According to state-run KCNA, Kim praised the troops who joined Russian forces, with South Korean intelligence "
     "estimating that over 600 North Korean soldiers have been killed.",
     "600", {"metric": "dprk_casualties", "source": "South Korea National Intelligence Service"}),
    ("', with Ukraine saying that 1,200 ... were wounded': the absolute clause's speaker",
     "The fighting went on, with Ukraine saying that 1,200 North Korean soldiers were wounded.",
     "1,200", {"metric": "dprk_casualties", "source_has": "Ukrainian"}),
    ("', with troops saying ...': no one named, no speaker (guard)",
     "The offensive stalled, with troops saying that 500 North Korean soldiers were killed.",
     "500", {"metric": "dprk_casualties", "source_has": "unattributed"}),
    ("'..., South Korean lawmakers said, citing the country's intelligence agency': the speaker's country, not the "
     "troops'",
     "About 700 North Korean troops have been killed, South Korean lawmakers said, citing the country's intelligence "
     "agency.",
     "700", {"metric": "dprk_casualties", "source": "South Korea National Intelligence Service"}),
    ("'... in the Ukraine war, a South Korean lawmaker said, citing the country's spy agency': not the war's country",
     "Around 9,800 North Korean troops have been deployed to Kursk, with some fighting in the Ukraine war, a South "
     "Korean lawmaker said, citing the country's spy agency.",
     "9,800", {"metric": "dprk_troops_in_russia", "source": "South Korea National Intelligence Service"}),
    ("'Russia ... the country's defence ministry said': the one country named (guard)",
     "Russia has lost 1,000 soldiers in Kursk, the country's defence ministry said.",
     "1,000", {"metric": "russian_casualties", "source": "Russian Ministry of Defence"}),
    ("'The Ingush authorities promise a bonus of 100,000 rubles': a republic's adjective before its body, a plural verb",
     "The Ingush authorities promise a registration bonus of 100,000 rubles to volunteers.",
     "100,000", {"metric": "signing_bonus_rub", "region": "Ingushetia", "source": "Ingushetia regional government"}),
    ("'Bashkir officials raised the bonus to 450,000 rubles': officials set a payment",
     "Bashkir officials raised the bonus to 450,000 rubles.",
     "450,000", {"metric": "signing_bonus_rub", "region": "Bashkortostan", "source": "Bashkortostan regional government"}),
    ("'Chechen fighters were paid 300,000 rubles': a people, not the republic (guard)",
     "Chechen fighters were paid 300,000 rubles each on signing a contract.",
     "300,000", {"metric": "signing_bonus_rub", "region": ""}),
    ("'..., Seoul lawmakers said Monday, as Ukraine revealed ...': the speaker before the clause of its own",
     "About 400 North Korean troops have been killed, Seoul lawmakers said on Monday, as Ukraine revealed more about "
     "two soldiers it had captured.",
     "400", {"metric": "dprk_casualties", "source": "Seoul lawmakers"}),
    ("'..., the Pentagon said Monday, as Ukraine revealed ...': a known speaker keeps the figure (guard)",
     "About 400 North Korean troops have been killed, the Pentagon said on Monday, as Ukraine revealed more about "
     "two soldiers it had captured.",
     "400", {"metric": "dprk_casualties", "source": "Pentagon"}),
    ("'..., military adviser to Ukrainian President Volodymyr Zelenskyy, Oleksiy Arestovich, said': the adviser, for "
     "the government",
     "Over 9,000 Russian soldiers have been killed since the invasion began, military adviser to Ukrainian President "
     "Volodymyr Zelenskyy, Oleksiy Arestovich, said on Wednesday.",
     "9,000", {"metric": "russian_casualties", "source": "Ukrainian government", "source_has": "Arestovich"}),
    ("'... than that of South Korea, where authorities said ... at least 1,100': the place's authorities",
     "Kyiv's estimate of North Korean losses is higher than that of South Korea, where authorities said on Monday at "
     "least 1,200 North Korean troops had been killed or wounded.",
     "1,200", {"metric": "dprk_casualties", "source": "South Korean government"}),
    ("a caption's label goes, its words stay: 'Caption: ... Ukraine's military says Russia now has about 78,000 troops'",
     "Caption: Russian marines move through a village near Sudzha. Ukraine's military says Russia now has about 78,000 "
     "troops in Kursk region.",
     "78,000", {"metric": "russian_troops_kursk"}),
    ("a correction's withdrawn figure is no claim: 'An earlier version of this article said about 5,000 ... troops'",
     "North Korean troops near the front\nCorrection: An earlier version of this article said about 5,000 North Korean "
     "troops were in Kursk.",
     "5,000", {"metric_not": "dprk_troops_in_russia"}),
    ("'This article originally stated that Ukraine held 6,500 square kilometres': withdrawn",
     "Ukraine's Kursk foothold shrinks\nCorrection: This article originally stated that Ukraine held 6,500 square "
     "kilometres; the correct figure is 650 square kilometres.",
     "6,500", {"metric_not": "ukraine_held_kursk_km2"}),
    ("... and the corrected figure after it stands (guard)",
     "Ukraine's Kursk foothold shrinks\nCorrection: This article originally stated that Ukraine held 6,500 square "
     "kilometres; in fact Ukraine holds 650 square kilometres.",
     "650 square", {"metric": "ukraine_held_kursk_km2"}),
    ("a list item's source in brackets: '• 11,000 — North Korean troops sent to Russia in autumn 2024 (NIS)'",
     "KEY FIGURES\n• 11,000 — North Korean troops sent to Russia in autumn 2024 (NIS)\n• 9 million — artillery shells "
     "shipped to Russia since 2023 (South Korean military)",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "South Korea National Intelligence Service"}),
    ("a bulleted list brought in without a colon: its lead says what the items are",
     "Highest regional one-time payments for signing a contract, November 2024. The federal payment comes on top.\n"
     "- Belgorod: 2.6 million roubles\n- Samara: 1.6 million roubles\n- Moscow: 1.9 million roubles\n"
     "- Tatarstan: 1.3 million roubles",
     "1.3 million", {"metric": "signing_bonus_rub", "region": "Tatarstan"}),
    ("a timeline's entry is a statement of its date: 'Nov 4, 2024 — The Pentagon says about 10,000 ... are now in Kursk'",
     "Timeline: how North Korea's troop deployment to Russia unfolded\nKey moments so far:\n"
     "Oct 18, 2024 — South Korea's NIS says 1,500 North Korean special "
     "forces have been shipped to Russia's Far East.\nNov 4, 2024 — The Pentagon says about 10,000 North Korean "
     "soldiers are now in Kursk region.\nJan 11, 2025 — Ukraine captures two North Korean soldiers in Kursk.\n"
     "Feb 2025 — The NIS says roughly 3,000 more troops were sent in January and February.\nApr 26, 2025 — Russia's "
     "chief of general staff claims Ukraine lost more than 76,000 troops there.",
     "about 10,000", {"metric": "dprk_troops_in_russia", "as_of": "2024-11-04"}),
    ("... its speaker is its own, none carried from the entry before",
     "Timeline: how North Korea's troop deployment to Russia unfolded\nKey moments so far:\n"
     "Oct 18, 2024 — South Korea's NIS says 1,500 North Korean special "
     "forces have been shipped to Russia's Far East.\nNov 4, 2024 — The Pentagon says about 10,000 North Korean "
     "soldiers are now in Kursk region.\nJan 11, 2025 — Ukraine captures two North Korean soldiers in Kursk.\n"
     "Feb 2025 — The NIS says roughly 3,000 more troops were sent in January and February.\nApr 26, 2025 — Russia's "
     "chief of general staff claims Ukraine lost more than 76,000 troops there.",
     "two", {"metric": "dprk_casualties", "source_not": "Pentagon"}),
    ("... and the entry before does not say what it counts: '3,000 more troops were sent' after a capture",
     "Timeline: how North Korea's troop deployment to Russia unfolded\nKey moments so far:\n"
     "Oct 18, 2024 — South Korea's NIS says 1,500 North Korean special "
     "forces have been shipped to Russia's Far East.\nNov 4, 2024 — The Pentagon says about 10,000 North Korean "
     "soldiers are now in Kursk region.\nJan 11, 2025 — Ukraine captures two North Korean soldiers in Kursk.\n"
     "Feb 2025 — The NIS says roughly 3,000 more troops were sent in January and February.\nApr 26, 2025 — Russia's "
     "chief of general staff claims Ukraine lost more than 76,000 troops there.",
     "3,000", {"metric": "dprk_troops_in_russia"}),
    ("'puts total Russian losses, killed and wounded, at 866,000': the aside between the noun and its 'at'",
     "Ukraine's General Staff puts total Russian losses, killed and wounded, at 866,000 as of Monday.",
     "866,000", {"metric": "russian_casualties"}),
    ("'Recruiters ... receive a finder's fee of 50,000 roubles for each volunteer': a recruiter's fee, no bonus",
     "Russia's recruitment bonuses\nRecruiters in Samara receive a finder's fee of 50,000 roubles for each volunteer "
     "they bring in, a regional news site reported.",
     "50,000", {"metric_not": "signing_bonus_rub"}),
    ("'In the 1950-53 Korean War, North Korea lost an estimated 215,000 soldiers': that war's toll",
     "North Korean losses in Kursk\nIn the 1950-53 Korean War, North Korea lost an estimated 215,000 soldiers killed.",
     "215,000", {"metric_not": "dprk_casualties"}),
    ("... not a Korean War in a relative clause before this war's toll (guard)",
     "North Korean losses in Kursk\nPyongyang, which lost hundreds of thousands in the Korean War, has now lost about "
     "4,000 soldiers in Kursk.",
     "4,000", {"metric": "dprk_casualties"}),
    ("'About 300 North Korean soldiers, most aged 18 to 24, have been killed': the aside before the verb",
     "About 300 North Korean soldiers, most aged 18 to 24, have been killed.",
     "300", {"metric": "dprk_casualties", "counted": "killed"}),
    # review22's breaks of the session's rules, each mended (guards: the code before the session gets them right)
    ("'the country's' is the speaker's country, not the enemy the troops fight (guard)",
     "North Korean losses\nSouth Korean officials said some 1,100 North Korean troops had been killed or wounded "
     "fighting the Ukrainian military, citing the country's intelligence agency.",
     "1,100", {"metric": "dprk_casualties", "source": "South Korea National Intelligence Service"}),
    ("'with North Korea putting another 3,000 soldiers at Russia's disposal': an act, no statement (guard)",
     "North Korea's troops\nPyongyang has doubled down, with North Korea putting another 3,000 soldiers at Russia's "
     "disposal.",
     "3,000", {"metric": "dprk_troops_in_russia", "source_has": "unattributed"}),
    ("'..., Mr Lee said on Wednesday, as the NIS confirmed the figure': the clause after is about the figure (guard)",
     "North Korean losses\nAbout 300 North Korean soldiers have died, Mr Lee said on Wednesday, as the NIS confirmed "
     "the figure.",
     "300", {"metric": "dprk_casualties", "source": "South Korea National Intelligence Service"}),
    ("'Crimean Tatar leaders say ...': a people, no republic (guard)",
     "Recruitment bonuses\nCrimean Tatar leaders say Russia offers men in Crimea 1 million rubles to sign contracts.",
     "1 million", {"metric": "signing_bonus_rub", "region": ""}),
    ("'The Tatar government raised its bonus ..., and Bashkortostan followed with 1 million': not Tatarstan's (guard)",
     "Recruitment bonuses\nThe Tatar government raised its bonus to 1.5 million rubles, and Bashkortostan followed "
     "with 1 million.",
     "1 million", {"metric": "signing_bonus_rub", "source_not": "Tatarstan"}),
    ("'Authorities in Nizhny Novgorod promise ...': a region's two-word name is no person",
     "Recruitment bonuses\nAuthorities in Nizhny Novgorod promise 1 million rubles to volunteers.",
     "1 million", {"metric": "signing_bonus_rub", "source_not": "(Nizhny"}),
    ("a correction's corrected figure after 'it is' stands (guard)",
     "Recruitment bonuses\nAn earlier version of this article said the Belgorod bonus was 2 million rubles; it is 1.2 "
     "million rubles.",
     "1.2 million", {"metric": "signing_bonus_rub"}),
    ("... and another source's figure after the notice's semicolon (guard)",
     "North Korean losses\nAn earlier version of this story said 3,000 North Korean troops had been killed; the NIS "
     "said 300 had been killed and 2,700 wounded.",
     "300", {"metric": "dprk_casualties"}),
    ("'An earlier version of this article gave the wrong date; ... 1,500 Russian troops had been killed' (guard)",
     "Russian losses\nAn earlier version of this article gave the wrong date; Ukraine's General Staff said on Monday "
     "that 1,500 Russian troops had been killed.",
     "1,500", {"metric": "russian_casualties"}),
    ("'as this article previously reported, and another 3,000': no correction (guard)",
     "North Korea's troops\nPyongyang has sent 11,000 troops, as this article previously reported, and another 3,000 "
     "in January.",
     "3,000", {"metric": "dprk_troops_in_russia"}),
    ("'An earlier version of the report said 10,000 ...': an intelligence report's draft, not this article (guard)",
     "North Korea's troops\nAn earlier version of the report said 10,000 North Korean troops were in Russia; the "
     "final version, released Tuesday, said 11,000.",
     "10,000", {"metric": "dprk_troops_in_russia"}),
    ("'Yonhap said it misreported the death toll ..., and that only 300 ... had been killed' (guard)",
     "North Korean losses\nYonhap said it misreported the death toll on Tuesday, and that only 300 North Korean "
     "soldiers had been killed.",
     "300", {"metric": "dprk_casualties"}),
    ("a list's first item under a lead without a colon: '- December: 300' under '... killed ..., by month'",
     "North Korean dead\nNorth Korean soldiers killed in Kursk, by month, according to Ukraine's military "
     "intelligence. The figures could not be verified.\n- December: 300\n- January: 700\n- February: 1,000",
     "300", {"metric": "dprk_casualties"}),
    ("a timeline entry that points back ('It sends another 3,000') is read with the entry before",
     "North Korea's troops\nThe deployment has grown, officials said on Friday.\nOct 2024 — Pyongyang sends 11,000 "
     "troops to Russia.\nJan 2025 — It sends another 3,000.\nFeb 2025 — Russia says it has 50,000 troops in Kursk.",
     "3,000", {"metric": "dprk_troops_in_russia"}),
    ("a timeline's entries take the introduction's region ('Belgorod's payment over time:')",
     "Belgorod bonus\nBelgorod's payment over time:\nJan 2024 — 500,000 roubles\nAug 2024 — 1 million roubles\n"
     "Jan 2025 — 2.6 million roubles",
     "1 million", {"metric": "signing_bonus_rub", "region": "Belgorod Oblast", "as_of": "2024-08"}),
    ("... and its speaker ('Russian losses in Kursk, according to Ukraine's General Staff:')",
     "Russian losses\nRussian losses in Kursk, according to Ukraine's General Staff:\nAug 2024 — 2,000 killed\n"
     "Nov 2024 — 20,000 killed or wounded\nFeb 2025 — 50,000 killed or wounded",
     "2,000", {"metric": "russian_casualties", "source": "Ukrainian General Staff"}),
    ("a credit's label stays a credit: 'Credit: Handout/Ukrainian Armed Forces, 1200x800' (guard)",
     "North Korean troops\nCredit: Handout/Ukrainian Armed Forces, 1200x800\nThe troops arrived in October.",
     "1200", {"metric": None}),
    # retrospective copy (synth26): a time counted back from the article's date (published 2025-03-10)
    ("'A year ago this month, ... 1,500 North Korean troops had landed': the month a year before",
     "North Korea's troops\nA year ago this month, South Korea's spy agency said 1,500 North Korean troops had landed "
     "in Russia.",
     "1,500", {"metric": "dprk_troops_in_russia", "as_of": "2024-03"}),
    ("'A year ago today, the NIS said at least 100 ... had been killed': the day a year before",
     "North Korean losses\nA year ago today, the NIS said at least 100 North Korean soldiers had been killed.",
     "100", {"metric": "dprk_casualties", "as_of": "2024-03-10"}),
    ("'Two years ago this month, Putin doubled the federal one-time payment to 400,000 roubles'",
     "Recruitment bonuses\nTwo years ago this month, Putin doubled the federal one-time payment for new contract "
     "soldiers to 400,000 roubles.",
     "400,000", {"metric": "signing_bonus_rub", "as_of": "2023-03"}),
    ("'up from 15,000 a year earlier': the earlier value a year before the article's",
     "North Korea's troops\nNorth Korea has 18,000 troops in Russia, up from 15,000 a year earlier, Seoul says.",
     "15,000", {"metric": "dprk_troops_in_russia", "as_of": "2024-03"}),
    ("'By this point last year, Russia's losses stood at about 385,000'",
     "Russian losses\nBy this point last year, Russia's losses in the war stood at about 385,000.",
     "385,000", {"metric": "russian_casualties", "as_of": "2024-03"}),
    ("'the 2024 figure of 2.3 million roubles': the figure's year",
     "Recruitment bonuses\nTatarstan's new payment is still below the 2024 figure of 2.3 million roubles.",
     "2.3 million", {"metric": "signing_bonus_rub", "as_of": "2024"}),
    ("'At the start of the year, Russia had concentrated about 60,000 troops in the Kursk region'",
     "Russia's Kursk grouping\nAt the start of the year, Russia had concentrated about 60,000 troops in the Kursk "
     "region.",
     "60,000", {"metric": "russian_troops_kursk", "as_of": "2025-01"}),
    ("'At the height of Russia's counteroffensive in February, some 70,000 ...': the opening event's time",
     "Russia's Kursk grouping\nAt the height of Russia's counteroffensive in February, some 70,000 Russian troops "
     "were fighting in the Kursk region.",
     "70,000", {"metric": "russian_troops_kursk", "as_of": "2025-02"}),
    ("'... in the invasion launched nearly 15 months ago': the start of what the count runs from (guard)",
     "Russian losses\nMore than 200,000 Russian troops have been killed in the full-scale invasion launched nearly 15 "
     "months ago, Kyiv says.",
     "200,000", {"metric": "russian_casualties", "as_of": "2025-03-10"}),
    ("'lost about 418,000 soldiers killed, wounded or captured in 2025, ... said on Sunday': a list of harms is one "
     "predicate",
     "Russian losses\nRussia lost about 418,000 soldiers killed, wounded or captured in 2024, Ukraine's General Staff "
     "said on Sunday in its year-end summary.",
     "418,000", {"metric": "russian_casualties", "as_of": "2024"}),
    ("'a combined Russian and North Korean force of about 50,000': Russia's grouping",
     "Russia's Kursk grouping\nBy November 2024, a combined Russian and North Korean force of about 50,000 was massing "
     "to retake the ground, US officials said.",
     "50,000", {"metric": "russian_troops_kursk"}),
    ("a timeline entry that leaves out its noun is read with the entry before, as prose is: '10,000 are now in Kursk'",
     "North Korea timeline\nKey moments:\nOct 18, 2024 — Seoul says 1,500 North Korean special forces have arrived in "
     "Russia.\nNov 4, 2024 — The Pentagon says 10,000 are now in Kursk.\nJan 11, 2025 — Ukraine captures two soldiers. "
     "Zelensky says 3,800 North Korean soldiers have now been killed or wounded.",
     "10,000", {"metric": "dprk_troops_in_russia", "as_of": "2024-11-04"}),
    ("... and an entry's second sentence is of its date too: 'Zelensky says 3,800 ... have now been killed'",
     "North Korea timeline\nKey moments:\nOct 18, 2024 — Seoul says 1,500 North Korean special forces have arrived in "
     "Russia.\nNov 4, 2024 — The Pentagon says 10,000 are now in Kursk.\nJan 11, 2025 — Ukraine captures two soldiers. "
     "Zelensky says 3,800 North Korean soldiers have now been killed or wounded.",
     "3,800", {"metric": "dprk_casualties", "as_of": "2025-01-11"}),
    ("'..., the regional government confirmed on Monday': the payment's region's body, not a speaker carried in",
     "Recruitment bonuses\nPutin spoke about the war on Friday.\nBelgorod region continues to offer 3 million roubles "
     "to men who sign a contract, the regional government confirmed on Monday.",
     "3 million", {"metric": "signing_bonus_rub", "source_has": "Belgorod", "source_not": "Putin"}),
    ("'..., the republic's government said on Friday': the republic's body",
     "Recruitment bonuses\nTatarstan has cut its regional payment for new contract soldiers to 400,000 roubles, the "
     "republic's government said on Friday.",
     "400,000", {"metric": "signing_bonus_rub", "source_has": "Tatarstan"}),
    ("'an analysis by Estonia's defence intelligence service': the Defence Forces' intelligence centre",
     "Russia's Kursk grouping\nRussia kept an average of about 45,000 troops in the Kursk region during 2024, "
     "according to an analysis by Estonia's defence intelligence service.",
     "45,000", {"metric": "russian_troops_kursk", "source": "Estonian Defence Forces Intelligence Centre"}),
    # review23's breaks of the session's later rules and mends, each mended (guards: the session-start code passes them)
    ("'It has been a year since ..., and the NIS now estimates 15,000': the counted-back time is its own clause's (guard)",
     "North Korea's troops\nIt has been a year since North Korea sent its first troops to Russia, and the NIS now "
     "estimates 15,000 North Korean soldiers are there.",
     "15,000", {"as_of": "2025-03-10"}),
    ("'Russia, which launched its full-scale invasion in February 2022, had ... a year ago': the guard is its clause's (guard)",
     "Russia's Kursk grouping\nRussia, which launched its full-scale invasion in February 2022, had about 50,000 troops "
     "in Kursk a year ago, Zelensky said.",
     "50,000", {"metric": "russian_troops_kursk", "as_of": "2024-03"}),
    ("'lost its last foothold ... two months ago, having held 1,376 square kilometres at the peak' (guard)",
     "Ukraine in Kursk\nUkraine lost its last foothold in Kursk two months ago, having held 1,376 square kilometres at "
     "the peak.",
     "1,376", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-08"}),
    ("'roughly the 2024 rate, ... which put total casualties at 1 million': the named year is its figure's (guard)",
     "Russian losses\nRussia lost about 1,000 soldiers a day, roughly the 2024 rate, according to the British defence "
     "ministry, which put total casualties at 1 million.",
     "1 million", {"metric": "russian_casualties", "as_of": "2025-03-10"}),
    ("'During the invasion in February 2022, ..., and its total losses have since passed 900,000' (guard)",
     "Russian losses\nDuring the invasion in February 2022, Russia lost 1,000 troops a day, and its total losses have "
     "since passed 900,000, Ukraine's General Staff says.",
     "900,000", {"metric": "russian_casualties", "as_of": "2025-03-10"}),
    ("a timeline entry that points back takes the introduction's speaker when it names none",
     "North Korea's deployment\nAccording to Ukraine's military intelligence, the deployment unfolded as follows:\n"
     "Oct 2024 — North Korea sends 11,000 troops to Russia.\nDec 2024 — Their losses reach 3,000 killed or wounded.\n"
     "Jan 2025 — These troops are pulled back after losing 4,000 men.",
     "3,000", {"metric": "dprk_casualties", "source": "Ukrainian military intelligence"}),
    ("a list item that is a sentence of its own is read with the item before, not the news sentence above (guard)",
     "North Korea\nRussia has lost about 1,000 soldiers a day this year, Ukraine's General Staff said.\n• About 11,000 "
     "North Korean troops were sent to Russia in 2024\n• Around 4,000 of them have been killed or wounded",
     "4,000", {"metric": "dprk_casualties"}),
    ("'Authorities in Nizhny Tagil promise ...': a place after 'in' is no person (guard)",
     "Recruitment bonuses\nAuthorities in Nizhny Tagil promise 300,000 roubles to each new recruit.",
     "300,000", {"metric": "signing_bonus_rub", "source_not": "Tagil"}),
    ("'The story initially reported by RBC-Ukraine said about 200 ...': a relay, no correction (guard)",
     "North Korean losses\nThe story initially reported by RBC-Ukraine said about 200 North Korean soldiers had been "
     "killed near Sudzha.",
     "200", {"metric": "dprk_casualties"}),
    ("'An earlier version ... said 12,000 ... were in Kursk, and 3,000 had been killed': both taken back",
     "North Korean troops\nEditor's note: An earlier version of this article said 12,000 North Korean troops were in "
     "Kursk, and 3,000 had been killed. Both figures came from Ukraine.",
     "3,000", {"metric_not": "dprk_casualties"}),
    ("'This article previously stated that 3,000 ...': a correction's wording",
     "North Korean losses\nThis article previously stated that 3,000 North Korean soldiers had been killed. The NIS "
     "figure is 300.",
     "3,000", {"metric_not": "dprk_casualties"}),
    ("'Ukrainian officials on Monday said, citing the country's military intelligence': a time between noun and verb",
     "North Korean losses\nAbout 700 North Korean soldiers have been killed in the Russian region of Kursk, Ukrainian "
     "officials on Monday said, citing the country's military intelligence.",
     "700", {"metric": "dprk_casualties", "source": "Ukrainian military intelligence"}),
    ("'..., Colonel ... said, while the NIS said it could not confirm the toll': the colonel's figure",
     "North Korean losses\nAt least 1,000 North Korean soldiers have died, Colonel Oleksandr Kindratenko said, while "
     "the NIS said it could not confirm the toll.",
     "1,000", {"metric": "dprk_casualties", "source_has": "Kindratenko"}),
    ("'The Bashkir government raised the payment ..., and Bashkir recruits now receive 2 million': the same act",
     "Recruitment bonuses\nThe Bashkir government raised the one-time payment in January, and Bashkir recruits now "
     "receive 2 million roubles.",
     "2 million", {"metric": "signing_bonus_rub", "source": "Bashkortostan regional government"}),
    ("a timeline entry's dummy 'It emerges that ...' is no pointing back: the introduction's speaker",
     "North Korea's deployment\nKey moments, according to Ukraine's General Staff:\nOct 2024 — North Korea sends "
     "11,000 troops.\nDec 2024 — The Pentagon says 3,000 were killed.\nFeb 2025 — It emerges that Pyongyang has sent "
     "about 3,000 more troops.",
     "about 3,000", {"metric": "dprk_troops_in_russia", "source": "Ukrainian General Staff"}),
    ("a spinner's 'Basic Workers of the Armed Forces' is Ukraine's General Staff (misnamed)",
     "Russian losses\nRussia's losses have reached 1,000,340 troopers killed and wounded, Ukraine's Basic Workers of "
     "the Armed Forces mentioned.",
     "1,000,340", {"metric": "russian_casualties", "source": "Ukrainian General Staff"}),
    ("a spinner's 'Seoul's spy company' is the NIS (misnamed)",
     "North Korean losses\nSeoul's spy company estimates some 2,000 North Koreans have been killed in whole.",
     "2,000", {"metric": "dprk_casualties", "source": "South Korea National Intelligence Service"}),
    ("'basic workers' of a wage article are no General Staff (guard)",
     "Recruitment bonuses\nBasic workers in the region earn about 60,000 rubles a month, while recruits get a one-time "
     "bonus of 400,000 rubles.",
     "400,000", {"metric": "signing_bonus_rub", "source_not": "General Staff"}),
    ("'Russia-North Korea joint forces of 60 thousand people': Russia's grouping",
     "Kursk\nRussia-North Korea joint forces of 60 thousand people intensify the Kursk recapture offensive.",
     "60 thousand", {"metric": "russian_troops_kursk"}),
    ("'A Russian-North Korean force of about 50,000 is massing near Sudzha in Kursk': Russia's grouping",
     "Kursk\nA Russian-North Korean force of about 50,000 is massing near Sudzha in Kursk.",
     "50,000", {"metric": "russian_troops_kursk"}),
    ("a list item labelled by its month: '- December: 300' under '... killed ..., by month:' is that month's count",
     "North Korean dead\nNorth Korean soldiers killed in Kursk, by month, according to Ukraine's military "
     "intelligence:\n- November: 100\n- December: 300\n- January: 600",
     "300", {"metric": "dprk_casualties", "as_of": "2024-12", "scope": "rate_month"}),
    ("a list item labelled by its year: '- 2023: 500,000 roubles'",
     "Recruitment bonuses\nBelgorod's one-time payment by year:\n- 2023: 500,000 roubles\n- 2024: 1 million roubles",
     "500,000", {"metric": "signing_bonus_rub", "as_of": "2023"}),
    # review24's breaks, each mended (guards: the session-start code passes them)
    ("'The Post previously reported that ...': a newspaper's report, no correction (guard)",
     "North Korea's troops\nThe Post previously reported that North Korea had sent about 3,000 additional troops to "
     "Russia.",
     "3,000", {"metric": "dprk_troops_in_russia"}),
    ("'About a year ago, in a closed-door briefing, the NIS said 11,000 ...': a hedge before the opening time (guard)",
     "North Korea's troops\nAbout a year ago, in a closed-door briefing, the NIS said 11,000 North Korean troops were "
     "in Russia.",
     "11,000", {"metric": "dprk_troops_in_russia", "as_of": "2024-03"}),
    ("a quote, then 'the NIS said a year ago': the statement's time dates what it said (guard)",
     "North Korea's troops\n“About 11,000 North Korean troops are in Russia,” the NIS said a year ago.",
     "11,000", {"metric": "dprk_troops_in_russia", "as_of": "2024-03"}),
    ("'A year ago, ..., while Ukraine put the number at 12,000': the opening time covers the clause after (guard)",
     "North Korea's troops\nA year ago, the NIS said 11,000 North Korean troops had arrived, while Ukraine put the "
     "number at 12,000.",
     "12,000", {"metric": "dprk_troops_in_russia", "as_of": "2024-03"}),
    ("'Contrary to what this article previously stated, about 11,000 ...': the corrected figure (guard)",
     "North Korea's troops\nContrary to what this article previously stated, about 11,000 North Korean troops are in "
     "Kursk, not 12,000.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'An earlier version of the draft law, put forward by the defence ministry, said ...': another text (guard)",
     "Recruitment bonuses\nAn earlier version of the draft law, put forward by the defence ministry, said recruits "
     "would get 400,000 roubles.",
     "400,000", {"metric": "signing_bonus_rub"}),
    ("'During the incursion in August 2024, Ukraine took ..., while Russia moved 30,000 troops there': the opening "
     "event covers it",
     "Russia's Kursk grouping\nDuring the incursion in August 2024, Ukraine took 1,000 square kilometres of Kursk, "
     "while Russia moved 30,000 troops there.",
     "30,000", {"metric": "russian_troops_kursk", "as_of": "2024-08"}),
    ("a timeline after a sentence of prose takes no speaker from it (guard)",
     "North Korea\nThe war has cost North Korea dearly, Zelensky said on Monday.\nOct 2024 — North Korea sends 11,000 "
     "troops to Russia.\nDec 2024 — About 1,000 North Korean soldiers are killed or wounded in a week.\nFeb 2025 — "
     "Pyongyang sends 3,000 more troops.",
     "3,000", {"metric": "dprk_troops_in_russia", "source_not": "Zelensky"}),
    ("'In December, Zelensky said 3,000 ..., up from 1,100 a month earlier': counted back from December",
     "North Korean losses\nIn December, Zelensky said 3,000 North Korean soldiers had been killed, up from 1,100 a month "
     "earlier.",
     "1,100", {"metric": "dprk_casualties", "as_of": "2024-11"}),
    # twenty-first session: a time that points back to the last one given (claims.THEN_REF)
    ("'North Korea began sending troops in October 2024, the agency said on Monday. By then, some 3,000 had "
     "arrived': the event's time, not the statement's",
     "North Korea's troops\nNorth Korea began sending troops to Russia in October 2024, South Korea's spy agency said "
     "on Monday. By then, some 3,000 soldiers had arrived in Russia, it said.",
     "3,000", {"metric": "dprk_troops_in_russia", "as_of": "2024-10"}),
    ("'In December 2024, ... That month, Ukraine's military intelligence said 200 ... had been killed': that month",
     "North Korean losses\nIn December 2024, the agency said 11,000 North Korean troops were deployed. That month, "
     "Ukraine's military intelligence said 200 North Koreans had been killed.",
     "200", {"metric": "dprk_casualties", "as_of": "2024-12"}),
    ("'... on November 14, 2024. Later that month, Kyiv said 30 ... had been killed': the month of that day",
     "North Korean losses\nNorth Korean troops first fought in Kursk on November 14, 2024. Later that month, Ukraine "
     "said 30 North Korean soldiers had been killed.",
     "30", {"metric": "dprk_casualties", "as_of": "2024-11"}),
    ("'... in August 2024. At the time, Ukrainian forces held about 1,000 square kilometres': the time before",
     "Kursk\nUkraine crossed into Kursk in August 2024. At the time, Ukrainian forces held about 1,000 square "
     "kilometres of the region, Syrskyi said.",
     "1,000", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-08"}),
    ("'The NIS said on March 3 that ... By then 11,000 ...': a statement's time where no other is given (guard)",
     "North Korea's troops\nThe NIS said on March 3 that North Korea was sending more troops. By then, 11,000 North "
     "Korean soldiers were in Russia, it said.",
     "11,000", {"metric": "dprk_troops_in_russia", "as_of": "2025-03-03"}),
    ("'at the time of writing': now, not a time before (guard)",
     "Kursk\nUkraine crossed into Kursk in August 2024. At the time of writing, Ukrainian forces held about 400 square "
     "kilometres of the region, Syrskyi said.",
     "400", {"metric": "ukraine_held_kursk_km2", "as_of": "2025-03-10"}),
    ("'... in 2024. That year, Russia lost 430,000 troops': that year (no month to keep)",
     "Russian losses\nThe war's deadliest stretch came in 2024. That year, Russia lost 430,000 troops killed or "
     "wounded, the UK Ministry of Defence said.",
     "430,000", {"metric": "russian_casualties", "as_of": "2024"}),
    # a time counted on from a war's start (periods "warafter")
    ("'A month after the incursion began, Ukraine held 1,300 square kilometres': counted on from its start",
     "Kursk\nA month after the incursion began, Ukraine held 1,300 square kilometres of the Kursk region, according to "
     "the General Staff.",
     "1,300", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-09"}),
    ("'Two months into the incursion, Ukrainian forces held 1,100 square kilometres'",
     "Kursk\nTwo months into the incursion, Ukrainian forces held 1,100 square kilometres of Kursk, Syrskyi said.",
     "1,100", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-10"}),
    ("'Two years into the full-scale war, Russia had lost 450,000 troops'",
     "Russian losses\nTwo years into the full-scale war, Russia had lost 450,000 troops killed or wounded, British "
     "intelligence said.",
     "450,000", {"metric": "russian_casualties", "as_of": "2024-02"}),
    ("'Three months after the war, ...': after its end, no date counted from its start (guard)",
     "Russian losses\nThree months after the war, Russia had lost 600,000 troops killed or wounded, British "
     "intelligence said.",
     "600,000", {"metric": "russian_casualties", "as_of": "2025-03-10"}),
    ("'... on March 25, 2022, a month and a day after the start of the war. By then, 1,351 ...': the last part of a "
     "sum is no time of its own",
     "Russian losses\nMoscow last gave a toll on March 25, 2022, a month and a day after the start of the war. By then, "
     "1,351 Russian soldiers had been killed, the defence ministry said.",
     "1,351", {"metric": "russian_casualties", "as_of": "2022-03-25"}),
    # a figure opening its line, glossed after a dash (claims.GLOSS_DASH)
    ("'3,400 — North Korean soldiers killed since 2024, ...': the gloss says what the figure counts",
     "The war in numbers\n3,400 — North Korean soldiers killed since 2024, by the estimate South Korea's intelligence "
     "service gave lawmakers on Thursday.",
     "3,400", {"metric": "dprk_casualties", "counted": "killed"}),
    ("'1,376 — square kilometres of the Kursk region Ukraine said it held at the peak ...': an area, by its gloss",
     "The war in numbers\n1,376 — square kilometres of the Kursk region Ukraine said it held at the peak of its "
     "incursion.",
     "1,376", {"metric": "ukraine_held_kursk_km2"}),
    ("'2. About 867,000 — Russian soldiers killed or wounded, according to ...': a numbered list's item",
     "The war in numbers\n1. 3,400 — North Korean soldiers killed since 2024.\n2. About 867,000 — Russian soldiers "
     "killed or wounded, according to Ukraine's General Staff.",
     "867,000", {"metric": "russian_casualties", "source": "Ukrainian General Staff"}),
    ("'9,000 — all North Korean casualties, killed and wounded': 'all' is no noun of the count",
     "The war in numbers\n9,000 — all North Korean casualties, killed and wounded, in the same estimate.",
     "9,000", {"metric": "dprk_casualties", "counted": "casualties"}),
    ("'More than 12,600 — civilians killed in Ukraine since the invasion': civilians, by the gloss",
     "North Korean losses\nNorth Korea has lost 4,000 troops, the NIS said.\nMore than 12,600 — civilians killed in "
     "Ukraine since the invasion, according to UN monitors.",
     "12,600", {"metric": None}),
    ("'Oct 2024 — North Korea sends 11,000 troops': a timeline's date is no glossed figure (guard)",
     "North Korea\nOct 2024 — North Korea sends 11,000 troops to Russia.\n2025 — Pyongyang sends 3,000 more troops.",
     "11,000", {"metric": "dprk_troops_in_russia", "as_of": "2024-10"}),
    # a day's number in a war's count of days (quantities.NOT_A_COUNT_BEFORE)
    ("'Day 1,462 — Tuesday, 24 February' after a line of North Korea's troops: a day's number, no count",
     "Russia-Ukraine war: key events\nWith rotations since 2024, the number of North Koreans sent has passed 20,000, "
     "South Korea's spy agency said.\nDay 1,462 — Tuesday, 24 February\nEuropean leaders arrived in Kyiv for talks.",
     "1,462", {"metric": None}),
    ("'Key events, day 974: ...': a day's number, no count",
     "Russian losses\nRussia-Ukraine war: key events, day 974: Russian losses reach 700,000, Kyiv says.",
     "974", {"metric": None}),
    ("'Russia lost 1,200 soldiers on the day 3,000 North Korean troops arrived': a count after 'the day' (guard)",
     "North Korea's troops\nRussia lost 1,200 soldiers on the day 3,000 North Korean troops arrived in Kursk, Kyiv "
     "said.",
     "3,000", {"metric": "dprk_troops_in_russia"}),
    # North Koreans named as a part counted in a whole (claims.PART_INCLUDED)
    ("'He put the whole Russian grouping there, North Koreans included, at about 50,000': Russia's grouping",
     "Russia's Kursk force\nRussia has moved troops to the Kursk region, Syrskyi said on Monday. He put the whole "
     "Russian grouping there, North Koreans included, at about 50,000.",
     "50,000", {"metric": "russian_troops_kursk"}),
    ("'Russian forces in Kursk, with the North Koreans, number about 65,000': Russia's grouping",
     "Russia's Kursk force\nRussian forces in Kursk, with the North Koreans, number about 65,000, Syrskyi said.",
     "65,000", {"metric": "russian_troops_kursk"}),
    ("'Russia's 50,000 troops in Kursk, including 11,000 North Koreans': the part is a count of its own (guard)",
     "Russia's Kursk force\nRussia has 50,000 troops in Kursk, including 11,000 North Koreans, Syrskyi said.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'Ukrainian troops fought with the North Koreans, and 200 North Korean soldiers were killed': no part of a whole "
     "(guard)",
     "North Korean losses\nIn Kursk, Ukrainian troops fought with the North Koreans, and 200 North Korean soldiers "
     "were killed, Zelensky said.",
     "200", {"metric": "dprk_casualties"}),
    # an answer opening with its figure after a question of how many (claims.WH_QUESTION, ANSWER_OPENING)
    ("'How many North Korean soldiers have been killed? / About 2,000, according to ...': the question's count",
     "North Korea's war: what we know\nHow many North Korean soldiers have been killed?\nAbout 2,000, according to South "
     "Korea's National Intelligence Service.",
     "2,000", {"metric": "dprk_casualties"}),
    ("'How big is Russia's force in Kursk now? / We think about 70,000, ...': an interview's answer",
     "Interview\nHow big is Russia's force in Kursk now?\nWe think about 70,000, with the North Koreans.",
     "70,000", {"metric": "russian_troops_kursk"}),
    ("'And how much territory does Ukraine still hold there? / About 400 square kilometres, ...'",
     "Interview: the Kursk front\nAnd how much territory does Ukraine still hold in Kursk?\nAbout 400 square "
     "kilometres, on our maps as of last week.",
     "400", {"metric": "ukraine_held_kursk_km2"}),
    ("'How many troops has Pyongyang sent? / Officials say 3,000 shells a day are fired': an answer of its own words "
     "(guard)",
     "Explainer\nHow many troops has Pyongyang sent?\nOfficials say 3,000 shells a day are fired in Kursk.",
     "3,000", {"metric": None}),
    # a figure of what a pronoun points back to (claims.PUT_THEM_AT, ANAPHOR after the figure)
    ("'It believes about 10,000 have arrived. / At least 10,000 of them have moved west to Kursk': the same troops",
     "North Korean troops\nSouth Korea's spy agency said on Monday that North Korea had begun sending troops to Russia. "
     "It believes about 10,000 have arrived so far, with more to come.\nAt least 8,000 of them have moved west to the "
     "Kursk region, it added.",
     "8,000", {"metric": "dprk_troops_in_russia"}),
    ("'The NIS counts North Korean casualties too. It put them at about 4,700 in April': what 'them' counts",
     "North Korean losses\nThe NIS counts North Korean casualties too. It put them at about 4,700 in April.",
     "4,700", {"metric": "dprk_casualties", "as_of": "2024-04"}),
    ("'... 20,000 Russian soldiers were killed. More than 550 of those were foreigners': a part that is something "
     "else (guard)",
     "Russian losses\nMore than 20,000 Russian soldiers were killed in 2024, Mediazona said. More than 550 of those "
     "were foreigners from a dozen countries.",
     "550", {"metric": None}),
    ("'... who estimated their numbers at 10,000 or more, North Korean troops entered the war': the sentence's own "
     "subject (guard)",
     "North Korea\nRussian losses mounted in the autumn. According to Kyiv, which estimated their numbers at 10,000 or "
     "more, North Korean troops entered the war in October.",
     "10,000", {"metric": "dprk_troops_in_russia"}),
    # a statement dated "the same day" as the one before it (claims._statement_dates)
    ("'The NIS told lawmakers on Thursday ... HUR gave a higher number the same day. It said about 12,000 ...': Thursday",
     "North Korean troops\nSouth Korea's spy agency told lawmakers on Thursday that North Korea had sent about 3,000 "
     "soldiers to Russia. Ukraine's military intelligence agency, HUR, gave a higher number the same day. It said about "
     "12,000 North Korean soldiers were already in Russia.",
     "12,000", {"metric": "dprk_troops_in_russia", "as_of": "2025-03-06"}),
    # review25: guards of the session's rules (each passes with the session-start code)
    ("'Later that year it sent troops; some 4,000 ... have since been killed': 'since' is now, not that year (guard)",
     "North Korean losses\nNorth Korea signed a defence pact with Russia in June 2024. Later that year it sent troops; "
     "some 4,000 of its soldiers have since been killed or wounded, Zelensky says.",
     "4,000", {"metric": "dprk_casualties", "as_of": "2025-03-10"}),
    ("'At the time, about 3,000 had come; some 11,000 North Koreans are in Russia': the other clause is now (guard)",
     "North Korean troops\nNorth Korea's first troops arrived in October 2024. At the time, about 3,000 had come; some "
     "11,000 North Koreans are in Russia, the NIS says.",
     "11,000", {"metric": "dprk_troops_in_russia", "as_of": "2025-03-10"}),
    ("'up from about 25,000 in the same month a year earlier': a year before that month (guard)",
     "Russian losses\nRussia's losses in December were about 48,000, up from about 25,000 in the same month a year "
     "earlier, according to Kyiv.",
     "25,000", {"metric": "russian_casualties", "as_of": "2023-12"}),
    ("'compared with 31,000 in the same month of 2024': the year it names (guard)",
     "Russian losses\nRussia lost 42,000 soldiers in February, compared with 31,000 in the same month of 2024, Ukraine's "
     "General Staff said.",
     "31,000", {"metric": "russian_casualties", "as_of": "2024"}),
    ("'..., plus the North Korean contingent of about 11,000': the part's own figure is North Korea's (guard)",
     "Russia's Kursk force\nRussia has massed about 50,000 troops in Kursk, plus the North Korean contingent of about "
     "11,000.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'..., including the North Korean soldiers, about 11,000 of them': the part's own figure (guard)",
     "Russia's Kursk force\nRussia has some 78,000 troops in Kursk, including the North Korean soldiers, about 11,000 of "
     "them.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'Russia has about 50,000 troops in Kursk. Some 11,000 of them come from North Korea': not Russia's (guard)",
     "Russia's Kursk force\nRussia has about 50,000 troops in Kursk, Ukraine says. Some 11,000 of them come from North "
     "Korea.",
     "11,000", {"metric_not": "russian_troops_kursk"}),
    ("'12,000 — Ukrainian officials' in a list of estimates: the gloss is its source (guard)",
     "Estimates of North Korean troops in Russia\n11,000 — South Korea's NIS\n12,000 — Ukrainian officials\n10,000 — "
     "the Pentagon",
     "12,000", {"metric": "dprk_troops_in_russia"}),
    ("'... while Ukraine rarely discloses its own losses. Zelensky put them at 43,000': Ukraine's, no metric (guard)",
     "Russian losses\nRussia has lost about 900,000 soldiers, Kyiv says, while Ukraine rarely discloses its own losses. "
     "Zelensky put them at 43,000 in December.",
     "43,000", {"metric": None}),
    ("'What is the situation in Kursk? 1,500 Russian soldiers were killed ... across the front': its own words (guard)",
     "Explainer\nWhat is the situation in Kursk? 1,500 Russian soldiers were killed or wounded yesterday across the "
     "front, Kyiv says.",
     "1,500", {"metric": "russian_casualties", "scope": "total"}),
    ("'A month after Ukraine's invasion of Kursk, Russia had moved about 30,000 troops': Ukraine's incursion",
     "Russia's Kursk force\nA month after Ukraine's invasion of Kursk, Russia had moved about 30,000 troops to the "
     "region.",
     "30,000", {"metric": "russian_troops_kursk", "as_of": "2024-09"}),
    # a list item labelled by what it counts (claims: a labelled item's label read as a table row's)
    ("'• Drones: 440 — Shahed-type drones Russia launched' in a roundup of Russia's Kursk force: drones, no troops",
     "Russia's Kursk force\nKey figures of the week:\n• Grouping: 50,000 — Russian troops in the Kursk region, per "
     "Syrskyi.\n• Drones: 440 — Shahed-type drones Russia launched at Ukraine overnight, per Ukraine's air force.",
     "440", {"metric": None}),
    ("'• Combat troops: 11,000 — ...' keeps its figure (guard)",
     "North Korea's troops\nKey figures of the week:\n• Combat troops: 11,000 — North Koreans sent to Russia in the "
     "autumn of 2024, per Seoul's intelligence service.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    # review26: the mends' own breaks
    ("'... in October 2024. By the end of that month, about 3,000 had arrived': an opening phrase pointing back",
     "North Korean troops\nNorth Korea sent its first troops in October 2024. By the end of that month, about 3,000 had "
     "arrived, the NIS said.",
     "3,000", {"metric": "dprk_troops_in_russia", "as_of": "2024-10"}),
    ("'... in October 2024. Early that month, about 1,500 arrived in Vladivostok'",
     "North Korean troops\nNorth Korea sent troops in October 2024. Early that month, about 1,500 arrived in "
     "Vladivostok, the NIS said.",
     "1,500", {"metric": "dprk_troops_in_russia", "as_of": "2024-10"}),
    ("'Signing bonuses soared in 2024. In Belgorod that year, recruits were offered 3 million roubles'",
     "Recruitment bonuses\nSigning bonuses soared in 2024. In Belgorod that year, recruits were offered 3 million "
     "roubles.",
     "3 million", {"metric": "signing_bonus_rub", "as_of": "2024"}),
    ("'... in October 2024. By then, Russia's losses since the invasion had reached about 680,000': a span in the "
     "noun phrase is no clause of now",
     "Russian losses\nNorth Korea sent troops in October 2024. By then, Russia's losses since the invasion had reached "
     "about 680,000, Kyiv says.",
     "680,000", {"metric": "russian_casualties", "as_of": "2024-10"}),
    ("'In October of that year, it sent about 11,000 troops': the month named (guard)",
     "North Korean troops\nNorth Korea signed a defence pact with Russia in June 2024. In October of that year, it sent "
     "about 11,000 troops, the NIS said.",
     "11,000", {"metric": "dprk_troops_in_russia", "as_of": "2024-10"}),
    ("'The same month, ...; some 11,000 were in Kursk by the end of that year': each time pointing back in its clause",
     "North Korean troops\nRussia lost about 45,000 soldiers in November 2024, Kyiv says. The same month, North Korea's "
     "first troops entered combat; some 11,000 North Korean troops were in Kursk by the end of that year.",
     "11,000", {"metric": "dprk_troops_in_russia", "as_of": "2024"}),
    ("'Russia does not publish its own casualty figures. Ukraine's General Staff put them at about 900,000': Russia's",
     "Russian losses\nRussia does not publish its own casualty figures. Ukraine's General Staff put them at about "
     "900,000.",
     "900,000", {"metric": "russian_casualties"}),
    ("'..., plus the North Korean contingent of an estimated 11,000': the part's own figure (guard)",
     "Russia's Kursk force\nRussia has massed about 50,000 troops in Kursk, plus the North Korean contingent of an "
     "estimated 11,000.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'..., including the North Korean troops, who number about 11,000': the part's own figure (guard)",
     "Russia's Kursk force\nRussia has massed about 60,000 troops in Kursk, including the North Korean troops, who number "
     "about 11,000.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'Russia's force in Kursk, including the North Korean contingent of about 11,000, is about 60,000': the whole "
     "is Russia's",
     "Russia's Kursk force\nRussia's force in Kursk, including the North Korean contingent of about 11,000, is about "
     "60,000, Zelensky said.",
     "60,000", {"metric": "russian_troops_kursk"}),
    ("'Some 11,000 of them have come from North Korea': not the whole's (guard)",
     "Russia's Kursk force\nRussia has about 50,000 troops in Kursk, Ukraine says. Some 11,000 of them have come from "
     "North Korea.",
     "11,000", {"metric_not": "russian_troops_kursk"}),
    ("'• Fatalities: about 600' under North Korea's deployment: the label is the metric's own word (guard)",
     "North Korea's deployment in numbers\n• Soldiers: about 11,000, according to the NIS\n• Fatalities: about 600",
     "600", {"metric": "dprk_casualties"}),
    ("'• Reinforcements: North Korea has sent about 3,000 more soldiers': a label over a sentence (guard)",
     "The war in Kursk\n• Reinforcements: North Korea has sent about 3,000 more soldiers, the NIS says.",
     "3,000", {"metric": "dprk_troops_in_russia"}),
    ("'How many North Korean soldiers have been killed? / About 600 soldiers, according to the NIS': a generic noun",
     "Explainer\nHow many North Korean soldiers have been killed?\nAbout 600 soldiers, according to the NIS.",
     "600", {"metric": "dprk_casualties"}),
    ("'12,000 — Ukrainian commanders' in a list of estimates: its source (guard)",
     "Estimates of North Korean troops in Russia\n11,000 — South Korea's NIS\n12,000 — Ukrainian commanders\n10,000 — "
     "the Pentagon",
     "12,000", {"metric": "dprk_troops_in_russia"}),
    ("'A year after the Ukrainian invasion began, ...': Russia's invasion of Ukraine",
     "Russian losses\nA year after the Ukrainian invasion began, Russia had lost about 200,000 soldiers, according to US "
     "estimates.",
     "200,000", {"metric": "russian_casualties", "as_of": "2023-02"}),
    ("'..., South Korea's spy agency estimated at the time': a statement's pointing-back time dates what it said",
     "Russia's Kursk force\nRussia's force in Kursk peaked at about 70,000 in March 2025. About 12,000 of that force "
     "were North Korean, South Korea's spy agency estimated at the time.",
     "12,000", {"metric": "dprk_troops_in_russia", "as_of": "2025-03"}),
    # "That is up/down from N" is the figure before's earlier value, even where the bare number alone reads otherwise
    ("'... now hold about 800 square kilometres. That is down from about 1,300 at the end of August': an area (guard)",
     "Kursk\nUkrainian forces in Russia's Kursk region now hold about 800 square kilometres, the ISW said. That is down "
     "from about 1,300 at the end of August.",
     "1,300", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-08"}),
    ("'Russia has about 70,000 troops in Kursk, the ISW says. That is up from about 50,000 in November': Russia's",
     "Russia's Kursk force\nRussia now has about 70,000 troops in the Kursk region, including North Koreans, the ISW "
     "says. That is up from about 50,000 in November, it says.",
     "50,000", {"metric": "russian_troops_kursk"}),
    # synth29: changes, comparisons and ranges
    ("'... has cut its one-time payment for volunteers who sign army contracts by 600,000 roubles, to 1mn': a change",
     "Recruitment bonuses\nThe republic of Bashkortostan has cut its one-time payment for volunteers who sign army "
     "contracts by 600,000 roubles, to 1mn roubles, the regional government said.",
     "600,000", {"metric": None}),
    ("'That is 2.2 million roubles higher than before': a change, not a payment",
     "Recruitment bonuses\nThe Kursk region now pays 3 million roubles to recruits. That is 2.2 million roubles higher "
     "than before.",
     "2.2 million", {"metric": None}),
    ("'The cut of 3.2 million roubles, nearly 90%, is the deepest': a change",
     "Recruitment bonuses\nSamara cut its regional payment to 400,000 roubles. The cut of 3.2 million roubles, nearly "
     "90%, is the deepest by any region this year.",
     "3.2 million", {"metric": None}),
    ("'will receive between 1 million and 1.5 million roubles': a range, not a sum of 2.5 million",
     "Recruitment bonuses\nRecruits from the Kursk region will receive between 1 million and 1.5 million roubles from "
     "the regional budget, the governor said.",
     "1 million", {"metric": "signing_bonus_rub", "qualifier": "range"}),
    ("'two million five hundred thousand roubles': 2.5 million (it was read as 2,000,500,000)",
     "Recruitment bonuses\nThe Belgorod region pays recruits two million five hundred thousand roubles on signing, its "
     "governor said.",
     "two million", {"metric": "signing_bonus_rub", "value": 2500000.0}),
    ("'raised ... by 500,000 roubles, to 1.5 million' beside 'backed by' (guard)",
     "Recruitment bonuses\nTatarstan raised its payment by 500,000 roubles, to 1.5 million roubles, the republic's "
     "government said.",
     "1.5 million", {"metric": "signing_bonus_rub"}),
    # review27: guards of the last changes
    ("'... increased pressure on Ukraine's forces in Kursk with assaults by 11,000 North Korean soldiers': who "
     "attacks, no change (guard)",
     "North Korea's troops\nRussia has increased pressure on Ukraine's forces in Kursk with assaults by 11,000 North "
     "Korean soldiers.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'... a first wave of troops last autumn followed by 3,000 more in January': a second wave (guard)",
     "North Korea's troops\nNorth Korea has increased its presence in Russia with a first wave of troops last autumn "
     "followed by 3,000 more in January, the NIS said.",
     "3,000", {"metric": "dprk_troops_in_russia"}),
    ("'one million two hundred and fifty thousand soldiers': one number (guard)",
     "Russian losses\nRussia has lost one million two hundred and fifty thousand soldiers, Ukrainian officials said.",
     "one million", {"metric": "russian_casualties", "value": 1250000.0}),
    ("'two million three hundred and fifty thousand rubles': one payment (guard)",
     "Recruitment bonuses\nVolunteers in Belgorod now receive a one-time payment of two million three hundred and fifty "
     "thousand rubles, the regional government said.",
     "two million", {"metric": "signing_bonus_rub", "value": 2350000.0}),
    ("'North Korea has about 12,000 troops in Russia, where Moscow lost about 45,000 soldiers in December. That is up "
     "from 3,000 in October': the figure's own reading is one of the sentence before's (guard)",
     "North Korea's troops\nNorth Korea has about 12,000 troops in Russia, where Moscow lost about 45,000 soldiers in "
     "December. That is up from 3,000 in October, the NIS said.",
     "3,000", {"metric": "dprk_troops_in_russia"}),
    ("'Seven months after Ukraine's incursion, Russia's Kursk grouping ...' in an article of that month: the "
     "article's day (guard)",
     "Russia's Kursk force\nSeven months after Ukraine's incursion, Russia's Kursk grouping is large: Ukrainian officials "
     "put it at roughly 55,000 men.",
     "55,000", {"metric": "russian_troops_kursk", "as_of": "2025-03-10"}),
    # twenty-second session
    ("'losses were near 3,000': 'near' before a figure hedges it as 'nearly'",
     "North Korean losses\nA Ukrainian commander said North Korean losses were near 3,000.",
     "3,000", {"metric": "dprk_casualties", "qualifier": "approx"}),
    ("'Fighting near Sudzha killed 300 Russian soldiers': 'near' a place hedges nothing (guard)",
     "Russian losses\nFighting near Sudzha killed 300 Russian soldiers, Ukrainian officials said.",
     "300", {"metric": "russian_casualties", "qualifier": "exact"}),
    ("'The NIS and the Pentagon disagree. The former says 11,000 ...': the first of the two named",
     "North Korea's troops\nThe NIS and the Pentagon disagree. The former says 11,000 North Korean troops are in Russia; "
     "the latter puts the figure at 12,000.",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "South Korea National Intelligence Service"}),
    ("'... the latter puts the figure at 12,000': the last of the two named",
     "North Korea's troops\nThe NIS and the Pentagon disagree. The former says 11,000 North Korean troops are in Russia; "
     "the latter puts the figure at 12,000.",
     "12,000", {"metric": "dprk_troops_in_russia", "source": "Pentagon"}),
    ("'Seoul and Washington differ: the former counts 11,000 troops, while the latter says 12,000': governments named "
     "in a pair, in the same sentence",
     "North Korea's troops\nSeoul and Washington differ: the former counts 11,000 troops, while the latter says 12,000 "
     "North Korean soldiers are in Russia.",
     "12,000", {"metric": "dprk_troops_in_russia", "source": "US government"}),
    ("'According to the latter, Ukraine holds 800 square kilometres'",
     "Kursk\nZelensky and Syrskyi gave different figures on Monday. According to the latter, Ukraine holds 800 square "
     "kilometres of the Kursk region.",
     "800", {"metric": "ukraine_held_kursk_km2", "source": "Syrskyi"}),
    ("'The former defence minister, Shin Won-sik, said 3,000 ...': a former office, not the first of two (guard)",
     "North Korean losses\nThe NIS and the Pentagon briefed lawmakers. The former defence minister, Shin Won-sik, said "
     "3,000 North Korean troops had died.",
     "3,000", {"metric": "dprk_casualties", "source_has": "Shin Won-sik"}),
    ("'by the Royal United Services Institute, a London think-tank, gives ...': 'think-tank' is no verb, London no speaker",
     "North Korea's troops\nA report published on Monday by the Royal United Services Institute, a London think-tank, "
     "gives the fullest account yet of North Korea's part in the war. It estimates that the first contingent numbered "
     "about 11,000.",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "Royal United Services Institute"}),
    ("'..., the authors write': a report's writers speak for the report's author",
     "North Korea's troops\nA new study by the Institute for the Study of War traces the deployment. Ukraine's military "
     "intelligence said last week that 11,000 North Korean soldiers had been sent. A second wave of about 3,000 North "
     "Korean soldiers followed in January, the authors write.",
     "3,000", {"metric": "dprk_troops_in_russia", "source": "Institute for the Study of War"}),
    ("'Its researchers counted 120,000 ...' after 'Mediazona published its count': the report's author",
     "Russian losses\nA report by Mediazona was published on Friday. Its researchers counted the deaths of 120,000 "
     "Russian soldiers by name.",
     "120,000", {"metric": "russian_casualties", "source": "Mediazona"}),
    ("'Volunteers can write off loans of up to 10 million roubles and receive 1.5 million': no one writes (guard)",
     "Recruitment bonuses\nIn the Kursk region, volunteers can write off loans of up to 10 million roubles and receive "
     "a one-time payment of 1.5 million roubles, the regional government said.",
     "1.5 million", {"metric": "signing_bonus_rub", "source_not": "volunteers"}),
    ("'The JCS said ... HUR put the number at ... The former estimates ... 11,000': one named in each sentence before",
     "North Korea's troops\nSouth Korea's Joint Chiefs of Staff said on Thursday that about 3,000 more soldiers had "
     "arrived. Ukraine's military intelligence put the number at closer to 5,000. The former estimates the force now in "
     "Russia at about 11,000; the latter counts about 12,000.",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "South Korea Joint Chiefs of Staff"}),
    ("'..., the general says' in a Q&A: the speaker of the answers before, past the questions",
     "The battle for Kursk\nHow many Russian troops are in the Kursk region?\nRoughly 50,000, according to Ukraine's "
     "commander-in-chief, Oleksandr Syrskyi.\nDoes that include the North Koreans?\nYes, he says.\nHow much ground does "
     "Ukraine still hold?\nAbout 800 square kilometres, the general says.",
     "800", {"metric": "ukraine_held_kursk_km2", "source": "Syrskyi"}),
    ("'; HUR put the dead at about 4,000': 'put the dead at' gives an estimate",
     "North Korean losses\nThe NIS told lawmakers on Tuesday that about 2,300 North Korean soldiers had been killed; HUR "
     "put the dead at about 4,000.",
     "4,000", {"metric": "dprk_casualties", "source": "Ukrainian military intelligence"}),
    ("'the regional government put the Ukrainian-held area at about 600': the Kursk region's government",
     "Kursk\nIn December, the regional government put the Ukrainian-held area of the Kursk region at about 600 square "
     "kilometres.",
     "600", {"metric": "ukraine_held_kursk_km2", "source": "Kursk regional government"}),
    ("'By its count, Ukrainian forces now hold about 800 square kilometres': the one named before",
     "Kursk\nThe Institute for the Study of War published on Wednesday its most detailed map yet. By its count, Ukrainian "
     "forces now hold about 800 square kilometres of the Kursk region.",
     "800", {"metric": "ukraine_held_kursk_km2", "source": "Institute for the Study of War"}),
    ("'By Mediazona's tally, 120,000 Russian soldiers have died': whose tally",
     "Russian losses\nBy Mediazona's tally, 120,000 Russian soldiers have died in the war.",
     "120,000", {"metric": "russian_casualties", "source": "Mediazona"}),
    ("'the government in Moscow put the area at 300' is no region's body (guard)",
     "Kursk\nThe Russian government put the area Ukraine still holds in the Kursk region at 300 square kilometres.",
     "300", {"metric": "ukraine_held_kursk_km2", "source_not": "Kursk regional government"}),
    ("'If Pyongyang commits another 30,000 men over the winter, ...': a figure in a condition's clause",
     "North Korea's war in Russia\nIf Pyongyang commits another 30,000 men over the winter, as some commentators in "
     "Seoul have speculated, Russia would gain several fresh divisions.",
     '30,000', {"metric": None}),
    ("'Had Pyongyang sent 50,000 North Korean troops at the outset, ...': an inverted condition",
     "North Korea's war in Russia\nHad Pyongyang sent 50,000 North Korean troops at the outset, Ukraine's hold on "
     "Sudzha might have collapsed months earlier.",
     '50,000', {"metric": None}),
    ("'Had Kyiv tried ..., Russia would have needed perhaps 20,000 fresh troops in Kursk': the clause a condition "
     "governs, under a modal",
     "North Korea's war in Russia\nHad Kyiv tried to hold Sudzha another month, Russia would have needed perhaps "
     "20,000 fresh troops in Kursk to take it by storm.",
     '20,000', {"metric": None}),
    ("'... the North Korean toll could double to 12,000 if every lightly wounded soldier were counted': a condition "
     "after the figure",
     "North Korea's war in Russia\nOne former Ukrainian intelligence officer argues that the North Korean toll could"
     " double to 12,000 if every lightly wounded soldier were counted.",
     '12,000', {"metric": None}),
    ("'If the Kremlin doubled the federal payment to 800,000 rubles, ...'",
     'Recruitment bonuses\nIf the Kremlin doubled the federal payment to 800,000 rubles, it could take the burden '
     'off the regions entirely.',
     '800,000', {"metric": None}),
    ("'It is unclear if the 11,000 North Korean troops are still in Kursk': a question's 'if' (guard)",
     "North Korea's war in Russia\nIt is unclear if the 11,000 North Korean troops are still in Kursk, officials said.",
     '11,000', {"metric": 'dprk_troops_in_russia'}),
    ("'If confirmed, the figure of 3,000 North Korean dead would be the highest yet': a claim's proviso (guard)",
     "North Korea's war in Russia\nIf confirmed, the figure of 3,000 North Korean dead would be the highest yet, Zelensky said.",
     '3,000', {"metric": 'dprk_casualties'}),
    ("'this trend, if sustained, could push total Russian losses well beyond one million': a trend's projection stays (guard)",
     'Russian losses\nMilitary analysts in London suggest that this trend, if sustained, could push total Russian '
     'losses well beyond one million before the end of 2025.',
     'one million', {"metric": 'russian_casualties'}),
    ("'if payments are reduced to 195 thousand rubles, as it was before': a value that was (guard)",
     'Recruitment bonuses\nHowever, if payments are reduced to 195 thousand rubles, as it was before, the number of '
     'recruits can increase.',
     '195 thousand', {"metric": 'signing_bonus_rub'}),
    ("'Shoigu said North Korea would send 6,000 military builders': a plan reported, no condition (guard)",
     "North Korea's war in Russia\nShoigu said North Korea would send 6,000 military builders to Kursk.",
     '6,000', {"metric": 'dprk_troops_in_russia'}),
    ("'At its peak in 1953 China had some 1.35 million men on the peninsula': another war's year",
     "North Korea's war in Russia\nAt its peak in 1953 China had some 1.35 million men on the peninsula, a "
     "commitment of a different order altogether.",
     '1.35 million', {"metric": None}),
    ("'Havana kept about 36,000 troops in Angola': another country's army",
     "North Korea's war in Russia\nA better parallel is Cuba in Angola, where Havana kept about 36,000 troops for "
     "more than a decade.",
     '36,000', {"metric": None}),
    ("'North Korea itself lost an estimated 215,000 soldiers in the Korean War': a past war",
     "North Korea's war in Russia\nNorth Korea itself lost an estimated 215,000 soldiers in the Korean War, a memory that "
     "still shapes how Pyongyang talks about sacrifice.",
     '215,000', {"metric": None}),
    ("'Some 5,500 federal troops were killed in Chechnya between 1994 and 1996': a year before this war",
     'Russian losses\nSome 5,500 federal troops were killed in Chechnya between 1994 and 1996, a toll that turned '
     'Russian opinion against the war.',
     '5,500', {"metric": None}),
    ("'its largest deployment since the 1950-53 Korean War': a comparison with the past, today's figure (guard)",
     "North Korea's war in Russia\nNorth Korea has sent 11,000 troops to Russia, its largest deployment since the "
     "1950-53 Korean War.",
     '11,000', {"metric": 'dprk_troops_in_russia'}),
    ("'the highest number of troop deaths ... since World War II': today's figure (guard)",
     'Russian losses\nRussia has suffered the highest number of troop deaths for a major power since World War II, '
     'with up to 325,000 troop deaths since February 2022.',
     '325,000', {"metric": 'russian_casualties'}),
    ("'American officials had said 11,000 North Korean troops ...': a country's speakers, not its army (guard)",
     "North Korea's war in Russia\nAmerican officials had said that 11,000 North Korean troops were in Russia.",
     '11,000', {"metric": 'dprk_troops_in_russia'}),
    ("'had risen to 4,700, and by February 2026 to about 6,000': a gapped clause, the figure before's metric",
     "North Korean losses\nBy April 2025 the National Intelligence Service's count of North Korean casualties had "
     "risen to 4,700, and by February 2026 to about 6,000.",
     '6,000', {"metric": "dprk_casualties"}),
    ("'Russia lost 1,500 soldiers and 3,000 North Korean troops arrived': not a gapped clause (guard)",
     "North Korea's troops\nIn the same month 3,000 North Korean troops arrived in Kursk and 1,500 Russian soldiers "
     "were killed there, Ukraine said.",
     '1,500', {"metric": "russian_casualties"}),
    ("'the real number is nearer 12,000': 'nearer' hedges as 'nearly'",
     "North Korea's troops\nThe real number of North Korean troops in Russia is nearer 12,000, officials said.",
     '12,000', {"metric": "dprk_troops_in_russia", "qualifier": "approx"}),
    ("'Russian military bloggers insist the Kursk grouping is nearer to 100,000': the bloggers speak",
     "Russia's Kursk force\nRussian military bloggers insist the Kursk grouping is nearer to 100,000.",
     '100,000', {"metric": "russian_troops_kursk", "source_has": "bloggers"}),
    ("'Seven hundred thousand: Russia's casualty count ...': a headline's figure in words and its gloss after a "
     "colon",
     "Seven hundred thousand: Russia's casualty count at the start of a third war winter\nThe war goes on, officials "
     "said.",
     'Seven hundred thousand', {"metric": "russian_casualties", "value": 700000.0}),
    ("'Russia's defence ministry claims Ukrainian losses in the Kursk direction have exceeded 40,000': the "
     "other side's, its speaker's side no owner",
     "Kursk: the numbers on both sides\nRussia's defence ministry, for its part, claims Ukrainian losses in the "
     "Kursk direction have exceeded 40,000 since August.",
     "40,000", {"metric": None}),
    ("'Russian milbloggers claimed Ukraine had about 20,000 troops in Kursk': Ukraine's troops",
     "Kursk: the numbers on both sides\nRussian milbloggers claimed Ukraine had about 20,000 troops in Kursk, a "
     "figure ISW could not verify.",
     "20,000", {"metric": None}),
    ("'Kyiv now has well under 20,000 soldiers on Russian soil': a place is no owner",
     "Kursk: the numbers on both sides\nOne officer told me Kyiv now has well under 20,000 soldiers on Russian "
     "soil.",
     "20,000", {"metric": None}),
    ("'Ukrainian officials said Russian losses in Kursk exceeded 40,000': Russia's, the other side as speaker "
     "(guard)",
     "Kursk: the numbers on both sides\nUkrainian officials said Russian losses in the Kursk region exceeded "
     "40,000 since August.",
     "40,000", {"metric": "russian_casualties"}),
    ("'Families of servicemen who died defending the region receive 3 million rubles': a death payment",
     "Recruitment bonuses in the regions\nFamilies of servicemen who died defending the region receive 3 million"
     " rubles from the regional budget.",
     "3 million", {"metric": None}),
    ("'Payments to the families of fallen servicemen ..., 1 million rubles': a death payment",
     "Recruitment bonuses in the regions\nPayments to the families of fallen servicemen from the regional "
     "budget, 1 million rubles, are also preserved.",
     "1 million", {"metric": None}),
    ("'debts ... on loans of up to 10 million rubles are written off': a write-off",
     "Recruitment bonuses in the regions\nIn addition, debts of participants in the special military operation "
     "on loans of up to 10 million rubles are written off under federal law.",
     "10 million", {"metric": None}),
    ("'total first-year earnings for a recruit in the capital can exceed 5 million roubles': a year's earnings",
     "Recruitment bonuses in the regions\nMoscow pays 1.9 million roubles on signing, and total first-year "
     "earnings for a recruit in the capital can exceed 5 million roubles.",
     "5 million", {"metric": None}),
    ("'Moscow pays 1.9 million roubles on signing, and total first-year earnings ...': the bonus stays (guard)",
     "Recruitment bonuses in the regions\nMoscow pays 1.9 million roubles on signing, and total first-year "
     "earnings for a recruit in the capital can exceed 5 million roubles.",
     "1.9 million", {"metric": "signing_bonus_rub"}),
    ("'the monthly salaries of contract soldiers, which start at about 210,000 roubles': a salary",
     "Recruitment bonuses in the regions\nThe Finance Ministry has trimmed spending on the monthly salaries of "
     "contract soldiers, which start at about 210,000 roubles.",
     "210,000", {"metric": None}),
    ("'These payments, exceeding salaries and bonuses, are offered in addition to a 400,000 ruble federal "
     "payment' (guard)",
     "Recruitment bonuses in the regions\nThese payments, exceeding salaries and bonuses, are offered in "
     "addition to a 400,000 ruble federal payment.",
     "400,000", {"metric": "signing_bonus_rub"}),
    ("'Russian forces have advanced in Sumy Oblast and now control an estimated 15 square kilometres': another "
     "place's land",
     "Kursk: what Ukraine still holds\nRussian forces have advanced in Sumy Oblast and now control an estimated "
     "15 square kilometres along the border.",
     "15", {"metric": None}),
    ("'the occupiers advanced in Ukraine's Donetsk region, where in December they captured about 590 sq. km': "
     "another place's",
     "Kursk: what Ukraine still holds\nAt the same time, the occupiers advanced in Ukraine's Donetsk region, "
     "where in December they captured about 590 sq. km.",
     "590", {"metric": None}),
    ("'Russia, by contrast, holds about 116,000 square kilometres of Ukraine': Ukraine's land",
     "Kursk: what Ukraine still holds\nRussia, by contrast, holds about 116,000 square kilometres of Ukraine, "
     "roughly 19 percent of the country.",
     "116,000", {"metric": None}),
    ("'... has added buffer zones of some 1,000 square kilometres': buffer zones",
     "Kursk: what Ukraine still holds\nRussia has added buffer zones of some 1,000 square kilometres in the "
     "north.",
     "1,000", {"metric": None}),
    ("'no more than 660 square kilometers remained under the control of the Armed Forces of Ukraine' (guard)",
     "Kursk: what Ukraine still holds\nAccording to DeepState, no more than 660 square kilometers of the Kursk "
     "region remained under the control of the Armed Forces of Ukraine.",
     "660", {"metric": "ukraine_held_kursk_km2"}),
    ("'Ukraine, whose incursion was launched from Sumy, holds 800 km² of Kursk': where from is no other place "
     "(guard)",
     "Kursk: what Ukraine still holds\nUkraine, whose incursion was launched from Sumy, still holds about 800 "
     "square kilometres of the Kursk region.",
     "800", {"metric": "ukraine_held_kursk_km2"}),
    ("a live page's day headings: an entry's 'this morning' and undated figures are its heading's day",
     "Russia-Ukraine war live: North Korean losses\nMonday 10 March\n09:05 GMT — Russia's defence ministry said its "
     "troops had repelled all attacks.\nTuesday 11 March\n08:40 GMT — South Korea's National Intelligence Service "
     "told lawmakers this morning that about 300 North Korean soldiers had been killed in the Kursk region.",
     "300", {"metric": "dprk_casualties", "as_of": "2025-03-11"}),
    ("a live page's day headings: 'yesterday' under a heading is the day before it",
     "Russia-Ukraine war live: Russian losses\nMonday 10 March\n09:05 GMT — Air raid alerts sounded across the east."
     "\nWednesday 12 March\n12:15 GMT — Ukraine's General Staff said Russia lost 1,610 soldiers yesterday.",
     "1,610", {"metric": "russian_casualties", "as_of": "2025-03-11"}),
    ("one date line alone is a byline's, not a live page's day (guard)",
     "North Korean losses\nMarch 12\nSouth Korea's National Intelligence Service said about 300 North Korean soldiers "
     "had been killed in the Kursk region.",
     "300", {"metric": "dprk_casualties", "as_of": "2025-03-10"}),
    ("'By Seoul's latest count, about 6,000 ...': whose latest count",
     "North Korean losses\nBy Seoul's latest count, about 6,000 of the North Koreans sent to fight for Russia have been "
     "killed or wounded.",
     "6,000", {"metric": "dprk_casualties", "source": "South Korean government"}),
    ("'the Ukrainian commander-in-chief puts the Russian force facing his troops in Kursk at about 40,000'",
     "Russia's Kursk force\nRussia says it has won back more than 40 villages, and the Ukrainian commander-in-chief puts "
     "the Russian force facing his troops in Kursk at about 40,000.",
     "40,000", {"metric": "russian_troops_kursk", "source": "Syrskyi"}),
    ("'Ukraine opens Belgorod push as Russia's Kursk force tops 60,000': a force, no speaker (guard)",
     "Ukraine opens Belgorod push as Russia's Kursk force tops 60,000\nThe fighting goes on.",
     "60,000", {"metric": "russian_troops_kursk", "source_not": "Russian government"}),
    ("'UPDATE 2-Russia has massed 50,000 troops to retake Kursk': a wire headline's version is no number",
     "UPDATE 2-Russia has massed 50,000 troops to retake Kursk, Ukrainian officials say\nKYIV (Reuters) - Fighting "
     "continued on Monday.",
     "50,000", {"metric": "russian_troops_kursk"}),
    ("'(Corrects regional payment in paragraph 2 to 1.5 million roubles from 1.05 million; ...)': the corrected figure",
     "Recruitment bonuses\n(Corrects regional payment in paragraph 2 to 1.5 million roubles from 1.05 million; adds "
     "governor's comment in paragraph 4)",
     "1.5 million", {"metric": "signing_bonus_rub", "value": 1500000.0}),
    ("'... from 1.05 million; ...)': a correction line's wrong figure is taken back",
     "Recruitment bonuses\n(Corrects regional payment in paragraph 2 to 1.5 million roubles from 1.05 million; adds "
     "governor's comment in paragraph 4)",
     "1.05 million", {"metric": None}),
    ("'An earlier version ... said 92,019. The correct figure is 90,019.': the figure taken back's metric",
     "Russian losses\nCorrection: An earlier version of this article said the count of named Russian dead stood at "
     "92,019. The correct figure is 90,019.",
     "90,019", {"metric": "russian_casualties"}),
    ("'A Russian glide bomb attack on Zaporizhzhia wounded 17 people': who struck, not whose dead",
     "Live: Russian losses\nA Russian glide bomb attack on Zaporizhzhia wounded 17 people, the regional governor said.",
     "17", {"metric": None}),
    ("'Russia's overnight missile and drone attack injured 11 people in Kharkiv'",
     "Live: Russian losses\nRussia's overnight missile and drone attack injured 11 people in Kharkiv, its mayor said.",
     "11", {"metric": None}),
    ("'A Ukrainian drone strike killed 12 Russian soldiers near Sudzha': the victims named (guard)",
     "Live: Russian losses\nA Ukrainian drone strike killed 12 Russian soldiers near Sudzha, the army said.",
     "12", {"metric": "russian_casualties"}),
    ("'has sent about 11,000 troops to Russia and could send more if Moscow asks': a fact, then what could be "
     "(guard, review28)",
     "North Korea's troops\n"
     "North Korea has sent about 11,000 troops to Russia and could send more if Moscow asks, South Korea's spy "
     "agency said.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'Volunteers could receive up to 3.5 million rubles if they sign a contract': the payment's own term "
     "(guard, review28)",
     "Recruitment bonuses\n"
     "Volunteers could receive up to 3.5 million rubles if they sign a contract with the defence ministry in "
     "the Moscow region.",
     "3.5 million", {"metric": "signing_bonus_rub"}),
    ("'North Korea could send as many as 100,000 troops if the war drags on': a plan on a condition stays "
     "(guard, review28)",
     "North Korea's troops\n"
     "South Korea's NIS said North Korea could send as many as 100,000 troops if the war drags on.",
     "100,000", {"metric": "dprk_troops_in_russia"}),
    ("'It is not yet known if all 12,000 North Korean soldiers have reached the front' (guard, review28)",
     "North Korea's troops\n"
     "It is not yet known if all 12,000 North Korean soldiers have reached the front, officials said.",
     "12,000", {"metric": "dprk_troops_in_russia"}),
    ("'Had it not been for the 11,000 North Korean soldiers, ...': a condition that holds (guard, review28)",
     "North Korea's troops\n"
     "Had it not been for the 11,000 North Korean soldiers, Russia would have struggled to retake Kursk, "
     "analysts said.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'losses would pass 800,000 by the end of the month if the current pace holds': a trend (guard, review28)",
     "Russian losses\n"
     "Ukraine's General Staff said Russian losses would pass 800,000 by the end of the month if the current "
     "pace holds.",
     "800,000", {"metric": "russian_casualties"}),
    ("'Russia lost up to 1900 soldiers a day in December': a figure, not a year (guard, review28)",
     "Russian losses\n"
     "Russia lost up to 1900 soldiers a day in December, according to the General Staff of Ukraine.",
     "1900", {"metric": "russian_casualties"}),
    ("'... sent to fight Moscow last autumn. About 4,000 of them have been killed or wounded in that war': this"
     " war (guard, review28)",
     "North Korea's troops\n"
     "North Korea sent its troops to help Moscow fight Ukraine last autumn. About 4,000 of them have been "
     "killed or wounded in that war, Seoul says.",
     "4,000", {"metric": "dprk_casualties"}),
    ("'Russian commanders said some 50,000 troops had been massed to drive Ukrainian forces out of Kursk': the "
     "other side acted on (guard, review28)",
     "Russia's Kursk force\n"
     "Russian commanders said some 50,000 troops had been massed to drive Ukrainian forces out of Kursk.",
     "50,000", {"metric": "russian_troops_kursk"}),
    ("'Russian commanders estimate Ukraine has about 10,000 troops left in Kursk, while their own force numbers"
     " 60,000' (guard, review28)",
     "Russia's Kursk force\n"
     "Russian commanders estimate Ukraine has about 10,000 troops left in Kursk, while their own force numbers "
     "60,000.",
     "60,000", {"metric": "russian_troops_kursk"}),
    ("'Its troops now hold about 450 square kilometres, a Ukrainian officer in the Sumy region said': where the"
     " speaker is (guard, review28)",
     "Kursk\n"
     "Ukraine's Kursk gamble is faltering. Its troops now hold about 450 square kilometres, a Ukrainian officer"
     " in the Sumy region said.",
     "450", {"metric": "ukraine_held_kursk_km2"}),
    ("'Syrskyi said Ukrainian forces controlled about 500 square kilometres, while Russian troops were "
     "advancing in the Donetsk region' (guard, review28)",
     "Kursk\n"
     "Ukraine's foothold in Kursk has shrunk. Syrskyi said Ukrainian forces controlled about 500 square "
     "kilometres, while Russian troops were advancing in the Donetsk region.",
     "500", {"metric": "ukraine_held_kursk_km2"}),
    ("'Men mired in debt are lured by a signing bonus of 2.5 million rubles': debt named, the bonus stands "
     "(guard, review28)",
     "Recruitment bonuses\n"
     "Men mired in debt are lured by a signing bonus of 2.5 million rubles, the report said.",
     "2.5 million", {"metric": "signing_bonus_rub"}),
    ("'Seoul and Kyiv differ. The former says about 3,000 ..., while Ukraine's HUR puts the number at 4,000': "
     "the speaker between (guard, review28)",
     "North Korean losses\n"
     "Seoul and Kyiv differ on the toll. The former says about 3,000 North Korean soldiers have been killed or "
     "wounded, while Ukraine's HUR puts the number at 4,000.",
     "4,000", {"metric": "dprk_casualties", "source": "Ukrainian military intelligence"}),
    ("'Syrskyi put the Russian grouping there, North Korean units included, at about 59,000': units as the part",
     "Russia's Kursk force\n"
     "Syrskyi put the Russian grouping in Kursk, North Korean units included, at about 59,000 in December 2024.",
     "59,000", {"metric": "russian_troops_kursk"}),
    ("'By April 2025 the National Intelligence Service's count had risen to 4,700': a named body's count, the "
     "figure before's metric",
     "North Korean losses\n"
     "In December 2024 the Joint Chiefs of Staff estimated about 1,100 North Korean casualties. By April 2025 "
     "the National Intelligence Service's count had risen to 4,700.",
     "4,700", {"metric": "dprk_casualties"}),
    ("'roughly one casualty for every three soldiers sent': a ratio's term is no count",
     "North Korean losses\n"
     "The JCS put North Korean casualties at around 4,000 killed or wounded, which is to say roughly one "
     "casualty for every three soldiers sent.",
     "three", {"metric": None}),
    ("'If a soldier dies, his family can receive about 12 million rubles': a death payment",
     "Recruitment bonuses\n"
     "If a soldier dies, his family can receive about 12 million rubles in various payments.",
     "12 million", {"metric": None}),
    ("'N. Korea additionally dispatched 3,000 troops to Russia... casualties estimated at 4,700': an ellipsis "
     "ends a clause",
     "JCS: N. Korea additionally dispatched 3,000 troops to Russia... casualties estimated at 4,700\n"
     "The Joint Chiefs of Staff briefed lawmakers on Monday.",
     "3,000", {"metric": "dprk_troops_in_russia"}),
    ("'5,000 military builders from the Democratic People's Republic of Korea': the full name, builders from it",
     "Kursk roundup\n"
     "About 5,000 military builders from the Democratic People's Republic of Korea are now working on roads in "
     "the Kursk region, regional authorities said.",
     "5,000", {"metric": "dprk_troops_in_russia", "counted": "engineers"}),
    ("'Russian force of 70,000 closes in on Ukrainian troops in Kursk': a headline's verb is no noun, the "
     "troops acted on no owner",
     "Russian force of 70,000 closes in on Ukrainian troops in Kursk\n"
     "The fighting goes on in the region.",
     "70,000", {"metric": "russian_troops_kursk"}),
    ("'about 7,000 Russian troops had been moved from the Zaporizhzhia front to Kursk': where they came from",
     "Russia's Kursk force\n"
     "Ukrainian officials also said about 7,000 Russian troops had been moved from the Zaporizhzhia front to "
     "Kursk in the past month.",
     "7,000", {"metric": "russian_troops_kursk"}),
    ("'amassing about 50,000 troops along the border with Sumy': a force placed elsewhere (guard)",
     "Russia's Kursk force\n"
     "Russia is amassing about 50,000 troops along the border with Sumy, Ukrainian officials said.",
     "50,000", {"metric_not": "russian_troops_kursk"}),
    ("'December cost Russia an estimated 48,670 casualties': a month as the sentence's subject",
     "Russian losses\nDecember cost Russia an estimated 48,670 casualties, more than any other month of the war, Britain's "
     "Ministry of Defence said.",
     "48,670", {"metric": "russian_casualties", "as_of": "2024-12"}),
    ("an official text's title names its issuer: 'Address by the President of Ukraine ...' / 'Our warriors "
     "continue to hold about 600 square kilometres'",
     "Address by the President of Ukraine on the results of the day, 9 March 2025\n"
     "Our warriors continue to hold about 600 square kilometres in the Kursk region.",
     "600", {"metric": "ukraine_held_kursk_km2", "source": "Zelensky"}),
    ("'Total combat losses of the enemy as of 9 March 2025': Ukraine's General Staff's form",
     "Total combat losses of the enemy as of 9 March 2025\n"
     "Personnel losses amounted to about 790,000 people, including 1,250 over the past day.",
     "790,000", {"metric": "russian_casualties", "source": "Ukrainian General Staff"}),
    ("'The total combat losses of the enemy ... amounted to about 790,000 personnel': the General Staff's own "
     "words",
     "Russian losses\n"
     "The total combat losses of the enemy from 24.02.22 to 10.03.25 amounted to about 790,000 personnel.",
     "790,000", {"metric": "russian_casualties", "source": "Ukrainian General Staff"}),
    ("a transcript's turn by surname ('SINGH:') after the title names the person in full",
     "Deputy Pentagon Press Secretary Sabrina Singh Holds a Press Briefing\n"
     "SINGH: Good afternoon, everyone.\n"
     "REPORTER: How many North Korean troops are in Russia?\n"
     "SINGH: We assess that there are now approximately 10,000 North Korean soldiers in Russia.\n"
     "REPORTER: Thank you.",
     "10,000", {"metric": "dprk_troops_in_russia", "source": "Pentagon"}),
    ("a first-person sentence under a headline whose speaker is named before a colon",
     "Oleksandr Syrskyi: the enemy has concentrated a grouping of up to 57,000 in the Kursk direction\n"
     "At the height of the operation we controlled 1,376 square kilometres of the Kursk region.",
     "1,376", {"metric": "ukraine_held_kursk_km2", "source": "Syrskyi"}),
    ("'Statement by Zelensky on Kursk sparks debate' over third-person copy: a news story about a statement, "
     "not one (guard, review29)",
     "Statement by Zelensky on Kursk sparks debate over North Korean losses\n"
     "North Korea has lost about 4,000 soldiers in Kursk. The Kremlin dismissed the figure.",
     "4,000", {"metric": "dprk_casualties", "source_has": "unattributed"}),
    ("'Peskov holds regular briefing' / 'Peskov declined to comment on reports that 11,000 ...' (guard, "
     "review29)",
     "Peskov holds regular briefing\n"
     "Peskov declined to comment on reports that 11,000 North Korean soldiers are in Kursk.",
     "11,000", {"metric": "dprk_troops_in_russia", "source_not": "Kremlin"}),
    ("'Russian losses in the attack on Sudzha reached 500 soldiers': a side's losses in an attack are its own "
     "(guard, review29)",
     "Russian losses\n"
     "Russian losses in the attack on Sudzha reached 500 soldiers, Ukraine said.",
     "500", {"metric": "russian_casualties"}),
    ("'at least 10,000 and possibly 12,000': one range, its low end sure",
     "North Korea's troops\nSouth Korean intelligence said in March that at least 10,000 and possibly 12,000 North "
     "Korean troops were in Russia.",
     "10,000", {"metric": "dprk_troops_in_russia", "qualifier": "range"}),
    # --- twenty-third session: the held-out sets' left errors --------------------------------------------
    ("a speaker's long title in apposition: 'Sabrina Singh, the deputy press secretary of ... in Arlington, "
     "Virginia, told reporters that ...'",
     "North Korean troops\nSabrina Singh, the deputy press secretary of the United States Department of Defense at "
     "its headquarters in Arlington Virginia, told reporters that about 10,000 North Korean soldiers are in Russia.",
     "10,000", {"metric": "dprk_troops_in_russia", "source": "Pentagon"}),
    ("an area the advance seized, told in the past months later: the advance's take, dated to the peak",
     "Kursk\nUkrainian troops seized about 1,000 square kilometres of Russia's Kursk region, the general said.",
     "1,000", {"metric": "ukraine_held_kursk_km2", "counted": "area_seized", "as_of": "2024-08"}),
    ("'the seizure of over 1,000 square kilometres' months later: the advance's take",
     "Kursk\nThe operation led to the seizure of over 1,000 square kilometres of Russian land, but the situation has "
     "since changed.",
     "1,000", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-08"}),
    ("'Ukraine has seized about 600 square kilometres': held now, the article's day (guard)",
     "Kursk\nUkraine has seized about 600 square kilometres of Russia's Kursk region, the general said.",
     "600", {"metric": "ukraine_held_kursk_km2", "as_of": PUBLISHED}),
    ("Russia's prime minister speaks for its government: 'Mishustin approved a one-time payment'",
     "Bonuses\nPrime Minister Mikhail Mishustin approved a one-time payment of 195,000 rubles to those who sign a "
     "contract.",
     "195,000", {"metric": "signing_bonus_rub", "source": "Russian government"}),
    ("'The intelligence officers also predicted: \"...\"': a body's officers named before speak for it",
     "Russian losses\nBritain's Ministry of Defence said in its latest intelligence update: \u201cRussian losses averaged "
     "1,500 a day in November.\u201d The intelligence officers also predicted: \u201cRussia's casualty total will likely pass "
     "800,000 in December.\u201d",
     "800,000", {"metric": "russian_casualties", "source": "UK Ministry of Defence"}),
    ("a quotation no one in its sentence speaks, opened by 'Last month': the speaker before's",
     "Russian losses\nBritain's Ministry of Defence said in its latest intelligence update that Russian losses averaged "
     "1,500 a day in November. Last month was \u201clikely the most costly month of the war for Russia with a total of "
     "45,680 casualties,\u201d too.",
     "45,680", {"metric": "russian_casualties", "source": "UK Ministry of Defence"}),
    ("'Last month, Russia lost 45,680 soldiers' after a speaker, no quotation: the narrator's (guard)",
     "Russian losses\nBritain's Ministry of Defence said in its latest intelligence update that Russian losses averaged "
     "1,500 a day in November. Last month, Russia lost 45,680 soldiers killed or wounded.",
     "45,680", {"metric": "russian_casualties", "source_has": "unattributed"}),
    # --- twenty-third session, synth34 (translated and relayed copy) ----------------------------------
    ("a second area in the sentence, its clause with no words of its own: 'compared with about 1,300 km2 at the "
     "peak'",
     "Kursk\nUkrainian forces now control approximately 200 km2 in Kursk province, compared with about 1,300 km2 at "
     "the peak in August last year.",
     "1,300", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-08"}),
    ("'had shrunk to under 100 square kilometres': the area the sentence's first figure was",
     "Kursk\nUkraine's incursion, which at its peak held some 1,300 square kilometres of Russian soil, had shrunk to "
     "under 100 square kilometres by the end of February.",
     "100", {"metric": "ukraine_held_kursk_km2", "qualifier": "less_than"}),
    ("a second area that Russia retook, after Ukraine's: no area Ukraine holds (guard)",
     "Kursk\nUkraine still holds about 200 km2 in the Kursk region, while Russian troops have retaken about 1,100 km2.",
     "1,100", {"metric": None}),
    ("a year of another calendar beside the Gregorian one: '1 Dhu al-Qadah 1446 AH' is no count",
     "Pyongyang acknowledges sending troops to Russia for the first time\nTuesday 29 April 2025 | 1 Dhu al-Qadah 1446 "
     "AH\nNorth Korea confirmed for the first time that it had sent troops to Russia.",
     "1446", {"metric": None}),
    ("'the Ukrainian side lost more than 76,000 soldiers': the other side's losses, not North Korea's",
     "North Korean losses\nNorth Korea has lost about 4,000 soldiers in Kursk, Kyiv says. Gerasimov also claimed that "
     "the Ukrainian side lost more than 76,000 soldiers in the Kursk operation.",
     "76,000", {"metric": None}),
    ("Russia's General Staff by name and its chief: 'the enemy's losses' in Gerasimov's words are Ukraine's",
     "Kursk\n\u201cThe enemy's losses in the Kursk direction during the whole period exceeded 67,000 servicemen,\u201d "
     "Gerasimov said.",
     "67,000", {"metric": None}),
    ("'the General Staff of the Russian Armed Forces' is Russia's, not Ukraine's General Staff",
     "Russian losses\nThe General Staff of the Russian Armed Forces said that 5,937 Russian soldiers had been killed.",
     "5,937", {"metric": "russian_casualties", "source": "Russian Ministry of Defence"}),
    ("'Russia and North Korea together ... gathered around 50,000 troops': the combined grouping, Russia's",
     "Kursk\nRussia and North Korea together are reported to have gathered around 50,000 troops in the Kursk region.",
     "50,000", {"metric": "russian_troops_kursk"}),
    ("'the total North Korean casualties ... amounted to about 6,000': a count, not money, in an article with dollars",
     "North Korea's war\nThe NIS estimated that North Korea has earned about $19 billion from the deployment. The total "
     "North Korean casualties including the wounded amounted to about 6,000, the NIS said.",
     "6,000", {"metric": "dprk_casualties"}),
    # --- twenty-third session, synth35 (timelines, reviews, regional bonus news) ------------------------
    ("a box of key figures glossed as a sentence: '3 million — The regional sign-up payment in roubles that ...'",
     "2025 in numbers\nNorth Korea sent about 15,000 troops to Russia.\n3 million — The regional sign-up payment in "
     "roubles that Tyumen region began offering in October.",
     "3 million", {"metric": "signing_bonus_rub"}),
    ("an area counted with its settlements: 'Syrskyi reports 1,150 sq km and 82 settlements'",
     "Kursk: a timeline\nAug 15, 2024 – Syrskyi reports 1,150 sq km and 82 settlements.",
     "1,150", {"metric": "ukraine_held_kursk_km2"}),
    ("the incursion's peak as the area's noun: 'Ukrainian officials later revised the peak to 1,376 km²'",
     "Kursk a year later\nUkrainian officials later revised the peak to 1,376 km².",
     "1,376", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-08"}),
    ("'which at its peak in August 2024 covered some 1,300 square kilometres'",
     "Kursk\nUkraine's incursion, which at its peak in August 2024 covered some 1,300 square kilometres, had collapsed "
     "by April.",
     "1,300", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-08"}),
    ("a colon's lead-in says what the sums after it are: 'Families of those killed also receive regional payments: ...'",
     "Regional payments\nFamilies of those killed also receive regional payments: in Perm region, that sum is 3 million "
     "rubles.",
     "3 million", {"metric": None}),
    ("a colon's lead-in of sign-up payments: the sums after it are bonuses (guard)",
     "Regional payments\nSeveral regions raised their one-time sign-up payments: in Perm region, the sum is now 3 "
     "million rubles.",
     "3 million", {"metric": "signing_bonus_rub"}),
    ("a family's benefit per child is no sign-up payment",
     "Regional payments\nFamily members of contract servicemen are entitled to a one-time payment of 50,000 rubles per "
     "child for school preparation.",
     "50,000", {"metric": None}),
    ("an average across regions, its clause cut by a count: 'the average regional payment across 40 regions fell "
     "from about 1.2 million rubles'",
     "Regional payments\nBy one count, the average regional payment across 40 regions fell from about 1.2 million "
     "rubles in June to 900,000 in September.",
     "1.2 million", {"metric": None}),
    ("'the regional government said' of a region's payment: its regional government, as the text names the body",
     "Regional payments\nRussia's Rostov region will pay new contract soldiers 1 million roubles from 1 April, up from "
     "800,000, the regional government said.",
     "1 million", {"metric": "signing_bonus_rub", "source": "Rostov regional government"}),
    ("'intends to send 5,000 more servicemen to Russia until June': a deadline ahead after an intention",
     "North Korean troops\nSouth Korean intelligence estimated that Pyongyang intends to send 5,000 more servicemen to "
     "Russia until June.",
     "5,000", {"metric": "dprk_troops_in_russia", "as_of": "2025-06"}),
    ("'had committed to sending 3,000 more troops by April': a commitment's deadline is ahead of it",
     "North Korean troops\nSouth Korea's spy agency said in January that Pyongyang had committed to sending 3,000 more "
     "troops by April.",
     "3,000", {"metric": "dprk_troops_in_russia", "as_of": "2025-04"}),
    ("'had sent 11,000 troops by December': a December gone by (guard)",
     "North Korean troops\nNorth Korea had sent 11,000 troops to Russia by December, Seoul said.",
     "11,000", {"metric": "dprk_troops_in_russia", "as_of": "2024-12"}),
    ("'Since December, when the North Koreans first went into combat, they have suffered 4,000 casualties': the main "
     "clause after the when-clause counts to now",
     "North Korean losses\nSince December, when the North Koreans first went into combat, they have suffered roughly "
     "4,000 casualties, by Seoul's count.",
     "4,000", {"metric": "dprk_casualties", "as_of": PUBLISHED}),
    ("'since August, when Ukraine launched its incursion, capturing 1,000 km²': the when-clause's gain is its date's "
     "(guard)",
     "Kursk\nFighting has raged in the region since August, when Ukraine launched its incursion, capturing about 1,000 "
     "square kilometres.",
     "1,000", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-08"}),
    ("a repost's credit line dates the story it copies: 'Originally published November 11, 2024.' / 'now holds'",
     "Russia masses troops to retake Kursk\nOriginally published November 11, 2024. Republished with an editor's note.\n"
     "Kyiv now holds about 600 square kilometres of the Kursk region, a Ukrainian military source said.",
     "600", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-11-11"}),
    ("'since they first appeared on the battlefield in October 2024' is no credit line (guard)",
     "North Korean losses\nNorth Korean troops first appeared on the battlefield in October 2024.\nThey have now lost "
     "about 4,000 soldiers killed or wounded, Kyiv says.",
     "4,000", {"metric": "dprk_casualties", "as_of": PUBLISHED}),
    ("'From 1 April, the regional payment rises to 1.5 million rubles': a change told in the present, the day nearest "
     "the article's",
     "Regional payments\nFrom 1 April, the regional one-time payment rises to 1.5 million rubles.",
     "1.5 million", {"metric": "signing_bonus_rub", "as_of": "2025-04-01"}),
    ("'From 1 March, the payment is 1 million rubles': nine days before the article, gone by (guard)",
     "Regional payments\nFrom 1 March, the regional one-time payment is 1 million rubles.",
     "1 million", {"metric": "signing_bonus_rub", "as_of": "2025-03-01"}),
    ("a name's abbreviation in brackets before its verb: 'The National Intelligence Service (NIS) estimated that ...', "
     "a state-media caption before it",
     "North Korean losses\nVideo: Kim Jong Un embraces the portrait of a fallen soldier (KCNA footage)\nThe National "
     "Intelligence Service (NIS) estimated that about 2,000 North Korean soldiers have been killed, according to the "
     "lawmakers.",
     "2,000", {"metric": "dprk_casualties", "source": "South Korea National Intelligence Service"}),
    ("translated word order: 'The Department of Defense of the United States informed ...'",
     "North Korean troops\nThe Department of Defense of the United States informed this Monday that at least 10,000 "
     "soldiers of North Korea have been moved to the Russian region of Kursk.",
     "10,000", {"metric": "dprk_troops_in_russia", "source": "Pentagon"}),
    ("'puts the number ... at no less than 10 thousand': a hedge of translated copy after 'at'",
     "North Korean troops\nThe American Department of Defense puts the number of North Korean soldiers in the Kursk "
     "region at no less than 10 thousand.",
     "10 thousand", {"metric": "dprk_troops_in_russia", "source": "Pentagon"}),
    ("'South Korea's intelligence estimates that ...': Seoul's spy agency",
     "North Korean troops\nIn total, South Korea's intelligence estimates that North Korea has sent about 15,000 "
     "soldiers to Russia.",
     "15,000", {"metric": "dprk_troops_in_russia", "source": "South Korea National Intelligence Service"}),
    ("the whole army by its noun: 'The total number of the DPRK army is about 1.2 million people'",
     "North Korean troops in Kursk\nNorth Korea has sent about 11,000 troops to the Kursk region, Zelensky said.\nThe "
     "total number of the DPRK army is about 1.2 million people.",
     "1.2 million", {"metric_not": "dprk_troops_in_russia"}),
    ("'a tenth of its army, which numbers about 1.2 million soldiers': the whole army",
     "North Korean troops\nIf North Korea sent 100,000 soldiers, this would be less than a tenth of its army, which "
     "numbers about 1.2 million soldiers.",
     "1.2 million", {"metric_not": "dprk_troops_in_russia"}),
    ("'the total number of North Korean military personnel in Russia': the deployment (guard)",
     "North Korean troops\nHe also said that the total number of North Korean military personnel in Russia could "
     "range from 11,000 to 12,000.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'while 2,700 were wounded in the war between Russia and Ukraine': the war's name owns no figure",
     "North Korean losses\nThe NIS said that around 300 North Korean soldiers were killed, while 2,700 were wounded in "
     "the war between Russia and Ukraine.",
     "2,700", {"metric": "dprk_casualties", "counted": "wounded"}),
    ("'in the ongoing war between Russia and Ukraine, there have been over 600,000 casualties': no other people named "
     "(guard)",
     "Russian losses\nThe Pentagon stated that in the ongoing war between Russia and Ukraine, there have been over "
     "600,000 casualties.",
     "600,000", {"metric": "russian_casualties"}),
    ("a sum's noun after a figure in words: 'Moscow region extends 1 million payment to the end of the year'",
     "Moscow region extends 1 million payment to the end of the year\nResidents who sign a contract receive a one-time "
     "payment of 1 million rubles.",
     "1 million", {"metric": "signing_bonus_rub", "claims": 2}),
    ("a headline's clause that is only 'to' and the figure: 'Tatarstan raises sign-up payment for the third time this "
     "year, to 1.5 million'",
     "Tatarstan raises sign-up payment for the third time this year, to 1.5 million\nThe regional one-time payment "
     "was 1 million rubles before.",
     "1.5 million", {"metric": "signing_bonus_rub"}),
    ("'reinstate the 1.1 million payment': the sum named before for the families of the dead is no sign-up payment "
     "(guard of the sum's noun)",
     "Regional payments\nKhakassia ceased allocating 1.1 million rubles from the regional budget for the families of "
     "military personnel.\nActivists called on officials to reinstate the 1.1 million payment.",
     "1.1 million", {"metric": None}),
    ("'keep the 1.1 million payment' after a sign-up payment of that sum: a bonus",
     "Regional payments\nKhakassia raised its one-time payment for signing a contract to 1.1 million rubles.\n"
     "Activists called on officials to keep the 1.1 million payment.",
     "1.1 million", {"metric": "signing_bonus_rub", "claims": 2}),
    # --- twenty-third session, review30's breaks (guards) -------------------------------------------------
    ("a participle after an apposition is no speaker: '..., estimated at about 11,000 men, has been "
     "deployed' (guard, review30)",
     "North Korean troops in Kursk\nNorth Korea's 11th Corps, better known as the Storm Corps and made up "
     "of special forces troops trained for raids and infiltration, estimated at about 11,000 men, has "
     "been deployed to the Kursk region.",
     "11,000", {"source_has": "unattributed"}),
    ("a later push's seizure is its own: 'In a renewed offensive ..., Ukrainian forces seized about 60 "
     "square kilometres' (guard, review30)",
     "Ukraine's Kursk incursion\nIn a renewed offensive towards Bolshoye Soldatskoye, Ukrainian forces "
     "seized about 60 square kilometres of the Kursk region, Russian military bloggers said.",
     "60", {"metric": "ukraine_held_kursk_km2", "as_of": PUBLISHED}),
    ("'Ukraine has quickly seized about 1,300 square kilometres': held now, an adverb in the perfect (guard, review30)",
     "Ukraine's Kursk incursion\nUkraine has quickly seized about 1,300 square kilometres of the Kursk "
     "region and is now digging in, Zelensky said.",
     "1,300", {"metric": "ukraine_held_kursk_km2", "as_of": PUBLISHED}),
    ("a quotation with a subject of its own before it ('a recruitment ad on VKontakte offered \"...\"') is "
     "not the speaker before's (guard, review30)",
     "Regional sign-up bonuses\nBashkortostan's head Radiy Khabirov said the republic would pay 1 million "
     "roubles to new volunteers. Last week, a recruitment ad on VKontakte offered \"a one-time payment of "
     "1.5 million roubles for signing a contract\" to men in Tatarstan.",
     "1.5 million", {"source_has": "unattributed"}),
    ("'a small slice of the Kursk region's roughly 30,000 square kilometres': the region's size, no "
     "second area held (guard, review30)",
     "Ukraine's Kursk foothold\nUkraine held 1,300 square kilometres at the peak, a small slice of the "
     "Kursk region's roughly 30,000 square kilometres.",
     "30,000", {"metric": None}),
    ("'of which Russian troops have cleared about 900 square kilometres': no area held (guard, review30)",
     "Ukraine's Kursk foothold\nUkraine held some 1,300 square kilometres of the Kursk region at its peak, "
     "of which Russian troops have cleared about 900 square kilometres.",
     "900", {"metric": None}),
    ("'about 1,000 square kilometres ..., or roughly 400 square miles': one area, not two (guard, review30)",
     "Ukraine's Kursk foothold\nUkrainian troops control about 1,000 square kilometres of the Kursk "
     "region, or roughly 400 square miles, Syrskyi said.",
     "1,000", {"metric": "ukraine_held_kursk_km2", "claims": 1}),
    ("'roughly 900 square kilometres less than at the height': a difference, no area held (guard, review30)",
     "Ukraine's Kursk foothold\nUkraine now holds about 400 square kilometres in the Kursk region, roughly "
     "900 square kilometres less than at the height of its incursion.",
     "900", {"metric": None}),
    ("'well short of the 2,000 square kilometres its commanders had hoped to take': a hope, no area held "
     "(guard, review30)",
     "Ukraine's Kursk foothold\nUkraine holds about 400 square kilometres in the Kursk region, well short "
     "of the 2,000 square kilometres its commanders had hoped to take.",
     "2,000", {"metric": None}),
    ("'Sudzha, a town that spans about 12 square kilometres': a town's size (guard, review30)",
     "Ukraine's Kursk foothold\nUkrainian troops hold about 400 square kilometres of the Kursk region, "
     "including Sudzha, a town that spans about 12 square kilometres.",
     "12 square", {"metric": None}),
    ("'Russia and North Korea jointly announced ... the deployment of about 11,000 troops': North Korea's "
     "deployment (guard, review30)",
     "Battle for Kursk\nRussia and North Korea jointly announced on Monday the deployment of about 11,000 "
     "troops to help expel Ukrainian forces from the Kursk region.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'the one-off incentive for volunteers amounted to 1.5 million': a bonus by another name (guard, review30)",
     "Regional sign-up bonuses\nThe federal payment for new contract soldiers is 400,000 rubles. In "
     "Belgorod, the one-off incentive for volunteers amounted to 1.5 million in February.",
     "1.5 million", {"metric": "signing_bonus_rub"}),
    ("'Over 2 million have been paid sign-up bonuses in roubles': a count of people paid, not a sum (guard, review30)",
     "Regional sign-up bonuses\nOver 2 million have been paid sign-up bonuses in roubles since the start "
     "of the war, officials say.",
     "2 million", {"metric": None}),
    ("'its troops had cleared 800 square kilometres and 64 settlements of Ukrainian forces': land Russia "
     "cleared (guard, review30)",
     "Ukraine's Kursk incursion\nThe Russian Defence Ministry said its troops had cleared 800 square "
     "kilometres and 64 settlements of Ukrainian forces in the Kursk region.",
     "800", {"metric": None}),
    ("'The evacuation zone ..., at its peak, covered about 2,000 square kilometres': an evacuation zone's "
     "size (guard, review30)",
     "Ukraine's Kursk incursion\nThe evacuation zone declared by the Kursk authorities, at its peak, "
     "covered about 2,000 square kilometres of the region.",
     "2,000", {"metric": None}),
    ("'At its peak the federal emergency regime covered ... about 12,000 square kilometres': an "
     "emergency's area (guard, review30)",
     "Ukraine's Kursk incursion\nAt its peak the federal emergency regime covered 28 districts and about "
     "12,000 square kilometres of the Kursk region.",
     "12,000", {"metric": None}),
    ("'Unlike compensation for the families of the dead ..., regional sign-up bonuses vary widely: "
     "Tatarstan pays 2 million rubles' (guard, review30)",
     "Regional payments to soldiers\nUnlike compensation for the families of the dead, which is set "
     "federally, regional sign-up bonuses vary widely: Tatarstan pays 2 million rubles to new volunteers.",
     "2 million", {"metric": "signing_bonus_rub"}),
    ("'Sign-up bonuses have risen sharply, on average faster in poorer regions: Tuva ... 1.5 million "
     "rubles' (guard, review30)",
     "Regional payments to soldiers\nSign-up bonuses have risen sharply, on average faster in poorer "
     "regions: Tuva now offers new recruits a one-time bonus of 1.5 million rubles.",
     "1.5 million", {"metric": "signing_bonus_rub"}),
    ("'The average payment across 40 regions is 1 million rubles while Samara pays 3.6 million rubles' "
     "(guard, review30)",
     "Regional payments to soldiers\nThe average payment across 40 regions is 1 million rubles while "
     "Samara pays 3.6 million rubles to each new volunteer.",
     "3.6 million", {"metric": "signing_bonus_rub"}),
    ("the federal payment 'the regional government said' of stays the federal government's (guard, review30)",
     "Regional sign-up bonuses\nTyumen region pays 3 million rubles. The federal one-time payment of "
     "400,000 rubles is paid on top, the regional government said.",
     "400,000", {"metric": "signing_bonus_rub", "source": "Federal government"}),
    # --- twenty-third session, synth36 (spun, AI-rewritten and social copy) -------------------------------------
    ("'The Russian MoD' is Russia's defence ministry, not Britain's MoD",
     "Russian losses\nThe Russian MoD said Ukrainian troops had been pushed out of Sudzha and that Russia had lost 1,200 "
     "soldiers there.",
     "1,200", {"metric": "russian_casualties", "source": "Russian Ministry of Defence"}),
    ("Ukraine's armed forces by their initials after the figure: '\"up to 250\" AFU servicemen were eliminated'",
     "Kursk\nThe Russian MoD claims \"up to 250\" AFU servicemen were eliminated on the Kursk direction over the day.",
     "250", {"metric": None}),
    ("a bare 'MoD' is Britain's (guard)",
     "Russian losses\nThe MoD said in its daily update that Russian forces had lost about 1,500 troops a day in "
     "November.",
     "1,500", {"metric": "russian_casualties", "source": "UK Ministry of Defence"}),
    ("a side's initials after a gloss dash: '~4,000 — NK killed & wounded (JCS, March 27)'",
     "North Korea in the war: the numbers\n~4,000 — NK killed & wounded (JCS, March 27)",
     "4,000", {"metric": "dprk_casualties", "counted": "casualties"}),
    ("'the RU grouping in Kursk is estimated at 60,000': OSINT threads' initials for Russia",
     "Kursk map thread\n4/ Who's pushing: the RU grouping in Kursk is estimated at 60,000, per Ukrainian officials.",
     "60,000", {"metric": "russian_troops_kursk"}),
    ("'UA General Staff claims RU losses ... have topped 50,000': Ukraine's General Staff, Russia's losses",
     "Kursk map thread\n6/ UA General Staff claims RU losses in Kursk since Aug 6 have topped 50,000 killed & wounded.",
     "50,000", {"metric": "russian_casualties", "source": "Ukrainian General Staff"}),
    ("a web address's '.ru' is no Russian owner (guard)",
     "North Korean losses\nAbout 4,000 North Korean soldiers have been killed or wounded, according to a report on "
     "lenta.ru that Kyiv confirmed.",
     "4,000", {"metric": "dprk_casualties"}),
    # --- twenty-third session, review31's breaks (guards) -------------------------------------------------
    ("'Since October, when North Korea, Russia's closest ally, sent about 11,000 ...': an apposition "
     "inside the when-clause (guard, review31)",
     "North Korean troops in Kursk\nSince October, when North Korea, Russia's closest ally, sent about "
     "11,000 North Korean troops to the Kursk region, the front line there has barely moved.",
     "11,000", {"metric": "dprk_troops_in_russia", "as_of": "2024-10"}),
    ("'Since November, when, the Pentagon said, about 11,000 ...': an aside inside the when-clause "
     "(guard, review31)",
     "North Korean troops in Kursk\nSince November, when, the Pentagon said, about 11,000 North Korean "
     "soldiers reached the Kursk front, Kyiv has reported daily clashes.",
     "11,000", {"as_of": "2024-11"}),
    ("'First posted on Telegram on January 12, 2025, the video shows ...' is no credit line (guard, "
     "review31)",
     "North Korean troops in Kursk\nFirst posted on Telegram on January 12, 2025, the video shows North "
     "Korean soldiers crossing a snowy field.\nAbout 11,000 North Korean troops are now in the Kursk "
     "region, Ukrainian officials say.",
     "11,000", {"as_of": PUBLISHED}),
    ("'First appeared in Kursk on 4 November 2024, North Korean units ...' is no credit line (guard, "
     "review31)",
     "North Korean troops in Kursk\nFirst appeared in Kursk on 4 November 2024, North Korean units have "
     "since moved closer to Sudzha.\nAbout 11,000 North Korean troops are now in the Kursk region, the "
     "Pentagon says.",
     "11,000", {"as_of": PUBLISHED}),
    ("'The story first ran in The New York Times on November 10, 2024, and ...' is another outlet's, no "
     "credit line (guard, review31)",
     "Russia masses troops in Kursk\nThe story first ran in The New York Times on November 10, 2024, and "
     "drew a denial from the Kremlin.\nRussia has now massed about 50,000 troops in the Kursk region, "
     "Zelensky said on Monday.",
     "50,000", {"as_of": PUBLISHED}),
    ("a timeline's 'From 6 August, Ukrainian forces advance ...' is no change told in the present (guard, "
     "review31)",
     "Timeline: the Kursk incursion\nFrom 6 August, Ukrainian forces advance into the Kursk region, "
     "seizing about 1,000 square kilometres within a week.",
     "1,000", {"as_of": "2024-08-06"}),
    ("a timeline's 'As of 20 August, Ukraine controls 1,263 ...' (guard, review31)",
     "Timeline: the Kursk incursion\nAs of 20 August, Ukraine controls 1,263 square kilometres of the "
     "Kursk region and 93 settlements.",
     "1,263", {"as_of": "2024-08-20"}),
    ("a bracketed abbreviation after a preposition's object: 'interviewed by the Korea Institute for "
     "National Unification (KINU) said' (guard, review31)",
     "North Korean troops in Kursk\nA defector interviewed by the Korea Institute for National Unification "
     "(KINU) said about 12,000 North Korean troops had been sent to Russia.",
     "12,000", {"source_has": "unattributed"}),
    ("'A soldier trained by the Korean People's Army (KPA) told ...': the army is no speaker (guard, "
     "review31)",
     "North Korean troops in Kursk\nA soldier trained by the Korean People's Army (KPA) told Ukrainian "
     "interrogators that about 3,000 North Korean soldiers had been killed.",
     "3,000", {"source_has": "unattributed"}),
    ("'A former American Department of Defense analyst said ...' is no Pentagon (guard, review31)",
     "North Korean troops in Kursk\nA former American Department of Defense analyst said about 11,000 "
     "North Korean troops were in Kursk.",
     "11,000", {"source_not": "Pentagon"}),
    ("'A former Ukraine military intelligence officer told ...' is no HUR (guard, review31)",
     "North Korean troops in Kursk\nA former Ukraine military intelligence officer told the newspaper "
     "about 12,000 North Korean soldiers were in Kursk.",
     "12,000", {"source_not": "Ukrainian military intelligence"}),
    ("'The fighting around Plekhovo puts North Korean casualties at almost 4,000': an event, no speaker "
     "(guard, review31)",
     "North Korean troops in Kursk\nThe fighting around Plekhovo puts North Korean casualties at almost "
     "4,000.",
     "4,000", {"source_has": "unattributed"}),
    ("'The fighting near Sudzha puts Russian losses ... at almost 40,000': an event, no speaker (guard, "
     "review31)",
     "Russian losses in Kursk\nThe fighting near Sudzha puts Russian losses in the Kursk region at almost "
     "40,000.",
     "40,000", {"source_has": "unattributed"}),
    ("'The number of the North Korean military in Russia has risen to about 14,000' is the deployment "
     "(guard, review31)",
     "North Korean troops in Russia\nThe number of the North Korean military in Russia has risen to about "
     "14,000, the NIS said.",
     "14,000", {"metric": "dprk_troops_in_russia"}),
    ("'The strength of the North Korean army grouping in Kursk is about 12,000 troops' is the deployment "
     "(guard, review31)",
     "North Korean troops in Russia\nThe strength of the North Korean army grouping in Kursk is about "
     "12,000 troops, Ukrainian intelligence says.",
     "12,000", {"metric": "dprk_troops_in_russia"}),
    ("'The number of DPRK army troops deployed to Russia has reached 11,000' is the deployment (guard, "
     "review31)",
     "North Korean troops in Russia\nThe number of DPRK army troops deployed to Russia has reached 11,000, "
     "the NIS told lawmakers.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'North Korea's military, which has sent about 11,000 soldiers to Russia' is the deployment (guard, "
     "review31)",
     "North Korean troops in Russia\nNorth Korea's military, which has sent about 11,000 soldiers to "
     "Russia, is learning from modern warfare.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("'Ukrainian troops have killed or wounded more than 800,000 in the war between Russia and Ukraine': "
     "the doers named, the war's name stays (guard, review31)",
     "The war in numbers\nUkrainian troops have killed or wounded more than 800,000 in the war between "
     "Russia and Ukraine, Kyiv says.",
     "800,000", {"metric": "russian_casualties"}),
    ("'has made 1.5 million payments to contract soldiers': a count of payments (guard, review31)",
     "Regional sign-up bonuses\nVolunteers in Russia are promised 2 million rubles on signing. The Defence "
     "Ministry says it has made 1.5 million payments to contract soldiers since 2023.",
     "1.5 million", {"metric_not": "signing_bonus_rub"}),
    ("'Some 1.2 million bonus payments have been made': a count of payments (guard, review31)",
     "Regional sign-up bonuses\nThe federal one-time payment to contract soldiers is 400,000 rubles. Some "
     "1.2 million bonus payments have been made since 2023, the ministry says.",
     "1.2 million", {"metric_not": "signing_bonus_rub"}),
    ("'More than 1 million payouts have been made': a count of payouts (guard, review31)",
     "Regional sign-up bonuses\nRussian regions pay sign-up bonuses of up to 3 million rubles. More than 1 "
     "million payouts have been made since 2023.",
     "1 million", {"metric_not": "signing_bonus_rub"}),
    ("'About 1.2 million payment recipients': a count of people (guard, review31)",
     "Regional sign-up bonuses\nThe federal one-time payment to contract soldiers is 400,000 rubles. About "
     "1.2 million payment recipients have signed contracts since 2023, Medvedev said.",
     "1.2 million", {"metric_not": "signing_bonus_rub"}),
    ("'Despite the higher payments, the number of Russian recruits is 30 thousand': a count after a "
     "copula (guard, review31)",
     "Russian recruitment\nThe federal payment is 400,000 rubles. Despite the higher payments, the number "
     "of Russian recruits is 30 thousand a month.",
     "30 thousand", {"metric_not": "signing_bonus_rub"}),
    ("'In return for payments to Pyongyang, North Korea's contingent in Kursk reached 12 thousand': a "
     "count (guard, review31)",
     "North Korean troops in Russia\nRussia's federal sign-up payment is 400,000 rubles. In return for "
     "payments to Pyongyang, North Korea's contingent in Kursk reached 12 thousand.",
     "12 thousand", {"metric": "dprk_troops_in_russia"}),
    ("'reinstate that 1.1 million payment' after the sum for the families of the dead (guard, review31)",
     "Regional payments\nUntil last year the region paid 1.1 million rubles to the families of military "
     "personnel killed in action. Deputies called on officials to reinstate that 1.1 million payment.",
     "1.1 million", {"metric": None}),
    ("'the 1.1 million payment' after the sum for the families of the dead, named before in digits "
     "(guard, review31)",
     "Regional payments\nUntil last year the region paid 1,100,000 rubles to the families of military "
     "personnel killed in action. Deputies called on officials to reinstate the 1.1 million payment.",
     "1.1 million", {"metric": None}),
    ("'and Sudzha alone remains a 60-square-kilometre urban pocket': a town's area, no second area held "
     "(guard, review31)",
     "Kursk foothold\nUkrainian forces now hold about 400 square kilometres of the Kursk region, and "
     "Sudzha alone remains a 60-square-kilometre urban pocket.",
     "60-square", {"metric": None}),
    # --- twenty-third session, synth37 (plain mainstream copy) ---------------------------------------------------
    ("'Families of servicemen from the region who are killed in action also receive ... 1 million rubles'",
     "Regional payments\nVolunteers receive 1.5 million rubles on signing. Families of servicemen from the region who "
     "are killed in action also receive a regional payment of 1 million rubles.",
     "1 million", {"metric": None}),
    ("a median across regions: 'The median regional payment is now about 1 million rubles, up from roughly 350,000'",
     "Regional payments\nThe median regional payment is now about 1 million rubles, up from roughly 350,000 at the "
     "start of 2024.",
     "350,000", {"metric": None}),
    ("'He claimed Ukraine had lost more than 76,000 troops': the other side's losses after a verb of saying",
     "Kursk\nGerasimov said the region had been liberated. He claimed Ukraine had lost more than 76,000 troops in the "
     "region.",
     "76,000", {"metric": None}),
    ("'The US has about 28,500 troops stationed in South Korea': another country's force, its own subject",
     "North Korean troops\nAbout 10,000 North Korean troops are in Russia, the Pentagon said. The US has about 28,500 "
     "troops stationed in South Korea.",
     "28,500", {"metric": None}),
    ("'A news agency from South Korea has indicated that 12,000 soldiers have been sent out' (guard)",
     "North Korean troops\nNorth Korea has sent troops to Russia. A news agency from South Korea has indicated that "
     "12,000 soldiers have been sent out.",
     "12,000", {"metric": "dprk_troops_in_russia"}),
    ("a headline's 'Russia, North Korea mass 50,000 troops near Kursk': the combined grouping",
     "Ukraine updates: Russia, North Korea mass 50,000 troops near Kursk\nThe troops are preparing a counteroffensive.",
     "50,000", {"metric": "russian_troops_kursk"}),
    ("'Estimates of the Ukrainian force range from 10,000 to 12,000': Ukraine's force",
     "Kursk explainer\nAbout 11,000 North Korean troops joined the fighting. Estimates of the Ukrainian force range from "
     "10,000 to 12,000.",
     "10,000", {"metric": None}),
    ("'more than 13,000 North Koreans entered Russia in 2024 on student and other visas': no troops",
     "North Korean troops\nRussian data show that more than 13,000 North Koreans entered Russia in 2024 on student and "
     "other visas.",
     "13,000", {"metric": None}),
    ("'..., the governor's press service said' of a region's payment: its regional government",
     "Regional payments\nIn the Sverdlovsk region, the one-time payment now reaches 1.4 million rubles, the governor's "
     "press service said.",
     "1.4 million", {"metric": "signing_bonus_rub", "source": "Sverdlovsk regional government"}),
    ("'Ukraine held about 550 square kilometres ..., down from roughly 1,300 at the height of the incursion in August': "
     "the current figure keeps its own day (guard)",
     "Ukraine launches new attack in Kursk region\nBefore the attack, Ukraine held about 550 square kilometres of the "
     "region, down from roughly 1,300 at the height of the incursion in August, according to analysts.",
     "550", {"metric": "ukraine_held_kursk_km2", "as_of": PUBLISHED}),
    # --- twenty-third session, synth38 (long features) ------------------------------------------------------------
    ("a fact box's label with its date in brackets: 'Peak area held by Ukraine (Aug 2024): about 1,300 sq km'",
     "Kursk, one year on\nFACT BOX\nPeak area held by Ukraine (Aug 2024): about 1,300 sq km",
     "1,300", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-08"}),
    ("a fact box's label with its date after a comma: 'Area held, January 2025: about 500 sq km'",
     "Kursk, one year on\nFACT BOX\nArea held, January 2025: about 500 sq km",
     "500", {"metric": "ukraine_held_kursk_km2", "as_of": "2025-01"}),
    ("a source the tables do not know, after 'according to', speaks for the next sentence that goes on",
     "Regional bonuses\nSince the summer, payments have been cut in at least seven regions, according to Sibir Realii. "
     "These cuts concern the regional portion of the bonus, on top of the federal payment of 400,000 rubles.",
     "400,000", {"metric": "signing_bonus_rub", "source": "Sibir Realii"}),
    ("a relay's name after 'citing' is no speaker of the next sentence (guard)",
     "Regional payments have been cut in seven regions, The Moscow Times reported, citing Sibir Realii. These cuts "
     "concern the regional portion of the bonus, on top of the federal payment of 400,000 rubles.",
     "400,000", {"metric": "signing_bonus_rub", "source": "Moscow Times"}),
    ("'according to North Korea reports' names no speaker for the next sentence (guard)",
     "According to North Korea reports, the country sent its best units. Ukraine says 14,000 North Korean soldiers "
     "were sent to Kursk.",
     "14,000", {"metric": "dprk_troops_in_russia", "source": "Ukrainian government"}),
    ("a whole before its part ('1.2 million soldiers, of whom some 12,000 have been sent'): the relative clause is the part's",
     "North Korea has 1.2 million soldiers, of whom some 12,000 have been sent to Russia.",
     "1.2 million", {"metric": None}),
    ("... and the part keeps it",
     "North Korea has 1.2 million soldiers, of whom some 12,000 have been sent to Russia.",
     "12,000", {"metric": "dprk_troops_in_russia"}),
    ("a whole with its own context before its part stays a claim (guard)",
     "Some 12,000 North Korean troops were sent to Russia, of whom about 4,000 have been killed or wounded.",
     "12,000", {"metric": "dprk_troops_in_russia"}),
    ("Ukraine's own offer, its currency unsaid in an article on roubles, is no Russian sign-up bonus",
     "Bonuses compared\nThe Kursk region pays 3 million rubles to new recruits. Ukraine's contract for young men "
     "comes with a 1 million payment.",
     "1 million", {"metric": None}),
    ("a bonus paid for fighting in Ukraine stays Russia's (guard)",
     "Bonuses compared\nThe Kursk region pays 3 million rubles to new recruits. The bonus, paid for fighting in "
     "Ukraine, is 2 million rubles in Samara.",
     "2 million", {"metric": "signing_bonus_rub"}),
    ("a peak word opening the sentence, cut from the figure's clause by its comma, dates the figure to the peak",
     "At one point, Ukraine controlled about 1,376 square kilometres of the region, but now it holds about 800.",
     "1,376", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-08"}),
    ("'on our best days' is the peak",
     "“On our best days, we controlled about 1,376 square kilometers in Kursk,” a Ukrainian officer said.",
     "1,376", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-08"}),
    ("a peak word in brackets after the figure before is that figure's (guard)",
     "Payments rose to 4 million rubles (initially), including a 400,000 ruble federal payment.",
     "400,000", {"metric": "signing_bonus_rub", "as_of": "2025-03-10"}),
    ("a spoken decimal: 'three point six million roubles' (radio scripts, transcripts)",
     "Regional bonuses\nSamara region has reduced its one-time payment for new recruits from three point six million "
     "roubles to two point one million.",
     "two point one million", {"metric": "signing_bonus_rub", "value": 2100000}),
    ("'at one point' is no decimal (guard)",
     "At one point, Ukraine controlled about 1,376 square kilometres of the Kursk region.",
     "1,376", {"metric": "ukraine_held_kursk_km2", "value": 1376}),
    ("a payment's start day opening its sentence dates it, not the statement's day after it",
     "Regional bonuses\nFrom Nov. 1, the Kursk region will pay 2 million roubles to volunteers who sign contracts, "
     "the acting governor said on Friday.",
     "2 million", {"metric": "signing_bonus_rub", "as_of": "2025-11-01"}),
    ("a bare 'from <day>' still to come dates the payment",
     "Regional bonuses\nTyumen region will pay 3 million roubles to men who sign a contract from April 1, up from "
     "1.5 million now, the governor announced on Monday.",
     "3 million", {"metric": "signing_bonus_rub", "as_of": "2025-04-01"}),
    ("a bare 'from <day>' gone by does not (guard)",
     "Regional bonuses\nTyumen region has paid 3 million roubles to men who signed a contract from January 1, the "
     "governor said on Monday.",
     "3 million", {"metric": "signing_bonus_rub", "as_of": "2025-03-10"}),
    ("a headline's present change 'from <day>' is the day nearest the article's",
     "Kursk region doubles sign-up payment to 2 million roubles from April 1\nThe region said so on Monday.",
     "2 million", {"metric": "signing_bonus_rub", "as_of": "2025-04-01"}),
    ("a clause of the day alone after a reported 'would' is that statement's future",
     "Regional bonuses\nOrenburg said on Monday that it would raise its payment to 1.5 million roubles from 800,000, "
     "starting April 1.",
     "1.5 million", {"metric": "signing_bonus_rub", "as_of": "2025-04-01"}),
    ("a relative clause between a speaker and its verb: 'A senior U.S. official, who spoke on condition of anonymity, told'",
     "A senior U.S. official, who spoke on condition of anonymity to discuss intelligence, told reporters that at least "
     "3,000 North Korean troops were in Russia.",
     "3,000", {"metric": "dprk_troops_in_russia", "source": "US government"}),
    ("an apposition between a speaker and 'put ... at': 'The Korea Institute for Defense Analyses, a state-funded think "
     "tank, put'",
     "The Korea Institute for Defense Analyses, a state-funded think tank, put the number of North Korean troops in "
     "Russia at about 14,000.",
     "14,000", {"metric": "dprk_troops_in_russia", "source": "Korea Institute for Defense Analyses"}),
    ("a relative clause that says whose the speaker is stays read (guard): 'The source, who is with Ukraine's General "
     "Staff, said'",
     "A source in Ukraine's military spoke to Reuters. The source, who is with Ukraine's General Staff, said Russia has "
     "deployed about 59,000 troops in Kursk Oblast.",
     "59,000", {"metric": "russian_troops_kursk", "source": "Ukrainian General Staff"}),
    ("a key-numbers line with a unit before its dash: '~500 sq km — Kursk territory Ukraine still holds'",
     "Kursk in numbers\nKey numbers\n~500 sq km — Kursk territory Ukraine still holds, per Ukrainian commanders",
     "500 sq km", {"metric": "ukraine_held_kursk_km2"}),
    ("a key-numbers line's gloss after a unit says what the sum is: '210,000 roubles — minimum monthly pay'",
     "Bonuses in numbers\nKey numbers\n210,000 roubles — minimum monthly pay for a contract private",
     "210,000 roubles", {"metric": None}),
    ("... and a gloss in quotation marks: '100,000 roubles — \"finder's fee\" some regions pay'",
     "Bonuses in numbers\nKey numbers\n100,000 roubles — \"finder's fee\" some regions pay anyone who brings in a recruit",
     "100,000 roubles", {"metric": None}),
    ("a unit and a source after the dash is no gloss (guard): '12,000 troops — Ukrainian intelligence'",
     "Force estimates\nNorth Korean troops sent to Russia, by source:\n12,000 troops — Ukrainian intelligence",
     "12,000", {"metric": "dprk_troops_in_russia", "source": "Ukrainian military intelligence"}),
    ("a run of time-labelled lines (a graphic's text version): what each counts is said above the run",
     "How big is Russia's Kursk force? Estimates over time\nAug. 2024: up to 30,000 troops (Syrskyi)\n"
     "Sept. 2024: about 38,000 (Ukrainian General Staff)\nNov. 2024: around 59,000, plus about 11,000 North Koreans\n"
     "Jan. 2025: more than 63,000 (Syrskyi)",
     "more than 63,000", {"metric": "russian_troops_kursk", "as_of": "2025-01"}),
    ("a bare line's figure right after a line that names its noun (guard)",
     "How big is Russia's Kursk force? Estimates over time\nAug. 2024: up to 30,000 troops (Syrskyi)\n"
     "Sept. 2024: about 38,000 (Ukrainian General Staff)\nOct. 2024: about 50,000 (Syrskyi)",
     "about 38,000", {"metric": "russian_troops_kursk", "as_of": "2024-09"}),
    ("two time-labelled lines are no run (guard): the line before still speaks for the next",
     "North Korea's deployment\nOct. 2024: about 11,000 North Korean troops arrived in Russia.\n"
     "Dec. 2024: about 12,000 were in Kursk.",
     "about 12,000", {"metric": "dprk_troops_in_russia"}),
    ("a chain of values over time: '1,000 sq km on Aug. 12 → 1,150 on Aug. 15 → 1,263 on Aug. 20'",
     "Kursk: three weeks\nUkraine's advance: 1,000 sq km on Aug. 12 → 1,150 on Aug. 15 → 1,263 on Aug. 20",
     "1,263", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-08-20"}),
    ("the other side's losses, its owner before the figure and this side named only in a clause after a comma",
     "Kursk retaken\nGerasimov put Ukraine's losses in the operation at more than 76,000 servicemen and 7,700 pieces "
     "of equipment, and for the first time praised North Korean soldiers who fought in the region.",
     "76,000", {"metric": None}),
    ("the harmed named after the figure with no comma stay this side's (guard)",
     "Special forces\nThe video claims Ukrainian soldiers have killed 77 and wounded as many as 40 North Korean soldiers "
     "in three days.",
     "77", {"metric": "dprk_casualties"}),
    ("a bulleted key-numbers line: its bullet, unit and hedge before the dash, its gloss after it says what it counts",
     "Kursk in numbers\nThe cost\n- More than 6,000 — North Korean soldiers killed and wounded (Ukrainian military "
     "intelligence)",
     "More than 6,000", {"metric": "dprk_casualties", "counted": "casualties"}),
    ("... and a gloss of another people is no metric's (guard)",
     "Kursk in numbers\nThe cost\n- 121,000 — residents of the Kursk region evacuated in August 2024 (Kursk regional "
     "government)",
     "121,000", {"metric": None}),
    ("... and the name in brackets at its end is its source, a time with it its date",
     "Kursk in numbers\nThe ground\n- 90 sq km — what Kyiv says it still holds near Tyotkino and Gornal (Syrskyi, "
     "January 2025)",
     "90 sq km", {"metric": "ukraine_held_kursk_km2", "as_of": "2025-01"}),
    ("a verb in -s after a people counted is no noun of theirs: 'The figure of 14,000 North Koreans includes'",
     "North Korea in Russia\nThe figure of 14,000 North Koreans includes two rotations of troops sent to Russia, "
     "officials say.",
     "14,000", {"metric": "dprk_troops_in_russia"}),
    ("a year-end opening the sentence, its past perfect after it, is the one gone by (a guard in March: the simple "
     "past's rule reads it so already)",
     "Kursk, a review\nBy the end of the year, the area Ukraine held in Kursk had shrunk to about 500 square "
     "kilometres.",
     "500", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-12"}),
    ("'by the new year' is a year-end",
     "Kursk, a review\nRussia's grouping in Kursk had grown to more than 60,000 men by the new year.",
     "60,000", {"metric": "russian_troops_kursk", "as_of": "2024-12"}),
    ("Russia's Kursk grouping 'at its peak' is no figure of the incursion's start (its peak came later)",
     "Kursk force\nAt its peak, Russia's Kursk grouping numbered about 70,000, Syrskyi's office said.",
     "about 70,000", {"metric": "russian_troops_kursk", "as_of": "2025-03-10"}),
    ("... but its initial figure is (guard)",
     "Kursk force\nInitially, Russia had about 11,000 troops in Kursk, Syrskyi's office said.",
     "about 11,000", {"metric": "russian_troops_kursk", "as_of": "2024-08"}),
    ("a figure's noun and 'for' before its owner: 'The estimate for North Korean losses in Kursk is about 4,000'",
     "Interview\nThe estimate for North Korean losses in Kursk is about 4,000 killed and wounded.",
     "about 4,000", {"metric": "dprk_casualties", "counted": "casualties"}),
    ("'for' before a side helped is still no owner (guard): 'North Korean soldiers fighting for Russia'",
     "Kursk\nSome 300 North Korean soldiers fighting for Russia have been killed in Kursk, Seoul says.",
     "300", {"metric": "dprk_casualties"}),
    ("men who signed contracts are no force in Kursk: 'more than 30,000 contract soldiers have signed up since Jan. 1'",
     "World in 60 seconds\nKursk: Moscow says more than 30,000 contract soldiers have signed up since Jan. 1.",
     "more than 30,000", {"metric": None}),
    ("Ukraine's 'troops of its own' are the other side's",
     "Newsletter\nISW says Russia has about 50,000 troops in Kursk. Ukraine is thought to have committed 10,000 to "
     "12,000 troops of its own.",
     "10,000 to 12,000", {"metric": None}),
    ("Chechen units are Russia's (a guard where the headline names Russia)",
     "URGENT: Russia sends 10,000 more troops to Kursk\nYusov said about 1,000 Chechen 'Akhmat' fighters were also "
     "being sent to the region.",
     "about 1,000", {"metric": "russian_troops_kursk"}),
    ('review32 guard (rule 1): new paragraph of background after the according-to sentence',
     'Regional sign-up bonuses\n\nThe Tomsk region cut its one-time payment to volunteers to 1.2 million '
     'roubles, according to Sibir Realii.\n\nThe federal one-time payment for volunteers is 400,000 roubles, set '
     'by presidential decree.',
     '400,000', {'metric': 'signing_bonus_rub', 'source': 'unattributed'}),
    ("review32 guard (rule 1): a title-case headline's hedge does not speak for the body's first sentence",
     'North Korean Troop Losses Mount, According To Western Estimates\n\nPyongyang has sent about 11,000 '
     'soldiers to Russia since October.',
     '11,000', {'metric': 'dprk_troops_in_russia', 'source': 'unattributed'}),
    ("review32 guard (rule 1): 'Russian Law' is no source",
     'Regional sign-up bonuses\n\nVolunteers are exempt from income tax on such payments, according to Russian '
     'Law. The Kursk region pays 3 million roubles to each volunteer who signs a contract.',
     '3 million', {'metric': 'signing_bonus_rub', 'source': 'unattributed'}),
    ("review32 guard (rule 1): a place-time phrase: 'Moscow Time'",
     'Regional sign-up bonuses\n\nThe regional decree took effect at midnight, according to Moscow Time. '
     'Volunteers who sign after that receive 1 million roubles.',
     '1 million', {'metric': 'signing_bonus_rub', 'source': 'unattributed'}),
    ("review32 guard (rule 1): 'Article 3' style capitalised thing: 'Government Resolution' is a document, the "
     "next figure the narrator's",
     'Regional sign-up bonuses\n\nThe payment is made within ten days, according to Government Resolution. The '
     'Samara region pays 2 million roubles to each volunteer.',
     '2 million', {'metric': 'signing_bonus_rub', 'source': 'unattributed'}),
    ("review32 guard (rule 1): generic 'Russian Media' (title case in translation) is no named source",
     'North Korean troops in Kursk\n\nPyongyang has begun a new rotation of its troops, according to Russian '
     'Media. About 11,000 North Korean soldiers remain in the Kursk region.',
     '11,000', {'metric': 'dprk_troops_in_russia', 'source': 'unattributed'}),
    ("review32 guard (rule 1): 'Open Sources' (translated OSINT phrase) is no named source",
     'North Korean troops in Kursk\n\nSeveral North Korean units were seen near Sudzha last week, according to '
     'Open Sources. About 11,000 North Korean soldiers remain in the Kursk region.',
     '11,000', {'metric': 'dprk_troops_in_russia', 'source': 'unattributed'}),
    ("review32 guard (rule 2): the whole's place after the part's clause",
     "Russia's Kursk grouping\n\nRussia has massed about 60,000 troops, of whom some 12,000 are North Korean, in "
     'the Kursk region, Syrskyi said.',
     '60,000', {'metric': 'russian_troops_kursk'}),
    ("review32 guard (rule 2): the whole's purpose after the part's clause",
     "Russia's Kursk grouping\n\nMoscow has assembled a force of about 60,000 troops, of whom around 11,000 are "
     'North Koreans, to push Ukraine out of Kursk.',
     '60,000', {'metric': 'russian_troops_kursk'}),
    ('review32 guard (rule 2): context only in the headline (the metric takes it from there)',
     "Ukraine's Kursk foothold\n\nUkrainian forces captured some 1,300 square kilometres in August, of which "
     'about 500 remain under their control, the General Staff said.',
     '1,300', {'metric': 'ukraine_held_kursk_km2'}),
    ('review32 guard (rule 2): a bonus whose context follows its part',
     'Regional sign-up bonuses\n\nMen in the Samara region get 2.5 million roubles, of which 400,000 comes from '
     'Moscow, when they sign a contract with the Defence Ministry.',
     '2.5 million', {'metric': 'signing_bonus_rub'}),
    ("review32 guard (rule 3): Russia's bonus compared to Ukraine's scheme in its clause",
     "Russia's regions raise sign-up bonuses\n\nRussian regions are outbidding Ukraine's contract scheme, with "
     'Bashkortostan paying volunteers 3 million roubles to sign up.',
     '3 million', {'metric': 'signing_bonus_rub'}),
    ("review32 guard (rule 3): 'Unlike Ukraine's programme' opening the Russian bonus sentence",
     "Russia's regions raise sign-up bonuses\n\nUnlike Ukraine's programme, the Kursk region pays a one-time "
     'bonus of 2.5 million roubles to every volunteer.',
     '2.5 million', {'metric': 'signing_bonus_rub'}),
    ("review32 guard (rule 3): Moscow's answer to Kyiv's offer",
     "Russia's regions raise sign-up bonuses\n\nIn response to Kyiv's contract offer, Moscow raised the federal "
     'one-time payment for volunteers to 400,000 roubles.',
     '400,000', {'metric': 'signing_bonus_rub'}),
    ("review32 guard (rule 3): Ukraine's contract in a subordinate clause",
     "Russia's regions raise sign-up bonuses\n\nWhile Ukraine's contract campaign has drawn few recruits, the "
     'Belgorod region now pays 3 million roubles to anyone who signs up.',
     '3 million', {'metric': 'signing_bonus_rub'}),
    ("review32 guard (rule 3): 'dwarfs Ukraine's payment'",
     "Russia's regions raise sign-up bonuses\n\nTatarstan's sign-up bonus of 2 million roubles dwarfs Ukraine's "
     'payments to its own recruits.',
     '2 million', {'metric': 'signing_bonus_rub'}),
    ("review32 guard (rule 3): 'Kyiv's schemes' as the object of a Russian official's remark",
     "Russia's regions raise sign-up bonuses\n\nMocking Kyiv's schemes, the governor said the Kursk region would "
     'pay volunteers 3 million roubles from April.',
     '3 million', {'metric': 'signing_bonus_rub'}),
    ("review32 guard (rule 4): 'once' as a conjunction",
     "Ukraine's Kursk foothold\n\nOnce North Korean units joined the fighting, the area held by Ukraine shrank "
     'to about 500 square kilometres, Syrskyi said.',
     '500', {'metric': 'ukraine_held_kursk_km2', 'as_of': '2025-03-10'}),
    ("review32 guard (rule 4): 'At one point in the interview'",
     "Ukraine's Kursk foothold\n\nAt one point in the interview, Syrskyi said his troops hold about 500 square "
     'kilometres of the Kursk region.',
     '500', {'metric': 'ukraine_held_kursk_km2', 'as_of': '2025-03-10'}),
    ("review32 guard (rule 5): no comma after 'At one point'",
     'North Korean troops in Russia\n\nAt one point two thousand North Korean soldiers were killed or wounded in '
     'a single week, Ukrainian intelligence said.',
     'two thousand', {'metric': 'dprk_casualties'}),
    ("review32 guard (rule 5): 9 captured; after reads 'one point nine' = 1.9",
     'North Korean troops in Russia\n\nAt one point nine North Korean soldiers were captured in a single day, '
     'Zelensky said.',
     'nine', {'metric': 'dprk_casualties'}),
    ("review32 guard (rule 9): a timeline whose line points back to the line before ('of them')",
     'Timeline: the war in Kursk\n\nAug. 2024: Ukraine launches its incursion into the Kursk region\nOct. 2024: '
     'North Korea begins sending troops to Russia\nNov. 2024: about 11,000 of them reach the Kursk region\nJan. '
     '2025: Ukraine still holds about 500 square kilometres',
     '11,000', {'metric': 'dprk_troops_in_russia', 'as_of': '2024-11'}),
    ("review32 guard (rule 9): 'Their losses' = the North Koreans of the line before",
     'Timeline: the war in Kursk\n\nAug. 2024: Ukraine launches its incursion\nNov. 2024: North Korean troops '
     'join the fighting in Kursk\nDec. 2024: their losses reach 3,000 killed and wounded, Kyiv says\nMarch 2025: '
     'Russia retakes Sudzha',
     '3,000', {'metric': 'dprk_casualties', 'as_of': '2024-12'}),
    ("review32 guard (rule 10): losses across the war, not the Kursk chain's",
     'Russian losses\n\nRussian troops in Kursk: 60,000 → losses across the war: 600,000 killed and wounded.',
     '600,000', {'metric': 'russian_casualties', 'scope': 'total'}),
    ("review32 guard (rule 11): 'Ukraine's troops captured' after a comma 'North Koreans'",
     "North Korean troops in Kursk\n\nUkraine's troops have captured some 30 soldiers in the area, two of them "
     'North Koreans, the SBU said.',
     '30', {'metric': 'dprk_casualties'}),
    ('review32 guard (rule 11): guard variant: a comma inside the harmed list',
     'North Korean troops in Kursk\n\nUkrainian soldiers have killed 77, and wounded 40, North Korean soldiers, '
     'Zelensky said.',
     '77', {'metric': 'dprk_casualties'}),
    ("review32 guard (rule 14): 'once just 11,000 strong' is an earlier value",
     "Russia's Kursk grouping\n\nRussia's Kursk grouping, once just 11,000 strong, now numbers about 60,000 "
     'troops, Syrskyi said.',
     '11,000', {'metric': 'russian_troops_kursk', 'as_of': '2024-08'}),
    ("review32 guard (rule 14): 'at the peak of Ukraine's incursion' is August 2024",
     "Russia's Kursk grouping\n\nAt the peak of Ukraine's incursion, Russia had only about 11,000 troops in the "
     'Kursk region.',
     '11,000', {'metric': 'russian_troops_kursk', 'as_of': '2024-08'}),
    ("review32 guard (rule 14): 'when Ukraine's advance peaked'",
     "Russia's Kursk grouping\n\nWhen Ukraine's advance peaked, Russia had only about 11,000 troops in the Kursk "
     'region, Syrskyi said.',
     '11,000', {'metric': 'russian_troops_kursk', 'as_of': '2024-08'}),
    ("an opening 'As of <day>,' is a payment's start day (review32's miss)",
     "Bonuses\nAs of April 1, the Kursk region will pay 2 million roubles to volunteers, the governor said on Friday.",
     "2 million", {"metric": "signing_bonus_rub", "as_of": "2025-04-01"}),
    ("'matches' after a people counted is no noun of theirs (review32's miss)",
     "North Korea in Russia\nThe figure of 14,000 North Koreans matches Seoul's count of troops sent to Russia, "
     "officials say.",
     "14,000", {"metric": "dprk_troops_in_russia"}),
    ("a line opened by a symbol as its bullet is a list item ('▪️ Under control of the Defense Forces: ~414 km²')",
     "Kursk weekly summary\nKursk direction, week 8:\n▪️ Under control of the Defense Forces: ~414 km² (−18 km² over "
     "the week)",
     "~414 km²", {"metric": "ukraine_held_kursk_km2"}),
    ("soldiers who 'sacrificed their lives' are the dead",
     "North Korea's losses\nNorth Korean party cadres have been told that about 2,300 soldiers sacrificed their lives "
     "in Russia.",
     "about 2,300", {"metric": "dprk_casualties", "counted": "killed"}),
    ("a whole army 'N-strong military' is no deployment",
     "North Korean troops in Kursk\nThe deployment accounts for only a fraction of the North's 1.2 million-strong "
     "military.",
     "1.2 million", {"metric": None}),
    ("the United States' troops are another nation's",
     "North Korean troops in Kursk\nThe deployment also has implications for the Korean Peninsula, where roughly "
     "28,500 U.S. troops are stationed.",
     "28,500", {"metric": None}),
    ("'enemy' in North Korea's own words is Ukraine's side",
     "North Korean troops in Kursk\nA KCNA commentary claimed the Korean units had wiped out more than 2,000 enemy "
     "soldiers in Kursk.",
     "more than 2,000", {"metric": None}),
    ("civilian workers are no force",
     "North Korean troops in Kursk\nThe number of North Korean civilian workers in Russia has also grown to about "
     "20,000, the NIS said.",
     "about 20,000", {"metric": None}),
    ("contract soldiers recruited nationwide are no Kursk grouping",
     "Russia's recruitment\nRussia recruited around 190,000 contract soldiers in the first half of the year, and the "
     "number of new contracts signed nationwide fell to about 25,000 in June.",
     "around 190,000", {"metric": None}),
    ("'pass' after the year a count runs from is 'more than': 'Russia's losses since 2022 pass 700,000'",
     "Losses\nUkraine: Russia's losses since 2022 pass 700,000, General Staff says",
     "pass 700,000", {"metric": "russian_casualties", "qualifier": "more_than"}),
    ('review33 guard (rule 1): an emoji box after prose without a colon takes the speaker of the sentences '
     "above (Peskov's non-comment)",
     'Kursk live\n\nPeskov declined to comment on the deployment on Monday. He said the Kremlin does not discuss '
     'troop movements.\n\n🔹 In Kursk: about 11,000 North Korean soldiers\n🔹 Losses: about 4,000 killed and '
     'wounded',
     '11,000', {'metric': 'dprk_troops_in_russia', 'source': 'unattributed'}),
    ('review33 guard (rule 2): a hard-wrapped sentence with a dash aside: the line is the sentence going on',
     'Kursk\n\nZelensky said on Monday that Russia had lost\nabout 38,000 soldiers – killed, wounded or captured '
     '– in the Kursk region.',
     '38,000', {'metric': 'russian_casualties'}),
    ("review33 guard (rule 2): hard-wrapped: 'hold' on the line before",
     'Kursk\n\nUkrainian forces hold\nabout 400 sq km - a third of what they took in August - Syrskyi said.',
     '400', {'metric': 'ukraine_held_kursk_km2'}),
    ("review33 guard (rule 2): hard-wrapped: 'still hold' on the line before",
     "Kursk\n\nUkraine's top commander Oleksandr Syrskyi said his forces still hold\nabout 400 sq km - down from "
     '1,300 at the peak.',
     '400', {'metric': 'ukraine_held_kursk_km2'}),
    ("review33 guard (rule 2): hard-wrapped: 'has lost' on the line before",
     'North Korea\n\nThe Pentagon estimates that North Korea has lost\nmore than 4,000 - including about 1,000 '
     'killed - in the Kursk region.',
     '4,000', {'metric': 'dprk_casualties'}),
    ("review33 guard (rule 2): hard-wrapped 'puts ... at'",
     "Kursk\n\nUkraine's General Staff puts Russia's losses in the Kursk region at\nabout 38,000 – more than in "
     'any month of the war.',
     '38,000', {'metric': 'russian_casualties'}),
    ("review33 guard (rule 3a): 'Local Residents' is no source ('Residents' not in the generic list)",
     'Regional sign-up bonuses\n\nRecruitment in the Tomsk region has slowed since January, according to Local '
     'Residents. The region now pays 2 million roubles to each volunteer.',
     '2 million', {'metric': 'signing_bonus_rub', 'source': 'unattributed'}),
    ("review33 guard (rule 3a): 'Military Bloggers' (generic)",
     'Regional sign-up bonuses\n\nQueues at recruitment offices have grown since January, according to Military '
     'Bloggers. The region now pays 2 million roubles to each volunteer.',
     '2 million', {'metric': 'signing_bonus_rub', 'source': 'unattributed'}),
    ("review33 guard (rule 3a): 'Regional Budgets' (evidence, 'Budgets' not in the list)",
     'Regional sign-up bonuses\n\nRecruitment in the Tomsk region has slowed since January, according to '
     'Regional Budgets. The region now pays 2 million roubles to each volunteer.',
     '2 million', {'metric': 'signing_bonus_rub', 'source': 'unattributed'}),
    ("review33 guard (rule 3c): Ukraine's scheme as subject, the Russian sum its object",
     "Sign-up bonuses\n\nUkraine's contract scheme includes nothing like the 3 million roubles the Kursk region "
     'pays each volunteer.',
     '3 million', {'metric': 'signing_bonus_rub'}),
    ("review33 guard (rule 3c): 'brings in ... than the Kursk region's 3 million rouble bonus'",
     "Sign-up bonuses\n\nKyiv's offer brings in far fewer recruits than the Kursk region's 3 million rouble "
     'bonus.',
     '3 million', {'metric': 'signing_bonus_rub'}),
    ("review33 guard (rule 3c): 'is worth less than a third of the 3 million roubles the Kursk region pays'",
     "Sign-up bonuses\n\nUkraine's offer is worth less than a third of the 3 million roubles the Kursk region "
     'pays its volunteers.',
     '3 million', {'metric': 'signing_bonus_rub'}),
    ("review33 guard (rule 4): 'prepared to sacrifice their lives': a readiness, not deaths",
     'North Korea in Kursk\n\nPyongyang sent about 11,000 soldiers prepared to sacrifice their lives for Russia, '
     'KCNA said.',
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ("review33 guard (rule 4): 'pledged to sacrifice their lives'",
     'North Korea in Kursk\n\nNorth Korea sent some 11,000 troops who pledged to sacrifice their lives, the spy '
     'agency said.',
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ("review33 guard (rule 4): 'were ready to sacrifice their lives'",
     'Kursk\n\nGovernor Khinshtein said about 50,000 Russian troops were ready to sacrifice their lives to hold '
     'the Kursk region.',
     '50,000', {'metric': 'russian_troops_kursk'}),
    ("review33 guard (rule 4): 'soldiers sacrificing their lives at the front': serving soldiers, none dead "
     'counted',
     "Russia's war\n\nPutin thanked the roughly 600,000 soldiers sacrificing their lives at the front, the "
     'Kremlin said.',
     '600,000', {'metric': None}),
    ('review33 guard (rule 6a): workers in an earlier clause, past a semicolon',
     'North Korean troops in Kursk\n\nSeoul says civilian workers have followed the soldiers; about 11,000 '
     'troops remain in Kursk.',
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ("review33 guard (rule 6a): workers before a semicolon, the troops' own clause after",
     'North Korean troops in Kursk\n\nNorth Korean civilian workers are also in Russia; about 11,000 of the '
     "North's troops are in Kursk, the NIS said.",
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ("review33 guard (rule 6a): 'Unlike the guest workers sent earlier,' opening",
     'North Korean troops in Kursk\n\nUnlike the guest workers sent earlier, the 11,000 North Korean soldiers in '
     'Kursk are fighting, the NIS said.',
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ("review33 guard (rule 6a): workers named as not counted in the troops' estimate",
     'North Korean troops in Kursk\n\nThe NIS said migrant workers were not counted in its estimate of about '
     '11,000 North Korean troops in Russia.',
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ("review33 guard (rule 6b): 'recruitment drive has helped Russia mass about 50,000 troops there'",
     "Russia's Kursk grouping\n\nThe Kursk region's recruitment drive has helped Russia mass about 50,000 troops "
     'there, Ukrainian intelligence says.',
     '50,000', {'metric': 'russian_troops_kursk'}),
    ("review33 guard (rule 7): 'passed' a law's sum after a date: no 'more than'",
     'Sign-up bonuses\n\nThe Kursk regional duma on Dec. 26, 2024 passed 3 million roubles in payments for '
     'volunteers.',
     '3 million', {'metric': 'signing_bonus_rub', 'qualifier': 'exact'}),
    ('review33 guard (rule 7): lawmakers in 2025 passed a sum',
     'Sign-up bonuses\n\nBelgorod lawmakers elected in 2025 passed 2 million roubles for every volunteer in '
     'their first session.',
     '2 million', {'metric': 'signing_bonus_rub', 'qualifier': 'exact'}),
    ("review33 guard (rule 8a): 'estimate for Russian troops needed to retake Kursk': a requirement, no "
     'grouping',
     'The war in numbers\n\nThe estimate for Russian troops needed to retake Kursk was about 100,000, a '
     'Ukrainian officer said.',
     '100,000', {'metric': None}),
    ("review33 guard (rule 2): hard-wrapped: 'has lost' on the line before",
     "Losses\n\nUkraine's General Staff says Russia has lost\nover 880,000 soldiers - killed, wounded or captured "
     '- since February 2022.',
     '880,000', {'metric': 'russian_casualties'}),
    ("a counting outlet's own first-person finding is the outlet's (the row's outlet is the manifest's: Test Wire, no "
     "medium the tables know; a guard that the rule needs one)",
     "Counting the dead\nAs of October 4, 2024, we know the names of 71,342 Russian servicemen who have been killed "
     "in the war with Ukraine.",
     "71,342", {"metric": "russian_casualties", "source": "unattributed"}),
    ("the other side's losses after an opening phrase and its comma: 'According to Gerasimov, during the Kursk operation "
     "Ukraine lost ...'",
     "North Korean troops praised\nAccording to Gerasimov, during the Kursk operation Ukraine lost more than 76,000 "
     "soldiers.",
     "more than 76,000", {"metric": None}),
    ("a count's subject far before it: 'the total losses of Russian forces in the Kursk operation since 6 August 2024 "
     "amount to over 51,000 people'",
     "Syrskyi sums up\nSyrskyi has said that the total losses of Russian forces in the Kursk operation since 6 August "
     "2024 amount to over 51,000 people.",
     "over 51,000", {"metric": "russian_casualties"}),
    ("... not the combined losses of both sides (guard)",
     "Kellogg on the war\nThe combined losses of Russia and Ukraine in the three-plus years of war have reached 1.2 "
     "million people, Kellogg said.",
     "1.2 million", {"metric": None}),
    ("soldiers who 'made the ultimate sacrifice' are the dead (review33's miss)",
     "North Korea honours its dead\nSome 600 North Korean troops made the ultimate sacrifice in Russia, KCNA said.",
     "600", {"metric": "dprk_casualties", "counted": "killed"}),
]

# Twenty-fifth session (2026-12-07): a Russian region's body has one name, however the copy names it
# (sources.regional_body). Each fails with cd8630f.
ROWS += [
    ("'X authorities' is X's regional government",
     "Tula region raises sign-up payment\n"
     "The one-time payment for new contract soldiers will rise to 800,000 rubles from March 1, the Tula authorities said.",
     "800,000", {"metric": "signing_bonus_rub", "source": "Tula regional government"}),
    ("'X acting governor NAME' is X's regional government, the governor kept in parentheses",
     "Payment doubled\n"
     "Residents who sign a contract will receive 2 million rubles, Kursk acting governor Alexander Khinshtein said.",
     "2 million", {"metric": "signing_bonus_rub", "source": "Kursk regional government"}),
    ("'the X government' names the republic's regional government",
     "Tatarstan payment\n"
     "Volunteers will receive a one-time payment of 1.2 million rubles, the Tatarstan government said on Monday.",
     "1.2 million", {"metric": "signing_bonus_rub", "source": "Tatarstan regional government"}),
]

# Guards: a city's own body is not its region's; a federal city's "officials" may be the country's.
ROWS += [
    ("'the X city administration' is not X's regional government",
     "City adds its own payment\n"
     "Residents of Tula will receive another 100,000 rubles from the city budget, the Tula city administration said.",
     "100,000", {"metric": "signing_bonus_rub", "source_not": "Tula regional government"}),
]


# After synth46's first measurement (2026-12-07, twenty-fifth session): each fails with cd8630f.
ROWS += [
    ("a third country with a wartime strength of N soldiers, its name before an aside, is no side's force",
     "North Korean troops in Russia\n"
     "North Korea has sent about 12,000 troops to Russia, Western officials say. Finland, which has been a member of "
     "NATO since April 2023, has a wartime strength of 280,000 soldiers.",
     "280,000", {"metric": None}),
    ("'The Swiss army currently has about N soldiers' is Switzerland's own force",
     "Russia's forces in Kursk\n"
     "Russia has massed about 50,000 troops in the Kursk region. The Swiss army currently has about 140'000 soldiers "
     "and is expected to struggle to meet its staffing targets.",
     "140'000", {"metric": None}),
    ("'the Italian armed forces, currently around N strong' is Italy's own force",
     "North Korean troops in Russia\n"
     "About 15,000 North Korean soldiers have been sent to Russia. The minister said the Italian armed forces, currently "
     "around 165,000 strong, would need more personnel.",
     "165,000", {"metric": None}),
    ("'Sweden will send around N soldiers to Finland' is Sweden's own force",
     "North Korean troops in Russia\n"
     "About 12,000 North Korean soldiers are in Russia. Sweden will send around 550 soldiers to Finland next year.",
     "550", {"metric": None}),
    ("'puts the total number of <people's> casualties, killed and wounded, at more than N' counts casualties",
     "Kim honours the dead\n"
     "Ukraine's military intelligence (HUR) puts the total number of North Korean casualties, killed and wounded, at "
     "more than 6,000.",
     "6,000", {"metric": "dprk_casualties", "counted": "casualties"}),
    ("a list of label-and-figure lines without bullets takes what it counts from its heading",
     "Russian regions race to pay recruits\n"
     "Selected regional one-time payments, January 2025:\n"
     "Belgorod Oblast – 3 million roubles (incl. federal)\n"
     "Samara Oblast – 3,6 million roubles\n"
     "Tatarstan – 2 million roubles\n"
     "Kursk Oblast – 1 million roubles\n"
     "Bashkortostan – 1,6 million roubles\n",
     "1,6 million", {"metric": "signing_bonus_rub", "value": 1600000.0}),
    ("an area written with a dot for the thousands ('1.300 square kilometres') is 1,300, where the article writes so",
     "Kursk incursion\n"
     "Russia has massed some 50.000 soldiers there. At the peak of the operation in late August, Kyiv's troops held "
     "roughly 1.300 square kilometres of the Kursk region.",
     "1.300", {"metric": "ukraine_held_kursk_km2", "value": 1300.0}),
]

# Guards: a third country's verb before another side's figure; an area to one or two decimals; an area to three
# decimals in copy that writes numbers the English way (review34).
ROWS += [
    ("'Poland says North Korea has N troops' stays North Korea's",
     "North Korean troops in Russia\n"
     "Poland says North Korea has about 12,000 troops in Russia.",
     "12,000", {"metric": "dprk_troops_in_russia"}),
    ("a small area to one decimal ('2.5 square kilometres') stays a decimal",
     "Kursk incursion\n"
     "Ukrainian troops still hold 2.5 square kilometres of the Kursk region near the border, the General Staff said.",
     "2.5", {"metric": "ukraine_held_kursk_km2", "value": 2.5}),
    ("an area to three decimals in English copy stays a decimal",
     "Kursk foothold\n"
     "The Ukrainian foothold has shrunk to a few square kilometres. DeepState says Ukraine now holds 1.875 square "
     "kilometres near Gornal in the Kursk region.",
     "1.875", {"metric": "ukraine_held_kursk_km2", "value": 1.875}),
]


# After synth47's first measurement (2026-12-07, twenty-fifth session): each fails with cd8630f.
ROWS += [
    ("a hearing's turns with no 'Q:' (two speakers taking turns) are read as a transcript: the witness's figure",
     "Hearing on European Command\n"
     "CHAIRMAN WICKER: General, how many did Kim Jong Un send?\n\n"
     "GENERAL HOLLOWAY: Thank you, Mr. Chairman. Our estimate is that North Korea sent about 11,000 soldiers.\n\n"
     "CHAIRMAN WICKER: And how have they performed?\n\n"
     "GENERAL HOLLOWAY: Poorly at first, then better.\n",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "General Holloway"}),
    ("an answer that is its figure alone takes what it counts from the question before it",
     "Kursk command post\n"
     "Vladimir Putin: How much territory does the enemy still hold in the Kursk region?\n\n"
     "Valery Gerasimov: About 160 square kilometres, Comrade Supreme Commander-in-Chief.\n\n"
     "Vladimir Putin: Good.\n\n"
     "Valery Gerasimov: Thank you.\n",
     "160", {"metric": "ukraine_held_kursk_km2", "counted": "area_held"}),
    ("'Journalist (outlet):' is a questioner's label: the answer's speaker is the one who answers",
     "Zelensky answers journalists\n"
     "Journalist (Reuters): How many Russian troops are now in the Kursk region?\n\n"
     "Volodymyr Zelensky: More than 50,000 Russian troops are there now.\n\n"
     "Journalist (RBC-Ukraine): And the North Koreans?\n\n"
     "Volodymyr Zelensky: We see them every day.\n",
     "50,000", {"metric": "russian_troops_kursk", "source": "Zelensky"}),
]

# Guards: one label per section is no dialogue; an answer with its own words keeps them.
ROWS += [
    ("section labels that do not take turns are no transcript's",
     "North Korea in Russia: the numbers\n"
     "Troops Sent: North Korea has sent about 11,000 soldiers, according to South Korea's spy agency.\n\n"
     "Kursk Area: Ukraine holds about 500 square kilometres.\n\n"
     "Losses Counted: About 3,000 North Koreans have been killed or wounded.\n",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "South Korea National Intelligence Service"}),
    ("an answer with its own noun keeps it: the question's words do not make it another thing",
     "Briefing\n"
     "Q: How much territory does Ukraine still hold in Kursk?\n\n"
     "MR. RYDER: About 10,000 North Korean troops are now in the Kursk region, that much I can say.\n\n"
     "Q: And losses?\n\n"
     "MR. RYDER: I won't go into that.\n",
     "10,000", {"metric": "dprk_troops_in_russia"}),
]


# After synth48's first measurement (2026-12-07, twenty-fifth session): each fails with cd8630f.
ROWS += [
    ("a range of estimates' second end counts what the first counts, each end its bracket's claimant",
     "North Korean losses in Kursk\n"
     "North Korean troops have fought in Kursk since December. Estimates of total casualties now range from 4,700 "
     "(NIS, April) to 6,000 (Ukraine's HUR).",
     "6,000", {"metric": "dprk_casualties", "source": "Ukrainian military intelligence"}),
    ("a figure's claimant in brackets right after it in prose, not the sentence's speaker",
     "North Korean losses in Kursk\n"
     "North Korean troops have fought in Kursk since December. Estimates of total North Korean casualties now range "
     "from 4,700 (NIS, April) to 6,000 (Ukraine's HUR), the Pentagon said.",
     "4,700", {"metric": "dprk_casualties", "source": "South Korea National Intelligence Service"}),
    ("a year before this war after the clause's comma makes the figure another war's",
     "North Korea's troops in Russia\n"
     "North Korea has sent about 11,000 troops to Russia. At its height in 1988, Cuba's expeditionary force in Angola "
     "numbered around 50,000 troops.",
     "50,000", {"metric": None}),
    ("'N troops, of which the <people> contingent contributed M': the part's relative clause is not the whole's",
     "Kursk cost\n"
     "At its peak in March, the Russian grouping in Kursk numbered up to 78,000 troops, of which the North Korean "
     "contingent contributed perhaps 11,000.",
     "78,000", {"metric": "russian_troops_kursk"}),
    ("'according to Ukrainian estimates' says whose count it is, not whose troops",
     "Kursk cost\n"
     "At its peak in March, the Russian grouping in Kursk numbered up to 78,000 troops according to Ukrainian "
     "estimates.",
     "78,000", {"metric": "russian_troops_kursk"}),
]

# Guards: a relative clause with no figure of its own still says what the figure is; a year of this war.
ROWS += [
    ("'90 square kilometres, of which is controlled by Ukraine' still reads its relative clause (guard)",
     "Kursk\n"
     "The Kursk salient now covers 90 square kilometres, of which is controlled by Ukraine.",
     "90", {"metric": "ukraine_held_kursk_km2"}),
    ("a figure of 2022 stays this war's",
     "Russian losses\n"
     "In 2022, Russia lost about 100,000 soldiers killed and wounded in Ukraine, Western officials said.",
     "100,000", {"metric": "russian_casualties"}),
]


# From synth48's period and source errors (twenty-fifth session): each fails with cd8630f.
ROWS += [
    ("an earlier figure's own 'as of <month>' dates it",
     "NIS\n"
     "South Korea's National Intelligence Service now says about 2,000 North Koreans have died. Its earlier estimate, "
     "as of January, was about 600 North Korean soldiers killed.",
     "600", {"metric": "dprk_casualties", "as_of": "2025-01"}),
    ("'Its earlier estimate' is the speaker named before, not 'Its'",
     "NIS\n"
     "South Korea's National Intelligence Service now says about 2,000 North Koreans have died. Its earlier estimate, "
     "as of January, was about 600 North Korean soldiers killed.",
     "600", {"metric": "dprk_casualties", "source": "South Korea National Intelligence Service"}),
    ("a part named with 'including' holds when its whole does",
     "Russia's Kursk force\n"
     "The Russian grouping in Kursk peaked at about 70,000 personnel in January 2025, including around 11,000 North "
     "Koreans, according to Ukrainian estimates.",
     "11,000", {"metric": "dprk_troops_in_russia", "as_of": "2025-01"}),
]


# Guards from review34 (2026-12-07, twenty-fifth session): where this session's rules overreached; each passes with
# cd8630f and with today's code, and most fail with the code reviewed (c2e7248).
ROWS += [
    ("review34 rule 3: 'The South Korean military has estimated that about 11,000 North Korean soldiers' (the speaker's 'has')",
     'North Korean troops in Kursk\n\nThe South Korean military has estimated that about 11,000 North '
     'Korean soldiers are in the Kursk region.',
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ("review34 rule 3: 'The South Korean military has also confirmed around 3,000 North Korean casualties'",
     'North Korean troops in Kursk\n\nThe South Korean military has also confirmed around 3,000 North '
     'Korean casualties in Kursk.',
     '3,000', {'metric': 'dprk_casualties'}),
    ("review34 rule 3: 'has said the North has deployed' ('the North' is not in SIDES_NAMED)",
     'North Korean troops in Kursk\n\nThe South Korean military has said the North has deployed about '
     '11,000 troops to Russia.',
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ("review34 rule 3: 'has estimated that Kim has sent' (Kim is not in SIDES_NAMED)",
     'North Korean troops\n\nThe South Korean military has estimated that Kim has sent about 11,000 '
     'soldiers to fight for Russia.',
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ("review34 rule 3: NATO member's military estimating Russia's losses ('of Putin's soldiers')",
     "Russian losses\n\nThe British military has estimated that more than 700,000 of Putin's soldiers "
     'have been killed or wounded since 2022.',
     '700,000', {'metric': 'russian_casualties'}),
    ("review34 rule 3: 'The German armed forces have counted more than 1,500 Russian casualties a day'",
     'Russian losses\n\nThe German armed forces have counted more than 1,500 Russian casualties a day '
     'on average.',
     '1,500', {'metric': 'russian_casualties'}),
    ("review34 rule 3: 'NATO has over the past year estimated ...' ('has over' read as a holding)",
     "Russian losses\n\nNATO has over the past year estimated that more than 600,000 of Moscow's "
     'soldiers have been killed or wounded.',
     '600,000', {'metric': 'russian_casualties'}),
    ("review34 rule 3: 'The US deployed new intelligence tools and found about 11,000 ...'",
     'North Korean troops\n\nThe US deployed new intelligence tools and found about 11,000 North Korean '
     'soldiers in Kursk.',
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ("review34 rule 4: aside naming both sides: 'troops, North Korean and Russian,' (a combined grouping)",
     'Kursk\n\nSyrskyi put the total number of troops, North Korean and Russian, at about 60,000 in the '
     'Kursk region.',
     '60,000', {'metric_not': 'dprk_troops_in_russia'}),
    ("review34 rule 4: aside naming both sides: 'the dead, Russian and North Korean,'",
     'Kursk\n\nKyiv pegged the total number of the dead, Russian and North Korean, at 20,000 in Kursk.',
     '20,000', {'metric_not': 'dprk_casualties'}),
    ("review34 rule 4: aside naming both sides: 'casualties, both Russian and North Korean,'",
     'Kursk\n\nKyiv puts the total number of casualties, both Russian and North Korean, at about 50,000 '
     'in Kursk.',
     '50,000', {'metric_not': 'dprk_casualties'}),
    ("review34 rule 5: wages list under its own heading 'Average monthly salaries by region:' takes the headline's 'Bonuses'",
     'Bonuses and wages\n\nThe Kursk region pays 3 million roubles to each recruit, the governor '
     'said.\n\nAverage monthly salaries by region:\n\nKursk Oblast – 55,000 roubles\nMoscow – 130,000 '
     'roubles\nTatarstan – 65,000 roubles',
     '65,000', {'metric': None}),
    ("review34 rule 6: a three-place decimal in a shrinking foothold's context (few km²): read as 1,875",
     'Kursk\n\nThe Ukrainian foothold has shrunk to a few square kilometres. DeepState says Ukraine now '
     'holds 1.875 square kilometres near Gornal.',
     '1.875', {'metric': 'ukraine_held_kursk_km2', 'value': 1.875}),
    ("review34 rule 7: section labels 'Russian Forces:'/'Ukrainian Forces:' alternating read as speakers",
     'Kursk situation summary\n\nRussian Forces: About 50,000 troops are deployed in the Kursk '
     'region.\nUkrainian Forces: They hold about 400 square kilometres near Sudzha.\nRussian Forces: '
     'They have lost about 38,000 killed and wounded in the region.',
     '50,000', {'metric': 'russian_troops_kursk', 'source_not': 'Russian Forces'}),
    ("review34 rule 7: section labels alternating: 'Ukrainian Forces' as claimant",
     'Kursk situation summary\n\nRussian Forces: About 50,000 troops are deployed in the Kursk '
     'region.\nUkrainian Forces: They hold about 400 square kilometres near Sudzha.\nRussian Forces: '
     'They have lost about 38,000 killed and wounded in the region.',
     '400', {'metric': 'ukraine_held_kursk_km2', 'source_not': 'Ukrainian Forces'}),
    ("review34 rule 7: section labels alternating: 'Russian Forces' as claimant of its own losses",
     'Kursk situation summary\n\nRussian Forces: About 50,000 troops are deployed in the Kursk '
     'region.\nUkrainian Forces: They hold about 400 square kilometres near Sudzha.\nRussian Forces: '
     'They have lost about 38,000 killed and wounded in the region.',
     '38,000', {'metric': 'russian_casualties', 'source_not': 'Russian Forces'}),
    ("review34 rule 8: an owner in brackets '50,000 (Russia)' is not the claimant",
     "Kursk\n\nTroops in the Kursk region, according to Ukraine's General Staff: about 50,000 (Russia) "
     'and about 11,000 (North Korea).',
     '50,000', {'metric': 'russian_troops_kursk', 'source_not': 'Russian government'}),
    ("review34 rule 8: '38,000 (Russia)' in a list of losses by side",
     'Kursk\n\nLosses in the Kursk operation so far, according to Syrskyi: about 38,000 (Russia) and '
     'about 4,000 (North Korea).',
     '38,000', {'metric': 'russian_casualties', 'source_not': 'Russian Ministry of Defence'}),
    ("review34 rule 8: 'about 11,000 (DPRK)': owner bracket",
     "North Korean troops\n\nForeign troops fighting for Russia in Kursk, according to Ukraine's HUR: "
     'about 11,000 (DPRK).',
     '11,000', {'metric': 'dprk_troops_in_russia', 'source_not': 'North Korean government'}),
    ("review34 rule 9: this war's figure in the next clause after ';' inherits the 1988 as_of and is made 'other'",
     "North Korean troops\n\nAt its height in 1988, Cuba's expeditionary force in Angola numbered "
     'around 50,000 troops; North Korea has sent about 11,000 to Russia.',
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ("review34 rule 9: a speaker's relative clause 'who took power in 2011' (as_of wrongly 2011 before; now also 'other')",
     'North Korean troops\n\nKim Jong Un, who took power in 2011, has sent about 11,000 troops to '
     'Russia.',
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ("review34 rule 9: a claimant's aside 'The NIS, founded in 1961, says'",
     'North Korean troops\n\nThe NIS, founded in 1961, says about 11,000 North Korean troops are in '
     'Russia.',
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ("review34 rule 11: 'troops on the Ukrainian side of the line': Ukraine's troops",
     "Kursk\n\nRussia's Kursk grouping faces about 10,000 troops on the Ukrainian side of the line.",
     '10,000', {'metric': None}),
    ("review34 rule 11: 'Ukrainian General Staff reserves of about 5,000 troops were moved into the Kursk region'",
     'Kursk\n\nUkrainian General Staff reserves of about 5,000 troops were moved into the Kursk region, '
     'Russian officials claim.',
     '5,000', {'metric': None}),
    ("review34 rule 3: a newly listed country's clause elsewhere in the sentence ('Sweden deployed') stops the ",
     'North Korean troops\n\nNorth Korea began sending troops to Russia in October. By December some '
     '11,000 were in Kursk, just as Sweden deployed 550 soldiers to Finland.',
     '11,000', {'metric': 'dprk_troops_in_russia'}),
]


# From review34's misses (twenty-fifth session): fails with cd8630f.
ROWS += [
    ("'N ..., of whom M were <people> soldiers': the people are the part's, not the whole's",
     "Syrskyi on Kursk\n"
     "Syrskyi said that in the Kursk region he faced about 50,000 there, of whom about 11,000 were North Korean soldiers.",
     "50,000", {"metric_not": "dprk_troops_in_russia"}),
]


# After synth49's first measurement (2026-12-07, twenty-fifth session): each fails with cd8630f.
ROWS += [
    ("'N lakh' is N hundred thousand (South Asian copy)",
     "Russian losses\n"
     "Ukraine's General Staff said Russian losses had crossed 9.6 lakh soldiers killed or wounded since February 2022.",
     "9.6 lakh", {"metric": "russian_casualties"}),
    ("a year after an Islamic or Persian month's name is a date, no count",
     "Russia's Kursk grouping grows\n"
     "TEHRAN CHRONICLE | Thursday, 24 Aban 1403 | November 14, 2024 | International Desk\n"
     "Russia says it has massed about 50,000 troops in the Kursk region.",
     "1403", {"metric": None}),
    ("a list item opened by another conflict's place is that conflict's toll",
     "Key events on day 1,091\n"
     "Russia has lost about 850,000 soldiers, Kyiv says.\n"
     "- In Gaza, the Health Ministry said the death toll had risen to 48,291 since October 2023.",
     "48,291", {"metric": None}),
    ("a prisoner swap's count is no toll",
     "Swap\n"
     "North Korean soldiers were captured in Kursk. The talks led to the exchange of more than 6,000 prisoners of war.",
     "6,000", {"metric": None}),
]

# Guards: a capture beside a swap's words; a report "released".
ROWS += [
    ("a capture named beside an exchange fund stays a capture",
     "Kursk\n"
     "He credited the operation with increasing Ukraine's exchange fund by capturing 594 Russian soldiers.",
     "594", {"metric": "russian_casualties"}),
    ("'the report released on Monday' is no release of prisoners",
     "Losses\n"
     "The report released on Monday said Russia suffered 700,000 casualties since February 2022.",
     "700,000", {"metric": "russian_casualties"}),
]


# After synth50's first measurement (2026-12-07, twenty-fifth session): each fails with cd8630f.
ROWS += [
    ("'X told Putin that Ukraine had lost N soldiers' is Ukraine's loss",
     "Kursk liberated\n"
     "North Korean troops helped retake the region, Moscow says. Gerasimov told Putin that Ukraine had lost more than "
     "76,000 soldiers in the Kursk operation.",
     "76,000", {"metric": None}),
    ("a list of label-and-figure lines with a currency before each figure takes its heading's meaning",
     "Sign-up bonus league table\n"
     "The regions paying the most for soldiers, November 2024:\n"
     "Khanty-Mansi Autonomous Okrug – RUB2.35mn\n"
     "Belgorod Oblast – RUB2.6mn\n"
     "Moscow – RUB1.9mn\n"
     "Kursk Oblast – RUB1.5mn\n",
     "RUB1.5mn", {"metric": "signing_bonus_rub"}),
]


# Twenty-sixth session, from synth46-50's misses (before this session's probes arrived): each fails with 4a71ed2.
ROWS += [
    ("a second toll after a participle and a preposition: '2,700 wounded fighting alongside ...'",
     "NIS\n"
     "Around 300 North Korean soldiers have been killed and 2,700 wounded fighting alongside Russian forces, the NIS said.",
     "2,700", {"metric": "dprk_casualties", "counted": "wounded"}),
    ("a figure named again by its value ('The 2,000 figure is ...') is the earlier figure of it",
     "Two numbers\n"
     "South Korea's NIS said about 2,000 North Korean soldiers had been killed. "
     "The 2,000 figure is the NIS's estimate from September.",
     "2,000", {"metric": "dprk_casualties", "counted": "killed", "claims": 2}),
    ("'Our N should be read as a floor': the article's own figure again",
     "Counting\n"
     "We have confirmed 67 North Korean soldiers killed in the footage. Our 67 should be read as a floor.",
     "67", {"metric": "dprk_casualties", "claims": 2}),
    ("a possessive right before a figure owns it after a preposition: 'Inside Russia's 50,000-strong force'",
     "North Korean troops in Kursk\n"
     "North Korea has sent 11,000 soldiers to Russia.\n"
     "Inside Russia's 50,000-strong Kursk force",
     "50,000-strong", {"metric": "russian_troops_kursk"}),
    ("a figure past any of North Korea's, its subject only in the sentences before, is not North Korea's",
     "North Korean troops in Kursk\n"
     "North Korea has sent about 11,000 soldiers to Russia, the NIS says. "
     "In January, Syrskyi cited a figure of some 62,000 facing his troops in the region.",
     "62,000", {"metric_not": "dprk_troops_in_russia"}),
    ("'cited a figure of N': the figure cited, not who said it",
     "Kursk\n"
     "In January 2025, Syrskyi cited a figure of some 62,000 Russian troops in Kursk.",
     "62,000", {"metric": "russian_troops_kursk", "source": "Syrskyi"}),
]

# Guards: a feared future past the cap; a bare "the 2,000" of nothing stated before.
ROWS += [
    ("a feared total past the cap, its subject before, is still the deployment's",
     "North Korean troops\n"
     "North Korea has sent more than 10,000 soldiers to Russia. "
     "Some analysts say the total could eventually reach as many as 100,000 if the war drags on.",
     "100,000", {"metric": "dprk_troops_in_russia"}),
    ("'the N figure' with no earlier figure of that value is nothing",
     "Kursk\n"
     "Ukraine's drones struck a depot in the region, officials said. The 2,000 figure was never explained.",
     "2,000", {"metric": None}),
]

ROWS += [
    ("whose count it is as an aside between the verb and its figure: 'Russia lost, by Ukrainian count, about 190,000'",
     "Losses\n"
     "In January-May 2025 Russia lost, by Ukrainian count, about 190,000 soldiers.",
     "190,000", {"metric": "russian_casualties"}),
    ("a rate right after the count's comma: ', an average of about 35,000 a month'",
     "Losses\n"
     "Using Ukrainian General Staff data, Russia lost about 281,000 soldiers in January-August 2025, an average of about "
     "35,000 a month.",
     "35,000", {"metric": "russian_casualties", "scope": "rate_month"}),
    ("the same count for another time, its noun left out: '45,680 soldiers ... in November, after 41,980 in October'",
     "Losses\n"
     "According to the Ukrainian General Staff, Russian forces lost 45,680 soldiers killed and wounded in November 2024, "
     "after 41,980 in October.",
     "41,980", {"metric": "russian_casualties", "as_of": "2024-10"}),
    ("a running total after a period's count: '33,960 Russian casualties in June and a cumulative 1,022,000'",
     "Losses\n"
     "Ukraine's General Staff reported 33,960 Russian casualties in June and a cumulative 1,022,000.",
     "1,022,000", {"metric": "russian_casualties"}),
]

# Guard: "he said" between commas is no aside of the figure's clause.
ROWS += [
    ("', he said,' after a clause of its own: the clause before is not the figure's",
     "The prisoner\n"
     "A North Korean soldier described his unit's losses. By the time he was captured, he said, fewer than 20 remained.",
     "20", {"metric": None}),
]


# After synth53's, synth55's and synth51's first measurements (2026-12-07, twenty-sixth session): each fails with 4a71ed2.
ROWS += [
    ("'a grouping of roughly 50,000 troops, including North Korean personnel' is Russia's grouping",
     "ISW\n"
     "Russian forces continue counteroffensive operations in Kursk Oblast with a grouping of roughly 50,000 troops, "
     "including North Korean personnel.",
     "50,000", {"metric": "russian_troops_kursk"}),
    ("another estimate of the figure before, its noun left out: 'the real figure is a little lower, at perhaps 950,000'",
     "Cost\n"
     "Ukraine's general staff says Russian casualties recently passed one million. Britain's defence ministry thinks the "
     "real figure is a little lower, at perhaps 950,000.",
     "950,000", {"metric": "russian_casualties", "source": "UK Ministry of Defence"}),
    ("'Western governments are more conservative, at around 1.1 million': the estimate's own giver",
     "Cost\n"
     "Ukraine's general staff now puts total Russian casualties at about 1.19 million. Western governments are more "
     "conservative, at around 1.1 million.",
     "1.1 million", {"metric": "russian_casualties", "source": "Western governments"}),
    ("a later value of the figure before, its noun left out: 'By mid-January it was around 500'",
     "Kursk\n"
     "By November 2024, after Russian counter-attacks, Kyiv held perhaps 800 square kilometres of Kursk. By mid-January "
     "it was around 500.",
     "500", {"metric": "ukraine_held_kursk_km2"}),
    ("a live page's toll of another story, its event named: 'Death toll in Los Angeles wildfires rises to 16'",
     "Live: North Korean soldiers captured in Kursk\n"
     "Ukraine says it has captured two North Korean soldiers in Kursk.\n"
     "Death toll in Los Angeles wildfires rises to 16",
     "16", {"metric": None}),
    ("'28 people were killed in Russia's overnight attack on Kyiv' is not the page's toll",
     "Live: North Korea's losses\n"
     "About 2,000 North Korean soldiers have been killed, the NIS says.\n"
     "Kyiv death toll rises to 28\n"
     "Ukraine's emergency service says 28 people were killed in Russia's overnight attack on Kyiv.",
     "28", {"metric": None}),
]

# Guards: the next sentence's own bare number of something else; "the death toll" of the page's own story; a part's own
# figure after the part's words are blanked for the whole.
ROWS += [
    ("a part whose own figure a speaker's clause gives: 'including North Korean units that Seoul puts at about 11,000'",
     "Kursk\n"
     "Russia gathered about 70,000 troops in Kursk, including North Korean units that South Korean intelligence puts at "
     "about 11,000.",
     "11,000", {"metric": "dprk_troops_in_russia"}),
    ("a later sentence's bare number with a subject of another side stays out: 'Ukraine's own losses are lower, at'",
     "Cost\n"
     "Ukraine's general staff says Russian casualties recently passed one million. Ukraine's own losses are much lower, "
     "at about 400,000.",
     "400,000", {"metric": None}),
    ("'The death toll' pointing back to the page's story is its toll",
     "Losses\n"
     "Russian forces lost 1,300 soldiers in the past day, Ukraine's General Staff said. The death toll sits only slightly "
     "behind the one-day record of 1,740 losses, recorded on May 12.",
     "1,740", {"metric": "russian_casualties"}),
]

ROWS += [
    ("a table set as text with column gaps, its caption's currency and its columns' months",
     "Working paper\n"
     "Regional payments rose fast in 2024.\n"
     "Table 1. One-time regional payments, selected regions (roubles)\n"
     "Region     Jan 2024     Jan 2025     Jul 2025\n"
     "Samara Oblast     200,000     3,600,000     2,100,000\n"
     "Bashkortostan     200,000     1,600,000     1,000,000\n",
     "3,600,000", {"metric": "signing_bonus_rub", "as_of": "2025-01"}),
    ("a column of the column before's interval: '| Estimated deaths | 95% interval |', the estimates approximate",
     "Probate records\n"
     "We estimate the number of Russian soldiers killed from probate records.\n"
     "Table: Estimated deaths of Russian servicemen, by year\n"
     "Year     Estimated deaths     95% interval\n"
     "2022     40,000     34,000-47,000\n"
     "2023     55,000     46,000-66,000\n",
     "46,000", {"metric": "russian_casualties", "as_of": "2023"}),
    ("a table column of estimates makes its cells approximate",
     "Probate records\n"
     "We estimate the number of Russian soldiers killed from probate records.\n"
     "Table: Estimated deaths of Russian servicemen, by year\n"
     "Year     Estimated deaths     95% interval\n"
     "2022     40,000     34,000-47,000\n"
     "2023     55,000     46,000-66,000\n",
     "55,000", {"metric": "russian_casualties", "qualifier": "approx"}),
]


# review35 (205 adversarial cases against the twenty-sixth session's rules, 37 breaks, all mended): each row passes
# with 4a71ed2 and with today's code and fails with the code reviewed (22f2b02).
ROWS += [
    ("review35, rule 3: Ukraine's own troops: Russia's possessive now a subject for the whole sentence",
     'Kursk\n'
     "Ukraine's 20,000 troops in Kursk are holding out against Russia's 70,000, a Ukrainian commander said.",
     '20,000', {'metric': None}),
    ("review35, rule 3: 'alongside Russia's some 50,000': the ally's possessive now owns the NK figure",
     'Kursk\n'
     "North Korean troops fighting alongside Russia's some 50,000 soldiers in Kursk number about 11,000.",
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ("review35, rule 3: Ukraine's troops",
     'Kursk\n'
     "Against Russia's roughly 60,000, Ukraine has perhaps 10,000 troops in Kursk.",
     '10,000', {'metric': None}),
    ('review35, rule 4: a warning without a modal',
     'North Korea\n'
     'Pyongyang has about 11,000 troops in Russia. Zelensky warned that up to 100,000 are being prepared to follow.',
     '100,000', {'metric': 'dprk_troops_in_russia'}),
    ("review35, rule 4: 'eventual total': future without a modal",
     'North Korea\n'
     "North Korea has deployed some 11,000 soldiers to Kursk, the NIS says. Ukraine's intelligence puts the "
     "eventual total at up to 100,000.",
     '100,000', {'metric': 'dprk_troops_in_russia'}),
    ("review35, rule 4: 'is planned'",
     'North Korea\n'
     "Seoul says North Korea has sent 11,000 troops. Ukraine's intelligence chief Budanov said in an interview that "
     "a total of 100,000 is planned.",
     '100,000', {'metric': 'dprk_troops_in_russia'}),
    ("review35, rule 4: 'expects ... to reach'",
     'North Korea\n'
     'North Korea has about 15,000 troops in Russia. Seoul expects the deployment to reach about 50,000 by the end of the year.',
     '50,000', {'metric': 'dprk_troops_in_russia'}),
    ("review35, rule 4: cumulative rotations can pass a standing force's cap",
     'North Korea\n'
     "North Korea sent troops to Russia last year. Since then some 45,000 have rotated through Kursk, according to "
     "Ukraine's HUR.",
     '45,000', {'metric': 'dprk_troops_in_russia'}),
    ("review35, rule 5: 'the numbers of the 2024 NIS briefing' read as a cited figure: the NIS lost",
     'North Korea\n'
     'North Korea has lost about 4,000 soldiers, Yonhap reported, quoting the numbers of the 2024 NIS briefing.',
     '4,000', {'metric': 'dprk_casualties', 'source_has': 'Intelligence Service'}),
    ("review35, rule 7: Ukraine's rate after a comma",
     'Losses\n'
     'Russian forces suffered 1,500 casualties a day in December, Ukrainian forces, about 400 a day.',
     '400', {'metric': None}),
    ('review35, rule 7: a difference of rates, not the count',
     'Losses\n'
     "Russia lost about 1,500 soldiers a day in December — 300 a day more than in November, Ukraine's General Staff said.",
     '300', {'metric': None}),
    ('review35, rule 7: recruitment rate',
     'Losses\n'
     'Russia lost about 430,000 soldiers in 2024 while recruiting roughly the same, 35,000 a month.',
     '35,000', {'metric_not': 'russian_casualties'}),
    ("review35, rule 7: ', on average,' after another verb",
     'Losses\n'
     'Russia has lost more than 1 million soldiers since 2022, Ukraine says, though it still recruits, on average, '
     '35,000 a month.',
     '35,000', {'metric': 'russian_recruits_per_month'}),
    ('review35, rule 7: a flow of reinforcements, not the grouping as a rate',
     'Kursk\n'
     'Russia has 60,000 troops in Kursk, Ukraine says, 500 a day arriving as reinforcements.',
     '500', {'metric': None}),
    ("review35, rule 7: another army's rate",
     'Losses\n'
     'Russia lost 45,000 soldiers in December — North Korea, about 30 a day.',
     '30', {'metric_not': 'russian_casualties'}),
    ("review35, rule 8: 'versus 400 for Ukraine'",
     'Losses\n'
     'Russia lost about 1,500 soldiers a day in December, versus 400 for Ukraine, Western officials estimate.',
     '400', {'metric': None}),
    ("review35, rule 8: 'after' a conjunction of time: 12,000 North Koreans arrived",
     'Losses\n'
     'Russia lost 1,200 soldiers in the three days after 12,000 North Koreans arrived in Kursk, Kyiv says.',
     '12,000', {'metric': 'dprk_troops_in_russia'}),
    ('review35, rule 9: as above',
     'Kursk\n'
     'Russia has about 60,000 troops in Kursk, including North Korean units that Ukraine estimates lost 300 men last week.',
     '60,000', {'metric': 'russian_troops_kursk'}),
    ('review35, rule 10: population',
     'Russian losses\n'
     "Russia's losses have passed 1 million, Kyiv says. The population of the Kursk region is only slightly larger, "
     "at about 1.1 million.",
     '1.1 million', {'metric': None}),
    ("review35, rule 10: NK's whole army; past max_value_unnamed, which this path skips",
     'North Korea\n'
     'North Korea has sent about 11,000 troops to Russia, Seoul says. Its army is much larger, at around 1.2 million.',
     '1.2 million', {'metric_not': 'dprk_troops_in_russia'}),
    ('review35, rule 10: past russian_troops_kursk max_value 200,000, which this path skips',
     'Kursk\n'
     'Russia has about 50,000 troops in Kursk, Syrskyi says. Its whole force in Ukraine is far larger, at roughly 600,000.',
     '600,000', {'metric': None}),
    ("review35, rule 10: another country's army",
     'North Korea\n'
     "North Korea has sent 11,000 troops to Russia, the NIS says. South Korea's army is larger, at about 500,000.",
     '500,000', {'metric': None}),
    ('review35, rule 10: a wage',
     'Bonus\n'
     'The Kursk region pays new recruits a bonus of 400,000 rubles. The average wage there is lower, at about 60,000.',
     '60,000', {'metric_not': 'signing_bonus_rub'}),
    ('review35, rule 10: recruits, not losses',
     'Russian losses\n'
     'Russia lost 45,000 soldiers in December, Ukraine says. Its recruitment is lower, at about 35,000.',
     '35,000', {'metric_not': 'russian_casualties'}),
]

ROWS += [
    ("a rolling page's entry stamped with its day and time dates its 'on Tuesday'",
     "LIVE: North Korean troops suffer first casualties in Kursk\n"
     "March 12, 2025 11:08 AM GMT\n"
     "Russia has lost 770,310 troops since February 2022, Ukraine's General Staff said on Wednesday.\n"
     "March 11, 2025 9:15 AM GMT\n"
     "North Korea has about 11,000 soldiers in Kursk, the Pentagon said on Tuesday.",
     "770,310", {"metric": "russian_casualties", "as_of": "2025-03-12"}),
]

ROWS += [
    ("an outlet's own estimate in its own voice ('We estimate that ...') is the outlet's, not unattributed",
     "Counting the dead\n"
     "We estimate that about 70,000 Russian soldiers died in 2024, based on probate records.",
     "70,000", {"metric": "russian_casualties", "source": "Test Wire"}),
    ("'we're learning more about the 10,000 North Korean soldiers' is news, not the outlet's own count",
     "North Korea\n"
     "We're learning more about the roughly 10,000 North Korean soldiers fighting alongside Russia.",
     "10,000", {"metric": "dprk_troops_in_russia", "source": "unattributed"}),
]

ROWS += [
    ("a podcast's timestamped turns are a transcript's: each figure is its speaker's",
     "Episode 112: Kim's soldiers\n"
     "[00:00:34] Rachel Abbott: So yesterday the Pentagon finally gave a number. Where are we?\n"
     "[00:00:39] Tomasz Wierzbicki: About 10,000 North Korean soldiers have been sent to eastern Russia, I would say.\n"
     "[00:01:05] Rachel Abbott: And the Ukrainians?\n"
     "[00:01:07] Tomasz Wierzbicki: Higher. I think 11,000 North Korean soldiers are there now.",
     "11,000", {"metric": "dprk_troops_in_russia", "source": "Tomasz Wierzbicki"}),
    ("a transcript's bare figure after a claim is a figure of the same thing, as speech leaves the noun out",
     "Episode 112: Kim's soldiers\n"
     "[00:00:34] Rachel Abbott: So yesterday the Pentagon finally gave a number. Where are we?\n"
     "[00:00:39] Tomasz Wierzbicki: The Pentagon said about 10,000 North Korean soldiers have been sent to eastern Russia.\n"
     "[00:01:05] Rachel Abbott: And the Ukrainians?\n"
     "[00:01:07] Tomasz Wierzbicki: Budanov's people said eleven thousand last week.",
     "eleven thousand", {"metric": "dprk_troops_in_russia"}),
]

# Guard: a transcript's bare figure that is a whole ("out of") or a toll after troops is not the troops.
ROWS += [
    ("a transcript's bare figure that is a toll after a figure of troops is not the troops",
     "Episode 19\n"
     "[00:00:34] Host: How many North Koreans were sent?\n"
     "[00:00:39] Guest: About 11,000 North Korean soldiers went to Russia in the first wave.\n"
     "[00:01:05] Host: And how many were hurt?\n"
     "[00:01:07] Guest: Six thousand killed and wounded.",
     "Six thousand", {"metric_not": "dprk_troops_in_russia"}),
]

ROWS += [
    ("a post, a video or a map that says a figure is its claimant: 'A TikTok video says ...'",
     "Fact check\n"
     "A TikTok video says 5,000 North Korean soldiers were killed in one week of fighting in Russia's Kursk region.",
     "5,000", {"metric": "dprk_casualties", "source": "TikTok video"}),
    ("an estimate 'published on Thursday' is dated by its publication, as a statement is",
     "Losses\n"
     "According to estimates of Ukraine's military published on Thursday morning, 850,000 Russian soldiers have been "
     "killed or wounded so far in the war, Sky News reports.",
     "850,000", {"metric": "russian_casualties", "as_of": "2025-03-06"}),
]

ROWS += [
    ("speech's hedges make a figure approximate: 'something like 1,500 soldiers a day', 'give or take 10,000'",
     "Losses\n"
     "In November alone Russia was losing something like 1,500 soldiers a day, according to British estimates.",
     "1,500", {"metric": "russian_casualties", "qualifier": "approx"}),
]


# After synth56's first measurement (2026-12-07, twenty-sixth session): each fails with 4a71ed2.
ROWS += [
    ("a caption line over rows of a date and a figure: the caption is the column, the dates the rows'",
     "Area of Russia's Kursk Oblast controlled by Ukraine, August 2024 to April 2025\n"
     "Area controlled (km²)\n"
     "Aug 16, 2024\t1,150\n"
     "Aug 27, 2024\t1,294\n"
     "Oct 15, 2024\t1,000\n"
     "Nov 20, 2024\t800",
     "1,000", {"metric": "ukraine_held_kursk_km2", "as_of": "2024-10-15"}),
    ("an area larger than Kursk Oblast is no area Ukraine holds there",
     "Kursk\n"
     "Ukraine controlled about 110 square kilometres of Kursk in March. Ukraine's total land area is 603,550 square "
     "kilometres.",
     "603,550", {"metric": None}),
]


# review36 (159 adversarial cases against the session's later rules, 49 breaks, 48 mended): each row passes with
# 4a71ed2 and with today's code and fails with the code reviewed (063cc6c).
ROWS += [
    ("review36, rule 1: 'Confirmed death toll' at a sentence start",
     'Russian war dead\n'
     'Mediazona and the BBC Russian service have been counting Russian soldiers killed in Ukraine since 2022. '
     'Confirmed death toll reached 95,000 this month, they said.',
     '95,000', {'metric': 'russian_casualties'}),
    ("review36, rule 1: 'death toll from the offensive': the story's own fight",
     'Russian casualties near Pokrovsk\n'
     "Ukraine's military says Russian troops are suffering record losses near Pokrovsk. The death toll from the "
     "offensive has passed 20,000 since October, a spokesman said.",
     '20,000', {'metric': 'russian_casualties'}),
    ("review36, rule 1: 'people killed in the drone strike' on the story's own soldiers",
     'North Korea in Kursk\n'
     "Ukrainian drones hit North Korean positions in the Kursk region, Kyiv said. At least 30 people were killed in "
     "the drone strike on their positions, Ukraine's special forces said.",
     '30', {'metric': 'dprk_casualties'}),
    ("review36, rule 1: General Staff's 'people' for Russian losses; 'people ... injured' alternative",
     'Russian losses\n'
     "Ukraine's General Staff gave its daily update on Russian losses on Tuesday. In the past 24 hours, 1,180 "
     "people were killed or injured, it said.",
     '1,180', {'metric': 'russian_casualties'}),
    ("review36, rule 2: a timeline set with gaps becomes a table whose header is its first entry, 'Russia annexes Cr",
     "North Korea's war in Europe\n"
     'Timeline\n'
     '2014      Russia annexes Crimea\n'
     '2022      Full-scale invasion begins\n'
     '2024      North Korea sends about 11,000 troops\n'
     '2025      Seoul says about 4,000 have been killed or wounded',
     '4,000', {'metric': 'dprk_casualties'}),
    ('review36, rule 2: dprk_troops_in_russia',
     "Ukraine's Kursk operation\n"
     'Key numbers\n'
     'Started — August 2024\n'
     'Peak area held — 1,376 sq km\n'
     'Held now — about 200 sq km\n'
     'North Korean troops sent — 11,000',
     '11,000', {'metric': 'dprk_troops_in_russia', 'as_of': '2025-03-10'}),
    ('review36, rule 2: caption currency over a column of deaths',
     'Sign-up bonuses and deaths\n'
     'Table 2. Confirmed deaths and one-off sign-up payments, selected regions (roubles)\n'
     '| Region | Confirmed deaths | One-off payment |\n'
     '|---|---|---|\n'
     '| Bashkortostan | 4,200 | 1,500,000 |\n'
     '| Tatarstan | 3,100 | 2,000,000 |\n'
     '| Buryatia | 2,900 | 1,000,000 |',
     '4,200', {'metric_not': 'signing_bonus_rub'}),
    ("review36, rule 2: 'Age range' is an interval label once 'range' is taken out ('age' is 3 letters)",
     'Who is dying\n'
     'Confirmed Russian military deaths by region, with ages\n'
     '| Region | Deaths | Age range |\n'
     '|---|---|---|\n'
     '| Bashkortostan | 4,200 | 19–62 |\n'
     '| Tatarstan | 3,100 | 18–59 |',
     '19', {'metric': None}),
    ('review36, rule 1: the attackers killed in their own attack',
     'Pokrovsk\n'
     "Ukraine's General Staff said Russian troops tried to storm Ukrainian positions near Pokrovsk overnight. About "
     "300 people were killed in the attack, it said.",
     '300', {'metric': 'russian_casualties'}),
    ("review36, rule 1: the page's own village",
     'Kursk\n'
     "Ukrainian drones hit a North Korean unit near Plekhovo. The Plekhovo death toll rose to 120 on Tuesday, "
     "Ukraine's special forces said.",
     '120', {'metric': 'dprk_casualties'}),
    ("review36, rule 2: a two-column fact list whose first row, 'Founded 1948', is now a header (_figure_cell lets a",
     "North Korea's army\n"
     'Key facts\n'
     'Founded      1948\n'
     'Active personnel      1.3 million\n'
     'Reservists      7.6 million\n'
     'Troops sent to Russia      about 11,000',
     '1.3 million', {'metric': 'dprk_active_military', 'as_of': '2025-03-10'}),
    ("review36, rule 5: the other side's, named only in the question",
     'Frontline Weekly\n'
     '[00:00:05] Host: Tomasz, what about Russian losses?\n'
     "[00:01:07] Tomasz Wierzbicki: Ukraine's General Staff says Russia has lost about 790,000 soldiers killed and wounded.\n"
     "[00:02:10] Host: And Ukraine's own losses?\n"
     '[00:02:30] Tomasz Wierzbicki: Zelensky says about 400,000.',
     '400,000', {'metric': None}),
    ('review36, rule 1: russian_casualties',
     "Russia's losses in Kursk\n"
     "Russian forces have lost heavily since August, Ukraine's commander-in-chief says. The Kursk death toll "
     "reached about 20,000 by January, Syrskyi said.",
     '20,000', {'metric': 'russian_casualties'}),
    # twenty-seventh session: key-figure boxes, reference marks, hyphenated line breaks, an opening 'by <month>'
    ("'• 10,000 — North Korean troops sent to Russia': a bulleted figure's gloss says what it counts, not who gave it",
     'The war in numbers\nFigures that explain the war.\n• 10,000 — North Korean troops sent to '
     'Russia\n• 1,300 sq km — the most Kursk land Ukraine held',
     '10,000', {'metric': 'dprk_troops_in_russia'}),
    ("'400 000 — federal one-time payment ... (RUB)': a figure spaced in thousands, glossed, its currency in brackets",
     'Key numbers\n400 000 — federal one-time payment for contract soldiers (RUB)\n11,000 — North '
     'Korean soldiers sent to Kursk',
     '400 000', {'metric': 'signing_bonus_rub', 'value': 400000.0}),
    ("'a 1.5 million regional one-time bonus as well': the words before a sum's noun are its "
     "adjectives, and 'as' no plural after it",
     'Sign-up pay\nBelgorod raised its payment to 2 million rubles in January. Kursk now offers a 1.5 '
     'million regional one-time bonus as well, officials said.',
     '1.5 million', {'metric': 'signing_bonus_rub'}),
    ("'estimated at 50,000 in November 2024.9 Its size ...': a reference mark after a year's full stop is no decimal",
     'Kursk\nThe North Korean contingent fought beside a Russian force that U.S. officials estimated at '
     '50,000 in November 2024.9 Its size is disputed.',
     '2024', {'metric': None}),
    ("'... are in Russia.14 The figure ...': a reference mark after a sentence's full stop is no count (guard)",
     "North Korea's troops\nSeoul says about 11,000 North Korean troops are in Russia.14 The figure has "
     'not changed since December, the report says.',
     '14', {'metric': None}),
    ("'4,000+ killed and wounded[8][citation needed]': an encyclopedia's bracketed reference marks (guard)",
     'North Korean involvement in the Kursk offensive\nNorth Korean casualties: 4,000+ killed and '
     'wounded[8][citation needed]',
     '4,000', {'metric': 'dprk_casualties', 'qualifier': 'more_than'}),
    ("'North Ko-' / 'rean soldiers': a word hyphenated at a line's end is one word",
     "North Korea's troops\nSeoul's spy agency said on Wednesday that about 11,000 North Ko-\nrean "
     'soldiers had been sent to Russia, it said.',
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ("'11,000 — ..., according to the NIS' / '400 000 — federal one-time payment': one key figure's "
     "source is not the next one's",
     'Key numbers\n11,000 — North Korean soldiers sent to Kursk, according to the NIS\n400 000 — '
     'federal one-time payment for contract soldiers (RUB)',
     '400 000', {'metric': 'signing_bonus_rub', 'source_not': 'National Intelligence'}),
    ("'2,700 — wounded, same source' after '300 — of them killed, per the NIS': a key figure that "
     'points back keeps its source (guard)',
     'Key numbers\n11,000 — North Korean troops sent to Russia, per the NIS\n300 — of them killed, per '
     'the NIS\n2,700 — wounded, same source',
     '2,700', {'metric': 'dprk_casualties', 'source': 'South Korea National Intelligence Service'}),
    ("'Russian personnel losses claimed by Ukraine's General Staff: 1,085,000+': a list item's long "
     'label says what it counts',
     'Key figures on the war\nRussia has lost many soldiers, analysts say.\n• Russian personnel losses '
     "claimed by Ukraine's General Staff: 1,085,000+\n• Ukrainian-held area in Kursk: none",
     '1,085,000', {'metric': 'russian_casualties'}),
    ("'By December, about 11,000 ... were in the Kursk region, the Pentagon said': an opening 'by "
     "<month>' before a past verb whose clause goes on past a comma is a month gone by",
     'North Korea\nBy December, about 11,000 North Korean troops were in the Kursk region, the Pentagon said.',
     '11,000', {'metric': 'dprk_troops_in_russia', 'as_of': '2024-12'}),
    ("'c. 15,000 (cumulative, April 2025)': 'c.' (circa) before a figure ends no sentence",
     'North Korean involvement\nNorth Korean troops sent to Russia (South Korean estimate): c. 15,000 '
     '(cumulative, April 2025)',
     '15,000', {'metric': 'dprk_troops_in_russia', 'qualifier': 'approx'}),
    ("'Issue Brief No. 2,318: North Korea's Troop Deployment': a number after 'No.' names a document",
     "Issue Brief No. 2,318: North Korea's Troop Deployment to Russia — Assessment and "
     'Implications\nSeoul says North Korea has sent about 11,000 troops to Russia.',
     '2,318', {'metric': None}),
    ("'about 100 Australian Defence Force personnel help train Ukrainian recruits': a third country's "
     'force by its name',
     "North Korea's troops\nSeoul says North Korea has sent about 11,000 troops to Russia. Australia "
     'has also extended Operation Kudu, under which about 100 Australian Defence Force personnel help '
     'train Ukrainian recruits.',
     '100', {'metric': None}),
    ("'so even 10,000 deaths would be less than 1% of its strength': a figure supposed for the sake of argument",
     "North Korea's losses\nNorth Korea's army has about 1.2 million active soldiers, so even 10,000 "
     'deaths would be less than 1% of its strength.',
     '10,000', {'metric': None}),
    ("'Today North Korea has about 26 million people': a country's people, no force",
     "North Korea's troops in Russia\nSeoul says about 11,000 North Korean troops are in Russia. Today "
     'North Korea has about 26 million people.',
     '26 million', {'metric': None}),
    ("'3. About how many North Korean soldiers were killed or wounded ...?' / '(Answer: about 4,700)': "
     "a quiz's numbered question says what its answer counts",
     'Quiz\n3. About how many North Korean soldiers were killed or wounded by April 2025, according to '
     'South Korea?\n(Answer: about 4,700)',
     '4,700', {'metric': 'dprk_casualties'}),
    ("a hard-wrapped article: 'the agency now believes that about' / '3,000 North Korean soldiers ...' "
     'is one sentence',
     "North Korea's losses in Kursk\nSEOUL - South Korea's National Intelligence Service said on\n"
     "Monday that North Korean units fighting in Russia's Kursk\nregion had suffered heavy losses in "
     'recent weeks and that\nthe agency now believes that about\n3,000 North Korean soldiers have been '
     'killed or wounded in\nthe fighting, up from its earlier estimate of about 1,100\ncasualties in '
     'December, lawmakers told reporters after a\nclosed briefing at the National Assembly in Seoul, '
     'where\nthe agency also said that Pyongyang appeared to be\npreparing to send more troops to '
     'replace its losses.',
     '3,000', {'metric': 'dprk_casualties', 'qualifier': 'approx'}),
    ("a running header between a sentence's parts ('... has now lost more than' / 'THE GAZETTE | ... | "
     "17' / '700,000 ...')",
     "Russia's losses\nTHE NORTHERN GAZETTE | Tuesday, November 19, 2024 | 16\n\nRussia suffered heavy losses.\n"
     "Its attacks went on.\nKyiv held the line.\nThe weather was cold.\nThe ministry believes "
     'Moscow has now lost more than\n\nTHE NORTHERN GAZETTE | Tuesday, November 19, 2024 | 17\n\n'
     '700,000 troops killed or wounded since the war began, it said.',
     '700,000', {'metric': 'russian_casualties', 'qualifier': 'more_than'}),
    ("an interview's answer whose subject a question several turns back named ('Q. How many have been "
     "sent in total?' / 'A. Around 15,000 combat troops ...')",
     "'We should prepare for the soldiers who come home'\nRep. Yoon Ha-neul spoke to us after the "
     "agency's briefing.\n\nQ. What did the NIS tell the committee?\n\nA. The headline is that the "
     'number of North Korean soldiers killed has risen to about 2,000. That is more than three times '
     'the April figure. The NIS thinks most of those deaths happened during the counteroffensive.\n\nQ. '
     'How many have been sent in total?\n\nA. Around 15,000 combat troops have been dispatched so far, '
     'in two rounds.\n\nQ. Is the deployment making Pyongyang rich?\n\nA. Nobody knows.',
     '15,000', {'metric': 'dprk_troops_in_russia'}),
    ("a figure set as a heading, what it counts in the line under it ('1.2 million' / 'Russian soldiers "
     "killed and wounded since February 2022, ...')",
     'The war in numbers\n\n1.2 million\nRussian soldiers killed and wounded since February 2022, '
     "according to Ukraine's General Staff.\n\nAbout 400,000\nOf them in 2025 alone.",
     '1.2 million', {'metric': 'russian_casualties', 'source': 'Ukrainian General Staff'}),
    ("'24 days ago' / '334' / a headline: a bare number under a thousand set alone is a page's count, "
     'no heading figure (guard)',
     'NATO chief says North Korean troops have been deployed in Kursk\n\n24 days ago\n334\n\nNATO chief '
     'says North Korean troops have been deployed in Kursk | Thousands of North Korean troops have '
     'arrived in Kursk.',
     '334', {'metric': None}),
    ("'violating ... resolution 1718 (2006)': a lower-case 'resolution' before a number names a document",
     "North Korea's troops\nSeoul says about 11,000 North Korean troops are in Russia. Any State that "
     'deployed them, she said, was violating Council resolutions, including resolution 1718 (2006).',
     '1718', {'metric': None}),
    ("'The initial (maximum) contract price is 4,944,000 roubles': a procurement's price is no sign-up payment",
     'Tender for phrasebooks\nThe Defence Ministry is buying Korean phrasebooks for its units. The '
     'initial (maximum) contract price is 4,944,000 roubles.',
     '4,944,000', {'metric': None}),
    ("'He said that the Kyiv regime had lost more than 30,000 soldiers': 'the Kyiv regime' is Ukraine, "
     'the loser named',
     "Security Council\nThe Council discussed North Korea's troops in Russia and their losses. He said "
     'that the Kyiv regime had lost more than 30,000 soldiers in the Kursk region since August.',
     '30,000', {'metric': None}),
    ("'LINDA THOMAS-GREENFIELD (United States) said her country assessed ...': a member state's speaker "
     "in the UN's coverage",
     'Security Council\nLINDA THOMAS-GREENFIELD (United States) said her country assessed that '
     "approximately 11,000 soldiers of the Democratic People's Republic of Korea had been sent to "
     'Russia.',
     '11,000', {'metric': 'dprk_troops_in_russia', 'source': 'US government'}),
    ("'Defence Intelligence assess that ...': Britain's agency by its own name, its verb in the plural",
     'Written answers\nDefence Intelligence assess that approximately 11,000 DPRK troops remain in '
     'Russia, most of them in the Kursk area.',
     '11,000', {'metric': 'dprk_troops_in_russia', 'source': 'UK Ministry of Defence'}),
    ("'At 400,000 roubles per contract, ...': 'per' before a common noun is a rate, no relay",
     'Draft budget\nThe federal one-time payment to those who sign a contract remains at 400,000 '
     'roubles. At 400,000 roubles per contract, 128 billion roubles would cover 320,000 contracts.',
     '400,000', {'metric': 'signing_bonus_rub', 'source_not': 'contract'}),
    ("'With Ukraine's Kursk salient shrinking — DeepState puts it at about 100 square kilometres': 'it' "
     "names its own sentence's noun",
     "Kursk\nWith Ukraine's Kursk salient shrinking to a sliver — DeepState puts it at about 100 square "
     'kilometres this week — the North Koreans could soon be free.',
     '100', {'metric': 'ukraine_held_kursk_km2', 'source': 'DeepState'}),
    ("'3,000+ — North Korean killed and wounded in Kursk, per Zelensky': a figure with a plus glossed after its dash",
     'Key figures\n3,000+ — North Korean killed and wounded in Kursk, per Zelensky.\n1,500 — special '
     "forces troops shipped to Russia's Far East, the first group.",
     '3,000', {'metric': 'dprk_casualties', 'qualifier': 'more_than'}),
    ("'Personnel losses, February 17–23: 8,710': a label's dated part may hold a dash",
     "Russian losses tracker\nUkraine's General Staff counts Russian losses every day.\nPersonnel "
     'losses, February 17–23: 8,710, an average of about 1,244 a day.',
     '8,710', {'metric': 'russian_casualties'}),
    ('review37, rule 1d: a key-figures box in a wrapped article: its lines joined (guard)',
     "North Korean troops in Kursk: what Seoul told lawmakers\n\nSouth Korea's National Intelligence "
     'Service told lawmakers on\nMonday that North Korea has sent about 11,000 troops to Russia\nand '
     'that most of them have been sent to the Kursk region, where\nthey have fought since December. The '
     'agency said the troops\nhad suffered heavy losses because of drones and that they were\npoorly '
     'prepared for the kind of war being fought there, with\nmany killed in the first weeks of fighting '
     'near the border. It\nsaid Pyongyang had received oil and air defence systems, and\nit expected '
     'more soldiers to be sent in the coming months.\nKey figures\n11,000 — North Korean troops sent to '
     'Russia (NIS)\n300 — North Korean soldiers killed in the Kursk region\n2,700 — North Korean '
     'soldiers wounded, per the same source\nThe agency also said Pyongyang had received oil and air '
     'defence\nsystems in return for the troops, the lawmakers told reporters.\n',
     '2,700', {'metric': 'dprk_casualties', 'source_has': 'National Intelligence'}),
    ("review37, rule 2a: 'the NIS' after the dash (guard)",
     'How many North Koreans are in Russia?\nEstimates differ widely between governments.\n• 11,000 — '
     'the Pentagon\n• 12,000 — the NIS\n• 15,000 — Ukrainian military intelligence',
     '12,000', {'metric': 'dprk_troops_in_russia', 'source_has': 'National Intelligence'}),
    ("review37, rule 2a: a people's adjective and a plural after the dash ('South Korean lawmakers'): "
     'the figure is lost (guard)',
     'How many North Koreans are in Russia?\nEstimates differ widely between governments.\n• 11,000 — '
     'Pentagon\n• 12,000 — South Korean lawmakers\n• 15,000 — Ukrainian military intelligence',
     '12,000', {'metric': 'dprk_troops_in_russia'}),
    ('review37, rule 2b: a box of estimates by source under its heading (guard)',
     "North Korean troops in Russia\nEstimates of North Korean troops in Russia\n11,000 — South Korea's "
     'NIS\n12,000 — Ukrainian officials\n15,000 — the Pentagon',
     '15,000', {'metric': 'dprk_troops_in_russia', 'source_has': 'Pentagon'}),
    ('review37, rule 2d: spaced thousands, a source after each dash (guard)',
     'How many North Koreans are in Russia?\nEstimates differ widely between governments.\n• 11 000 — '
     'Pentagon\n• 12 000 — NIS\n• 15 000 — Ukrainian military intelligence',
     '12 000', {'metric': 'dprk_troops_in_russia', 'source_has': 'National Intelligence'}),
    ('review37, rule 2a: plain sources after the dashes; before read the first item as a table header '
     '(losing 11,000), after  (guard)',
     'How many North Koreans are in Russia?\nEstimates differ widely between governments.\n• 11,000 — '
     'Pentagon\n• 12,000 — NIS\n• 15,000 — Ukrainian military intelligence',
     '15,000', {'metric': 'dprk_troops_in_russia', 'source_has': 'military intelligence'}),
    ("review37, rule 3a: a sentence that ends in 'c.': its figure read as circa (guard)",
     'Russian bonuses\nThe ministry offered three options: a, b and c. 400,000 roubles is now the '
     'federal one-time payment for signing a contract.',
     '400,000', {'metric': 'signing_bonus_rub', 'qualifier': 'exact'}),
    ("review37, rule 3b: 'said no.' then a sentence led by its figure (guard)",
     "Seoul on North Korea's losses\nAsked whether Pyongyang had stopped sending soldiers, the lawmaker "
     'said no. 3,000 more North Korean troops arrived in January, the NIS told him.',
     '3,000', {'metric': 'dprk_troops_in_russia'}),
    ("review37, rule 3d: 'even' on a real figure, 'would' in a relative clause (guard)",
     "Russia's losses\nOn its worst days this winter Russia lost even 2,000 soldiers who would "
     "otherwise have been sent to Pokrovsk, Ukraine's General Staff said.",
     '2,000', {'metric': 'russian_casualties'}),
    ("review37, rule 3d: a real figure, 'could' in a relative clause (guard)",
     "North Korea's troops\nPyongyang has sent even 3,000 more soldiers who could be deployed to the "
     "front by spring, South Korea's spy agency said on Monday.",
     '3,000', {'metric': 'dprk_troops_in_russia'}),
    ('review37, rule 4b: workers, not troops (guard)',
     "North Korea's war in numbers\nNUMBER OF THE WEEK\n2,500\nNorth Korean workers sent to Russian "
     'building sites this year, according to the NIS.',
     '2,500', {'metric': None}),
    ("review37, rule 4a: an interview with a Ukrainian commander: his brigade's dead read as North "
     "Korea's (subject 6 sentenc (guard)",
     "'We held the line': a Ukrainian commander on Kursk\nHow many North Koreans did you face?\nAt the "
     'start about 11,000 North Korean soldiers were sent to the Kursk region. They came in waves.\nWhat '
     'about your brigade?\nIt was hard. The drones were everywhere. Supply was difficult.\nWere there '
     'many losses?\nYes. About 300 were killed in my brigade over the winter.',
     '300', {'metric': None}),
    ("review37, rule 5e: 'per volunteers' is a relay (guard)",
     "North Korea's losses\nAbout 300 North Korean soldiers were killed, per volunteers who track the "
     'dead from photos.',
     '300', {'metric': 'dprk_casualties', 'source_has': 'volunteer'}),
    ('review37, rule 1c: two tracker lines whose figure did not change, the day counting up: removed as '
     'a running header (guard)',
     "Kursk tracker\nArea held by Ukraine in Russia's Kursk region, per DeepState\nDec 16 | Ukraine "
     'holds 600 sq km of Kursk\nDec 17 | Ukraine holds 600 sq km of Kursk',
     '600', {'metric': 'ukraine_held_kursk_km2'}),
    ("review37, rule 1c: a weekly tracker's capitalised line, figure unchanged, week counting up: "
     'removed as a running header (guard)',
     'North Korean troops: weekly tracker\nWEEK 3 | NORTH KOREAN TROOPS IN RUSSIA: 11,000 (NIS)\nSeoul '
     'says the figure is unchanged.\nWEEK 4 | NORTH KOREAN TROOPS IN RUSSIA: 11,000 (NIS)\nSeoul says '
     'the figure is still unchanged.',
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ('review37, rule 2a: a bulleted list of sources under a sentence naming the count: only the first '
     'item is read (guard)',
     'North Korean troops in Russia\nEstimates of North Korean troops in Russia differ widely between '
     'governments.\n• 11,000 — Pentagon\n• 12,000 — NIS\n• 15,000 — Ukrainian military intelligence',
     '12,000', {'metric': 'dprk_troops_in_russia', 'source_has': 'National Intelligence'}),
    ('review37, rule 2a: a bulleted list of sources under a sentence naming the count: only the first '
     'item is read (guard)',
     'North Korean troops in Russia\nEstimates of North Korean troops in Russia differ widely between '
     'governments.\n• 11,000 — Pentagon\n• 12,000 — NIS\n• 15,000 — Ukrainian military intelligence',
     '15,000', {'metric': 'dprk_troops_in_russia', 'source_has': 'military intelligence'}),
    ("review37, rule 2a: the same list after an introduction ending in ':' (guard)",
     'How many North Koreans are in Russia?\nEstimates differ widely between governments:\n• 11,000 — '
     'Pentagon\n• 12,000 — NIS\n• 15,000 — Ukrainian military intelligence',
     '12,000', {'metric': 'dprk_troops_in_russia', 'source_has': 'National Intelligence'}),
    ("an answer that names its figure 'the most likely figure': what the question before asked about",
     "'The dead are the hardest number'\nAn analyst on Russia's losses.\n\nHow many Russian soldiers "
     "have been killed since 2022?\n\nNobody knows for certain. The records are poor. I'd put the most "
     'likely figure at 200,000 to 220,000.\n\nWhat about the wounded?\n\nMany more.\n\nIs the count '
     'rising?\n\nYes.',
     '200,000', {'metric': 'russian_casualties'}),
    ("a scale abbreviation's full stop before the currency: '300 thous. rub.' is money",
     'Bonus in the Orenburg region\nVolunteers who sign a contract receive a one-time payment of 300 '
     'thous. rub. from the regional budget.',
     '300 thous', {'metric': 'signing_bonus_rub', 'value': 300000.0}),
    ("a scale abbreviation's full stop before the currency: '2 mln. rubles'",
     'Bonus in the Perm region\nThe one-time payment for signing a contract was raised to 2 mln. '
     'rubles, the governor said.',
     '2 mln', {'metric': 'signing_bonus_rub', 'value': 2000000.0}),
    ("translated copy's 'pers.' counts persons",
     'The General Staff reports\nOver the past day the losses of the Russian army amounted to 1 250 '
     'pers., the General Staff said.',
     '1 250', {'metric': 'russian_casualties'}),
    ("an interview's initials label: the guest the article names with those initials",
     "'A long war'\nRetired general Martin Okoye on North Korea's soldiers.\nBy Clara Hughes\n\nMartin "
     'Okoye served 30 years in the army and now advises a defence think tank in London on East Asia and '
     'Russia.\n\nCH: Where does the deployment stand?\n\nMO: About 12,000 North Korean soldiers are in '
     'Russia now, most of them in Kursk.\n\nCH: Will more come?\n\nMO: I expect so.\n\nCH: And the '
     'losses?\n\nMO: They are heavy.',
     '12,000', {'metric': 'dprk_troops_in_russia', 'source_has': 'Martin Okoye'}),
    ("an interview's surname label: the guest the article names in full",
     "'The money is running out'\nAn economist on Russia's sign-up bonuses.\n\nEconomist Natalia "
     'Berezina has studied regional recruitment budgets across Russia for the past three years.\n\nThe '
     'Review: How much does a region pay now?\n\nBerezina: Tatarstan pays 1.5 million rubles on signing '
     'a contract.\n\nThe Review: Is that falling?\n\nBerezina: Yes, it is.\n\nThe Review: Why?\n\n'
     'Berezina: The budgets are empty.',
     '1.5 million', {'metric': 'signing_bonus_rub', 'source_has': 'Natalia Berezina'}),
    ("an interview's 'A:' turn: the guest the introduction names",
     "Q&A: 'They are learning fast'\nTEN QUESTIONS\nBy Tom Reyes\n\nDr. Hana Lindqvist, a senior fellow "
     'at a research institute in Stockholm, has followed the North Korean deployment since October.\n\n'
     'Q: How many have been killed?\n\nA: My estimate is that about 1,000 North Korean soldiers have '
     'been killed so far.\n\nQ: And wounded?\n\nA: Several times that.\n\nQ: Will it go on?\n\nA: Yes.',
     '1,000', {'metric': 'dprk_casualties', 'source_has': 'Hana Lindqvist'}),
    ("an interviewer's label (its turns ask): its figures are not the guest's",
     "'A long war'\nRetired general Martin Okoye on North Korea's soldiers.\nBy Clara Hughes\n\nMartin "
     'Okoye served 30 years in the army and now advises a defence think tank in London on East Asia and '
     'Russia.\n\nKDN: The Pentagon says 11,000 North Korean soldiers are in Russia. Is that right?\n\n'
     'MO: It is close.\n\nKDN: Will more come?\n\nMO: I expect so.\n\nKDN: And the losses?\n\nMO: They '
     'are heavy.',
     '11,000', {'metric': 'dprk_troops_in_russia', 'source': 'Pentagon'}),
    ("a page's short labels that neither ask nor name anyone are no speakers (guard)",
     'Kursk in charts\nChart 1: the area Ukraine held in Kursk.\n\nSource: DeepState.\n\nNote: Figures '
     'are rounded.\n\nSource: ISW.\n\nUkraine held about 800 square kilometres of Kursk in November, '
     'the General Staff said.\n\nNote: Estimates differ.',
     '800', {'metric': 'ukraine_held_kursk_km2', 'source_not': 'Note'}),
    ("an answer's area with no verb of its own takes the land held the question's turn named in that unit",
     "'Less than it took'\nA former commander on Kursk.\nBy Ann Lee\n\nBrian Castle commanded a brigade "
     'for five years and now writes on the war in Ukraine for a London weekly.\n\nAL: Ukraine says it '
     'still holds around 800 square kilometres of Kursk. How long can it keep that?\n\nBC: Not long. '
     'They were at something like 1,300 square kilometres in August.\n\nAL: And now?\n\nBC: Less every '
     'week.',
     '1,300', {'metric': 'ukraine_held_kursk_km2', 'counted': 'area_held'}),
    ("'at the high-water mark' is the hold at its peak",
     'Kursk, a year on\nAt the high-water mark in August, Ukraine held about 1,300 square kilometres of '
     "Russia's Kursk region.",
     '1,300', {'metric': 'ukraine_held_kursk_km2', 'counted': 'area_seized'}),
    ("'Now the US says' names the US, not 'Now the US'",
     'North Korean troops\nSeoul said 3,000 had gone. Now the US says 10,000 North Korean soldiers are in Russia.',
     '10,000', {'metric': 'dprk_troops_in_russia', 'source_not': 'Now'}),
    ("a representative's body: an interview's 'O.L.' is 'HUR representative Oleh Lysak', who speaks for HUR",
     "'Losses are rising'\nKyiv Evening Post\n\nOn December 26 we spoke with HUR representative Oleh "
     'Lysak about what the agency knows of the North Korean units.\n\nKEP: How many have they lost?\n\n'
     'O.L.: Our figure today is 3,800 North Korean soldiers killed and wounded.\n\nKEP: Where?\n\nO.L.: '
     'Around Plekhovo.\n\nKEP: And next?\n\nO.L.: More assaults.',
     '3,800', {'metric': 'dprk_casualties', 'source_has': 'intelligence'}),
    ("translated copy's 'KNDR' is North Korea, 'military' after a number its soldiers",
     'North Korean soldiers in Kursk\nBesides, there were brought about 12 thousand military of the '
     'KNDR to the Kursk region.',
     '12 thousand', {'metric': 'dprk_troops_in_russia'}),
    ("'11 thousand of the North Korean military': the soldiers, not the army",
     'Budanov on Kursk\nBudanov: in the Kursk region are now 11 thousand of the North Korean military.',
     '11 thousand', {'metric': 'dprk_troops_in_russia'}),
    ("a count of a country's 'military' below its army's size is troops of it, not its army",
     'Intelligence update\nBy the data of the GUR, in the Kursk region there are more than 11 thousand '
     'military of the DPRK.',
     '11 thousand', {'metric': 'dprk_troops_in_russia'}),
    ("North Korea's military of 1.2 million is still its army (guard)",
     "North Korea's army\nNorth Korea has a military of 1.2 million, one of the largest in the world.",
     '1.2 million', {'metric': 'dprk_active_military'}),
    ("the noun past an abbreviation's full stop: '1 thous. sappers' are engineers",
     'Shoigu in Pyongyang\nThe KNDR will send to the Kursk region 1 thous. sappers and 5 thous. military builders.',
     '1 thous', {'metric': 'dprk_troops_in_russia', 'counted': 'engineers'}),
    ("'1 mln 100 thous. rub.' is one sum",
     'Chelyabinsk raises the payment\nFrom 1 July the regional one-time payment for signing a contract '
     'will make 1 mln 100 thous. rub.',
     '1 mln 100 thous', {'metric': 'signing_bonus_rub', 'value': 1100000.0}),
    ("'took into captivity' is taking prisoner",
     "The brigade's week in Kursk\nFor the week our units liquidated 146 Russian occupiers, wounded 203 "
     'and took into captivity 11.',
     '11', {'metric': 'russian_casualties', 'counted': 'captured'}),
    ("'Into captivity were taken 909 occupiers': prisoners, not Russia's Kursk force",
     'Kursk, half a year on\nInto captivity were taken 909 occupiers in the Kursk region, which '
     'replenished the exchange fund.',
     '909', {'metric': 'russian_casualties', 'counted': 'captured'}),
    ("'put out of order' is put out of action: casualties",
     'Special forces report\nSince the start of the fighting our units put out of order more than 200 '
     'North Korean soldiers in Kursk.',
     '200', {'metric': 'dprk_casualties'}),
    ("a keycap number opening a line is the item's number, not a figure (guard)",
     'North Korean troops: what we know\n1️⃣ About 11,000 North Korean soldiers are in the Kursk '
     'region.\n2️⃣ Their losses are heavy.',
     '11,000', {'metric': 'dprk_troops_in_russia', 'claims': 1}),
    ("a topic page's item stamped 'Yesterday': its figures are of the day before the page's",
     'North Korea – latest\nNorth Asia Wire\n\n2 hours ago\nSeoul summit ends without a statement\n'
     'Leaders met for two hours ...\n\nYesterday\nSeoul: 11,000 North Korean soldiers in Russia\nSouth '
     "Korea's spy agency said 11,000 North Korean troops are now in Russia ...\n\n7 Mar 2025\nKim "
     'visits a tank factory\nThe leader toured the plant ...',
     '11,000', {'metric': 'dprk_troops_in_russia', 'as_of': '2025-03-09'}),
    ("a tag page's items dated before the page: each item's figures are of its own day",
     'Kursk – latest\nBorder Monitor\n\n8 Mar 2025\nUkraine holds 300 sq km of Kursk, DeepState says\n'
     'The mapping project said Ukraine now holds about 300 square kilometres of Kursk.\n\n1 Mar 2025\n'
     'Kursk front quiet\nNo major change was reported.',
     '300 square kilometres', {'metric': 'ukraine_held_kursk_km2', 'as_of': '2025-03-08'}),
    ("a newsletter's link item dated by its own line: its quote's figures are of that day, and the outlet's",
     'Weekly Links #12\nA. Writer\n\nWelcome back. Five links this week.\n\nKURSK\n\n1. Russia gathers '
     '60,000 troops for Kursk push — The Daily Ledger, Mar. 3 [link]\n"Russia has gathered about 60,000 '
     'troops in the Kursk region to push Ukraine out."\nMy take: a big number.\n\n2. Seoul raises its '
     'casualty estimate — Korea Wire, Mar. 5 [link]\n"No new figures were given."',
     'about 60,000', {'metric': 'russian_troops_kursk', 'as_of': '2025-03-03', 'source_has': 'Daily Ledger'}),
    ("a link item's comment under it is the compiler's, not the outlet's (guard)",
     'Weekly Links #12\nA. Writer\n\nWelcome back. Five links this week.\n\nKURSK\n\n1. Russia gathers '
     'troops for Kursk push — The Daily Ledger, Mar. 3 [link]\nMy take: the real number is about 60,000 '
     'Russian troops in the Kursk region.\n\n2. Seoul raises its casualty estimate — Korea Wire, Mar. 5 '
     '[link]\n"No new figures were given."',
     'about 60,000', {'metric': 'russian_troops_kursk', 'source_not': 'Daily Ledger'}),
    ("a daily tally's '(+1,210)' beside its total is the day's losses",
     'Russian losses as of 14 February\nThe total combat losses of the enemy from 24.02.22 to 14.02.25 '
     'were approximately:\npersonnel – about 852,640 (+1,210) persons,\ntanks – 10,083 (+3),\nartillery '
     'systems – 23,451 (+37).',
     '1,210', {'metric': 'russian_casualties', 'scope': 'rate_day'}),
    ("a tally's change written without a comma ('(+1590)') is no year",
     'Losses of the enemy as of 12 November\nThe total combat losses of the enemy from 24.02.22 to '
     '12.11.24 were approximately:\npersonnel ‒ about 716390 (+1590) persons,',
     '1590', {'metric': 'russian_casualties', 'scope': 'rate_day'}),
    ("a tank count's change beside its total is no soldiers' count (guard)",
     'Russian losses as of 14 February\nThe total combat losses of the enemy from 24.02.22 to 14.02.25 '
     'were approximately:\npersonnel – about 852,640 (+1,210) persons,\ntanks – 10,083 (+3),\nartillery '
     'systems – 23,451 (+37).',
     '37', {'metric': None}),
    ("'in case of the death of the serviceman' is a death payment, not a sign-up one",
     'Payments in the Tyumen region\nThe one-time payment for signing a contract is 1.5 million rubles. '
     'In case of the death of the serviceman his family will receive additionally 1 million rubles from '
     'the regional budget.',
     '1 million', {'metric_not': 'signing_bonus_rub'}),
    ("'Families of the fallen' receive a death payment",
     'Kursk pays families\nThe region pays volunteers 2 million roubles for signing a contract. '
     '"Families of the fallen will receive a regional one-time payment of 6 million roubles," the '
     'governor said.',
     '6 million', {'metric_not': 'signing_bonus_rub'}),
    ('families of soldiers from a region killed in the war: a death payment',
     'Belgorod payments\nFamilies of soldiers from Belgorod region killed in the war will now receive 5 '
     'million roubles from the regional budget, the governor said.',
     '5 million', {'metric_not': 'signing_bonus_rub'}),
    ('a payment for a serious injury is no sign-up payment',
     'Saint Petersburg payments\nThe resolution sets a one-time payment of 500,000 rubles for '
     'servicemen who receive a serious injury in the special military operation.',
     '500,000', {'metric_not': 'signing_bonus_rub'}),
    ('a sign-up payment beside a death payment is still one (guard)',
     'Payments in the Tyumen region\nThe one-time payment for signing a contract is 1.5 million rubles. '
     'In case of the death of the serviceman his family will receive additionally 1 million rubles from '
     'the regional budget.',
     '1.5 million', {'metric': 'signing_bonus_rub'}),
    ("'a million men under arms' is North Korea's army, not its force in Russia",
     'North Korean troops in Russia\nNorth Korea has sent about 11,000 soldiers to Russia. North Korea '
     'has a million men under arms.',
     'a million', {'metric_not': 'dprk_troops_in_russia'}),
    ("'The North Korean army is estimated at about 1.28 million people': its army",
     'North Korean troops in Russia\nThe North Korean army is estimated at about 1.28 million people, '
     'and the dispatched force is less than 1% of it.',
     '1.28 million', {'metric': 'dprk_active_military'}),
    ("a '1.2 million-strong army' is no deployment",
     "North Korea and Russia\nNK News: North Korea's 1.2 million-strong army and the limits of the Russia deal.",
     '1.2 million', {'metric_not': 'dprk_troops_in_russia'}),
    ("North Korea's special forces sized as a whole are no deployment",
     "North Korean troops in Russia\nThe piece notes that North Korea's special operations forces are "
     'estimated at 200,000 men, by far the largest in the world.',
     '200,000', {'metric_not': 'dprk_troops_in_russia'}),
    ("'19,000 South Korean troops' in an exercise are no North Korean force",
     'North Korean troops in Russia\nNorth Korea has sent about 14,000 troops to Russia. Separately, '
     'South Korean and U.S. forces began an exercise on 10 March, involving some 19,000 South Korean '
     'troops.',
     '19,000', {'metric_not': 'dprk_troops_in_russia'}),
    ("'11,000 North Korean troops' stay North Korea's (guard)",
     'North Korean troops in Russia\nAbout 11,000 North Korean troops are in the Kursk region, the NIS said.',
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ("a bare sum a region pays, in an interview about payments ('went from 2.4 million to 1.5 million')",
     'Sign-up payments\nQ: How much do regions pay now for signing a contract?\nA: It varies. Belgorod '
     'pays 3 million rubles.\nQ: And the others?\nA: Tatarstan went from 2.4 million to 1.5 million. On '
     'top of that comes the federal 400,000.',
     '1.5 million', {'metric': 'signing_bonus_rub', 'value': 1500000.0}),
    ("'the federal 400,000' after sentences about payments is the federal payment",
     'Sign-up payments\nQ: How much do regions pay now for signing a contract?\nA: It varies. Belgorod '
     'pays 3 million rubles.\nQ: And the others?\nA: Tatarstan went from 2.4 million to 1.5 million. On '
     'top of that comes the federal 400,000.',
     '400,000', {'metric': 'signing_bonus_rub', 'value': 400000.0}),
    ("a bare count after a country's name is no payment, even among payments (guard)",
     'Sign-up payments\nQ: How much do regions pay now for signing a contract?\nA: It varies. Belgorod '
     "pays 3 million rubles.\nQ: And the losses?\nA: Russia's 1.2 million killed and wounded are the "
     'reason.',
     '1.2 million', {'metric_not': 'signing_bonus_rub'}),
    ("'on the Kursk direction' is Kursk's own front, not another direction",
     'Brigade report\nThe Defense Forces continue to hold on the Kursk direction about 900 sq. km, '
     'despite the constant counterattacks.',
     '900', {'metric': 'ukraine_held_kursk_km2'}),
    ("another front's direction stays out of Kursk's area (guard)",
     "Brigade report\nUkraine's forces in Kursk are under pressure. Russian troops have advanced on the "
     'Pokrovsk direction, taking about 40 sq. km.',
     '40', {'metric_not': 'ukraine_held_kursk_km2'}),
    ('review38, rule 1: writer and guest share the initials AH; the writer named first (guard)',
     'Q&A: What the war has cost Russia\nOur defence correspondent Anna Harris spoke this week to Alan '
     "Hartwell, a former British defence attaché in Moscow who has followed Russia's recruitment drive "
     "closely since 2022, about the numbers behind it.\nQ: Where do Russia's losses stand?\nAH: By my "
     'count Russia has lost more than 800,000 men killed and wounded, which no army can sustain for '
     'long.\nQ: Can it recruit fast enough?\nAH: Yes, for now.',
     '800,000', {'metric': 'russian_casualties', 'source_not': 'Anna Harris'}),
    ("review38, rule 1: 'Kim:' is the professor; Kim Jong Un named first (guard)",
     "'They were thrown in like cannon fodder': a Seoul professor on the North's losses\nBy Choi "
     'Hyun-woo\nKim Jong Un has sent more troops to Russia this winter, and Professor Kim Yeon-su of '
     'Korea National Defense University told us why the losses have been so high in the Kursk region.\n'
     'Choi: How many North Korean soldiers have been killed or wounded?\nKim: I would say about 4,000 '
     'killed and wounded in total, perhaps more, mostly to drones.\nChoi: Will Pyongyang send more?\n'
     'Kim: Almost certainly.',
     '4,000', {'metric': 'dprk_casualties', 'source_not': 'Kim Jong'}),
    ("review38, rule 1: 'Lee:' is the retired general; the NIS-briefed lawmaker Lee Seong-kweun is "
     'named first (guard)',
     'A former defence official on the North Korean losses\nBy Park Ji-hoon\nLawmaker Lee Seong-kweun, '
     'briefed by the spy agency, said on Thursday that North Korean troops had suffered heavy '
     'casualties. Retired Major General Lee Jae-hoon, who served at the Joint Chiefs, says the real '
     'toll is higher.\nPark: What is your estimate of North Korean casualties?\nLee: My own estimate is '
     'about 5,000 killed and wounded by now.\nPark: Why higher than the official count?\nLee: Because '
     'units that lost men were pulled out early.',
     '5,000', {'metric': 'dprk_casualties', 'source_not': 'Lawmaker Lee'}),
    ('review38, rule 1: A: the guest; Vladimir Putin named first in the introduction (guard)',
     "Ten questions on Russia's war of attrition\nSince Vladimir Putin ordered the full-scale invasion "
     'of Ukraine in February 2022, Western analysts have tried to count the cost. We put ten questions '
     'to military historian Jane Roe of the University of Leeds about where things stand now.\nQ: How '
     'many Russian soldiers have been killed or wounded?\nA: My estimate is about 750,000 killed and '
     'wounded, which is more than any war Russia has fought since 1945.\nQ: Can Moscow replace them?\n'
     'A: For now, yes.',
     '750,000', {'metric': 'russian_casualties', 'source_not': 'Kremlin'}),
    ('review38, rule 1: A: the colonel; the interviewer named first in the introduction (guard)',
     'Inside the Kursk salient: an interview\nOur correspondent Daniel Okafor spoke this week with '
     'Colonel Mark Reyes, a retired US Army officer who visited the front lines near Sudzha in January, '
     'about how long Ukraine can hold on.\nQ: How much of the Kursk region does Ukraine still control?\n'
     'A: I would put it at about 400 square kilometres now, less than a third of what it held in '
     'August.\nQ: Can it hold that?\nA: Not for long.',
     '400', {'metric': 'ukraine_held_kursk_km2', 'source_not': 'Daniel Okafor'}),
    ("review38, rule 1: a live page's 'Update:' labels; 'Live Update' in the headline (guard)",
     "Kursk Live Update\nFollow our coverage of the fighting in Russia's Kursk region.\nUpdate: "
     'Ukrainian forces now hold about 500 square kilometres of the Kursk region.\nQuestion: Will '
     'Ukraine withdraw from Sudzha?\nUpdate: Russian troops entered the outskirts of Sudzha this '
     'morning.\nQuestion: How many North Korean troops are fighting there?\nUpdate: Fighting continues '
     'near Sverdlikovo.',
     '500', {'metric': 'ukraine_held_kursk_km2', 'source_not': 'Live Update'}),
    ("review38, rule 1: an explainer's Q/A: the writer's answers, Kim Jong Un named first (guard)",
     "Explainer: North Korea's soldiers in Russia\nWhen Kim Jong Un signed a mutual defence pact with "
     'Vladimir Putin in June 2024, few expected North Korean soldiers to be fighting in Russia within '
     'months. Here is what we know.\nQ: How many North Korean troops are in Russia?\nA: About 11,000 '
     'were sent in the autumn, and more followed in January.\nQ: How many have been killed?\nA: Several '
     'hundred at least, and thousands wounded.',
     '11,000', {'metric': 'dprk_troops_in_russia', 'source_not': 'When Kim Jong'}),
    ("review38, rule 2: an answer's area of a district's size (guard)",
     "'The salient is shrinking': ten questions for a retired British general\nInterview by Fiona "
     'Marsh\nLieutenant General Sir Alan Hartwell, who commanded British forces in Estonia until 2019, '
     'spoke to us this week about the Kursk operation and what comes next for Ukraine.\nFM: Ukraine '
     'says it still holds around 800 square kilometres there. How long can it keep that?\nAH: Months '
     'rather than years. For scale, the whole Sudzha district is only about 1,000 square kilometres.\n'
     'FM: And then?\nAH: Then a slow retreat.',
     '1,000', {'metric': None}),
    ("review38, rule 2: an answer's area of Russia's gains elsewhere (guard)",
     "'The salient is shrinking': ten questions for a retired British general\nInterview by Fiona "
     'Marsh\nLieutenant General Sir Alan Hartwell, who commanded British forces in Estonia until 2019, '
     'spoke to us this week about the Kursk operation and what comes next for Ukraine.\nFM: Ukraine '
     'says it still holds around 800 square kilometres there. How long can it keep that?\nAH: Not long. '
     "Compare Russia's summer push near Vuhledar, something like 1,200 square kilometres in three "
     'months.\nFM: And then?\nAH: Then a slow retreat.',
     '1,200', {'metric': None}),
    ("review38, rule 2: an answer's area lost ('pushed back by') (guard)",
     "'The salient is shrinking': ten questions for a retired British general\nInterview by Fiona "
     'Marsh\nLieutenant General Sir Alan Hartwell, who commanded British forces in Estonia until 2019, '
     'spoke to us this week about the Kursk operation and what comes next for Ukraine.\nFM: Ukraine '
     'says it still holds around 800 square kilometres there. How long can it keep that?\nAH: Not long. '
     'The Russians have already pushed them back by something like 500 square kilometres since the '
     'autumn.\nFM: And then?\nAH: Then a slow retreat.',
     '500', {'metric': None}),
    ("review38, rule 2: Russia's bridgehead's area (guard)",
     "'The salient is shrinking': ten questions for a retired British general\nInterview by Fiona "
     'Marsh\nLieutenant General Sir Alan Hartwell, who commanded British forces in Estonia until 2019, '
     'spoke to us this week about the Kursk operation and what comes next for Ukraine.\nFM: Ukraine '
     'says it still holds around 800 square kilometres there. How long can it keep that?\nAH: Not long. '
     'The Russian bridgehead opposite, near Tetkino, is perhaps 50 square kilometres.\nFM: And then?\n'
     'AH: Then a slow retreat.',
     '50', {'metric': None}),
    ("review38, rule 2: the question's turn names losses; the answer counts troops (guard)",
     "'The salient is shrinking': ten questions for a retired British general\nInterview by Fiona "
     'Marsh\nLieutenant General Sir Alan Hartwell, who commanded British forces in Estonia until 2019, '
     'spoke to us this week about the Kursk operation and what comes next for Ukraine.\nFM: Russia has '
     'lost some 800,000 men killed and wounded, by the British count. How many North Koreans are there '
     'now?\nAH: My figure is about 11,000, though some have been pulled back.\nFM: And their losses?\n'
     'AH: Heavy.',
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ('review38, rule 4: Ukrainians taken captive (guard)',
     'Russian Defence Ministry\nIn the Kursk region, units of the North group of forces took into '
     'captivity 120 servicemen of the AFU over the week.',
     '120', {'metric': None}),
    ("review38, rule 1: A: the intro's first capitalised pair is a place (guard)",
     'Inside the salient\nIn the Sudzha District, where Ukrainian troops have held ground since August, '
     'we met a Ukrainian company commander who agreed to talk on condition that we did not print his '
     'name.\nQ: How much of the Kursk region do you still hold?\nA: About 500 square kilometres, maybe '
     'less by now.\nQ: And the North Koreans?\nA: They come in waves.',
     '500', {'metric': 'ukraine_held_kursk_km2', 'source_not': 'Sudzha District'}),
    ("review38, rule 1: A: 'New York' as the guest (guard)",
     "A diplomat's view of the war\nSpeaking from New York, where he now teaches at Columbia "
     "University, the former Ukrainian diplomat spoke to us about the Kursk operation and Russia's "
     'losses.\nQ: How many soldiers has Russia lost?\nA: More than 800,000 killed and wounded, which is '
     'a staggering number.\nQ: Will the war end this year?\nA: I doubt it.',
     '800,000', {'metric': 'russian_casualties', 'source_not': 'New York'}),
    ("review38, rule 2: Russia's gains (guard)",
     "'The salient is shrinking': ten questions for a retired British general\nInterview by Fiona "
     'Marsh\nLieutenant General Sir Alan Hartwell, who commanded British forces in Estonia until 2019, '
     'spoke to us this week about the Kursk operation and what comes next for Ukraine.\nFM: Ukraine '
     'says it still holds around 800 square kilometres there. How long can it keep that?\nAH: Not long. '
     "Russia's gains in Kursk since October come to around 600 square kilometres.\nFM: And then?\nAH: "
     'Then a slow retreat.',
     '600', {'metric': None}),
    ("review38, rule 2: 'Now The Insider reports' (guard)",
     "North Korea's troops\nNow The Insider reports that about 12,000 North Korean soldiers are in the Kursk region.",
     '12,000', {'metric': 'dprk_troops_in_russia', 'source_has': 'Insider'}),
    ('review38, rule 4: Ukrainians put out of order (guard)',
     'Russian Defence Ministry\nOver the past day, units of the North group put out of order up to 200 '
     'servicemen of the AFU in the Kursk region.',
     '200', {'metric': None}),
    ("review38, rule 5: a letters page's signatures ('— Name, Mar. 2') date no letter (guard)",
     'Letters to the editor\nThe war is costing Russia dearly, and the regions now pay huge sums. — '
     'Maria Petrenko, Mar. 2\nBelgorod now pays volunteers a one-time payment of 3 million rubles for '
     'signing a contract, I read. — Ivan Sidorov, Mar. 5\nWe should remember the families too. — Olga '
     'Ivanova, Mar. 6',
     '3 million', {'metric': 'signing_bonus_rub', 'as_of': '2025-03-10'}),
    ("review38, rule 5: a scraped menu's 'Today / Yesterday' lines date nothing (guard)",
     'Kursk: Ukraine still holds ground\nToday\nYesterday\nThis week\nUkraine still holds about 300 '
     'square kilometres of the Kursk region, DeepState said.',
     '300', {'metric': 'ukraine_held_kursk_km2', 'as_of': '2025-03-10'}),
    ("review38, rule 5: 'on the 18th of the same month' is no day of this month (guard)",
     'North Korean losses\nIn January the NIS briefed lawmakers, and on the 18th of the same month it '
     'said about 300 North Korean soldiers had been killed.',
     '300', {'metric': 'dprk_casualties', 'as_of': '2025-01'}),
    ("a tally's lines, each a label, a dash and a figure, stay lines (not one sentence 'persons tanks')",
     'The total combat losses of the enemy from 24.02.2022 to 12.11.2024\nThe total combat losses of '
     'the enemy from 24.02.2022 to 12.11.2024 were approximately:\npersonnel ‒ about 712380 (+1770) '
     'persons\ntanks ‒ 9334 (+9)\nartillery systems ‒ 20475 (+45)',
     '712380', {'metric': 'russian_casualties'}),
    ("a unit's tally list, words then a dash then the figure: the label says what it counts ('• "
     "liquidated — 2 117 occupiers')",
     'Results of January\nThe unmanned systems forces report the results of January on the Kursk '
     'direction:\n• liquidated — 2 117 occupiers\n• wounded — 1 530 occupiers\n• armoured combat '
     'vehicles — 112',
     '2 117', {'metric': 'russian_casualties'}),
    ("'• wounded — 1 530 occupiers' counts the wounded, not Russia's Kursk force",
     'Results of January\nThe unmanned systems forces report the results of January on the Kursk '
     'direction:\n• liquidated — 2 117 occupiers\n• wounded — 1 530 occupiers\n• armoured combat '
     'vehicles — 112',
     '1 530', {'metric': 'russian_casualties', 'counted': 'wounded'}),
    ("a tally list's equipment line stays out (guard)",
     'Results of January\nThe unmanned systems forces report the results of January on the Kursk '
     'direction:\n• liquidated — 2 117 occupiers\n• wounded — 1 530 occupiers\n• armoured combat '
     'vehicles — 112',
     '112', {'metric': None}),
    ('a key-figure line led by its figure keeps its gloss after the dash (guard)',
     'North Korean troops: key figures\n• 11,000 — North Korean troops sent to Russia, per the NIS',
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ("'N of them irrecoverably' are the dead among the losses, not a force",
     'Kursk operation results\nSince it began, the Russian army has lost more than 38,000 soldiers in '
     'the Kursk direction, nearly 15,000 of them irrecoverably.',
     '15,000', {'metric': 'russian_casualties', 'counted': 'killed'}),
    ("'including N in the past day' after a losses total is the day's losses",
     "Losses update\nRussia's total combat losses since February 24, 2022, reached 1,000,340 as of the "
     "morning of March 6, including 1,140 in the past day, the General Staff of Ukraine's Armed Forces "
     'said.',
     '1,140', {'metric': 'russian_casualties', 'scope': 'rate_day'}),
    ("'including N over the previous 24 hours' after a total carried from the sentence before",
     "Losses update\nOn Thursday Ukraine's General Staff put Russia's combat losses at 1,099,780. Its "
     'report on Friday put the total at 1,100,870, including 1,090 over the previous 24 hours.',
     '1,090', {'metric': 'russian_casualties', 'scope': 'rate_day'}),
    ("'including N' of another day's words is no day's part (guard)",
     "Losses update\nRussia's combat losses since February 2022 reached 1,000,340 on Thursday, "
     "including 1,140 in the Kursk region, Ukraine's General Staff said.",
     '1,140', {'metric': 'russian_casualties', 'scope': 'in_kursk'}),
    ("a Russian grouping 'including DPRK units' is Russia's Kursk force",
     'Kursk front\nThe Russian grouping in Kursk Oblast, including DPRK units, likely numbers around '
     '70,000 personnel, British intelligence said.',
     '70,000', {'metric': 'russian_troops_kursk'}),
    ("'including the North Korean contingent of roughly N' is that contingent's figure (guard)",
     'Kursk front\nThere are now some 70,000 Russian troops in and around Kursk, including the North '
     'Korean contingent of roughly 11,000, Western officials say.',
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ("a speaker's place ('an officer on the Sumy front told X that') is not where the force is",
     'Kursk front\nA Ukrainian officer on the Sumy front told the Kyiv Independent that Russia now '
     'keeps around 30,000 troops in the Kursk border area.',
     '30,000', {'metric': 'russian_troops_kursk'}),
    ("a period's average pointing back ('September's daily average was about N') is the losses before",
     "Losses tracker\nUkraine's General Staff put Russian losses in September at 27,900 soldiers. "
     "September's daily average was about 930.",
     '930', {'metric': 'russian_casualties', 'scope': 'rate_day'}),
    ("'The monthly average peaked at N a day' after a month's losses is their rate",
     "Losses tracker\nRussia lost 48,670 soldiers in December 2024, by Ukraine's count. The monthly "
     'average peaked at 1,570 a day that month.',
     '1,570', {'metric': 'russian_casualties'}),
    ("a month owning a figure ('September's daily average') dates it",
     "Losses tracker\nUkraine's General Staff put Russian losses in September at 27,900 soldiers. "
     "September's daily average was about 930.",
     '930', {'metric': 'russian_casualties', 'as_of': '2024-09'}),
    ('an area alone after a dash says how much the clause before holds',
     'Kursk one year on\nUkrainian troops still hold a sliver of that territory — about 400 square '
     'kilometres, according to the open-source monitoring group DeepState.',
     '400 square', {'metric': 'ukraine_held_kursk_km2', 'counted': 'area_held'}),
    ('a count after a dash that compares rates stays out (guard)',
     'Losses\nRussia lost about 1,500 soldiers a day in December — 300 a day more than in November, '
     "Ukraine's General Staff said.",
     '300', {'metric': None}),
    ("a Russian force sized right after 'alongside' is Russia's, not the ally's",
     'Kursk salient\nAt Kursk, the North Koreans fought alongside a Russian force of some 60,000 men.',
     '60,000', {'metric': 'russian_troops_kursk'}),
    ('a Russian force an official estimated is no North Korean count',
     'Kursk salient\nThe North Korean contingent fought alongside a Russian force that U.S. officials '
     'estimated at 50,000 in November 2024.',
     '50,000', {'metric_not': 'dprk_troops_in_russia'}),
    ("'the Russian grouping had grown to about N', North Koreans named after, is no North Korean count (guard)",
     'Kursk salient\nBy November 2024 the Russian grouping had grown to about 59,000, according to the '
     'General Staff, and North Korean units had begun to arrive.',
     '59,000', {'metric_not': 'dprk_troops_in_russia'}),
    ("'Russia's army is forming a unit of some N North Koreans' stays theirs (guard)",
     "Kursk salient\nA Ukrainian military intelligence source has told the BBC that Russia's army is "
     'forming a unit of some 3,000 North Koreans.',
     '3,000', {'metric': 'dprk_troops_in_russia'}),
    ("'Russian and North Korean troops in Kursk: about N' is the joint grouping, Russia's",
     'Kursk in numbers\n• Russian and North Korean troops in the Kursk direction: about 70,000 '
     '(Syrskyi, February 2025)',
     '70,000', {'metric': 'russian_troops_kursk'}),
    ("'South Korea's spies reckon' is the NIS",
     "North Korea's losses\nSouth Korea's spies reckon around 300 North Korean soldiers have been killed so far.",
     '300', {'metric': 'dprk_casualties', 'source': 'South Korea National Intelligence Service'}),
    ("a sentence's own unnamed speakers ('Ukraine's generals now admit') are its source, not the one before",
     "Kursk\nThe NIS said 11,000 North Korean troops were in Russia.\nUkraine's generals now admit they "
     'hold about 500 square kilometres of Kursk.',
     '500', {'metric': 'ukraine_held_kursk_km2', 'source_not': 'National Intelligence Service'}),
    ("a headline's place is in the lede under it",
     'Sudzha falls: Ukraine now holds ~210 km²\nOur map shows Ukraine holds about 210 square kilometres '
     'of Kursk oblast as of this morning.',
     '~210 km²', {'metric': 'ukraine_held_kursk_km2', 'counted': 'area_held'}),
    ("a mapping project's 'our map still shows N km²' is the ground held",
     "Kursk map update\nUkraine's last foothold in Kursk is a strip by the border. Our map still shows 7 km².",
     '7 km²', {'metric': 'ukraine_held_kursk_km2', 'counted': 'area_held'}),
    ('a grey zone marked on a map is no ground held (guard)',
     "Kursk map update\nUkraine's forces still hold part of Kursk. Nearly 200 square kilometers are "
     'marked on the map as "undefined."',
     '200', {'metric_not': 'ukraine_held_kursk_km2'}),
    ("'JCS said 1,100' in a comment names again the article's figure of that value",
     "North Korean losses\nSouth Korea's Joint Chiefs of Staff said about 1,100 North Korean troops had "
     "been killed or wounded.\nAl from Eugene · 3h ago\nKyiv always inflates. JCS said 1,100, that's "
     "the number I'd trust.",
     '1,100', {'metric': 'dprk_casualties', 'claims': 2}),
    ("a figure opening its sentence, its value the article's before, is that figure ('11,000 is what they admit to')",
     'North Korean troops\nZelensky said 11,000 North Korean soldiers were in the Kursk region.\n'
     'DeniseM · 2h ago\n11,000 is what they admit to.',
     '11,000', {'metric': 'dprk_troops_in_russia', 'claims': 2}),
    ("'if HUR's 4,000 is right': a figure named by its giver",
     "North Korean losses\nUkraine's military intelligence said 4,000 North Korean soldiers had been "
     "killed or wounded.\nIf HUR's 4,000 is right, a third of the force is gone.",
     '4,000', {'metric': 'dprk_casualties', 'claims': 2}),
    ("a post under its poster's line answers the post before it, not the header",
     'Grand Strategy Club\nvex_hollow — Yesterday at 22:14\nanyone know how much of Kursk they even '
     "still hold going into this?\nMarlowe — Yesterday at 22:20\nSyrskyi's last number was about 500 "
     'km², mid-January.',
     '500 km²', {'metric': 'ukraine_held_kursk_km2', 'counted': 'area_held'}),
    ("'Down from ~N at the peak' with no subject is the earlier value of the figure before",
     'Grand Strategy Club\nUkraine still holds about 500 square kilometres of Kursk, Syrskyi said. Down '
     'from ~1,300 at the peak.',
     '1,300', {'metric': 'ukraine_held_kursk_km2'}),
    ('a signed area is a change, not the ground held',
     "Kursk map\nUkraine's forces hold part of the Kursk region. DeepState update overnight: +26 km² "
     'gained in the new push.',
     '26 km²', {'metric_not': 'ukraine_held_kursk_km2'}),
    ("a mapping project's 'Map update' page speaks in its own voice ('Our map shows')",
     'Kursk bridgehead, week 45: 812 km² and shrinking\nSalient Survey Project · Map update No. 12 · 6 '
     'November 2024\nOur map shows Ukraine controls about 812 km² of Kursk oblast as of 5 November.',
     'about 812', {'metric': 'ukraine_held_kursk_km2', 'source': 'Test Wire'}),
    ("'Our own running tally' is the outlet's count",
     'North Korean losses\nOur own running tally of visually confirmed North Korean dead stood at 27 '
     'this morning, from 9 videos.',
     '27', {'metric': 'dprk_casualties', 'source': 'Test Wire'}),
    ('a heading with no colon over a list of a label and a figure introduces it',
     'WarStats Daily\nWe update this page every morning.\nRUSSIAN LOSSES AS OF DECEMBER 3, 2025 '
     '(Ukraine General Staff)\nPersonnel: about 1,177,430 (+1,090 in the past 24 hours)\nTanks: 11,378 '
     '(+2)',
     '1,177,430', {'metric': 'russian_casualties', 'scope': 'total'}),
    ('a list line is no heading of the line after it (guard)',
     'Bonuses and wages\nThe Kursk region pays 3 million roubles to each recruit, the governor said.\n'
     'Average monthly salaries by region:\nKursk Oblast – 55,000 roubles\nMoscow – 130,000 roubles\n'
     'Tatarstan – 65,000 roubles',
     '65,000', {'metric': None}),
    ("a whole special-forces corps sized 'in all' is no deployment",
     'North Korea by the numbers\nNorth Korea has sent about 11,000 soldiers to Russia. North Korea is '
     'thought to have about 200,000 special forces troops in all.',
     '200,000', {'metric_not': 'dprk_troops_in_russia'}),
    ('a crowd that attended an event in Pyongyang is no deployment',
     'Kim honours soldiers\nNorth Korea sent about 11,000 troops to Russia. About 10,000 people '
     'attended the event in Pyongyang, the agency said.',
     '10,000', {'metric_not': 'dprk_troops_in_russia'}),
    ('troops shipped to Vladivostok are a deployment',
     'North Korean troops\nThe first contingent of 1,500 North Korean special operations troops was '
     'shipped to Vladivostok in October, the NIS said.',
     '1,500', {'metric': 'dprk_troops_in_russia'}),
    ("South Korea's spy agency as the speaker makes its counts of the dead North Korea's",
     'Threads\nNIS briefing two days ago: about 300 killed, 2,700 wounded.',
     '2,700', {'metric': 'dprk_casualties', 'counted': 'wounded'}),
    ("'For totals I'd rely on the NIS, which says around 2,000 killed'",
     "Threads\nFor totals I'd rely on the NIS, which says around 2,000 killed.",
     '2,000', {'metric': 'dprk_casualties', 'counted': 'killed'}),
    ("'who cited several hundred casualties' cites a figure, no source",
     'North Korean losses\nThe discrepancy with a U.S. military official who cited several hundred '
     'casualties is because of the conservative analysis by the NIS, Lee Seong-kweun said.\n"There have '
     'been at least 100 deaths of North Korean soldiers and the injured are approaching 1,000," he said.',
     'at least 100', {'metric': 'dprk_casualties', 'source_not': 'several hundred'}),
    ("review39 rule 2: 'Moscow has brought in N North Korean soldiers' is North Korea's (guard)",
     'North Koreans in Kursk\nMoscow has brought in around 12,000 North Korean soldiers to help retake '
     'the Kursk region, according to Seoul.',
     '12,000', {'metric': 'dprk_troops_in_russia'}),
    ("review39 rule 2: 'Russia has concentrated N North Korean troops' is North Korea's (guard)",
     'North Koreans in Kursk\nRussia has concentrated some 11,000 North Korean troops in the Kursk '
     "region, Ukraine's intelligence says.",
     '11,000', {'metric': 'dprk_troops_in_russia'}),
    ("review39 rule 2: a Ukrainian brigade's bayonets are no Russian force (guard)",
     "Kursk front\nUkraine's 47th Brigade has about 2,000 bayonets in the Kursk region, its commander said.",
     '2,000', {'metric_not': 'russian_troops_kursk'}),
    ("review39 rule 2: a museum's bayonets are no force (guard)",
     'Kursk museum\nThe Kursk regional museum displays some 1,200 bayonets and sabres from the 1943 '
     'battle, its director said.',
     '1,200', {'metric': None}),
    ("review39 rule 3: ground held in Belgorod, named only in the speaker's description, is not Kursk's (guard)",
     "Kursk incursion: six months on\nA Ukrainian officer fighting in Russia's Belgorod region told the "
     'Kyiv Independent that his troops held about 40 square kilometres.',
     '40', {'metric': None}),
    ("review39 rule 4: Ukraine's own daily average is no Russian rate (guard)",
     "Losses tracker\nRussia lost about 1,500 soldiers a day in December, Ukraine's General Staff says. "
     "Ukraine's daily average was about 300, Western officials estimate.",
     '300', {'metric_not': 'russian_casualties'}),
    ("review39 rule 4: Kyiv's own daily average is no Russian rate (guard)",
     "Losses tracker\nRussia's losses in Kursk reached 38,000 by January, Syrskyi said. Kyiv's daily "
     'average there was about 50, a Ukrainian commander estimated.',
     '50', {'metric_not': 'russian_casualties'}),
    ('review39 rule 5: ground lost, after a dash, is not ground held (guard)',
     "Kursk one year on\nUkraine's incursion into Russia's Kursk region began in August 2024 and at its "
     'peak covered about 1,300 square kilometres.\nUkraine has since lost most of the ground it took — '
     'about 1,100 square kilometres.',
     '1,100', {'metric': None}),
    ("review39 rule 5: chat's '+1,000 km²' is more than a thousand held (guard)",
     'Kursk thread\nUA now holds +1,000 km² of Kursk, per DeepState. Insane week.',
     '1,000', {'metric': 'ukraine_held_kursk_km2'}),
    ("review39 rule 5: polygons of Russia's gains are not Ukraine's ground (guard)",
     'Kursk map update\nRussian forces advanced again near Sudzha. Our polygons of Russian gains in '
     'Kursk now total 900 km².',
     '900', {'metric': None}),
    ('review39 rule 5: contested ground on a map is not ground held (guard)',
     'Kursk map update\nThe grey zone keeps growing. Our map still shows 60 km² of contested ground around Gornal.',
     '60', {'metric': None}),
    ("review39 rule 5: a headline of Russia's holding takes no Kursk context from its lede (guard)",
     "Russia now holds ~200 km² inside Ukraine's north\nRussian troops have pushed into Ukraine's Sumy "
     'region after expelling Ukrainian forces from Kursk.',
     '200', {'metric': None}),
    ('review39 rule 6: people in basements are not the casualty figure of that value (guard)',
     "North Korean losses\nSouth Korea's Joint Chiefs of Staff said about 1,100 North Korean troops had "
     'been killed or wounded.\nIn Sudzha, the regional governor said 1,100 were still living in '
     'basements without power.',
     '1,100', {'metric': 'dprk_casualties', 'claims': 1}),
    ('review39 rule 6: evacuees are not the area figure of that value (guard)',
     "Ukraine's foothold\nDeepState says Ukraine holds about 400 square kilometres of the Kursk "
     'region.\nThe governor said 400 were evacuated from Glushkovo on Monday.',
     '400', {'metric': 'ukraine_held_kursk_km2', 'claims': 1}),
    ('review39 rule 6: a price quoted is not the casualty figure of that value (guard)',
     "North Korean losses\nSouth Korea's Joint Chiefs of Staff said about 1,100 North Korean troops had "
     'been killed or wounded.\nA dealer quoted 1,100 for a used Mavic drone, a volunteer said.',
     '1,100', {'metric': 'dprk_casualties', 'claims': 1}),
    ('review39 rule 6: a value claimed as two metrics is named again as neither (guard)',
     "Kursk\nUkraine's General Staff says Russia now loses about 1,100 soldiers a day. South Korea's "
     "JCS says 1,100 North Koreans have been killed or wounded in Kursk.\nThe General Staff's 1,100 is "
     "a daily figure, the JCS's a total.",
     '1,100', {'claims': 2, 'metric': 'russian_casualties'}),
    ("review39 rule 7: 'Down from N' of villages is no earlier area (guard)",
     'Kursk\nUkraine still holds about 500 square kilometres of Kursk, Syrskyi said. Down from 60 last '
     'year, only a dozen villages remain under Ukrainian control.',
     '60', {'metric': None}),
    ("review39 rule 7: 'Down from N in August, the number of troops ...' is no earlier area (guard)",
     'Kursk\nUkraine still holds about 500 square kilometres of Kursk, Syrskyi said. Down from 1,200 in '
     'August, the number of Ukrainian troops there has fallen to a few hundred.',
     '1,200', {'metric': None}),
    ("review39 rule 8: 'Our 80th Air Assault Brigade' is no count of the outlet's own (guard)",
     'Kursk front\nOur 80th Air Assault Brigade has held about 60 square kilometres near Sudzha since the autumn.',
     '60', {'metric': 'ukraine_held_kursk_km2', 'source': 'unattributed'}),
    ("review39 rule 8: 'Our figures show' in a speaker's words is not the outlet's count (guard)",
     "Budanov on North Korea's losses\nKyrylo Budanov, head of Ukraine's military intelligence, spoke "
     'to journalists in Kyiv on Monday.\nOur figures show about 4,000 North Korean soldiers have been '
     'killed or wounded.',
     '4,000', {'metric': 'dprk_casualties', 'source': 'unattributed'}),
    ("a mapper's figure named as such ('The revised figure is N km²') is the ground held",
     'Kursk map series: revisions\nWe have redrawn our Kursk polygons for last autumn. Our published '
     'figure for 5 November 2024 was 812 km². The revised figure is 798 km².',
     '798', {'metric': 'ukraine_held_kursk_km2', 'counted': 'area_held'}),
    ("'N km² by our count' is the ground held",
     "Is Kursk over?\nUkraine's foothold in Kursk keeps shrinking. 118 km² by our count.",
     '118', {'metric': 'ukraine_held_kursk_km2'}),
    ("a thread's numbered post stamp dates the post under it",
     '[MERGED] DPRK troops in Russia – running tracker\nStrategy Lounge › World Affairs\nPost #31 · '
     '02-11-2024, 10:14\nWargamer_Jules (Member since 2016)\nUpdate: the Pentagon said about 8,000 '
     'North Korean troops are now in Kursk oblast.\nPost #33 · 15-01-2025, 09:02\nWargamer_Jules '
     '(Member since 2016)\nThe NIS says about 300 North Korean soldiers have been killed.',
     '8,000', {'metric': 'dprk_troops_in_russia', 'as_of': '2024-11-02'}),
    ("a Q&A page's answers count what its title asks",
     'How many North Korean soldiers are in Russia?\nShort answer: the public numbers cluster around a '
     "few sources.\n• Ukraine's military intelligence chief, Kyrylo Budanov, says 12,000 are in Russia.",
     '12,000', {'metric': 'dprk_troops_in_russia'}),
    ("a question title does not lend its subject to the other side's losses (guard)",
     "How many North Korean soldiers have died in Kursk?\nUkraine's army says it has lost about 2,000 "
     'soldiers in the region.',
     '2,000', {'metric_not': 'dprk_casualties'}),
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
    if "metric_not" in want:         # whatever else it is (or nothing), not this metric
        assert not (mine["metric"] == want["metric_not"]).any(), mine[["metric", "surface"]].to_dict("records")
        return
    assert len(mine) >= 1, f"no claim for {surface!r} in {text!r}"
    if "claims" in want:
        assert len(mine) == want["claims"], mine[["surface", "scope"]].to_dict("records")
    if want.get("one_source"):
        assert mine["attributed_to"].nunique() == 1, mine[["surface", "attributed_to"]].to_dict("records")
    if want.get("one_scope"):
        assert mine["scope"].nunique() == 1, mine[["surface", "scope"]].to_dict("records")
    row = mine.iloc[0]
    for key in ("metric", "counted", "scope", "as_of", "qualifier", "value", "region"):
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


@pytest.mark.parametrize("sentence", [
    "In the Kirov region, the one-time payment has been raised to 1.4 million rubles.",       # passive
    "Tatarstan slashed its offer from 2.7 million rubles to 400,000 rubles.",                 # a bare region
    "Volunteers will receive 400,000 rubles, a sum which the governor has not yet reduced.",  # verb after the number
])
def test_payment_without_a_setter(sentence):
    """The guard of the payment-setter row: no active body before the number, no source guessed
    (the gold of every corpus files these under the outlet or the report it relays)."""
    from claimtrack.extraction.actors import payment_actor
    assert payment_actor(sentence, sentence.index("rubles") - 4) == ""
