"""NC202 on totals of equal shares ("N each ..., a total of M"): the per-item figure
times the number of items, given as a count or as the names listed, must meet the
total (docs/maintainers/phrasings-relations.md, section 2), wrong and right."""

from __future__ import annotations

import pytest

from numcheck.checkers import parts
from numcheck.testing import run_checks

# (wrong, right)
EACH = {
    "'N each' after the per-item figure, a count of the items before": (
        "Four regions sent 15 medics each, a total of 64.",
        "Four regions sent 15 medics each, a total of 60.",
    ),
    "'each' after the count of items, the total after 'in all'": (
        "The nine crews each rescued three hikers, 30 hikers in all.",
        "The nine crews each rescued three hikers, 27 hikers in all.",
    ),
    "'each of the N', money": (
        "Each of the six libraries will receive $45,000, a total of $300,000.",
        "Each of the six libraries will receive $45,000, a total of $270,000.",
    ),
    "items named in a list, 'apiece'": (
        "Buses from Leeds, York, Hull and Ripon brought 40 fans apiece, 200 fans in total.",
        "Buses from Leeds, York, Hull and Ripon brought 40 fans apiece, 160 fans in total.",
    ),
    "the items after the share, another count before it": (
        "The council said 318 homes had flooded and it had paid £500 each to 260 "
        "households, a total of £150,000.",
        "The council said 318 homes had flooded and it had paid £500 each to 260 "
        "households, a total of £130,000.",
    ),
    "units of time": (
        "The 25 volunteers each worked 8 hours, a total of 240 hours.",
        "The 25 volunteers each worked 8 hours, a total of 200 hours.",
    ),
}


@pytest.mark.parametrize("name", sorted(EACH))
def test_equal_shares_that_miss_their_total(name: str) -> None:
    wrong, right = EACH[name]
    assert run_checks(wrong, [parts]).codes() == ["NC202"]
    assert run_checks(right, [parts]).codes() == []


@pytest.mark.parametrize(
    "text",
    [
        # no "each": the figure is not per item
        "Four regions sent 15 medics, a total of 64 staff with the drivers.",
        # the total follows a semicolon: another clause
        "Four regions sent 15 medics each; the hospital has a total of 640 staff.",
        # names but no per-item word
        "Teams from Leeds, York and Hull sent 40 fans, 200 fans in total.",
    ],
)
def test_what_is_not_an_equal_share_total_is_quiet(text: str) -> None:
    assert run_checks(text, [parts]).codes() == []
