"""Sentences of a cleaned article, with character offsets, from pysbd.

Each paragraph (line of the cleaned text) is segmented on its own, so headings and
captions never run into the next sentence. pysbd handles "U.S.", "1.28 million",
"Maj. Gen." and "No. 2"; `MERGE_AFTER` covers abbreviations it still splits on, and a
piece starting in lower case is joined to the one before.

Speed: pysbd 0.3.4 spent ~80% of its time compiling regular expressions again and again.
`Segmenter.segment` finds each sentence back in the text with a new pattern per sentence
(`re.escape(sentence)`), and its abbreviation rules build a few patterns per abbreviation;
together they overflow `re`'s cache of 512 compiled patterns, so every call recompiles. We
call pysbd's processor (the segmentation proper) ourselves, find the sentences back with
`str.find` exactly as `segment` does with its patterns (`_locate`), and give pysbd's modules
a `re` whose compiled patterns are kept (`_kept_re`): the same patterns, the same sentences
(tests/test_sentences.py, and the benchmark compares every offset with pysbd's own
`segment`), about 8× faster. Most of pysbd's ~100 patterns find nothing in most paragraphs: a
guard per pattern (`_GUARDS`, a character or word every match holds) skips them where they
cannot match, another ~1.8× (issue 18).
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

import pysbd
import pysbd.abbreviation_replacer
import pysbd.between_punctuation
import pysbd.exclamation_words
import pysbd.lang.english
import pysbd.lists_item_replacer
import pysbd.processor
import pysbd.punctuation_replacer
import pysbd.utils

from .casefold import FOLDS_TO_ASCII

# Abbreviations after which pysbd (0.3.4) still ends a sentence, seen in news copy about
# troops and money: "approx. 3,000", "Pres. Biden", "1,300 sq. km", "1.9 mln. rubles",
# "400 thous. rubles", "Tyumen reg.", "Airborne Bde.". Checked in tests/test_sentences.py.
MERGE_AFTER = re.compile(
    r"\b(?:approx|appr|est|ca|Pres|Pvt|Cpl|Adm|Cmdr|Gov|Amb|Dept|Col|Gen|Lt|Maj|Sgt|Capt|No|Nos|nos|vs|"
    r"Mr|Mrs|Ms|Dr|Sen|Rep|sq|mln|mn|bn|thous|rub|rbl|reg|obl|Min|Bde|Bn|Div|Regt|mi|km)\.\s*$")
# "c." (circa) before a figure, as encyclopedia and reference copy write it: "c. 15,000 (cumulative, April 2025)".
# (not a list's last letter: "three options: a, b and c." ends its sentence: review37)
CIRCA = re.compile(r"(?:^|[\s(])(?<!\band\s)(?<!\bor\s)(?<!,\s)c\.\s*$")
# A piece that starts in lower case continues the sentence before it ("1,300 sq km. in August").
CONTINUES = re.compile(r"^[a-z]")


@dataclass(frozen=True)
class Sentence:
    start: int   # offset in the cleaned text
    end: int
    text: str


@cache
def _compiled(pattern, flags: int = 0) -> re.Pattern:
    # pysbd's English rules build a bounded set of patterns (a few per abbreviation in its
    # list, ~1,500 in all): keeping every one costs a few MB and no recompilation.
    return re.compile(pattern, flags)


# Cheap tests that a text can hold a match of one of pysbd's patterns: (pattern, flags) → what every
# match must contain, a plain string or a pattern of its own. pysbd runs ~100 patterns over every
# paragraph and nearly all find nothing; Python's `re` tries a pattern of many look-behind
# alternatives at every position (the list patterns below were a third of pysbd's time, issue 18)
# while a substring test or a short pattern rules most paragraphs out at once. Where the test
# fails, the pattern finds nothing and the call returns what it would have (the text unchanged,
# [] or None); where it passes, pysbd's own pattern runs. Each entry is written from the pattern
# beside it (read it: every alternative needs what the guard asks for); tests/test_sentences.py
# checks every guard against its pattern on every line of the real articles and generated ones.
# A guard pattern opens with a plain character and puts what comes before it in a look-behind
# ("\)(?<=[a-z]\))", not "[a-z]\)"): `re` then jumps from one such character to the next instead
# of trying the pattern at every position, ten times faster on a paragraph (issue 18).
_GUARDS: dict[tuple[str, int], str | re.Pattern | Callable[[str], object]] = {
    # ListItemReplacer.ALPHABETICAL_LIST_WITH_PARENS: letters, then ")"
    (r"(?<=\()[a-z]+(?=\))|(?<=^)[a-z]+(?=\))|(?<=\A)[a-z]+(?=\))|(?<=\s)[a-z]+(?=\))", 0): re.compile(r"\)(?<=[a-z]\))"),
    # ListItemReplacer.NUMBERED_LIST_REGEX_1: every alternative is one or two digits after a space, the
    # start, "-" or "⁃", then "." and a space or ")"
    (r"\s\d{1,2}(?=\.\s)|^\d{1,2}(?=\.\s)|\s\d{1,2}(?=\.\))|^\d{1,2}(?=\.\))|(?<=\s\-)\d{1,2}(?=\.\s)|"
     r"(?<=^\-)\d{1,2}(?=\.\s)|(?<=\s\⁃)\d{1,2}(?=\.\s)|(?<=^\⁃)\d{1,2}(?=\.\s)|(?<=s\-)\d{1,2}(?=\.\))|"
     r"(?<=^\-)\d{1,2}(?=\.\))|(?<=\s\⁃)\d{1,2}(?=\.\))|(?<=^\⁃)\d{1,2}(?=\.\))", 0):
        re.compile(r"\.(?:(?<=[\s\-⁃]\d\.)|(?<=^\d\.)|(?<=[\s\-⁃]\d\d\.)|(?<=^\d\d\.))[\s)]"),
    # ListItemReplacer.ALPHABETICAL_LIST_WITH_PERIODS: one letter at the start or after a space, then "."
    (r"(?<=^)[a-z](?=\.)|(?<=\A)[a-z](?=\.)|(?<=\s)[a-z](?=\.)", 0): re.compile(r"\.(?<=[a-z]\.)(?<!\S[a-z]\.)"),
    # ListItemReplacer.NUMBERED_LIST_PARENS_REGEX
    (r"\d{1,2}(?=\)\s)", 0): re.compile(r"\)(?<=\d\))\s"),
    # BetweenPunctuation.BETWEEN_DOUBLE_QUOTES_REGEX_2, _PARENS_REGEX_2, _SINGLE_QUOTE_SLANTED_REGEX
    (r'"(?=(?P<tmp>[^\"\\]+|\\{2}|\\.)*)(?P=tmp)"', 0): '"',
    (r"\((?=(?P<tmp>[^\(\)\\]+|\\{2}|\\.)*)(?P=tmp)\)", 0): "(",
    (r"(?<=\s)‘(?:[^’]|’[a-zA-Z])*’", 0): "‘",
    # BetweenPunctuation.BETWEEN_SINGLE_QUOTES_REGEX and WORD_WITH_LEADING_APOSTROPHE: a space, then "'"
    (r"(?<=\s)'(?:[^']|'[a-zA-Z])*'", 0): re.compile(r"'(?<=\s')"),
    (r"(?<=\s)'(?:[^']|'[a-zA-Z])*'\S", 0): re.compile(r"'(?<=\s')"),
    # Common.NUMBERED_REFERENCE_REGEX: not a digit or space, "." or "∯", then "[" or a digit
    (r"(?<=[^\d\s])(\.|∯)((\[(\d{1,3},?\s?-?\s?)*\b\d{1,3}\])+|((\d{1,3}\s?)?\d{1,3}))(\s)(?=[A-Z])", 0):
        lambda t: _if_any(".∯", t) and _NUMBERED_REFERENCE_GUARD.search(t),
    # Common.CONTINUOUS_PUNCTUATION_REGEX, MULTI_PERIOD_ABBREVIATION_REGEX (case-blind, as the guard)
    (r"(?<=\S)(!|\?){3,}(?=(\s|\Z|$))", 0): lambda t: _if_any("!?", t) and _THREE_MARKS.search(t),
    (r"\b[a-z](?:\.[a-z])+[.]", re.IGNORECASE): re.compile(r"\.(?<=[a-z]\.)[a-z]\.", re.IGNORECASE),
    # Common.PARENS_BETWEEN_DOUBLE_QUOTES_REGEX, ListItemReplacer.ROMAN_NUMERALS_IN_PARENTHESES
    (r'["\”]\s\(.*\)\s["\“]', 0): "(",
    (r"\(((?=[mdclxvi])m*(c[md]|d?c*)(x[cl]|l?x*)(i[xv]|v?i*))\)(?=\s[A-Z])", 0): "(",
    # the ellipsis rules
    (r"(?<=\S)\.{3}(?=\.\s[A-Z])", 0): "....",
    (r"(?<=[a-z])(\.\s){3}\.($|\\n)", 0): re.compile(r"\.\s\.\s\.\s\."),
    # Standard.GeoLocationRule, FileFormatRule, Common.KommanditgesellschaftRule
    (r"(?<=[a-zA-z]°)\.(?=\s*\d+)", 0): "°.",
    (r"(?<=\s)\.(?=(jpe?g|png|gif|tiff?|pdf|ps|docx?|xlsx?|svg|bmp|tga|exif|odt|html?|txt|rtf|bat|sxw|xml|zip|exe|msi|"
     r"blend|wmv|mp[34]|pptx?|flac|rb|cpp|cs|js)\s)", 0): re.compile(r"\.(?<=\s\.)"),
    (r"(?<=Co)\.(?=\sKG)", 0): "Co.",
    # the "a.m."/"p.m." and "U.S." rules, once their dots are "∯"
    (r"(?<=p∯m)∯(?=\s[A-Z])", 0): "p∯m∯",
    (r"(?<= P∯M)∯(?=\s[A-Z])", 0): " P∯M∯",
    (r"(?<=a∯m)∯(?=\s[A-Z])", 0): "a∯m∯",
    (r"(?<=A∯M)∯(?=\s[A-Z])", 0): "A∯M∯",
    # a single capital or one or two digits at the start of the text, then "."
    (r"(?<=^[A-Z])\.(?=\s)", 0): re.compile(r"\A[A-Z]\."),
    (r"(?<=^\d)\.(?=(\s\S)|\))", 0): re.compile(r"\A\d\."),
    (r"(?<=^\d\d)\.(?=(\s\S)|\))", 0): re.compile(r"\A\d\d\."),
    (r"(?<=\r\d)\.(?=(\s\S)|\))", 0): "\r",
    (r"!Xũ|!Kung|ǃʼOǃKung|!Xuun|!Kung\-Ekoka|ǃHu|ǃKhung|ǃKu|ǃung|ǃXo|ǃXû|ǃXung|ǃXũ|!Xun|Yahoo!|Y!J|Yum!", 0):
        lambda t: _if_any("!ǃ", t),
    # Common.SingleLetterAbbreviationRules.SingleUpperCaseLetterRule, Standard's email rule,
    # EllipsisRules.ThreeSpaceRule, Common.Numbers.NumberAfterPeriodBeforeLetterRule: their dots first
    (r"(?<=\s[A-Z])\.(?=,?\s)", 0): re.compile(r"\.(?<=\s[A-Z]\.)"),
    (r"([a-zA-Z0-9_])(\.)([a-zA-Z0-9_])", 0): re.compile(r"\.(?<=[a-zA-Z0-9_]\.)[a-zA-Z0-9_]"),
    (r"(\s\.){3}\s", 0): re.compile(r"\.(?<=\s\.)\s\.\s\.\s"),
    (r"(?<=\d)\.(?=\S)", 0): re.compile(r"\.(?<=\d\.)\S"),
    # Standard.SingleNewLineRule
    (r"\n", 0): "\n",
}
_NUMBERED_REFERENCE_GUARD = re.compile(r"[.∯](?<=[^\d\s][.∯])[\[\d]")
_THREE_MARKS = re.compile(r"[!?]{3}")


def _if_any(chars: str, text: str) -> bool | None:
    """True when `text` holds one of `chars`, else None (a guard's "cannot match")."""
    return True if any(c in text for c in chars) else None


# A pattern of plain characters (pysbd's placeholder symbols "∯", "&✂&", escaped "\(") matches
# where it is a substring: it is its own guard.
_LITERAL = re.compile(r"(?:[^\\.^$*+?{}\[\]|()]|\\[^A-Za-z0-9])+")


def _guard(pattern: str, flags: int):
    """The test a text must pass to hold a match of `pattern` (None: no test, run it)."""
    guard = _GUARDS.get((pattern, flags))
    if guard is None and not flags and _LITERAL.fullmatch(pattern):
        guard = re.sub(r"\\(.)", r"\1", pattern)
    if isinstance(guard, str):
        guard = re.compile(re.escape(guard))     # a plain string: `re` searches it as fast as `in`
    if callable(guard):
        return guard                             # a test of a few characters, then a pattern
    return guard.search if guard is not None else None


@cache
def _guarded(pattern: str, flags: int = 0):
    """(the guard's search or None, the compiled pattern): one look-up per call, as pysbd makes
    ~100 calls per paragraph."""
    return _guard(pattern, flags), _compiled(pattern, flags)


def _kept_sub(p, repl, s, count=0, flags=0):
    guard, rx = _guarded(p, flags)
    if guard is not None and guard(s) is None:
        return str(s)            # what `re.sub` returns when nothing matches: the text, as a str
    return rx.sub(repl, s, count)


def _kept_findall(p, s, flags=0):
    guard, rx = _guarded(p, flags)
    return [] if guard is not None and guard(s) is None else rx.findall(s)


def _kept_search(p, s, flags=0):
    guard, rx = _guarded(p, flags)
    return None if guard is not None and guard(s) is None else rx.search(s)


def _kept_re() -> types.ModuleType:
    """`re` with module-level functions that keep their compiled patterns (no 512-entry cache),
    and skip a pattern where its guard (`_GUARDS`) shows it cannot match."""
    kept = types.ModuleType("claimtrack_kept_re")
    kept.__dict__.update({k: v for k, v in vars(re).items() if not k.startswith("__")})
    kept.compile = _compiled
    kept.sub = _kept_sub
    kept.subn = lambda p, repl, s, count=0, flags=0: _compiled(p, flags).subn(repl, s, count)
    kept.search = _kept_search
    kept.match = lambda p, s, flags=0: _compiled(p, flags).match(s)
    kept.fullmatch = lambda p, s, flags=0: _compiled(p, flags).fullmatch(s)
    kept.findall = _kept_findall
    kept.finditer = lambda p, s, flags=0: _compiled(p, flags).finditer(s)
    kept.split = lambda p, s, maxsplit=0, flags=0: _compiled(p, flags).split(s, maxsplit)
    return kept


_PYSBD_MODULES = (pysbd.abbreviation_replacer, pysbd.between_punctuation, pysbd.exclamation_words,
                  pysbd.lists_item_replacer, pysbd.processor, pysbd.punctuation_replacer, pysbd.utils)


_SPACE = re.compile(r"\s")
_PLAIN = re.compile(r"[a-z0-9]+")
# (opens with the space rather than looking behind for it: `re` then jumps from space to space;
# the same words, as a match ends at a dot and the next starts at a later space; possessive, "++":
# a word with no dot after it is given up at once, not shortened letter by letter)
_DOTTED_WORD = re.compile(r" ([a-z0-9]++)\.")
_ORIGINAL = pysbd.abbreviation_replacer.AbbreviationReplacer.search_for_abbreviations_in_string   # for the tests
_ORIGINAL_APPLY = pysbd.utils.Text.apply
_ORIGINAL_BOUNDARY = pysbd.abbreviation_replacer.AbbreviationReplacer.replace_abbreviation_as_sentence_boundary


@lru_cache(maxsize=4)
def _abbreviations_of(abbreviations: tuple[str, ...]) -> tuple[tuple[str, bool], ...]:
    return tuple((a.strip(), bool(_PLAIN.fullmatch(a.strip()))) for a in abbreviations)


def _abbreviations(abbreviations: list[str]) -> tuple[tuple[str, bool], ...]:
    """pysbd's abbreviations in its order, stripped, each with whether it is plain letters and digits."""
    return _abbreviations_of(tuple(abbreviations))


@lru_cache(maxsize=4)
def _abbreviation_index(entries: tuple[tuple[str, bool], ...]) -> tuple[dict[str, list[int]], tuple[tuple[int, str], ...]]:
    """({plain abbreviation: its places in the list}, ((place, abbreviation) of the others))."""
    plain_at: dict[str, list[int]] = {}
    for i, (a, plain) in enumerate(entries):
        if plain:
            plain_at.setdefault(a, []).append(i)
    return plain_at, tuple((i, a) for i, (a, plain) in enumerate(entries) if not plain)


def _search_for_abbreviations_in_string(self, text):
    """pysbd 0.3.4's `AbbreviationReplacer.search_for_abbreviations_in_string` with one more
    test before its two pattern searches per abbreviation: a plain abbreviation ("no", "gen")
    is searched only when it stands at the start of a word with a dot after it (the first
    pattern wants white space or the line's start before it, every replacement a dot after it);
    pysbd's own test, "anywhere in the line", passes for many more (issue 18: this method was
    half of pysbd's time). Same output: the test fails only where the replacements would change
    nothing; abbreviations with a dot, and texts with a character that
    IGNORECASE folds to ASCII (İ ı ſ K), take pysbd's path."""
    lowered = text.lower()
    # (white space other than " " is unprintable: most lines have none, and need no substitution)
    spaced = lowered if lowered.isprintable() else _SPACE.sub(" ", lowered)
    words = " " + spaced if not FOLDS_TO_ASCII.search(text) else None
    # Every replacement turns the dot right after the abbreviation into "∯": a plain abbreviation
    # not written "<word start>abbr." changes nothing (replacements only take dots away, so this
    # holds for the text as the loop changes it too). Most lines have a handful of such words.
    dotted = set(_DOTTED_WORD.findall(words)) if words is not None else None
    entries = _abbreviations(self.lang.Abbreviation.ABBREVIATIONS)
    if dotted is None:
        wanted = [a for a, _ in entries if a in lowered]
    else:
        # the same abbreviations in the same order as the loop over all 188 would take, found from
        # the few dotted words of the line (a Python loop over the list cost a tenth of pysbd's time)
        plain_at, others = _abbreviation_index(entries)
        picks = [i for w in dotted for i in plain_at.get(w, ())] + [i for i, a in others if a in lowered]
        wanted = [entries[i][0] for i in sorted(picks)]
    for stripped in wanted:
        abbrev_match = _compiled(rf"(?:^|\s|\r|\n){stripped}", re.IGNORECASE).findall(text)
        if not abbrev_match:
            continue
        next_word_start = r"(?<={" + str(re.escape(stripped)) + "} ).{1}"
        char_array = _compiled(next_word_start).findall(text)
        for ind, match in enumerate(abbrev_match):
            text = self.scan_for_replacements(text, match, ind, char_array)
    return text


@lru_cache(maxsize=64)
def _any_guard(rules: tuple) -> Callable[[str], object] | None:
    """One search for the guards of all `rules` (each a plain pattern without flags), or None when a
    rule has no such guard. Where it finds nothing, no rule can match the text, nor then the text
    the rule before left (unchanged): the rules leave it as it is."""
    parts = []
    for rule in rules:
        rx = getattr(_guard(rule.pattern, 0), "__self__", None)
        if not isinstance(rx, re.Pattern) or rx.flags & ~re.UNICODE:
            return None
        parts.append(f"(?:{rx.pattern})")
    return re.compile("|".join(parts)).search


def _apply(self, *rules):
    """pysbd 0.3.4's `Text.apply` (each rule's `re.sub` in turn) with the rule's guard and compiled
    pattern looked up here, as `_kept_sub` does: one Python call less per rule, ~80 rules a paragraph.
    A list of rules whose guards all fail at once is skipped with one search (`_any_guard`: the
    placeholders' 17 rules, run on every sentence, find one in a few sentences)."""
    text = self
    if len(rules) > 1:
        any_guard = _any_guard(rules)
        if any_guard is not None and any_guard(text) is None:
            return str(text)
    for rule in rules:
        guard, rx = _guarded(rule.pattern)
        text = str(text) if guard is not None and guard(text) is None else rx.sub(rule.replacement, text)
    return text


@cache
def _boundary_pattern(starters: tuple[str, ...]) -> str:
    starts = "|".join(rf"(?=\s{word}\s)" for word in starters)
    return rf"(U∯S|U\.S|U∯K|E∯U|E\.U|U∯S∯A|U\.S\.A|I|i.v|I.V)∯({starts})"


def _replace_abbreviation_as_sentence_boundary(self):
    """pysbd 0.3.4's `AbbreviationReplacer.replace_abbreviation_as_sentence_boundary`, its pattern
    built once rather than joined from 24 words on every paragraph, and run only on a text with
    the "∯" every match of it holds (the dot of "U.S." as earlier rules leave it)."""
    if "∯" in self.text:
        self.text = _kept_sub(_boundary_pattern(tuple(self.SENTENCE_STARTERS)), "\\1.", self.text)
    else:
        self.text = str(self.text)       # what the `re.sub` that finds nothing returns
    return self.text


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    kept = _kept_re()
    for module in _PYSBD_MODULES:
        if getattr(module, "re", None) is re:
            module.re = kept
    if pysbd.__version__ == "0.3.4":      # the methods copied above; another version keeps its own
        replacer = pysbd.abbreviation_replacer.AbbreviationReplacer
        replacer.search_for_abbreviations_in_string = _search_for_abbreviations_in_string
        replacer.replace_abbreviation_as_sentence_boundary = _replace_abbreviation_as_sentence_boundary
        pysbd.utils.Text.apply = _apply
    return pysbd.Segmenter(language="en", clean=False)


def _locate(sentences: list[str], text: str) -> list[str]:
    """What `pysbd.Segmenter.segment` returns for `text` (clean=False), without compiling a
    pattern per sentence: each sentence with its trailing white space, found after the one
    before; a sentence the processor altered (not found in the text) is dropped, as pysbd does."""
    out, prior = [], 0
    for sent in sentences:
        pos = 0
        while (at := text.find(sent, pos)) >= 0:
            end = at + len(sent)
            while end < len(text) and text[end].isspace():
                end += 1
            if end > prior:
                out.append(text[at:end])
                prior = end
                break
            pos = end if end > at else at + 1
    return out


def _segment(para: str) -> list[str]:
    seg = _segmenter()
    return _locate(seg.processor(para).process(), para) if para else []


# A line pysbd returns whole, found without it (issue 18: a third of pysbd's time went on such
# lines): letters, digits, spaces and a few marks, with at most one end mark, last. Every rule of
# pysbd that splits needs something this leaves out: a dot, "!" or "?" inside, a bracket, a
# list item ("a)", "1."), a line break, or a quote beside a dash ("-' Then", "-\" Then": pysbd's
# end-of-quotation split takes "-" for an end mark; left out both ways round). Double quotes
# (straight or curly) may stand inside, not first: pysbd keeps a quoted span whole but makes one
# that opens a paragraph and is followed by a capital a sentence of its own ('"Surrender" Ukraine
# said.'); inside a line with no end mark but the last, its boundary pattern runs from the line's
# first character to that mark (issue 18: a sixth of the lines with quotes). A line may also open
# with a quote whose first closing quote of its kind follows a comma and is not doubled ('"We will
# win," Zelensky said.', the common form of quoted speech): that pattern of pysbd ('"[^"]*[^,]"')
# wants a closing quote after some other character, and its span reaches past the first closing
# quote only onto a second right after it (issue 18: a tenth of the paragraphs with quotes pysbd
# still got). tests/test_sentences.py checks that
# pysbd gives the same sentence on every such line of the seeds, dev and heldout sets and on
# thousands of generated ones, quotes among their words and first.
ONE_SENTENCE = re.compile(r"(?!.*(?:-['\"“”]|['\"“”]-))(?:[A-Za-z0-9]|\"(?=[^\"]*,\"(?!\"))|“(?=[^”]*,”(?!”)))"
                          r"[A-Za-z0-9 ,;:’'\-–—$%€£₽/&\"“”]*[.!?]?")

# A paragraph of such sentences, each ending in "." after a word of two letters or more and the
# next starting with a capital after one space, is split by pysbd at those dots and nowhere else
# (issue 18: about a fifth of the paragraphs pysbd was still given). Read from pysbd 0.3.4's
# rules: a dot it keeps inside a sentence is one after an abbreviation of its list written as a
# word of its own (`_plain_pieces` checks each), after a single letter or a digit, or before a
# digit, a lower-case letter or a mark; quotes, brackets and list markers are left out, as are
# the straight single quote but between two letters ("Kim's", "don't": each rule of pysbd on it
# wants a space or a mark beside it), "--" (a span between two of them is kept
# whole) and double spaces (its run-of-blanks boundary). tests/test_sentences.py checks it
# against pysbd on every such paragraph of the real articles and on thousands of generated ones.
_PLAIN_CHAR = r"(?:[A-Za-z0-9,;:’\-–—$%€£₽/&]|(?<=[A-Za-z])'(?=[A-Za-z]))"     # "'" only inside a word: "Kim's"
_PLAIN_BODY = rf"[A-Za-z0-9]{_PLAIN_CHAR}*(?: {_PLAIN_CHAR}+)*"
PLAIN_SENTENCES = re.compile(rf"(?!.*--){_PLAIN_BODY}(?:(?<=[A-Za-z][A-Za-z])\. (?=[A-Z]){_PLAIN_BODY})+\.?")
# (a word before ". ", whole: a match can only start where a word does, and "++" gives up a word
# with no ". " after it at once instead of shortening it letter by letter; the same matches)
_DOTTED = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]++(?=\. )")


