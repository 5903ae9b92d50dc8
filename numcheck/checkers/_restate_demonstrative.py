"""A plain amount restated after a demonstrative: "much of that £6.1m", "those 12 miles",
"this 4%".

A demonstrative (``[restated] demonstratives``; "that" only after a word of
``demonstrative_openers``, since "said that £6m" is a complementiser) is positive
evidence that the figure points back at one the article gave: the reader is told it is
known. ``_anaphora.references`` reads figures by the noun they count; a plain amount
counts no noun ("that £6.1m"), so it is held here against the earlier amounts of its
kind and unit. It is reported when it fits none of them, the nearest is one figure
misstated (``near``: close, or the same digits), and no two or three earlier amounts add
up to it ("£1.5m from the council and £500,000 from the lottery ... that £2m": a sum).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import combinations
from typing import Any

from numcheck.checkers._anaphora import closest
from numcheck.checkers._compare import (
    before,
    checkable,
    compiled,
    cue_set,
    same_place,
    same_sentence,
)
from numcheck.checkers._heads import HeadWords
from numcheck.checkers._restate_pair import near, verdict
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.quantity import Kind, Level

Places = Callable[[Claim], "frozenset[str] | None"]
_PLAIN = frozenset({Kind.MONEY, Kind.PERCENT, Kind.MEASURE, Kind.COUNT})
_SUMMED = 10  # the earlier amounts read for a sum, nearest last
_PUNCT = "\"“”‘’'(),.;:"


def _demonstrative(document: Document, claim: Claim, restated: Mapping[str, Any]) -> bool:
    """Whether a demonstrative stands right before the figure."""
    words = [x.strip(_PUNCT) for x in before(document, claim, 30).split()]
    if not words or before(document, claim, 2).endswith((",", ";", ":")):
        return False
    if words[-1] in cue_set(restated, "demonstratives"):
        return True
    return words[-1] == "that" and len(words) > 1 and words[-2] in cue_set(
        restated, "demonstrative_openers")


def _plain(document: Document, claim: Claim, heads: HeadWords) -> bool:
    """An amount that counts no noun of its own: no head, no counted noun."""
    q = claim.quantity
    if q.kind not in _PLAIN or q.head or q.noun or claim.is_change or q.level is Level.OLD:
        return False
    if q.kind is Kind.COUNT:
        return True
    return q.kind is Kind.MEASURE or not heads.head_after(document, claim)


def _summed(later: Claim, earlier: Sequence[Claim], tolerance: float) -> bool:
    """Whether two or three of the nearest earlier amounts add up to the later one (a
    total pointed at: "six men, three women and a child ... these 10")."""
    v = later.quantity.value or 0.0
    values = [c.quantity.value for c in earlier[-_SUMMED:] if c.quantity.value is not None]
    slack = max(tolerance * abs(v), later.quantity.granularity or 0.0)
    return any(
        abs(sum(terms) - v) <= slack for n in (2, 3) for terms in combinations(values, n)
    )


def demonstrative_findings(
    document: Document,
    ordered: Sequence[Claim],
    lex: Mapping[str, Any],
    tolerance: float,
    place_of: Places,
    told: set[int],
) -> list[Finding]:
    """NC101-103 for plain amounts after a demonstrative that fit no earlier amount of
    their kind and unit; ``told`` holds the starts of figures already reported."""
    restated = lex.get("restated", {})
    heads = compiled(HeadWords.of, lex)
    out: list[Finding] = []
    for i, later in enumerate(ordered):
        if later.location.start in told or not checkable(later):
            continue
        if not (_plain(document, later, heads) and _demonstrative(document, later, restated)):
            continue
        q = later.quantity
        earlier = [
            c for c in ordered[:i]
            if checkable(c) and c.quantity.kind is q.kind and c.quantity.unit == q.unit
            and c.key.dimension == later.key.dimension and not c.is_change
            and c.quantity.level is not Level.OLD and not same_sentence(c, later, document)
            and (place_of(later) is None or same_place(place_of(later), place_of(c)))
        ]
        if not earlier or _summed(later, earlier, tolerance):
            continue
        verdicts = [verdict(document, e, later, tolerance) for e in earlier]
        found = [v for v in verdicts if v is not None]
        if len(found) != len(verdicts):
            continue  # it fits one of them
        nearest = closest(later, earlier)
        if near(later, earlier[nearest]):
            out.append(found[nearest])
    return out


__all__ = ["demonstrative_findings"]
