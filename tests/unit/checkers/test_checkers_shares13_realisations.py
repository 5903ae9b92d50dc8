"""Shares and changes as other desks write them (wave 13): a planted problem raises a
rule of its family, an agreeing look-alike stays silent on NC2xx. The cases were
written before the readers they measure; a third of them, set apart at random before
any tuning, is data/shares13_realisations_aside.toml, scored once at the end of the
wave and read by this test since. A case the checkers cannot read
yet says why in ``known`` and is an expected failure, so a gain shows as an XPASS."""

from __future__ import annotations

import pytest
from realisation_cases import realisation_cases

from numcheck.testing import run_checks

# a planted problem is found by any rule of its family, as the story gold accepts
FAMILY = {"NC203": {"NC203", "NC205"}, "NC206": {"NC204", "NC206"}}


@pytest.mark.parametrize(
    "case",
    realisation_cases("shares13_realisations.toml", "shares13_realisations_aside.toml"),
)
def test_share_and_change_realisation(case: dict[str, str]) -> None:
    codes = set(run_checks(case["text"], builtins=True, path="article.txt").codes())
    if case["expect"]:
        assert FAMILY[case["expect"]] & codes
    else:
        assert not [c for c in codes if c.startswith("NC2")]
