"""Claim confidence that means something: the measured precision of claims read by the same evidence.

    confidence_for("dprk_troops_in_russia: subject=North Korean; noun=troop")   # e.g. 0.96

A claim's evidence is where its metric's subject was found and how its noun was (`evidence`);
calibration.yml, written by benchmarks/calibrate.py (`make calibrate`) from the repo's annotated
corpora, gives the share of claims with that evidence that were true. docs/extraction.md shows the
table of confidence band → measured precision, on those corpora and on the dev corpus.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .catalogue import load_shipped


def evidence(rule: str) -> str:
    """'<subject>/<noun>' from a claim's rule: subject in its clause '=', elsewhere in the sentence
    '~', in the sentences before '<', "of them" '<<', none '-'; the counted noun '=', a noun near
    it '~', in the sentence '~~', none '-'."""
    subj = re.search(r"subject(<<|=|~|<)", rule)
    noun = re.search(r"noun(~~|=|~)", rule)
    return f"{subj.group(1) if subj else '-'}/{noun.group(1) if noun else '-'}"


@lru_cache(maxsize=1)
def _table() -> dict:
    try:      # (libyaml's loader, as for the other shipped tables: catalogue.load_shipped, issue 18)
        return load_shipped("calibration.yml") or {}
    except FileNotFoundError:
        return {}


def confidence_for(rule: str) -> float:
    """Calibrated confidence of a claim with this rule; the overall precision for evidence the
    corpora never showed; 0.5 when there is no calibration file at all."""
    table = _table()
    group = table.get("evidence", {}).get(evidence(rule))
    if group:
        return float(group["confidence"])
    return float(table.get("overall", {}).get("confidence", 0.5))
