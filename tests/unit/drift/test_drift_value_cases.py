"""The value cases of tests/unit/drift/cases/values_judge25.toml (pair_cases.py's
format): a sum told as the value of a named thing ("the contract, worth £1.2m") on two
days. Every planted problem but the known misses is paired and found; every look-alike
but the known alarms stays silent (settled.one_fact, aspect.sized's word of value)."""

from __future__ import annotations

import pytest
from key_cases import assert_right, planted_share
from pair_cases import KeyCase, load, right

CASES = load("values_judge25.toml")

# lost before any judge (wave 25): the two figures are filed under two blocks (the
# fine's "Carrow Freight" modifier, "deal" and "move", "order" with "at list prices"),
# or one bearer is not read ("the franchise awarded to Vale Rail, worth", "the
# Wellspring grant, worth"), or a clause's future ("will fund") vetoes a past value
KNOWN_MISSES = {
    "court fine, worth-free apposition, broadcaster and local",
    "transfer fee, worth, sport desk",
    "research grant, worth, university press release and local",
    "wind farm supply contract, costing, energy trade press",
    "rail franchise, worth, two nationals",
    "bus depot sale, worth, local government",
    "sponsorship, worth, sport business",
    "flood defence scheme, worth, broadcaster",
    "aircraft order, worth, aviation wire",
}
# "A second contract, for the new roundabout, worth £2.1m" meets "The contract, worth
# £1.2m" on main too: the ordinal of a second thing is not read as another holder
KNOWN_ALARMS = {"two contracts of one council, look-alike"}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN_MISSES | KNOWN_ALARMS)


def test_about_half_the_cases_are_look_alikes() -> None:
    assert 0.3 < planted_share(CASES) < 0.7
