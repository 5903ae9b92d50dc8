"""The cross-document window cases of tests/unit/drift/cases/windows_dev.toml (read by
meet_cases.py): a figure counted since the story's own onset meets the same figure told
with no window, equal spans worded apart meet, and spans that truly differ (a rolling
day against the total, a war's toll against one attack's) stay apart. windows_aside.toml,
the aside slice, is scored apart (not asserted)."""

from __future__ import annotations

import pytest
from meet_cases import Case, load, passes, raised

DEV = load("windows_dev.toml")

# planted problems not found yet, and why: a figure named by its measure ("rescuers
# had pulled 27 people") is paired by measured.fits, which compares windows as written;
# a figure placed "in the province" is another block than one placed nowhere
KNOWN_MISSES = {"since Monday against since March 2", "fighting displaced since it flared"}
# agreeing look-alikes still alarmed, and why
KNOWN_ALARMS: set[str] = set()


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: Case) -> None:
    if case.name in KNOWN_MISSES | KNOWN_ALARMS:
        assert not passes(case), f"{case.name} passes now: drop it from the known list"
        return
    assert passes(case), raised(case)
