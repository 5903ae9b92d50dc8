"""The measure-drift cases of tests/unit/drift/cases/measure_drift27_dev.toml
(meet_cases.py's format): a whole and its part between sources across ten desks, and
the other article's own figure for the retold measure named by its event alone
(retold.py ``_owner``); look-alikes stay silent."""

from __future__ import annotations

import pytest
from meet_cases import Case, check, load

DEV = load("measure_drift27_dev.toml")
ASIDE = load("measure_drift27_aside.toml")  # scored once, after tuning
# still missed: a workforce told as its strikers (a partitive whole), doses told as
# people vaccinated, a part among arrivals told as the arrivals; a strike retold
# ("About 3,100 of the 4,500 nurses" against "More than 3,000 nurses") raises NC402
KNOWN = frozenset({
    "labour strike: workforce told as strikers",
    "labour strike: strikers retold",
    "health: doses told as people vaccinated",
    "migration: children among arrivals told as arrivals",
})


@pytest.mark.parametrize("case", DEV + ASIDE, ids=[c.name for c in DEV + ASIDE])
def test_case(case: Case) -> None:
    check(case, KNOWN)
