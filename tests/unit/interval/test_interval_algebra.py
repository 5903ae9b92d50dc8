"""Hypothesis properties of Interval and of unit conversion."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from numcheck.interval import Interval

finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)
ends = st.one_of(finite, st.just(math.inf), st.just(-math.inf))


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    a, b = sorted((draw(ends), draw(ends)))
    lc = draw(st.booleans()) and math.isfinite(a)
    hc = draw(st.booleans()) and math.isfinite(b)
    if a == b and math.isfinite(a):
        lc = hc = True
    return Interval(a, b, lc, hc)


@settings(max_examples=300)
@given(intervals(), intervals())
def test_intersection_is_symmetric(a: Interval, b: Interval) -> None:
    assert a.intersection(b) == b.intersection(a)
    assert a.intersects(b) == b.intersects(a)


@settings(max_examples=300)
@given(intervals(), intervals())
def test_intersection_within_both_and_hull_holds_both(a: Interval, b: Interval) -> None:
    both = a.intersection(b)
    if both is not None:
        assert both.low >= max(a.low, b.low)
        assert both.high <= min(a.high, b.high)
    h = a.hull(b)
    assert h.low <= min(a.low, b.low)
    assert h.high >= max(a.high, b.high)
    assert h.low <= h.high


@settings(max_examples=200)
@given(intervals(), finite)
def test_contains_agrees_with_point_intersection(a: Interval, x: float) -> None:
    assert a.contains(x) == a.intersects(Interval.point(x))


def test_half_open_rounding_intervals_are_disjoint() -> None:
    assert not Interval(500, 1500, True, False).intersects(Interval(1500, 2500, True, False))


CONVERSIONS = [("mile", "kilometer"), ("degree_Celsius", "degree_Fahrenheit"),
               ("kilometer / hour", "mile / hour"), ("metric_ton", "pound"),
               ("square_kilometer", "acre"), ("decade_of_years", "year"),
               ("oil_barrel", "liter")]


@settings(max_examples=60, deadline=None)
@given(finite, finite, st.sampled_from(CONVERSIONS))
def test_conversion_round_trips(a: float, b: float, pair: tuple[str, str]) -> None:
    from numcheck.units import convert

    iv = Interval.closed(a, b)
    there = convert(iv, *pair)
    back = convert(there, pair[1], pair[0])
    assert back.low == pytest.approx(iv.low, rel=1e-9, abs=1e-6)
    assert back.high == pytest.approx(iv.high, rel=1e-9, abs=1e-6)
