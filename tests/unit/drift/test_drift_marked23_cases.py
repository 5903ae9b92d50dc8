"""probe23v's cases (tests/unit/drift/cases/marked23.toml, meet_cases.py's format): a
figure its verb's complement or an "or" join marks off as a part of the other's whole
is no contradiction while it is not above it (drift/marked.py); a part above its whole,
a joined whole below its part, and both sides alike are still caught."""

from __future__ import annotations

import pytest
from meet_cases import Case, check, load

CASES = load("marked23.toml")
KNOWN = {
    "hea-over (real)",  # the tested and the positive are never paired (keys differ)
    "biz-shareholders (consistent)",  # "cast N votes against": the side follows a noun
}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Case) -> None:
    check(case, KNOWN)
