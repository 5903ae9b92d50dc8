"""A step of another period beside this period's levels (cases in
change_other_period_cases.py): untied, it stays silent; a step of the levels' own period
(or a fronted "after" with no time of its own) is still checked."""

from __future__ import annotations

import pytest

from numcheck.checkers import change
from numcheck.testing import run_checks
from tests.unit.checkers.change_other_period_cases import (
    ASIDE_STILL_TIED,
    ASIDE_UNTIED,
    STILL_TIED,
    UNTIED,
)

_UNTIED = {**UNTIED, **ASIDE_UNTIED}
_TIED = {**STILL_TIED, **ASIDE_STILL_TIED}
# silent at the start through the level pairing, not through this reader: a step with the
# old level's period after it ("a 20% rise on the year before") is tied to no pair
_SILENT_AT_START = {"business: 'a N% rise on the year before' (the old level's period)",
                    "charity: 'a N% rise on the previous year'"}


@pytest.mark.parametrize("name", sorted(_UNTIED))
def test_a_step_of_another_period_is_no_step_of_the_levels(name: str) -> None:
    assert run_checks(_UNTIED[name], [change]).codes() == []


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="silent at start"))
    if n in _SILENT_AT_START else n for n in sorted(_TIED)])
def test_a_step_of_the_levels_own_period_is_still_checked(name: str) -> None:
    assert run_checks(_TIED[name], [change]).codes() in (["NC206"], ["NC204"])


@pytest.mark.parametrize("text", [
    # a time of its own is needed: "after jumping 20% on the results" may be the move itself
    "Shares closed at 120p, up from 100p, after jumping 25% on the results.",
    # the step's year is the levels' own year
    "Sales rose to £54m in 2025 from £50m in 2024, after rising 20% in 2025.",
    # the relative "when" after a level's own time set off by a comma
    "The index closed at 6,482.7, from 6,690.1 on Friday, when it lost 4.4%.",
])
def test_no_time_of_its_own_keeps_the_step_tied(text: str) -> None:
    assert run_checks(text, [change]).codes() == ["NC206"]


def test_a_relative_clause_of_an_earlier_time_is_untied() -> None:
    text = ("The index closed down 3.1% at 6,482.7 points, from 6,690.1 on Friday, its "
            "steepest one-day fall since March 2023, when it lost 4.4%.")
    assert run_checks(text, [change]).codes() == []


def test_a_fronted_step_of_another_period_is_untied() -> None:
    text = "Having fallen 12% in 2024, sales climbed to £54m from £50m."
    assert run_checks(text, [change]).codes() == []
