"""Indexes that keep the in-article checkers linear (n log n) in the number of claims.

A dense article holds thousands of claims, hundreds of them restating one toll;
comparing every claim with every other is quadratic (a 100 KB article took minutes).
Checkers group claims by what they measure and, inside a group, ask one of these
summaries instead of walking the group: the earliest earlier figure whose interval
does not meet a new one (prefix minima and maxima, searched with bisect), the figures
outside a span (ends sorted), the party names compatible with a name, or whether a
span overlaps any of a set of spans. ``CAP`` bounds how many candidates a checker
looks at for one claim when every candidate may be a finding of its own.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import Generic, TypeVar

from numcheck.interval import Interval

T = TypeVar("T")

CAP = 8  # candidates looked at per claim (each side) where each could be its own finding

_High = tuple[float, int]
_Low = tuple[float, int]


def _high_key(i: Interval) -> _High:
    return i.high, 1 if i.high_closed else 0


def _low_key(i: Interval) -> _Low:
    return i.low, 0 if i.low_closed else 1


class _Ends:
    """Prefix minima of right ends and maxima of left ends of intervals, in insertion order."""

    __slots__ = ("empties", "highs", "lows", "sunk")

    def __init__(self) -> None:
        self.highs: list[_High] = []  # non-increasing
        self.sunk: list[_High] = []  # the highs negated: non-decreasing, for bisect
        self.lows: list[_Low] = []  # non-decreasing
        self.empties: list[int] = []  # positions of empty intervals: they meet nothing

    def add(self, interval: Interval) -> None:
        high, low = _high_key(interval), _low_key(interval)
        if self.highs:
            high, low = min(high, self.highs[-1]), max(low, self.lows[-1])
        if interval.is_empty:
            self.empties.append(len(self.highs))
        self.highs.append(high)
        self.sunk.append((-high[0], -high[1]))
        self.lows.append(low)

    def first_apart(self, query: Interval, limit: int) -> int:
        """The first position below ``limit`` whose interval does not meet ``query``."""
        if limit <= 0:
            return limit
        if query.is_empty:
            return 0
        # left of the query: high < low, or they touch at a point one of them leaves open
        low_bar = (query.low, 1 if query.low_closed else 2)
        # the first high below the bar is the first negated high above its negation
        left = bisect_right(self.sunk, (-low_bar[0], -low_bar[1]), 0, limit)
        high_bar = (query.high, 0 if query.high_closed else -1)
        right = bisect_right(self.lows, high_bar, 0, limit)
        first_empty = self.empties[0] if self.empties else limit
        return min(left, right, first_empty, limit)


class Earliest:
    """Figures added in text order; finds the earliest whose hard or soft interval misses.

    The restatement checker reports a figure against the first earlier one it
    contradicts; this answers that in O(log n) instead of walking every earlier figure.
    """

    __slots__ = ("_hard", "_soft", "order")

    def __init__(self) -> None:
        self.order: list[int] = []  # caller's positions, increasing
        self._hard = _Ends()
        self._soft = _Ends()

    def add(self, position: int, hard: Interval, soft: Interval) -> None:
        self.order.append(position)
        self._hard.add(hard)
        self._soft.add(soft)

    def first_apart(self, hard: Interval, soft: Interval, before: int) -> int | None:
        """The earliest caller position < ``before`` whose hard or soft interval misses."""
        limit = bisect_left(self.order, before)
        at = min(self._hard.first_apart(hard, limit), self._soft.first_apart(soft, limit))
        return self.order[at] if at < limit else None


class Outside(Generic[T]):
    """Items with a span, sorted by each end: the ones below or above a value, capped."""

    def __init__(self, items: Iterable[tuple[float, float, T]]) -> None:
        listed = list(items)
        by_high = sorted(listed, key=lambda x: x[1])
        by_low = sorted(listed, key=lambda x: x[0])
        self._highs = [x[1] for x in by_high]
        self._by_high = [x[2] for x in by_high]
        self._lows = [x[0] for x in by_low]
        self._by_low = [x[2] for x in by_low]

    def below(self, value: float) -> list[T]:
        """Items whose high end is at most ``value`` (up to CAP, the furthest below)."""
        return self._by_high[: min(CAP, bisect_right(self._highs, value))]

    def above(self, value: float) -> list[T]:
        """Items whose low end is at least ``value`` (up to CAP, the furthest above)."""
        start = bisect_left(self._lows, value)
        return self._by_low[max(start, len(self._lows) - CAP) :][::-1]

    def outside(self, low: float, high: float) -> list[T]:
        return [*self.below(low), *self.above(high)]


class Parties:
    """Party names seen so far, as word sets: which of them a name is compatible with.

    ``same_party`` holds when one name's words include the other's ("ministry" and
    "the interior ministry"); the words index finds those names without a scan.
    """

    def __init__(self) -> None:
        self._words: dict[str, set[frozenset[str]]] = {}
        self._empty = False

    def add(self, key: frozenset[str]) -> None:
        if not key:
            self._empty = True
        for word in key:
            self._words.setdefault(word, set()).add(key)

    def compatible(self, key: frozenset[str]) -> Iterator[frozenset[str]]:
        """Every known name that is a subset or superset of ``key`` (key itself included)."""
        if self._empty:
            yield frozenset()
        seen: set[frozenset[str]] = set()
        for word in key:
            for other in self._words.get(word, ()):
                if other not in seen and (other <= key or key <= other):
                    seen.add(other)
                    yield other


class Spans:
    """A set of text spans: does a span overlap any of them? (O(log n))."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []  # the furthest end among spans starting at or before
        for _, end in ordered:
            self._reach.append(max(end, self._reach[-1]) if self._reach else end)

    def overlaps(self, start: int, end: int) -> bool:
        # spans starting before ``end``; one of them overlaps when its end passes ``start``
        n = bisect_left(self._starts, end)
        return n > 0 and self._reach[n - 1] > start


def nearest(items: Sequence[T], positions: Sequence[int], at: int) -> list[T]:
    """Up to 2 * CAP items nearest to text offset ``at`` (``positions`` sorted, in order)."""
    mid = bisect_left(positions, at)
    lo, hi = max(0, mid - CAP), min(len(items), mid + CAP)
    return list(items[lo:hi])
