"""Which compiled patterns cost `re`'s time in reading + extraction, and what RE2 or a per-sentence
gate could save, measured before building either (the tenth reading + extraction pass, issue 18).

Every pattern the package (and pysbd, through it) compiles is wrapped, before the package is
imported, in a proxy that times each call of `search`, `match`, `fullmatch`, `finditer` (each step),
`findall`, `sub`, `subn` and `split` on the real pattern (self time: a `sub` whose replacement calls
other patterns is charged only its own), counts the calls and the ones that find nothing (None, no
match, no change), and keeps where the pattern was compiled. `iter_claims` then runs over varied
real articles (`realcopy.make_corpus`, seed 18) and the table lists the patterns by time, with
whether RE2 could run each as it is (no look-around, back-reference, atomic group or possessive
quantifier) and whether its classes (\\w \\b \\d \\s, case-blind letters) read non-ASCII text as
`re` does. The proxy's own cost is outside the times; the whole run is slower than a plain one.
With `--replay` the calls are recorded too, and the collector's passes over the records land in
whichever call allocates: read the table from a run without it.

`--replay N` then calls each of the N costliest patterns again on its recorded inputs three ways:
as the package did; behind an RE2 gate (google-re2's core on the UTF-8 bytes of an ASCII text, a
superset of the pattern: look-arounds dropped, `\\s` spelt as `re` reads it; `re` only where RE2
finds a match); and behind a literal gate (`re` only where the text holds one of the strings every
match holds, `required`, read from the parsed pattern). Both gates are asserted never to refuse a
call where `re` found something. `--choices F` keeps, per pattern, the gate that saved over 0.5 ms
in the replay; `--compare F` runs `iter_claims` in child processes with those gates put in front
of the patterns as they are compiled (`install_gates`) and without, interleaved, and compares CPU
and the claims (a hash of their CSV): the end-to-end figure, with the gates' Python cost. Needs
`pip install google-re2`; not run by `make bench`: an analysis, not a target.

    .venv/bin/python benchmarks/engine_estimate.py [--articles 700] [--top 30] [--json F]
    .venv/bin/python benchmarks/engine_estimate.py --top 30 --replay 2000 --choices /tmp/gates.json
    .venv/bin/python benchmarks/engine_estimate.py --compare /tmp/gates.json [F2 …] [--folder DIR] [--runs 6]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_real_compile = re._compile
_RealPattern = re.Pattern
STATS: dict[tuple[str, int], dict] = {}
_stack = [0]          # child time of the calls in progress (self time = elapsed - children)
_perf = time.perf_counter_ns


def _site() -> str:
    for frame in reversed(traceback.extract_stack(limit=12)[:-3]):
        if "/re/" not in frame.filename and "engine_estimate" not in frame.filename:
            parts = Path(frame.filename).parts
            return f"{'/'.join(parts[-2:])}:{frame.lineno}"
    return "?"


class _Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, (_RealPattern, Proxy))


class PatternType(metaclass=_Meta):
    def __class_getitem__(cls, item):
        return cls


RECORD_ALL = False
RECORD: set = set()     # keys of the patterns whose calls are kept (method, arguments) for replay


def _timed(stat: dict, fn, args, empty):
    _stack.append(0)
    start = _perf()
    try:
        out = fn(*args)
    finally:
        elapsed = _perf() - start
        child = _stack.pop()
        stat["ns"] += elapsed - child
        _stack[-1] += elapsed
        stat["calls"] += 1
        stat["chars"] += len(args[0]) if args and isinstance(args[0], str) else 0
    if empty(out):
        stat["misses"] += 1
    return out


class Proxy:
    __slots__ = ("rx", "stat")

    def __init__(self, rx, stat):
        self.rx = rx
        self.stat = stat

    def __getattr__(self, name):
        return getattr(self.rx, name)

    def _log(self, method, a):
        if RECORD_ALL or self.stat["key"] in RECORD:
            self.stat["log"].append((method, a))

    def search(self, *a):
        self._log("search", a)
        return _timed(self.stat, self.rx.search, a, _none)

    def match(self, *a):
        self._log("match", a)
        return _timed(self.stat, self.rx.match, a, _none)

    def fullmatch(self, *a):
        self._log("fullmatch", a)
        return _timed(self.stat, self.rx.fullmatch, a, _none)

    def findall(self, *a):
        self._log("findall", a)
        return _timed(self.stat, self.rx.findall, a, _falsy)

    def split(self, *a, **k):
        return _timed(self.stat, lambda *b: self.rx.split(*b, **k), a, lambda out: len(out) == 1)

    def subn(self, repl, text, count=0):
        self._log("subn", (text,))
        return _timed(self.stat, lambda t: self.rx.subn(repl, t, count), (text,), lambda out: out[1] == 0)

    def sub(self, repl, text, count=0):
        return self.subn(repl, text, count)[0]

    def finditer(self, text, *a):
        stat = self.stat
        self._log("finditer", (text, *a))
        it = _timed(stat, self.rx.finditer, (text, *a), lambda out: False)
        stat["calls"] -= 1           # counted below, once per finditer
        found = 0
        while True:
            _stack.append(0)
            start = _perf()
            m = next(it, None)
            elapsed = _perf() - start
            stat["ns"] += elapsed - _stack.pop()
            _stack[-1] += elapsed
            if m is None:
                break
            found += 1
            yield m
        stat["calls"] += 1
        stat["misses"] += found == 0

    def __hash__(self):
        return hash(self.rx)

    def __eq__(self, other):
        return self.rx == (other.rx if isinstance(other, Proxy) else other)

    def __repr__(self):
        return f"Proxy({self.rx!r})"


def _none(out):
    return out is None


def _falsy(out):
    return not out


def _compile(pattern, flags=0):
    if isinstance(pattern, Proxy):
        return pattern
    rx = _real_compile(pattern, flags)
    key = (rx.pattern, rx.flags)
    stat = STATS.get(key)
    if stat is None:
        stat = STATS[key] = {"ns": 0, "calls": 0, "misses": 0, "chars": 0, "site": _site(), "proxy": None,
                             "key": key, "log": []}
    if stat["proxy"] is None:
        stat["proxy"] = Proxy(rx, stat)
    return stat["proxy"]


def install() -> None:
    re._compile = _compile
    re.Pattern = PatternType


# What RE2 cannot run at all, and what it reads otherwise than `re` on non-ASCII text.
RE2_UNSUPPORTED = re.compile(r"\(\?<?[=!]|\(\?P=|\\[1-9]|\(\?>|[*+?}]\+|\(\?\(")
RE2_ASCII_CLASSES = re.compile(r"\\[wWbBdDsS]")


def re2_kind(pattern: str, flags: int) -> str:
    """'no' (look-around etc.), 'ascii' (runs, but its classes or case folding differ from `re` on
    non-ASCII text: only where the text is ASCII), or 'yes'."""
    if isinstance(pattern, bytes):
        return "bytes"
    plain = re.sub(r"\\\\", "", pattern)
    if RE2_UNSUPPORTED.search(plain):
        return "no"
    if RE2_ASCII_CLASSES.search(plain) or flags & re.IGNORECASE:
        return "ascii"
    return "yes"


LOOKAROUND_OPEN = ("(?=", "(?!", "(?<=", "(?<!")


def _group_end(p: str, i: int) -> int:
    """Index after the group opening at p[i] ("("), skipping escapes and classes."""
    depth, k, in_class = 0, i, False
    while k < len(p):
        c = p[k]
        if c == "\\":
            k += 2
            continue
        if in_class:
            in_class = c != "]" or p[k - 1] == "["
        elif c == "[":
            in_class = True
            if p[k + 1:k + 2] == "^":
                k += 1
            if p[k + 1:k + 2] == "]":
                k += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return k + 1
        k += 1
    raise ValueError("unbalanced")


def superset(p: str) -> tuple[str, bool]:
    """The pattern with its look-arounds dropped, atomic groups plain and possessive quantifiers
    greedy, \\s spelt as `re` reads it on ASCII text and \\Z as \\z: it matches wherever `re`'s pattern
    does on ASCII text (and more where something was dropped). Returns (pattern, exact)."""
    out, k, exact, in_class = [], 0, True, False
    while k < len(p):
        c = p[k]
        if c == "\\":
            esc = p[k:k + 2]
            if esc == "\\s":
                out.append("\\t-\\r\\x1c-\\x20" if in_class else "[\\t-\\r\\x1c-\\x20]")
            elif esc == "\\S":
                out.append("[^\\t-\\r\\x1c-\\x20]" if not in_class else "\\S")
                exact &= not in_class
            elif esc == "\\Z":
                out.append("\\z")
            elif esc == "\\u":
                out.append("\\x{" + p[k + 2:k + 6] + "}")
                k += 4
            else:
                out.append(esc)
            k += 2
            continue
        if in_class:
            in_class = c != "]"
            out.append(c)
            k += 1
            continue
        if c == "[":
            in_class = True
            j = k + 1 + (p[k + 1:k + 2] == "^")
            if p[j:j + 1] == "]":
                j += 1
            out.append(p[k:j])
            k = j
            continue
        if p.startswith(LOOKAROUND_OPEN, k):
            k = _group_end(p, k)
            exact = False
            continue
        if p.startswith("(?>", k):
            out.append("(?:")
            k += 3
            exact = False
            continue
        if c == "+" and k and p[k - 1] in "*+?}" and (k < 2 or p[k - 2] != "\\"):
            k += 1
            exact = False
            continue
        out.append(c)
        k += 1
    return "".join(out), exact


def _required(items) -> set[str] | None:
    """Strings of which every match of the parsed sequence `items` holds one (None: no such set
    found). Adjacent literals join into one string; of a sequence's parts the one with the longest
    shortest string is kept; a branch is the union of its branches'."""
    from re import _constants as C
    best, run = None, []

    def keep(cand):
        nonlocal best
        if cand and (best is None or min(map(len, cand)) > min(map(len, best))
                     or (min(map(len, cand)) == min(map(len, best)) and len(cand) < len(best))):
            best = cand

    for op, av in list(items) + [(None, None)]:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            keep({"".join(run)})
            run = []
        if op is C.SUBPATTERN:
            if not av[1] & C.SRE_FLAG_IGNORECASE:     # a scoped (?i:…) is left out (read case-blind)
                keep(_required(av[-1]))
        elif op is C.BRANCH:
            parts = [_required(b) for b in av[1]]
            if all(parts):
                keep(set().union(*parts))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            keep(_required(av[2]))
        elif op is C.ATOMIC_GROUP:
            keep(_required(av))
        elif op is C.IN and all(o is C.LITERAL for o, _ in av) and len(av) <= 4:
            keep({chr(v) for _, v in av})
    return best


