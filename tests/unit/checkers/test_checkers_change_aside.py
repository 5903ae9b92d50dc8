"""NC206 with figures set inside a change's levels: a conversion in parentheses, a
per-share rate, a figure in a prepositional phrase, and a change of another thing in the
same sentence. They are no level and no step of that change; the levels around them
still are."""

from __future__ import annotations

import pytest

from numcheck.checkers import change
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [change]).codes()


# (wrong, right): the levels around the figure set aside are still checked
CHANGES = {
    "a conversion beside the new level": (
        "The insurer earned 2.4 billion kronor ($228 million), down from 1.9 billion a "
        "year before.",
        "The insurer earned 2.4 billion kronor ($228 million), up from 1.9 billion a "
        "year before.",
    ),
    "a per-share rate beside the new level": (
        "Net income fell to $1.9 billion, or $1.18 a share, from $1.5 billion.",
        "Net income rose to $1.9 billion, or $1.18 a share, from $1.5 billion.",
    ),
    "an amount in the unit the old level leaves out": (
        "Pre-tax profit fell to 84 million euros from 131 million, down 57 million euros.",
        "Pre-tax profit fell to 84 million euros from 131 million, down 47 million euros.",
    ),
    "a figure in a phrase after the new level": (
        "The union called out 13,000 members at four depots, down from 7,000 on Friday.",
        "The union called out 13,000 members at four depots, up from 7,000 on Friday.",
    ),
}


@pytest.mark.parametrize("name", list(CHANGES))
def test_the_levels_around_an_aside(name: str) -> None:
    wrong, right = CHANGES[name]
    assert codes(wrong) == ["NC206"]
    assert codes(right) == []


@pytest.mark.parametrize(
    "text",
    [
        # a change of another thing is no step of these levels
        "Quarterly profit was 1.42 billion crowns, up from 1.18 billion, and the group "
        "said it would cut 800 jobs.",
        # rates on both sides are levels of one measure
        "Earnings rose to $1.32 a share from $1.10 a share.",
        # a conversion of the old level
        "Sales reached €5.1bn, up from €4.6bn (£3.9bn) a year earlier.",
    ],
)
def test_no_change_is_misread(text: str) -> None:
    assert codes(text) == []
