"""NC206 on levels given as rates ("from 90 truckloads a week to 45", "£12.60 an hour,
up from £11.90": the per-unit belongs to the level before it) and on a change restated
after "or" or in brackets ("a 30p rise, or a fifth", "a $20 increase (20%)"); agreeing
variants stay silent."""

from __future__ import annotations

import pytest

from numcheck.checkers import change
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return [c for c in run_checks(text, [change], path="article.txt").codes()
            if c in ("NC204", "NC206")]


# (wrong, right)
CLASSES = {
    "per-unit after the old level, percent step before": (
        "Ferry crossings were cut 40% over the winter, from 64 sailings a week to 48.",
        "Ferry crossings were cut 25% over the winter, from 64 sailings a week to 48.",
    ),
    "per-unit after the old level, a period between step and levels": (
        "Calls to the helpline have doubled since the spring, from 350 calls a day to 910.",
        "Calls to the helpline have doubled since the spring, from 350 calls a day to 700.",
    ),
    "per-unit 'an hour' in a pay rise": (
        "The minimum wage goes up 9% next April, from £11.40 an hour to £12.10.",
        "The minimum wage goes up 6.1% next April, from £11.40 an hour to £12.10.",
    ),
    "per-unit after the new level, old level after 'up from'": (
        "The mill now turns out 2,600 bales a month, up 30% from 2,250.",
        "The mill now turns out 2,600 bales a month, up 15.6% from 2,250.",
    ),
    "per-unit with 'per'": (
        "Bus fares rose by a quarter, from $2.40 per ride to $2.76.",
        "Bus fares rose by 15%, from $2.40 per ride to $2.76.",
    ),
    "old level in a participle clause after the new one": (
        "The bond's yield finished 0.3% higher at 91.2 cents, having closed on Friday at "
        "88.7 cents.",
        "The bond's yield finished 2.8% higher at 91.2 cents, having closed on Friday at "
        "88.7 cents.",
    ),
    "old level in a 'when' clause, a difference stated before it": (
        "The hospice now cares for 640 patients a year, 190 more than in 2018, when it "
        "handled 480.",
        "The hospice now cares for 640 patients a year, 160 more than in 2018, when it "
        "handled 480.",
    ),
    "old level in a 'when' clause, the step right after 'to'": (
        "Membership fell 12% to 3,300 this season, down from 2021, when it stood at 4,100.",
        "Membership fell 19.5% to 3,300 this season, down from 2021, when it stood at 4,100.",
    ),
    "a money change restated as a fraction after 'or'": (
        "Season tickets rise from £480 to £540, a £60 increase, or a tenth.",
        "Season tickets rise from £480 to £540, a £60 increase, or an eighth.",
    ),
    "a money change restated as a percent in brackets": (
        "Entry to the lido goes up from $80 to $100 next month, a $20 increase (20%).",
        "Entry to the lido goes up from $80 to $100 next month, a $20 increase (25%).",
    ),
}


@pytest.mark.parametrize(("wrong", "right"), CLASSES.values(), ids=list(CLASSES))
def test_rate_levels_and_restated_steps(wrong: str, right: str) -> None:
    assert codes(wrong)
    assert not codes(right)


SILENT = {
    "a per-unit after a figure that is no level": (
        "The depot handles 90 lorries a day, and its staff of 45 work in two shifts."
    ),
    "a fraction after 'or' that is another choice, not the change": (
        "Members can pay £60 a year, or a tenth of that a month."
    ),
    "a figure after 'when' that measures something else": (
        "Sales rose 4% to $8.1 million, 120 more units than when it had 2,000 dealers."
    ),
    "a duration that is no per-unit": (
        "Output fell 20% from 500 units to 400 in a week of stoppages."
    ),
}


@pytest.mark.parametrize("text", SILENT.values(), ids=list(SILENT))
def test_no_rate_level_read(text: str) -> None:
    assert not codes(text)
