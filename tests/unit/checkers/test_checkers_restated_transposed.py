"""NC101 for a figure restated with its digits transposed
(numcheck/checkers/_restate_transposed.py), on the real pipeline."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return [c for c in run_checks(text, [restated]).codes() if c.startswith("NC10")]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # labour: the workforce, then all of it
        ("The plant employs 1,250 workers on three shifts.\n\n"
         "Union leaders said all {} workers would vote on the offer.", "1,250", "1,520"),
        # local government: a sum told by a verb no measure names ("set aside"), then by
        # its frame. Since extract17 a sum verb ("will spend £4.27 million") names its
        # measure, so both sides name one and the transposition reading needs one told as
        # known: "will spend £4.27 million" ... "approved spending of £4.72 million" is
        # a known miss now
        ("The council has set aside £4.27 million for new buses this year.\n\n"
         "The transport committee approved spending of £{} million on Tuesday.",
         "4.27", "4.72"),
    ],
)
def test_transposed_digits(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) != []


@pytest.mark.parametrize(
    "text",
    [
        # two years
        "The charity raised £1.25 million in 2022.\n\nIn 2023 it raised £1.52 million.",
        # two things
        "The firm employs 1,250 workers in Leeds.\n\nIt sold 1,520 vans last year.",
        # a part of the whole
        "The county has 2,130 miles of road.\n\nOf those, 1,230 miles need resurfacing.",
        # a period's result and a figure that names nothing
        "Turnover reached £3.45m, the accounts show.\n\n"
        "The directors were paid £4.35m between them.",
        # two digits only
        "The firm employs 27 drivers.\n\nThe 72 drivers of its rival struck.",
    ],
)
def test_look_alikes_do_not_alarm(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # labour wire: a place after the noun
        ("The plant employs 1,250 workers on three shifts, the company said.\n\n"
         "The {} workers on the site will vote on the offer next week.", "1,250", "1,520"),
        # local paper: a place after the noun
        ("The council will build 3,460 homes over the next decade.\n\n"
         "The {} homes on the former gasworks site will be started first, officers said.",
         "3,460", "3,640"),
        # trade press, energy: a participle after the noun
        ("The terminal handled 4,820 tankers last year, its operator said.\n\n"
         "The {} tankers calling at the terminal carried crude from the North Sea.",
         "4,820", "4,280"),
        # local courts
        ("Police made 128 arrests during the three-day festival.\n\n"
         "The {} arrests at the festival were mostly for drug offences, a spokesman said.",
         "128", "182"),
        # trade press, business: a relative phrase after the noun
        ("The chain operates 347 stores across the country.\n\n"
         "All of the {} stores in the chain will stay open on Sunday.", "347", "374"),
        # broadcaster, weather
        ("The storm cut power to 15,600 homes on Tuesday.\n\n"
         "Engineers said the {} homes without power would be reconnected by Thursday.",
         "15,600", "16,500"),
        # conflict, aid agency release
        ("The convoy carried 1,740 tonnes of flour into the city.\n\n"
         "The {} tonnes of flour delivered to the city will last three weeks, aid "
         "workers said.", "1,740", "1,470"),
    ],
)
def test_narrowed_reference_transposed(text: str, right: str, wrong: str) -> None:
    """A definite figure narrowed after its noun, its digits the earlier's in another
    order and above it: no part, the same figure miscopied."""
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) != []


@pytest.mark.parametrize(
    "text",
    [
        # a part, other digits
        "The plant employs 1,250 workers.\n\nThe 150 workers on the night shift will strike.",
        "The council will build 3,460 homes.\n\nThe 640 homes on the gasworks site come first.",
        # a part below its whole that shares its digits
        "The plant employs 1,250 workers.\n\nThe 1,205 workers in the union will vote next week.",
        # two years
        "The airline cancelled 1,640 flights in 2022.\n\n"
        "In 2023 the 1,460 flights cancelled by the airline cost it more.",
        # two things, another holder, another place
        "The firm employs 1,250 workers in Leeds.\n\n"
        "The 1,520 vans in its fleet are being replaced.",
        "Northfield has 2,315 pupils.\n\nThe 2,135 pupils at Brook Lane School sat the same exams.",
        "The storm cut power to 15,600 homes in Wexford.\n\n"
        "The 16,500 homes in Cork were reconnected by Thursday.",
        # an update at a later moment
        "By noon, rescuers had evacuated 2,470 people.\n\n"
        "By evening the 2,740 people taken from their homes were housed in schools.",
        # two digits; the same value; another event; an old level
        "The firm employs 27 drivers.\n\nThe 72 drivers at its rival struck.",
        "The chain operates 347 stores.\n\nThe 347 stores in the chain will stay open on Sunday.",
        "Police arrested 128 people at the festival.\n\n"
        "The 182 people treated at the festival by medics were mostly dehydrated.",
        "The workforce fell from 1,520 to 1,250 workers this year.\n\n"
        "The 1,250 workers at the plant will vote next week.",
    ],
)
def test_narrowed_look_alikes_do_not_alarm(text: str) -> None:
    assert codes(text) == []
