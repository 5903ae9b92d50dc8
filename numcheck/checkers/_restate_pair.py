"""The verdict on two figures that restate one another (NC101-NC103): hard bounds that do
not meet are a contradiction (or a wrong hedge, when an exact figure sits just outside a
hedge), soft bounds that do not meet are drift; a headline's change is also held to the
rounding a headline may do.
"""

from __future__ import annotations

import math

from numcheck.checkers._arith import compared_hard, compared_soft, convert, precision
from numcheck.checkers._words import describe, finding, said
from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.interval import Interval
from numcheck.quantity import Bound, Quantity

HEDGED = frozenset({Bound.BELOW, Bound.ABOVE, Bound.APPROX, Bound.GT, Bound.GE, Bound.LT, Bound.LE})


def converted(q: Quantity, interval: Interval, to_unit: str | None) -> Interval | None:
    if q.unit == to_unit or q.unit is None or to_unit is None:
        return interval if q.unit == to_unit else None
    zero, one = convert(0.0, q.unit, to_unit), convert(1.0, q.unit, to_unit)
    if zero is None or one is None:
        return None
    return interval.scaled(one - zero, zero)


def _lower(text: str) -> str:
    """ "Nearly 500" from a headline reads "nearly 500" inside a sentence."""
    return text[:1].lower() + text[1:] if text[:1].isalpha() else text


def _close(hedged: Quantity, exact: Quantity, tolerance: float) -> bool:
    if hedged.value is None or exact.value is None:
        return False
    allowed = max((hedged.granularity or 0) / 2, tolerance * abs(hedged.value))
    return abs(exact.value - hedged.value) <= allowed


def verdict(document: Document, first: Claim, second: Claim, tolerance: float) -> Finding | None:
    unit = first.quantity.unit
    hard = converted(second.quantity, compared_hard(second.quantity), unit)
    soft = converted(second.quantity, compared_soft(second.quantity), unit)
    if hard is None or soft is None or _apart_in_scale(first.quantity.value, hard):
        return None
    primary, other = second, first
    if second.scope is Scope.QUOTE and first.scope is not Scope.QUOTE:
        primary, other = first, second
    pair = f"{describe(document, first)} vs {describe(document, second)}"
    qa, qb = first.quantity, second.quantity
    ta, tb = said(document, first), said(document, second)
    if not compared_hard(qa).intersects(hard):
        bounds = (qa.bound, qb.bound)
        if Bound.EXACT in bounds and any(b in HEDGED for b in bounds):
            exact, hedged = (qa, qb) if qa.bound is Bound.EXACT else (qb, qa)
            te, th = (ta, tb) if exact is qa else (tb, ta)
            if _close(hedged, exact, tolerance):
                message = f"{pair}: {te} is not {_lower(th)}; fix the hedge or the figure"
                return finding("NC103", message, primary, [other], document)
        if qb.bound in HEDGED and qa.bound not in HEDGED:
            why = f"{tb} cannot be {ta}"
        elif qa.bound in HEDGED and qb.bound not in HEDGED:
            why = f"{ta} cannot be {tb}"
        else:
            why = f"{ta} and {tb} cannot both be right"
        return finding("NC101", f"{pair}: {why}", primary, [other], document)
    if not compared_soft(qa).intersects(soft):
        message = (
            f"{pair}: the words allow both, but '{ta}' reads as {compared_soft(qa)} "
            f"and '{tb}' as {compared_soft(qb)}"
        )
        return finding("NC102", message, primary, [other], document)
    return None


def headline_verdict(
    document: Document, body: Claim, head: Claim, tolerance: float
) -> Finding | None:
    """A headline's change against the body's: as a restatement, and then at two
    significant digits, or its last written digit if coarser ("up 10%" over a 9% rise: a
    headline may round 6.3% to 6%, not 9% to 10%)."""
    found = verdict(document, body, head, tolerance)
    v, b = head.quantity.value, body.quantity.value
    if found is not None or v is None or b is None or v == 0 or head.quantity.bound in HEDGED:
        return found
    step = max(precision(head.quantity), 10.0 ** (math.floor(math.log10(abs(v))) - 1))
    if abs(b - v) <= step / 2 + 1e-9:
        return None
    message = (
        f"{describe(document, head)} vs {describe(document, body)}: the headline rounds "
        f"{said(document, body)} to {said(document, head)}"
    )
    return finding("NC102", message, head, [body], document)


_NEAR = 1.5  # the larger of two near values at most this many times the smaller


_SCALE = 1e4  # a misstatement changes a digit or a scale word (x1,000), never more


def _apart_in_scale(value: float | None, other: Interval) -> bool:
    """Two figures four orders of magnitude apart are two things ("356p" a share and
    "£1.1bn" the company), whatever keys bring them together."""
    if value is None or value <= 0 or other.low <= 0 or not math.isfinite(other.high):
        return False
    return max(value, other.low) > _SCALE * min(value, other.high)


def near(a: Claim, b: Claim) -> bool:
    """Two values that read as one figure misstated: near (within half of the larger: a
    part is mostly well under its whole) or written with the same digits ("27" and "72",
    "1,250" and "1,520": a transposition)."""
    x, y = a.quantity.value, b.quantity.value
    if x is None or y is None or x <= 0 or y <= 0:
        return False
    if max(x, y) <= _NEAR * min(x, y):
        return True
    return sorted(f"{x:g}") == sorted(f"{y:g}")


__all__ = ["HEDGED", "converted", "headline_verdict", "near", "verdict"]
