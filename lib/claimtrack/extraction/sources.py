"""Who made a claim: the cited source in a sentence, in a canonical form (sources.yml).

    >>> attribution("Ryder noted that the deployment ...")[0]
    'Pentagon (Ryder)'

News copy names its sources in a handful of shapes: "according to X", "X said", "said X",
"X told the BBC", "citing X". The phrase found is mapped through the alias table; a
spokesperson named beside an organisation gives "Organisation (Person)". What no pattern
finds is "unattributed" and the claim is the outlet's own.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from ..reading.casefold import FOLDS_TO_ASCII, CaseBlind, lower_pattern, lowered
from ..reading.sentences import Sentence, split_sentences
from .catalogue import load_shipped, longest_of, term_starts, whole_words
from .counting import FEDERAL_CITIES
from .periods import MONTH_NAMES, WEEKDAY_NAMES
from .regions import find_regions, short_name

_VERBS = (r"(?:said|says|say|told|tells|informed|noted|notes|stated|states|reported|reports|estimated|estimates|"
          r"announced|announces|claimed|claims|confirmed|confirms|believes|believe|assessed|assesses|wrote|writes|"
          # (British usage, a body in the plural: "Defence Intelligence assess that ...": synth59)
          r"assess(?=\s+that\b)|"
          # ("the authors write"; not "can write off loans")
          r"write(?!\s+(?:off|down)\b)|"
          r"added|adds|disclosed|revealed|indicated|warned|stressed|explained|explains|thinks|think|spoke(?!\s+(?:of|about)\b)|"
          # ("Russian military bloggers insist the grouping is nearer 100,000", "critics argue that")
          r"urged|cautioned|suggested|argued|insisted|insist|argue|"
          # ("Ukrainian officers tell us Russia now keeps only about 20,000 soldiers")
          r"tell(?=\s+(?:us|me|reporters|journalists)\b)|acknowledged|emphasi[sz]ed|remarked|concluded|asserted|"
          r"mentioned|pointed out|briefed|posted|tweeted|admitted|admits|admit|alleged|alleges|"
          # ("South Korea's spies reckon around 300 have been killed": synth55)
          r"reckons|reckoned|reckon(?!\s+(?:with|on)\b)|"
          r"has said|has estimated|have said|have claimed|have told|has reported|have reported|"
          # "The United States and South Korea have accused North Korea of sending 10,000 soldiers"
          r"quoted|cited|cites|estimate|has told|accused|accuses|have accused|has accused|"
          # "Rep. Yu elaborated that ...", "He highlighted that ...", "the minister reiterated"
          r"elaborated|highlighted|reiterated|declared|commented|testified|assured|conceded|underlined|underscored|"
          r"affirmed|predicted|"
          # a count's keeper: "Mediazona had identified about 80,000 ... by name", "DeepState showed Ukraine holding 520"
          # (not "counted on" them; not "showed no sign", "showed it could", "shows the", "showed up")
          r"identified|has identified|have identified|counted(?!\s+on\b)|has counted(?!\s+on\b)|"
          r"have counted(?!\s+on\b)|documented|tallied|"
          # (words, not case: the verbs are searched case-blind too)
          r"(?:showed|shows)(?!\s+(?:no|little|signs?|up|off|it|how|why|what|the|a|an|its|his|her|their|them|him|us|"
          r"me|you|some|any|that\s+it|\w+ing)\b)|"
          # the present tense of headlines and ledes: "Seoul reveals that nearly 2,000 ...", "Zelensky warns"
          r"reveals|discloses|warns|stresses|argues|insists|acknowledges|asserts|declares|"
          r"predicts|reiterates|affirms|testifies|"
          # "South Korean media has speculated that North Korea may ultimately deploy up to 12,000"
          r"speculated|speculates|has speculated|have speculated|"
          # a plural subject's present: "Ukrainian, South Korean and US sources all report that ...", "Western
          # intelligence sources suggest that ..."
          r"report(?=\s+that\b)|suggest(?=\s+that\b)|claim(?=\s+that\b)|"
          # "Zelensky earlier put the number of killed or wounded North Koreans at 4,000": an estimate given
          # ("Kyiv puts Russian losses at 790,000": any object, so long as "at" a figure follows it)
          r"puts?(?=\s+(?:[\w’'-]+\s+){0,8}?(?:number|toll|figure|tally|count|total|losses|casualties|"
          # ("HUR put the dead at about 4,000", "the regional government put the Ukrainian-held area at about 600")
          r"dead|deaths|area|strength|size|"
          # ("puts the Russian force facing his troops in Kursk at about 40,000")
          r"force|forces|grouping|contingent)\b[^.;:]{0,120}?\bat\s+(?:(?:about|around|some|roughly|nearly|more\s+than|"
          # ("puts the number of North Korean soldiers in the Kursk region at no less than 10 thousand": synth34)
          r"over|at\s+least|up\s+to|an\s+estimated|close\s+to|almost|approximately|(?:no|not)\s+(?:less|fewer)\s+than|"
          r"(?:less|fewer)\s+than|just\s+(?:over|under))\s+)?\d))")
SAY_VERBS = _VERBS          # the verbs of saying, as other modules look for them (claims.SAYING)
# A cited phrase: no clause punctuation or spaced dash, but initials keep their dots ("according to the
# U.S. government"; "according to the Ukrainian army – 137,000")
# (nor an em dash, spaced or not: "according to the military's toll—bringing the total to ...")
# (and a title's or a middle name's dot: "according to Gen. Mark A. Milley")
_WHO = (r"(?P<who>(?:(?:[A-Z]\.){2,}|(?<![\w.])(?:Gen|Lt|Col|Maj|Adm|Sgt|Capt|Cmdr|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Prof)\.(?=\s[A-Z])"
        # (a relay chain's next link is another frame: "reported by Reuters on November 23 citing a General Staff source")
        r"|(?<=\s)[A-Z]\.(?=\s[A-Z][a-z])|(?!\s[-–—]\s|\s(?:citing|quoting)\s)[^,.;:“”\"()—]){2,80})")
# Lower-case words that can be part of a speaker's name before its verb ("The government of the
# Tyumen region announced", "Pentagon spokesman Pat Ryder said", "Ukraine's defence intelligence said").
_NAME_WORDS = (r"government|authorities|administration|ministry|governor|mayor|office|press|service|spokes\w+|"
               r"officials?|officers?|intelligence|military|agenc(?:y|ies)|army|forces|staff|command|councils?|committees?|"
               r"commander(?:-in-chief)?|commanders|generals|chiefs?|head|director|deputy|lawmakers?|legislators?|parliamentarians?|senators?|"
               # a post named before its holder: "the South Korean defence minister said", "EU foreign policy chief
               # Kaja Kallas said"
               r"ministers?|secretary|foreign|policy|"
               # a post held for now: "Kursk acting governor Alexander Khinshtein said"
               r"acting(?=\s+(?:governor|head|director|mayor|minister|president|chief|commander)\b)|"
               # groups named by who they are: "Western leaders say", "a Ukrainian special operations crew claimed"
               r"leaders|diplomats?|crews?|special\s+operations|project|network|spy|armed|"
               r"analysts?|region|regional|defen[cs]e|"
               r"general|departments?|ministries|services|governments|offices|branch|units?|centre|center|bureau|institute|"
               # the press as a body: "South Korean media reported", "Japanese newspapers say", "Russian state media"
               # (not "media reports" as a noun, nor social media: "data from media reports, social media ...")
               r"(?<!social\s)(?:media|newspapers?|outlets|broadcasters?)(?!\s+reports?\b)|state(?=\s+(?:media|television|tv)\b)|"
               r"report|study|analysis|assessment|think[\s-]+tanks?|"
               r"survey|sources?|informants?|[a-z]+'s|[a-z]+’s|"
               # a body's post or update, named before: '"...," the post said'
               r"post|update|bulletin|"
               # "Yonhap news agency reported": the agency's name with its kind
               r"news(?=\s+(?:agency|agencies|service|outlet|channel|network|portal|site|website))")
# An adverb between a speaker and the verb: "the Ukrainian government now claims", "Seoul also said".
# ("Russia last officially reported": two of them, "last" among them)
_ADVERB = r"(?:[a-z]+ly|now|also|still|again|already|earlier|later|since|then|too|further|all|both|last|first)"
# A day between a speaker and the verb: "General Oleksandr Syrskyi on Monday announced".
_WHEN = (r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this)\s+(?:week|month)|"
         r"earlier\s+this\s+(?:week|month)")
# "former " or "ex-" right before a speaker's name.
FORMER = re.compile(r"\b(?:former|ex-)\s*$", re.IGNORECASE)
# A cited party with no face: "citing unidentified sources", "citing anonymous sources", "quoting
# unnamed officials". No one is named, so the one who cites them is the original ("JoongAng Ilbo,
# citing unidentified sources, reported" is JoongAng Ilbo's; the gold of every set that has the
# construction files it so). A party with an affiliation ("anonymous Ukrainian officials") keeps its face.
# (a bare count of sources is as faceless: "as reported by Reuters citing two sources"; and "people familiar
# with the matter")
FACELESS = re.compile(r"(?:(?:two|three|several|some|multiple|many|\d+)\s+)?(?:(?:anonymous|unidentified|unnamed|"
                      r"undisclosed|unspecified|senior|informed|well-informed)\s+)+(?:sources?|officials?|people|"
                      r"insiders?|informants?)"
                      r"|(?:two|three|four|several|some|multiple|many|\d+)\s+(?:sources|insiders|informants)"
                      r"|(?:people|sources|persons)\s+familiar\s+with\s+the\s+(?:matter|situation|plans?|issue)", re.IGNORECASE)
# The speech frames, each naming who: "according to X", "citing X", "said X" (inverted, also after a
# closing quote: '"...," said X'), "X said" (also '"...," X said'). Kinds: "relayed" (the speaker
# of an according-to / citing frame), "inverted", "subject".
_PATTERNS = [
    # the one who cites a faceless party (FACELESS): "South Korea's JoongAng Ilbo newspaper, citing
    # unidentified sources, reported", "a South Korean newspaper, JoongAng, citing anonymous sources, that"
    # (first, so that a name the table does not know is the phrase taken)
    ("relayed", re.compile(r"(?P<who>(?<![\w’'.-])[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|newspaper|daily|broadcaster|"
                           rf"(?:news\s+)?agency|outlet|of|the)){{0,5}}),?\s+(?:citing|quoting)\s+(?i:{FACELESS.pattern})\b")),
    ("relayed", re.compile(rf"\baccording to (?:the )?{_WHO}", re.IGNORECASE)),
    ("relayed", re.compile(r"\b(?:citing|cited by|quoting|quoted by|reported by|given by|provided by|released by|"
                           # ("as per Reuters", not "1,000 soldiers per day")
                           # (nor "At 400,000 roubles per contract", "per recruit": synth59)
                           r"per(?!\s+(?:day|week|month|year|hour|cent|capita|person|head|soldier|square|km|kilomet\w+|"
                           r"mile|contract|recruit|serviceman|servicemen|man|men|unit|copy|copies|family|"
                           r"region|signing|enlistment|annum|se|diem)s?\b)|"
                           r"(?:stated|said|announced|confirmed|disclosed|voiced|made public) by|"
                           # an estimate's maker: "as assessed by Pasi Paroinen, an analyst at ...", "figures compiled by
                           # Mediazona" (not "documented by name", "tallied by region", "estimated by comparing ...")
                           r"(?:assessed|estimated|calculated|compiled|counted|tallied|published|verified|documented) by"
                           r"(?!\s+(?:names?|regions?|decree|law|hand|months?|years?|weeks?|days?|dates?|type|category|age|"
                           r"sex|gender|units?|rank|\w+ing)\b)|"
                           r"(?:reports?|data|estimates|assessments?|figures|analys[ie]s|stud(?:y|ies)|investigations?|"
                           # ("an allegation by the United States that ...")
                           r"projections?|allegations?|claims?) (?:from|by)) (?:the )?"
                           rf"{_WHO}", re.IGNORECASE)),
    # "Reuters cites a source in the SBU as saying", "Yonhap cited South Korean military officials who
    # ...": the cited one
    # (not a figure cited: "a U.S. military official who cited several hundred casualties")
    ("relayed", re.compile(rf"\b(?:cites|cited|quotes|quoted)\s+(?:the\s+)?(?!(?:several|a\s+few|some|about|around|nearly|"
                           rf"more\s+than|over|at\s+least|hundreds|thousands|dozens|tens)\b|\d){_WHO}", re.IGNORECASE)),
    # (a closing single quote after the comma too, British style: "'..., we are not going anywhere,' said Colonel ...")
    ("inverted", re.compile(rf"(?:[,”\"]|,['’])\s*(?P<verb>{_VERBS})\s+(?P<who>[^,.;:“”\"()]{{2,80}})", re.IGNORECASE)),
    # A name of at most 24 pieces, starting at a word's start, each word taken whole: linear time
    # even on a sentence that is one long run of capitalised words or letters.
    # ("Ukraine, the U.S. and South Korea all said"; "South Korea's spy agency which reported some 100
    # deaths": the relative clause's speaker)
    ("subject", re.compile(rf"(?P<who>(?<![\w’'.-])(?:[A-Z][\w’'.-]*+|the|of|and|for|in|a|an|its|"
                           rf",(?=\s+(?:and\s+)?(?:the\s+)?[A-Z])|(?:{_NAME_WORDS})\b|\s){{1,24}}?)(?:\s+{_WHEN})?\s+"
                           # (not "reveals how desperate Moscow has become": what is shown, no one speaking)
                           rf"(?:(?:which|who)\s+)?(?:(?:has|have|had)\s+)?(?:{_ADVERB}\s+){{0,2}}{_VERBS}\b(?![\s-]+tanks?\b)"
                           r"(?!\s+(?:how|why)\b)"
                           # (not "added" of a number: "Russia recently added over 10,000 North Korean soldiers")
                           r"(?!(?<=added)\s+(?:(?:about|around|some|over|more\s+than|nearly|another|an\s+additional)\s+)?\d)")),
    # a pronoun after a clause: '..., he said, estimating that ...' (who "he" is was said before)
    # ("... since September 2022, when it reported close to 6,000": the body the sentence named before)
    ("subject", re.compile(rf"(?:^|[,”\"]\s*|\bwhen\s+)(?P<who>he|she|they|it)\s+{_VERBS}\b")),
    # the passive of translated copy after a clause: "..., it was noted", "..., it was specified" (who noted it was said
    # before: the speaker of the sentences before, as "he said"; not "it is reported", "it was stated": in English copy
    # those are reports at large)
    ("subject", re.compile(r"[,”\"]\s*(?P<who>it)\s+(?:was|is|has\s+been)\s+(?:noted|specified|emphasi[sz]ed|indicated|"
                           r"clarified)\b(?=\s*[.;]|\s*$)")),
    # an appositive between the speaker and the verb: "Sergei Shoigu, secretary of Russia's Security
    # Council, announced"; the name starts the clause (or follows a closing quote: '"...," Oleksandr
    # Syrskyi, the commander-in-chief of Ukraine's armed forces, said') and is capitalised
    # (a unit's number among its name's words: "The Ukrainian 8th Special Operations Regiment, stationed near
    # Russia's Kursk region, reported")
    # (or a colon's: "A reminder of the claims so far: General Oleksandr Syrskyi, in a video call with Zelensky on
    # Monday, said")
    ("subject", re.compile(rf"(?:^|[,;:”\"]\s|\bthat\s)\s*(?P<who>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|\d+(?:st|nd|rd|th)))"
                           rf"{{0,5}}),\s+"
                           # (a long title too: "Rep. Lee Seong-kweun, deputy chair of the ruling People Power Party's
                           # National Assembly intelligence committee, informed the press that": heldout91)
                           # (not a participle describing it: "..., estimated at about 11,000 men, has been deployed",
                           # "..., reported to have lost about 3,000 men": review30)
                           rf"[^,;:“”\"()]{{3,120}},\s+(?:(?:has|have|had)\s+)?(?:{_ADVERB}\s+)?{_VERBS}\b"
                           r"(?!(?<=estimated)\s+(?:at|to)\b)(?!(?<=reported)\s+(?:at|to)\b)(?!(?<=said)\s+to\b)"
                           r"(?!(?<=believed)\s+to\b)(?!(?<=thought)\s+to\b)")),
    # the name as the appositive of a description: "A Washington-based think tank, the Atlantic Council,
    # estimated", "Ukraine's military intelligence agency, the HUR, said"
    # (or a role before it, after a comma: "..., military adviser to Ukrainian President Volodymyr Zelenskyy, Oleksiy
    # Arestovich, said on Wednesday")
    ("subject", re.compile(rf"(?:^|[,;]\s|\bthat\s)\s*(?:[Aa]n?|[Tt]he|[A-Z][\w.-]*[’']s|(?<=,\s)(?:[a-z]+\s+){{0,2}}"
                           r"(?:adviser|advisor|aide|spokes(?:man|woman|person)|secretary|minister|chief|head|director|"
                           r"commander|envoy|ambassador|analyst|expert|researcher|fellow)\s+(?:to|of|for|at))"
                           rf"\s+[^,;:“”\"()]{{3,60}}?,\s+"
                           rf"(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|the|and|on)){{0,6}}),\s+"
                           rf"(?:(?:has|have|had)\s+)?(?:{_ADVERB}\s+)?{_VERBS}\b")),
    # a headline's source after its colon: "Russia Loses Nearly 7,000 Troops and 100 Tanks in a Week: Kyiv"
    ("relayed", re.compile(r":\s+(?P<who>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|the|and)){0,4})\s*$")),
    # a Title Case headline's source opening it: "Seoul Says 300 North Korean Soldiers Killed", "UK: Russia has lost
    # 700,000 troops" (the colon's name only where the tables know it: _KNOWN_ONLY; not "Breaking:", "Exclusive:")
    # (not where a second source follows: "North Korea Says It Sent No Troops; Seoul Estimates 11,000 in Kursk")
    _HEADLINE_SAYS := ("relayed", re.compile(r"\A\s*(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}?)\s+(?:Says|Said|"
                                             r"Claims|Reports|Estimates|Confirms|Believes|Reveals|Admits|Insists)\b"
                                             r"(?![^;]*;)(?!.*\s(?:Says|Said|Claims|Reports|Estimates|Confirms)\b)")),
    _HEADLINE_COLON := ("relayed", re.compile(r"\A\s*(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}):\s")),
    # a Title Case headline's source after its last comma or a spaced dash: "Russia Has Suffered 800,000
    # Casualties, UK Says", "Russian Army Losses Top 850,000 - Ukraine" (the reader writes a spaced dash " - ")
    ("relayed", re.compile(r",\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:Says|Said|Claims|Warns|Reports|"
                           r"Estimates|Confirms|Believes|Reveals|Admits|Insists)\s*$")),
    ("relayed", re.compile(r"\A(?=.*\d.*\s-\s)(?:.*\s)?-\s+(?P<who>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|the|and)){0,4})\s*\Z",
                           re.DOTALL)),
    # a country's envoy opening a clause: "Ukraine's ambassador in Seoul told ...", "The South Korean embassy in Kyiv
    # said" (not an envoy who is an object: "Seoul summoned the Russian ambassador and said ...")
    ("subject", re.compile(r"(?:\A|[,;:]\s+|\bthat\s+)(?P<who>(?:(?:[Tt]he\s+)?(?:head|chief|spokes\w+)\s+of\s+)?"
                           r"(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}(?:ambassador|envoy|"
                           r"embassy|consul)(?:\s+(?:in|to)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)?)\s+"
                           rf"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:{_ADVERB}\s+)?{_VERBS}\b")),
    # translated copy's inverted opening: "As reported the press service of the Cabinet of Ministers of Chuvashia, ...",
    # "As informs the Center of Countering Disinformation, ..." (with "by" too; not "As noted in the conversation")
    ("relayed", re.compile(r"(?:^|(?<=[.;:]\s))[Aa]s\s+(?:reported|reports|informed|informs|noted|notes|stated|states|"
                           r"specified|specifies|announced|announces)\s+(?:by\s+)?(?!(?:in|at|on|during|earlier|"
                           r"previously|above|before|below)\b)(?P<who>[^,;:“”\"()]{3,90}?)\s*,")),
    # the subject of a sentence whose act is followed by what it said: "A senior South Korean official disputed that
    # figure on Tuesday, telling reporters in Seoul that the number was about 10,000", "The republic's government
    # disputed this, saying the payment remained 1.5 million rubles" (no figure before the participle: "The Kremlin
    # denied that 3,000 were killed, saying ..." is not the Kremlin's 3,000)
    # (nor a figure in words: "Pyongyang denied reports that three thousand of its soldiers had died, saying ..."; nor
    # a sentence whose figure a cited source gives: "..., adding that about 600 had been killed, according to the NIS")
    ("relayed", re.compile(r"\A(?![^.;]*\baccording\s+to\b)\s*(?P<who>(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[A-Z][\w’'.-]*|[a-z]+[’']s)"
                           r"(?:\s+(?:[A-Z][\w’'.-]*|[a-z]+[’']s|of|the|and|in|senior|top|military|defen[cs]e|"
                           rf"(?:{_NAME_WORDS})\b)){{0,7}}?)"
                           r"\s+(?:[a-z]+ly\s+)?(?:disputed|rejected|denied|dismissed|countered|contradicted|challenged|"
                           r"questioned|corrected|confirmed|acknowledged)\b"
                           r"(?:(?!\b(?:hundreds?|thousands?|millions?|dozens?|one|two|three|four|five|six|seven|eight|nine|"
                           r"ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)"
                           r"[^.;:“”\"\d]){0,100}?,\s+(?:saying|telling|adding|noting|claiming|arguing|insisting)\b")),
    # the citer of a figure as its speaker: "with Ukraine citing 3,000 casualties", "Kyiv putting the toll at"
    # (searched as the according-to frames are, with or without a verb of saying)
    # (and "with Ukraine reporting 990 Russian soldiers killed in a single day")
    ("relayed", re.compile(r"(?P<who>(?<![\w’'.-])[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:citing|cited|putting|"
                           r"reporting|claiming|estimating)\s+"
                           r"(?=(?:(?:the|its|their)\s+(?:[a-z]+\s+){0,2}(?:at|as)\s+)?(?:(?:about|around|some|more\s+than|"
                           r"over|at\s+least|nearly|almost)\s+)?\d)")),
    # an absolute "with" clause whose speaker says what follows: "Kim praised the troops, with South Korean
    # intelligence estimating that over 600 have been killed", "..., with Ukraine saying 1,200 were wounded" (its
    # speaker a name and the body words after it; not "with troops saying", lower-case: no one named)
    ("relayed", re.compile(r"\bwith\s+(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|the|and|"
                           rf"(?:{_NAME_WORDS})\b)){{0,5}}?)\s+(?:(?:also|now|still)\s+)?(?:saying|estimating|claiming|"
                           r"reporting|believing|noting|stating|insisting|assessing|arguing|suggesting)\s+"
                           r"(?:that\s+)?(?=(?:[a-z]+\s+){0,4}?(?:(?:the|its|their)\s+)?(?:[a-z]+\s+){0,2}?"
                           r"(?:(?:about|around|some|more\s+than|over|at\s+least|nearly|almost|up\s+to)\s+)?\d)")),
    # a report's writers and other speakers by what they do, with the words that qualify them: "the authors write",
    # "the researchers counted" (DOCUMENT: the report's author), "Russian military bloggers insist", "Western economists
    # estimate", "Critics argue" (a frame of their own, searched only where one of these words is: in the subject frame
    # above, they made it a fifth slower on every sentence; issue 18)
    ("subject", re.compile(rf"(?P<who>(?<![\w’'.-])(?:(?:[A-Z][\w’'.-]*+|the|its|their|some|many|other|military|war|"
                           r"independent|prominent|leading|western|russian|ukrainian|pro-Kremlin)\s+){0,4}"
                           r"(?i:(?:co-)?authors?|researchers?|(?:mil)?bloggers?|critics|sceptics|skeptics|commentators|"
                           rf"economists?|historians))\s+(?:(?:which|who)\s+)?(?:(?:has|have|had)\s+)?(?:{_ADVERB}\s+){{0,2}}"
                           rf"{_VERBS}\b(?![\s-]+tanks?\b)")),
    # whose count a figure is by: "By its count, Ukrainian forces now hold about 800" (the one named before:
    # ANAPHORIC), "By the ISW's count, ...", "by Mediazona's tally" (synth27)
    ("relayed", re.compile(r"\b[Bb]y\s+(?P<who>(?:its|their|his|her)\s+(?:own\s+)?(?:count|tally|estimates?|calculations?)"
                           r"|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}(?=[’']s?\s+(?:(?:own|latest|most\s+recent|new|"
                           r"official|updated)\s+)?(?:count|tally|reckoning|estimates?|calculations?)\b))")),
]
_HEADLINE_OPENERS = (_HEADLINE_SAYS[1], _HEADLINE_COLON[1])
# The case-blind frames' twins for a lower-cased text (casefold.lowered); None for the others.
_PATTERN_TWINS = [re.compile(lower_pattern(rx.pattern)) if rx.flags & re.IGNORECASE else None for _, rx in _PATTERNS]
# What every match of each according-to frame holds, one of these words (read from the pattern
# beside it: "according to", a citing word and the space after it, "cite"/"quote"); a lower-cased
# sentence holding none is not searched: the three ran on every sentence attributed, with or
# without a verb of saying (issue 18). () for the frames searched everywhere they may be.
# tests/test_claims.py checks that every match on real and made-up lines holds one.
_PATTERN_NEEDS = [("citing ", "quoting "), ("according to",), ("citing ", "quoting ", "per ", " by ", " from "),
                  ("cite", "quote"), (), (), (), ("it was ", "it is ", "it has been "), (), (", ",), (":",), (),
                  (":",), (", ",), (" - ",), ("ambassador", "envoy", "embass", "consul"), ("as ",),
                  (", saying", ", telling", ", adding", ", noting", ", claiming", ", arguing", ", insisting"),
                  ("citing", "cited", "putting", "reporting", "claiming", "estimating"), ("with ",),
                  ("author", "researcher", "blogger", "critic", "sceptic", "skeptic", "commentator", "economist",
                   "historian"), ("by ",)]
# (one entry per pattern, in its place: a pattern added without its entry would shift every later one's words)
assert len(_PATTERN_NEEDS) == len(_PATTERNS), "sources._PATTERN_NEEDS needs one entry per pattern of _PATTERNS"
_ANY_VERB = re.compile(rf"\b{_VERBS}\b", re.IGNORECASE)
_ANY_VERB_LOWER = re.compile(rf"\b{_VERBS}\b")      # the same, for a lower-cased text (casefold.lowered)
# Verbs whose inverted object is the audience, not the speaker: '..., told reporters'.
_AUDIENCE_VERBS = re.compile(r"^(?:told|tells|has told|have told|briefed|informed)$", re.IGNORECASE)
# A speaker named by a role or pronoun: who it is was said in a sentence before.
# ("according to him": the object pronoun too)
# ("Its earlier estimate, as of April, was about 600": a possessive alone, the owner named before: synth48)
ANAPHORIC = re.compile(r"(?:he|she|they|it|him|her|them|its|their|his|"
                       # ("the same source noted", "the senior source also confirmed": the one named before)
                       r"(?:the|this|that) (?:(?:same|senior) )?(?:general|commander|minister|ministry|spokes\w+|official|agency|"
                       r"president|governor|mayor|source|service|department|lawmaker|analyst|institute|"
                       r"think tank|military|army|intelligence agency|regulator|head|chief|office|statement|"
                       # a body's post or update named before: '"...," the post said'
                       r"post|update|bulletin|tweet|"
                       # a medium named before: '..., the channel wrote', 'the blogger added', 'the newspaper said'
                       r"channel|blogger|outlet|newspaper|paper|publication|broadcaster|daily|magazine)"
                       # "According to their tally, at least 45,123": the counters named before
                       r"|(?:their|his|her|its) (?:own )?(?:tally|count|counts|figures|data|calculations?|estimates?|"
                       # ("According to their analysis of Russian government data, ...": the analysts named before)
                       r"research|records|analys[ie]s|stud(?:y|ies)|assessments?|investigations?)(?:\s+(?:of|on)\s+.*)?)",
                       re.IGNORECASE)
# A speaker named only by a definite role ("the general", "the military commander", "the
# publication"): who it is was said before, or in a name right after ('the publication "7x7"').
# Without "the" ("military analysts", "authorities") the words are the source as given.
ROLE_ONLY = re.compile(r"(?:(?:the|a|an|this|that)\s+)?(?:[A-Za-z][\w.]*-based\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}")
DEFINITE = re.compile(r"(?:the|this)\s", re.IGNORECASE)
QUOTED_NAME = re.compile(r"\s*[“\"«]([^”\"»]{2,40})[”\"»]")
# Not a name: a weekday, a month, a lone article.
_CALENDAR = "|".join(MONTH_NAMES + WEEKDAY_NAMES)
# A day or month opening a sentence before its speaker: "On Wednesday the U.S. said".
TIME_LEAD = re.compile(rf"(?:(?:on|last|this|early|late|earlier|later)\s+)?(?:{_CALENDAR})(?:\s+\d{{1,2}})?,?\s+(?:the\s+)?",
                       re.IGNORECASE)
# An adverb of time opening a sentence before its speaker: "Now the US says", "Then the authorities reported".
# (and "the" before a name: "the US" is "US" as "The US" is; not before a role, "the authorities", which points back)
ADVERB_LEAD = re.compile(r"(?:now|then|today|yesterday|meanwhile|also|still),?\s+(?:(?-i:the)\s+(?=(?-i:[A-Z])))?(?=\S)",
                         re.IGNORECASE)     # (a capital "The" is a name's own: "Now The Insider reports": review38)
NOT_A_NAME = re.compile(rf"(?:the|a|an|on|today|yesterday|{_CALENDAR}|"
                        # an adjective before a noun read as a verb: "Recent reports indicate", "New estimates show"
                        r"recent|latest|new|current|earlier|previous|initial|official|unconfirmed|local|other|many|several|some)",
                        re.IGNORECASE)
# Not a speaker's first word: a number or its hedge ("cited fewer than 6,000 deaths"), a time ("figures
# from June revealed"), an opening participle ("Given the estimate above").
NOT_SPEAKER_START = re.compile(r"(?:\d|(?:fewer|more|less|over|under|about|around|some|nearly|almost|up to|at least|out of|"
                               rf"{_CALENDAR}|given|considering|based|despite|following|amid|after|before|during)\b)",
                               re.IGNORECASE)
# ... but a subject "Some" before a name is a speaker: "Some Western intelligence sources suggest that ..."
# (not "some 3,000 ...", not "according to some estimates now total ...")
# The plural nouns of people or bodies who give figures ("Ukrainian officials", "South Korean lawmakers"): claims'
# GLOSS_DASH reads them as a figure's source, not what it counts (officers, who may be either, are left out)
SPEAKER_PLURALS = (r"sources|officials|analysts|experts|diplomats|lawmakers|legislators|commanders|observers|agencies|"
                   r"authorities|estimates|reports|researchers|bloggers|milbloggers|journalists|media|outlets|news|spies|"
                   r"monitors")
SOME_NAMED = re.compile(rf"Some\s+[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){{0,3}}?\s+(?:{SPEAKER_PLURALS}|officers)")
# (and a possessive one: "Our estimate is approximately 800,000", "Our assessment is that ...": synth33)
# (not "us": the US)
# A sentence adverb before a pronoun speaker, which is no name: "Honestly I think ...", "Personally, I reckon ..." (synth64)
SPEAKER_ADVERB = re.compile(r"^(?:honestly|frankly|personally|really|seriously|tbh|imo|well|yes|no|and|but|so)\s*,?\s+",
                            re.IGNORECASE)
PRONOUNS = re.compile(r"(?:it|he|she|they|we|this|that|there|i|you|him|her|them|our|my|your|their)", re.IGNORECASE)
# A source with no face and no side, speaking alone: "..., a source said", "sources say", "people familiar with the
# matter said". No one is named: the figure is the outlet's unnamed sources', unattributed as the gold of every set
# files it ("officials" stays: copy uses it for a side named before, and "Western officials" is one)
NO_FACE = re.compile(r"(?:(?:an?|one|two|three|several|some|multiple)\s+)?(?:(?:anonymous|unidentified|unnamed|undisclosed|"
                     r"informed|well-informed)\s+)*(?:sources?|insiders?|informants?)"
                     r"|(?:people|persons)\s+(?:familiar|acquainted)\s+with\s+(?:the\s+)?\w+", re.IGNORECASE)
# A phrase that is a place or a time, not a speaker ("in Siberia announced", "on Monday said").
# Evidence, not a speaker: "according to preliminary data", "according to estimates": whose data it
# is was said before (the speaker of the sentences before), or nowhere.
_EVIDENCE_WORDS = (r"(?:(?:preliminary|initial|latest|new|recent|official|available|updated|unofficial|current|early|"
                   r"first|other|various|some|own|intelligence)\s+)*(?:data|estimates?|figures?|information|reports?|calculations?|"
                   r"statements?|"
                   r"statistics|numbers|assessments?|sources?|counts?|tally|"
                   # what a speaker cites as evidence: "the ISW said, citing geolocated footage", "citing intelligence"
                   r"(?:geolocated\s+|combat\s+|drone\s+)?footage|(?:satellite\s+)?(?:imagery|images|photos|photographs)|"
                   r"videos?|intercept(?:s|ed\s+communications)|(?:intercepted\s+)?communications|documents)")
# (not "intelligence": "South Korea's intelligence" is its agency, a speaker)
EVIDENCE = re.compile(rf"(?:(?:the|some|a|an)\s+)?{_EVIDENCE_WORDS}", re.IGNORECASE)
# "a new report by the Center for ...": the report's author is the source.
# (not one owned by a pronoun: "their analysis of Russian government data" is theirs, named before)
AUTHORED = re.compile(r"^(?!(?:their|his|her|its)\s)(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}?"
                      r"(?:reports?|stud(?:y|ies)|analys[ie]s|assessments?|surveys?|briefs?|papers?|bulletins?|"
                      r"estimates?|investigations?|tally|count|calculations?|data|figures|information)\s+"
                      # "figures released by Kyiv's military"
                      r"(?:(?:released|published|provided|compiled|issued|presented|gathered)\s+)?(?:by|from|of)\s+"
                      r"(?:the\s+)?", re.IGNORECASE)
# A document as the speaker ("It estimates", "the report says"), and its author named earlier in the
# article ("a new analysis from the Center for ...", "a report by Mediazona").
DOCUMENT = re.compile(r"it|(?:(?:the|its|their)\s+)?(?:(?:report|study|paper|analysis)[’']s\s+)?(?:co-)?authors|"
                      r"(?:(?:the|its)\s+)?researchers|(?:(?:the|this|that|its)\s+)?(?:(?:new|latest|full|comprehensive|statistical|independent|joint)\s+)?"
                      r"(?:report|study|analysis|"
                      r"investigation|assessment|survey|paper|review)", re.IGNORECASE)
AUTHOR_OF = re.compile(r"\b(?:report|analysis|study|investigation|assessment|survey|paper|review|research)"
                       # "The assessment, published Tuesday by the Centre for ...", "an investigation conducted by Meduza"
                       r"(?:,?\s+(?:was\s+)?(?:published|released|issued|compiled|produced|conducted|carried\s+out)"
                       r"(?:\s+(?:on\s+)?\w+)?)?"
                       # ("research by journalists from Mediazona and the BBC's Russian Service")
                       r"\s+(?:by|from)\s+(?:(?:journalists|researchers|reporters|analysts)\s+(?:from|at|of)\s+)?"
                       r"(?:the\s+)?(?P<who>[A-Z][^,.;:()“”\"]{1,80})")


def _author_before(article: str, sentence: str) -> str | None:
    """The known source (sources.yml) whose report the article names last before `sentence`."""
    at = article.find(sentence)
    found = None
    for m in AUTHOR_OF.finditer(article, 0, at if at >= 0 else 0):
        found = canonical(m.group("who"), article, aliases_only=True) or found
    return found


# A phrase ending in a possessive: no clause's subject ("Russia's reported deployment of 60,000 troops").
POSSESSIVE_END = re.compile(r"[’']s\s*$")
# A body named by a possessive pronoun or "the country's": "Its defence ministry confirmed", "the chief of
# the country's army has said"; whose is the country the sentence (or else the one before) names first,
# its subject as a rule ("Russia, meanwhile, has released far lower figures. Its defence ministry ...").
# ("the country's intelligence agency" reaches here as "country's ...": the article is taken off a
# speaker's phrase; not "another country's", "each nation's")
POSSESSOR = re.compile(r"\b(?:its|their|(?<!other\s)(?<!another\s)(?<!a\s)(?<!each\s)(?<!every\s)(?<!any\s)(?<!one\s)"
                       r"(?:the\s+)?(?:country|nation)[’']s)\s+(?=(?:[a-z]+\s+){0,2}(?:ministry|government|"
                       r"military|army|staff|intelligence|agency|service|authorities|forces|command|officials)\b)",
                       re.IGNORECASE)
# (Ukrainian, Russian: the adjectives of a sentence's subject, "Ukrainian troops control ...")
COUNTRY_WORD = re.compile(r"\b(?:North Korean?|South Korean?|Russian?|Ukrain(?:e|ian)|Britain|British|the United States|"
                          r"Moscow|Kyiv|Kiev|Seoul|Pyongyang|Washington|London)\b(?![’'-]?\w)")
COUNTRY_OF = {"Moscow": "Russia", "Russian": "Russia", "Kyiv": "Ukraine", "Kiev": "Ukraine", "Ukrainian": "Ukraine",
              "Seoul": "South Korea", "South Korean": "South Korea", "Pyongyang": "North Korea",
              "North Korean": "North Korea", "Washington": "the United States", "London": "Britain",
              "British": "Britain"}


# After a country's name or adjective: a speaker ("South Korean lawmakers", "Ukraine's military"), or what a figure
# counts or where ("North Korean troops", "the Ukraine war").
SPEAKER_AFTER = re.compile(r"(?:[’']s)?\s+(?:[a-z]+\s+)?(?:lawmakers?|legislators?|officials?|government|authorities|"
                           r"ministry|military|intelligence|president|leader|spokes\w+|media|agency|army|command)\b"
                           # (who speaks: "South Korean officials said ..., citing", not the enemy they name, "fighting
                           # the Ukrainian military, citing")
                           # (a time or an adverb between: "Ukrainian officials on Monday said", "lawmakers citing")
                           rf"(?:\s+[\w’'-]+){{0,3}}?\s+(?:{_VERBS}|citing)\b")
NOT_SPEAKER_AFTER = re.compile(r"\s+(?:troops|soldiers|servicem[ae]n|fighters|personnel|mercenaries|recruits|conscripts|"
                               r"casualties|deaths|dead|losses|workers|prisoners|POWs|war|conflict|front|border|soil)\b")


def _owned_body(phrase: str, before: str, previous: tuple[str, ...]) -> str:
    """'Its defence ministry' as "Russia's defence ministry" when the country it belongs to is named
    (see POSSESSOR) and the table knows that body; else the phrase as it is."""
    m = POSSESSOR.search(phrase)
    if not m:
        return phrase
    for text in (before, *(previous[-1:])):
        found = list(COUNTRY_WORD.finditer(text))
        # a speaker's country, the nearest: "About 600 North Korean troops have been killed ..., South Korean lawmakers
        # said, citing the country's intelligence agency" is South Korea's agency; else the first named that is not
        # the country of the people counted or a war's ("10,900 North Korean troops ... in the Ukraine war")
        speaking = [c for c in found if SPEAKER_AFTER.match(text, c.end())]
        c = speaking[-1] if speaking else next((c for c in found if not NOT_SPEAKER_AFTER.match(text, c.end())),
                                               found[0] if found else None)
        if c:
            country = COUNTRY_OF.get(c.group(), c.group())
            named = f"{phrase[:m.start()]}{country}'s {phrase[m.end():]}"
            return named if canonical(named, aliases_only=True) else phrase
    return phrase


# A bare body in a relative clause of place: "... than that of South Korea, where authorities said on Monday at least
# 1,100 ..." is South Korea's authorities (the country's adjective, as the source table names its bodies).
WHERE_BODY = re.compile(r"(?:the\s+)?(?:authorities|officials|government|military|intelligence|lawmakers|legislators)")
# (a country's adjective, as the source table names its bodies; its capital's too, from COUNTRY_OF)
COUNTRY_ADJECTIVE = {"Russia": "Russian", "Ukraine": "Ukrainian", "South Korea": "South Korean",
                     "North Korea": "North Korean", "Britain": "British", "the United States": "US"}
ADJECTIVE_OF = {**COUNTRY_ADJECTIVE, **{place: COUNTRY_ADJECTIVE[country] for place, country in COUNTRY_OF.items()
                                        if place not in COUNTRY_ADJECTIVE.values()}}
WHERE_BEFORE = re.compile(rf"\b(?P<country>{'|'.join(ADJECTIVE_OF)}),?\s+where\s+(?:the\s+)?$")


def _where_body(phrase: str, before: str) -> str:
    """'authorities' after "South Korea, where" as "South Korean authorities" (see WHERE_BODY); else the phrase."""
    m = WHERE_BEFORE.search(before[-80:]) if WHERE_BODY.fullmatch(phrase) else None
    adjective = ADJECTIVE_OF.get(m.group("country")) if m else None
    return f"{adjective} {DEFINITE.sub('', phrase, count=1)}" if adjective else phrase


# "estimates" read as the verb of a frame whose next word is a copula: the noun, owned by the name before it
# ("though U.S. estimates were lower at around 1,200": the US's estimates, no one "estimates were")
OWNED_NOUN = re.compile(r"\s(?:estimates|figures|reports)\s*$", re.IGNORECASE)
COPULA_AFTER = re.compile(r"\s+(?:were|was|are|is|stood|stand|remain(?:ed)?)\b", re.IGNORECASE)
# A clause of contrast between a number and the frame after it: that frame governs its own clause.
CONTRAST = re.compile(r"\b(?:though|although|while|whereas|but)\b", re.IGNORECASE)
# ... unless that clause is about the figure: "..., Mr Lee said, as the NIS confirmed the figure", "..., Kim said, when
# the NIS briefed the committee" (the known body is where the figure came from).
# (confirming it, not declining to: "..., while the NIS said it could not confirm the toll" is the colonel's figure)
ABOUT_THE_FIGURE = re.compile(r"\bbrief(?:ed|ing)\b|\b(?:confirmed|corroborated|backed|endorsed|gave|put\s+out)\s+"
                              r"(?:the|this|that|those|these|its|a\s+similar)\s+(?:figures?|numbers?|estimates?|toll|tally|"
                              r"count|data|assessment)\b", re.IGNORECASE)
# A clause of its own after a frame: "..., South Korean lawmakers said Monday, as Ukraine revealed ...".
CLAUSE_OF_ITS_OWN = re.compile(r"[,;]\s+(?:as|while|whereas|after|when|but|although|though|since)\s", re.IGNORECASE)
# A frame that ends in "suggest" ("Reports suggest that ..."): evidence, not a speaker, says it.
SUGGEST_END = re.compile(r"suggest\s*$", re.IGNORECASE)
SHOW_END = re.compile(r"show(?:s|ed)?\s*$", re.IGNORECASE)
# A verb where an inverted frame's speaker would be: ", reports suggest that" (the noun "reports").
BARE_VERB = re.compile(r"(?:suggest|show|indicate|say|claim|note|reveal|state|add|put|estimate|confirm)s?\b", re.IGNORECASE)
# A plural noun read as a subject's verb when a bare verb follows it: "Intelligence reports suggest",
# "Western estimates show" (the owner of the reports is not named: no speaker).
NOUN_NOT_VERB = re.compile(r"\b(?:reports|estimates|claims|notes|states)$", re.IGNORECASE)
# What kind of reports, not whose: "Intelligence reports suggest", "Media reports say".
KIND_OF_REPORT = re.compile(r"(?:intelligence|media|news|press|military|battlefield|casualty|independent|unconfirmed|"
                            r"open[- ]source|official)", re.IGNORECASE)
BARE_VERB_AFTER = re.compile(r"\s+(?:suggest|show|indicate|say|claim|put|place|point)\b", re.IGNORECASE)
# Evidence with its owner: "the agency's estimates", "Kyiv's figures".
OWNED_EVIDENCE = re.compile(rf"(?P<owner>.{{2,60}}?)[’']s\s+{_EVIDENCE_WORDS}", re.IGNORECASE)
# An inverted frame's speaker is a name, not a clause: '..., said the Kyiv army still controlled 420 km²' is
# not a speaker; neither is a verb ('..., reports said Tuesday').
INVERTED_MAX_WORDS = 8
# A figure cited, not a source: "cited a figure of some 62,000", "quoted an estimate of 11,000" (a figure's noun, then
# its number; twenty-sixth session, synth48)
# (a cardinal right after "of" and its hedge: not "a figure of the 36th brigade's intelligence", "the numbers of the 2024
# NIS briefing": review35)
CITED_FIGURE = re.compile(r"(?:(?:an?|one|the)\s+)?(?:[\w-]+\s+)?(?:figures?|numbers?|estimates?|totals?|tolls?|tall(?:y|ies)|"
                          r"counts?)\s+of\s+(?:(?:some|about|around|roughly|nearly|almost|more\s+than|over|at\s+least|up\s+to|"
                          r"close\s+to|approximately)\s+)?\d[\d,.]*(?!\d|st\b|nd\b|rd\b|th\b)", re.IGNORECASE)
NOT_SPEAKER = re.compile(r"^(?:in|on|at|from|to|by|with|into|for|as|of|and|also|then|later|earlier|last|this|that|which|who|"
                         r"whether|if|there)\b",
                         re.IGNORECASE)


@dataclass(frozen=True)
class Source:
    name: str
    aliases: re.Pattern
    people: re.Pattern | None
    person_names: tuple[str, ...]
    misnamed: re.Pattern | None = None     # wrong names that still mean this organisation
    media: bool = False                    # a news outlet: relays others' figures as well as its own
    cues: tuple[str, ...] | None = None    # lower-case text one of which every name of it starts with (speed)
    cue_rx: re.Pattern | None = None       # the cues as one plain alternation: found in one search, not a loop
    country: str = ""                      # whose organisation it is ("South Korea", "Ukraine", "US")
    government: bool = False               # a government named as a whole, often by its capital
    through: tuple[tuple[str, str], ...] = ()   # (metric, body through which it gives that metric's figures)


@lru_cache(maxsize=1)
def source_table() -> tuple[Source, ...]:
    data = load_shipped("sources.yml")
    out = []
    for s in data["sources"]:
        people = s.get("people") or []
        wrong = s.get("misnamed") or []
        starts = [term_starts(t) for t in s["aliases"] + wrong + people]
        cues = None if None in starts else tuple(c for t in starts for c in t)
        out.append(Source(s["name"], whole_words(s["aliases"] + wrong), whole_words(people) if people else None,
                          tuple(people), whole_words(wrong) if wrong else None, bool(s.get("media", False)),
                          cues, None if cues is None else re.compile("|".join(map(re.escape, cues)) or "(?!)"),
                          str(s.get("country", "")), bool(s.get("government", False)),
                          tuple((s.get("through") or {}).items())))
    return tuple(out)


@lru_cache(maxsize=1)
def _media_names() -> frozenset[str]:
    return frozenset(src.name for src in source_table() if src.media)


def sources_cued(low: str):
    """The sources of the table (in order) one of whose names' literal starts the lower-case text
    holds: the others cannot match it, and their patterns need not run (speed)."""
    if FOLDS_TO_ASCII.search(low):
        # (one search of the cues' alternation per source: a generator over its cues cost a tenth of extraction)
        return (src for src in source_table() if src.cue_rx is None or src.cue_rx.search(low))
    rx, owners = _cue_index()
    found: set[int] = set()
    for m in rx.finditer(low):
        found |= owners[m.group(1)]
    return (src for i, src in enumerate(source_table()) if src.cue_rx is None or i in found)


@lru_cache(maxsize=1)
def _cue_index() -> tuple[re.Pattern, dict[str, frozenset[int]]]:
    """Every source's cues in one search (issue 18: 44 searches per phrase were a tenth of extraction).
    A name matches where a word starts (whole_words: `(?<![\\w-])`), so its cue starts a word there:
    the search stops at each word's start and looks ahead for the longest cue there; with it, every
    cue that is a prefix of that one is there too (`owners`: for each cue, the sources one of whose
    cues it starts with). A text with İ ı ſ K takes each source's own search, as before."""
    table = source_table()
    cues = sorted({c for src in table for c in (src.cues or ())}, key=len, reverse=True)
    rx = re.compile(r"(?<![\w-])(?=(" + longest_of(cues) + "))")     # ("|".join(cues), longest first: the same)
    owners = {c: frozenset(i for i, src in enumerate(table) if src.cues and any(c.startswith(d) for d in src.cues))
              for c in cues}
    return rx, owners


