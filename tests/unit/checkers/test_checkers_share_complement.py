"""A share set right after a complement ("the other 160, a quarter", "leaving 41,000, or
13%") restates the complement itself, of the whole or of the part before it and the
complement together (numcheck/checkers/_share_complement.py): right copy stays silent,
a share that fits neither reading is still NC203."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [shares], path="article.txt").codes()


SILENT = [
    # the complement of a part told before it, its share of the whole after it
    "Of the 640 offences recorded, 480 were thefts; the other 160, a quarter, were assaults.",
    "Of the 640 offences recorded, 480 were thefts; the other 160, or 25%, were assaults.",
    # "leaving" a complement of a share told before: its own share after it
    "About 87% of the 320,000 homes have power back, leaving 41,000, or 13%, without power.",
    # the whole told in the sentence before, the complement of a part
    "The firm has 900 staff. Some 600 will move to Leeds; the remaining 300, a third, will stay.",
]

WRONG = [
    "Of the 640 offences recorded, 480 were thefts; the other 160, or 40%, were assaults.",
    "About 87% of the 320,000 homes have power back, leaving 41,000, or 20%, without power.",
    "The firm has 900 staff. Some 600 will move to Leeds; the remaining 300, a half, will stay.",
]


@pytest.mark.parametrize("text", SILENT)
def test_a_share_after_a_complement_is_its_own(text: str) -> None:
    assert "NC203" not in codes(text)


@pytest.mark.parametrize("text", WRONG)
def test_a_complement_share_that_fits_no_reading(text: str) -> None:
    assert "NC203" in codes(text)


def test_a_share_told_before_the_rest_still_reads_the_rest() -> None:
    # the share names what was taken; the count after "leaving" is what it leaves
    text = "About 87% of the 320,000 homes have power back, leaving about 97,000 without power."
    assert "NC203" in codes(text)
    right = "About 87% of the 320,000 homes have power back, leaving about 41,000 without power."
    assert "NC203" not in codes(right)
