"""Percent steps coordinated in one clause before one pair of levels compound ("rose 10%
last year and 10% this year, from £200 to £242": 1.1 x 1.1 = 1.21), so a right compound
stays silent and a wrong one is still NC206 (numcheck/checkers/_compounded.py)."""

from __future__ import annotations

import pytest

from numcheck.checkers import change
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [change], path="article.txt").codes()


SILENT = [
    "Prices rose 10% last year and 10% this year, from £200 to £242.",
    "Prices rose 10% in 2023 and a further 10% in 2024, from £200 to £242.",
    "Output fell 20% in the first half and 10% in the second, from 500 tonnes to 360 tonnes.",
    "Fares rose 5% in January and 8% in June, taking the average ticket from £40 to £45.36.",
]

WRONG = [
    "Prices rose 10% last year and 10% this year, from £200 to £262.",
    "Output fell 20% in the first half and 10% in the second, from 500 tonnes to 300 tonnes.",
    "Fares rose 5% in January and 8% in June, taking the average ticket from £40 to £48.",
]


@pytest.mark.parametrize("text", SILENT)
def test_steps_that_compound_into_the_levels(text: str) -> None:
    assert "NC206" not in codes(text)


@pytest.mark.parametrize("text", WRONG)
def test_steps_whose_compound_misses_the_levels(text: str) -> None:
    assert "NC206" in codes(text)


def test_one_step_alone_is_still_checked() -> None:
    assert "NC206" in codes("Prices rose 10% from £200 to £242.")
    assert "NC206" not in codes("Prices rose 21% from £200 to £242.")
