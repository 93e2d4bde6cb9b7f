"""What a number counts (`counted`) and over what (`scope`): the two typed fields of a claim.

    counted_scope(metric, "officer", clause, tight, left, sentence, region)  # ('officers', 'in_russia')

The vocabulary is fixed (docs/extraction.md, "counted and scope"): a metric charts only some
`counted` values (its `charts:` list in metrics.yml); "500 officers" stays a claim of the
metric, typed `officers`, and is kept out of the troop chart rather than drawn as a rival
estimate. Both fields are read from the structure around the number, in this order:

1. the head noun the number quantifies (claimtrack.extraction.quantities finds it across
   adjectives and number-adjective chains: "500,000 122-mm shells" → shell → `equipment`);
2. the verb or noun of its own clause ("were killed", "casualties rose to", "recaptured");
3. modifiers of the scope inside that clause ("additional", "at one base", "per day", "plans to
   send", "in the Kursk region", "federal"), nearest first;
4. the metric's default (troops in Russia; casualties in total; area held; regional bonus).

Rules, not a learned model: the vocabulary has 20 + 16 values and the repo's gold has a few
hundred claims, most of them the defaults; a model would learn the defaults and little else,
where a rule names the construction it reads and fails visibly (see docs/extraction.md).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..reading.casefold import CaseBlind, lowered
from .periods import MONTH_NAMES

COUNTED = ("troops", "officers", "generals", "engineers", "workers", "killed", "wounded", "captured", "missing",
           "deserters", "casualties", "area_held", "area_seized", "area_recaptured", "one_time_bonus",
           "renewal_bonus", "monthly_pay", "death_payment", "equipment", "money_other", "other")
# `rate` is refined by its period where the text gives one (rate_day, rate_week, rate_month): 1,500 a day
# and 45,680 in a month are both rates, and never comparable (the report keys groups by scope).
SCOPES = ("in_russia", "in_kursk", "in_ukraine", "near_front", "one_unit", "additional", "planned",
          "cumulative_sent", "total", "rate", "rate_day", "rate_week", "rate_month", "one_event", "regional",
          "federal", "combined", "municipal", "unspecified")

# The head noun (singular, as quantities.Quantity.unit gives it) → counted. Sub-counts of the
# force first: they are what the dev corpus report drew as troop estimates before.
HEAD_NOUNS = {
    "officer": "officers", "commander": "officers", "general": "generals",
    "engineer": "engineers", "sapper": "engineers", "deminer": "engineers", "builder": "engineers",
    "construction": "engineers",
    "worker": "workers", "labourer": "workers", "laborer": "workers",
    "deserter": "deserters", "defector": "deserters",
    "casualty": "casualties", "loss": "casualties",
    "death": "killed", "fatality": "killed", "dead": "killed", "body": "killed", "bodies": "killed",
    "prisoner": "captured", "pow": "captured", "captive": "captured",
    "shell": "equipment", "round": "equipment", "missile": "equipment", "rocket": "equipment", "tank": "equipment",
    "container": "equipment", "vehicle": "equipment", "howitzer": "equipment", "launcher": "equipment",
    "gun": "equipment", "artillery": "equipment", "piece": "equipment", "drone": "equipment",
    "ammunition": "equipment", "system": "equipment", "bomb": "equipment", "mortar": "equipment",
}
# "military builders", "combat engineers": a modifier + head that the head noun alone misreads.
PHRASES = [
    (re.compile(r"\bmilitary\s+(?:builders?|construction\s+workers?|workers?)\b", re.I), "engineers"),
    (re.compile(r"\bconstruction\s+(?:workers?|troops?|battalions?)\b", re.I), "engineers"),
    # "engineering units of 6,000 personnel for demining and reconstruction"
    # ("1,000 engineer troops", "sapper units", "demining troops": the kind of troops before their noun)
    (re.compile(r"\b(?:engineer(?:ing)?|sapper|demining|de-mining|mine[- ]clearing)\s+(?:units?|troops|battalions?|"
                r"brigades?|corps|regiments?|personnel|soldiers|forces)\b|"
                r"\bfor\s+(?:demining|de-mining|mine[- ]clearing|mine\s+clearance)\b", re.I), "engineers"),
]

# What a casualty count counts, from the words of its own clause (nearest first).
_KILLED = (r"killed|dead|died|die|dying|deaths?|demise|fatalit(?:y|ies)|perished|slain|"
           r"lost their lives|met their (?:demise|death|end)|sacrificed (?:their|his) lives?|"
           r"(?:gave|(?:have|has) given|laid down) (?:their|his) lives?|made the ultimate sacrifice|"
           r"irretrievabl\w*|irreversibl\w*|irrecoverabl\w*|destroyed|bodies|corpses|deceased|cost(?:s|ing)? (?:the )?lives|"
           r"fallen(?= (?:soldiers|troops|servicem[ae]n|fighters|heroes))|(?:had|have|has) fallen(?=\s*[.,;!]|\s*$)|"
           r"fallen in (?:battle|action|combat)")
_WOUNDED = r"wounded|injured|injur(?:y|ies)"
_CAPTURED = (r"captured|capture of|prisoners?(?: of war)?|pows?|captives?|taken prisoner|surrender\w*|"
             r"(?:gave|give|gives|given|giving) themselves up|in(?:to)? captivity")
_MISSING = r"missing"
_TOTAL = r"casualt\w+|losses|lost(?! their lives)|total losses"     # ("lost their lives" is killed)
# Losses for good, the Russian and Ukrainian staffs' term for the dead: "irreversible losses"
PERMANENT_LOSSES = re.compile(r"\b(?:irreversibl|irretrievabl|irrecoverabl)\w*\W{0,3}\s*(?:losses|casualties)\b", re.I)
# "killed and wounded", "dead or injured", "Killed, Wounded": several kinds counted together
JOINED = re.compile(rf"\b(?:{_KILLED})\W+(?:(?:and|or)\s+)?(?:{_WOUNDED})\b|"
                    rf"\b(?:{_WOUNDED})\W+(?:(?:and|or)\s+)?(?:{_KILLED}|missing|captured)\b", re.I)
CASUALTY_WORDS = [("casualties", re.compile(rf"\b(?:{_TOTAL})\b", re.I)),
                  ("killed", re.compile(rf"\b(?:{_KILLED})\b", re.I)),
                  ("wounded", re.compile(rf"\b(?:{_WOUNDED})\b", re.I)),
                  ("captured", re.compile(rf"\b(?:{_CAPTURED})\b", re.I)),
                  ("missing", re.compile(rf"\b(?:{_MISSING})\b", re.I))]
# The kinds of loss (casualties and their parts), named once for readers of claims (comparison.LOSSES).
LOSS_KINDS = frozenset(name for name, _ in CASUALTY_WORDS)

# Territory: who moved the line, and which way.
RECAPTURED = re.compile(r"\b(?:recaptur\w*|retak\w*|retook|regain\w*|liberat\w*|reclaim\w*|lost|los(?:e|es|ing)|"
                        r"ceded|pushed out)\b", re.I)
SEIZED = re.compile(r"\b(?:seiz\w*|captur\w*|took|taken|advanc\w*|gain\w*|at (?:its|the) (?:peak|height)|peak\w*|"
                    r"initially|at first|originally|incursion began)\b", re.I)
# "which once held an estimated 500 square miles": the hold at its peak, not now
# ("initially snatched control of 1,000 sq km", "At most, we controlled 1,376": the peak)
# The words of a figure at its top ("at its peak", "at one point", "On our best days, we controlled about 1,376 square
# kilometers": heldout6) or at its start ("initially"; "Initial Invasion Captured Over 1,000 km²": what the first advance
# took): what counted reads as the advance's take and claims dates to a metric's peak (claims.PEAK, one list for both).
# ("at the high-water mark in August": synth60)
PEAK_TOP_WORDS = (r"at\s+(?:its|the)\s+(?:peak|height|maximum|high[- ]water\s+mark)|at\s+one\s+point|"
                  r"(?:on|in)\s+(?:our|its|their|the)\s+best\s+days?")
PEAK_FIRST_WORDS = r"initially|at\s+first|originally"
PEAK_START_WORDS = (rf"{PEAK_FIRST_WORDS}|at\s+the\s+(?:start|outset|beginning)|"
                    r"initial\s+(?:invasion|incursion|offensive|advance|assault|attack|push|gains?)")
# (counted reads its clause's words beyond the figure too: not "at the start of", which may be another figure's, "...
# roughly 200 square kilometres, from about 400 at the start of March")
ONCE = re.compile(rf"\b(?:once|{PEAK_TOP_WORDS}|{PEAK_FIRST_WORDS}|at most,)", re.I)
# Control seized in the advance: "seize control of" (the gold reads "taken/gained control of" as held).
SEIZE_CONTROL = re.compile(r"\bseiz\w*\s+control\b", re.I)
# The area held now, said just before the figure, whatever earlier hold its sentence names.
NOW_HELD = re.compile(r"\b(?:now|currently|still)\s+(?:\w+\s+){0,2}?(?:control\w*|holds?|holding|held|occup\w*)\b"
                      r"[^,;]{0,40}$", re.I)
# The area listed after other gains of one seizing verb: "capturing several border villages and more than
# 1,000 square kilometers" (the verb's clause, up to the figure)
SEIZED_LIST = re.compile(r"\b(?:captur(?:ed|ing)|seiz(?:ed|ing)|took|taking)\b[^,;]{0,60}\band\s+(?:[^,;\s]+\s+){0,3}$", re.I)
# "shrunk from some 500 square miles to 30", "down from the more than 1,368": the earlier hold, its peak
DOWN_FROM = re.compile(r"\b(?:shr[iu]nk\w*|reduc\w*|down|decreas\w*|fell|dropp\w*|contract\w*)\s+from\s+"
                       r"(?:the\s+)?NUMBER\b", re.I)
HELD = re.compile(r"\b(?:held|holds?|holding|control\w*|occup\w*|remain\w*|still|now|currently|down to|shr[iu]nk\w*|"
                  r"cling\w*|retain\w*|defend\w*|"
                  r"reduc\w*)\b", re.I)

# Payments.
MONTHLY = re.compile(r"\b(?:monthly|a month|per month|each month|every month|salar(?:y|ies)|wages?|allowance)\b", re.I)
DEATH_PAY = re.compile(r"\b(?:death|killed|compensation|injur\w*|wounded|famil(?:y|ies) of|relatives|"
                       r"in the event of)\b", re.I)
# (a budget as who pays, "from the federal budget", is no other money: metrics.yml's signing_bonus_rub)
OTHER_MONEY = re.compile(r"\b(?:fees?|referr\w*|recruiters?|(?<!from the )(?<!from the federal )(?<!from the regional )"
                         r"(?<!from the city )(?<!from the local )(?<!from the republican )budgets?|spen[dt]\w*|"
                         r"expenditures?|trillion|billion|"
                         r"in total for|paid to (?:north korea|pyongyang)|loans?|debts?|fines?|rewards?)\b", re.I)
FEDERAL = re.compile(r"\bfederal\b", re.I)
# "federal" on the payment itself ("the federal one-off payment for signing a contract"), not on someone near it
# ("A federal official said the payment in Tatarstan ...", "Under a federal decree, Moscow's payment ...")
FEDERAL_PAYMENT = re.compile(r"\bfederal\s+(?:[\w’'-]+\s+){0,3}?(?:payments?|bonus(?:es)?|payouts?|sums?|incentives?|"
                             r"allowances?|grants?)\b", re.I)
# "the federal incentive, which is currently 400,000 rubles": the relative clause's antecedent is federal
FEDERAL_WHICH = re.compile(r"\bfederal\b[^,.;]{0,30},\s*which\s+(?:is|was|amounts to|stands at)\s+(?:\w+\s+){0,2}NUMBER",
                           re.I)
COMBINED = re.compile(r"\b(?:combined|together with|including (?:the )?federal|plus (?:the )?federal|"
                      r"from all sources|all levels)\b", re.I)
REGIONAL_PAYER = re.compile(r"\bfrom (?:the|its|their) (?:regional|republic(?:an|.s)|oblast|krai) (?:budget|treasury|funds)\b",
                            re.I)
MUNICIPAL = re.compile(r"\b(?:city|municipal\w*|mayor\w*|town)\b", re.I)

# A running total the sentence's rate adds up to: "..., bringing its losses to 700,000", "bringing the total since
# the start of the full-scale invasion to 826,010", "putting Moscow's total at around 888,330".
RUNNING_TOTAL = re.compile(r"\b(?:(?:bringing|brings|bring|raising|raises|pushing|pushes|taking|takes)\s+"
                           r"(?:[\w’'-]+\s+){0,4}?(?:total|losses|toll|tally|count|number)\b[^,;]{0,70}\bto|"
                           r"(?:putting|puts)\s+(?:[\w’'-]+\s+){0,3}?(?:total|losses|toll|tally|count)\b[^,;]{0,40}\bat)\s*$",
                           re.IGNORECASE)
# Scope modifiers of a count, nearest first in `_scope_of_count`.
# A rate: per day, week or month, or a count over one such span ("in just the past week", "in one week",
# "in May and June alone", "the costliest month ... a total of 45,680", "were recorded in October 2024").
MONTH = "(?:" + "|".join(MONTH_NAMES) + ")"
# (not "a day after Seoul said ...", "a week later", "a week ago": a time, not a rate; nor "its daily intelligence update")
RATE = re.compile(r"\b(?:per|a|each|every|(?:each|every) single) (?:day|week|month)\b(?! (?:after|before|later|earlier|ago)\b)|"
                  r"\bday by day\b|\b(?:per|every|each) 24 hours\b|"
                  r"\bdaily\b(?! (?:intelligence|update|briefing|bulletin|report)\b)|\bweekly\b|\bmonthly\b|"
                  # (a span of up to two weeks: "the last 100 days of the Kursk campaign" is no rate)
                  r"\b(?:in|over|during) (?:just |only )?(?:the )?(?:past|last|previous) (?:day|24 hours|week|month|"
                  r"(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-4]) days|(?:two|2) weeks)\b|"
                  r"\bin (?:just |only )?one (?:week|month)\b|"
                  # "within a 24-hour period", "in just 24 hours", "in 24 hours of fighting" (not "within 24 hours of
                  # the order", "after", "since"; nor "in 24-hour assaults")
                  r"\b(?:in|over|within|during) (?:just |only )?(?:a |one )?(?:24 hours\b"
                  r"(?! (?:of (?!fighting|combat|battles?|clashes|assaults)|after|following|since|from)\b)"
                  r"|24-hour (?:period|span|window)\b)|"
                  r"\b(?:costliest|deadliest|bloodiest|worst|heaviest) (?:day|week|month)\b|"
                  rf"\bin (?:the month of )?{MONTH}(?: (?:19|20)\d\d)?(?: and {MONTH})?(?: (?:19|20)\d\d)? alone\b|"
                  rf"\b(?:recorded|registered|reported) in {MONTH} (?:19|20)\d\d\b|"
                  # one day's toll: "1,950 Russian casualties on Thursday alone", "yesterday alone"
                  r"\b(?:(?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday) alone\b",
                  re.I)
# The period of a rate, read from RATE's match: "a day", "daily", "over the past 24 hours" → per day; a span
# of several days or weeks ("in the last three days", "two weeks") stays a rate of no stated period.
_PERIOD_OPENS = "a|per|each|every|single|past|last|previous|costliest|deadliest|bloodiest|worst|heaviest"
RATE_PERIODS = (("rate_day", re.compile(rf"\b(?:(?:{_PERIOD_OPENS}|by) day|daily|24[- ]hours?|\w+day alone)\b", re.I)),
                ("rate_week", re.compile(rf"\b(?:(?:{_PERIOD_OPENS}|one) week|weekly)\b", re.I)),
                ("rate_month", re.compile(rf"\b(?:(?:{_PERIOD_OPENS}|one) month|monthly|{MONTH})\b", re.I)))


def rate_scope(match: re.Match) -> str:
    """The scope of a RATE match: rate_day, rate_week or rate_month, else rate."""
    said = match.group()
    if " and " in said:
        return "rate"       # "in January and February alone": a span of two periods
    return next((scope for scope, rx in RATE_PERIODS if rx.search(said)), "rate")


ONE_EVENT = re.compile(r"\b(?:in|during) (?:a|one|the) (?:single )?(?:battle|attack|strike|assault|ambush|clash|"
                       r"incident|operation|raid|day of fighting)\b|\bin a single\b|\bin one (?:day|battle|attack)\b|"
                       r"\bover (?:two|three|four|five|several|\d+) days\b|\bin recent (?:fighting|battles?|clashes|days)\b|"
                       # "killed or wounded over the weekend", "over a three-day period", "over a period of three days"
                       r"\bover (?:the|a|one) (?:past |last )?weekend\b|\bover a (?:\w+-day )?period\b",
                       re.I)
# Fewer prisoners than this, with no "so far" or "since", are one capture reported as news, not a tally
# (tallies of prisoners run to hundreds: "has captured 900 Russian soldiers since August").
FEW_CAPTURED = 10
# Losses in the Kursk operation, a part of a war's total: "during the month of the operation in the Kursk region".
KURSK_LOSSES = re.compile(r"\bkursk\b", re.I)
# A place named in the sentences before: "40,000 Russian soldiers have been killed or injured in the
# area" after a paragraph on Kursk is Russia's losses in Kursk, not the war's ("there" is left out:
# it is also the existential "there have been").
PLACE_BEFORE = re.compile(r"\bin (?:the|this|that) (?:area|region|oblast|province|direction)\b", re.I)
# Places of the fighting a war report names; the last one named before "in the area" is the area
# meant. Capitals are left out: "Moscow claims", "Kyiv said" name governments, not places.
PLACE_NAMES = ("Kursk", "Belgorod", "Bryansk", "Sumy", "Kharkiv", "Donetsk", "Luhansk", "Donbas", "Zaporizhzhia",
               "Kherson", "Pokrovsk", "Bakhmut", "Avdiivka", "Crimea")
PLACES = re.compile(rf"\b(?:{'|'.join(PLACE_NAMES)})\b", re.I)
PLACES_LOWER = re.compile(rf"\b(?:{'|'.join(PLACE_NAMES).lower()})\b")   # the same on a lower-cased text (casefold.lowered)
# Sentences searched back for it: a paragraph or two ("in the Russian region" may point back again).
PLACE_LOOKBACK = 10


def last_place(texts: list[str]) -> str:
    """The place named last in `texts` (earlier sentences, in order), '' when none is."""
    for text in reversed(texts):
        place = _last_place_in(text)
        if place:
            return place
    return ""


@lru_cache(maxsize=PLACE_LOOKBACK * 8)
def _last_place_in(text: str) -> str:
    """The place named last in one sentence, or '': kept for the last few sentences, as each claim
    looks back PLACE_LOOKBACK sentences and most were looked at for the claim before (issue 18)."""
    low = lowered(text)
    found = list(PLACES.finditer(text) if low is None else PLACES_LOWER.finditer(low))
    return text[found[-1].start():found[-1].end()] if found else ""
# A bonus for renewing a contract, not for signing one: "for those who re-sign", "for extending contracts".
RENEWAL = re.compile(r"\bre-?sign\w*|\brenew\w*|\bextend\w* (?:the |their |a |his )?contracts?|"
                     r"\bcontract (?:extension|renewal)s?|\bsecond contract|\brepeat(?:ed)? contracts?", re.I)
# Federal cities are regions of Russia: Moscow's mayor speaks for a region, not a municipality.
FEDERAL_CITIES = ("Moscow", "Saint Petersburg", "St. Petersburg", "Sevastopol")
PLANNED = re.compile(r"\b(?:plan(?:s|ned|ning)? to|will (?:send|deploy|dispatch)|would (?:send|deploy)|"
                     r"could (?:send|deploy|dispatch)|(?:may|might) (?:send|deploy|dispatch)|"
                     # "there will be 12,000 more ... soon", "may soon have as many as 12,000", "10,000 more
                     # expected by December", "has the capability to bring 30,000 more"
                     r"there will be|(?:may|might|could|will) soon (?:have|send|deploy|reach|number)|"
                     # (not "earlier than expected by officials", "as expected in Seoul": a comparison with a past forecast)
                     r"(?<!than )(?<!as )expected (?:by|in|soon|later|next|within)|"
                     r"(?:capability|capacity|ability) to (?:bring|send|deploy|dispatch|provide)|"
                     r"capable of (?:sending|deploying|providing)|could (?:grow|rise|increase|climb) to|"
                     # "the total number reportedly set to rise to 12,000 soldiers in subsequent deployments"
                     r"set to (?:rise|grow|increase|climb|reach)|"
                     r"expected to (?:be (?:sent|deployed|dispatched)|send|deploy|dispatch|reach|arrive|total|number|rise|grow)|"
                     r"(?:decided|decides|attempting|trying|seeking|aims?|aiming) to (?:send|deploy|dispatch)|"
                     r"(?:aim|goal|plan) of (?:sending|deploying)|will be (?:sent|deployed|dispatched)|"
                     # "20,000 to 25,000 North Korean soldiers could be sent", "aim to concentrate a total of 60,000",
                     # "the contingent ... is expected to comprise 5,000"
                     # (not a second predicate of troops already there: "are now stationed in eastern Russia and
                     # could be deployed to Kursk")
                     r"(?<!and )(?:could|may|might|would) be (?:sent|deployed|dispatched|moved|transferred)|"
                     r"aims? to (?:concentrate|mass|amass|gather|bring)|expected to (?:comprise|include|consist)|"
                     r"on track to|will (?:have|reach|surpass|exceed|top)|could (?:reach|surpass|exceed|top)|is preparing to|"
                     r"are preparing to|prepar\w+ to send|intends? to|to be (?:sent|deployed)|pledged|decided to send|"
                     r"(?:potential|possible|planned) (?:deployment|dispatch|transfer|reinforcements?|sending)|"
                     # a headline's future ("North Korea to deploy 6,000 engineers", "is to send"); "will include"
                     r"(?<!\bsent )(?<!\bused )(?<!\bpreparing )to (?:send|deploy|dispatch)|"
                     r"will (?:include|consist of|comprise|involve)|"
                     r"ordered the (?:dispatch|deployment) of|"
                     # an intention or agreement to send ("wants to provide up to 12,000", "had agreed to
                     # provide 1,000 sappers", "is set to ship off 30,000 more"), a move yet to come ("the
                     # first cadre of 2,600 troops will go to Kursk"), troops readied ("were being prepared
                     # to join"), a forecast of the force or the toll ("expects that deployment to increase
                     # to 12,000", "may grow to 100,000", "could ultimately reach", "projected to reach",
                     # "the number of 25,000 to 30,000 troops anticipated by Ukraine", "Russia likely would
                     # hit the mark of 1 million casualties", "is likely to reach the one million mark")
                     r"(?:wants?|wanted|agreed|agrees|promised|offered|ready) to (?:send|provide|deploy|dispatch|supply)|"
                     r"set to (?:send|ship|deploy|dispatch|provide|transfer)|will (?:go|head|move) to|"
                     # "Moscow is on the brink of deploying 10,000 North Korean soldiers", "poised to send"
                     r"on the (?:brink|verge|cusp) of (?:deploying|sending|dispatching)|poised to (?:send|deploy|dispatch)|"
                     r"being prepared (?:to|for)|expects? (?:\w+ ){0,3}to (?:increase|grow|rise|reach|climb)|"
                     r"(?:may|might|will|would) (?:grow|rise|increase|climb) to|"
                     r"(?:could|may|might|will|would) (?:\w+ly )?(?:reach|hit|surpass|exceed|top)|"
                     r"(?:expected|projected|forecast|predicted|likely) to (?:hit|reach|top|exceed|surpass|assemble|"
                     r"rise|grow|increase|climb|number|total)|anticipated)\b", re.I)
# (not "could join": "has sent about 10,000 troops to Russia who could join Moscow's fight", "8,000 North
# Korean troops in Kursk could join Ukraine war in days": the troops are there, only their fighting is to come)
# A number said to be there already is no plan, whatever its sentence forecasts after it ("3,000 ... are
# already at military bases ... and he expects that deployment to increase to 12,000"): "already" in
# the few words right after it, before a comma (`near` after its NUMBER mark)
# (each word followed by its space: a word cannot be split two ways, so no search backtracks far)
THERE_NOW = re.compile(r"\s*(?:[^\s,;]+\s+){0,5}?already\b", re.I)
# "these additional 10,000-12,000 forces": a contingent named before, additional to Russia's own, not a new wave
ADDITIONAL = re.compile(r"\b(?<!these )(?<!those )(?:additional|another|further|more(?!\s+than)|new|fresh|second|third|extra|"
                        r"reinforcements?|"
                        r"wave|rotation|batch|on top of)\b", re.I)
# Reinforcements joined to the count by "and" are another group: "fighting with 70,000 Russian troops and
# North Korean reinforcements" (the 70,000 are not the reinforcements)
OTHER_REINFORCEMENTS = re.compile(r"\band\s+(?:[\w’'-]+\s+){0,2}reinforcements?$", re.I)
# Sent over time, summed: "has sent ... so far", "rotated", "since October". "In total", "overall", "the
# total number" describe the whole contingent present (in_russia), not a sum of waves: the issue-15 gold
# reads "has sent approximately 10,000 soldiers in total" and "overall ... 11,000 to 12,000" as in_russia.
CUMULATIVE = re.compile(rf"\b(?:so far|to date|rotated|since (?:the|it|they|late|early|mid|last|{MONTH})|"
                        r"cumulative\w*)\b", re.I)
# "deployed 15,000 troops in two phases": the total over several waves, not one more wave
PHASES = re.compile(r"\bin (?:two|three|four|several|multiple|\d+) (?:phases|waves|rotations|batches|stages|"
                    r"deployments)\b", re.I)
ONE_UNIT = re.compile(r"\b(?:one|a|single) (?:unit|battalion|base|brigade|regiment|division|company)\b|"
                      r"\b(?:battalion|brigade|regiment|base|training ground|camp)\b", re.I)
NEAR_FRONT = re.compile(r"\b(?:near|close to|along|at|on|to) (?:the )?(?:front(?:[- ]?lines?)?|frontline|"
                        r"(?:ukrain\w*\W*s? )?border|ukraine)\b|\b(?:combat (?:areas?|zones?)|battlefield)\b", re.I)
# (not "in Russia's Kursk region", nor "in Russia's" where the words read end: the clause says whose region)
IN_RUSSIA = re.compile(r"\b(?:in|to|into|inside)(?: of)? russia\b(?!.s\s+(?:kursk|western|border)|.s\s*$)", re.I)
# Kursk as a place the troops are in or sent to, not a purpose ("sent to help Russia retake Kursk")
IN_KURSK = re.compile(r"\b(?:in|to|into|inside|near|around|at|reached|entered)\s+(?:the\s+)?(?:russian\s+|russia.s\s+)?kursk\b"
                      # "in the western region of Kursk", "in the Russian oblast of Kursk"
                      r"|\b(?:in|to|into)\s+the\s+(?:[\w-]+\s+){0,2}(?:region|oblast|province)\s+of\s+kursk\b", re.I)
IN_UKRAINE = re.compile(r"\b(?:in|inside|into|across|within) (?:occupied )?ukraine\b|\bukrainian territory\b", re.I)


def is_casualty_metric(metric_id: str) -> bool:
    """A metric of losses (russian_casualties, dprk_casualties): what it counts is killed, wounded, captured..."""
    return metric_id.endswith("casualties")


def counted_of(metric_id: str, metric_kind: str, unit: str | None, clause: str, tight: str, near: str = "",
               after: str = "", lead: str = "") -> str:
    """What the number counts: its head noun, then its clause's words, then the metric's default."""
    for rx, value in PHRASES:
        if rx.search(tight):
            return value
    head = HEAD_NOUNS.get((unit or "").lower())
    casualty_metric = is_casualty_metric(metric_id)
    if metric_kind == "count" and not casualty_metric and (
            MIXED_CONTINGENT.match(after) or MIXED_CONTINGENT.match(near.partition("NUMBER")[2])):
        return "engineers"
    if metric_kind == "count":
        if head in ("officers", "generals", "engineers", "workers", "deserters", "equipment"):
            return head
        if casualty_metric or head in ("casualties", "killed", "captured"):
            return _casualty(tight, clause, head, near, after)
        if metric_id.endswith("recruits_per_month"):
            return "other"
        return "troops"
    if metric_kind == "area":
        words = f"{tight} {clause}"
        before = near.split("NUMBER")[0]       # "At the peak of the offensive, Ukraine controlled ..."
        if NOW_HELD.search(before):
            return "area_held"      # "Kyiv now controls approximately 800 km², down from the 1,376 initially captured"
        if ((ONCE.search(words) or ONCE.search(before)) and not RECAPTURED.search(tight)) or DOWN_FROM.search(near):
            return "area_seized"
        if RECAPTURED.search(tight):
            return "area_recaptured"
        if SEIZE_CONTROL.search(tight):
            return "area_seized"        # "an offensive that allowed them to seize control of approximately 1,250 km²"
        if HELD.search(tight):
            return "area_held"
        if SEIZED.search(words) or SEIZED_LIST.search(before):
            return "area_seized"
        return "area_held"
    if metric_kind == "money":
        if metric_id.startswith("average"):
            return "money_other"
        # the payment a copula's subject names, however far before the sum ("The monthly pay of a contract
        # serviceman in the zone of the special military operation is from 210,000 rubles", "the state's one-off
        # death payment, which by then had grown to around 5 million roubles")
        words = tight if OWN_PAYMENT.search(tight) else f"{tight} {copula_subject(lead or near.split('NUMBER', 1)[0])}"
        if OTHER_MONEY.search(words):
            return "money_other"
        if DEATH_PAY.search(words):
            return "death_payment"
        if MONTHLY.search(words):
            return "monthly_pay"
        if RENEWAL.search(f"{tight} {clause} {near}"):
            return "renewal_bonus"      # "only for those who decide to re-sign the contract"
        return "one_time_bonus"
    return "other"


# A copula or a verb of reaching right before a sum: its subject says what the sum is.
COPULA_END = re.compile(r"\b(?:is|was|are|were|amounts?\s+to|amounted\s+to|stands?\s+at|stood\s+at|"
                        r"(?:has|had|have)\s+(?:now\s+)?(?:grown|risen|increased|climbed|gone\s+up)\s+to|reach(?:es|ed)|"
                        # a passive change to a level: "was raised to", "has been cut to", "was set at"
                        r"(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:raised|increased|"
                        r"cut|reduced|lowered|doubled|tripled|halved|set|fixed)\s+(?:to|at))\s+"
                        r"(?:now\s+)?(?:(?:from|about|around|roughly|nearly|almost|some|up\s+to|at\s+least|over|more\s+than)\s+)?$",
                        re.I)
# The number's own words naming a one-time payment: then they, not a copula's subject, say what it is.
OWN_PAYMENT = re.compile(r"\b(?:sign\w*|one-?(?:time|off)|bonus\w*|lump[- ]sum|enlistment|up[- ]front)\b", re.I)
COPULA_SUBJECT_WORDS = 20   # words of the subject read before the copula (a noun phrase with two "of" phrases)


def copula_subject(before: str) -> str:
    """The subject of a copula right before the number (`before`: the words before it), back to its clause's
    start or past a "which" to its antecedent; '' when no copula comes right before the number."""
    m = COPULA_END.search(before)
    if not m:
        return ""
    subject = before[:m.start()]
    which = re.search(r",\s*(?:which|that)\b[^,;]*$", subject)
    if which:
        subject = subject[:which.start()]
    # (back to the clause's start: a number, a semicolon, a coordinated clause, a quotation or an "unlike" aside
    # before it is another payment's: "The monthly salary ... is about 200,000 rubles, and the one-time bonus for
    # signing is 1.9 million rubles")
    subject = re.split(r"[;:.!?\d\"“”]|,\s*(?:and|while|but|whereas|unlike)\b|\bwhereas\b|\bunlike\b", subject)[-1]
    return " ".join(subject.split()[-COPULA_SUBJECT_WORDS:])


# The noun a count of people ends on ("45 soldiers", "325,000 troop"), after which its participle follows.
PERSON_NOUN = re.compile(r"^\W*(?:[\w’'-]+\s+){0,3}?(?:soldiers?|troops?|servicem[ae]n|service\s+members|personnel|people|"
                         r"men|fighters?|combatants?|koreans?|russians?)\b", re.I)


def _words(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


PREDICATE = re.compile(rf"\b(?:are|were|is|was|have|has|had)\s+(?:[a-z]+\s+){{0,4}}?(?:been\s+)?"
                       rf"(?P<kind>{_KILLED}|{_WOUNDED}|captured|taken prisoner|missing)\b", re.I)
# "6,000 soldiers and engineers", "troops and military builders": a contingent with builders in it is
# not a count of fighting troops (issue 15 gold: engineers)
# ("6,000 personnel, including combat engineers and military workers": personnel that the text says
# are builders; not "12,000 troops, including engineers", a force with some in it)
# (the list after "including" builders only, two kinds or more: "12,000 personnel, including combat engineers
# and artillerymen" or "..., including combat engineers, and 3,000 builders" is a force with some engineers in it)
_BUILDER = r"(?:combat\s+|military\s+|construction\s+)?(?:engineers|builders|sappers|deminers|workers)"
MIXED_CONTINGENT = re.compile(r"^\W*(?:[\w-]+\s+){0,2}?(?:(?:soldiers|troops|personnel)\s+and\s+"
                              r"(?:combat\s+|military\s+)?(?:engineers|builders|sappers|deminers|construction\s+workers)\b|"
                              rf"personnel,\s+including\s+{_BUILDER}(?:\s*(?:,\s*|and\s+)(?:and\s+)?{_BUILDER})+\s*(?:[,.;:)–—]|$))",
                              re.I)
# Another verb with a count of its own after the noun (or after the noun's last words, PERSON_NOUN taking
# "Russian" of "Russian soldiers"): "killed 21 North Korean soldiers and wounded 40" (the "wounded" is the 40's)
NEXT_COUNT = re.compile(r"(?:\s+[\w’'-]+){0,2}?\s*,?\s*(?:and|while|but)\s+(?:also\s+)?(?:killed|wounded|injured|captured|"
                        r"took|taken|lost|eliminated|destroyed)\s+(?:(?:about|around|some|another|over|more\s+than|nearly|"
                        r"at\s+least)\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\b)",
                        re.IGNORECASE)
OWN_PARTICIPLE = re.compile(r"\W{0,3}(\w+)(?=\s*(?:$|[,.;:)–—]|\b(?:and|or|in|on|since|during|by|while|as|with|so|from|"
                            r"last|this|over|of|at|among|including|according)\b))", re.IGNORECASE)


def _casualty(tight: str, clause: str, head: str | None, near: str = "", after: str = "") -> str:
    """killed / wounded / captured / missing, or casualties when the clause counts several together
    (in its words up to the numbers either side: "killed and wounded ... has exceeded 3,000")."""
    own = OWN_PARTICIPLE.match(after)
    if own and not JOINED.match(after, own.start(1)):
        # the participle right after the number, standing for its noun: "approximately 315,000 killed and
        # 500,000 wounded" (not an adjective of a noun after it: "captured two injured soldiers")
        kinds = [name for name, rx in CASUALTY_WORDS if rx.match(own.group(1))]
        if kinds and kinds[0] != "casualties":
            return kinds[0]
    if JOINED.search(clause) or JOINED.search(tight) or JOINED.search(near):
        return "casualties"
    # what follows the number's own noun says what it counts: "losses included 45 soldiers killed in
    # action", "1.2 million casualties, including up to 325,000 troop deaths"
    noun = PERSON_NOUN.search(after)
    if noun and not NEXT_COUNT.match(after, noun.end()):
        kinds = {name for name, rx in CASUALTY_WORDS if rx.search(_words(after[noun.end():], 3))}
        if len(kinds) == 1 and kinds != {"casualties"}:
            return kinds.pop()
        # "2,000 North Korean soldiers deployed to support Russia ... are estimated to have been killed":
        # the main verb's predicate, past the participle phrase
        pred = PREDICATE.search(after, noun.end())
        if pred and not JOINED.search(after, pred.start()):
            kinds = {name for name, rx in CASUALTY_WORDS if rx.fullmatch(pred.group("kind"))}
            if len(kinds) == 1 and kinds != {"casualties"}:
                return kinds.pop()
    for words in (tight, clause):
        if PERMANENT_LOSSES.search(words):
            return "killed"          # "25,200 were “irreversible” losses": the dead (the gold of every set)
        found = [(m.start(), name) for name, rx in CASUALTY_WORDS for m in rx.finditer(words)]
        kinds = {name for _, name in found}
        if "casualties" in kinds:
            return "casualties"
        if kinds == {"captured", "wounded"}:
            return "captured"        # "captured two injured soldiers": prisoners, wounded or not
        if len(kinds) > 1:
            return "casualties"      # "killed and wounded": together
        if kinds:
            return kinds.pop()
    return head if head in ("casualties", "killed", "captured") else "casualties"


def scope_of(metric_id: str, counted: str, clause: str, tight: str, region: str, near: str = "",
             rest: str = "", before: str = "", lead: str = "", lead_region: bool = False) -> str:
    """Over what the number counts: its clause's scope words, else the metric's default. `before` is
    the place the sentences before it name last (`last_place`), for a clause that only points back
    to one ("in the area")."""
    if counted in ("one_time_bonus", "renewal_bonus", "monthly_pay", "death_payment", "money_other"):
        words = f"{tight} {region}"
        if COMBINED.search(words):
            return "combined"
        # ("the federal one-off payment for signing a contract was raised to 400,000 rubles": the payment a
        # predicate's subject names, however far before)
        if FEDERAL.search(tight) or FEDERAL_WHICH.search(near) or \
                (lead and not lead_region and FEDERAL_PAYMENT.search(copula_subject(lead))):
            return "federal"
        if region:
            city = MUNICIPAL.search(tight) and not region.startswith(FEDERAL_CITIES)
            return "municipal" if city else "regional"
        if REGIONAL_PAYER.search(tight):
            return "regional"       # "400,000 rubles from the regional budget": the region pays, though unnamed
        return "unspecified"
    if counted.startswith("area_"):
        return "one_event" if ONE_EVENT.search(tight) else "total"
    if counted in ("killed", "wounded", "captured", "missing", "casualties", "deserters"):
        # "2,030 soldiers killed and wounded in a single day": the event may follow the pair; "over 1,000
        # killed or wounded in just one week": the span is a quantity of its own, so also the rest of the clause
        if RUNNING_TOTAL.search(near.split("NUMBER", 1)[0]):
            return "total"              # "1,500 ... every single day in October, bringing its losses to 700,000"
        for words in (tight, near, rest):
            rate = RATE.search(words)
            if rate and words is not rest and rate.group() in rest and not RATE.search(rest):
                rate = None     # a window cut before the words that make it no rate ("within 24 hours | of the order"):
                #                 the clause after the number, which holds the same words, says so
            if rate:
                return rate_scope(rate)
            if ONE_EVENT.search(words):
                return "one_event"
        if PLANNED.search(tight):
            return "planned"            # "on track to reach one million casualties": a projection
        if metric_id.startswith("russian") and (KURSK_LOSSES.search(f"{clause} {rest}") or (
                PLACE_BEFORE.search(f"{clause} {rest}") and KURSK_LOSSES.fullmatch(before))):
            return "in_kursk"           # Russia's losses in the Kursk operation: a part of the war's total
        return "total"
    # a count of people or things: the nearest word wins: a modifier in its own words, then a place
    # in its own words ("its 50,000-strong contingent in Kursk to ... conduct a new wave of
    # mobilisation": in Kursk, not a new wave), then a modifier in its clause or what follows
    for words in (tight, clause, rest):
        if PHASES.search(words):
            return "cumulative_sent"
        for rx, value in ((PLANNED, "planned"), (RATE, "rate"), (ADDITIONAL, "additional"),
                          (CUMULATIVE, "cumulative_sent"), (ONE_UNIT, "one_unit"), (NEAR_FRONT, "near_front")):
            if rx is PLANNED:
                found = rx.search(words)
                if found and THERE_NOW.match(near.partition("NUMBER")[2]):
                    found = None
            elif rx is ADDITIONAL:
                found = next((x for x in rx.finditer(words) if not OTHER_REINFORCEMENTS.search(words, 0, x.end())), None)
            elif rx is RATE:
                # (troops "deployed in the last week of October": a date; a toll over that week is a week's count)
                found = next((x for x in rx.finditer(words) if not words.startswith(" of ", x.end())
                              and f"{x.group()} of " not in rest), None)
            else:
                found = rx.search(words)
            if found:
                return rate_scope(found) if rx is RATE else value
        if words is tight and (IN_UKRAINE.search(tight) or IN_KURSK.search(tight)):
            break
    if IN_UKRAINE.search(tight):
        return "in_ukraine"
    if IN_RUSSIA.search(tight) and not IN_KURSK.search(tight):
        return "in_russia"
    if IN_KURSK.search(clause) or metric_id == "russian_troops_kursk":
        return "in_kursk"
    if metric_id == "dprk_troops_in_russia":
        return "in_russia"
    return "unspecified"


def counted_scope(metric_id: str, metric_kind: str, unit: str | None, clause: str, tight: str,
                  region: str = "", near: str = "", rest: str = "", value: float | None = None,
                  before: str = "", lead: str = "", lead_region: bool = False) -> tuple[str, str]:
    """(counted, scope) of one number of metric `metric_id`, from its head noun and its clause.

    `tight` is a few words either side inside its clause, `clause` the clause, `near` the words up
    to the numbers either side; the number's own words (its hedge) are left out of all three. `rest`
    is the sentence after the number up to a comma, which may hold a number of its own ("in two
    phases"); `before` is the place named last before it (`last_place`); `lead` the sentence before the number,
    `lead_region` whether the subject of a copula right before it names a region (`copula_subject`)."""
    counted = counted_of(metric_id, metric_kind, unit, clause, tight, near, rest, lead)
    scope = scope_of(metric_id, counted, clause, tight, region, near, rest, before, lead, lead_region)
    if counted == "captured" and scope == "total" and value is not None and value < FEW_CAPTURED \
            and not CUMULATIVE.search(f"{tight} {rest}"):
        scope = "one_event"   # "Ukraine has captured two North Korean soldiers": one capture, not a running tally
    return counted, scope


# Every case-blind pattern above looks in the lower-cased text where that finds the same
# (casefold.CaseBlind): counted and scope read a match only case-blind or for where it is, and
# `re` is slower under IGNORECASE (a third of counted_scope's time; issue 18).
PHRASES = [(CaseBlind(rx), value) for rx, value in PHRASES]
CASUALTY_WORDS = [(name, CaseBlind(rx)) for name, rx in CASUALTY_WORDS]
(
    JOINED, RECAPTURED, SEIZED, ONCE, HELD, MONTHLY, DEATH_PAY, OTHER_MONEY, FEDERAL, FEDERAL_WHICH, COMBINED,
    MUNICIPAL, RATE, ONE_EVENT, KURSK_LOSSES, PLACE_BEFORE, RENEWAL, PLANNED, ADDITIONAL, CUMULATIVE, PHASES,
    ONE_UNIT, NEAR_FRONT, IN_RUSSIA, IN_KURSK, IN_UKRAINE, PERSON_NOUN, OWN_PARTICIPLE, THERE_NOW, PERMANENT_LOSSES,
) = map(CaseBlind, (
    JOINED, RECAPTURED, SEIZED, ONCE, HELD, MONTHLY, DEATH_PAY, OTHER_MONEY, FEDERAL, FEDERAL_WHICH, COMBINED,
    MUNICIPAL, RATE, ONE_EVENT, KURSK_LOSSES, PLACE_BEFORE, RENEWAL, PLANNED, ADDITIONAL, CUMULATIVE, PHASES,
    ONE_UNIT, NEAR_FRONT, IN_RUSSIA, IN_KURSK, IN_UKRAINE, PERSON_NOUN, OWN_PARTICIPLE, THERE_NOW, PERMANENT_LOSSES,
))
