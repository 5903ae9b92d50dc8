"""NC301 on the real pipeline: the ordinals of a series a sentence runs through ("150 in
its first week and about 90 in its second", "up from 900 on the first day and 1,700 on
the fifth"; numcheck/checkers/_day_units.py ``behind``) are periods gone by, never the
story's day; the furthest of the series is still checked, and so is an ordinal after a
present verb ("is now in its second week"). An inclusive link right before the start's
day ("for nine days since Dec. 31") lets the first day count."""

from __future__ import annotations

import pytest

from numcheck.checkers import days
from numcheck.testing import run_checks

FRIDAY = "2026-04-17"  # Friday 17 April 2026


def codes(text: str, date: str = FRIDAY) -> list[str]:
    return run_checks(text, [days], date=date).codes()


# nothing to report: each earlier period of a series is one gone by
GONE_BY = [
    "The ceasefire took effect on April 5. Aid agencies said 240 trucks had crossed since "
    "the truce began, 150 in its first week and about 90 in its second.",
    "The strike began on Monday, April 6. In its first week, 1,200 flights were cancelled, "
    "and in its second, so far, 800.",
    "Truckers began blocking the crossing on April 6. On Friday, the 12th day, 2,400 trucks "
    "were stuck, up from 900 on the first day and 1,700 on the fifth.",
    "A truce that began at dawn on April 7 held for an 11th day on Friday, after breaking "
    "down twice in its first week.",
]


@pytest.mark.parametrize("text", GONE_BY)
def test_an_earlier_period_of_a_series_is_gone_by(text: str) -> None:
    assert "NC301" not in codes(text)


# the furthest of the series, or an ordinal after a present verb, is the story's day
STILL_CHECKED = [
    "Truckers began blocking the crossing on April 6. On Friday, the 14th day, 2,400 trucks "
    "were stuck, up from 900 on the first day and 1,700 on the fifth.",
    "The strike began on Monday, April 6, and is now in its third week, with 1,200 flights "
    "cancelled in its first week and 800 in its second.",
    "A truce that began at dawn on April 5 held for an 11th day on Friday, after breaking "
    "down twice in its first week.",
    "The lockout, which began on Monday, March 30, is now in its second week, with 1,200 "
    "jobs lost in its first and 900 in its second, and on Friday, its 19th day, talks "
    "resumed.",
]


@pytest.mark.parametrize("text", STILL_CHECKED)
def test_the_story_day_of_a_series_is_still_checked(text: str) -> None:
    assert "NC301" in codes(text)


def test_an_inclusive_link_right_before_the_day_counts_the_first() -> None:
    text = "The hospital has been on critical alert for nine days since Dec. 31, its longest."
    assert "NC301" not in codes(text, "2026-01-08")
    wrong = "The hospital has been on critical alert for 12 days since Dec. 31, its longest."
    assert "NC301" in codes(wrong, "2026-01-08")


def test_a_wrong_period_openers_entry_is_refused() -> None:
    from numcheck.checkers._day_units import behind

    with pytest.raises(ValueError, match="period_openers"):
        behind(None, [], {}, {"period_openers": ["in its"]})  # type: ignore[arg-type]
