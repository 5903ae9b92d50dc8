"""NC201/NC203 through "N of them" after "A of the B" (numcheck/checkers/_partitive.py
``_subset``, ``_sum``, ``[partitive] plural_pronouns``; numcheck/checkers/shares.py
``_ahead``): "them" counts the group the clause named (A), never a sum of money, and a
share set off before a later clause is the earlier pair's. Each wrong text raises NC2xx,
each consistent one stays silent (main raised NC203 on every one of them). A part the
group A cannot hold ("90 of the 240 homes ... 120 of them") keeps main's reading of the
whole B: either is open, so no NC201 is raised there."""

from __future__ import annotations

import pytest

from numcheck.testing import run_checks


def nc2(text: str) -> list[str]:
    return [c for c in run_checks(text, builtins=True).codes() if c.startswith("NC2")]


CONSISTENT = {
    "ballot": "Union ballot: 412 of the 1,030 members voted, or 40%, and 301 of them, "
    "nearly three-quarters, backed action.",
    "strike": "Some 620 of the 1,500 nurses joined the strike on Monday, and 410 of them, "
    "about two-thirds, stayed out all week.",
    "inspections": "Inspectors visited 90 of the 240 care homes, or three in eight, and "
    "rated 27 of them, 30%, as inadequate.",
    "roadside": "Police stopped 180 of the 2,000 drivers checked at the roadside, and 45 of "
    "them, a quarter, failed a breath test.",
    "tickets": "The club sold 5,000 of its 8,000 season tickets, or 62.5%, and 4,000 of "
    "them, 80%, went to returning fans.",
    "libraries and money": "The council's 22 libraries cost £3.4m to run last year; 15 of "
    "them, about 68%, open on Sundays.",
    "car parks and money": "The town's 14 car parks earned £1.2m last year; nine of them, "
    "about 64%, sit in the centre.",
    "bridges": "Engineers checked 64 of the 400 bridges, 16% of the stock, and found 16 of "
    "them, a quarter, in poor repair.",
    "carriages": "Eleven of the 14 carriages left the rails, nearly 80% of the train, and "
    "three of them overturned.",
    "wards": "Twelve of the 20 wards reported by midnight, 60% of the count, and nine of "
    "them, three-quarters, backed the mayor.",
}

WRONG = {
    "a share of the group off": "Some 620 of the 1,500 nurses joined the strike on Monday, "
    "and 410 of them, about a quarter, stayed out all week.",
    "a share of things after money": "The council's 22 libraries cost £3.4m to run last "
    "year; 15 of them, about 30%, open on Sundays.",
    "a share of the group set off": "Police stopped 180 of the 2,000 drivers checked at the "
    "roadside, and 45 of them, 60%, failed a breath test.",
    "the first pair's share still read": "Engineers checked 64 of the 400 bridges, 40% of "
    "the stock, and found 16 of them in poor repair.",
    "the later part's own share": "Eleven of the 14 carriages left the rails, nearly 80% of "
    "the train, and three of them, about half, overturned.",
}


@pytest.mark.parametrize("name", CONSISTENT)
def test_a_consistent_part_of_them_is_silent(name: str) -> None:
    assert nc2(CONSISTENT[name]) == []


@pytest.mark.parametrize("name", WRONG)
def test_a_wrong_part_of_them_is_caught(name: str) -> None:
    assert nc2(WRONG[name]) != []
