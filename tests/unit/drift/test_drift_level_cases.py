"""The level cases of tests/unit/drift/cases/levels_dev.toml (pair_cases.py's format):
copy of 3-6 sentences a side, a level the lexicon does not count up told on two days.
Every planted problem but the known misses is paired by the claim index and found end
to end; every look-alike stays silent. levels_aside.toml, the aside slice, is scored
apart (not asserted here)."""

from __future__ import annotations

import pytest
from key_cases import assert_right, planted_share
from pair_cases import KeyCase, load, right

DEV = load("levels_dev.toml")

# Where the misses die (wave 15, all before the judge's own stage or at its level
# rule): not filed by the index ("was carrying 212 passengers", "forced airlines to
# cancel 140 flights", "employs 1,240 people", a turnout given a false window by "since
# ... 2002"); people evacuated (an event the lexicon does not count up) told as the
# act of one night or "since the weekend": a level on two days. Reading those as facts
# was tried and left out (docs/maintainers/claims.md, "wave 15"). "ferry passengers
# aboard, retold the next day" is found since sc33: 212 and 221 are one figure copied
# wrong, paired across the descriptor window (drift/copied.py).
KNOWN_MISSES = {
    "residents moved out on one night, two figures",
    "holidaymakers evacuated, a lower figure the next day",
    "flights cancelled on Friday, retold on Saturday",
    "plant headcount told on two days",
    "turnout of one election on two days",
}


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN_MISSES)


def test_about_half_the_cases_are_look_alikes() -> None:
    assert 0.3 < planted_share(DEV) < 0.7