@lru_cache(maxsize=1)
def _abbreviation_words() -> frozenset[str]:
    return frozenset(a.strip().lower() for a in pysbd.lang.english.English.Abbreviation.ABBREVIATIONS)


# A one-sentence line may also hold a parenthesis ("the National Intelligence Service (NIS) said",
# "at 80,000 rubles ($890) a month"), where pysbd keeps it whole as well: the line holds no quote and
# opens with no bracket (pysbd's boundary pattern makes a bracketed span that starts a sentence and is
# followed by a capital a sentence of its own); each parenthesis closes before the next opens; no
# word before a ")" is a list letter or roman numeral of pysbd's list rules ("(a)", "iv)"), nor is a
# bracket's whole content a lower-case roman numeral ("(mix)"); and one number at most stands right
# before a ")" and a space (two in sequence, "1) ... 2) ...", make a numbered list). pysbd's other
# rules about brackets change only the full stops and apostrophes inside them, and the line has no
# full stop but its last character (issue 18: a quarter of the lines with brackets pysbd still got).
# tests/test_sentences.py checks every such line of the real articles and thousands of generated
# ones against pysbd.
ONE_SENTENCE_BRACKETED = re.compile(r"(?!.*(?:-'|'-))[A-Za-z0-9][A-Za-z0-9 ,;:’'\-–—$%€£₽/&()]*[.!?]?")
_BRACKET_CLOSED = re.compile(r"(?:\([^()]*\)|[^()])*")
_LIST_ITEM_BEFORE_CLOSE = re.compile(r"(?:(?<=\()|(?<=\s)|^)([a-z]+)(?=\))")
_ROMAN_CONTENT = re.compile(r"\([mdclxvi]+\)")
_NUMBER_BEFORE_CLOSE = re.compile(r"\d{1,2}(?=\)\s)")