def required(pattern: str, flags: int) -> set[str] | None:
    """`_required` of the whole pattern, lower-cased for a case-blind one (then read in the lower-cased text)."""
    from re import _parser
    parsed = _parser.parse(pattern, flags)
    found = _required(parsed)
    if found and (flags | parsed.state.flags) & re.IGNORECASE:
        found = {f.lower() for f in found}
    return found


CHOICES: list[dict] = []


def _call(rx, method, a):
    """The package's call again (finditer: its first match, where a gate's question ends)."""
    if method == "subn":
        return rx.subn("", a[0])[1] > 0
    if method == "finditer":
        return next(rx.finditer(*a), None)
    return getattr(rx, method)(*a)


def replay(rows, whole: float, top: int) -> None:
    """Each of the `top` patterns' recorded calls again, three ways: `re` as the package calls it; RE2
    (its pybind11 core: one Match of the UTF-8 bytes, no groups) run first as a gate, `re` only where
    RE2 finds a match (ASCII texts only: RE2's classes are ASCII; the others stay on `re` after one
    `str.isascii`); and a literal gate, `re` only where the text (lower-cased for a case-blind
    pattern, the lowering timed) holds one of the strings every match holds (`required`). Both
    gates are checked: neither may refuse a call where `re` found something."""
    import re2
    from re2 import _re2

    anchors = {"search": _re2.RE2.Anchor.UNANCHORED, "match": _re2.RE2.Anchor.ANCHOR_START,
               "fullmatch": _re2.RE2.Anchor.ANCHOR_BOTH}
    perf = time.perf_counter_ns
    null = (-1, -1)
    sums = {"re": 0, "re2": 0, "lit": 0, "best": 0}
    CHOICES.clear()
    print(f"{'#':>3} {'re s':>6} {'RE2 s':>6} {'lit s':>6} {'ascii%':>6} {'RE2>%':>5} {'lit>%':>5} {'exact':5} "
          f"site  required strings")
    for i, ((pat, flags), s) in enumerate(rows[:top], 1):
        if isinstance(pat, bytes) or flags & re.VERBOSE:
            continue
        rx, calls = s["proxy"].rx, s["log"]
        t_re = t_re2 = t_lit = 0
        n_ascii = n_re2 = n_lit = 0
        found = []
        for method, a in calls:
            start = perf()
            out = _call(rx, method, a)
            t_re += perf() - start
            found.append(bool(out))
        sup, exact = superset(pat)
        opts = re2.Options()
        opts.case_sensitive = not flags & re.IGNORECASE
        opts.dot_nl = bool(flags & re.DOTALL)
        opts.log_errors = False
        opts.never_capture = True            # a gate needs no groups: RE2 then stays on its DFA
        core = _re2.RE2((("(?m)" if flags & re.MULTILINE else "") + sup).encode(), opts)
        if core.ok():
            for (method, a), hit_re in zip(calls, found, strict=True):
                text = a[0]
                start = perf()
                if text.isascii():
                    b = text.encode()
                    if len(a) > 2 and a[2] < len(b):     # RE2 reads "$" at the end of the bytes, not at endpos
                        b = b[:a[2]]
                    hit = core.Match(anchors.get(method, anchors["search"]), b, a[1] if len(a) > 1 else 0,
                                     len(b))[0] != null
                    if hit:
                        _call(rx, method, a)
                    elif hit_re:
                        raise AssertionError(f"the RE2 gate refused a match: {pat[:80]!r} on {text[:80]!r}")
                    n_ascii += 1
                    n_re2 += hit
                else:
                    _call(rx, method, a)
                t_re2 += perf() - start
        else:
            t_re2 = t_re
        needs = required(pat, flags)
        if needs:
            blind = bool((flags | re.compile(pat, flags).flags) & re.IGNORECASE)
            for (method, a), hit_re in zip(calls, found, strict=True):
                text = a[0]
                start = perf()
                low = text.lower() if blind else text
                hit = any(n in low for n in needs)
                if hit:
                    _call(rx, method, a)
                elif hit_re:
                    raise AssertionError(f"the literal gate refused a match: {pat[:80]!r} on {text[:80]!r}")
                t_lit += perf() - start
                n_lit += hit
        else:
            t_lit = t_re
        best = min(t_re, t_re2, t_lit)
        if t_re - best > 500_000:          # over 0.5 ms saved: gate it in the end-to-end run
            CHOICES.append({"pattern": pat, "flags": flags, "how": "re2" if best == t_re2 else "lit",
                            "superset": sup, "needs": sorted(needs or ()), "saved_s": (t_re - best) / 1e9})
        sums["re"] += t_re
        sums["re2"] += min(t_re, t_re2)
        sums["lit"] += min(t_re, t_lit)
        sums["best"] += min(t_re, t_re2, t_lit)
        shown = "" if not needs else ", ".join(sorted(needs, key=len))[:60]
        print(f"{i:3d} {t_re / 1e9:6.3f} {t_re2 / 1e9:6.3f} {t_lit / 1e9:6.3f} "
              f"{100 * n_ascii / max(1, len(calls)):6.0f} {100 * n_re2 / max(1, n_ascii) if core.ok() else -1:5.0f} "
              f"{100 * n_lit / max(1, len(calls)) if needs else -1:5.0f} {str(exact) if core.ok() else 'n/a':5} "
              f"{s['site']}  {shown}")
    print(f"the top {top} patterns' calls replayed: re {sums['re'] / 1e9:.3f} s; with an RE2 gate where it pays "
          f"{sums['re2'] / 1e9:.3f} s; with a literal gate where it pays {sums['lit'] / 1e9:.3f} s; the better of "
          f"the two per pattern {sums['best'] / 1e9:.3f} s: {(sums['re'] - sums['best']) / 1e9:.3f} s saved "
          f"(iter_claims under the proxies: {whole:.2f} s CPU)")


