"""The neighbouring-measure cases of tests/unit/drift/cases/siblings_dev.toml
(pair_cases.py's format): copy of 3-6 sentences a side, one figure given for one
measure by one source and for a neighbouring measure by another (NC403), and look-alikes
that must stay silent. siblings_aside.toml, the aside slice, is scored apart (not
asserted here)."""

from __future__ import annotations

import pytest
from key_cases import assert_right, planted_share
from pair_cases import KeyCase, load, right

DEV = load("siblings_dev.toml")

# Where the misses die (wave 15): not filed by the index ("will cut 2,300 jobs" against
# "2,300 jobs would be affected"; "17 people were injured" against "At least 17 people
# were killed"; "Nineteen lorries were damaged"; "evacuated 3,400 people" against
# "displaced 3,400 people"); and jobs affected are no sibling of jobs cut (that group
# raised a false alarm on a blind batch: alignment.toml [siblings]).
KNOWN_MISSES = {
    "jobs affected retold as jobs cut",
    "dead retold as injured",
    "jobs cut told as jobs affected, a year in the copy",
    "lorries damaged retold as destroyed",
    "people evacuated retold as displaced",
}
# "fled" and "evacuated" are one measure in much wildfire copy: the same figure told
# both ways is measure drift to the sibling rule (the risk of the evacuated / fled group)
KNOWN_ALARMS = {"residents fled the fire, retold as evacuated"}


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN_MISSES | KNOWN_ALARMS)


def test_about_half_the_cases_are_look_alikes() -> None:
    assert 0.3 < planted_share(DEV) < 0.7
