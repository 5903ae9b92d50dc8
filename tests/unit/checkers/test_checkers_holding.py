"""NC202 through a role or held total whose clause shows a larger whole than the items
(numcheck/checkers/_holding.py): other holders counted than the list has items ("the
trio" after two), or a stock the holders have ("the two villages have 1,200 homes")
after items told as an event ("Floodwater reached 140 homes in Kesby and 51 in
Orrin"). The total is then a whole the items are part of: silent unless they add up to
more; a total counting as many holders with the items' own verb stays a sum."""

from __future__ import annotations

import pytest

from numcheck.checkers._held_totals import HeldCues
from numcheck.testing import run_checks


def nc2(text: str) -> list[str]:
    return [c for c in run_checks(text, builtins=True).codes() if c.startswith("NC2")]


CONSISTENT = {
    "a trio after two items": (
        "Kesby scored 41 goals and Orrin 29. Together the trio have scored 95 goals this season."
    ),
    "a quartet after two items": (
        "Mills took 12 wickets and Rana 9. Between them the quartet have taken 44 wickets "
        "this summer."
    ),
    "the homes the villages have after the homes flooded": (
        "Floodwater reached 140 homes in Kesby and 51 in Orrin. Between them the two "
        "villages have 1,200 homes."
    ),
    "the flats the blocks hold after the flats damaged": (
        "Fire damaged 30 flats in Block A and 22 in Block B. Together the two blocks hold "
        "400 flats."
    ),
    "the schools the counties have after the schools closed": (
        "The strike closed 40 schools in Kent and 25 in Essex. Between them the two counties "
        "have 1,100 schools."
    ),
    "the fans the clubs have after the fans arrested": (
        "Police arrested 12 fans from Rovers and 9 from City. Between them the two clubs have "
        "40,000 fans."
    ),
    "the contracts the agencies own after the contracts flagged": (
        "Auditors flagged 18 contracts at the port and 11 at the airport. Between them the "
        "two agencies own 260 contracts."
    ),
    "a stock and the items' own stock verb, adding up": (
        "Kesby has 640 homes and Orrin 510. Between them the two villages have 1,150 homes."
    ),
}

WRONG = {
    "a stock told as the items' stock": (
        "Kesby has 640 homes and Orrin 510. Between them the two villages have 1,200 homes."
    ),
    "an event told again as the total's event": (
        "Floodwater reached 140 homes in Kesby and 51 in Orrin. Between them, the floods "
        "reached 201 homes."
    ),
    "a pair after two items": (
        "Kesby scored 41 goals and Orrin 29. Together the pair have scored 75 goals this season."
    ),
    "'have' an auxiliary before the items' verb": (
        "Kesby scored 41 goals and Orrin 29. Together the two clubs have scored 75 goals "
        "this season."
    ),
    "the flooded homes more than the villages have": (
        "Floodwater reached 740 homes in Kesby and 651 in Orrin. Between them the two "
        "villages have 1,200 homes."
    ),
    "two members' goals more than the trio's": (
        "Kesby scored 41 goals and Orrin 29. Together the trio have scored 65 goals this season."
    ),
}


@pytest.mark.parametrize("name", sorted(CONSISTENT))
def test_consistent_is_silent(name: str) -> None:
    assert nc2(CONSISTENT[name]) == []


@pytest.mark.parametrize("name", sorted(WRONG))
def test_wrong_is_reported(name: str) -> None:
    assert "NC202" in nc2(WRONG[name])


@pytest.mark.parametrize(
    "table",
    [
        {"held_totals": {"stock_verbs": ["Have"]}},
        {"held_totals": {"stock_verbs": "have"}},
        {"held_totals": {"event_verbs": ["hit", 3]}},
        {"held_totals": {"event_verbs": ["hit "]}},
    ],
)
def test_a_wrong_entry_is_refused(table: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"\[held_totals\]"):
        HeldCues(table)
