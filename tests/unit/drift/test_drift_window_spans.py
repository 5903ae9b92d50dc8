"""The span drift compares a figure by (Alignment.span): the story's own span is no
window, equal spans worded apart are one, and rolling, first and forward windows, frames
that outlast a story and every change keep theirs. Examples in our own words."""

from __future__ import annotations

import dataclasses

import pytest
from drift_helpers import claim, closed

from numcheck.checkers.drift.alignment import Alignment
from numcheck.claims import Claim

ALIGN = Alignment.from_lexicon()
WEDNESDAY = "2026-03-04"


def told(window: str | None, date: str | None = WEDNESDAY, *, change: bool = False) -> Claim:
    made = claim("a.md", "40", closed(40, 40), window=window, date=date)
    return dataclasses.replace(made, is_change=change)


@pytest.mark.parametrize(
    "window",
    [
        None,
        "since storm began",  # an incident noun, any of its forms
        "since quake began",
        "since flooding began",
        "since protests began",  # an event of a news cycle
        "since offensive began",
        "since outbreak began",
        "since it began",  # a pronoun: the story's event
        "since monday",  # a day of the story's news cycle
        "since saturday",
        "since march 2",
        "since mar. 2",
        "since march",  # "began in March", on 4 March: this week
        "since records began",  # a record's yardstick, no span
    ],
)
def test_the_storys_own_span_is_no_window(window: str | None) -> None:
    assert ALIGN.span(told(window)) is None


@pytest.mark.parametrize(
    ("window", "span"),
    [
        ("last 24 hours", "last 24 hours"),  # rolling: never the total
        ("first 7 days", "first 7 days"),
        ("next 3 years", "next 3 years"),
        ("since war began", "since war began"),  # frames that outlast a story
        ("since pandemic began", "since pandemic began"),
        ("since mission began", "since mission began"),
        ("since ceasefire began", "since ceasefire began"),
        ("since year began", "since year began"),
        ("since season began", "since season began"),
        ("since police began", "since police began"),  # not a happening
        ("since 2014", "since 2014"),  # "since the mission began in 2014"
        ("since jan 12", "since 2026-01-12"),  # older than the news cycle
        ("since december 30", "since 2025-12-30"),  # last year's
        ("in 2019", "in 2019"),
    ],
)
def test_other_spans_are_kept(window: str, span: str) -> None:
    assert ALIGN.span(told(window)) == span


def test_a_change_keeps_its_span_resolved() -> None:
    # "shares have fallen 12% since Monday" is not the day's fall
    assert ALIGN.span(told("since monday", change=True)) == "since 2026-03-02"
    assert ALIGN.span(told("since march 2", change=True)) == "since 2026-03-02"
    assert ALIGN.span(told("since storm began", change=True)) == "since storm began"


def test_without_a_date_a_weekday_is_still_the_week() -> None:
    assert ALIGN.span(told("since monday", None)) is None
    assert ALIGN.span(told("since mar 2", None)) == ALIGN.span(told("since march 2", None))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("last 48 hours", "last 2 days"),
        ("last 3 days", "last 72 hours"),
        ("last 14 days", "last 2 weeks"),
        ("last 1 years", "last 12 months"),
        ("last day", "last 24 hours"),
    ],
)
def test_equal_lengths_are_one_window(first: str, second: str) -> None:
    assert ALIGN.window(first) == ALIGN.window(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("last 24 hours", "last 7 days"),
        ("last 72 hours", "last 4 days"),
        ("first 7 days", "last 7 days"),
        ("last few days", "last few weeks"),
    ],
)
def test_different_lengths_stay_apart(first: str, second: str) -> None:
    assert ALIGN.window(first) != ALIGN.window(second)


def test_counted_up_still_reads_the_window_as_written() -> None:
    # a count since the onset only grows, though its span is the story's own
    assert ALIGN.grows(told("since outbreak began"))
    assert ALIGN.grows(told("since monday"))
