"""A claimant is a noun phrase naming an agent: never a figure, a dateline, a document
without a source, a verb or a clause (numcheck/extract/agents.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from numcheck.claims import Claim

ClaimOf = Callable[..., Claim]


@pytest.mark.parametrize(
    ("text", "phrase", "claimant"),
    [
        # a document speaks for whoever released it
        (
            "According to statistics published by the port authority, 412 ships docked.",
            "412",
            "port authority",
        ),
        (
            "Some 88 schools shut, according to data compiled by Unicef on Monday.",
            "88",
            "Unicef",
        ),
        ("Per the bureau's latest tally, 2,140 homes lost power.", "2,140", "bureau"),
        (
            "The shortfall is $61m, according to the county's revised forecast.",
            "$61m",
            "county",
        ),
        ("Bloomberg calculations show 17 lenders cut rates, according to Bloomberg data.",
         "17", "Bloomberg"),
        # a document with no source named names nobody
        ("According to early returns, 54% backed the measure.", "54%", None),
        ("Turnout reached 63%, according to provisional results.", "63%", None),
    ],
)
def test_a_document_is_its_sources_voice(
    claim_of: ClaimOf, text: str, phrase: str, claimant: str | None
) -> None:
    assert claim_of(text, phrase).claimant == claimant


@pytest.mark.parametrize(
    ("text", "phrase", "claimant"),
    [
        # a figure phrase before the cue names nobody; the speaker after it does
        (
            "About 9,300 of the 12,000 members on the roll cast ballots, the returning "
            "officer said.",
            "About 9,300",
            "returning officer",
        ),
        (
            "Roughly 2 in 5 of the 700 staff were furloughed, the hospital trust confirmed.",
            "700",
            "hospital trust",
        ),
        ("Ridership hit 1.9 million registered users, the transit agency reported.",
         "1.9 million", "transit agency"),
        # a figure word before a participle makes it an adjective, not a cue
        ("There were 212 confirmed infections by Friday.", "212", None),
    ],
)
def test_a_figure_is_never_a_claimant(
    claim_of: ClaimOf, text: str, phrase: str, claimant: str | None
) -> None:
    assert claim_of(text, phrase).claimant == claimant


@pytest.mark.parametrize(
    ("text", "phrase", "claimant"),
    [
        # the verb after the subject is cut
        (
            "The Federal Reserve Bank of Oakport lifted its key rate to 5.5% and said more "
            "rises were possible.",
            "5.5%",
            "Federal Reserve Bank of Oakport",
        ),
        (
            "Harrow Mining slashed output by 14% this quarter, and added that 300 jobs would go.",
            "300",
            "Harrow Mining",
        ),
        # read backwards, the noun phrase starts after its determiner
        (
            "The nurses vowed to strike until the trust meets the union's claim of 11%.",
            "11%",
            "union",
        ),
        # "said the increase would ..." is a clause, not a speaker
        (
            "Fares rise 6% in May. One councillor said the rise would hurt commuters.",
            "6%",
            None,
        ),
    ],
)
def test_a_claimant_ends_at_its_head(
    claim_of: ClaimOf, text: str, phrase: str, claimant: str | None
) -> None:
    assert claim_of(text, phrase).claimant == claimant


@pytest.mark.parametrize(
    ("text", "phrase", "claimant"),
    [
        # wire datelines, US and UK style
        (
            "BRISTOL, England, May 3 (PNA) — Harbour Foods on Friday posted profit of "
            "£48m and said it would hire 200 people.",
            "200",
            "Harbour Foods",
        ),
        (
            "PORT MORESBY, Sept 9 (Reuters) - Energy officials in the capital raised fuel "
            "prices by 8% and said rationing would follow.",
            "8%",
            "Energy officials",
        ),
        # anonymous sources are nobody in particular
        ("The carrier will cut 1,100 jobs, people familiar with the plan said.", "1,100", None),
        ("Output fell 12%, sources told the Gazette.", "12%", None),
        # plural agent nouns and acronyms are speakers
        ("Hauliers said 40 lorries were stuck at the border.", "40", "Hauliers"),
        ("NATO said 3 jets were scrambled.", "3", "NATO"),
    ],
)
def test_datelines_and_unnamed_sources_name_nobody(
    claim_of: ClaimOf, text: str, phrase: str, claimant: str | None
) -> None:
    assert claim_of(text, phrase).claimant == claimant


@pytest.mark.parametrize(
    ("text", "phrase", "claimant"),
    [
        # a document names its source or nobody ("the annual report said")
        ("The tremor measured 4.1, the annual report said.", "4.1", None),
        # a firm's analysts speak for the firm; a name's verb is no plural
        ("Analysts at Dunmore Capital said output could fall 9%.", "9%", "Dunmore Capital"),
        ("Varga Motors beats forecasts, plans 400 job cuts", "400", None),
        # "per" a unit is a rate, "per" a source an attribution
        ("Fines reach £5,000 per driver.", "£5,000", None),
        # a number word is no speaker ("in three states have ..." is no "states" cue)
        ("Schools in four states have shut until June 20.", "four", None),
        # the people of a place speak, not the place
        ("Clinics in Dorvale reported 85 new infections.", "85", "Clinics"),
        ("Volunteers at the border crossing said 600 families came in May.", "600",
         "Volunteers"),
        ("Local media reported 40 deaths.", "40", "Local media"),
    ],
)
def test_documents_numbers_and_places_before_a_verb(
    claim_of: ClaimOf, text: str, phrase: str, claimant: str | None
) -> None:
    assert claim_of(text, phrase).claimant == claimant
