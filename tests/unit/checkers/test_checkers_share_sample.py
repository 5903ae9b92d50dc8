"""A share of a sample ("A survey of 2,000 adults found 38% had skipped a meal - some
920 people"): the base is the sample's size, read by the ``sample`` gap of
``[share_grammar]``; and a part told as "N of whom" after a share's clause is a part of
the share's group, never a part whose share that is (numcheck/checkers/_share_parts.py)."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [shares], path="article.txt").codes()


# (wrong, right)
SAMPLES = [
    ("The survey of 2,000 adults found 38% had skipped a meal - some 920 people.",
     "The survey of 2,000 adults found 38% had skipped a meal - some 760 people."),
    ("A poll of 1,500 voters found that 41% backed the mayor, or about 800 people.",
     "A poll of 1,500 voters found that 41% backed the mayor, or about 615 people."),
    ("A study of 4,200 pupils showed 15% had no breakfast, about 900 children.",
     "A study of 4,200 pupils showed 15% had no breakfast, about 630 children."),
]


@pytest.mark.parametrize(("wrong", "right"), SAMPLES)
def test_a_share_of_a_sample(wrong: str, right: str) -> None:
    assert "NC203" in codes(wrong)
    assert "NC203" not in codes(right)


SILENT = [
    # the count is a part of the share's group ("of whom"), not the share's count
    "A poll of 1,000 voters found 52% backed the plan, 120 of whom wanted it sooner.",
    "The clinic saw 1,000 patients; 52% were women, 120 of whom were pregnant.",
    # a figure after a sample that no share restates
    "A survey of 2,000 adults found 38% had skipped a meal in March, up from 30% in 2023.",
]


@pytest.mark.parametrize("text", SILENT)
def test_no_share_of_a_sample_or_of_its_group(text: str) -> None:
    assert "NC203" not in codes(text)


def test_a_partitive_share_beside_its_part_is_still_checked() -> None:
    assert "NC203" in codes("Some 520 of the 1,000 voters, or 62%, backed the plan.")
