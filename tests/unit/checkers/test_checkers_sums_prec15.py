"""NC202 stays silent on two lists that are no partition of the figure before them: a list
after a change's old level breaks down the level now ("18,400 homes, down from 31,000
overnight: ..."), and "Among the N ... were" lists some of N. Each with the wrong list
that is still reported; words of our own."""

from __future__ import annotations

from numcheck.checkers import parts
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [parts], path="article.txt").codes()


def test_a_list_after_the_old_level_breaks_down_the_level_now() -> None:
    right = (
        "By noon 7,100 homes were still cut off, down from 12,000 at dawn: 4,100 in Ross, "
        "2,400 in Kelby and 600 in Narn."
    )
    wrong = right.replace("7,100 homes", "7,300 homes")
    assert codes(right) == []
    assert "NC202" in codes(wrong)


def test_among_the_whole_lists_only_some_of_it() -> None:
    some = "Among the 40 injured were 14 children and six firefighters, the fire service said."
    more = "Among the 18 injured were 14 children and six firefighters, the fire service said."
    assert codes(some) == []
    assert "NC202" in codes(more)
