"""Provenance: the seeds' FT article and its two rewrites form one family, with evidence."""

from __future__ import annotations

from claimtrack import provenance as pv
from claimtrack.corpus import read_corpus
from conftest import SEEDS

FT, KURSOR, ERN, BBC, CALIBER = ("001_a776b361d1220f34", "000_dc0433914c5b6681", "003_46f0c62995842ce7",
                                 "002_f8f31cfa6756e2bb", "004_e5d0ce18f75aa787")


def test_seed_rewrites_are_one_family_with_evidence():
    docs = pv.docs_from_corpus(read_corpus(SEEDS))
    found = pv.links(docs)
    (family,) = pv.families(docs, found)
    assert family["origin"] == FT and family["members"] == sorted([FT, KURSOR, ERN])
    by_pair = {(link.earlier, link.later): link for link in found}
    assert "credits Financial Times" in " ".join(by_pair[(FT, KURSOR)].evidence)
    ern = " ".join(by_pair[(FT, ERN)].evidence)
    assert "credits Financial Times" in ern and "shared 8-word passages" in ern
    assert not any(BBC in pair or CALIBER in pair for pair in by_pair), "independent articles stay apart"
    assert [(link.earlier, link.later, link.score) for link in pv.links(docs)] == \
        [(link.earlier, link.later, link.score) for link in found], "deterministic"


def test_a_credit_to_an_outlet_with_several_articles_needs_text_evidence():
    a1 = pv.Doc("a1", "Wire", "2024-10-01", "one thing happened today in the north of the country said officials")
    a2 = pv.Doc("a2", "Wire", "2024-10-02", "another story entirely about markets and prices and the weather")
    copy = pv.Doc("c", "Blog", "2024-10-05", "As reported: one thing happened today in the north of the country "
                  "said officials, and more.", relays=("Wire",))
    (family,) = pv.families([a1, a2, copy], pv.links([a1, a2, copy]))
    assert family["members"] == ["a1", "c"]