@lru_cache(maxsize=8192)
def canonical(phrase: str, sentence: str = "", aliases_only: bool = False, first_named: bool = True) -> str | None:
    """The canonical source a phrase names ('NIS' → 'South Korea National Intelligence Service').
    A spokesperson's name is given as fully as `sentence` (the article, at best) spells it. With
    `first_named`, of several sources in the phrase the one named first ("Meduza and Mediazona");
    else the first in the table's order (a whole sentence: "SEOUL (Reuters) - ..., a lawmaker briefed
    by the spy agency said" is the agency's, not the dateline's wire)."""
    named = _named_in(phrase, aliases_only, first_named)
    if not named:
        # "Washington and Kyiv announced", "The United States and South Korea have accused": governments
        # named alone in a pair, each resolving as a whole phrase; the one named first speaks, as
        # above (not "Washington and Lee University": both parts must be sources)
        # (and a list of them: "Seoul, Washington and Kiev say")
        pair = PAIR.fullmatch(phrase.strip()) or GOVERNMENT_LIST.fullmatch(phrase.strip())
        if pair and all(_named_in(p, aliases_only, first_named) for p in LIST_SPLIT.split(pair.group(2))):
            named = _named_in(pair.group(1), aliases_only, first_named)
    if named:
        src, person = named
        if person:
            # that person's longest spelling the table knows and the article uses ("Ryder" → "Patrick Ryder")
            for full in sorted(src.person_names, key=len, reverse=True):
                if person.lower() in full.lower() and re.search(full, sentence, re.IGNORECASE):
                    person = " ".join(p.capitalize() for p in full.split())
                    break
        return f"{src.name} ({person})" if person and person.lower() != src.name.lower() else src.name
    return None


