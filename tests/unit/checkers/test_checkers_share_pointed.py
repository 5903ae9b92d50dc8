"""A share's count told in the next sentence, which points back to the share
(numcheck/checkers/_pointed.py)."""

from __future__ import annotations

import pytest

from numcheck.testing import run_checks


def _nc2(text: str) -> set[str]:
    return {c for c in run_checks(text, builtins=True).codes() if c.startswith("NC2")}


@pytest.mark.parametrize(
    "text",
    [
        "About 20% of the 3,000 nurses are agency staff. That is 900 nurses.",
        "Two-thirds of the 150 flights were cancelled. In other words, 60 flights.",
        "Some 90% of the 2,000 homes have power again. That means 600 are still without it.",
    ],
)
def test_a_pointed_count_that_is_not_the_share(text: str) -> None:
    assert "NC203" in _nc2(text)


@pytest.mark.parametrize(
    "text",
    [
        "About 20% of the 3,000 nurses are agency staff. That is 600 nurses.",
        "Two-thirds of the 150 flights were cancelled. In other words, 100 flights.",
        "Some 90% of the 2,000 homes have power again. That means 200 are still without it.",
        # a comparison, a rate, another kind, no opener, the base again, two shares
        "About 20% of the 3,000 nurses are agency staff. That is 900 more than in 2020.",
        "About 20% of the 3,000 nurses are agency staff. That is 90 a week.",
        "About 20% of the 3,000 nurses are agency staff. That is £9 million a year.",
        "About 20% of the 3,000 nurses are agency staff. Another 900 work part-time.",
        "About 20% of the 3,000 nurses are agency staff. That is 3,000 nurses in all.",
        "About 20% of the 3,000 nurses and half of the 400 doctors are agency staff. "
        "That is 800 people.",
        # another paragraph
        "About 20% of the 3,000 nurses are agency staff.\n\nThat is 900 nurses.",
    ],
)
def test_silent_look_alikes(text: str) -> None:
    assert not _nc2(text)
