"""NC203 for a count set off before a share with no base of its own (wave 19, parts19):
"or 45% of the total" points back to the whole told before, "About 2,000 of its staff,
or a third" names its whole by a possessive and a noun, and a part's own "of them" is no
word of the share's clause ("6,000 of them last year, about a fifth of the total").
Right figures and a part of another thing stay silent."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [shares], path="article.txt").codes()


# (wrong, right)
CASES = {
    "of the total after the share": (
        "The fund manages £40 billion for clients. Some £12 billion, or 45% of the total, is "
        "invested in bonds.",
        "The fund manages £40 billion for clients. Some £12 billion, or 30% of the total, is "
        "invested in bonds.",
    ),
    "of its staff before the share": (
        "The company employs 8,000 people worldwide. About 2,000 of its staff, or a third, "
        "work in Germany.",
        "The company employs 8,000 people worldwide. About 2,000 of its staff, or a quarter, "
        "work in Germany.",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_wrong_share_reported_right_share_silent(name: str) -> None:
    wrong, right = CASES[name]
    assert codes(wrong) == ["NC203"]
    assert codes(right) == []


def test_a_part_of_another_thing_is_no_share_of_it() -> None:
    assert codes("The company employs 8,000 people worldwide. About 2,000 of its shops, or "
                 "a third, are in Germany.") == []


def test_them_is_the_figure_that_can_hold_the_part() -> None:
    """ "6,400 nurses across its four hospitals. Some 2,100 of them": not the hospitals."""
    text = ("The trust employs 6,400 nurses across its four hospitals. Some 2,100 of them, "
            "{share}, are over 50.")
    assert codes(text.format(share="nearly half")) == ["NC203"]
    assert codes(text.format(share="about a third")) == []
