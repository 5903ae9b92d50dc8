"""Hedge + value + granularity -> hard and soft intervals.

This module is the executable form of the table in docs/maintainers/semantics.md.
Every reading has two tiers: the hard interval uses the coarse granularity ``g``
(the place value of the last non-zero digit: 2,000 -> 1,000), so only a figure
outside it is a contradiction; the soft interval uses the rounding at two
significant digits (2,000 -> 100), so a figure outside it is drift worth an
editor's look. Bare whole counts under 100 are points in both tiers: newsrooms do
not round small counts without a hedge. Comparatives read pragmatically (Cummins
et al. 2012: "more than 1 million" is read as up to about the next step).
"""

from __future__ import annotations

import math

from numcheck.interval import INF, Interval, interval
from numcheck.quantity import Bound

BOUND_OF = {
    None: Bound.EXACT,
    "approx": Bound.APPROX,
    "below": Bound.BELOW,
    "above": Bound.ABOVE,
    "gt": Bound.GT,
    "well_gt": Bound.GT,
    "ge": Bound.GE,
    "le": Bound.LE,
    "lt": Bound.LT,
}

# a bare whole count below this is a point: "34 people", "six ships"
SMALL_COUNT = 100


def tolerance(x: float, g: float, r: float) -> float:
    """t = max(g/2, r*|x|): how far "about x" may stray."""
    return max(g / 2, r * abs(x))


def step(x: float, g: float, r: float) -> float:
    """The next granularity step above x (never narrower than r*|x|)."""
    return max(g, r * abs(x))


def soft_granularity(x: float, g: float) -> float:
    """The rounding at two significant digits, never coarser than ``g`` as written.

    2,000 -> 100, 1 million -> 100,000, 5,800 -> 100, 5,840 -> 10 (its own g), 40 -> 1,
    0.5 -> 0.01. A whole number is never read finer than the unit (7 -> 1).
    """
    if g <= 0 or x == 0 or not math.isfinite(x):
        return g
    two = float(f"{10.0 ** (math.floor(math.log10(abs(x))) - 1):.0e}")
    return min(g, max(two, 1.0)) if g >= 1 else min(g, two)


def _floor(x: float) -> float:
    """Lower end of "up to x"/"under x": zero for amounts, open for negatives."""
    return 0.0 if x >= 0 else -INF


def exact(x: float, g: float | None) -> Interval:
    """A bare number's rounding interval at granularity ``g``; a point when written
    to the unit (or when ``g`` is 0: fractions, ages)."""
    if g is None or g <= 0 or (g == 1 and x == int(x)):
        return interval(x, x)
    return interval(x - g / 2, x + g / 2, True, False)


def bare(x: float, g: float | None, count: bool) -> tuple[Interval, Interval]:
    """(hard, soft) of a number without a hedge: coarse rounding and two-digit rounding.

    ``count``: the number counts things (kind count), so a whole one under 100 is a point.
    """
    if g is None or g <= 0 or (count and abs(x) < SMALL_COUNT and x == int(x)):
        p = interval(x, x)
        return p, p
    hard = exact(x, g)
    g2 = soft_granularity(x, g)
    return hard, (hard if g2 == g else exact(x, g2))


def _one(x: float, g: float, key: str, r: float) -> Interval | tuple[Interval, Interval]:
    """The interval of hedge ``key`` at granularity ``g`` (a pair for comparatives)."""
    t = tolerance(x, g, r)
    if key == "approx":
        return interval(x - t, x + t)
    if key == "below":
        # "nearly minus 20 degrees" is close to -20 in size: between -20 and zero
        return interval(x - t, x, True, False) if x >= 0 else interval(x, x + t, False, True)
    if key == "above":
        return interval(x, x + t, False, True)
    s = step(x, g, r)
    if key == "gt":
        return interval(x, INF, False, False), interval(x, x + s, False, True)
    if key == "well_gt":
        return interval(x, INF, False, False), interval(x + t, x + 2 * s, False, True)
    if key == "ge":
        return interval(x, INF, True, False), interval(x, x + s, True, True)
    if key == "le":
        return interval(min(_floor(x), x), x, x >= 0, True), interval(x - t, x, True, True)
    if key == "lt":
        low = min(_floor(x), x)
        return interval(low, x, x >= 0 and low < x, False), interval(x - t, x, True, False)
    return exact(x, g)


def hedged(
    x: float, g: float | None, key: str | None, r: float, *, count: bool = False
) -> tuple[Interval, Interval]:
    """(hard, soft) for value ``x`` written with granularity ``g`` under hedge ``key``.

    Hedges that stay close to x ("about", "nearly", "just over", "up to", "under")
    take their hard interval from the coarse ``g`` and their soft one from the
    two-digit rounding. Comparatives that open upwards ("more than", "at least")
    are unbounded hard; their soft reading is Cummins' next granularity step, which
    is a step of the number *as written* (the coarse ``g``): "more than 5,000" reads
    as up to about 6,000, so it brackets 5,840.
    """
    if key is None:
        return bare(x, g, count)
    gg = 1.0 if g is None else g
    coarse = _one(x, gg, key, r)
    if isinstance(coarse, tuple):
        if key in _UPWARDS:
            return coarse
        fine = _one(x, soft_granularity(x, gg), key, r)
        assert isinstance(fine, tuple)
        return coarse[0], fine[1]
    g2 = soft_granularity(x, gg)
    fine = coarse if g2 == gg else _one(x, g2, key, r)
    assert isinstance(fine, Interval)
    return coarse, fine


_UPWARDS = frozenset({"gt", "well_gt", "ge"})


def hedged_vague(hard: Interval, soft: Interval, key: str | None) -> tuple[Interval, Interval]:
    """A hedge in front of a vague amount ("more than several hundred")."""
    if key in ("gt", "well_gt", "ge", "above"):
        return interval(hard.low, INF, hard.low_closed, False), soft
    if key in ("lt", "le", "below"):
        return interval(0.0, hard.high, True, hard.high_closed), soft
    return hard, soft
