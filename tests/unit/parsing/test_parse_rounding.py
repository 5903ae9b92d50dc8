"""The two-tier reading of round numbers (docs/maintainers/semantics.md, "Two tiers").

hard = the coarse rounding [x - g/2, x + g/2) (only a figure outside it contradicts),
soft = the rounding at two significant digits (a figure outside it is drift). Bare
whole counts under 100 are points; measures keep their rounding.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from numcheck import parse
from numcheck.interval import Interval
from numcheck.parsing.bounds import hedged, soft_granularity
from numcheck.quantity import Quantity


def one(text: str) -> Quantity:
    (q,) = parse(text)
    return q


def test_round_thousands_hard_is_coarse_soft_is_two_digits() -> None:
    q = one("2,000 people fled")
    assert q.hard == Interval(1500, 2500, True, False)
    assert q.soft == Interval(1950, 2050, True, False)


def test_one_million_soft_is_two_digit_rounding() -> None:
    q = one("One million people fled")
    assert q.hard == Interval(500_000, 1_500_000, True, False)
    assert q.soft == Interval(950_000, 1_050_000, True, False)
    assert 1_400_000 in q.hard
    assert 1_400_000 not in q.soft


def test_two_significant_digits_written_keep_one_tier() -> None:
    q = one("5,800 soldiers")
    assert q.hard == q.soft == Interval(5750, 5850, True, False)
    assert one("5,840 soldiers").soft == Interval(5835, 5845, True, False)


def test_small_bare_counts_are_points() -> None:
    for text, value in [("10 children", 10), ("34 people", 34), ("six ships", 6), ("90 cars", 90)]:
        q = one(text)
        assert q.hard == q.soft == Interval.point(value), text


def test_counts_from_100_are_rounded() -> None:
    q = one("500 people")
    assert q.hard == Interval(450, 550, True, False)
    assert q.soft == Interval(495, 505, True, False)


def test_measures_keep_their_rounding() -> None:
    q = one("a 40-mile convoy")
    assert q.hard == Interval(35, 45, True, False)
    assert q.soft == Interval.point(40)  # written to two digits: 40, not 39 or 41
    pct = one("a 3.9% rate")
    assert (pct.hard.low, pct.hard.high) == (pytest.approx(3.85), pytest.approx(3.95))
    assert pct.soft == pct.hard


def test_about_takes_two_tiers() -> None:
    q = one("about 2,000 civilians")
    assert q.hard == Interval(1500, 2500)
    assert q.soft == Interval(1800, 2200)


def test_hedged_small_count_keeps_its_tolerance() -> None:
    q = one("about 40 people")
    assert q.hard == Interval(35, 45)
    assert q.soft == Interval(36, 44)


def test_comparatives_read_up_to_the_next_step_as_written() -> None:
    q = one("more than 5,000 people")
    assert q.soft == Interval(5000, 6000, False, True)
    assert 5840 in q.soft


def test_soft_granularity_examples() -> None:
    assert soft_granularity(2000, 1000) == 100
    assert soft_granularity(1_000_000, 1_000_000) == 100_000
    assert soft_granularity(5840, 10) == 10
    assert soft_granularity(0.5, 0.1) == 0.01
    assert soft_granularity(7, 1) == 1


@given(
    st.integers(min_value=1, max_value=10**9),
    st.sampled_from([None, "approx", "below", "above", "gt", "well_gt", "ge", "le", "lt"]),
    st.booleans(),
)
def test_soft_never_leaves_hard(n: int, key: str | None, count: bool) -> None:
    x = float(n)
    g = float(10 ** (len(str(n)) - len(str(n).rstrip("0"))))
    hard, soft = hedged(x, g, key, 0.1, count=count)
    both = hard.intersection(soft)
    assert both is not None
    if key not in ("gt", "well_gt", "ge"):  # the pragmatic reading may be a sub-range
        assert soft.low >= hard.low
        assert soft.high <= hard.high
