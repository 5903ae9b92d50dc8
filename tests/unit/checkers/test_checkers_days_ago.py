"""NC301: "N days ago" and the date written beside it name one day, counted back from
the article's date (numcheck/checkers/_ago.py)."""

from __future__ import annotations

import pytest

from numcheck.checkers import days
from numcheck.testing import run_checks

DATE = "2024-03-14"


def codes(text: str, date: str | None = DATE) -> list[str]:
    return run_checks(text, [days], date=date).codes()


@pytest.mark.parametrize(
    "text",
    [
        "The search, which began 20 days ago on March 4, was scaled back.",
        "On March 4, three weeks ago, the dockers walked out.",
        "The fire broke out on 2 March (five days ago) at the mill.",
    ],
)
def test_a_date_and_its_days_ago_that_disagree(text: str) -> None:
    assert codes(text) == ["NC301"]


@pytest.mark.parametrize(
    "text",
    [
        "The search, which began ten days ago on March 4, was scaled back.",
        "On Feb. 21, three weeks ago, the dockers walked out.",
        "The fire broke out on 2 March (12 days ago) at the mill.",
        # a day's slack: an article dated the day after it was written
        "The search began 11 days ago on March 4.",
        # a weekday is read from the article's date itself; a hedge allows any day
        "It was announced nine days ago, on Monday.",
        "The search began about 20 days ago, on March 4.",
        # the date is no start of the duration: another clause
        "The plant closed 20 days ago and reopened on March 4.",
    ],
)
def test_a_date_and_its_days_ago_that_agree_or_do_not_meet(text: str) -> None:
    assert codes(text) == []


def test_no_article_date_no_count() -> None:
    assert codes("The search began 20 days ago on March 4.", date=None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma may set off the clause that names the start
        ("Pickets have been outside the plant for 15 days, since the strike began on "
         "March 4.", ["NC301"]),
        ("Pickets have been outside the plant for 10 days, since the strike began on "
         "March 4.", []),
        # "since": the days the strike has been on, the first among them
        ("The strike has lasted 11 days since it began on March 4.", []),
        ("The strike has lasted 12 days since it began on March 4.", ["NC301"]),
    ],
)
def test_a_duration_since_its_start(text: str, expected: list[str]) -> None:
    assert codes(text) == expected
