"""The cases of tests/unit/drift/cases/remainder27_dev.toml (meet_cases.py's format):
what remains of a state that can fall, told beside its onset on one day, is a part of
it (remainder.py); a remainder above its onset, two onsets, or a day's level against a
remainder still contradict. The aside file is scored at the end of a change, not tuned
to; it must hold too."""

from __future__ import annotations

import pytest
from meet_cases import Case, check, load

DEV = load("remainder27_dev.toml")
ASIDE = load("remainder27_aside.toml")
# "were stranded" tells the state, not entering it: no onset, so the pair is compared
KNOWN = frozenset({"transport: trapped and still trapped, one day"})


@pytest.mark.parametrize("case", DEV + ASIDE, ids=[c.name for c in DEV + ASIDE])
def test_case(case: Case) -> None:
    check(case, KNOWN)


def test_both_kinds() -> None:
    assert any(c.expect for c in DEV)
    assert any(not c.expect for c in DEV)
