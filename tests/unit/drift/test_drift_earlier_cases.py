"""The cross-document cases of tests/unit/drift/cases/earlier_dev.toml: a figure its
clause tells of an earlier year or season ("Last year's typhoon left 52 dead", "14
people last winter", "down from 61% a year ago") or of each year has a span of its own
(aspect.of_earlier): no level of the story's days, yet compared with another figure of
that span."""

from __future__ import annotations

import pytest
from meet_cases import Case, check, load

DEV = load("earlier_dev.toml")


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: Case) -> None:
    check(case)
