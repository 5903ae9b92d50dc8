"""The cross-document cases of tests/unit/drift/cases/meet_dev.toml (meet_cases.py): every
agreeing look-alike stays silent, and every planted problem but the known misses below
is found. meet_aside.toml, the aside slice, is scored apart (not asserted)."""

from __future__ import annotations

import pytest
from meet_cases import load, passes, raised

DEV = load("meet_dev.toml")

# planted problems not found yet, and why (the extractor keys no figure, or the two
# figures never meet: a bare head, "28 trucks", is any group of trucks)
# "votes polled by the winner" and "crowd at the match" are found since slip35: their
# digits are swapped in place (drift/slipped.py)
KNOWN_MISSES = {
    "seized cocaine, one raid",
    "deal value, trade press then tabloid", "final score", "magnitude of the quake",
    "investment pledged",
}
# agreeing look-alikes still alarmed: a waiting list's "cases" are keyed as infections,
# a cumulative count (numcheck/extract/, not drift)
KNOWN_ALARMS = {"bed occupancy now"}


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: object) -> None:
    from meet_cases import Case

    assert isinstance(case, Case)
    if case.name in KNOWN_MISSES | KNOWN_ALARMS:
        assert not passes(case), f"{case.name} passes now: drop it from the known list"
        return
    assert passes(case), raised(case)
