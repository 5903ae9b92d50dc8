"""The measure-drift cases of tests/unit/drift/cases/head_things32_dev.toml
(meet_cases.py's format): a count keyed by its head alone, a lexicon thing, told by
another desk under a sibling thing or under a subgroup and its whole (head_things.py);
look-alikes and whole consistent articles stay silent."""

from __future__ import annotations

import pytest
from meet_cases import Case, check, load

DEV = load("head_things32_dev.toml")
ASIDE = load("head_things32_aside.toml")  # scored once, after tuning
# still missed: a subgroup and its whole are often one set ("118 people returned", all
# soldiers), so their one figure is judged only when the whole's article gives the
# subgroup another figure in its block; "among them 71 soldiers" is a partitive part (no
# block) and "brought home 118 people" names no measure (extract/measure.py); "bills
# rise for 32,000 households" reads no measured head for the households
KNOWN = frozenset({
    "conflict: people returned told as soldiers",
    "transport: drivers told as people",
    "health: children told as people",
    "disasters: civilians told as people",
    "local: households told as customers",
    # aside, scored at the end: a subgroup without that evidence
    "aside: crime: women told as people",
})


@pytest.mark.parametrize("case", DEV + ASIDE, ids=[c.name for c in DEV + ASIDE])
def test_case(case: Case) -> None:
    check(case, KNOWN)
