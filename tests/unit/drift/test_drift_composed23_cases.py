"""md23's cases (tests/unit/drift/cases/composed23.toml, meet_cases.py's format): a whole
told by joining its parts' words against one part alone (measure drift), and the
look-alikes that stay silent (drift/composed.py)."""

from __future__ import annotations

import pytest
from meet_cases import Case, load, passes

CASES = load("composed23.toml")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Case) -> None:
    assert passes(case), case.name
