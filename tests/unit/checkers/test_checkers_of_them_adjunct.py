"""NC201 through "N of them" after a figure told with its place or spread ("480 stores in
nine countries": numcheck/checkers/_partitive.py ``_adjunct_head``, checkers.toml ``[partitive]
adjunct_prepositions``). The adjunct ("nine countries") is the nearest figure, but "them"
may stand for the head ("480 stores"): a part too large for the adjunct that the head
holds is not reported (main raised NC201 on each consistent text); a part too large for
both still is."""

from __future__ import annotations

import pytest

from numcheck.testing import run_checks


def nc201(text: str) -> list[str]:
    return [c for c in run_checks(text, builtins=True).codes() if c == "NC201"]


@pytest.mark.parametrize("text", [
    "Marlow Home runs 480 stores in nine countries and has refitted 14 of them this year.",
    "The charity runs 65 shelters across 12 cities and has had to close 18 of them.",
    "The board manages 140 schools throughout four counties; 31 of them are rated good.",
    "Brightwater operates 300 buses at five depots, and 42 of them are electric.",
])
def test_a_part_the_head_holds_is_not_set_against_the_adjunct(text: str) -> None:
    assert nc201(text) == []


@pytest.mark.parametrize("text", [
    "Marlow Home runs 48 stores in nine countries and has refitted 64 of them this year.",
    "The charity runs 12 shelters across 4 cities and has had to close 18 of them.",
])
def test_a_part_too_large_for_both_readings_is_still_reported(text: str) -> None:
    assert nc201(text) == ["NC201"]
