"""A list whose bare items each carry their own prepositional label breaks the total
down (checkers/_sums.py ``_placed``, ``[sums] labels``): "400 flights, 140 on Monday,
120 on Tuesday and 160 on Wednesday" as "212 homes, 140 in Kesby, ..." always did; a
series whose first figure has a label of its own is no total and its parts."""

from __future__ import annotations

import pytest
from sentence_rules import rules as _rules


@pytest.mark.parametrize("sentence", [
    "The airline cancelled 400 flights, 140 on Monday, 120 on Tuesday and 160 on Wednesday.",
    "The strike involved 400 drivers, 140 from Kell depot, 120 from Dorne and 160 from Marby.",
    "Police made 40 arrests, 14 at the stadium, 12 at the station and 16 on the streets.",
    "The club sold 40,000 tickets, 14,000 to home fans, 12,000 to away fans and 16,000 to "
    "sponsors.",
    "The charity handed out 400 parcels, 140 for families, 120 for pensioners and 160 for "
    "students.",
])
def test_labelled_items_that_do_not_add_up(sentence: str) -> None:
    assert _rules(sentence) == ["NC202"]


@pytest.mark.parametrize("sentence", [
    "The airline cancelled 400 flights, 140 on Monday, 100 on Tuesday and 160 on Wednesday.",
    "The airline carried 1.2 million passengers in March, 1.4 million in April and 1.5 "
    "million in May.",  # a series: the first figure is an item with its own label
    "The appeal raised £12,000 on Monday, £18,000 on Tuesday and £25,000 on Wednesday.",
    "Firefighters were called 1,240 times last year, 310 to false alarms, the service said.",
])
def test_labelled_items_that_add_up_or_a_series(sentence: str) -> None:
    assert _rules(sentence) == []
