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
    found = credit_links(docs)
    candidates = {tuple(sorted(pair)) for pair in found}      # a credit is always worth checking
    candidates |= _nearest_pairs(docs, signatures)
    grams = lru_cache(maxsize=GRAMS_KEPT)(lambda i: _both_grams(by_id[i].text))
    for i, j in _by_group(candidates):
        pair = pairs.get((i, j))
        if pair is None:
            pair = pairs[(i, j)] = _compare_grams(grams(i), grams(j))
        for score, why in pair_evidence(pair):
            add_evidence(found, by_id[i], by_id[j], score, why)
    for stale in [k for k in pairs if k not in candidates]:
        del pairs[stale]          # a comparison no longer among the candidates is not kept
    return sorted(found.values(), key=lambda link: (-link.score, link.earlier, link.later))


def add_evidence(found: dict[tuple[str, str], Link], a: Doc, b: Doc, score: float, why: str) -> Link:
    """Add one piece of evidence to the link of a and b (made, earlier first, if new): scores of
    independent signals combine as 1 − Π(1 − score)."""
    earlier, later = _order(a, b)
    link = found.setdefault((earlier.id, later.id), Link(earlier.id, later.id, 0.0))
    link.score = 1 - (1 - link.score) * (1 - score)
    link.evidence.append(why)
    return link


def credit_links(docs) -> dict[tuple[str, str], Link]:
    """Explicit credits: an article relays an outlet that has an article in the corpus. By
    (earlier id, later id). `docs` is iterated twice (a sequence, or anything iterable again)."""
    found: dict[tuple[str, str], Link] = {}
    relayed = {outlet for d in docs for outlet in d.relays}
    by_outlet: dict[str, list[Doc]] = {}
    for d in docs:
        if d.outlet in relayed:
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
                add_evidence(found, source, d, score, f"{d.id} credits {outlet}"
                             + (f" ({len(earlier)} articles from it here)" if len(earlier) > 1 else ""))
    return found


def pair_evidence(pair: Pair) -> list[tuple[float, str]]:
    """The text evidence of a compared pair: (score, words), none when the texts are unrelated."""
    if pair.jaccard >= TEXT_LINK:
        return [(pair.jaccard, f"text {pair.jaccard:.0%} alike (word {SHINGLE_WORDS}-grams)")]
    if pair.passages >= PASSAGES_LINK:
        return [(1 - math.exp(-pair.passages / PASSAGE_SCALE),
                 f"{pair.passages} shared {PASSAGE_WORDS}-word passages, e.g. “{pair.example}”")]
    return []


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
    """`nearest_pairs` over Doc objects and a dict of signatures, as id pairs (smaller id first)."""
    ids = [d.id for d in docs]
    sigs = [signatures[i] for i in ids]
    index = SignatureIndex.of(sigs)
    a, b = nearest_pairs(index, _id_ranks(ids))
    return {(ids[i], ids[j]) for i, j in zip(a.tolist(), b.tolist())}


def _id_ranks(ids: list[str]) -> np.ndarray:
    """Each article's place in id order (ties between candidates are broken by id)."""
    ranks = np.empty(len(ids), dtype=np.int64)
    ranks[sorted(range(len(ids)), key=ids.__getitem__)] = np.arange(len(ids))
    return ranks


@dataclass
class SignatureIndex:
    """The signatures of N articles as arrays (issue 18: as Python integers, tuples and dicts, with
    datasketch's LSH index of byte keys, they took ~20 KB per article and the 100,000-article
    build's memory grew with the corpus): MinHash values (N × NUM_PERM, zero rows where a text had
    no shingle), which rows have one, and the sampled passage hashes of every article end to end
    with each article's start (N + 1 offsets)."""

    minhash: np.ndarray
    has: np.ndarray
    passages: np.ndarray
    starts: np.ndarray

    @classmethod
    def of(cls, sigs: list[Signature]) -> SignatureIndex:
        index = cls.empty(len(sigs))
        flat = []
        for i, s in enumerate(sigs):
            index.set_minhash(i, s.minhash)
            index.starts[i + 1] = index.starts[i] + len(s.passages)
            flat.extend(s.passages)
        index.passages = np.asarray(flat, dtype=np.uint32)
        return index

    @classmethod
    def empty(cls, n: int) -> SignatureIndex:
        return cls(np.zeros((n, NUM_PERM), dtype=np.uint32), np.zeros(n, dtype=bool),
                   np.zeros(0, dtype=np.uint32), np.zeros(n + 1, dtype=np.int64))

    def set_minhash(self, i: int, values) -> None:
        if values is not None:
            self.minhash[i] = values
            self.has[i] = True