class _Gated:
    """A compiled pattern behind a gate: where the gate says the text cannot hold a match, the
    call returns what `re` would have (None, no match, the text unchanged); else `re` runs."""

    __slots__ = ("rx", "may")

    def __init__(self, rx, may):
        self.rx = rx
        self.may = may

    def __getattr__(self, name):
        return getattr(self.rx, name)

    def search(self, text, pos=0, endpos=sys.maxsize):
        return self.rx.search(text, pos, endpos) if self.may(text, pos, endpos, 0) else None

    def match(self, text, pos=0, endpos=sys.maxsize):
        return self.rx.match(text, pos, endpos) if self.may(text, pos, endpos, 1) else None

    def fullmatch(self, text, pos=0, endpos=sys.maxsize):
        return self.rx.fullmatch(text, pos, endpos) if self.may(text, pos, endpos, 2) else None

    def finditer(self, text, pos=0, endpos=sys.maxsize):
        return self.rx.finditer(text, pos, endpos) if self.may(text, pos, endpos, 0) else iter(())

    def findall(self, text, pos=0, endpos=sys.maxsize):
        return self.rx.findall(text, pos, endpos) if self.may(text, pos, endpos, 0) else []

    def sub(self, repl, text, count=0):
        return self.rx.sub(repl, text, count) if self.may(text, 0, sys.maxsize, 0) else text

    def subn(self, repl, text, count=0):
        return self.rx.subn(repl, text, count) if self.may(text, 0, sys.maxsize, 0) else (text, 0)

    def split(self, text, maxsplit=0):
        return self.rx.split(text, maxsplit) if self.may(text, 0, sys.maxsize, 0) else [text]


