"""NC203 on shares whose count is not the share itself: the rest of a share, a count
against a capacity, a count over or under a limit (docs/maintainers/
phrasings-relations.md, shares); wrong and right, in other words than the corpus."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.testing import run_checks

# realisation -> (wrong, right)
LIMITS = {
    "X% of N ...; M remain": (
        "Crews have reconnected 75% of the 80,000 homes cut off; some 35,000 remain "
        "without water.",
        "Crews have reconnected 75% of the 80,000 homes cut off; some 20,000 remain "
        "without water.",
    ),
    "X% of N ... . M are still (the next sentence)": (
        "By noon, 90% of the 6,000 ballots had been counted. About 1,000 are still in "
        "sealed boxes.",
        "By noon, 90% of the 6,000 ballots had been counted. About 600 are still in "
        "sealed boxes.",
    ),
    "X% of N ..., the remaining M": (
        "Two-thirds of the 1,800 tenants have signed, the council said; the remaining "
        "900 have until May.",
        "Two-thirds of the 1,800 tenants have signed, the council said; the remaining "
        "600 have until May.",
    ),
    "X% of N ..., leaving M": (
        "Power was back for 60% of the 1.4 million homes by Friday, leaving about 700,000 "
        "in the dark.",
        "Power was back for 60% of the 1.4 million homes by Friday, leaving about 560,000 "
        "in the dark.",
    ),
    "room for N, at X% capacity with M": (
        "The hospital, with room for 400 patients, is at 95% capacity with 300 patients.",
        "The hospital, with room for 400 patients, is at 75% capacity with 300 patients.",
    ),
    "M nouns, X% full, a capacity of N": (
        "The prison holds 1,150 inmates and is 98% full, with a capacity of 1,400.",
        "The prison holds 1,150 inmates and is 82% full, with a capacity of 1,400.",
    ),
    "room for N ... M ..., X% over its limit": (
        "The shelter, which has room for 60 people, took in 75 on Tuesday night, 40% over "
        "its capacity.",
        "The shelter, which has room for 60 people, took in 75 on Tuesday night, 25% over "
        "its capacity.",
    ),
    "a quota of N ... M, X% under the quota": (
        "The fleet had a quota of 2,000 tonnes and landed 1,700 tonnes, 25% below its quota.",
        "The fleet had a quota of 2,000 tonnes and landed 1,700 tonnes, 15% below its quota.",
    ),
}


@pytest.mark.parametrize("name", sorted(LIMITS))
def test_a_count_that_is_not_the_rest_or_the_share_of_a_limit(name: str) -> None:
    wrong, right = LIMITS[name]
    assert run_checks(wrong, [shares]).codes() == ["NC203"]
    assert run_checks(right, [shares]).codes() == []


@pytest.mark.parametrize(
    "text",
    [
        # a count after the share with no word of the rest: another figure
        "Crews have reconnected 75% of the 80,000 homes; 3,000 engineers are at work.",
        # two counts beside a capacity: which one fills it is a guess
        "The ward has 30 patients and 12 nurses and is 80% full, with a capacity of 40.",
        # "over" with no limit noun is a comparison, not an excess
        "Output was 12% over the summer, with 9,000 tonnes made against a capacity of "
        "10,000 tonnes.",
    ],
)
def test_what_is_not_a_rest_or_a_limit_is_quiet(text: str) -> None:
    assert run_checks(text, [shares]).codes() == []


def test_the_share_restating_an_excess_is_blamed() -> None:
    text = "Licensed to carry 150 passengers, the boat had 164 aboard, 14% over its limit."
    [found] = run_checks(text, [shares])
    assert found.location.text == "14%"
    assert "9.33%" in found.message