def lsh_bands() -> tuple[int, int]:
    """(bands, rows per band) that datasketch's MinHashLSH chooses for LSH_THRESHOLD and NUM_PERM:
    two articles are LSH candidates when all the MinHash values of one band are equal."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


class _Buckets:
    """Members of each group of equal keys, for looking up a row's group-mates: the rows sorted
    by key (`members`), and for each row its group's start and end there."""

    def __init__(self, keys: np.ndarray, rows: np.ndarray):
        order = np.argsort(keys, kind="stable")
        sk = keys[order]
        new = np.ones(len(sk), dtype=bool)
        new[1:] = sk[1:] != sk[:-1]
        first = np.flatnonzero(new)
        size = np.diff(np.append(first, len(sk)))
        group = np.repeat(np.arange(len(first)), size)
        self.members = rows[order].astype(np.int32)
        self.start = np.empty(len(keys), dtype=np.int32)
        self.end = np.empty(len(keys), dtype=np.int32)
        self.start[order] = first[group]
        self.end[order] = first[group] + size[group]


# Candidate pairs gathered between merges (8 bytes each; an article adds at most 2 × MAX_PARTNERS).
CHOSEN_BUFFER = 1 << 18


# The passage index is built in this many parts by hash value (a passage's articles are all in
# one part), so that sorting it needs a part's memory at a time, not all of it.
PASSAGE_PARTS = 16


class _PassageIndex:
    """Which articles share each useful sampled passage (in more than one article and at most
    COMMON_PASSAGE; an article sampling one hash twice counts twice, as an inverted index of
    lists did): only the entries of useful passages are kept, each with its group's articles."""

    def __init__(self, passages: np.ndarray, starts: np.ndarray):
        entries, groups, owners, sizes = [], [], [], []
        n_groups = 0
        # Entry numbers as int32 where they fit (they do below 2**31 sampled passages): half the
        # memory of the index, which at 100,000 articles holds millions of entries (issue 18).
        kind = np.int32 if len(passages) < 2 ** 31 else np.int64
        part_of = (passages % PASSAGE_PARTS).astype(np.uint8)      # one byte an entry, computed once
        for part in range(PASSAGE_PARTS):
            sel = np.flatnonzero(part_of == part).astype(kind)
            if not len(sel):
                continue
            keys = passages[sel]
            order = np.argsort(keys, kind="stable")
            sk, se = keys[order], sel[order]                    # entries sorted by hash
            new = np.ones(len(sk), dtype=bool)
            new[1:] = sk[1:] != sk[:-1]
            size = np.diff(np.append(np.flatnonzero(new), len(sk)))
            useful = (size > 1) & (size <= COMMON_PASSAGE)
            if not useful.any():
                continue
            group = np.repeat(np.arange(len(size), dtype=kind), size)
            kept = useful[group]
            number = (np.cumsum(useful) - 1 + n_groups).astype(kind)     # a useful group's number
            entries.append(se[kept])
            groups.append(number[group[kept]])
            owners.append((np.searchsorted(starts, se[kept], side="right") - 1).astype(np.int32))  # group by group
            sizes.append(size[useful])
            n_groups += int(useful.sum())
            del sel, keys, order, sk, se, new, group, kept, number
        del part_of
        self.offsets = np.concatenate([[0], np.cumsum(np.concatenate(sizes))]) if sizes else np.zeros(1, np.int64)
        self.members = np.concatenate(owners) if owners else np.zeros(0, np.int32)
        del owners
        if kind is np.int32 and np.little_endian:
            # Sorted by entry number as one int64 of (entry, group) sorted in place, then split:
            # an argsort and two gathers held three times more (+30 MB at 100,000 articles, the
            # candidate search's peak; issue 18). Each entry is in one group, so the order is the same.
            packed = np.concatenate(entries).astype(np.int64) if entries else np.zeros(0, np.int64)
            del entries
            packed <<= 32
            packed |= np.concatenate(groups) if groups else np.zeros(0, np.int64)
            del groups
            packed.sort()
            halves = packed.view(np.int32).reshape(-1, 2)        # little-endian: (group, entry)
            self.entries = halves[:, 1].copy()
            self.groups = halves[:, 0].copy()
            del halves, packed
        else:
            entry = np.concatenate(entries) if entries else np.zeros(0, kind)
            del entries
            order = np.argsort(entry, kind="stable")
            self.entries = entry[order]
            del entry
            self.groups = (np.concatenate(groups) if groups else np.zeros(0, kind))[order]

    def mates(self, lo: int, hi: int) -> np.ndarray:
        """The articles (with repeats) sharing each useful passage entry in [lo, hi)."""
        a, b = np.searchsorted(self.entries, [lo, hi])
        if a == b:
            return np.zeros(0, dtype=np.int32)
        g = self.groups[a:b]
        first, size = self.offsets[g], self.offsets[g + 1] - self.offsets[g]
        # every group's slice of `members` at once (a Python loop over the groups took ~45% of
        # the candidate search at 10,000 articles)
        return self.members[np.repeat(first - np.cumsum(size) + size, size) + np.arange(size.sum())]


