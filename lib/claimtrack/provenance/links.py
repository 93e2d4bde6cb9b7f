"""Which articles derive from which: syndication and rewrites, with a score and the evidence
for each link, grouped into families with the earliest article as the origin.

Evidence of three kinds, combined as independent signals (1 − Π(1 − score)):
- an explicit credit: the article relays an outlet ("This was reported by the Financial Times")
  that published an earlier article in the corpus;
- near-duplicate text: Jaccard similarity of word 5-gram shingles. Candidate pairs come from
  MinHash LSH (datasketch), so the work grows with the corpus, not with its square; the score is
  the exact Jaccard of the candidate pair;
- shared passages: word 8-grams both articles contain (copied sentences, shared quotes). A
  rewrite keeps some sentences of its source but little else, so its Jaccard is low (the FT and
  a rewrite of it: 0.02) while it shares passages (9). Candidates come from an inverted index of a
  sample of each article's 8-grams (one in PASSAGE_SAMPLE, chosen by hash, so two articles
  sample the same ones); passages found in more than COMMON_PASSAGE articles are boilerplate.

Claim identity (identity.py), disagreements and consensus build on these families.
"""

from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass, field
from functools import lru_cache, partial

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 5              # words per shingle for text similarity
PASSAGE_WORDS = 8              # words per shared passage (a copied sentence or quote)
NUM_PERM = 64                  # MinHash permutations: error of a Jaccard estimate ≈ 1/√64 = 0.125
LSH_THRESHOLD = 0.15           # candidate pairs: estimated Jaccard at least this
TEXT_LINK = 0.15               # a text link: exact Jaccard at least this …
PASSAGES_LINK = 3              # … or at least this many shared passages
PASSAGE_SAMPLE = 4             # index one 8-gram in this many
COMMON_PASSAGE = 50            # a passage in more articles than this is boilerplate, not evidence
PASSAGE_SCALE = 5.0            # score of n shared passages: 1 − e^(−n / PASSAGE_SCALE); 3 → 0.45, 9 → 0.83
AMBIGUOUS_CREDIT_SCORE = 0.3   # a credit to an outlet with several earlier articles here
CREDIT_SCORE = 0.9             # an explicit credit is strong but not proof (it may credit a fact)
LINK_SCORE = 0.5               # links at or above this join a family
# Each article is compared with at most this many copies and this many other candidates, its
# nearest by estimated Jaccard (then by shared sampled passages): a story copied by hundreds of
# outlets is still one family, each copy linked to its nearest copies, but comparing every copy
# with every other grew with the square of the corpus (issue 18: 180,017 comparisons at 10,000
# generated articles, about 20 million at 100,000; benchmarks/links_scale.py). Credits to an
# outlet with several articles here are checked against its articles nearest before the
# crediting one, as many.
MAX_PARTNERS = 16
# The hashing scheme of datasketch's MinHash (datasketch ≥ 2 names it; it must be given to rebuild
# a MinHash from stored values). Part of a stored signature's key, with the library's version.
MINHASH_SCHEME = getattr(MinHash(num_perm=NUM_PERM), "scheme", None)
_WORD = re.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*")


@dataclass(frozen=True)
class Doc:
    """What linking needs of an article."""

    id: str
    outlet: str
    published: str             # sortable: YYYY-MM-DD, YYYY-MM or YYYY ('' when unknown)
    text: str
    relays: tuple[str, ...] = ()


@dataclass
class Link:
    """`later` derives from `earlier`, with a score in [0, 1] and the evidence in words."""

    earlier: str
    later: str
    score: float
    evidence: list[str] = field(default_factory=list)


def docs_from_corpus(corpus) -> list[Doc]:
    return [Doc(a.id, a.metadata.get("outlet", ""), a.metadata.get("published", ""), a.cleaned,
                tuple(r for r in a.metadata.get("relays", "").split("; ") if r)) for a in corpus.articles]


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _grams(words: list[str], n: int) -> set[str]:
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def _order(a: Doc, b: Doc) -> tuple[Doc, Doc]:
    """(earlier, later): by publication date, then by who credits whom, then by id."""
    if a.published and b.published and a.published[:len(b.published)] != b.published[:len(a.published)]:
        return (a, b) if a.published < b.published else (b, a)
    if b.outlet and b.outlet in a.relays:
        return b, a
    if a.outlet and a.outlet in b.relays:
        return a, b
    if a.published != b.published and (a.published and b.published):
        return (a, b) if len(a.published) > len(b.published) else (b, a)   # the exact date first
    return (a, b) if a.id < b.id else (b, a)


@dataclass(frozen=True)
class Signature:
    """What finding candidate pairs needs of one text, kept by the store between runs: its
    MinHash (None for a text too short for a shingle) and the sampled passage hashes, one per
    distinct 8-word passage whose crc32 falls in the sample."""

    minhash: tuple[int, ...] | None
    passages: tuple[int, ...]


