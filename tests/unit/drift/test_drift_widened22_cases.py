"""md22's cases (tests/unit/drift/cases/widened22_dev.toml, meet_cases.py's format): an
event joined by "or" to another measure counts a whole (drift/widened.py) and a
neighbouring measure told one sentence off is a retelling (drift/beside.py); the
look-alikes stay silent."""

from __future__ import annotations

import pytest
from meet_cases import Case, load, passes

DEV = load("widened22_dev.toml")


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: Case) -> None:
    assert passes(case), case.name
