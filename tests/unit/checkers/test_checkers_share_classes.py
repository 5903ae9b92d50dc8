"""NC203 on share classes read since wave 5: a share set beside a part whose whole opens
the clause with an owner ("Of the operator's 32 coaches, nine, a little over a third"),
and occupancy where "of them" points back to the capacity ("40 beds, three-quarters of
them occupied, with 38 patients"); agreeing variants stay silent."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [shares], path="article.txt").codes()


# (wrong, right)
CLASSES = {
    "a share beside a part of an owned whole": (
        "Of the league's 92 clubs, 23, nearly half, are in debt.",
        "Of the league's 92 clubs, 44, nearly half, are in debt.",
    ),
    "an owner of two words": (
        "Of the city council's 48 seats, 25, nearly two-thirds, went to Labour.",
        "Of the city council's 48 seats, 31, nearly two-thirds, went to Labour.",
    ),
    "occupancy: the capacity 'of them' points back to": (
        "The shelter has 120 beds, two-thirds of them occupied, with 110 guests.",
        "The shelter has 120 beds, two-thirds of them occupied, with 80 guests.",
    ),
    "occupancy of a hotel, 'taken'": (
        "The hotel has 64 rooms, a quarter of them taken, with 40 guests.",
        "The hotel has 64 rooms, a quarter of them taken, with 16 guests.",
    ),
    # a partitive opening the first sentence after a wire dateline (numcheck/segment.py)
    "a whole opening the sentence after a dateline": (
        "HALDEN, Nov 13 (Wire) - Of the 1,200 staff, 15%, or 240, will lose their jobs.",
        "HALDEN, Nov 13 (Wire) - Of the 1,200 staff, 15%, or 180, will lose their jobs.",
    ),
    "after an agency dateline, with a dash aside": (
        "WASHINGTON (AP) — Of the 2,500 homes, about 40% — 1,600 — lost power.",
        "WASHINGTON (AP) — Of the 2,500 homes, about 40% — 1,000 — lost power.",
    ),
}


@pytest.mark.parametrize(("wrong", "right"), CLASSES.values(), ids=list(CLASSES))
def test_share_classes(wrong: str, right: str) -> None:
    assert "NC203" in codes(wrong)
    assert "NC203" not in codes(right)


def test_a_share_of_them_without_a_state_word_is_no_occupancy() -> None:
    assert "NC203" not in codes(
        "The hotel has 64 rooms, a quarter of them on the top floor, with 40 guests."
    )
