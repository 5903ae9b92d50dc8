"""A colon that ends the clause of a total opens its breakdown however far the total
stands before it (checkers/_sums.py ``_colon_clause``, ``[sums] clause_breaks``); an
age glued to a listed item's noun qualifies it and does not end the list
(``_unqualified``); a total cue before the next figure's currency sign ("a total of
£4.6m") makes that figure the total, not the last item (``_closes``)."""

from __future__ import annotations

import pytest
from sentence_rules import rules as _rules


@pytest.mark.parametrize("sentence", [
    "Fire crews rescued 46 people from the flooded estate in the early hours of Sunday: 21 "
    "adults, 15 children and 12 pensioners.",
    "The hospital admitted 312 patients with flu last week: 140 adults over 65, 96 younger "
    "adults and 58 children.",
    "The grant covers roads (£2.1m), parks (£1.5m) and libraries (£0.8m), a total of £4.6m.",
])
def test_breakdowns_that_do_not_add_up(sentence: str) -> None:
    assert _rules(sentence) == ["NC202"]


@pytest.mark.parametrize("sentence", [
    "Fire crews rescued 48 people from the flooded estate in the early hours of Sunday: 21 "
    "adults, 15 children and 12 pensioners.",
    "The hospital admitted 294 patients with flu last week: 140 adults over 65, 96 younger "
    "adults and 58 children.",
    "Crews checked 46 homes on the estate in the early hours of Sunday, as residents fled: 21 "
    "adults, 15 children and 12 pensioners.",
    "The grant covers roads (£2.1m), parks (£1.5m) and libraries (£0.8m), a total of £4.4m.",
])
def test_breakdowns_that_add_up_or_another_clause(sentence: str) -> None:
    assert _rules(sentence) == []
