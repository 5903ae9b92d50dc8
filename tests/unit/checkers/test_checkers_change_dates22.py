"""NC206 across a calendar date in the first level's clause, wave 22 (pchange22): "since
Nov. 1", "on Aug. 2, 2025", "on Tuesday, Nov. 3", "by Dec. 31" date the level; their
digits are no other figure between the level and the comparison set off after it, and
the dot of "Nov." ends no sentence for the parser. Each pair: the wrong step is
reported, the right one is not."""

from __future__ import annotations

import pytest

from numcheck.checkers import change
from numcheck.checkers._clause_times import month_names, without_dates
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [change]).codes()


DATED = {
    "since a month and day": (
        "The county has spent $1.9 million on snow removal since Nov. 1, up 45% from "
        "$1.4 million in the same period last year.",
        "The county has spent $1.9 million on snow removal since Nov. 1, up 36% from "
        "$1.4 million in the same period last year.",
    ),
    "a change noun after the date": (
        "The charity raised £84,000 by Dec. 31, a rise of 12% on the £70,000 raised a year "
        "earlier.",
        "The charity raised £84,000 by Dec. 31, a rise of 20% on the £70,000 raised a year "
        "earlier.",
    ),
    "a week ending on a date": (
        "The clinic saw 1,240 patients in the week to Jan. 12, up 14% from 1,000 in the same "
        "week last year.",
        "The clinic saw 1,240 patients in the week to Jan. 12, up 24% from 1,000 in the same "
        "week last year.",
    ),
    "a date with its year": (
        "Attendance hit 41,200 on Aug. 2, 2025, up 25% from 35,800 the year before.",
        "Attendance hit 41,200 on Aug. 2, 2025, up 15% from 35,800 the year before.",
    ),
    "the day before the month": (
        "Applications stood at 5,400 on 14 February, up 18% from 5,000.",
        "Applications stood at 5,400 on 14 February, up 8% from 5,000.",
    ),
    "a weekday before the date": (
        "Sales hit 4,100 on Tuesday, Nov. 3, up 30% from 3,500.",
        "Sales hit 4,100 on Tuesday, Nov. 3, up 17% from 3,500.",
    ),
    "a fiscal year": (
        "The trust treated 4,800 patients in fiscal 2025, up 30% from 4,100.",
        "The trust treated 4,800 patients in fiscal 2025, up 17% from 4,100.",
    ),
    "a season of two years": (
        "The club drew 410,000 fans during the 2024-25 season, up 18% from 380,000.",
        "The club drew 410,000 fans during the 2024-25 season, up 8% from 380,000.",
    ),
    "compared with after the date": (
        "Sales were 4,100 on Nov. 3, compared with 3,500, an increase of 30%.",
        "Sales were 4,100 on Nov. 3, compared with 3,500, an increase of 17%.",
    ),
}

# the parser reads "points" after a date as percentage points when the sentence gives
# percentages before the date: the month's dot ends no sentence
POINTS = (
    "Turnout rose to 46.9% from 39.2% in the Nov. 3 first round, a jump of 9.7 points.",
    "Turnout rose to 46.9% from 39.2% in the Nov. 3 first round, a jump of 7.7 points.",
)


def test_points_after_a_date() -> None:
    wrong, right = POINTS
    assert codes(wrong) == ["NC206"]
    assert codes(right) == []


@pytest.mark.parametrize("name", DATED)
def test_a_dated_clause_is_read(name: str) -> None:
    wrong, right = DATED[name]
    assert codes(wrong) == ["NC206"]
    assert codes(right) == []


@pytest.mark.parametrize("sentence", [
    # a share of a normal, not a change
    "Rainfall totaled 4.2 inches since Nov. 1, 140% of normal for the period.",
    # the step's levels are another measure's, after a clause break
    "The shelter housed 96 dogs on Nov. 3, a rise of 20% in a month, while cats fell from 50 "
    "to 40.",
    # a level against another period's level, told after the date
    "Membership reached 12,400 on Jan. 1, up 24% on the year; the club had 10,000 members "
    "on Jan. 1, 2025.",
])
def test_no_change_no_finding(sentence: str) -> None:
    assert codes(sentence) == []


def test_only_dates_are_masked() -> None:
    assert without_dates("since nov. 1, up") == "since date, up"
    assert without_dates("on aug. 2, 2025, up") == "on date, up"
    assert without_dates("on tuesday, nov. 3, up") == "on date, up"
    assert without_dates("on tuesday, up") == "on tuesday, up"
    assert without_dates("in q3 2025, up") == "in date, up"
    assert without_dates("of 20251 and 2025.5") == "of 20251 and 2025.5"
    assert without_dates("in 12 districts, up") == "in 12 districts, up"
    assert without_dates("on nov. 1,200 people") == "on nov. 1,200 people"


@pytest.mark.parametrize("bad", [["Nov", 11], ["Nov", ""], ["Nov1"]])
def test_a_wrong_month_table_is_refused(bad: list[object]) -> None:
    with pytest.raises(ValueError, match="months"):
        month_names(bad)
