"""NC202 on lists read in wave 15: silent on two lists that are no partition of the figure
before them (a list after a change's old level breaks down the level now, "18,400 homes,
down from 31,000 overnight: ..."; "Among the N ... were" lists some of N), each with the
wrong list still reported; and a list whose later items leave out the first item's unit
or currency. Words of our own."""

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


def test_later_items_leave_out_the_first_items_unit() -> None:
    """ "Saudi Arabia (500,000 bpd), Iraq (211,000), ...": a bare item takes the unit."""
    text = (
        "The pledges come from Arlen (300,000 bpd), Mossa (120,000) and Vey (45,000) - "
        "{} bpd in all."
    )
    assert codes(text.format("465,000")) == []
    assert "NC202" in codes(text.format("485,000"))


def test_later_items_leave_out_the_currency() -> None:
    text = "The {} fund is split between Kesby (£21,000), Orrin (14,000) and Pell (9,000)."
    assert codes(text.format("£44,000")) == []
    assert "NC202" in codes(text.format("£49,000"))
