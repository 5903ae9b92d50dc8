"""The cases of tests/unit/drift/cases/holders34_dev.toml (pair_cases.py): two sources
give figures of one kind for two holders (two defendants, two councils, two banks, two
candidates: checkers/holders.py) and must stay silent; one holder named two ways ("Lee
Ash, 34," and "Ash"; "Greyfield Bank" and "the bank"; "Labour's Rhian Pugh" and "Ms
Pugh") must still be found. holders34_aside.toml, the aside slice, is scored apart (not
asserted)."""

from __future__ import annotations

import pytest
from key_cases import assert_right, planted_share
from pair_cases import KeyCase, load, right

DEV = load("holders34_dev.toml")

KNOWN = {
    # a description that names no holder ("The haulier") meets a name, but the two
    # fines are never paired: missed before this change too
    "courts: a haulier named and described",
    # one holder, two contracts: only "also" tells them apart, and "also" marks another
    # figure of the article, not of the other source
    "transport: a firm's second contract",
}


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN)


def test_about_a_third_or_more_of_the_cases_are_look_alikes() -> None:
    assert 0.3 < planted_share(DEV) < 0.7
