"""NC301 on counts that are not the story's day (numcheck/checkers/_day_scope.py): another
year's event, an event's last day, sitting days; month counts; a part of the day between
an onset and its date. Dated Friday 13 March 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from numcheck.checkers import days
from numcheck.checkers._day_scope import months, sitting_days
from numcheck.testing import run_checks

FRIDAY = "2026-03-13"


def codes(text: str) -> list[str]:
    return run_checks(text, [days], date=FRIDAY).codes()


@pytest.mark.parametrize(
    "text",
    [
        "The 2019 walkout, which began on March 1, lasted into its 40th day.",
        "Last year's siege, which began on Feb. 20, ended in its 30th day.",
        "The siege, which began on Feb. 20 last year, ended in its 30th day.",
        "In 2019, a walkout that began on March 1 lasted into its 40th day.",
    ],
)
def test_another_years_event_is_not_counted(text: str) -> None:
    assert codes(text) == []


def test_a_year_after_the_count_does_not_scope_it() -> None:
    # the year names another walkout, told after the count: this one is still counted
    text = ("The walkout, which began on Monday, March 9, rolls into a third week, and it "
            "threatens to outlast the 11-day walkout of 2019.")
    assert codes(text) == ["NC301"]


def test_the_articles_own_year_scopes_nothing() -> None:
    assert codes("In 2026 so far, the strike, which began on Monday, is in its fourth day.") \
        == ["NC301"]


@pytest.mark.parametrize(("ordinal", "expected"), [("third", []), ("fourth", []),
                                                    ("sixth", ["NC301"])])
def test_an_events_last_day_is_gone_by(ordinal: str, expected: list[str]) -> None:
    # ended on Wednesday or Thursday: fine; a sixth day has not come yet on Friday
    assert codes(f"The strike, which began on Monday, ended on its {ordinal} day.") == expected


@pytest.mark.parametrize(("ordinal", "expected"), [("fourth", []), ("third", ["NC301"]),
                                                    ("fifth", ["NC301"])])
def test_a_month_count_from_its_own_start(ordinal: str, expected: list[str]) -> None:
    text = f"The occupation of the port, which began on Dec. 1, is in its {ordinal} month."
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The strike began on Monday. Inflation rose for a third straight month.",
        "Prices have risen for a fifth straight month; the strike began on Dec. 1.",
        # a month near its turn may be rounded either way (month four began on March 12)
        "The occupation, which began on Dec. 12, is in its third month.",
    ],
)
def test_month_look_alikes(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(("ordinal", "expected"), [("10th", []), ("12th", []),
                                                    ("11th", ["NC301"])])
def test_sitting_days(ordinal: str, expected: list[str]) -> None:
    # Monday 2 March to Friday 13 March: 12 calendar days, 10 sitting days
    text = f"The inquiry, which began on March 2, sat for a {ordinal} day on Friday."
    assert codes(text) == expected


def test_a_strike_has_no_sitting_days() -> None:
    assert codes("The strike, which began on March 2, went on for a 10th day on Friday.") \
        == ["NC301"]


@pytest.mark.parametrize(("ordinal", "expected"), [("10th", []), ("11th", []),
                                                    ("12th", ["NC301"]), ("ninth", ["NC301"])])
def test_a_start_on_the_night_of_its_date(ordinal: str, expected: list[str]) -> None:
    # late in its day: day one may be March 3 or March 4
    text = f"The fire, which broke out on the night of March 3, is in its {ordinal} day."
    assert codes(text) == expected


def test_a_start_on_the_morning_of_its_day() -> None:
    text = "The protest, which began on the morning of March 10, is in its {} day."
    assert codes(text.format("fourth")) == []
    assert codes(text.format("fifth")) == ["NC301"]


def test_month_and_sitting_arithmetic() -> None:
    assert months(dt.date(2025, 12, 1), dt.date(2026, 3, 13)) == 4
    assert months(dt.date(2025, 12, 20), dt.date(2026, 3, 13)) == 3
    assert months(dt.date(2026, 3, 1), dt.date(2026, 3, 1)) == 1
    assert sitting_days(dt.date(2026, 3, 2), dt.date(2026, 3, 13)) == 10
    assert sitting_days(dt.date(2026, 3, 7), dt.date(2026, 3, 9)) == 1  # Sat to Mon
    assert sitting_days(dt.date(2026, 3, 9), dt.date(2026, 3, 8)) == 0


def test_a_count_written_again_in_the_headline_is_one_finding() -> None:
    text = ("Strike enters its fourth day\n\n"
            "The strike, which began on Monday, entered its fourth day, the union said.")
    result = run_checks(text, [days], date=FRIDAY)
    (found,) = list(result)
    assert found.rule == "NC301"
    assert found.location.start > text.index("The strike")  # the body's telling
    assert any(at.start < text.index("The strike") for at in found.related)  # the headline's