@dataclass(frozen=True)
class Pair:
    """What comparing the texts of two articles gives (kept by the store between runs)."""

    jaccard: float
    passages: int
    example: str          # the first shared passage in sorted order, '' when none


def signature(text: str) -> Signature:
    words = _words(text)
    shingles = _grams(words, SHINGLE_WORDS)
    minhash = None
    if shingles:
        m = MinHash(num_perm=NUM_PERM)
        m.update_batch([s.encode("utf-8") for s in shingles])
        minhash = tuple(int(v) for v in m.hashvalues)
    sampled = []
    for g in _grams(words, PASSAGE_WORDS):
        h = zlib.crc32(g.encode("utf-8"))      # stable across runs, unlike hash()
        if h % PASSAGE_SAMPLE == 0:
            sampled.append(h)
    return Signature(minhash, tuple(sorted(sampled)))


def compare(a: str, b: str) -> Pair:
    return _compare_grams(_both_grams(a), _both_grams(b))


# Texts whose word n-grams `links` keeps while it compares candidate pairs (in sorted order, so
# one text meets its partners in a run): a text with many near-copies had its n-grams made
# again for every pair, most of a first build's linking time (issue 18).
GRAMS_KEPT = 256


def _both_grams(text: str) -> tuple[set[str], set[str]]:
    words = _words(text)
    return _grams(words, SHINGLE_WORDS), _grams(words, PASSAGE_WORDS)


def _compare_grams(a: tuple[set[str], set[str]], b: tuple[set[str], set[str]]) -> Pair:
    (sa, pa), (sb, pb) = a, b
    jaccard = len(sa & sb) / len(sa | sb) if sa and sb else 0.0
    passages = sorted(pa & pb)
    return Pair(jaccard, len(passages), passages[0] if passages else "")


def links(docs: list[Doc], signatures: dict[str, Signature] | None = None,
          pairs: dict[tuple[str, str], Pair] | None = None) -> list[Link]:
    """Every link between two articles of `docs` that the evidence supports, strongest first.

    `signatures` and `pairs`, when given, hold what earlier runs computed for unchanged texts
    (the store keeps them): they are used instead of computing again, what is computed is
    added to them and comparisons no longer among the candidates are dropped, so the next run
    over a corpus with a few new articles compares only those. The result is the same with or
    without them. Each article is compared with at most MAX_PARTNERS candidates (_nearest_pairs)."""
    by_id = {d.id: d for d in docs}
    signatures = {} if signatures is None else signatures
    pairs = {} if pairs is None else pairs
    for d in docs:
        if d.id not in signatures:
            signatures[d.id] = signature(d.text)
    found: dict[tuple[str, str], Link] = {}

    def add(a: Doc, b: Doc, score: float, why: str) -> None:
        earlier, later = _order(a, b)
        link = found.setdefault((earlier.id, later.id), Link(earlier.id, later.id, 0.0))
        link.score = 1 - (1 - link.score) * (1 - score)
        link.evidence.append(why)

    # Explicit credits: an article relays an outlet that has an article in the corpus.
    by_outlet: dict[str, list[Doc]] = {}
    for d in docs:
        by_outlet.setdefault(d.outlet, []).append(d)
    for d in docs:
        for outlet in d.relays:
            earlier = [s for s in by_outlet.get(outlet, []) if s.id != d.id and
                       (not s.published or not d.published or s.published[:7] <= d.published[:7])]
            # A credit names an outlet, not an article: decisive when the outlet has one article
            # here, and only support for text evidence when it has several.
            score = CREDIT_SCORE if len(earlier) == 1 else AMBIGUOUS_CREDIT_SCORE
            nearest = sorted(earlier, key=lambda s: (s.published or "", s.id), reverse=True)[:MAX_PARTNERS]
            for source in nearest:
                add(source, d, score, f"{d.id} credits {outlet}"
                    + (f" ({len(earlier)} articles from it here)" if len(earlier) > 1 else ""))

    candidates = {tuple(sorted(pair)) for pair in found}      # a credit is always worth checking
    candidates |= _nearest_pairs(docs, signatures)
    grams = lru_cache(maxsize=GRAMS_KEPT)(lambda i: _both_grams(by_id[i].text))
    for i, j in _by_group(candidates):
        pair = pairs.get((i, j))
        if pair is None:
            pair = pairs[(i, j)] = _compare_grams(grams(i), grams(j))
        if pair.jaccard >= TEXT_LINK:
            add(by_id[i], by_id[j], pair.jaccard, f"text {pair.jaccard:.0%} alike (word {SHINGLE_WORDS}-grams)")
        if pair.passages >= PASSAGES_LINK and pair.jaccard < TEXT_LINK:
            add(by_id[i], by_id[j], 1 - math.exp(-pair.passages / PASSAGE_SCALE),
                f"{pair.passages} shared {PASSAGE_WORDS}-word passages, e.g. “{pair.example}”")
    for stale in [k for k in pairs if k not in candidates]:
        del pairs[stale]          # a comparison no longer among the candidates is not kept
    return sorted(found.values(), key=lambda link: (-link.score, link.earlier, link.later))