PAIR = re.compile(r"((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+and\s+((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})",
                  re.IGNORECASE)
_NAME3 = r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}"
GOVERNMENT_LIST = re.compile(rf"({_NAME3})\s*,\s*((?:{_NAME3}\s*,\s*)*{_NAME3},?\s+and\s+{_NAME3})")
LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


@lru_cache(maxsize=8192)
def _named_in(phrase: str, aliases_only: bool, first_named: bool) -> tuple[Source, str | None] | None:
    """canonical's source of a phrase and the person the phrase names as written, before the article
    spells the person out: the same in every article (issue 18: canonical, kept per article, searched
    the table again for a phrase in each article; one in two of its searches were such repeats)."""
    hits = []
    for src in sources_cued(phrase.lower()):
        m = src.aliases.search(phrase) or (not aliases_only and src.people and src.people.search(phrase))
        if m:
            hits.append((m.start(), len(hits), src))
            if not first_named:
                break      # the first in the table's order is the one taken: the rest need not be searched
    if not hits:
        return None
    src = min(hits, key=lambda h: h[:2] if first_named else h[1])[2]
    m = src.people.search(phrase) if src.people else None
    # only the person the phrase names, not anyone the article mentions
    return src, (" ".join(w.capitalize() if w.islower() else w for w in m.group().split()) if m else None)


