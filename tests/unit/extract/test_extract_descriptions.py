"""A described speaker ("the company said") stands for the organisation of its kind
named before it; a speaker sitting "in <Place>" is not the place."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from numcheck.claims import Claim

ClaimOf = Callable[..., Claim]


@pytest.mark.parametrize(
    ("text", "phrase", "claimant"),
    [
        # the kind carried by the name's own words
        (
            "A fire shut Ostrava Steel's main furnace on Monday. About 420 staff were sent "
            "home, the company said.",
            "420",
            "Ostrava Steel",
        ),
        (
            "The Harbour Nurses Federation called the stoppage. The union said 9,100 nurses "
            "joined it.",
            "9,100",
            "Harbour Nurses Federation",
        ),
        # the kind given by a describing word before the name
        (
            "Shares in insurer Calloway slid after the storm. The group's statement said "
            "claims could reach 3,000.",
            "3,000",
            "Calloway",
        ),
        # the kind given in apposition after the name
        (
            "Tessaly, the budget airline, grounded its fleet. The carrier said 61 flights "
            "were cancelled.",
            "61",
            "Tessaly",
        ),
        # the nearest organisation of that kind, not another kind named later or closer
        (
            "Dunmore Coal and the Miners' Union met on Sunday. The company said 17 men were "
            "still underground.",
            "17",
            "Dunmore Coal",
        ),
    ],
)
def test_description_takes_the_named_organisation(
    claim_of: ClaimOf, text: str, phrase: str, claimant: str
) -> None:
    assert claim_of(text, phrase).claimant == claimant


def test_unresolved_description_is_kept(claim_of: ClaimOf) -> None:
    text = "Talks collapsed overnight. The union said 2,400 members had walked out."
    assert claim_of(text, "2,400").claimant == "union"


def test_a_person_is_never_a_kind(claim_of: ClaimOf) -> None:
    text = "Maria Olsen chairs the board. The company said 80 jobs would go."
    assert claim_of(text, "80").claimant == "company"


@pytest.mark.parametrize(
    ("text", "phrase", "claimant"),
    [
        (
            "The regional administration in Dorvik said 12 people were hurt.",
            "12",
            "regional administration",
        ),
        ("Police in Castellan said 40 cars were burned overnight.", "40", "Police"),
        ("Prosecutors in Velm said 300 people were charged.", "300", "Prosecutors"),
    ],
)
def test_a_speaker_in_a_place_is_the_speaker(
    claim_of: ClaimOf, text: str, phrase: str, claimant: str
) -> None:
    assert claim_of(text, phrase).claimant == claimant
