"""Totals, parts, shares, changes and day counts as other desks write them: each planted
problem raises its rule, each agreeing look-alike stays silent. Two evaluations, each
written before the readers it measures and each with an aside slice set apart before
tuning:

- wave 7's lists, parts and shares (data/lists_realisations.toml and
  data/lists_realisations_aside.toml): a look-alike stays silent on NC2xx;
- wave 8's relations by role, in word orders the story sets do not use
  (data/relations8_realisations.toml and data/relations8_realisations_aside.toml): a
  planted problem is found by any rule of its family (as the story gold accepts), a
  look-alike stays silent on NC2xx and NC3xx;
- wave 10's totals and shares by the link that joins them to their parts or base
  (data/lists10_realisations.toml and data/lists10_realisations_aside.toml): a planted
  problem is found by any rule of its family, a look-alike (a selection, overlapping
  groups, another window, place or unit) stays silent on NC2xx.

A case the checkers cannot read yet says why in ``known`` and is an expected failure,
so a gain shows as an XPASS."""

from __future__ import annotations

import pytest
from realisation_cases import realisation_cases

from numcheck.testing import run_checks

# a planted problem of wave 8's cases is found by any rule of its family
FAMILY = {
    "NC203": {"NC203", "NC205"},
    "NC205": {"NC203", "NC205"},
    "NC204": {"NC204", "NC206"},
    "NC206": {"NC204", "NC206"},
    "NC301": {"NC301", "NC302"},
    "NC302": {"NC301", "NC302"},
}


@pytest.mark.parametrize("case", realisation_cases("lists_realisations.toml",
                                        "lists_realisations_aside.toml"))
def test_realisation(case: dict[str, str]) -> None:
    codes = run_checks(case["text"], builtins=True, path="article.txt").codes()
    if case["expect"]:
        assert case["expect"] in codes
    else:
        assert not [c for c in codes if c.startswith("NC2")]


@pytest.mark.parametrize("case", realisation_cases("relations8_realisations.toml",
                                        "relations8_realisations_aside.toml"))
def test_relation_realisation(case: dict[str, str]) -> None:
    result = run_checks(case["text"], builtins=True, path="article.txt", date=case.get("date"))
    codes = result.codes()
    if case["expect"]:
        assert FAMILY.get(case["expect"], {case["expect"]}) & set(codes)
    else:
        assert not [c for c in codes if c.startswith(("NC2", "NC3"))]


@pytest.mark.parametrize("case", realisation_cases("lists10_realisations.toml",
                                        "lists10_realisations_aside.toml"))
def test_link_realisation(case: dict[str, str]) -> None:
    codes = run_checks(case["text"], builtins=True, path="article.txt").codes()
    if case["expect"]:
        assert FAMILY.get(case["expect"], {case["expect"]}) & set(codes)
    else:
        assert not [c for c in codes if c.startswith("NC2")]
