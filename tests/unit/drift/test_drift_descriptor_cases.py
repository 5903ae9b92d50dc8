"""The descriptor cases of tests/unit/drift/cases/descriptors_dev.toml (pair_cases.py):
one quantity told by two verbs of one meaning is paired and found, two quantities of one
noun (two roles, two sub-populations) stay silent. descriptors_aside.toml, the aside
slice, is scored apart (not asserted)."""

from __future__ import annotations

import pytest
from key_cases import assert_right, planted_share
from pair_cases import KeyCase, load, right

DEV = load("descriptors_dev.toml")

# planted problems not paired yet, and why (docs/maintainers/claims.md, "descriptors
# that conflict"): "shipped" and "delivered" are two verbs the lexicon knows neither of,
# so the key route keeps them apart and their sentences are not alike enough to meet
KNOWN_MISSES = {"cars shipped told as delivered"}
# look-alikes still alarmed: the likeness route lets any two verbs meet, so a lexicon event
# against another verb ("evacuated" / "inundated", "shipped" / "ordered") meets when the
# rest of the sentences is alike (the gate that refuses it, branch desc11-descriptors,
# moved no gate figure and did not land)
KNOWN_ALARMS = {"homes flooded against homes evacuated", "cars shipped against cars ordered"}


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN_MISSES | KNOWN_ALARMS)


def test_about_half_the_cases_are_look_alikes() -> None:
    assert 0.3 < planted_share(DEV) < 0.7
