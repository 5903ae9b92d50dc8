"""The measure-drift cases of tests/unit/drift/cases/measure_drift35_dev.toml
(meet_cases.py's format): one figure told under a part-measure in one article and the
whole (or a neighbouring) measure in another, across twelve desks; look-alikes (a
synonym, a part told as a part, two facts of two days) stay silent. The aside
(measure_drift35_aside.toml) was written before tuning and scored once at the end."""

from __future__ import annotations

import pytest
from meet_cases import Case, check, load

DEV = load("measure_drift35_dev.toml")
ASIDE = load("measure_drift35_aside.toml")
KNOWN: frozenset[str] = frozenset()


@pytest.mark.parametrize("case", DEV + ASIDE, ids=[c.name for c in DEV + ASIDE])
def test_case(case: Case) -> None:
    check(case, KNOWN)
