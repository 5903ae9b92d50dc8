"""The margin cases of tests/unit/drift/cases/margins27_dev.toml (meet_cases.py's
format): a figure told as a margin, a difference, against the same margin in other words
or against the votes it is the difference of stays silent (margins.py); a margin told
plainly as the votes is still measure drift."""

from __future__ import annotations

import pytest
from meet_cases import Case, check, load

DEV = load("margins27_dev.toml")
ASIDE = load("margins27_aside.toml")  # scored once, after tuning
# a margin told plainly as the votes: not paired by drift before or after this change
KNOWN = frozenset({"elections: majority told as the votes"})


@pytest.mark.parametrize("case", DEV + ASIDE, ids=[c.name for c in DEV + ASIDE])
def test_case(case: Case) -> None:
    check(case, KNOWN)
