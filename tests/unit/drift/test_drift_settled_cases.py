"""The consistent copy of tests/unit/drift/cases/settled_judge25.toml: two articles of
one story on two days, dense with figures that look like one fact told twice and are
two (another holder, another phase, a value that moved, a capacity and what a thing
holds, two peaks, a plan and a signed sum). None may raise a warning or an error
(settled.one_fact, aspect.sized's word of value, stable.reading's known noun)."""

from __future__ import annotations

import pytest
from key_cases import assert_right
from pair_cases import KeyCase, load, right

CASES = load("settled_judge25.toml")

# "Dornley Foods, which employs 1,200 people at its Hull plant" and "employs 450 people
# at its Grimsby bakery": the place told after the figure is not read as its own place,
# so the firm's two sites meet (main raises it too)
KNOWN_ALARMS = {"two sites of one firm, property of each"}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN_ALARMS)


def test_every_case_is_a_look_alike() -> None:
    assert not any(c.case.expect for c in CASES)