_BODY = r"(?P<body>government|administration|authorities|press\s+service|governor|head)"
_PLACE = r"(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
REGIONAL_BODY = re.compile(rf"^{_BODY}\s+of\s+(?:the\s+)?{_PLACE}\s+(?:region|oblast|territory|krai)$", re.IGNORECASE)
REGIONAL_BODY_AFTER = re.compile(rf"^{_PLACE}\s+(?:region(?:al)?|oblast|territory|krai)\s+{_BODY}$", re.IGNORECASE)
# "Governor Alexander Gusev of the Voronezh region": the regional government, through its governor
NAMED_GOVERNOR = re.compile(rf"^(?i:governor)\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{1,2}})\s+of\s+(?:the\s+)?{_PLACE}"
                            r"\s+(?i:region|oblast|territory|krai)$")
# "Kursk Governor Alexei Smirnov", "Belgorod regional governor Vyacheslav Gladkov": the same, the place
# before the title (a region of regions.yml, not "Ukrainian Governor")
GOVERNOR_OF_PLACE = re.compile(r"^(?:acting\s+)?(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:(?i:region(?:al)?|oblast)\s+)?"
                               r"(?:acting\s+)?(?i:governor)\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,2})$")


# "a source in the Ukrainian General Staff", "an official at the Pentagon": the body speaks through them.
MEMBER_OF = re.compile(r"^(?:(?:the|a|an|one)\s+)?(?:(?:senior|high-ranking|military|government|unnamed|anonymous)\s+)*"
                       r"(?:sources?|officials?|representatives?|insiders?|informants?)\s+(?:in|at|from|within|on)\s+"
                       r"(?:the\s+)?(?P<body>[A-Z].*)$", re.IGNORECASE)


# A clause's opening word before its speaker: "While the Ukrainian government now claims ...".
LEADING_CONJUNCTION = re.compile(r"^(?:while|whereas|although|though|as|when|if|since|because|but|and|meanwhile|"
                                 r"however|yet|so),?\s+", re.IGNORECASE)   # ("However, Kursk Governor ...")
CITING = re.compile(r"citing|quoting|\b(?:cited|cites|quoted|quotes)\b", re.IGNORECASE)
OWN_POSSESSIVE = re.compile(r"(?:its|their|his|her|our)\s", re.IGNORECASE)
# Figures "reported by X" in a clause of their own: X's other figures, not the speaker's.
# Names that act in the story rather than speak in it: the subject of a since-clause ("since the Kremlin
# ordered its troops over the border") and the owner of an army or a war ("since Zelensky's forces crossed").
NOT_SPEAKING = re.compile(r"\b(?:since|after|when|before|until)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}"
                          r"(?:ordered|launched|began|started|invaded|crossed|sent|moved|attacked|annexed|pulled)\b"
                          # (not "Ukraine's military intelligence agency is claiming", "Ukraine's army said": speakers)
                          # ("Prigozhin’s Wagner troops": a name of the force between)
                          r"|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+(?:[A-Z][\w-]*\s+)?(?:forces|troops|soldiers|invasion|war|"
                          # ("as Russia's Kursk force tops 60,000": a force, no speaker)
                          r"offensive|men|regime|incursion|force|grouping|contingent|losses|casualties|toll|dead)\b")
# Every match of NOT_SPEAKING holds one of these (it is case-sensitive): without them it is not run (issue 18;
# two texts in three of real copy).
NOT_SPEAKING_NEEDS = ("since", "after", "when", "before", "until", "’s", "'s")
# Nor who acted, nor a party to a contract (searched only in a sentence holding one of ACTING_WORDS):
# the actor of a deployment or a loss, not its reporter: "The Kremlin has deployed over 50,000 troops" (an
# organisation merely named as the subject of the act); the other party to a recruit's contract, not who set
# the payment: "citizens who sign contracts with the Russian Ministry of Defense".
# The verbs of moving a force somewhere ("Russia deployed", "Pyongyang sent"): who does it acts, not speaks.
FORCE_VERBS = ("deployed", "dispatched", "sent", "massed", "amassed", "moved", "assembled", "gathered", "concentrated",
               "committed")
NOT_SPEAKING_ACTS = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,3}(?:has\s+|have\s+|had\s+)?(?:(?:already|now|reportedly|also)\s+)?"
                               rf"(?:{'|'.join(FORCE_VERBS)}|lost|suffered)\b(?=[^.;,]{{0,40}}?\d)"
                               r"|\bcontracts?\s+with\s+(?:the\s+)?(?:Russian\s+|Russia[’']s\s+)?(?:Ministry\s+of\s+"
                               r"Defen[cs]e|Defen[cs]e\s+Ministry|MoD)\b")
ACTING_WORDS = (*FORCE_VERBS, "lost", "suffered", "contract")


def _not_speaking(text: str) -> str:
    """`text` without the names that act in it rather than speak (NOT_SPEAKING, NOT_SPEAKING_ACTS)."""
    if any(w in text for w in NOT_SPEAKING_NEEDS):
        text = NOT_SPEAKING.sub(" ", text)
    low = text.lower()
    return NOT_SPEAKING_ACTS.sub(" ", text) if any(w in low for w in ACTING_WORDS) else text


