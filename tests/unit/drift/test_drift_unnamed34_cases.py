"""The cases of tests/unit/drift/cases/unnamed34_dev.toml (pair_cases.py): two sources
tell one figure that no noun names, one otherwise. A sum that is the bare object of an act
("raised £42m in its latest round", "paid £3.9m for the old depot") is headed by its verb
(extract/objects.py), meets the other source's sum of that act and is found; a sum raised
in another year, a fee asked against a fee paid stay silent. unnamed34_aside.toml, the
aside slice, is scored apart (not asserted)."""

from __future__ import annotations

import pytest
from key_cases import assert_right, planted_share
from pair_cases import KeyCase, load, right

DEV = load("unnamed34_dev.toml")

# planted problems not found: two figures named alike but kept apart at the pairwise
# choice ("£250,000 in damages"); two heads no table relates (a fire and a blaze); a
# change or a spell whose subject is a name or a state, not a noun ("The River Calder
# rose 2.4 metres", "without power for 36 hours")
KNOWN_MISSES = {
    "courts: damages awarded",
    "disasters: area a fire covered",
    "weather: how far a river rose",
    "utilities: a spell without power",
    # a sum paid for a name ("for Ledo") is left to the likeness route, which reads the
    # clause words weighed inside a story set: two one-sentence articles weigh none
    "sport: a transfer fee paid",
}
# look-alikes alarmed before this wave too: two sums under one head of one owner, told
# apart only by "also" (the fines and sentences of two defendants are kept apart by
# their holders now: checkers/holders.py)
KNOWN_ALARMS = {
    "transport: two contracts of one firm",
}


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN_MISSES | KNOWN_ALARMS)


def test_about_a_third_or_more_of_the_cases_are_look_alikes() -> None:
    assert 0.3 < planted_share(DEV) < 0.7
