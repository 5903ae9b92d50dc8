"""Who makes a claim: the nearest attribution, quotes, pronouns and inheritance."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from numcheck.claims import Claim, Scope

ClaimOf = Callable[..., Claim]
Extract = Callable[..., list[Claim]]


@pytest.mark.parametrize(
    ("text", "phrase", "claimant"),
    [
        ("Chile’s fire service says 41 homes have burned.", "41", "Chile's fire service"),
        ("Some 70 wells are dry, according to the World Bank.", "70", "World Bank"),
        (
            "Peru’s Health Ministry has acknowledged delays, saying 310 clinics closed.",
            "310",
            "Peru's Health Ministry",
        ),
        ("Three aid workers told Radio Nord that 19 bridges fell.", "19", "Three aid workers"),
        (
            "In the valley, 8 dams broke, the water ministry said in a statement.",
            "8",
            "water ministry",
        ),
        (
            "According to an analysis from the Center for Flood Studies, 12 towns flooded.",
            "12",
            "Center for Flood Studies",
        ),
        ("Lima says its crews have rescued 230 villagers.", "230", "Lima"),
        # a weekday before the speaker's comma names no one: the union speaks
        ("About 28,000 members walked out on Thursday, the union said.", "28,000", "union"),
        # so does a month: the company speaks, not "July"
        ("A dividend of 52p a share will be paid in July, the company said.", "52p", "company"),
        ("Fares will rise to £3 in May, Transit North said.", "£3", "Transit North"),
        ("The Sunday Times said 300 homes were flooded.", "300", "Sunday Times"),
    ],
)
def test_nearest_attribution(claim_of: ClaimOf, text: str, phrase: str, claimant: str) -> None:
    assert claim_of(text, phrase).claimant == claimant


def test_elided_subject_after_but_is_the_sentence_subject(claim_of: ClaimOf) -> None:
    text = "Ecuador has not released totals, but says its divers have found 14 wrecks."
    assert claim_of(text, "14").claimant == "Ecuador"


def test_nearest_cue_wins_over_a_farther_one(claim_of: ClaimOf) -> None:
    text = "Unlike earlier reports, two engineers told the Courier that about 90 pylons fell."
    assert claim_of(text, "about 90").claimant == "two engineers"


def test_sentence_without_cue_continues_the_paragraphs_attribution(extract: Extract) -> None:
    text = (
        "The coast guard said 40 boats sank on Monday. Another 12 boats drifted away.\n"
        "Separately, 7 ferries were delayed."
    )
    claims = extract(text, ["40", "12", "7"])
    assert [c.claimant for c in claims] == ["coast guard", "coast guard", None]


def test_quoted_figure_takes_the_quotes_speaker(claim_of: ClaimOf) -> None:
    text = "“We counted 300 tents and no water,” said Mara Ode, a camp manager."
    claim = claim_of(text, "300")
    assert claim.scope is Scope.QUOTE
    assert claim.claimant == "Mara Ode"


def test_appositive_between_speaker_and_verb(claim_of: ClaimOf) -> None:
    text = "“It took 9 hours,” Ivo Kral, the regional fire chief, said on Tuesday."
    assert claim_of(text, "9").claimant == "Ivo Kral"


def test_pronoun_takes_the_last_named_speaker(extract: Extract) -> None:
    text = (
        "“Help is coming,” Governor Ana Ruiz said on Monday.\n“We have 50 trucks ready,” she said."
    )
    claims = extract(text, ["50"])
    assert claims[0].claimant == "Governor Ana Ruiz"


def test_speech_inside_a_quote_is_not_an_attribution(claim_of: ClaimOf) -> None:
    text = "“I believe 20 people are trapped,” the mayor said."
    assert claim_of(text, "20").claimant == "mayor"


def test_no_cue_means_no_claimant(claim_of: ClaimOf) -> None:
    assert claim_of("More than 600 homes lost power overnight.", "More than 600").claimant is None


@pytest.mark.parametrize(
    ("text", "phrase", "claimant"),
    [
        # "an estimated" is a hedge, not an attribution; "Floods killed" is no speaker
        ("Floods killed an estimated 1,500 people in the delta.", "an estimated 1,500", None),
        ("Storms flattened a reported 300 barns, farm groups said.", "300", "farm groups"),
        ("The toll was estimated by the Red Cross at 1,500 people.", "1,500", "Red Cross"),
        ("Mudslides killed 40 goats, the herders reported.", "40", "herders"),
    ],
)
def test_only_attribution_cues_make_claimants(
    claim_of: ClaimOf, text: str, phrase: str, claimant: str | None
) -> None:
    assert claim_of(text, phrase).claimant == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Rescuers on Friday said 12 people died.", "Rescuers"),
        ("The mayor late Wednesday said 12 homes burned.", "mayor"),
        ("Police on March 3 said 12 people were arrested.", "Police"),
        ("Medics yesterday told reporters that 12 people were hurt.", "Medics"),
        ("The Sunday Herald said 12 ferries were late.", "Sunday Herald"),
    ],
)
def test_time_expressions_before_the_verb_are_not_the_claimant(
    claim_of: ClaimOf, text: str, claimant: str
) -> None:
    assert claim_of(text, "12").claimant == claimant


def test_it_takes_the_nearest_organisation_of_its_paragraph(extract: Extract) -> None:
    text = (
        "The Harbor Authority closed the port on Monday. Storms hit Tromso and Bodo overnight. "
        "It said 12 trawlers sank."
    )
    assert extract(text, ["12"])[0].claimant == "Harbor Authority"


def test_it_after_a_speaker_cue_takes_the_organisation_not_the_person(extract: Extract) -> None:
    text = (
        "The Coast Guard Service sent two cutters, and captain Lena Vik said the sea was rough. "
        "It said 9 sailors were missing."
    )
    assert extract(text, ["9"])[0].claimant == "Coast Guard Service"


def test_it_without_an_organisation_in_its_paragraph_has_no_claimant(extract: Extract) -> None:
    text = (
        "The Water Agency said on Monday that 5 wells failed.\n"
        "Floods reached Tromso and Bodo. It said 30 pumps broke."
    )
    assert [c.claimant for c in extract(text, ["5", "30"])] == ["Water Agency", None]
