"""The measure-drift cases of tests/unit/drift/cases/measure_drift19_dev.toml
(meet_cases.py's format): a part of a toll told as the toll (retold.py's ``parts``), a
disjunction of two events as their composite, a sibling word in a subject as written
(measured.py's ``told_apart``); look-alikes stay silent."""

from __future__ import annotations

import pytest
from meet_cases import Case, load, passes

DEV = load("measure_drift19_dev.toml")


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: Case) -> None:
    assert passes(case), case.name
