"""How units of one dimension convert, and how many days lie between two dates.

Split from drift/alignment.py (wave 21).
"""

from __future__ import annotations

import datetime as dt
import math
from functools import cache

from numcheck.interval import Interval


def conversion(unit: str | None, base: str | None) -> tuple[float, float] | None:
    """(factor, offset) taking a value in ``unit`` to ``base``; None if not convertible."""
    if unit == base:
        return (1.0, 0.0)
    if unit is None or base is None:
        return None
    return _conversion(unit, base)


@cache
def _conversion(unit: str, base: str) -> tuple[float, float] | None:
    # pint is slow to import: only reached when one block mixes units (miles vs km)
    from numcheck import units

    try:
        zero = units.convert(Interval.point(0.0), unit, base).low
        one = units.convert(Interval.point(1.0), unit, base).low
    except ValueError:  # different dimensions or unknown names simply do not align
        return None
    factor = one - zero
    return (factor, zero) if math.isfinite(factor) and factor > 0 else None


def days_apart(first: dt.date | None, second: dt.date | None) -> int | None:
    if first is None or second is None:
        return None
    return abs((first - second).days)