# Nor who did not say it: "Russian officials have not released casualty figures since 2022, but Western
# estimates put ...", "the two countries haven't publicly disclosed" (searched only in a sentence
# holding "not" or "n't": NOT_SAID_GATE)
NOT_SAID = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,3}(?:[a-z]+\s+){0,2}(?:have|has|had|did|does|do)(?:\s+not|n[’']t)\s+"
                      r"(?:\w+ly\s+)?(?:released|published|disclosed|updated|confirmed|verified|commented|given|provided|"
                      r"revealed|reported|announced|said)\b")
NOT_SAID_GATE = re.compile(r"\bnot\b|n[’']t\b")
RELAYED_BY = re.compile(r"\b(?:reported|given|provided|released|published)\s+by\b", re.IGNORECASE)
# Who a statement was given to is not who made it: "in a statement to TASS", "told Reuters".
AUDIENCE = re.compile(r"\b(?i:(?:statement|interview|remarks|comments?)\s+(?:to|with)|told|tells|speaking\s+to)\s+"
                      r"(?:the\s+)?(?:[A-Z][\w.&-]*\b\s*){1,4}")
CITED_BEFORE = re.compile(r"\b(?:citing|quoting|cited|cites|quoted|quotes)\s+(?!by\b)(?:(?:the|a|an|one)\s+)?(?:[\w-]+\s+){0,3}$",
                          re.IGNORECASE)
# A passive cite: "Western intelligence estimates cited by The Wall Street Journal said ...": the one cited is
# named before "cited by", the one after it relays. (Not people the outlet does not name, nor a document it does not
# say whose: "according to American and Ukrainian officials cited by The New York Times", "a source quoted by TASS",
# "an intelligence assessment cited by The Washington Post" are the outlet's reporting, as every gold files them.)
CITED_BY = re.compile(r"\b(?:cited|quoted)\s+by\b", re.IGNORECASE)
# A subject and its finite verb where an inverted frame's speaker would be: the reported clause itself.
REPORTED_CLAUSE = re.compile(r"^\s*(?:the\s+)?[\w’'.-]+(?:\s+(?!who\b|which\b|that\b)[\w’'.-]+)?\s+"
                             r"(?:has|have|had|is|are|was|were|will|would)\s+"
                             r"(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\b|\d", re.IGNORECASE)
RELAY_BY = re.compile(CITED_BY.pattern + r"\s+(?:the\s+)?$", re.IGNORECASE)     # (the relay's name follows)
AS_REPORTED_BY = re.compile(r"\bas\s+(?:first\s+)?(?:reported|published)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
UNNAMED_PEOPLE = re.compile(r".*\b(?:officials?|officers?|sources?|people|person|insiders?|diplomats?|analysts?|experts?|"
                            r"aides?|observers?)|.*\b(?:assessments?|reports?|estimates?|data|figures?|documents?|analys[ie]s|"
                            r"study|studies)", re.IGNORECASE)


# People named by their work at a body named after them: "analysts at the Finnish Black Bird Group", "an economist at
# the Baltic Security Institute" (the body's name capitalised, up to six words).
STAFF_AT = re.compile(r"(?:[a-z][\w-]*\s+){0,2}(?:analysts?|experts?|researchers?|economists?|fellows?|scholars?|"
                      r"specialists?|scientists?|demographers?)\s+(?:at|with|from)\s+(?:the\s+)?"
                      r"[A-Z][\w’'.-]*(?:(?:\s+(?:for|of|and|on|the))*\s+[A-Z][\w’'.-]*){0,6}")


OUTLET_KIND = re.compile(r"^(?:[A-Z][\w-]*\s+){0,2}(?:newspaper|broadcaster|daily|outlet|news\s+agency|agency|channel|"
                         r"tabloid|weekly|magazine|publication)\s+(?=(?:The\s+)?[A-Z])")


def _tidy(phrase: str) -> str:
    m = MEMBER_OF.match(phrase.strip())
    if m and canonical(m.group("body"), aliases_only=True):
        phrase = m.group("body")
    phrase = LEADING_CONJUNCTION.sub("", phrase.strip())
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)
    # ("a newly released statistical analysis": the participle describes the document)
    phrase = re.sub(r"^(?:[a-z]+ly\s+)?(?:released|published|issued|updated)\s+(?=\w)", "", phrase)
    # (but "analysts at the Finnish Black Bird Group": people of a body named after "at", kept with it)
    staff = STAFF_AT.match(phrase)
    if staff:
        return staff.group()
    # (an outlet's kind and country before its name: "South Korean broadcaster KBS", "British newspaper The Times")
    phrase = OUTLET_KIND.sub("", phrase)
    # (and at a finite verb: "provided by the Russian government was on March 25")
    # ("according to Kyiv have suffered more than 800,000": the speaker ends at the clause's own verb; "claims
    # Ukraine as Kursk fighting intensifies": at a conjunction of time or cause)
    phrase = re.sub(r"\s+(?:that|who|which|on|in|at|during|earlier|later|last|this|to|was|were|is|are|as\s+say\w*|"
                    r"saying|claiming|stating|estimating|noting|adding|(?:released|issued|published|posted)(?!\s+by)|"
                    r"ha(?:ve|s|d)\s+(?:\w+ly\s+)?(?:been|suffered|lost|sent|deployed|killed|seen|taken|captured)|"
                    r"as|amid|while|after|because|when|since)\b.*$",
                    "", phrase)
    # (a cited phrase's own verb: "figures given by Russia's state media claim that")
    phrase = re.sub(r"\s+(?:indicate|indicates|show|shows|suggest|suggests|say|says|put|puts|claim|claims)$", "",
                    phrase.strip(" -–—’',"))
    # "the government of the Tyumen region", "Tambov Oblast government": "Tyumen regional government"
    m = NAMED_GOVERNOR.match(phrase)
    if m:
        return regional_government(m.group('place'), m.group('name'))
    m = GOVERNOR_OF_PLACE.match(phrase)
    if m and find_regions(f"{m.group('place')} region"):
        return regional_government(m.group('place'), m.group('name'))
    m = REGIONAL_BODY.match(phrase) or REGIONAL_BODY_AFTER.match(phrase)
    if m:
        phrase = f"{m.group('place')} regional {m.group('body').lower()}"
    return phrase


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Source]:
    return {src.name: src for src in source_table()}


_REGION_BODY = (r"(?:acting\s+|deputy\s+|first\s+deputy\s+)?(?:government|authorities|administration|"
                r"cabinet(?:\s+of\s+ministers)?|press\s+service|leadership|governor|head|mayor|rais|governor[’']?s\s+office|mayor[’']?s\s+office|"
                r"city\s+hall|officials)")
_REGION_KIND_WORD = r"(?:region(?:al)?|oblast|krai|territory|republic(?:an)?|city|okrug|region[’']s|republic[’']s)"
_REGION_PLACE = r"(?P<place>[A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*){0,3}?)"
_REGION_PERSON = r"(?:\s+(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}))?"
# "Tatarstan authorities", "Kursk acting governor Alexander Khinshtein", "Yamalo-Nenets government"
REGION_BODY_AFTER_PLACE = re.compile(rf"(?:the\s+)?{_REGION_PLACE}(?:[’']s)?\s+(?:(?P<kind>(?i:{_REGION_KIND_WORD}))\s+)?"
                                     rf"(?i:{_REGION_BODY}(?:\s+{_REGION_BODY})?){_REGION_PERSON}")
# "the government of the Tyumen region", "Acting Governor of the Kursk region Alexander Khinshtein"
REGION_BODY_OF_PLACE = re.compile(rf"(?:the\s+)?(?i:{_REGION_BODY})\s+(?i:of)\s+(?:the\s+)?{_REGION_PLACE}"
                                  rf"(?:\s+(?i:{_REGION_KIND_WORD}))?{_REGION_PERSON}")
# Every match of the two holds one of these (lower case): _REGION_BODY's words
REGION_BODY_WORDS = ("government", "authorit", "administration", "cabinet", "press", "leadership", "governor", "head",
                     "mayor", "rais", "office", "hall", "officials")
# A federal city's bare "authorities" or "officials" may be the country's ("Moscow officials said"): only its
# city's own words name the city ("Moscow city government", "the Moscow mayor", "mayor of Moscow")
CITY_OWN = re.compile(r"\b(?:city|mayor|mayor[’']?s|hall)\b", re.IGNORECASE)
CITY_AUTHORITIES = re.compile(r"(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+authorities")   # ("Moscow authorities")


@lru_cache(maxsize=4096)
def regional_body(phrase: str) -> tuple[str, str] | None:
    """(canonical name, person) of a Russian region's body named by the whole `phrase`, or None:
    "Bashkortostan authorities", "Bashkortostan head Radiy Khabirov" and "the government of Bashkortostan"
    are one claimant, "Bashkortostan regional government" (a federal city's: "Moscow authorities", as
    claims names it); the person is "Radiy Khabirov" or ''. Why: the same claimant under five names was five
    claimants in the report's counts of sources, and a wrong source in scoring (issue 15)."""
    phrase = phrase.strip(" ,.;:")
    low = phrase.lower()
    if not any(w in low for w in REGION_BODY_WORDS):
        return None     # (most names are no region's body: the patterns need not run; issue 18)
    m = REGION_BODY_AFTER_PLACE.fullmatch(phrase) or REGION_BODY_OF_PLACE.fullmatch(phrase)
    if not m:
        return None
    place = m.group("place")
    kind = m.groupdict().get("kind") or ""
    found = (kind and {r for _, r in find_regions(f"{place} {kind} government")}) or \
        {r for _, r in find_regions(f"{place} government")} or {r for _, r in find_regions(f"{place} region")}
    person = m.group("name") or ""
    if len(found) != 1 and person and m.re is REGION_BODY_OF_PLACE:
        # (the place's second word read as a name: "Governor of Nizhny Novgorod Region" is no "Nizhny" with a
        # "Novgorod Region")
        found, person = {r for _, r in find_regions(f"{place} {person} government")}, ""
    if len(found) != 1:
        return None
    region = found.pop()
    if region == "Federal":
        return None
    if region.startswith(FEDERAL_CITIES) and "Oblast" not in region:
        return (f"{short_name(region)} authorities", person) if CITY_OWN.search(phrase) or \
            CITY_AUTHORITIES.fullmatch(phrase) else None
    if CITY_OWN.search(phrase):
        return None     # "Kursk City Administration", "the Norilsk mayor": a city's own body, not its region's
    base = region.split(" (")[0]
    return (f"{base} authorities" if "(municipal)" in region else regional_government(short_name(region))), person


def regional_government(place: str, governor: str = "") -> str:
    """A Russian region's body as the gold of every set names it: "Belgorod regional government (Governor
    Vyacheslav Gladkov)"."""
    return f"{place} regional government (Governor {governor})" if governor else f"{place} regional government"


def country_of(name: str) -> str:
    """Whose organisation a canonical source is (sources.yml `country`); '' when the table does not say."""
    src = _by_name().get(name.split(" (")[0])
    return src.country if src else ""


def is_government(name: str) -> bool:
    """Is a canonical source a government named as a whole (sources.yml `government: true`)?"""
    src = _by_name().get(name.split(" (")[0])
    return bool(src and src.government)


def speaking_for(name: str, metric: str) -> str:
    """The body through which a government named as a whole gives a metric's figures (sources.yml
    `through`: "Russia said 498 soldiers were killed" is its defence ministry's toll); else `name`."""
    src = _by_name().get(name.split(" (")[0])
    body = dict(src.through).get(metric) if src else None
    return name.replace(src.name, body, 1) if body else name


def is_media(name: str) -> bool:
    """Is a canonical source name a news outlet (sources.yml `media: true`)?"""
    return name.split(" (")[0] in _media_names()


CITING_OPENER = re.compile(r"\s*(?:citing|quoting|according|based|per|following|after|despite)\b", re.IGNORECASE)
# A word of a side's name used as an adjective ("Ukrainian", "South Korean", "Western", "Japanese"): a list of them
# qualifies the noun at its end.
DEMONYM = re.compile(r"(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*(?:an|ern|ese|ish|ic|i)")
SUBORDINATE_BEFORE = re.compile(r"\b(?:where|which|who|as|while|when|whom|whose)\s+$", re.IGNORECASE)


def speaks_unnamed(sentence: str) -> bool:
    """Does the sentence give its words to a speaker with no face and no side ("..., a source said", "Sources say
    ...")? Its figures are the outlet's unnamed sources': no speaker of the sentence before goes on into it."""
    # (a frame of the sentence's own, not of a clause inside it: "..., where sources say fighting is fiercest")
    return any(NO_FACE.fullmatch(_tidy(w)) and not SUBORDINATE_BEFORE.search(sentence, max(0, at - 12), at)
               for k, w, at in speech_frames(sentence, with_places=True) if k != "evidence")


def _definite(sentence: str, at: int) -> bool:
    """Is the phrase at `at` definite ("the general"), its article inside it or just before it?"""
    # ("the same source noted", "the senior source also confirmed": an adjective of reference between)
    return bool(DEFINITE.match(sentence, at) or re.search(r"\b(?:the|this)\s+(?:(?:same|senior)\s+)?$",
                                                          sentence[max(0, at - 13):at], re.I))


def speech_frames(sentence: str, with_places: bool = False) -> list[tuple]:
    """(kind, who) of every speech frame in a sentence, in the order of the patterns; with
    `with_places`, (kind, who, offset of who in the sentence)."""
    placed = _frames(sentence)
    return list(placed) if with_places else [(k, w) for k, w, _ in placed]


# A body's abbreviation in brackets right after its name: "Service (NIS)", "Directorate (HUR)" (not a dateline's
# agency, "SEOUL (Reuters)", "KYIV (AFP)": after a capital, or not all capitals).
ABBREVIATION_AFTER_NAME = re.compile(r"(?<=[a-z])\s\([A-Z]{2,6}\)(?=\s)")


# An event as the subject of "puts ... at": no speaker.
EVENT_SUBJECT = re.compile(r"^\W*(?:the\s+)?(?:fighting|arrival|battles?|decision|offensive|war|attacks?|assault|fall|"
                           r"capture|clashes|advance|counter-?offensive|withdrawal|retreat|losses)\b", re.IGNORECASE)
