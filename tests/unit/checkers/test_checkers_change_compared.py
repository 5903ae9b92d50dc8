"""A level compared with another by a multiplier word between them (checkers/_compared.py,
``[levels] comparisons``): "9,000, double the 4,000 sold last year" states a factor
between the two levels, checked as "doubled to 9,000 from 4,000" is (NC206)."""

from __future__ import annotations

import pytest
from sentence_rules import rules as _rules


@pytest.mark.parametrize("sentence", [
    "Sales reached 9,000, double the 4,000 sold last year.",
    "Sales reached 9,000, twice last year's 4,000.",
    "Exports hit £6.1m, treble the £1.2m of 2019.",
])
def test_a_factor_the_levels_do_not_bear_out(sentence: str) -> None:
    assert _rules(sentence) == ["NC206"]


@pytest.mark.parametrize("sentence", [
    "Sales reached 8,000, double the 4,000 sold last year.",
    "Nearly 7,800 people came, almost double the 4,000 organisers expected.",
    "He was paid £90,000, twice the average salary of £45,000.",
    "Tickets cost £45, double-decker tours £20 and river trips £15.",  # no comparison
    "The club has 450 members, twice-weekly sessions for 60 juniors and 200 waiting.",
    # a count of times is written loosely: not read as a comparison (two false alarms
    # on an unseen batch against two finds on a gate)
    "The firm sold 9,000 cars, three times as many as the 4,000 it sold a year earlier.",
])
def test_a_factor_borne_out_or_no_comparison(sentence: str) -> None:
    assert _rules(sentence) == []
