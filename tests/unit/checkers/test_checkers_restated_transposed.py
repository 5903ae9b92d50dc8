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
