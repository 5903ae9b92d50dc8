"""NC203 on a share that restates a part and its whole ("M of N, or S of them",
numcheck/checkers/_share_restated.py): the share is checked as M/N with the share's own
rounding and hedge only, since M and N are exact counts."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.testing import run_checks

# realisation -> (wrong, right)
FORMS = {
    "'M of the N <noun>, or S of them' with a hedged word share": (
        "Rescuers brought 6 of the 12 miners out, or three-quarters of them.",
        "Rescuers brought 9 of the 12 miners out, or three-quarters of them.",
    ),
    "'M of its N <noun>, or more than S of them': a one-sided word share": (
        "The club sold 5,000 of its 8,000 season tickets, or more than two-thirds of them.",
        "The club sold 5,600 of its 8,000 season tickets, or more than two-thirds of them.",
    ),
    "'has N <noun>, M of them <words>, or S of the total'": (
        "The hospital has 36 wards, 12 of them surgical, or more than half of the total.",
        "The hospital has 36 wards, 20 of them surgical, or more than half of the total.",
    ),
    "'nearly S' is short of S: a small exact pair is no round figure": (
        "The depot keeps 14 gritters, nine of them on the coast road, or nearly three "
        "quarters of the total.",
        "The depot keeps 14 gritters, ten of them on the coast road, or nearly three "
        "quarters of the total.",
    ),
    "'M of the N <noun>, or nearly S of them, <attribution>'": (
        "Pupils made up 14 of the 90 passengers, or nearly a quarter of them, the operator said.",
        "Pupils made up 21 of the 90 passengers, or nearly a quarter of them, the operator said.",
    ),
}


@pytest.mark.parametrize("name", sorted(FORMS))
def test_a_share_restating_a_part_and_whole_must_fit_it(name: str) -> None:
    wrong, right = FORMS[name]
    assert run_checks(wrong, [shares]).codes() == ["NC203"]
    assert run_checks(right, [shares]).codes() == []


@pytest.mark.parametrize(
    "text",
    [
        # the share is of another group: a noun phrase of its own after "of"
        "The club sold 5,000 of its 8,000 season tickets, about a third of them to "
        "families.",
        # another clause opens before the share
        "The club sold 5,000 of its 8,000 season tickets, and more than two-thirds of them "
        "went to families.",
        # a share of the part, not of the whole: a predicate of its own
        "The hospital has 36 wards, 12 of them surgical, a third of them in the new wing.",
        # hedged counts carry rounding of their own
        "The firm laid off about 300 of its roughly 1,000 staff, or nearly a third of them.",
    ],
)
def test_a_share_that_restates_no_pair_is_quiet(text: str) -> None:
    assert run_checks(text, [shares]).codes() == []
