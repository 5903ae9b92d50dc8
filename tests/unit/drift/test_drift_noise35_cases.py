"""The cases of tests/unit/drift/cases/noise35_dev.toml, noise35_round2.toml,
noise35_fell.toml and noise35_fell2.toml (pair_cases.py): two facts a careless judge
reads as one figure told twice (a forecast and its outcome, a target and what was done, a
level to come and the level now, a capacity and what was carried, another period met by
likeness, a closed period's count told after the running total since the onset, a part
of the people an event befell, and look-alikes the judge already keeps apart) must stay
silent; one fact told two ways must still be found. noise35_aside.toml, the aside
slice, is scored apart (not asserted)."""

from __future__ import annotations

import pytest
from key_cases import assert_right, planted_share
from pair_cases import KeyCase, load, right

DEV = load("noise35_dev.toml")
ROUND2 = (load("noise35_round2.toml") + load("noise35_fell.toml")
          + load("noise35_fell2.toml"))

KNOWN = {
    # "close for six weeks" and "for eight weeks": two durations the index never pairs
    # (no key names a closure's length); a pairing miss, not the judge's
    "transport: one closure told two ways",
    # "rejected the offer of £1.2bn" and "accepted the offer of £1.5bn": two offers, told
    # apart only by two verbs of a decision; no withdrawal reads them yet
    "business: a bid rejected and the bid accepted",
    # a later, lower toll told of an earlier moment ("By Monday evening, 20 had died"), of
    # one strike of several ("the first strike killed 16"), of a narrower place ("at St
    # Anne's school in Faversill"): no withdrawal reads these yet
    "disasters: the toll by an earlier evening, told later",
    "conflict: the toll of the first strike, told later",
    "health: cases in one school after cases in the town",
}


@pytest.mark.parametrize("case", DEV + ROUND2, ids=[c.name for c in DEV + ROUND2])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN)


def test_about_a_third_of_the_first_cases_are_planted() -> None:
    assert 0.25 < planted_share(DEV) < 0.5
