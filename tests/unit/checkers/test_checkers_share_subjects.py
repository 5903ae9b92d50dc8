"""NC203: a word share or a percentage stated with its part and whole set off beside it
("close to half of the fines, 540 of 1,200,"), and a count made a share of a base by a
copula whose subject it is ("The 90 nurses ... were a fifth of the ward's 300 staff"):
wrong and right, in other words than the story corpus."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.testing import run_checks

# realisation -> (wrong, right)
FORMS = {
    "a hedged word share, then the part and its whole after a dash": (
        "Pensioners make up nearly half of the claimants - 9 of the 31.",
        "Pensioners make up nearly a third of the claimants - 9 of the 31.",
    ),
    "a word share, then 'N of the M' in brackets": (
        "Three in four of the ferries (45 of the 80 in service) ran late.",
        "Three in five of the ferries (45 of the 80 in service) ran late.",
    ),
    "a hedged word share, then a hedged part of a whole set off by commas": (
        "Roughly two-thirds of the council's leases, some 1,900 of the 3,700 on its books, "
        "expire next year.",
        "Roughly half of the council's leases, some 1,900 of the 3,700 on its books, "
        "expire next year.",
    ),
    "a one-sided word share, then the part and its whole set off by commas": (
        "Fewer than half the wells, 19 of 30, were dry.",
        "Fewer than half the wells, 12 of 30, were dry.",
    ),
    "a count that is the subject of 'are <share> of <base>'": (
        "The plant's 640 engineers are roughly one in five of the firm's 5,200 staff.",
        "The plant's 640 engineers are roughly one in eight of the firm's 5,200 staff.",
    ),
    "the subject's noun phrase holds a figure of another kind": (
        "The 480 residents inside the 2 km flood cordon were about half of the 1,500 "
        "people in the parish.",
        "The 480 residents inside the 2 km flood cordon were about a third of the 1,500 "
        "people in the parish.",
    ),
    "a year in the subject's noun phrase, 'make up' as the copula": (
        "The 120 pupils enrolled in 2025 make up a quarter of the school's 800 pupils.",
        "The 120 pupils enrolled in 2025 make up 15% of the school's 800 pupils.",
    ),
}


@pytest.mark.parametrize("name", sorted(FORMS))
def test_a_share_and_the_count_beside_it_disagree(name: str) -> None:
    wrong, right = FORMS[name]
    assert run_checks(wrong, [shares]).codes() == ["NC203"]
    assert run_checks(right, [shares]).codes() == []


@pytest.mark.parametrize(
    "text",
    [
        # a comma may open another clause: the part and whole are no apposition
        "Turnout was 64%, with 12 of the 40 wards still to report.",
        "Half the wells were dry, 12 of 30 in the north.",
        # the copula's subject is still the share, whatever its clause says ("still")
        "The 210 people still sleeping in the sports hall are roughly a sixth of the 1,200 "
        "told to leave.",
        # a word share within a point of the part over its whole
        "Women are nearly a third of the board - 8 of its 27 members.",
        # the figure before the copula counts another thing than the base
        "The 90 nurses in the 12 care homes were a fifth of the group's 300 staff.",
    ],
)
def test_agreeing_or_unrelated_shares_stay_silent(text: str) -> None:
    assert run_checks(text, [shares]).codes() == []
