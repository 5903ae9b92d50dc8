"""The cases of tests/unit/drift/cases/slips28_dev.toml (meet_cases.py's format): two
sources' figures of one key ten times apart or more by no slip of the pen ("62 killed"
by the landslide, "5 people were killed" in one village) are two figures and stay
silent (drift/slips.py); one slip apart (a digit dropped, digits swapped) is still
NC401. slips28_aside.toml was scored only at the end."""

from __future__ import annotations

import pytest
from meet_cases import Case, check, load

DEV = load("slips28_dev.toml")
ASIDE = load("slips28_aside.toml")  # scored once, after tuning


@pytest.mark.parametrize("case", DEV + ASIDE, ids=[c.name for c in DEV + ASIDE])
def test_case(case: Case) -> None:
    check(case)
