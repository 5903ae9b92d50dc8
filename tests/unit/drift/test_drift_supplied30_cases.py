"""The measure-drift cases of tests/unit/drift/cases/supplied30_dev.toml (meet_cases.py's
format): a count told through a supply or its outage ("cut power to 86,000 customers",
"the outage hit 52,000") is keyed by the event its loss names (extract/supplied.py), so
another desk's same figure for a neighbouring thing without power is measure drift;
look-alikes (power restored, another supply, a later level) stay silent."""

from __future__ import annotations

import pytest
from meet_cases import Case, check, load

DEV = load("supplied30_dev.toml")
ASIDE = load("supplied30_aside.toml")  # scored once, after tuning
# still missed (left alone): the people figure's article names the substation, the
# customers' a valley, and the pair is not judged (the place hook of align.py pairs the
# blocks; what keeps this one silent is outside the supply frame)
KNOWN = frozenset({"energy: customers across a valley, told as people by the substation's name"})


@pytest.mark.parametrize("case", DEV + ASIDE, ids=[c.name for c in DEV + ASIDE])
def test_case(case: Case) -> None:
    check(case, KNOWN)