def _re2_gate(superset_pattern: str, flags: int):
    import re2
    from re2 import _re2
    opts = re2.Options()
    opts.case_sensitive = not flags & re.IGNORECASE
    opts.dot_nl = bool(flags & re.DOTALL)
    opts.never_capture = True
    core = _re2.RE2((("(?m)" if flags & re.MULTILINE else "") + superset_pattern).encode(), opts)
    anchors = (_re2.RE2.Anchor.UNANCHORED, _re2.RE2.Anchor.ANCHOR_START, _re2.RE2.Anchor.ANCHOR_BOTH)
    match, null = core.Match, (-1, -1)

    def may(text, pos, endpos, anchor):
        if not text.isascii():
            return True
        b = text.encode()
        if endpos < len(b):
            b = b[:endpos]
        return pos > len(b) or match(anchors[anchor], b, pos, len(b))[0] != null
    return may


_LOWERED = []


def _lit_gate(needs: list[str], blind: bool):
    if blind:
        def may(text, pos, endpos, anchor):
            if not _LOWERED:        # imported on first use: the gates are made while casefold loads
                from claimtrack.reading.casefold import lowered
                _LOWERED.append(lowered)
            low = _LOWERED[0](text)
            if low is None:
                return True
            for n in needs:
                if n in low:
                    return True
            return False
    else:
        def may(text, pos, endpos, anchor):
            for n in needs:
                if n in text:
                    return True
            return False
    return may


