"""The cases of tests/unit/drift/cases/noise35_dev.toml, noise35_round2.toml and
noise35_fell.toml (pair_cases.py): two facts a careless judge reads as one figure told twice (a forecast
and its outcome, a target and what was done, a level to come and the level now, a
capacity and what was carried, another period met by likeness, and look-alikes the judge
already keeps apart) must stay silent; one fact told two ways must still be found.
noise35_aside.toml, the aside slice, is scored apart (not asserted)."""

from __future__ import annotations

import pytest
from key_cases import assert_right, planted_share
from pair_cases import KeyCase, load, right

DEV = load("noise35_dev.toml")
ROUND2 = load("noise35_round2.toml") + load("noise35_fell.toml")

KNOWN = {
    # "close for six weeks" and "for eight weeks": two durations the index never pairs
    # (no key names a closure's length); a pairing miss, not the judge's
    "transport: one closure told two ways",
    # "rejected the offer of £1.2bn" and "accepted the offer of £1.5bn": two offers, told
    # apart only by two verbs of a decision; no withdrawal reads them yet
    "business: a bid rejected and the bid accepted",
}


@pytest.mark.parametrize("case", DEV + ROUND2, ids=[c.name for c in DEV + ROUND2])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN)


def test_about_a_third_of_the_first_cases_are_planted() -> None:
    assert 0.25 < planted_share(DEV) < 0.5
