"""Restatements of one figure in one article across eleven desks (wave 34, restate34;
data/restated34_realisations.toml, written before any change, and its aside slice scored
only at the end): each planted restatement raises NC101, NC102 or NC103, each look-alike
(an update, a past year, another place or group, a part, a running total, a hedge the exact
figure meets, an agreeing retelling) raises none. A case the checker cannot read yet says
why in ``known`` and is an expected failure, so a gain shows as an XPASS."""

from __future__ import annotations

import pytest
from realisation_cases import realisation_cases

from numcheck.testing import run_checks

RESTATED = ("NC101", "NC102", "NC103")
CASES = realisation_cases("restated34_realisations.toml", "restated34_realisations_aside.toml")


@pytest.mark.parametrize("case", CASES)
def test_restatement34(case: dict[str, str]) -> None:
    codes = run_checks(case["text"], builtins=True, path="article.md").codes()
    raised = [c for c in codes if c in RESTATED]
    if case["expect"]:
        assert raised
    else:
        assert not raised
