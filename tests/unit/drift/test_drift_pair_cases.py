"""The pairing cases of tests/unit/drift/cases/pairs_dev.toml (pair_cases.py): every
planted problem but the known misses below is paired by the claim index and found; every
look-alike but the known alarms stays silent. pairs_aside.toml, the aside slice, is
scored apart (not asserted)."""

from __future__ import annotations

import pytest
from key_cases import assert_right, planted_share
from pair_cases import KeyCase, load, right

DEV = load("pairs_dev.toml")

# planted problems not paired yet, and why (docs/maintainers/claims.md, "when two
# figures of two articles are one quantity"): a placed figure against an unplaced one
# whose article names several places (the story's own place was tried: it pairs a town's
# part with the whole); "since the campaign began" keeps its span; "Ostrava Glass" and
# "the company" are two parties until coreference reads them as one ("treated at the
# Royal Infirmary" pairs since an institution's name is no place of its own)
KNOWN_MISSES = {
    "outbreak deaths, one placed in the town the story is about",
    "province vaccinations, story place against none",
    "storm toll in the county the story is about",
    "jobs cut at the plant, business desk and local",
    "cases in the outbreak town, bare and placed",
}
# look-alikes still alarmed: "evacuated from Mill Lane in Arden" is placed in Arden, the
# one place the other article names, so its street's count meets the valley's
KNOWN_ALARMS = {"evacuees from one street against the valley"}


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN_MISSES | KNOWN_ALARMS)


def test_about_half_the_cases_are_look_alikes() -> None:
    assert 0.3 < planted_share(DEV) < 0.7