def _always(text, pos, endpos, anchor):
    """A gate that lets every call through: what the wrapping alone costs ("how": "none")."""
    return True


def install_gates(choices: list[dict]) -> None:
    """re._compile hands out the chosen patterns behind their gates (the rest as they are)."""
    chosen = {(c["pattern"], c["flags"]): c for c in choices}
    made: dict = {}

    def _compile(pattern, flags=0):
        if isinstance(pattern, _Gated):
            return pattern
        rx = _real_compile(pattern, flags)
        c = chosen.get((rx.pattern, rx.flags))
        if c is None:
            return rx
        g = made.get(id(rx))
        if g is None:
            blind = bool(rx.flags & re.IGNORECASE)
            may = (_re2_gate(c["superset"], rx.flags) if c["how"] == "re2" else
                   _lit_gate(c["needs"], blind) if c["how"] == "lit" else _always)
            g = made[id(rx)] = (rx, _Gated(rx, may))
        return g[1]

    class _Meta2(type):
        def __instancecheck__(cls, obj):
            return isinstance(obj, (_RealPattern, _Gated))

    class _PatternType(metaclass=_Meta2):
        def __class_getitem__(cls, item):
            return cls

    re._compile = _compile
    re.Pattern = _PatternType


def child(folder: str, choices_file: str | None) -> None:
    """One timed run of iter_claims (CPU, imports excluded), gated or not; prints CPU, claims, hash."""
    import hashlib
    if choices_file:
        install_gates(json.loads(Path(choices_file).read_text(encoding="utf-8")))
    from claimtrack.extraction.claims import claims_frame, iter_claims
    start = time.process_time()
    found = list(iter_claims(folder, progress=False))
    spent = time.process_time() - start
    digest = hashlib.sha1(claims_frame(found).to_csv(index=False).encode()).hexdigest()
    print(f"{spent:.3f} {len(found)} {digest}")