PUTS_AFTER = re.compile(r"\s+(?:\w+\s+)?puts?\b", re.IGNORECASE)
EVENT_BEFORE_WHO = re.compile(r"\b(?:fighting|arrival|battles?|decision|offensive|attacks?|assault|fall|capture|clashes|"
                              r"advance|counter-?offensive|withdrawal|retreat)\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)


def _a_name_before(sentence: str, at: int) -> bool:
    """Do only a name's words stand before `at`, back to the clause's start (the sentence's, or after a comma, a colon
    or "that")? Not a name that is a preposition's object: "A defector interviewed by the Korea Institute for National
    Unification (KINU) said" (review31)."""
    lead = sentence[:at]
    cut = max(lead.rfind(","), lead.rfind(":"), lead.rfind(";"), lead.rfind(" that ") + 5 if " that " in lead else -1)
    return NAME_ONLY.fullmatch(lead[cut + 1:]) is not None


NAME_ONLY = re.compile(r"\s*(?:(?:[Tt]he|[A-Z][\w’'.-]*|of|for|and|the|on)\s+)*[A-Z][\w’'.-]*")


# A relative clause or an apposition between a speaker's name and its verb of saying (or "put(s)").
# (not one that says whose the speaker is: "The source, who is with Ukraine's General Staff, said": its body)
ASIDE_BEFORE_VERB = re.compile(rf"(?<=[A-Za-z.]),\s+(?:who\s(?!(?:is|was|are|were|works|worked|serves|served)\s)|which\s|an?\s|"
                               rf"the\s)[^,;:“”\"()]{{3,150}}?,"
                               rf"(?=\s+(?:(?:also|again|later|then|has|have|had)\s+)?(?:{_VERBS}|puts?)\b)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _frames(sentence: str) -> tuple[tuple[str, str, int], ...]:
    """speech_frames with places, once per sentence (a sentence is read for its source, its
    relays, the speaker it hands on, and per number when it has several speakers)."""
    out = []
    if "(" in sentence:
        # a name's abbreviation in brackets is read as a space: "The National Intelligence Service (NIS) estimated
        # that ..." (synth34; the same length, so every offset stands)
        sentence = ABBREVIATION_AFTER_NAME.sub(lambda m: " " * len(m.group()) if _a_name_before(sentence, m.start())
                                               else m.group(), sentence)
    low = lowered(sentence)
    has_verb = (_ANY_VERB.search(sentence) if low is None else _ANY_VERB_LOWER.search(low)) is not None
    for (kind, rx), twin, needs in zip(_PATTERNS, _PATTERN_TWINS, _PATTERN_NEEDS):
        if kind != "relayed" and not has_verb:
            continue                          # no verb of saying: no "X said" to look for
        if needs and low is not None and not any(w in low for w in needs):
            continue                          # none of the words every match of it holds
        # a case-blind frame is looked for in the lower-cased text where that finds the same; its
        # speaker's words are then read from the sentence itself
        for m in rx.finditer(sentence) if twin is None or low is None else twin.finditer(low):
            if kind == "inverted" and _AUDIENCE_VERBS.match(m.group("verb")):
                continue                     # '..., told reporters': the audience
            if kind == "inverted" and m.group("verb").lower().startswith("put"):
                continue                     # '..., put the number at 8,000': a subject's verb, never inverted
            said = sentence[m.start("who"):m.end("who")]
            if rx in _HEADLINE_OPENERS and (not canonical(said, aliases_only=True) or (said.isupper() and len(said) > 3)
                                            or (rx is _HEADLINE_COLON[1] and has_verb)):
                # "Breaking: ...", "Ukrainian Commander Reports ...": no source the tables know; "SEOUL: ..." or
                # "Seoul: An estimated 4,700 ..., South Korea's spy agency said": a dateline, not a source
                continue
            if kind == "subject" and CITING_OPENER.match(said):
                continue                      # "Citing intelligence reports, South Korea ... claim": a participle's object
            if kind == "subject" and PUTS_AFTER.match(sentence, m.end("who")) and (
                    EVENT_SUBJECT.search(said) or EVENT_BEFORE_WHO.search(sentence, max(0, m.start("who") - 60),
                                                                          m.start("who"))):
                continue                      # "The fighting around Plekhovo puts North Korean casualties at almost 4,000":
                #                               an event, no speaker (review31)
            if kind == "subject" and POSSESSIVE_END.search(said) and m.group().endswith("ed"):
                continue                      # "Russia's reported deployment": a participle describing a noun
            if kind == "subject" and KIND_OF_REPORT.fullmatch(said.strip()) and NOUN_NOT_VERB.search(m.group()) \
                    and BARE_VERB_AFTER.match(sentence, m.end()):
                continue                      # "Intelligence reports suggest that ...": "reports" is the noun, its
                #                               owner unnamed (not "Western estimates put": the West's)
            tidied, at0 = _tidy(said), m.start("who")
            last = said.rsplit(",", 1)[1].strip() if "," in said else ""
            if last and last not in tidied and not re.search(r"\band\b", last):
                # "... to Russia in January, Seoul said": the speaker is the name after the last comma, which
                # _tidy cut off with the words from "in" (leaving the place); the comma rule below reads it
                cut = said.rindex(",") + 1
                said, at0 = said[cut:], at0 + cut
                tidied = _tidy(said)
            who = AUTHORED.sub("", tidied).strip(" ‘’'")    # "reports from ‘RBC-Ufa’"
            if kind == "subject" and OWNED_NOUN.search(m.group()) and COPULA_AFTER.match(sentence, m.end()):
                # "though U.S. estimates were lower at around 1,200": the country's government's estimates
                # (only here: "the U.S." alone names no one body, and "according to US estimates" beside a
                # speaker is that speaker's evidence)
                who = canonical(f"{who} government", aliases_only=True) or \
                    f"{who} {OWNED_NOUN.search(m.group()).group().strip()}"
            if kind == "subject" and EVIDENCE.fullmatch(who) and SUGGEST_END.search(m.group()):
                continue                      # "Reports suggest that ...", "New estimates suggest": no one speaks
            if kind == "subject" and EVIDENCE.fullmatch(who) and SHOW_END.search(m.group()):
                continue                      # "Data shows that ...": whose data is not said
            at = at0 + len(said) - len(said.lstrip())   # where its words start
            former = FORMER.search(sentence, max(0, at - 8), at)
            if former:
                # "A former United States government official said": no longer its voice (the tables' aliases
                # refuse a name after "former")
                who, at = sentence[former.start():at] + who, former.start()
            if kind == "subject":
                lead = TIME_LEAD.match(who)
                if lead and lead.end() < len(who) and who[lead.end()].isupper():
                    # "On Wednesday the U.S. said ...": the day opens the sentence, the speaker follows it
                    who, at = who[lead.end():], at + lead.end()
                lead = ADVERB_LEAD.match(who)
                if lead and lead.end() < len(who):
                    # "Now the US says 10,000", "Then the authorities reported": an adverb opens the sentence (synth60)
                    who, at = who[lead.end():], at + lead.end()
            if "," in who and not re.search(r"\band\b", who.rsplit(",", 1)[1]):
                who = who.rsplit(",", 1)[1].strip()    # "Ukraine, South Korea has said": the last name
            elif "," in who:
                # "... the war against Ukraine, Ukrainian, South Korean and Western media have claimed": a list of
                # adjectives before its noun starts at the first adjective (the place before is the clause's end)
                parts = [p.strip() for p in who.split(",")]
                first_adj = next((i for i, p in enumerate(parts) if DEMONYM.fullmatch(p)), None)
                if first_adj:
                    who = ", ".join(parts[first_adj:])
            if kind == "inverted" and (re.search(r"\d", who) or len(who.split()) > INVERTED_MAX_WORDS
                                       or _ANY_VERB.match(who) or BARE_VERB.match(who)
                                       or REPORTED_CLAUSE.search(said)):
                continue                      # ", reports suggest that ...": "reports" is the noun; ", said Russia has
                #                               deployed about 59,000": what was said, not who said it
            owner = OWNED_EVIDENCE.fullmatch(who)
            if owner:
                who = owner.group("owner")    # "according to the agency's estimates": the agency
            who = re.sub(r"[’']s$", "", who)  # "the agency's estimates, ...": "estimates" read as its verb
            if kind == "relayed" and EVIDENCE.fullmatch(who):
                out.append(("evidence", who, at))
                continue
            if kind == "relayed" and CITED_FIGURE.match(who):
                continue                      # "Syrskyi cited a figure of some 62,000": what was cited, not who
            if who and len(who) > 1 and not NOT_SPEAKER.match(who) and not NOT_A_NAME.fullmatch(who) \
                    and not (NOT_SPEAKER_START.match(who) and not (kind == "subject" and SOME_NAMED.fullmatch(who))) \
                    and (kind, who, at) not in out:       # (two subject frames can find one speaker: "Critics argue")
                out.append((kind, who, at))
    if not out and has_verb and ", " in sentence:
        # an aside between a speaker and its verb ("A senior U.S. official, who spoke on condition of anonymity, told
        # reporters ...", "The Korea Institute for Defense Analyses, a state-funded think tank, put ..."): read as spaces
        # where no frame was found with it (the same length, so every offset stands; synth40)
        blanked = ASIDE_BEFORE_VERB.sub(lambda m: " " * len(m.group()), sentence)
        if blanked != sentence:
            return _frames(blanked)
    return tuple(out)


def attribution(sentence: str, article: str = "", previous: tuple[str, ...] = (),
                near: int | None = None) -> tuple[str, list[str]]:
    """(original source, cited phrases in the order found) for one sentence.

    `article` (its whole text) spells out spokespeople's names ("Ryder" → "Patrick Ryder");
    `previous` (the sentences before, nearest last) says who "the general" or "he" is; `near`
    (a number's offset) picks, among several sources in the sentence, the one nearest to it.
    A news outlet that an according-to frame names beside another speaker is a relay, not the
    original: "South Korea's defence ministry said ..., according to Reuters" → the ministry.
    """
    placed = speech_frames(sentence, with_places=True)
    frames, anaphors, places, evidence = [], [], [], []
    for k, w, at in placed:
        if k == "evidence":
            anaphors.append(w)               # "according to preliminary data": the speaker before, if any
            evidence.append(w)
            continue
        w = _where_body(_owned_body(w, sentence[:at], previous), sentence[:at])
        quoted = QUOTED_NAME.match(sentence, at + len(w)) if ROLE_ONLY.fullmatch(w) else None
        if quoted:
            w = quoted.group(1).strip()      # 'according to the publication "7x7"'
        elif ANAPHORIC.fullmatch(w) or DOCUMENT.fullmatch(w) or (ROLE_ONLY.fullmatch(w) and _definite(sentence, at)
                                                                 and not canonical(w, article or sentence)):
            anaphors.append(w)               # "the general", "he", "the report": named before
            continue
        if not PRONOUNS.fullmatch(w) and not NO_FACE.fullmatch(w) and not PRONOUNS.fullmatch(SPEAKER_ADVERB.sub("", w)):
            frames.append((k, w))
            places.append(at)
    phrases = [w for _, w in frames]
    names = [canonical(p, article or sentence) or _by_role(sentence, p, at) or _named_before(p, article)
             or _spelled_out(p, article) or _by_surname(p, article) or _titled(sentence, p, at)
             for p, at in zip(phrases, places)]
    if near is not None and len({n for n in names if n}) == 1 and not re.search(r"citing|quoting", sentence, re.I):
        # "Some Western intelligence sources suggest that the toll ... could exceed 6,000, while South Korea's
        # intelligence agency estimates that around 600 ...": a speaker the tables do not know, whose subject
        # frame is the last before the number, says it when the known one speaks after a contrast
        before = [i for i, (k, p) in enumerate(frames) if places[i] < near]
        after = [i for i, n in enumerate(names) if n and places[i] > near]
        if before and after and not names[before[-1]] and frames[before[-1]][0] == "subject" and \
                not FACELESS.fullmatch(phrases[before[-1]]) and CONTRAST.search(sentence, near, places[after[0]]):
            return phrases[before[-1]], phrases
        # "About 300 ... have been killed ..., South Korean lawmakers said Monday, as Ukraine revealed that ...": a
        # speaker the tables do not know, the first frame after the number, says it when the known one speaks in a
        # clause of its own after it
        first = min(range(len(frames)), key=lambda i: places[i], default=None)
        known_after = [i for i, n in enumerate(names) if n and first is not None and places[i] > places[first]]
        if first is not None and places[first] > near and not names[first] and frames[first][0] == "subject" and \
                re.match(r"[A-Z]", phrases[first]) and not FACELESS.fullmatch(phrases[first]) and known_after and \
                CLAUSE_OF_ITS_OWN.search(sentence, places[first], places[known_after[0]]) and \
                not ABOUT_THE_FIGURE.search(sentence, places[known_after[0]]):
            return phrases[first], phrases
    if near is not None and len({n for n in names if n}) > 1 and not re.search(r"citing|quoting", sentence, re.I):
        # several sources in one sentence: a number is the one whose frame is nearest to it
        # ("Zelensky said ... is far beyond the 1,100 estimate given by the JCS"); a news outlet
        # beside a speaker only relays ("Zelenskiy announced that ... 1,150 square kilometers ..., as
        # per Reuters"): the outlet after the number, the speaker before it. An outlet whose own frame
        # governs the number ("..., but the BBC reported that it had confirmed 500 deaths") is its source.
        named = [i for i, n in enumerate(names) if n]
        # (not a frame past a semicolon from the number: "... bringing its cumulative count to 707,440; the UK MoD
        # says ...": another statement)
        named = [i for i in named if ";" not in sentence[min(near, places[i]):max(near, places[i])]] or named
        # (nor the outlet of a passive cite: "Zelensky, quoted by Reuters, said 3,000 ...": Reuters relays him)
        named = [i for i in named if not RELAY_BY.search(sentence, max(0, places[i] - 16), places[i])] or named
        # (nor the outlet an opening "As reported by" names: "As reported by the Kyiv Independent, Syrskyi said ...")
        named = [i for i in named if not AS_REPORTED_BY.search(sentence, 0, max(0, sentence.find(phrases[i])))] or named
        speaker_before = any(places[i] < near and not is_media(names[i]) for i in named)
        own = [i for i in named if not (speaker_before and places[i] > near and is_media(names[i]))] or named
        # (a subject frame after the number governs what follows it, not the number, though it is nearer than
        # the speaker before: "Zelenskyy earlier put the number ... at 4,000, though U.S. estimates were lower
        # at around 1,200")
        own = [i for i in own if not (frames[i][0] == "subject" and places[i] > near
                                      and CONTRAST.search(sentence, near, places[i]))] or own
        best = min(own, key=lambda i: abs(places[i] - near))
        return names[best], phrases
    known = [n for n in names if n]
    if anaphors and previous and frames and all(k == "relayed" for k, _ in frames) and \
            not re.search(r"according to", sentence, re.I) and (not known or (
                RELAYED_BY.search(sentence) and not CITING.search(sentence))):
        # "..., he said, ... which confirms figures reported by South Korea": the relative clause's
        # source is of other figures; the sentence's speaker is "he" ("..., he said, citing the NIS"
        # is the NIS's: a relay chain)
        phrases, known = [], []
    documents = [a for a in anaphors if DOCUMENT.fullmatch(a)]
    if not known and not phrases and article and any(not PRONOUNS.fullmatch(a) for a in documents):
        # "According to the report, ...": the author of the report the article named before ("A new
        # analysis from the Center for Strategic and International Studies"), before the speaker of the
        # sentence just before, who may be someone else ("Ukrainian officials reported two civilians
        # killed. According to the report, Russia has absorbed 1.2 million"). Not a bare "it": "A report
        # by CSIS put losses at 950,000. The ministry on Monday said ... It said 3,000 ..." is the ministry's.
        author = _author_before(article, sentence)
        if author:
            return author, [anaphors[0]]
    if not known and not phrases and anaphors and PRONOUNS.fullmatch(anaphors[0]):
        # "The ministry has not updated casualty figures since September 2022, when it reported ...",
        # "Russia has made only one statement about its losses: in early March, it said ...": the pronoun
        # is the body the same sentence names before it
        at = next(a for k, w, a in placed if w == anaphors[0])
        body = canonical(_not_speaking(sentence[:at]), article or sentence, aliases_only=True)
        if body and not is_media(body):
            return body, [anaphors[0]]
    if not known and not phrases and anaphors and REGION_BODY_UNPLACED.fullmatch(anaphors[0]):
        # "..., the regional government confirmed on Monday", "the republic's government said": a region's body, placed
        # by the payment's region (claims._placed_regional_bodies), not whoever spoke in the sentences before
        return anaphors[0], [anaphors[0]]
    if not known and not phrases and anaphors and previous:
        # "According to the general, ...", "..., he said": the speaker of the sentences before
        for earlier in reversed(previous):
            who, _ = attribution(earlier, article)
            if who and not EVIDENCE.fullmatch(who):   # "According to the data, ...": no speaker there
                return who, [anaphors[0]]
    if not known and not phrases and article and documents:
        # "It estimates that ...", no speaker before: the author of the report the article named before
        author = _author_before(article, sentence)
        if author:
            return author, [anaphors[0]]
    if not known:
        # no cited phrase: an organisation named in the sentence ("the NIS gave the briefing");
        # a person merely mentioned ("...concerning to Vladimir Putin") is not a source
        acting = _not_speaking(sentence)
        if NOT_SAID_GATE.search(acting):
            acting = NOT_SAID.sub(" ", acting)
        whole = canonical(AUDIENCE.sub(" ", acting), article or sentence, aliases_only=True, first_named=False)
        if whole:
            known = [whole]
    speakers = [(n or p) for (k, p), n in zip(frames, names) if k != "relayed" and not (n and is_media(n))]
    # the last cited source in reading order is usually the original ("X reported, citing Y")
    # "X reported, citing Y" and "Citing Y, X reported": the one cited; else the last named
    # (a cited phrase the table does not know counts too: "Yonhap cited South Korean military officials",
    # "Park cited Cho as saying")
    # (not one's own: "The British Ministry of Defense, citing its military intelligence, reported ...")
    cited = [n or p for at, n, p in zip(places, names, phrases) if CITED_BEFORE.search(sentence, max(0, at - 40), at)
             and not OWN_POSSESSIVE.match(p) and (n or not FACELESS.fullmatch(p))]
    if cited:
        return cited[-1], phrases
    passive = CITED_BY.search(sentence) if known else None
    if passive:
        # the one cited: the last frame before "cited by" (its words up to it); the one who relays: the frame after
        before = [i for i, at in enumerate(places) if at < passive.start()]
        after = [i for i, at in enumerate(places) if at > passive.start()]
        if before:
            i = before[-1]
            cut = CITED_BY.search(phrases[i])
            cited = phrases[i][:cut.start()].strip(" ,") if cut else phrases[i]
            if FACELESS.fullmatch(cited) or UNNAMED_PEOPLE.fullmatch(cited):
                if after:
                    return names[after[0]] or phrases[after[0]], phrases   # "a source quoted by TASS": TASS's reporting
            else:
                return (canonical(cited, article or sentence) if cut else names[i]) or cited, phrases
    if known:
        citing = [n for n in names if n and CITING.search(sentence)]
        if citing:
            return citing[-1], phrases
        if all(is_media(n) for n in known) and speakers:
            return speakers[0], phrases      # "X said ..., according to Reuters": Reuters relays X
        # a news outlet beside another known source relays it
        return next((n for n in known if not is_media(n)), known[0]), phrases
    if phrases:
        return (speakers[0] if speakers else phrases[0]), phrases
    if evidence:
        return evidence[0], evidence         # "According to a new estimate, ...": no one named it
    return "", phrases


# A region's body named without its place: "the regional government", "the region's governor", "the republic's
# government" (claims.PLACELESS_BODY places it).
REGION_BODY_UNPLACED = re.compile(r"(?:the\s+)?(?:region[’']s|regional|oblast[’']s|republic[’']s|republican)\s+"
                                  r"(?:governor|government|administration|authorities|head|leadership)", re.IGNORECASE)


# A person's role in apposition: "Colin Kahl, U.S. undersecretary of defense for policy, said".
APPOSITION = re.compile(r"\s*,\s+(?:the\s+|a\s+)?(?P<role>[^,;:“”\"()]{3,80}?)\s*,")
PERSON = re.compile(r"(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+")


def _by_role(sentence: str, who: str, at: int) -> str | None:
    """'Organisation (Person)' when a person the table does not know is named with a role it does:
    the organisation the role belongs to is the source, the person its voice."""
    if not PERSON.fullmatch(who):
        return None
    m = APPOSITION.match(sentence, at + len(who))
    org = canonical(m.group("role"), aliases_only=True) if m else None
    return f"{org.split(' (')[0]} ({who})" if org else None


# Titles before a surname: "Lawmaker Lee", "MP Lee", "Rep. Park", "Mr Kirby".
TITLE = re.compile(r"^(?:(?:the|a|an)\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:lawmakers?|legislators?|MPs?|Reps?\.?|Representatives?|"
                   r"parliamentarians?|deputy|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)+", re.IGNORECASE)
LEGISLATOR = re.compile(r"\b(?:lawmakers?|legislators?|MPs?|Representatives?|parliamentarians?|"
                        r"members? of parliament)\b|\bReps?\.", re.IGNORECASE)
# The same without its word boundaries: it finds a line holding a sentence LEGISLATOR finds (and more);
# and LEGISLATOR on the lower-cased text where that finds the same (casefold.CaseBlind).
LEGISLATOR_ANYWHERE = re.compile(LEGISLATOR.pattern.replace(r"\b", ""), re.IGNORECASE)
_LEGISLATOR_BLIND = CaseBlind(LEGISLATOR)
# A legislator relaying an agency's closed briefing speaks for the agency: "lawmaker Lee Seong-kwon,
# who was briefed by the agency", "told reporters after a briefing from the spy agency".
BRIEFED = re.compile(r"\bbrief(?:ed|ing)\b", re.IGNORECASE)
FULL_NAME = re.compile(r"(?<![\w’'-])[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}(?![\w’'-])")


@lru_cache(maxsize=256)
def _people(article: str) -> tuple[tuple[str, str | None], ...]:
    """(full name, organisation it speaks for or None) of the people an article names with a
    legislator's title, the organisation being the one whose briefing they relay."""
    out = []
    if not _LEGISLATOR_BLIND.search(article):
        return ()
    # a sentence never crosses a line (split_sentences reads each line alone), so only the lines
    # where a legislator's word may be are split, not the whole article again (issue 18)
    for s in (Sentence(line.start() + x.start, line.start() + x.end, x.text)
              for line in re.finditer(r"[^\n]+", article) if LEGISLATOR_ANYWHERE.search(line.group())
              for x in split_sentences(line.group())):
        sent = s.text
        if not _LEGISLATOR_BLIND.search(sent):
            continue
        org = None
        b = BRIEFED.search(sent)
        if b:
            # the briefing's organisation: the one named nearest after "briefed by / a briefing from",
            # else the nearest before it in the article ("the agency", "the spy agency")
            after = canonical(sent[b.end():b.end() + 80], article, aliases_only=True)
            org = after or _nearest_before(article, s.start + b.end())
        for m in FULL_NAME.finditer(sent):
            name = TITLE.sub("", m.group())
            if len(name.split()) > 1 and not canonical(name, aliases_only=True):
                out.append((name, org))
    return tuple(out)


def _nearest_before(article: str, at: int) -> str | None:
    """The organisation of the table named last before offset `at` (not a news outlet)."""
    best, where = None, -1
    for src in sources_cued(article[:at].lower()):
        if src.media:
            continue
        for m in src.aliases.finditer(article, 0, at):
            if m.start() > where:
                best, where = src.name, m.start()
    return best


def _named_before(who: str, article: str) -> str | None:
    """A speaker named by a title and surname ("Lawmaker Lee", "MP Lee"), or a legislator by title
    alone, who the article introduced in full: the organisation whose briefing they relay, as
    "Organisation (Full Name)", or the organisation the full name resolves to."""
    if not article or not re.search(r"[A-Z]", who):
        return None
    bare = TITLE.sub("", who).strip()
    for name, org in _people(article):
        if (bare and bare.split()[-1] in name.split() and len(bare.split()) == 1) or bare == name or \
                (not bare and LEGISLATOR.search(who)):
            known = canonical(name, article)
            if org:
                return f"{org} ({name})"
            if known:
                return known
    return None


ACRONYM = re.compile(r"(?:the\s+)?([A-Z]{2,6})")
# Capitalised words that open a sentence, not a body's name: "On Monday", "In January", "The".
LEADING_NOT_NAME = re.compile(r"^(?:(?:the|on|in|at|by|last|this|but|and|then|meanwhile|earlier|later|monday|"
                              r"tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
                              r"may|june|july|august|september|october|november|december)\s+)+", re.IGNORECASE)


def _by_surname(who: str, article: str) -> str | None:
    """A speaker named by surname alone ("..., Wood said") whom the article names in full: the table's
    source when it knows the person as a spokesperson ("Robert Wood" → "US government (Robert Wood)"),
    else the person as the article introduced them, role first ("Mysnyk" → "Operational Command
    spokesperson (Vadym Mysnyk)", "Romanenko" → "Ukrainian military expert (Ihor Romanenko)"); None
    otherwise (a capitalised word before a surname-like word is not a name by itself: "Despite Russian")."""
    if not article or not SURNAME.fullmatch(who):
        return None
    found = list(re.finditer(rf"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+{re.escape(who)}\b", article))
    for m in found:
        known = canonical(m.group(), article)
        if known:
            return known
    for m in found:
        titled = _title_of(article, m.group(), m.start())
        if titled:
            return titled
    return None


def person_source(name: str, article: str) -> str:
    """The source a person named in full speaks as: the table's ("Pat Ryder" → "Pentagon (Pat Ryder)"), the body of the
    role the article introduces them with ("HUR representative Oleh Lysak" → "Ukraine military intelligence (HUR) (Oleh
    Lysak)"), the role as written ("former analyst ... (Name)"), else the name."""
    known = canonical(name, article)
    if known:
        return known
    at = article.find(name)
    if at >= 0:
        start = article.rfind("\n", 0, at) + 1
        end = article.find("\n", at)
        line = article[start:end if end >= 0 else len(article)]
        titled = _titled(line, name, at - start)
        if titled and not HONORIFIC.fullmatch(titled.split(" (", 1)[0]):
            return titled       # (not a title that is only how the person is addressed: "Professor (Akira Mori)")
    return name


HONORIFIC = re.compile(r"(?:(?:retired|professor|prof\.?|dr\.?|sir|dame|mr\.?|ms\.?|mrs\.?)\s*)+", re.IGNORECASE)


def by_surname(who: str, article: str) -> str | None:
    """_by_surname for other modules: a transcript's turn label by surname ("SINGH:")."""
    return _by_surname(who, article)


# An outlet that is itself an official body: a city administration's portal, a ministry's or a government's site
# (its own pages are its statements).
# (the body's kind ends its name, or opens it before "of": "Noyabrsk City Administration", "Chuvashia Cabinet of
# Ministers", "Ministry of Defence of Ukraine", "Embassy of the Republic of Korea", "U.S. Department of Defense"; not a
# news title that holds such a word, "Government Executive", "Global Government Forum", "Embassy News": review30)
OFFICIAL_OUTLET = re.compile(r"(?:\b(?:administration|government|cabinet(?:\s+of\s+ministers)?|city\s+hall|"
                             # ("Foreign, Commonwealth & Development Office", "Cabinet Office": synth61)
                             r"(?:foreign|development|cabinet|home|presidential)\s+office|"
                             r"mayor[’']?s\s+office|governor[’']?s\s+office|press\s+service|general\s+staff|city\s+council|"
                             r"(?:regional|city|oblast)\s+duma)$"
                             # ("Security Council of the Russian Federation", "Council of the European Union", "Administration of
                             # Saint Petersburg": synth61)
                             r"|^(?:the\s+)?(?:[\w.’'-]+\s+){0,3}(?:ministry|embassy|government|department)\s+of\s+[\w\s.’'-]{2,60}"
                             # (a council or commission of a state, nothing before it but its kind: not "Atlantic Council of
                             # the United States", a think tank: review38)
                             r"|^(?:the\s+)?(?:security\s+|state\s+|european\s+)?(?:administration|council|commission|presidency)\s+of\s+"
                             r"[\w\s.’'-]{2,60}"
                             # ("Ukrainian Defence Ministry", "Russian Embassy in the UK": review31)
                             r"|\b(?:defen[cs]e\s+|foreign\s+)?ministry|\bembassy(?:\s+in\s+[\w\s.’'-]{2,40})?)$",
                             re.IGNORECASE)
# (nor a school or a department of studies: "Blavatnik School of Government", "Department of War Studies": review31)
OUTLET_MEDIA_WORDS = re.compile(r"\b(?:news|forum|executive|daily|digest|times|post|column|magazine|review|journal|"
                                r"monitor|report|today|herald|tribune|wire|press|media|gazette|weekly|insider|watch|blog|"
                                r"diplomat|school|university|college|institute|centre|center|studies|academy|"
                                r"foundation|quarterly|observer|courier|ledger)\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def issuing_outlet(outlet: str) -> str | None:
    """The outlet's name where the outlet is an official body ("Noyabrsk City Administration (noyabrsk-gorod.ru;
    official notice)"): the sentences of its own pages that name no one are its statements (synth35). A body the
    table knows by the whole of the outlet's name or its first part is named as the table names it ("General Staff of
    the Armed Forces of Ukraine", "National Intelligence Service, Republic of Korea", "Oleksandr Syrskyi,
    Commander-in-Chief ...": its own site or channel; synth61); a region's head's channel is the region's government
    ("Dmitry Demeshin, Governor of Khabarovsk Krai")."""
    name = outlet.split(" (", 1)[0].strip()
    if not name or len(name) >= OUTLET_NAME_MAX:
        return None
    parts = [x.strip() for x in OUTLET_PARTS.split(name) if x.strip()]
    # (the whole name, or its first part where no part is a news outlet's: "National Intelligence Service, Republic of
    # Korea", "Oleksandr Syrskyi, Commander-in-Chief ..."; not a topic after an outlet, "The Korea Times – NIS", "Meduza –
    # Kremlin", nor a dateline's place, "Reuters, Washington": review38)
    medium = any(OUTLET_MEDIA_WORDS.search(x) or _is_medium_name(x) for x in parts)
    for part in [name] if medium or len(parts) < 2 else [name, parts[0]]:
        known = _body_named(part)
        if known:
            return known
    for k, part in enumerate(parts):
        region = regional_body(part) if len(parts) > 1 else None
        if region and region[0]:
            person = next((x for x in parts[:k] if PERSON.fullmatch(x)), "")
            return f"{region[0]} ({person})" if person else region[0]
    if any(OFFICIAL_OUTLET.search(x) for x in [name, *parts]) and not OUTLET_MEDIA_WORDS.search(name):
        return name
    return None


OUTLET_NAME_MAX = 120   # characters of an outlet's name (a longer one is a description)
OUTLET_PARTS = re.compile(r"\s+[–—|/-]\s+|,\s+")     # "GOV.UK – Ministry of Defence", "Gleb Nikitin, Governor of ..."
# What may stand around a body's name in an outlet's name that is that body: its country before ("Republic of Korea Joint
# Chiefs of Staff"), a qualifier after ("General Staff of the Armed Forces of Ukraine"); not a title's other words ("The
# Kremlin Ledger", "Kremlin Watch Digest": a newsletter's).
OUTLET_BODY_BEFORE = re.compile(r"(?:the\s+)?(?:(?:republic\s+of\s+korea|south\s+korea|ukraine|russia|russian\s+federation|"
                                r"u\.?s\.?|united\s+states|uk|united\s+kingdom)(?:[’']s)?\s+)?", re.IGNORECASE)
OUTLET_BODY_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\s.’'-]{1,60})?")


def _body_named(part: str) -> str | None:
    """The source (not a medium, nor a government named as a whole, which a place's name is: "Seoul", "Kyiv") the table
    knows whose name is the whole of `part`, past a country before it or an "of ..." after it that names no other
    country ("General Staff of the Armed Forces of the Russian Federation" is not Ukraine's: review38)."""
    for src in source_table():
        if src.media or (src.government and not GOVERNMENT_BODY_WORD.search(part)):
            continue        # (a government by a body's name, "Ministry of Defence of Ukraine"; not by its place's)
        m = src.aliases.search(part)
        if m and OUTLET_BODY_BEFORE.fullmatch(part, 0, m.start()) and OUTLET_BODY_AFTER.fullmatch(part, m.end()) and \
                not (src.country and _other_country(part[m.end():], src.country)):
            return src.name
    return None


GOVERNMENT_BODY_WORD = re.compile(r"\b(?:ministry|government|department|office|administration|cabinet)\b", re.IGNORECASE)
COUNTRY_NAMES = {"Russia": re.compile(r"\brussia", re.IGNORECASE), "Ukraine": re.compile(r"\bukrain", re.IGNORECASE),
                 "South Korea": re.compile(r"\bsouth\s+korea|\brepublic\s+of\s+korea", re.IGNORECASE),
                 "North Korea": re.compile(r"\bnorth\s+korea|\bdprk\b", re.IGNORECASE),
                 "US": re.compile(r"\bunited\s+states|\bu\.?s\.?a?\b", re.IGNORECASE),
                 "UK": re.compile(r"\bunited\s+kingdom|\bu\.?k\.?\b|\bbritain", re.IGNORECASE)}


def _other_country(text: str, country: str) -> bool:
    """Does `text` name a country other than `country` (and not `country` itself)?"""
    own = COUNTRY_NAMES.get(country)
    return not (own and own.search(text)) and any(rx.search(text) for name, rx in COUNTRY_NAMES.items() if name != country)


def _is_medium_name(part: str) -> bool:
    """Is `part` a news outlet's name the sources table knows ("Reuters", "Meduza")?"""
    known = canonical(part, aliases_only=True)
    return bool(known) and is_media(known)


def media_outlet(outlet: str) -> str | None:
    """The outlet's canonical name, where the sources table knows it as a medium (its own first-person sentences are
    its own finding: claims.extract); else None."""
    name = canonical(outlet.split(" (")[0], aliases_only=True) if outlet else None
    return name if name and is_media(name) else None


# An official text's title: an address, statement, report, summary, decree or briefing and who gives it ("Address by
# the President of Ukraine on the results of the day", "Summary of the Ministry of Defence of the Russian Federation
# ...", "Deputy Pentagon Press Secretary Sabrina Singh Holds a Press Briefing", "We must keep the pressure: address
# by President Volodymyr Zelensky"), or a form one body publishes under ("Total combat losses of the enemy as of ...",
# "Operational information as of 08:00": Ukraine's General Staff). Its sentences that name no speaker are the
# issuer's, as the gold of official texts gives them (synth33), where the text is one (claims._official_issuer: a news
# story about a statement or a briefing has such a headline too: review29).
OFFICIAL_TITLE = re.compile(r"(?:^\W*|:\s+)(?:address|statement|comment|summary|resolution|decree|order|report|readout|remarks|"
                            r"speech|communiqu\w+|press\s+conference)(?:\s+[\w-]+){0,2}?\s+(?:by|of|from)\s"
                            r"|\b(?:holds?|held|gives?|gave)\s+(?:a\s+)?(?:press\s+)?briefing\b|\bregular\s+briefing\b"
                            r"|\bbriefing\s+to\s+the\b", re.IGNORECASE)
# Every OFFICIAL_TITLE match holds one of these (lower case)
OFFICIAL_WORDS = ("address", "statement", "comment", "summary", "resolution", "decree", "order", "report", "readout",
                  "remarks", "speech", "communiqu", "press conference", "briefing")
GENERAL_STAFF_FORMS = re.compile(r"^\W*(?:total\s+combat\s+losses\s+of\s+the\s+enemy|operational\s+information\s+as\s+of)\b",
                                 re.IGNORECASE)


def issuer(title: str, article: str) -> str | None:
    """Who issues an official text (OFFICIAL_TITLE), as the source tables name them; None for any other title."""
    if GENERAL_STAFF_FORMS.match(title):
        return canonical("Ukrainian General Staff")
    low = title.lower()
    if not any(w in low for w in OFFICIAL_WORDS) or not OFFICIAL_TITLE.search(title):
        return None
    return canonical(title, article) or None


def _titled(sentence: str, who: str, at: int) -> str | None:
    """A person the table does not know, named in full with a role title right before the name
    ("Ukrainian military observer Kostyantyn Mashovets noted"): the person as the title introduces
    them, as `_by_surname` gives a surname."""
    # the title inside the cited phrase: "Military analyst Petro Ivanenko estimated", "Defence Minister
    # Rustem Umerov said"
    # (a rank alone is part of how the person is called: "Colonel Ivan Doe" stays as written)
    m = TITLE_THEN_NAME.fullmatch(who)
    inside = _title_of(who, m.group("person"), m.start("person")) if m and not RANK.fullmatch(who[:m.start("person")].strip()) \
        else None
    if inside or not PERSON.fullmatch(who):
        return inside
    # the role in apposition before the name: "..., Ukraine's defence minister, Oleksii Reznikov, said"
    before = ROLE_BEFORE.search(sentence, max(0, at - ROLE_REACH - 10), at)
    if before and ROLE_WORD.search(before.group("role")):
        return _as_titled(LEADING_ARTICLE.sub("", before.group("role").strip()), who)
    # the role in apposition after the name, with the body it works at: "as assessed by Pasi Paroinen, an analyst at
    # the Black Bird Group" → "analyst at the Black Bird Group (Pasi Paroinen)"
    name_at = sentence.find(who, at)
    after = ROLE_AFTER.match(sentence, name_at + len(who)) if name_at >= 0 else None
    if after and ROLE_WORD.search(after.group("role")):
        return _as_titled(after.group("role").strip(), who)
    return _title_of(sentence, who, at)


def _title_of(text: str, person: str, at: int) -> str | None:
    """"title (Person)" for the role words right before `person` at `at` in `text`; a spokesperson
    title names the body the person speaks for, canonical where the table knows it ("Operational
    Command Spokesperson Vadym Mysnyk" → "Ukrainian General Staff (Vadym Mysnyk)"); an observer's,
    expert's or analyst's title stays as written: they speak for themselves."""
    role = INTRODUCED_AS.search(text, max(0, at - ROLE_REACH), at)
    title = LEADING_NOT_NAME.sub("", role.group("role")) if role else ""
    return _as_titled(title, person) if title and ROLE_NOUN.search(title) else None


def _as_titled(title: str, person: str) -> str:
    """"Body (Person)" where the title names a body the table knows ("Ukraine's defence minister",
    "Northern Operational Command spokesperson"), else "title (Person)". One who speaks for
    themselves (an analyst, expert, observer) is never a body's voice: "a Kremlin-friendly analyst"
    is not the Kremlin."""
    if FORMER_TITLE.match(title):
        return f"{title} ({person})"     # "a former deputy chief of the General Staff" speaks for no body now
    at_body = BODY_OF_ROLE.search(title) if OWN_VOICE.search(title) else None
    # (but one who works at a body the table knows is named with it: "a senior fellow at RUSI" → "Royal United
    # Services Institute (Mark Galeotti)", as the gold of every set names "Black Bird Group (Pasi Paroinen)")
    body = canonical(at_body.group(1), aliases_only=True) if at_body else \
        None if OWN_VOICE.search(title) else canonical(title, aliases_only=True)
    return f"{body.split(' (')[0]} ({person})" if body else f"{title} ({person})"


FORMER_TITLE = re.compile(r"(?:an?\s+|the\s+)?(?:former|ex-|retired)\b", re.IGNORECASE)
BODY_OF_ROLE = re.compile(r"\b(?:at|with|from)\s+(.+)$")      # "senior fellow at RUSI": the body the role is held at
# A role phrase in apposition right after a name, naming the body the role is held at ("Pasi Paroinen, an analyst at
# the Black Bird Group,"; "..., a spokesman for the Northern Command"): the article dropped, the clause's end after it.
ROLE_AFTER = re.compile(r",\s+(?:an?|the)\s+(?P<role>[^,;:“”\"()]{3,60}?\s(?:at|of|for|with|from)\s+(?:the\s+)?"
                        r"[A-Z][^,;:“”\"()]{1,50}?)\s*(?:[,;.]|$)")
# A role phrase in apposition right before a name, after a comma or the sentence's start.
ROLE_BEFORE = re.compile(r"(?:^|[,;:]\s*)(?P<role>[^,;:“”\"()]{3,80}?),\s*$")
LEADING_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)
RANK = re.compile(r"(?:(?:lieutenant|major|brigadier|rear|vice)[ -])?(?:colonel|general|admiral|captain|commander|"
                  r"sergeant|major)", re.IGNORECASE)
# A cited phrase of a role title and a full name: "Military analyst Petro Ivanenko".
TITLE_THEN_NAME = re.compile(r"[A-Za-z].*\s(?P<person>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})")


# The role words right before a person's full name where the article introduces them ("Ukrainian
# military expert Ihor Romanenko", "Operational Command Spokesperson Vadym Mysnyk"), and the role
# nouns one of which they must hold. Written by hand: a title is the run of words just before the name.
ROLE_REACH = 70
# (within the line and the clause: a capitalised word first, then words only, no stop, comma or line break)
INTRODUCED_AS = re.compile(r"(?<![\w’'-])(?P<role>[A-Z][\w’'-]*(?:[ \t]+(?:[A-Z][\w’'-]*|[a-z][\w-]*)){0,5})[ \t]+$")
_ROLES = (r"(?:expert|observer|analyst|spokes\w+|commander|chief|head|official|advis[eo]r|officer|governor|minister|"
          r"representative|secretary|lawmaker|director|researcher|professor|colonel|general|mayor|economist|fellow|scholar|"
          r"specialist|scientist|demographer)s?")
ROLE_NOUN = re.compile(rf"\b{_ROLES}$", re.IGNORECASE)        # a title ends in one
ROLE_WORD = re.compile(rf"\b{_ROLES}\b", re.IGNORECASE)       # a role phrase holds one
OWN_VOICE = re.compile(r"\b(?:expert|observer|analyst|researcher|professor|economist|fellow|scholar|specialist|"
                       r"scientist|demographer)s?\b", re.IGNORECASE)


SURNAME = re.compile(r"[A-Z][a-z’'-]{2,}")


def _spelled_out(who: str, article: str) -> str | None:
    """An acronym the article spelled out before ("the UK's Defence Intelligence (DI)" ... "DI added"):
    the name it stands for, canonical where the table knows it. Written by hand: the spelled-out
    name is the run of capitalised words right before the bracket."""
    m = ACRONYM.fullmatch(who.strip())
    if not m or not article:
        return None
    for d in re.finditer(rf"((?:[A-Z][\w’'.-]*\s+(?:(?:of|for|the|and|on)\s+)?){{1,7}})\(\s*{m.group(1)}\s*\)", article):
        # (the run may begin with a sentence's opening words: "On Monday Defence Intelligence (DI) said")
        full = LEADING_NOT_NAME.sub("", d.group(1).strip())
        return canonical(full, article) or full
    return None


# Two sources named, then referred to in order: "The NIS and the Pentagon disagree. The former says 11,000 ...; the
# latter puts the figure at 12,000" (synth27's cross-sentence items). Only as a speaker: before a verb of saying
# (adverbs between), a possessive, or after "according to" (not "the former defence minister said", "the
# former Soviet Union").
REFERRED_GATE = ("former", "latter", "Former", "Latter")
FORMER_LATTER = re.compile(
    r"\bthe\s+(?P<which>former|latter)(?:[’']s\b|(?=\s+(?:(?:also|now|still|has|have|had|earlier|recently|"
    r"reportedly|meanwhile|however)\s+)*(?:said|says|say|puts?|estimated|estimates?|reported|reports|claims?|claimed|"
    r"counts?|counted|believes?|believed|gives?|gave|places?|placed|thinks?|reckons?|reckoned|assessed|assesses|told|"
    r"stated|states|suggests?|suggested|argues?|argued|insists?|insisted|cites?|cited)\b))"
    r"|according\s+to\s+the\s+(?P<which2>former|latter)\b", re.IGNORECASE)
REFERRED_REACH = 2      # sentences back where the two sources can be named
PAIR_CASED = re.compile(PAIR.pattern)      # (names capitalised: not "Washington differ")


def named_in_order(text: str, article: str = "") -> list[str]:
    """The sources of the table a text names, each once, in the order it names them."""
    hits: dict[str, int] = {}
    for src in sources_cued(text.lower()):
        found = [m for m in (src.aliases.search(text), src.people.search(text) if src.people else None) if m]
        if found:
            m = min(found, key=lambda m: m.start())
            name = canonical(m.group(), article or text) or src.name
            hits[name] = min(hits.get(name, m.start()), m.start())
    if len(hits) < 2:
        # governments named alone in a pair ("Seoul and Washington differ"), as canonical reads a speaker pair
        for pair in PAIR_CASED.finditer(text):
            both = [canonical(p, article or text, aliases_only=True) for p in pair.groups()]
            if all(both) and both[0] != both[1]:
                return both
    return sorted(hits, key=hits.get)


def referred_speaker(sentence: str, previous: tuple[str, ...], article: str = "", near: int | None = None) -> str | None:
    """The source "the former"/"the latter" speaking for the number at `near` refers to: the first or the last of the
    sources named before it (earlier in its sentence, else in the fewest sentences before that name two)."""
    marks = list(FORMER_LATTER.finditer(sentence))
    if not marks:
        return None
    before = [m for m in marks if near is None or m.start() < near]
    mark = before[-1] if before else marks[0]
    if near is not None and any(mark.end() <= at < near for _, _, at in speech_frames(sentence, with_places=True)):
        return None     # another speaker between the mark and the figure: "The former says 3,000 ..., while Ukraine's
        #                 HUR puts the number at 4,000" (review28)
    # (or named one in each of the sentences before: "The JCS said ... HUR put the number at ... The former ...")
    for text in (sentence[:marks[0].start()], *(" ".join(previous[-k:]) for k in range(1, REFERRED_REACH + 1))):
        names = named_in_order(text, article)
        if len(names) >= 2:
            which = (mark.group("which") or mark.group("which2")).lower()
            return names[0] if which == "former" else names[-1]
    return None


def relays(sentence: str, source: str) -> list[str]:
    """News outlets a sentence names in a speech frame other than `source`, in reading order:
    the links between the article's outlet and the original source."""
    out = []
    for _, who in speech_frames(sentence):
        name = canonical(who, sentence)
        if name and is_media(name) and name != source and name not in out:
            out.append(name)
    return out


NAME_COLUMNS = ["source", "name", "misnamed", "article", "outlet", "path", "line", "quote"]


def name_mentions(corpus):
    """Every place an article names an organisation of the table, with the words it used: how
    one organisation comes to be called several things, and where a name is a known wrong one."""
    rows = []
    for art in corpus.articles:
        starts = [x.start for x in art.sentences]
        for src in sources_cued(art.cleaned.lower()):     # (every source was tried: 37 s of a 10,000-article report)
            for m in src.aliases.finditer(art.cleaned):
                i = bisect.bisect_right(starts, m.start()) - 1
                s = art.sentences[i] if i >= 0 and m.start() < art.sentences[i].end else None
                a, b = art.raw_span(s.start, s.end) if s else art.raw_span(m.start(), m.end())
                ms, _ = art.raw_span(m.start(), m.end())
                rows.append({"source": src.name, "name": " ".join(m.group().split()),
                             "misnamed": bool(src.misnamed and src.misnamed.fullmatch(m.group())),
                             "article": art.id, "outlet": art.metadata.get("outlet", ""), "path": art.path,
                             "line": art.raw_line(ms), "quote": art.raw[a:b]})
    return pd.DataFrame(rows, columns=NAME_COLUMNS)
