"""Hedge + value + granularity -> hard and soft intervals.

This module is the executable form of the table in docs/maintainers/semantics.md:
hard bounds are what the words allow, soft bounds the pragmatic reading (Cummins
et al. 2012 for comparatives: "more than 1 million" reads as up to the next
granularity step). Keep the two in step with that document.
"""

from __future__ import annotations

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


def tolerance(x: float, g: float, r: float) -> float:
    """t = max(g/2, r*|x|): how far "about x" may stray."""
    return max(g / 2, r * abs(x))


def step(x: float, g: float, r: float) -> float:
    """The next granularity step above x (never narrower than r*|x|)."""
    return max(g, r * abs(x))


def _floor(x: float) -> float:
    """Lower end of "up to x"/"under x": zero for amounts, open for negatives."""
    return 0.0 if x >= 0 else -INF


def exact(x: float, g: float | None) -> Interval:
    """A bare number: a point when written to the unit, else its rounding interval."""
    if g is None or g <= 0 or (g == 1 and x == int(x)):
        return interval(x, x)
    return interval(x - g / 2, x + g / 2, True, False)


def hedged(x: float, g: float | None, key: str | None, r: float) -> tuple[Interval, Interval]:
    """(hard, soft) for value ``x`` written with granularity ``g`` under hedge ``key``."""
    if key is None:
        iv = exact(x, g)
        return iv, iv
    gg = 1.0 if g is None else g
    t = tolerance(x, gg, r)
    s = step(x, gg, r)
    if key == "approx":
        iv = interval(x - t, x + t)
        return iv, iv
    if key == "below":
        # "nearly minus 20 degrees" is close to -20 in size: between -20 and zero
        iv = interval(x - t, x, True, False) if x >= 0 else interval(x, x + t, False, True)
        return iv, iv
    if key == "above":
        iv = interval(x, x + t, False, True)
        return iv, iv
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
    iv = exact(x, g)
    return iv, iv


def hedged_vague(hard: Interval, soft: Interval, key: str | None) -> tuple[Interval, Interval]:
    """A hedge in front of a vague amount ("more than several hundred")."""
    if key in ("gt", "well_gt", "ge", "above"):
        return interval(hard.low, INF, hard.low_closed, False), soft
    if key in ("lt", "le", "below"):
        return interval(0.0, hard.high, True, hard.high_closed), soft
    return hard, soft
