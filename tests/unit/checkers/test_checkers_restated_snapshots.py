"""NC101 stays silent on readings at two moments, updates and parts named by a modifier
(numcheck/checkers/_snapshots.py), and still reports the same figure given twice."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return [c for c in run_checks(text, [restated]).codes() if c.startswith("NC10")]


@pytest.mark.parametrize(
    "text",
    [
        # a count that rose through the day
        "By noon, 23 people had been rescued from the estate.\n\n"
        "By evening, rescuers said 41 people had been rescued.",
        # US register, clock times
        "As of 9 a.m., 1,200 customers were without power in the county.\n\n"
        "As of 5 p.m., 3,400 customers were without power, the utility said.",
        # an update: a count that fell
        "Nearly 400 homes were without power on Monday morning.\n\n"
        "By Monday evening, 120 homes were still without power.",
        # an earlier reading named as such
        "Police initially said 14 people were arrested.\n\n"
        "Officers arrested 19 people during the march, the force said on Sunday.",
        # a part named by a word before the noun
        "Eighteen officers were injured in the clashes on Saturday.\n\n"
        "Four mounted officers were injured when a barricade collapsed.",
        "The hospital treated 62 patients on Friday.\n\n"
        "Nine elderly patients were treated for smoke inhalation.",
    ],
)
def test_not_one_figure_given_twice(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the same moment on both sides
        "By noon, 23 people had been rescued from the estate.\n\n"
        "Rescuers said that by noon 32 people had been rescued.",
        # the compound the thing itself names ("police officers" are officers)
        "Nineteen police officers were injured on Saturday night.\n\n"
        "The 21 officers hurt on Saturday were treated in hospital.",
        # a "part" larger than the whole: a description, restated wrongly
        "Warehouse held 1,200 tonnes of chemicals, the owner said.\n\n"
        "Records show the warehouse was storing 12,000 tonnes of toxic chemicals.",
    ],
)
def test_the_same_figure_still_compared(text: str) -> None:
    assert codes(text) != []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll read at two moments may rise ...
        ("By noon, officials said 23 people had died in the fire.\n\n"
         "By nightfall the number who died had reached 31, the fire service said.", False),
        # ... never fall
        ("By noon, officials said 31 people had died in the fire.\n\n"
         "By nightfall, 23 people had died, the fire service said.", True),
        # an update of arrests, lower than the first count
        ("Police said 40 people were arrested at the rally.\n\n"
         "Police later said 28 people were arrested.", True),
        # a count that can fall (in hospital) may fall
        ("Fifty people were in hospital on Monday.\n\n"
         "Twenty people were still in hospital on Wednesday.", False),
    ],
)
def test_a_cumulative_count_read_again(text: str, expected: bool) -> None:
    assert bool(codes(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline gives the latest figure: an update it misses is reported
        ("# Flood leaves 12 dead\n\nThe flood killed 12 people on Friday, police said.\n\n"
         "Police later said 19 people had been killed in the flood.", True),
        # an earlier reading is not held against the headline, nor against the final toll
        ("# Flood leaves 19 dead\n\nPolice initially said 12 people had been killed.\n\n"
         "Nineteen people were killed in all, the coroner said.", False),
        # the last reading at a moment is the headline's
        ("# Almost 200 rescued from flooded estate\n\nRescuers said 150 people had been "
         "rescued.\n\nBy nightfall, 212 people had been rescued, the fire service said.", True),
        ("# 41 rescued from flooded estate\n\nBy noon, 23 people had been rescued.\n\n"
         "By nightfall, 41 people had been rescued, the fire service said.", False),
        # a toll revised down, said as such
        ("# Flood leaves 19 dead\n\nPolice initially said 25 people had been killed.\n\n"
         "Nineteen people were killed in all, the coroner said.", False),
    ],
)
def test_a_headline_is_held_to_the_later_reading(text: str, expected: bool) -> None:
    assert bool(codes(text)) is expected


@pytest.mark.parametrize(
    "text",
    [
        # readings on two named days (a count that fell as lines were repaired)
        "About 12,500 homes were still off on Sunday.\n\n"
        "Fewer than 2,000 homes were still off on Monday.",
        "About 12,500 homes were without power on Sunday.\n\n"
        "Fewer than 2,000 homes were without power on Monday.",
        # a key-facts list
        "- Still off on Sunday: 12,500\n- Still off on Monday: fewer than 2,000",
    ],
)
def test_readings_on_two_days(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the same day on both sides
        "About 12,500 homes were without power on Sunday.\n\n"
        "Fewer than 2,000 homes were without power on Sunday, the operator said.",
        # one side names no day: the figure may be the other's
        "About 12,500 homes were without power on Sunday.\n\n"
        "Fewer than 2,000 homes were without power, the operator said.",
    ],
)
def test_one_day_still_compared(text: str) -> None:
    assert codes(text) != []


def test_more_since_is_no_restated_toll() -> None:
    # "one has since died" is one more added to the toll, not the toll restated
    text = ("Nineteen people were killed in the shelling, officials said.\n\n"
            "Another 37 were taken to hospital; one has since died and 36 remain there.")
    assert codes(text) == []