def _root(parent: dict[str, str], x: str) -> str:
    """The representative of x's group in a union-find forest (`parent`; x joins alone if new)."""
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _by_group(candidates: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """The candidate pairs sorted, one group of connected articles after another, so that the texts
    of a group (one story's copies) are still among the GRAMS_KEPT when their next pair comes: in
    plain id order the copies of hundreds of stories interleave and every comparison made its
    n-grams again. The order changes no result (each pair's evidence is added in one step)."""
    parent: dict[str, str] = {}
    root = partial(_root, parent)
    ordered = sorted(candidates)
    for i, j in ordered:
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return sorted(ordered, key=lambda p: root(p[0]))


def _nearest_pairs(docs: list[Doc], signatures: dict[str, Signature]) -> set[tuple[str, str]]:
    """Candidate pairs: each article with its MAX_PARTNERS nearest copies (estimated Jaccard at
    least LINK_SCORE, a family link on its own) and its MAX_PARTNERS nearest other candidates,
    among those MinHash LSH finds or that share a sampled passage found in at most COMMON_PASSAGE
    articles. Nearest by estimated Jaccard (the share of equal MinHash values), then shared
    passages, then id; a pair is a candidate when either article chose the other. Article by article, so memory grows with
    the corpus, not with the square of its largest family."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    values: dict[str, np.ndarray] = {}
    for d in docs:
        v = signatures[d.id].minhash
        if v is None:
            continue
        values[d.id] = np.asarray(v, dtype=np.uint64)
        lsh.insert(d.id, MinHash(num_perm=NUM_PERM, hashvalues=v,
                                 **({"scheme": MINHASH_SCHEME} if MINHASH_SCHEME else {})))
    index: dict[int, list[str]] = {}
    for d in docs:
        for h in signatures[d.id].passages:
            index.setdefault(h, []).append(d.id)
    out: set[tuple[str, str]] = set()
    for d in docs:
        shared: dict[str, int] = {}
        for h in signatures[d.id].passages:
            ids = index[h]
            if 1 < len(ids) <= COMMON_PASSAGE:
                for j in ids:
                    if j != d.id:
                        shared[j] = shared.get(j, 0) + 1
        mine = values.get(d.id)
        if mine is not None:
            m = MinHash(num_perm=NUM_PERM, hashvalues=mine, **({"scheme": MINHASH_SCHEME} if MINHASH_SCHEME else {}))
            for j in lsh.query(m):
                if j != d.id:
                    shared.setdefault(j, 0)
        if not shared:
            continue
        ids = sorted(shared)
        if len(ids) > MAX_PARTNERS:
            near = [float(np.mean(values[j] == mine)) if mine is not None and j in values else 0.0 for j in ids]
            ranked = sorted(zip(near, [shared[j] for j in ids], ids), key=lambda x: (-x[0], -x[1], x[2]))
            # the nearest copies, and apart from them the nearest rewrites: else a story's own copies
            # fill every place and the link to the story it rewrites is never looked at
            ids = ([j for e, _, j in ranked if e >= LINK_SCORE][:MAX_PARTNERS]
                   + [j for e, _, j in ranked if e < LINK_SCORE][:MAX_PARTNERS])
        out |= {(d.id, j) if d.id < j else (j, d.id) for j in ids}
    return out


def families(docs: list[Doc], found: list[Link], min_score: float = LINK_SCORE) -> list[dict]:
    """Connected groups of articles joined by links of at least `min_score`; each with its origin
    (the earliest article) and its links. Articles with no such link are left out."""
    parent = {d.id: d.id for d in docs}
    root = partial(_root, parent)

    strong = [link for link in found if link.score >= min_score]
    for link in strong:
        parent[root(link.later)] = root(link.earlier)
    members: dict[str, list[str]] = {}
    for d in docs:
        members.setdefault(root(d.id), []).append(d.id)
    by_id = {d.id: d for d in docs}
    out = []
    # Each family's links, in one pass (a scan of every link per family grew with the square of
    # the corpus: minutes at 10,000 articles, issue 18); a link is in the family of its later article.
    by_family: dict[str, list[Link]] = {}
    for link in strong:
        by_family.setdefault(root(link.later), []).append(link)
    for key, ids in members.items():
        if len(ids) < 2:
            continue
        own = by_family.get(key, [])
        later = {link.later for link in own}
        origin = min((i for i in ids if i not in later), key=lambda i: (by_id[i].published or "9999", i),
                     default=min(ids))
        out.append({"origin": origin, "members": sorted(ids), "links": own})
    return sorted(out, key=lambda f: f["origin"])
