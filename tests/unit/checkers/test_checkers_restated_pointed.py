"""NC101-NC103 on positive evidence of which figure a later one restates: a plain
amount after a demonstrative ("much of that £6.1m", ``_restate_demonstrative``); a
modifier after the noun that repeats the earlier figure's own words ("the 140 homes in
Arnby", ``_anaphora._same_measure``); a definite figure that repeats an earlier one word
for word points at it and is held against no other (``_restate_resolved``)."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def restated_codes(text: str) -> list[str]:
    return [c for c in run_checks(text, [restated]).codes() if c.startswith("NC10")]


# (text with {} for the restated figure, a figure that agrees, one that does not)
POINTED = [
    # a demonstrative after a preposition: "that" is no complementiser there
    ("Five men were jailed for a phone scam that cost pensioners £1.6m.\n\n"
     "Detectives said much of that {} had been spent on cars.", "£1.6m", "£6.1m"),
    # "this" before a plain amount
    ("Norvik Energy spent £120m on grid connections in 2025.\n\n"
     "Of this {}, a quarter went on offshore links.", "£120m", "£102m"),
    # "those" before a plain measure
    ("Hartness recorded 142mm of rain in October.\n\n"
     "Most of those {} fell in a single week.", "142mm", "124mm"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), POINTED)
def test_a_plain_amount_after_a_demonstrative(text: str, right: str, wrong: str) -> None:
    assert restated_codes(text.format(right)) == []
    assert restated_codes(text.format(wrong)) != []


@pytest.mark.parametrize(
    "text",
    [
        # "that" after a verb is a complementiser: a new amount
        "Five men were jailed for a scam that cost pensioners £1.6m.\n\n"
        "Detectives said that £1.2m had been spent on cars.",
        # the sum of two amounts said before
        "The trust will get £4m for scanners and £1.5m for a ward.\n\n"
        "With this £5.5m, it hopes to cut waiting lists.",
        # a part of an amount, far under it
        "The council will spend £3m on roads.\n\n"
        "Of that £3m, £1.2m will go on potholes.\n\n"
        "Council leader Anne Price said this £1.2m was a record.",
        # a later amount of another year, no demonstrative
        "Norvik spent £120m on connections in 2025.\n\n"
        "The company expects to spend £140m this year.",
    ],
)
def test_demonstrative_look_alikes(text: str) -> None:
    assert restated_codes(text) == []


def test_a_definite_figure_points_at_the_figure_it_repeats() -> None:
    two_sets = (
        "Greenline will withdraw 14 routes and add 12 routes in the new town of Ashby.\n\n"
        "The 12 routes in Ashby will run every 20 minutes.\n\n"
        "Councillor Jo Pryce said the loss of those 14 routes would leave villages cut off."
    )
    assert restated_codes(two_sets) == []
    two_years = (
        "Pennywise opened 25 stores in 2025 and plans 30 this year.\n\n"
        "The 25 stores opened last year employ about 900 people.\n\n"
        "Mark Dale said the 30 stores planned this year would be mostly in Scotland."
    )
    assert restated_codes(two_years) == []


def test_a_later_misstatement_is_still_reported() -> None:
    text = (
        "The council approved 36 flats on the library site.\n\n"
        "The 36 flats will share a garden.\n\n"
        "Work on the 32 flats will start in June."
    )
    assert restated_codes(text) != []


def test_a_modifier_that_repeats_the_earlier_words() -> None:
    text = (
        "A flash flood damaged 140 homes in Arnby and 110 homes in nearby Colwick.\n\n"
        "Insurers said claims for the 110 homes in Colwick could take months.\n\n"
        "The {} homes in Arnby were mostly on the river side."
    )
    assert restated_codes(text.format("140")) == []


def test_a_modifier_that_repeats_the_earlier_words_finds_a_misstatement() -> None:
    text = (
        "A flash flood damaged 140 homes in Arnby on Saturday.\n\n"
        "About 60 people spent the night in a sports centre.\n\n"
        "The {} homes in Arnby were mostly on the river side."
    )
    assert restated_codes(text.format("140")) == []
    assert restated_codes(text.format("104")) != []


def test_a_demonstrative_before_a_sum_of_three() -> None:
    text = (
        "Police arrested seven men, two women and a teenager after the match.\n\n"
        "Of these 10, four were later released without charge."
    )
    assert restated_codes(text) == []