def compare(folder: Path, choices_files: list[Path], runs: int) -> None:
    """Plain `re` and each set of gates, interleaved `runs` times: CPU of each and the claims' hash."""
    import statistics
    import subprocess

    def one(gates):
        cmd = [sys.executable, __file__, "--child", str(folder)] + (["--gates", str(gates)] if gates else [])
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.split()
        return float(out[0]), int(out[1]), out[2]

    sides: dict = {None: []} | {f: [] for f in choices_files}
    for _ in range(runs):
        for gates, results in sides.items():
            results.append(one(gates))
    plain = sides[None]
    for gates, rs in sides.items():
        print(f"  {'re' if gates is None else Path(gates).name}: " + ", ".join(f"{r[0]:.2f}" for r in rs)
              + f" s CPU, median {statistics.median(r[0] for r in rs):.2f} s, {rs[0][1]} claims")
        if gates is not None:
            same = len({r[2] for r in plain + rs}) == 1
            print(f"    ×{min(r[0] for r in plain) / min(r[0] for r in rs):.3f} best against best, "
                  f"×{statistics.median(r[0] for r in plain) / statistics.median(r[0] for r in rs):.3f} median "
                  f"against median; claims {'identical' if same else 'NOT identical'}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=700)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--json", help="write every pattern's figures here")
    ap.add_argument("--folder", help="an existing corpus folder instead of a generated one")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--gates", help=argparse.SUPPRESS)
    ap.add_argument("--choices", help="write the gates that pay (after --replay) here")
    ap.add_argument("--compare", nargs="+", help="time iter_claims with the gates of each file against plain re "
                    '(a file whose gates say "how": "none" times the wrapping alone)')
    ap.add_argument("--runs", type=int, default=6)
    ap.add_argument("--replay", type=int, default=0, help="replay the top N patterns' calls on RE2 gates")
    args = ap.parse_args()
    if args.child:
        child(args.child, args.gates)
        return
    if args.compare:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import tempfile

        from realcopy import make_corpus
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(args.folder) if args.folder else Path(tmp) / "corpus"
            if not args.folder:
                make_corpus(folder, args.articles, seed=18)
            compare(folder, [Path(f) for f in args.compare], args.runs)
        return
    global RECORD_ALL
    RECORD_ALL = args.replay > 0
    install()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import tempfile

    from claimtrack.extraction.claims import iter_claims
    from realcopy import make_corpus

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.folder) if args.folder else Path(tmp) / "corpus"
        if not args.folder:
            make_corpus(folder, args.articles, seed=18)
        for s in STATS.values():
            s.update(ns=0, calls=0, misses=0, chars=0)
        start = time.process_time()
        n = sum(1 for _ in iter_claims(folder, progress=False))
        whole = time.process_time() - start
    re._compile, re.Pattern = _real_compile, _RealPattern
    rows = sorted(STATS.items(), key=lambda kv: -kv[1]["ns"])
    total = sum(s["ns"] for _, s in rows) / 1e9
    print(f"iter_claims {whole:.2f} s CPU under the proxies ({n} claims); in patterns {total:.2f} s; "
          f"{len(rows)} patterns, {sum(s['calls'] for _, s in rows):,} calls")
    print(f"{'#':>3} {'s':>6} {'%':>5} {'calls':>8} {'µs/call':>7} {'miss%':>5} {'re2':5} site  pattern")
    for i, ((pat, flags), s) in enumerate(rows[:args.top], 1):
        print(f"{i:3d} {s['ns'] / 1e9:6.3f} {100 * s['ns'] / 1e9 / total:5.1f} {s['calls']:8,d} "
              f"{s['ns'] / 1e3 / max(1, s['calls']):7.1f} {100 * s['misses'] / max(1, s['calls']):5.0f} "
              f"{re2_kind(pat, flags):5} {s['site']}  {pat[:90]!r}{' I' if flags & re.I else ''}")
    if args.replay:
        import gc
        gc.freeze()      # the recorded calls (~850,000) would make every full collection in the replay slow
        replay(rows, whole, args.replay)
        if args.choices:
            Path(args.choices).write_text(json.dumps(CHOICES, indent=1), encoding="utf-8")
            print(f"{len(CHOICES)} gates written to {args.choices} "
                  f"({sum(c['how'] == 're2' for c in CHOICES)} RE2, {sum(c['how'] == 'lit' for c in CHOICES)} literal)")
    if args.json:
        kept = ("ns", "calls", "misses", "chars", "site")
        Path(args.json).write_text(json.dumps(
            [{"pattern": p if isinstance(p, str) else repr(p), "flags": f, **{k: s[k] for k in kept},
              "re2": re2_kind(p, f)} for (p, f), s in rows], indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
