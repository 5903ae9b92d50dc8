"""A share that restates a part and its whole ("14 of the 90 wounded, or nearly a quarter
of them"; "runs 14 car parks, nine of them in the town centre, or nearly three quarters
of the total"), checked as the part over the whole.

The part and its whole are exact counts, so the share they restate is their ratio, with
the share's own rounding and hedge: a count off by its last unit's rounding is no slack
here (9 of 14 is 64%, never "nearly three quarters"). The share is tied to the pair
either by the share readers (a count stated beside it: ``Stated``) or by its base after
"of them", "of the total" (the pair's whole) and set off after the pair as the share
grammar's ``set_off`` gap reads it (``[share_grammar] pairs``, ``back_words``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Mapping, Sequence

from numcheck.checkers._apposed import Stated
from numcheck.checkers._arith import one_sided, written
from numcheck.checkers._share_grammar import ShareGrammar
from numcheck.checkers._words import describe, finding, fmt, said
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.interval import Interval
from numcheck.quantity import Bound, Kind

Parts = Sequence[tuple[tuple[Claim, ...], tuple[Claim, ...]]]

# how far a share reads from its rounding, in percentage points: a word share is coarse
# ("nearly a third" for 29.6%), a percentage is not
_SLACK = {Kind.PERCENT: 0.05, Kind.RATIO: 1.0}


def _exact(claim: Claim) -> bool:
    """A count written as a whole number with no hedge: it carries no rounding."""
    q = claim.quantity
    return q.kind is Kind.COUNT and q.bound is Bound.EXACT and q.hedge is None


def _tied(
    document: Document,
    part: Claim,
    whole: Claim,
    sentence: Sequence[Claim],
    base_of: Mapping[int, Claim],
    told: Mapping[int, Stated],
    grammar: ShareGrammar,
) -> Claim | None:
    """The share after the pair that restates it, if any."""
    last = max(part, whole, key=lambda c: c.location.start)
    # the first figure after the pair, found by bisection: a scan of the sentence per
    # pair was quadratic in one long sentence of figures
    at = bisect_left(sentence, last.location.end, key=lambda c: c.location.start)
    if at >= len(sentence) or sentence[at].quantity.kind not in _SLACK:
        return None
    share = sentence[at]
    stated = told.get(id(share))
    if stated is not None:
        return share if stated.base is whole and stated.count is part else None
    if base_of.get(id(share)) is not whole:
        return None
    return share if grammar.set_off(document, last, share) else None


def _fraction(share: Claim) -> Interval | None:
    span = one_sided(share.quantity)
    if span is None:
        return None
    return span.scaled(1 / 100) if share.quantity.kind is Kind.PERCENT else span


def restated_pairs(
    document: Document,
    sentence: Sequence[Claim],
    parts: Parts,
    base_of: Mapping[int, Claim],
    told: Mapping[int, Stated],
    grammar: ShareGrammar,
    reported: Collection[int],
) -> list[Finding]:
    """NC203 on each share in ``sentence`` that restates a part and its whole it does not
    fit; ``reported``: ids of shares already reported by another reader."""
    out: list[Finding] = []
    for members, wholes in parts:
        if len(members) != 1 or len(wholes) != 1:
            continue
        part, whole = members[0], wholes[0]
        if not (_exact(part) and _exact(whole)):
            continue
        share = _tied(document, part, whole, sentence, base_of, told, grammar)
        if share is None or id(share) in reported:
            continue
        p, a, b = _fraction(share), written(part.quantity), written(whole.quantity)
        ratio = a.divided_by(b) if a is not None and b is not None else None
        if p is None or ratio is None:
            continue
        if p.scaled(100).meets(ratio.scaled(100), _SLACK[share.quantity.kind]):
            continue
        x, n = part.quantity.value, whole.quantity.value
        pct = fmt(100 * x / n) if x is not None and n else "?"
        message = (
            f"{describe(document, part)} of {said(document, whole)} is {pct}%, "
            f"not {said(document, share)}"
        )
        out.append(finding("NC203", message, share, [part, whole], document))
    return out
