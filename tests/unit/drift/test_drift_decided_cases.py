"""The cases of tests/unit/drift/cases/decided_dev.toml (pair_cases.py's format): an
amount a decision sets (a dividend declared, a levy, a rebate, a subsidy, a surcharge,
a fare, a tariff, a royalty), told with its noun on two days. Every planted problem but
the known misses is paired and found end to end; every look-alike but the known alarm
stays silent. decided_aside.toml, the aside slice, is scored apart (not asserted)."""

from __future__ import annotations

import pytest
from key_cases import assert_right, planted_share
from pair_cases import KeyCase, load, right

DEV = load("decided_dev.toml")

# Where the misses die (wave 27): a word of a level in another sense near the figure
# ("plans to appeal", "warned of higher prices"); a figure told with "a one-off" or a
# claimant read off a noun phrase ("the new express service"), so the two are never
# paired; "rebate ... will be paid": an update's word.
KNOWN_MISSES = {
    "transport: adult single fare set by the authority",
    "energy: bill rebate announced by the minister",
    "courts: royalty a judge set",
    "education: doctoral stipend set by the council",
    "trade: tariff per tonne imposed on imports",
    # a look-alike raised before wave 27 too: the route's name stands after the figure
    # ("a fare of £4.10 on the new Dunmore express"), where stable.holder never reads
    "transport: two routes' fares",
}


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN_MISSES)


def test_about_half_the_cases_are_look_alikes() -> None:
    assert 0.3 < planted_share(DEV) < 0.7
