"""A hedged figure of a breakdown stands for what its written precision allows.

``_arith.arith`` reads a hedged figure ("about 412", "some 1,480", "nearly 96") as its
hard bounds, about a tenth either side, so a breakdown whose total is hedged adds up to
anything near it: "About 412 homes were flooded: 250 in Ashby, 120 in Colne and 32 in
Pell" (402) went unreported. A writer who knows a figure only to a tenth writes it round
("about 400"); one who writes it to the unit or to the ten ("about 412", "some 1,480")
knows it to that digit and hedges the last step of it: the count may still move, or the
source rounds. So a hedged figure in a sum stands for at most one step of its last
significant written digit either way (from below for "nearly", from above for "just
over"), within its hard bounds: "about 412" is 411 to 413, "some 1,480" 1,470 to 1,490,
"about 400" keeps its tenth (a step of 100 is wider than its hard bounds).

Only the approximate hedges (``Bound.APPROX``, ``BELOW``, ``ABOVE``); a bound ("more
than", "fewer than", "at least") says nothing of how near the figure is, and exact
figures keep their own rounding (``_arith.written``).
"""

from __future__ import annotations

import re

from numcheck.checkers._arith import arith
from numcheck.interval import Interval
from numcheck.quantity import Bound, Quantity

__all__ = ["significant_step", "summed"]

_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")


def significant_step(q: Quantity) -> float | None:
    """The place value of the last non-zero digit as written ("412" -> 1, "1,480" -> 10,
    "400" -> 100, "1.5 million" -> 100,000); None when no numeral is written."""
    found = _NUMERAL.findall(q.text)
    if not found or not q.value:
        return None
    numeral = found[-1].replace(",", "")
    whole, _, decimals = numeral.partition(".")
    if decimals.rstrip("0"):
        digits = decimals.rstrip("0")
        step = 10.0 ** -len(digits)
    else:
        stripped = whole.rstrip("0")
        if not stripped:
            return None
        step = 10.0 ** (len(whole) - len(stripped))
    value = float(numeral)
    return abs(q.value / value) * step if value else None


def summed(q: Quantity) -> Interval:
    """What a figure of a breakdown stands for: ``arith``, narrowed to one significant
    step for an approximate hedge (see the module docstring)."""
    span = arith(q)
    if q.bound not in (Bound.APPROX, Bound.BELOW, Bound.ABOVE) or q.value is None:
        return span
    step = significant_step(q)
    if step is None:
        return span
    low = q.value if q.bound is Bound.ABOVE else q.value - step
    high = q.value if q.bound is Bound.BELOW else q.value + step
    low, high = max(low, span.low), min(high, span.high)
    return Interval(low, high) if low <= high else span
