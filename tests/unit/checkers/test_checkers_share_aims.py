"""A share told as an aim and the share that happened are one share twice, no parts of
one whole (NC205, numcheck/checkers/_share_times.py, [share_times] aims)."""

from __future__ import annotations

import pytest

from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return [f.rule for f in run_checks(text, builtins=True) if f.rule == "NC205"]


@pytest.mark.parametrize(
    "text",
    [
        "The four-hour target, under which 78% of patients should be seen within four hours "
        "by March, was met for 71.1% of patients.",
        "The council's goal is for 65% of waste to be recycled, and 44% of waste is recycled "
        "now.",
    ],
)
def test_a_goal_and_the_outcome_are_no_parts(text: str) -> None:
    assert codes(text) == []


def test_outcomes_past_the_whole_are_still_reported() -> None:
    text = ("The target is that 95% of patients should be seen within four hours; 61% of "
            "patients were seen within four hours and 52% of patients waited longer.")
    assert codes(text) == ["NC205"]
