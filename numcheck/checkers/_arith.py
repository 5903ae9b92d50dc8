"""The intervals the in-article checkers compare and compute with.

Restatements compare rounding-aware intervals (two tiers: an exact count is a point,
a round figure carries its coarse rounding in the hard interval); arithmetic uses what
each figure's written digits stand for. All interval arithmetic is
``numcheck.interval.Interval``'s own.
"""

from __future__ import annotations

import math
import re

from numcheck.interval import Interval
from numcheck.quantity import Bound, Kind, Quantity

_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")

def is_point(q: Quantity) -> bool:
    """An exact count written to the unit, or a bare whole count under 100: a point.

    Newsrooms do not round small counts without a hedge, and a count written to the
    unit is exact, so 85 and 86 patients are two different counts (design: two-tier
    rounding). Measures ("a 12-mile convoy") keep their rounding.
    """
    v = q.value
    if q.kind is not Kind.COUNT or q.bound is not Bound.EXACT or v is None or v != int(v):
        return False
    return (q.granularity or 1) <= 1 or abs(v) < 100


def rounding(q: Quantity) -> Interval | None:
    """A bare round number stands for its coarse rounding (5,800 covers 5,840); an
    exact count stands for itself."""
    if q.bound is not Bound.EXACT or q.value is None or not q.granularity or is_point(q):
        return None
    half = q.granularity / 2
    return Interval(q.value - half, q.value + half)


def compared_hard(q: Quantity) -> Interval:
    """What the words allow, with a bare figure's coarse rounding: outside it, a
    restatement contradicts."""
    spread = rounding(q)
    return q.hard if spread is None else q.hard.hull(spread)


def compared_soft(q: Quantity) -> Interval:
    """The pragmatic reading. For counts the parser's soft interval (a round count's
    rounding at two significant digits) as it is; measures keep their rounding."""
    spread = rounding(q)
    if spread is None or q.kind is Kind.COUNT:
        return q.soft
    return q.soft.hull(spread)


def precision(q: Quantity) -> float:
    """The place value of the last digit as written ("40" -> 1, "1.5 million" -> 100,000)."""
    found = _NUMERAL.findall(q.text)
    if found and q.value:
        numeral = float(found[-1].replace(",", ""))
        if numeral:
            decimals = len(found[-1].partition(".")[2])
            return abs(q.value / numeral) * 10.0**-decimals
    return q.granularity or 1.0


def _small_word_count(q: Quantity) -> bool:
    """A whole count under 100 written in words ("Eighty were in Ashby"): as exact as its
    digits, since a writer spells a number out by house style, not to round it."""
    v = q.value
    small = q.kind is Kind.COUNT and v is not None and v == int(v) and abs(v) < 100
    return small and not _NUMERAL.search(q.text)


def written(q: Quantity) -> Interval | None:
    """The values a figure used in arithmetic stands for (closed); None when unbounded.

    A word fraction stands for a round share (``fraction``). An exact figure stands for
    its last written digit's rounding ("40.5" -> [40.45, 40.55]; "Eighty" is 80),
    except a count written to the unit and money written to the cent ("GBP 10.42"):
    those are points. A hedged one stands for its hard bounds.
    """
    if q.kind is Kind.RATIO and q.bound is Bound.EXACT and q.value is not None:
        return fraction(q.value)
    if q.bound is Bound.EXACT and q.value is not None:
        step = 1.0 if _small_word_count(q) else precision(q)
        exact = (q.kind is Kind.COUNT and step <= 1) or (q.kind is Kind.MONEY and step <= 0.01)
        half = 0.0 if exact else step / 2
        return Interval(q.value - half, q.value + half)
    if q.hard.is_bounded and q.bound not in (Bound.GT, Bound.GE, Bound.LT, Bound.LE):
        return Interval(q.hard.low, q.hard.high)
    return None


def stated_change(q: Quantity) -> Interval | None:
    """What a stated change stands for: ``written``, except that a bare whole percent
    ending in 0 ("jumped 40%") may be rounded to the nearest five (37.5 to 42.5):
    desks round a change to a round figure, not a level."""
    v = q.value
    round_percent = q.kind is Kind.PERCENT and q.bound is Bound.EXACT and v is not None
    if round_percent and v is not None and v == int(v) and v % 10 == 0 and v != 0:
        return Interval(v - 2.5, v + 2.5)
    return written(q)


BESIDE_HEDGE = 0.05


def beside(q: Quantity) -> Interval | None:
    """A figure set beside the one it derives from ("— about 1,300 —" beside a share,
    "about 3,500 kg more than" beside a level): its hedge marks the other figure's
    approximation, which that figure's reading already carries, so it stands for its
    value within 5% (or its last digit's rounding, if wider), not its full hedge."""
    if q.bound is Bound.APPROX and q.value:
        half = max(precision(q) / 2, BESIDE_HEDGE * abs(q.value))
        return Interval(q.value - half, q.value + half)
    return one_sided(q)


def one_sided(q: Quantity) -> Interval | None:
    """``written``, or the side a bound gives ("more than 2,300": 2,300 and up)."""
    span = written(q)
    if span is None and q.bound in (Bound.GT, Bound.GE) and math.isfinite(q.hard.low):
        return Interval(q.hard.low, math.inf)
    if span is None and q.bound in (Bound.LT, Bound.LE) and math.isfinite(q.hard.high):
        return Interval(0.0, q.hard.high)
    return span


def adds_up(total: Interval, stated: Interval) -> bool:
    """Whether a total and the sum of its parts agree. Two roundings that share only an
    edge do not: "5.2", "2.9" and "1.6 billion" are at least 9.55 billion, which
    rounds up to 9.6, never to the 9.5 stated (a figure rounds half up, so its rounding
    holds its lower edge only)."""
    common = total.intersection(stated)
    edge = 1e-9 * max(abs(total.high), abs(stated.high), 1.0)
    if common is None:
        # two points apart only by float noise: 221.4 + 127 + 64.2 is not 412.6 in floats
        points = total.width == 0 and stated.width == 0
        return points and total.meets(stated, edge)
    return common.width > edge or total.width <= edge or stated.width <= edge


FRACTION_TOLERANCE = 0.10


def fraction(value: float) -> Interval:
    """A word fraction or ratio as reporters use it ("a third", "two-thirds", "one in
    five"): a round share, read like "about" (+-10%): 0.30 to 0.37 for a third."""
    return Interval(value * (1 - FRACTION_TOLERANCE), value * (1 + FRACTION_TOLERANCE))


def arith(q: Quantity) -> Interval:
    """``written``, falling back to the hard bounds when unbounded."""
    span = written(q)
    return q.hard if span is None else span


def convert(value: float, unit: str, to: str) -> float | None:
    """``value`` in ``unit`` expressed in ``to``; None when the units do not convert.

    numcheck.units converts known units from its table and imports pint only for
    the others, so an article with "40 miles (64 km)" never pays for pint.
    """
    from numcheck.units import convert as convert_units

    try:
        return convert_units(Interval.point(value), unit, to).low
    except ValueError:
        return None
