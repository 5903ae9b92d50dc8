"""Interval arithmetic the checkers compute with: differences, products, quotients."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from numcheck.interval import Interval

finite = st.floats(-1e6, 1e6, allow_nan=False)


def test_difference_of_two_levels() -> None:
    # "rose from about 40 to 50": 50 - [36, 44] is [6, 14]
    assert Interval.point(50) - Interval(36, 44) == Interval(6, 14)


def test_product_and_quotient() -> None:
    share = Interval(0.395, 0.405) * Interval(200, 200)  # "40% of 200"
    assert (share.low, share.high) == (79.0, 81.0)
    quotient = Interval(6, 14).divided_by(Interval(36, 44))
    assert quotient is not None
    assert round(quotient.low, 3) == round(6 / 44, 3)
    assert round(quotient.high, 3) == round(14 / 36, 3)
    assert Interval(1, 2).divided_by(Interval(-1, 1)) is None


def test_meets_allows_float_noise() -> None:
    assert Interval(0, 1).meets(Interval(1 + 1e-12, 2))
    assert not Interval(0, 1).meets(Interval(1.5, 2), slack=0.4)
    assert Interval(0, 1).meets(Interval(1.5, 2), slack=0.5)


@given(finite, finite, finite, finite, st.floats(0, 1), st.floats(0, 1))
def test_arithmetic_holds_every_pair_of_members(a, b, c, d, s, t) -> None:
    x, y = Interval.closed(a, b), Interval.closed(c, d)
    u, v = x.low + s * x.width, y.low + t * y.width
    assert (x - y).meets(Interval.point(u - v), 1e-6)
    assert (x * y).meets(Interval.point(u * v), 1e-3)
