"""The mutable working form of one quantity while the parser extends it.

A Draft grows left (hedge, change verb) and right (scale, unit, suffix hedge) from
a numeral, may be joined with a second Draft into a range, and is then frozen into
a :class:`~numcheck.quantity.Quantity` by :func:`finish`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal

from numcheck.interval import Interval, interval
from numcheck.parsing.bounds import BOUND_OF, bare, hedged, hedged_vague
from numcheck.parsing.numerals import POW10, granularity
from numcheck.quantity import Bound, Change, Kind, Level, Quantity, quantity

# the span of a date, identifier or other non-amount: anything
ANY_SPAN = (Interval.everything(), Interval.everything())


@dataclass(slots=True)
class Draft:
    start: int  # start of the phrase (hedge, currency or numeral)
    num_start: int  # start of the numeral itself
    end: int
    value: Decimal | None
    kind: Kind = Kind.COUNT
    unit: str | None = None
    hedge: str | None = None
    hedge_key: str | None = None
    change: Change | None = None
    level: Level | None = None  # a level of a change: "to 3.9%" NEW, "from 4.1%" OLD
    iso: str | None = None
    head: str | None = None
    noun: str | None = None  # lemma of the counted noun
    gran: float | None = None  # None: derive from value
    scale: float | None = None  # scale word applied ("million")
    digits: str = ""  # the digit string as written, for years and identifiers
    vague: tuple[Interval, Interval] | None = None
    fixed: tuple[Interval, Interval] | None = None  # dates, times, identifiers
    bare_range_end: bool = False
    extras: dict[str, object] = field(default_factory=dict)

    @property
    def g(self) -> float | None:
        if self.gran is not None:
            return self.gran
        if self.value is None:
            return None
        return granularity(self.value)

    def intervals(self, r: float) -> tuple[Interval, Interval]:
        if self.gran is None and self.value is not None:
            self.gran = granularity(self.value)  # computed once
        if self.fixed is not None:
            return self.fixed
        if self.vague is not None:
            if self.value is not None and self.hedge_key is not None:
                return hedged(float(self.value), self.g, self.hedge_key, r, count=self.is_count)
            return hedged_vague(self.vague[0], self.vague[1], self.hedge_key)
        if self.value is None:
            return Interval.everything(), Interval.everything()
        return hedged(float(self.value), self.g, self.hedge_key, r, count=self.is_count)

    @property
    def is_count(self) -> bool:
        """Counts things: a bare whole one under 100 is a point (bounds.bare)."""
        return self.kind is Kind.COUNT

    @property
    def bound(self) -> Bound:
        if self.vague is not None and (self.value is None or self.hedge_key is None):
            if self.hedge_key is None:
                if self.value is None:
                    return Bound.VAGUE
                hard = self.vague[0]  # "a pair" is two: a point is exact, "a dozen" not
                return Bound.EXACT if hard.low == hard.high else Bound.APPROX
            return BOUND_OF.get(self.hedge_key, Bound.VAGUE)
        return BOUND_OF.get(self.hedge_key, Bound.EXACT)


def beyond_float(d: Draft) -> bool:
    """A value past float range ("1e400", "2e308", "1.5e308 million") is no amount:
    no news figure comes near 1.8e308, and its bounds would be inf or NaN
    (docs/maintainers/semantics.md, "Number forms")."""
    return d.value is not None and not math.isfinite(float(d.value))


def finish(text: str, d: Draft, r: float) -> Quantity:
    """Freeze a Draft into a Quantity with exact offsets into ``text``."""
    value = d.value
    if value is not None and d.fixed is None and d.vague is None and d.hedge_key is None:
        # the common case (a bare number), inlined: this runs once per quantity
        x = float(value)
        g = d.gran
        if g is None:
            raw = d.digits
            if d.scale is None and raw.isascii() and raw.isdigit() and raw.strip("0"):
                # "5800" -> 100 without Decimal arithmetic
                g = POW10.get(len(raw) - len(raw.rstrip("0"))) or granularity(value)
            else:
                g = granularity(value)
            d.gran = g
        hard, soft = bare(x, g, d.kind is Kind.COUNT)
        return quantity(
            text[d.start : d.end], d.start, d.end, x, hard, soft, d.kind, Bound.EXACT,
            d.unit, d.hedge, d.change, g, d.iso, d.head, d.noun, d.level,
        )  # fmt: skip
    hard, soft = d.intervals(r)
    return quantity(
        text[d.start : d.end], d.start, d.end, None if value is None else float(value),
        hard, soft, d.kind, d.bound, d.unit, d.hedge, d.change,
        d.g if d.fixed is None else None, d.iso, d.head, d.noun, d.level,
    )  # fmt: skip


def finish_range(
    text: str, lo: Draft, hi: Draft, start: int, hedge: str | None, r: float
) -> Quantity:
    """A range "A to B": from the low end's lower bound to the high end's upper bound.

    Bare ends stand for themselves ("between 10 and 20" is [10, 20]); hedged ends keep
    their hedge ("as low as 500 to more than 5,000" is [500, inf)).
    """
    lh, ls = _end_intervals(lo, r)
    hh, hs = _end_intervals(hi, r)
    if (lo.value or 0) > (hi.value or 0):
        lh, ls, hh, hs = hh, hs, lh, ls
    hard = _span(lh, hh)
    soft = _span(ls, hs)
    kind = hi.kind if hi.kind is not Kind.COUNT else lo.kind
    return quantity(
        text[start : hi.end], start, hi.end, None, hard, soft, kind, Bound.RANGE,
        hi.unit or lo.unit, hedge, lo.change or hi.change, None, None, hi.head or lo.head,
        hi.noun or lo.noun, hi.level or lo.level,
    )  # fmt: skip


def _end_intervals(d: Draft, r: float) -> tuple[Interval, Interval]:
    if d.hedge_key is None and d.vague is None and d.value is not None:
        p = interval(float(d.value), float(d.value))
        return p, p
    return d.intervals(r)


def _span(a: Interval, b: Interval) -> Interval:
    """From the low end's lower bound to the high end's upper bound."""
    if a.low <= b.high:
        return interval(a.low, b.high, a.low_closed, b.high_closed)
    return a.hull(b)
