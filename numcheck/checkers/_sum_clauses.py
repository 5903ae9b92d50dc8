"""Clause-level reading of a list and its total (why: a total may stand far before the
colon of its clause, a list item may carry an age, and no word of another clause lies
between a far total and its colon): helpers of numcheck/checkers/_sums.py."""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.checkers._compare import between, squash
from numcheck.checkers._sum_cues import SumCues
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

SEPARATOR = lazy_compile(r"(?:^|[\s,;)(])(?:and|,|;)(?:$|[\s(])|[,;]")
_LABEL_WORDS = 4  # words between an item's figure and an age that qualifies it


Opener = tuple[int, bool]  # (offset where a list opens, opened by words)
# how much of its total a list is, by the link between them (``[sums] links``)
PARTITION, SOME = "partition", "some"
UNITED = (Kind.MONEY, Kind.MEASURE)  # amounts whose unit a list's later items leave out
MAX_GAP = 60  # characters between two listed components
CUE_REACH = 80  # characters read beside a figure for its cue words (a total's, an item's label)
# no list in prose has more items than this; without a cap, a run of thousands of
# figures ("1,1,1,...") made every figure's run read to the end: quadratic time
MAX_ITEMS = 60


def bare(claim: Claim) -> bool:
    q = claim.quantity
    return q.kind is Kind.COUNT and q.noun is None and claim.key.thing is None


def alike(a: Claim, b: Claim) -> bool:
    """Two items of one list: one kind and dimension, or a bare figure after an amount
    with a unit, which it leaves out ("Saudi Arabia (500,000 bpd), Iraq (211,000)")."""
    if a.quantity.kind is b.quantity.kind and a.key.dimension == b.key.dimension:
        return True
    return (a.quantity.kind in UNITED and bare(b)) or (b.quantity.kind in UNITED and bare(a))


def counted_as(member: Claim, total: Claim) -> bool:
    """A component of the total's kind and dimension, or a bare figure after a sum of
    money or a measure, which leaves its currency or unit out ("4.1 billion kronor: 2.2
    billion in ...")."""
    m, t = member.quantity, total.quantity
    if m.kind is t.kind and member.key.dimension == total.key.dimension:
        return True
    return t.kind in UNITED and bare(member)


def unqualified(document: Document, sentence: Sequence[Claim]) -> list[Claim]:
    """ "140 adults over 65, 96 younger adults and 58 children": an age glued to the
    counted noun before it (no mark, no "and" between) qualifies that item; it is no
    figure of the list, which would otherwise end at it."""
    kept: list[Claim] = []
    for c in sentence:
        prev = kept[-1] if kept else None
        if (
            prev is not None
            and c.quantity.kind is Kind.DURATION
            and prev.quantity.kind is Kind.COUNT
            and prev.quantity.noun is not None
            and SEPARATOR.search(between(document, prev, c)) is None
            and len(between(document, prev, c).split()) <= _LABEL_WORDS
        ):
            continue
        kept.append(c)
    return kept


def colon_clause(
    document: Document,
    before: Sequence[Claim],
    total: Claim,
    members: Sequence[Claim],
    at: int,
    cues: SumCues,
) -> bool:
    """ "Fire crews rescued 46 people from the estate in the early hours of Sunday: 21
    adults, ...": a colon ends the clause whose one figure of the list's kind is the
    total, however many words of that clause lie between them. The stretch from the
    total to the colon must be one run of its phrase: no mark, no other figure and no
    word that opens another clause (``[sums] clause_breaks``: "and", "which", "said");
    three parts or more, each counting the total's thing, make it a partition."""
    if document.prose[at - 1 : at] != ":" or len(members) < 3 or before[-1] is not total:
        return False
    stretch = document.prose[total.location.end : at - 1]
    if any(m in stretch for m in ",;()—–[]") or " - " in stretch or _DIGIT.search(stretch):
        return False
    if set(squash(stretch).split()) & cues.clause_breaks:
        return False
    if any(counted_as(members[0], c) for c in before[:-1]):
        return False  # another figure of the list's kind earlier in the sentence
    return all(cues.counts(document, m, total, True) for m in members)


_DIGIT = lazy_compile(r"\d")
