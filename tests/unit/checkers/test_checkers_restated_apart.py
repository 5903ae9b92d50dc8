"""NC101: figures of one event that are no restatement of its count: a share of it, a
person's age after "of" (numcheck/checkers/restated.py, _ages.py)."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return [c for c in run_checks(text, [restated]).codes() if c.startswith("NC10")]


@pytest.mark.parametrize(
    "text",
    [
        # a share of the count, in words, after a headline that gives the count
        "# Measles outbreak reaches 27 cases\n\nThe outbreak has grown to 27 confirmed "
        "cases, the agency said.\n\nChildren make up nearly half of the cases.",
        "# Salmonella outbreak at school reaches 40 cases\n\nSome 40 cases have been "
        "confirmed.\n\nAbout a third of the cases are staff.",
        # a person's age after "of"
        "A woman of 72 has died, bringing the number of dead to four.\n\nFour people have "
        "now died after Sunday's crash, police said.",
        "A boy of nine was among the injured.\n\nFourteen people were injured, the "
        "ambulance service said.",
    ],
)
def test_a_share_or_an_age_is_no_restated_count(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the counts themselves still meet
        "A woman of 72 was one of four people killed in the crash.\n\n"
        "The crash on the bypass killed five people.",
        "A fire destroyed 30 homes on Sunday.\n\nThe 38 homes destroyed were holiday lets.",
    ],
)
def test_the_counts_beside_them_are_still_compared(text: str) -> None:
    assert codes(text) != []


def test_figures_four_orders_of_magnitude_apart_are_two_things() -> None:
    text = (
        "Shares in Orvane, the packaging group, fell 11% to 356p on Tuesday after it cut its "
        "profit forecast for the second time this year.\n\n"
        "The company now expects underlying operating profit of £118m to £124m for 2025.\n\n"
        "Orvane's shares have lost 38% since January, cutting its market value to about "
        "£1.1bn."
    )
    assert run_checks(text, [restated]).codes() == []
