"""Intervals on the real line: the bounds a hedged number allows.

A number as written in news copy is a range of values, not a point ("nearly 500"
is [450, 500), "more than 2,000" is (2000, inf)). Every comparison numcheck makes
is an interval operation, so this type is small, exact about open and closed ends,
and never mutates.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

INF = math.inf


@dataclass(frozen=True, slots=True)
class Interval:
    """A possibly unbounded interval; ``low``/``high`` may be -inf/inf."""

    low: float
    high: float
    low_closed: bool = True
    high_closed: bool = True

    def __post_init__(self) -> None:
        if math.isnan(self.low) or math.isnan(self.high):
            raise ValueError("interval bounds must not be NaN")
        if self.low > self.high:
            raise ValueError(f"interval low {self.low} is above high {self.high}")

    # -- constructors -------------------------------------------------------
    @classmethod
    def point(cls, x: float) -> Interval:
        return cls(x, x, True, True)

    @classmethod
    def closed(cls, low: float, high: float) -> Interval:
        return cls(min(low, high), max(low, high), True, True)

    @classmethod
    def everything(cls) -> Interval:
        return cls(-INF, INF, False, False)

    # -- predicates ---------------------------------------------------------
    @property
    def is_empty(self) -> bool:
        return self.low == self.high and not (self.low_closed and self.high_closed)

    @property
    def is_bounded(self) -> bool:
        return math.isfinite(self.low) and math.isfinite(self.high)

    @property
    def width(self) -> float:
        return self.high - self.low

    def contains(self, x: float) -> bool:
        if x < self.low or x > self.high:
            return False
        if x == self.low and not self.low_closed:
            return False
        return not (x == self.high and not self.high_closed)

    def __contains__(self, x: float) -> bool:
        return self.contains(x)

    def intersection(self, other: Interval) -> Interval | None:
        """The overlap of two intervals, or None when they are disjoint."""
        if self.low > other.low:
            low, low_closed = self.low, self.low_closed
        elif other.low > self.low:
            low, low_closed = other.low, other.low_closed
        else:
            low, low_closed = self.low, self.low_closed and other.low_closed
        if self.high < other.high:
            high, high_closed = self.high, self.high_closed
        elif other.high < self.high:
            high, high_closed = other.high, other.high_closed
        else:
            high, high_closed = self.high, self.high_closed and other.high_closed
        if low > high or (low == high and not (low_closed and high_closed)):
            return None
        return Interval(low, high, low_closed, high_closed)

    def intersects(self, other: Interval) -> bool:
        return self.intersection(other) is not None

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both (used for ranges "A to B")."""
        if self.low < other.low:
            low, low_closed = self.low, self.low_closed
        elif other.low < self.low:
            low, low_closed = other.low, other.low_closed
        else:
            low, low_closed = self.low, self.low_closed or other.low_closed
        if self.high > other.high:
            high, high_closed = self.high, self.high_closed
        elif other.high > self.high:
            high, high_closed = other.high, other.high_closed
        else:
            high, high_closed = self.high, self.high_closed or other.high_closed
        return Interval(low, high, low_closed, high_closed)

    def is_subset_of(self, other: Interval) -> bool:
        both = self.intersection(other)
        return both == self or (self.is_empty and both is None)

    def gap(self, other: Interval) -> float:
        """Distance between two disjoint intervals (0 when they meet)."""
        if self.intersects(other):
            return 0.0
        return max(other.low - self.high, self.low - other.high, 0.0)

    # -- arithmetic ---------------------------------------------------------
    def scaled(self, factor: float, offset: float = 0.0) -> Interval:
        """Apply x -> factor*x + offset (unit conversion); flips ends if factor < 0."""
        if factor == 0:
            return Interval.point(offset)
        low = _mul(self.low, factor) + offset
        high = _mul(self.high, factor) + offset
        if factor > 0:
            return Interval(low, high, self.low_closed, self.high_closed)
        return Interval(high, low, self.high_closed, self.low_closed)

    def __add__(self, other: Interval) -> Interval:
        """Minkowski sum: the possible totals of two hedged parts."""
        return Interval(
            self.low + other.low,
            self.high + other.high,
            self.low_closed and other.low_closed,
            self.high_closed and other.high_closed,
        )

    def __sub__(self, other: Interval) -> Interval:
        """The possible differences ``a - b``: a change between two hedged levels."""
        return Interval(
            self.low - other.high,
            self.high - other.low,
            self.low_closed and other.high_closed,
            self.high_closed and other.low_closed,
        )

    def __mul__(self, other: Interval) -> Interval:
        """The possible products (a share of a base); ends closed: checkers compare
        products of bounded, written figures."""
        products = [_mul(x, y) for x in (self.low, self.high) for y in (other.low, other.high)]
        return Interval(min(products), max(products))

    def divided_by(self, other: Interval) -> Interval | None:
        """The possible quotients ``a / b``; None when ``b`` may be zero."""
        if other.low <= 0 <= other.high:
            return None
        return self * Interval(1 / other.high, 1 / other.low)

    def meets(self, other: Interval, slack: float = 1e-9) -> bool:
        """Whether the closures of both intervals come within ``slack`` of each other:
        arithmetic on rounded figures must not fail on float noise at the edges."""
        return self.low <= other.high + slack and other.low <= self.high + slack

    # -- presentation -------------------------------------------------------
    def __str__(self) -> str:
        if self.low == self.high and self.low_closed and self.high_closed:
            return f"[{_fmt(self.low)}]"
        left = "[" if self.low_closed and math.isfinite(self.low) else "("
        right = "]" if self.high_closed and math.isfinite(self.high) else ")"
        return f"{left}{_fmt(self.low)}, {_fmt(self.high)}{right}"

    def json_bounds(self) -> dict[str, float | bool | None]:
        """The JSON wire form: infinite ends are ``null``."""
        return {
            "low": self.low if math.isfinite(self.low) else None,
            "high": self.high if math.isfinite(self.high) else None,
            "low_inclusive": self.low_closed and math.isfinite(self.low),
            "high_inclusive": self.high_closed and math.isfinite(self.high),
        }


def _mul(x: float, factor: float) -> float:
    return x * factor if math.isfinite(x) else math.copysign(INF, x * factor)


def _fmt(x: float) -> str:
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if x == int(x) and abs(x) < 1e16:
        return f"{int(x):,}"
    return f"{x:,.6g}" if abs(x) >= 1e6 else f"{x:g}"


# The parser builds thousands of intervals per megabyte; the dataclass __init__ of a
# frozen class pays object.__setattr__ per field. Setting the slots through their
# descriptors yields the same immutable Interval at about a third of the cost.
_new = object.__new__
_SET_LOW = Interval.__dict__["low"].__set__
_SET_HIGH = Interval.__dict__["high"].__set__
_SET_LOW_CLOSED = Interval.__dict__["low_closed"].__set__
_SET_HIGH_CLOSED = Interval.__dict__["high_closed"].__set__


def interval(
    low: float, high: float, low_closed: bool = True, high_closed: bool = True
) -> Interval:
    """``Interval(low, high, low_closed, high_closed)``, faster; same checks and errors."""
    if low > high or low != low or high != high:  # out of order or NaN
        return Interval(low, high, low_closed, high_closed)  # raises the usual error
    iv: Interval = _new(Interval)
    _SET_LOW(iv, low)
    _SET_HIGH(iv, high)
    _SET_LOW_CLOSED(iv, low_closed)
    _SET_HIGH_CLOSED(iv, high_closed)
    return iv
