"""The blocking cases of tests/unit/drift/cases/keys_dev.toml (key_cases.py): every
planted problem but the known misses below is brought into blocks the index compares
and found; every look-alike but the known alarms stays silent. keys_aside.toml, the
aside slice, is scored apart (not asserted)."""

from __future__ import annotations

import pytest
from key_cases import KeyCase, assert_right, load, planted_share, right

DEV = load("keys_dev.toml")

# planted problems not blocked together yet, and why: a figure naming no thing ("six
# were killed") is blocked apart from one naming people (docs/maintainers/claims.md,
# "blocking keys on copy by other hands"); drivers and union members are two groups
KNOWN_MISSES = {
    "toll without a noun", "cases without a noun fell", "rescued people count, said two ways",
    "flights cancelled without a noun", "strikers and members",
}
# look-alikes still alarmed: the likeness route (meeting.py) meets cars and vehicles
KNOWN_ALARMS = {"cars are a part of the vehicles"}


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN_MISSES | KNOWN_ALARMS)


def test_half_the_cases_are_look_alikes() -> None:
    assert 0.3 < planted_share(DEV) < 0.7