def _band_keys(minhash: np.ndarray, band: int, r: int) -> np.ndarray:
    """One int64 label per row, equal for rows whose values in the band are equal (exact, no hash)."""
    part = np.ascontiguousarray(minhash[:, band * r:(band + 1) * r])
    _, label = np.unique(part.view([("", part.dtype)] * r).ravel(), return_inverse=True)
    return label.astype(np.int64)


class CandidateSearch:
    """The candidate search's indexes over every article of `index` (the passage index, then the
    LSH band buckets): `candidates(i)` gives one article's candidates before the cap, with the
    sampled passages it shares with each. Shared by `nearest_pairs` (every article) and the
    store's incremental update (only the articles whose choice can have changed, issue 18).
    `release_passages`: empty `index.passages` once the passage index is built (a caller that
    holds no other reference to them frees them then: 27 MB at 100,000 articles)."""

    def __init__(self, index: SignatureIndex, release_passages: bool = False):
        n = len(index.has)
        bands, r = lsh_bands()
        self.index = index
        with_mh = np.flatnonzero(index.has)
        # The passage index first: building it takes more than it keeps (sorts of its millions of
        # entries), and the LSH buckets, built after, take little more than they keep.
        self.passages = _PassageIndex(index.passages, index.starts)
        if release_passages:
            index.passages = np.zeros(0, dtype=np.uint32)
        # The rows with a MinHash, copied once if some have none (a copy per band was 26 MB each at
        # 100,000 articles; issue 18).
        minhash = index.minhash if len(with_mh) == n else index.minhash[with_mh]
        self.lsh = [_Buckets(_band_keys(minhash, b, r), with_mh) for b in range(bands)]
        del minhash
        self.place = np.full(n, -1, dtype=np.int64)          # row → its place among the rows with a MinHash
        self.place[with_mh] = np.arange(len(with_mh))

    def candidates(self, i: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(articles sharing a useful sampled passage with i, how many entries each shares, every
        candidate of i: those and its LSH mates, sorted, i left out)."""
        index = self.index
        shared_ids = self.passages.mates(index.starts[i], index.starts[i + 1])
        k = self.place[i]
        if k >= 0:
            near_ids = np.concatenate([b.members[b.start[k]:b.end[k]] for b in self.lsh])
        else:
            near_ids = np.zeros(0, dtype=np.int32)
        ids, counts = np.unique(shared_ids, return_counts=True)
        cand = np.union1d(ids, near_ids)
        return ids, counts, cand[cand != i]

    def free(self) -> None:
        del self.lsh, self.passages, self.place


def shared_of(ids: np.ndarray, counts: np.ndarray, cand: np.ndarray) -> np.ndarray:
    """The shared passage entries of each of `cand` (sorted) given `candidates`' ids and counts."""
    shared = np.zeros(len(cand), dtype=np.int64)
    if len(ids) and len(cand):
        hit = np.searchsorted(cand, ids)
        ok = (hit < len(cand)) & (cand[np.minimum(hit, len(cand) - 1)] == ids)
        shared[hit[ok]] = counts[ok]
    return shared


def nearest_pairs(index: SignatureIndex, ranks: np.ndarray, release_passages: bool = False,
                  chosen=None) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs: each article with its MAX_PARTNERS nearest copies (estimated Jaccard at
    least LINK_SCORE, a family link on its own) and its MAX_PARTNERS nearest other candidates,
    among those MinHash LSH finds (an equal band of values) or that share a sampled passage found
    in at most COMMON_PASSAGE articles. Nearest by estimated Jaccard (the share of equal MinHash
    values), then shared passages, then id (`ranks`: place in id order); a pair is a candidate
    when either article chose the other (`select_partners` makes the same choice over arrays).
    Returned as two arrays of row numbers, the smaller id first, each pair once, sorted. Article
    by article over arrays: memory grows with the corpus by a few hundred bytes an article, not
    with the square of its largest family. `release_passages`: as `CandidateSearch`. `chosen`,
    when given, is called with each article's row, the rows it chose and the passage entries it
    shares with each (the store keeps them, so that the next run redoes only the articles whose
    choice can change)."""
    n = len(index.has)
    search = CandidateSearch(index, release_passages)
    # The chosen pairs go into one preallocated buffer; when it fills, its distinct pairs become a
    # block, and the blocks are merged once, after the search's indexes are freed. A list of a
    # small array per article, interleaved with each article's freed temporaries, left the heap
    # fragmented (+90 MB kept after the search at 100,000 articles); merging every full buffer
    # into all the pairs so far (`union1d`) took three copies of them at a time, while the
    # indexes were held (+50 MB at 100,000 articles; issue 18).
    blocks = []
    buf = np.empty(CHOSEN_BUFFER, dtype=np.int64)
    fill = 0
    for i in range(n):
        ids, counts, cand = search.candidates(i)
        if not len(cand):
            continue
        shared = None
        if len(cand) > MAX_PARTNERS:
            shared = shared_of(ids, counts, cand)
            equal = np.zeros(len(cand), dtype=np.int64)
            if index.has[i]:
                both = index.has[cand]
                equal[both] = (index.minhash[cand[both]] == index.minhash[i]).sum(axis=1)
            order = np.lexsort((ranks[cand], -shared, -equal))
            copy = equal[order] >= LINK_SCORE * NUM_PERM     # estimated Jaccard at least LINK_SCORE
            keep = np.concatenate([order[copy][:MAX_PARTNERS], order[~copy][:MAX_PARTNERS]])
            cand, shared = cand[keep], shared[keep]
        cand = cand.astype(np.int64)
        if chosen is not None:
            chosen(i, cand, shared if shared is not None else shared_of(ids, counts, cand))
        first = ranks[cand] > ranks[i]
        if fill + len(cand) > len(buf):
            blocks.append(np.unique(buf[:fill]))
            fill = 0
        np.copyto(buf[fill:fill + len(cand)], np.where(first, i * n + cand, cand * n + i))  # smaller id first
        fill += len(cand)
    blocks.append(np.unique(buf[:fill]))
    search.free()
    del search, buf     # not held while the pairs are merged (issue 18: its peak)
    pairs = np.concatenate(blocks)
    del blocks
    return unique_pairs(pairs, n)


def select_partners(rows: np.ndarray, partners: np.ndarray, shared: np.ndarray, index: SignatureIndex,
                    ranks: np.ndarray) -> np.ndarray:
    """Which of the candidate rows (article `rows[k]`, its candidate `partners[k]`, the sampled
    passage entries they share) `nearest_pairs` chooses: per article, its MAX_PARTNERS nearest
    copies and MAX_PARTNERS nearest others, in the same order (estimated Jaccard, then shared
    passages, then id). Over arrays, for the store's incremental update (issue 18), which gives
    an article's stored choices and its new candidates: the nearest of a set are the nearest of
    its old nearest and the new ones. A mask over the rows; each (row, partner) given once."""
    m = len(rows)
    equal = np.zeros(m, dtype=np.int64)
    for lo in range(0, m, 1 << 16):          # a slice at a time: 64 values a row gathered twice
        r, p = rows[lo:lo + (1 << 16)], partners[lo:lo + (1 << 16)]
        both = index.has[r] & index.has[p]
        equal[lo:lo + len(r)][both] = (index.minhash[r[both]] == index.minhash[p[both]]).sum(axis=1)
    copy = equal >= LINK_SCORE * NUM_PERM
    order = np.lexsort((ranks[partners], -shared, -equal, ~copy, rows))
    group = rows[order].astype(np.int64) * 2 + copy[order]
    new = np.ones(m, dtype=bool)
    new[1:] = group[1:] != group[:-1]
    start = np.maximum.accumulate(np.where(new, np.arange(m), 0)) if m else np.zeros(0, dtype=np.int64)
    keep = np.zeros(m, dtype=bool)
    keep[order] = (np.arange(m) - start) < MAX_PARTNERS
    return keep


def unique_pairs(keys: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(first, second) of pairs packed as first * n + second, each pair once, in order. `keys` is
    sorted and reused in place (issue 18: at 100,000 articles np.unique's copies of the 1.6 million
    pairs were the candidate search's peak)."""
    keys.sort()
    distinct = np.ones(len(keys), dtype=bool)
    distinct[1:] = keys[1:] != keys[:-1]
    keys = keys[distinct]
    del distinct
    first = keys // n
    keys %= n
    return first, keys


def family_rows(ids: list[str], published: list[str], earlier: np.ndarray, later: np.ndarray
                ) -> list[tuple[str, list[str]]]:
    """`families` over arrays, for a corpus too large to hold as Doc and Link objects (the store,
    issue 18): articles by row (their ids and dates), the links of at least LINK_SCORE as two
    arrays of rows. Gives (origin, members sorted) of every family, by origin; the same families."""
    up = list(range(len(ids)))        # a list: a Python loop indexes it faster than an array

    def find(x: int) -> int:
        while up[x] != x:
            up[x] = up[up[x]]
            x = up[x]
        return x

    for lo in range(0, len(earlier), 1 << 16):      # Python ints a slice at a time
        for e, la in zip(earlier[lo:lo + (1 << 16)].tolist(), later[lo:lo + (1 << 16)].tolist()):
            a, b = find(la), find(e)
            if a != b:
                up[a] = b
    parent = np.asarray(up, dtype=np.int64)
    del up
    while True:                       # every row straight to its root
        up = parent[parent]
        if (up == parent).all():
            break
        parent = up
    is_later = np.zeros(len(ids), dtype=bool)
    is_later[later] = True
    order = np.argsort(parent, kind="stable")
    cut = np.flatnonzero(np.diff(parent[order])) + 1
    out = []
    for rows in np.split(order, cut):
        if len(rows) < 2:
            continue
        members = [ids[r] for r in rows.tolist()]
        heads = [r for r in rows.tolist() if not is_later[r]]
        origin = (min((published[r] or "9999", ids[r]) for r in heads)[1] if heads else min(members))
        out.append((origin, sorted(members)))
    return sorted(out)


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
