"""The outage cases of tests/unit/drift/cases/outage21_dev.toml (meet_cases.py's
format): the without_power synonym set (measures.toml) keys the figures desks tell an
outage with, so a utility's customers retold as people meet as neighbouring things of
one event; look-alikes stay silent."""

from __future__ import annotations

import pytest
from meet_cases import Case, load, passes

DEV = load("outage21_dev.toml")


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: Case) -> None:
    assert passes(case), case.name
