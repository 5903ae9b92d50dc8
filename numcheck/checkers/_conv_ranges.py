"""A range restated in another unit ("highs of 10-12C (50-54F)", "2 to 4 metres (7 to 13
feet)"): each end converts on its own and must reach the restated end as written.

A range has no single value, so the point check of NC207 skipped it; yet a writer who
converts a range converts both ends, and either end wrong is a wrong conversion. The
ends are read back from the range's own words (``_relations.range_ends``), so each keeps
the rounding its digits show ("50" may be 45-55 as a round figure, "54" is 53.5-54.5).
Units convert with their offset (a range of readings, not of differences).
"""

from __future__ import annotations

from numcheck.checkers._arith import compared_hard, convert, precision
from numcheck.checkers._relations import range_ends
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.interval import Interval
from numcheck.quantity import Bound, Kind, Quantity

__all__ = ["range_misses"]


def range_misses(
    document: Document, stated: Claim, restated: Claim, slack: float
) -> tuple[float, float] | None:
    """The two ends of the stated range converted into the restated range's unit, when
    either misses the restated end as written (beyond its rounding and ``slack``, a share
    of the value); None when both reach it, or the pair is not two ranges of measures
    in two convertible units."""
    q, r = stated.quantity, restated.quantity
    if q.bound is not Bound.RANGE or r.bound is not Bound.RANGE:
        return None
    if q.kind is Kind.MONEY or r.kind is Kind.MONEY or not q.unit or not r.unit:
        return None
    if q.unit == r.unit:
        return None
    ends = range_ends(document, restated)
    low, high = convert(q.hard.low, q.unit, r.unit), convert(q.hard.high, q.unit, r.unit)
    if ends is None or low is None or high is None:
        return None
    told = sorted((_as_written(e.quantity) for e in ends), key=lambda i: i.low)
    got = sorted((low, high))
    if all(a.low - slack * abs(v) <= v <= a.high + slack * abs(v)
           for v, a in zip(got, told, strict=True)):
        return None
    return got[0], got[1]


def _as_written(q: Quantity) -> Interval:
    """An end's values as its digits round: a bare first end ("7 to 13 feet") reads as
    a count, exact, though it is a measure rounded like the other end."""
    half = precision(q) / 2
    value = q.value or 0.0
    return compared_hard(q).hull(Interval.closed(value - half, value + half))
