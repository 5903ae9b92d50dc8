"""The "per" phrase of a rate level: "90 truckloads a week", "£1.20 an hour", "210 doses
a day", "$2.40 a ride".

A level given as a rate carries its per-unit after its figure; the parser reads "a week"
as a figure of its own (one week) or leaves "a ride" as words. Either way the per-unit
belongs to the level before it: it is no level of a change, and the words that link two
levels ("from A <per> to B", "A <per>, up from B") start after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from numcheck.checkers._compare import between, squash
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile

# "a week", "an hour", "per day", "each way": an article or "per" and one word
_PER = lazy_compile(r"^(?:a|an|per|each)\s+[^\W\d_]+(?:-[^\W\d_]+)?(?=\s|,|$)", re.IGNORECASE)
_ARTICLE = frozenset({"a", "an", "per", "each"})


def is_per_unit(document: Document, prev: Claim, claim: Claim) -> bool:
    """``claim`` is the per-unit of the figure before it ("a week" after "90 truckloads"):
    one unit with an article, right after that figure (at most its noun between)."""
    q = claim.quantity
    text = squash(q.text).split()
    if q.value != 1 or len(text) != 2 or text[0] not in _ARTICLE:
        return False
    gap = between(document, prev, claim)
    return gap == "" or (len(gap.split()) == 1 and gap.replace("-", "").isalpha())


def without_per_units(document: Document, sentence: Sequence[Claim]) -> list[Claim]:
    """The sentence's figures with the per-units of rate levels left out."""
    out: list[Claim] = []
    for i, claim in enumerate(sentence):
        if i and is_per_unit(document, sentence[i - 1], claim):
            continue
        out.append(claim)
    return out


def level_gap(gap: str) -> str:
    """The words between two levels with the first level's per-unit left out: "a week to"
    -> "to", "an hour, up from" -> ", up from"."""
    m = _PER.match(gap)
    if m is None or m.end() == len(gap):
        return gap
    return gap[m.end() :].lstrip(" ")
