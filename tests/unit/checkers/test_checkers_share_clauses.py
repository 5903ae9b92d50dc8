"""NC203 with the share's clause going on before its count is set off
(numcheck/checkers/_apposed.py ``_forward``, wave 13): "lost 30% of its 1,200 sheep to
the blizzard, about 480 animals". The count must count the base's thing and end its
phrase; another clause, a comparison or another group breaks the link."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [shares]).codes()


# (wrong, right)
CLAUSES = {
    "a phrase of the verb": (
        "The farm lost 30% of its 1,200 sheep to the blizzard, about 480 animals.",
        "The farm lost 30% of its 1,200 sheep to the blizzard, about 360 animals.",
    ),
    "an attribution and a dash": (
        "Some 18% of the region's 420,000 adults smoke, according to the survey - about "
        "95,000 people.",
        "Some 18% of the region's 420,000 adults smoke, according to the survey - about "
        "75,000 people.",
    ),
    "a predicate and a colon": (
        "One in four of the 3,600 bridges in the state is structurally deficient, the "
        "report found: 720 bridges.",
        "One in four of the 3,600 bridges in the state is structurally deficient, the "
        "report found: 900 bridges.",
    ),
}


@pytest.mark.parametrize("name", list(CLAUSES))
def test_a_share_clause_before_its_count(name: str) -> None:
    wrong, right = CLAUSES[name]
    assert codes(wrong) == ["NC203"]
    assert codes(right) == []


@pytest.mark.parametrize(
    "text",
    [
        # the count opens a phrase of its own: another group
        "Around 30% of the 500 staff work part-time, about 200 in the London office.",
        "Nearly 30% of the 1,000 homes in the town were flooded, 250 of them in the old "
        "quarter.",
        "The firm sold 40% of its 500 shares to Acme, 150 to Beta.",
        # another thing than the base's
        "About 40% of the 2,000 residents of the valley live below the poverty line, the "
        "charity said, 620 families.",
        # a change after the clause, not the share's count
        "Roughly 45% of the 12,000 voters in the ward turned out on Thursday, the council "
        "said, up from 4,100.",
    ],
)
def test_no_count_of_the_share(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The union, which represents 1,900 of the company's 2,600 drivers, rejected a 4.5% "
        "pay offer last week.",
        "Ardent, which owns 40 of the 120 stores, bought its 20% stake in 2019.",
    ],
)
def test_a_percentage_sizing_a_noun_is_no_share_of_the_whole(text: str) -> None:
    assert codes(text) == []