@lru_cache(maxsize=1)
def _list_items() -> frozenset[str]:
    replacer = pysbd.lists_item_replacer.ListItemReplacer
    return frozenset(replacer.ROMAN_NUMERALS) | frozenset(replacer.LATIN_NUMERALS)


def _one_bracketed_sentence(line: str) -> bool:
    """Is `line` (stripped) a one-sentence line with a parenthesis that pysbd returns whole? (See
    ONE_SENTENCE_BRACKETED.)"""
    return bool(ONE_SENTENCE_BRACKETED.fullmatch(line) and _BRACKET_CLOSED.fullmatch(line)
                and not any(m.group(1) in _list_items() for m in _LIST_ITEM_BEFORE_CLOSE.finditer(line))
                and not _ROMAN_CONTENT.search(line) and len(_NUMBER_BEFORE_CLOSE.findall(line)) <= 1)


def _plain_pieces(para: str) -> list[str] | None:
    """pysbd's sentences of a PLAIN_SENTENCES paragraph, or None where a dot ends an abbreviation."""
    words = _abbreviation_words()
    if any(w.group().lower() in words for w in _DOTTED.finditer(para)):
        return None
    return para.replace(". ", ".\n").split("\n")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; `text[s.start:s.end] == s.text` for each."""
    out: list[Sentence] = []
    for m in re.finditer(r"[^\n]+", text):
        para, base = m.group(), m.start()
        whole = para.strip()
        if ONE_SENTENCE.fullmatch(whole) or (("(" in whole or ")" in whole) and _one_bracketed_sentence(whole)):
            a = base + len(para) - len(para.lstrip())
            out.append(Sentence(a, a + len(whole), whole))
            continue
        # (". " and no quote or bracket: what PLAIN_SENTENCES needs, tested first as most paragraphs fail there)
        plain = ". " in para and '"' not in para and "(" not in para and PLAIN_SENTENCES.fullmatch(para)
        pieces = _plain_pieces(para) if plain else None
        cursor = 0
        spans: list[list[int]] = []
        for piece in _segment(para) if pieces is None else pieces:
            piece = piece.strip()
            if not piece:
                continue
            at = para.find(piece, cursor)
            if at < 0:  # pysbd altered the text; fall back to the rest of the paragraph
                at, piece = cursor, para[cursor:].strip()
                if not piece:
                    break
                at = para.find(piece, cursor)
            if spans and (MERGE_AFTER.search(para[spans[-1][0]:spans[-1][1]]) or CONTINUES.match(piece)
                          or (CIRCA.search(para[spans[-1][0]:spans[-1][1]]) and piece[:1].isdigit())):
                spans[-1][1] = at + len(piece)
            else:
                spans.append([at, at + len(piece)])
            cursor = at + len(piece)
        for a, b in spans:
            out.append(Sentence(base + a, base + b, text[base + a:base + b]))
    return out
