"""NC202 and a figure whose own words name a sibling kind of the parts after it
(numcheck/checkers/_sums.py ``_sibling_head``): "41 were men, 22 women and 12 children"
is a list whose first item is 41, its verb gapped in the others, no total of 22 and 12.
A list set off by a comma after its total's own noun ("40 people, 22 men and 18 women")
stays a breakdown."""

from __future__ import annotations

import pytest

from numcheck.testing import run_checks


def nc2(text: str) -> list[str]:
    return [c for c in run_checks(text, builtins=True).codes() if c.startswith("NC2")]


SILENT = {
    "a partition whose first item names its own kind": (
        "Of the 75 dead, 41 were men, 22 women and 12 children, the ministry said."
    ),
    "the first item of a partition of the people arrested": (
        "Of the 52 people arrested, 31 were men, 12 women and 9 teenagers."
    ),
}

REPORTED = {
    "the partition still adds up against its whole": (
        "Of the 78 dead, 41 were men, 22 women and 12 children."
    ),
    "a total's own noun before the comma heads its breakdown": (
        "Police held 40 people, 22 men and 19 women."
    ),
    "both sides of a complement after the total": (
        "The clinic saw 640 turtles, 400 females and 220 males."
    ),
}


@pytest.mark.parametrize("name", sorted(SILENT))
def test_first_item_is_no_total(name: str) -> None:
    assert nc2(SILENT[name]) == []


@pytest.mark.parametrize("name", sorted(REPORTED))
def test_breakdown_is_still_read(name: str) -> None:
    assert nc2(REPORTED[name]) == ["NC202"]
