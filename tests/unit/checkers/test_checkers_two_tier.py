"""Two-tier rounding in the in-article checkers, on the real pipeline: exact counts are
points (neighbouring integers conflict), round numbers meet their own rounding."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [restated]).codes()


@pytest.mark.parametrize(
    ("first", "second"),
    [("85", "86"), ("Five", "Four"), ("1,597", "1,598"), ("12", "13")],
)
def test_neighbouring_exact_counts_conflict(first: str, second: str) -> None:
    text = f"{first} patients died, officials said.\n\nIn all, {second} patients died.\n"
    assert codes(text) == ["NC101"]


@pytest.mark.parametrize(
    ("first", "second"),
    [("5,800", "5,840"), ("about 2,000", "1,800"), ("nearly 500", "498"), ("34", "34")],
)
def test_a_figure_meets_its_own_rounding(first: str, second: str) -> None:
    text = f"Officials said {first} people died.\n\nOfficials said {second} people died.\n"
    assert codes(text) == []
