"""Time windows and places of figures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from numcheck.claims import Claim
from numcheck.quantity import Kind

ClaimOf = Callable[..., Claim]
Extract = Callable[..., list[Claim]]


@pytest.mark.parametrize(
    ("sentence", "window"),
    [
        ("In the last 24 hours, 15 people died.", "last 24 hours"),
        ("Over the past two days, 15 people died.", "last 2 days"),
        ("15 people died in the first seven days of the outbreak.", "first 7 days"),
        ("15 people died in the past week.", "last 7 days"),
        ("15 people died during the previous day.", "last 24 hours"),
        ("15 people have died since Aug. 3.", "since aug 3"),
        ("15 people died over the past few weeks.", "last few weeks"),
        ("15 people died over the past few days.", "last few days"),
        ("Since the rain began, 15 people have died.", "since rain began"),
        ("15 people have died since the floods started.", "since floods began"),
        ("15 people have died since the start of the war.", "since war began"),
        ("15 people have died since the beginning of the siege.", "since siege began"),
        ("15 people have died since the invasion began.", "since invasion began"),
    ],
)
def test_windows_are_normalized(claim_of: ClaimOf, sentence: str, window: str) -> None:
    assert claim_of(sentence, "15").window == window


def test_equal_spans_in_different_words_compare_equal(extract: Extract) -> None:
    claims = extract(
        "In the first week, 80 farms flooded. During the first 7 days, 80 farms flooded.",
        ["80", "80"],
    )
    assert claims[0].window == claims[1].window == "first 7 days"


def test_first_time_is_not_a_window(claim_of: ClaimOf) -> None:
    text = "The agency reported losses for the first time, saying 26 pilots were killed."
    assert claim_of(text, "26").window is None


def test_a_length_has_no_window(claim_of: ClaimOf) -> None:
    text = "The 12-mile queue barely moved over the last three days."
    claim = claim_of(text, ("12-mile", {"kind": Kind.MEASURE, "unit": "mile", "head": "queue"}))
    assert claim.window is None


def test_a_bare_area_noun_is_a_place(extract: Extract) -> None:
    claims = extract(
        "Overnight 19 people died and 60 were injured in the province, including 4 children.",
        ["19", "60", "4"],
    )
    assert [c.place for c in claims] == ["province", "province", "province"]


def test_a_bare_locality_noun_is_the_storys_own_place(extract: Extract) -> None:
    # "in the town" names no other place than the story's: like a figure naming none
    claims = extract("Police said 31 shops were looted in the town overnight.", ["31"])
    assert claims[0].place is None


@pytest.mark.parametrize(
    ("text", "phrase", "place"),
    [
        ("Floodwater reached 300 homes in the town of Elmbury.", "300", "Elmbury"),
        ("Some 40 stalls burned at the port, officials said.", "40", None),
        # a possessive name owns the noun after it
        ("Eleven people died in Marrow's second air strike of the week.", "Eleven", None),
        ("Nine were hurt in Kelso's market fire.", "Nine", None),
        # a plural's possessive too, and a place noun after it is still a place
        ("Two people have died in the Legionnaires' outbreak.", "Two", None),
        ("Shelling hit 25 houses in the Netherlands' Zeeland province.", "25", "Netherlands"),
        ("Shelling hit 25 houses in Russia's Kursk region.", "25", "Kursk region"),
        # a name before a noun it modifies is no place
        ("Relapse fell by 31% in the BRIGHT-2 trial.", "31%", None),
        ("Some 2,900 ballots were spoiled in the Dunford referendum.", "2,900", None),
        ("Some 2,900 ballots were spoiled in Dunford on Thursday.", "2,900", "Dunford"),
    ],
)
def test_what_is_no_place(claim_of: ClaimOf, text: str, phrase: str, place: str | None) -> None:
    assert claim_of(text, phrase).place == place


@pytest.mark.parametrize(
    ("text", "figures", "places"),
    [
        ("Officers arrested 14 people - nine in Spain and seven in the UK.",
         ["nine", "seven"], ["Spain", "UK"]),
        ("The storm killed 40 people in Kharkiv and 12 in Kyiv.", ["40", "12"],
         ["Kharkiv", "Kyiv"]),
        ("In Hatay province, 450 died, and 120 were hurt in Adana.", ["450", "120"],
         ["Hatay province", "Adana"]),
    ],
)
def test_each_figure_of_a_list_takes_its_own_place(
    extract: Extract, text: str, figures: list[str], places: list[str]
) -> None:
    assert [c.place for c in extract(text, figures)] == places


def test_named_place(claim_of: ClaimOf) -> None:
    assert claim_of("Shelling killed 6 people in Nova Vesna on Friday.", "6").place == "Nova Vesna"


def test_place_narrowing_the_subject_is_not_the_events_place(claim_of: ClaimOf) -> None:
    claim = claim_of("About 400 people in Ostrava have fled to the hills.", "About 400")
    assert claim.place is None


def test_place_in_another_clause_does_not_leak(claim_of: ClaimOf) -> None:
    text = "Nearly 900 people have fled, as troops shelled villages across the region."
    assert claim_of(text, "Nearly 900").place is None


def test_months_and_demonyms_are_not_places(extract: Extract) -> None:
    claims = extract(
        "In March 30 people were arrested in the Estonian city of Narva.",
        ["30"],
    )
    assert claims[0].place in (None, "city")


def test_different_explicit_windows_never_share_a_window(extract: Extract) -> None:
    text = (
        "Over the past few weeks, 30 people died. Over the past few days, 30 people died. "
        "Since the rain began, 30 people died. Since the quake struck, 30 people died."
    )
    windows = [c.window for c in extract(text, ["30", "30", "30", "30"])]
    assert None not in windows
    assert len(set(windows)) == 4


def test_a_figure_takes_the_window_of_its_own_clause(extract: Extract) -> None:
    text = "In the last 24 hours 6 people died, bringing the toll since the rain began to 40."
    claims = extract(text, ["6", "40"])
    assert [c.window for c in claims] == ["last 24 hours", "since rain began"]


def test_since_without_an_event_is_not_a_window(claim_of: ClaimOf) -> None:
    assert claim_of("Since then 15 people have left the town.", "15").window is None


def test_sentence_initial_place_applies_to_the_sentence(extract: Extract) -> None:
    claims = extract(
        "In Castellan, police said 40 people were killed and 12 were injured. "
        "Officials said 90 people were killed.",
        ["40", "12", "90"],
    )
    assert [c.place for c in claims] == ["Castellan", "Castellan", None]


def test_a_figures_own_place_beats_the_sentence_place(claim_of: ClaimOf) -> None:
    text = "In Castellan, police said 40 people were killed in Varno."
    assert claim_of(text, "40").place == "Varno"


def test_named_place_with_its_place_noun(claim_of: ClaimOf) -> None:
    text = "Floods killed 25 people in Hatay province on Monday."
    assert claim_of(text, "25").place == "Hatay province"


@pytest.mark.parametrize(
    ("text", "phrase", "place"),
    [
        # where the speaker sits is no place of the figure
        ("The regional council in Bexley said 210 homes were flooded.", "210", None),
        ("Officials in Tarnow told reporters 64 shops had closed.", "64", None),
        # the figure's own place still counts
        ("Police in Bexley said 210 homes were flooded in Crayford.", "210", "Crayford"),
    ],
)
def test_the_speakers_place_is_not_the_figures(
    claim_of: ClaimOf, text: str, phrase: str, place: str | None
) -> None:
    assert claim_of(text, phrase).place == place


@pytest.mark.parametrize(
    ("sentence", "window"),
    [
        # an onset dated right after it counts from that day
        ("The fire has destroyed 15 homes since it broke out on Saturday.", "since saturday"),
        ("The storm has killed 15 people since it hit Monday.", "since monday"),
        ("15 people have died since the quake struck on March 2.", "since march 2"),
        ("The mission has lost 15 peacekeepers since it began in 2014.", "since 2014"),
        ("15 soldiers have died since the offensive began in March.", "since march"),
        ("15 people have died since the start of the war in 2022.", "since 2022"),
        # a place after the onset is no date
        ("15 people have died since the fighting began in Kharkiv.", "since fighting began"),
        ("15 people have died since the fighting flared.", "since fighting began"),
        ("15 cases were recorded over the past fortnight.", "last 14 days"),
        ("15 people were arrested in the past forty-eight hours.", "last 48 hours"),
        # no window where none is meant
        ("15 people have died so far, officials said.", None),
        ("15 people have died this week.", None),
        ("15 people have died since then.", None),
    ],
)
def test_dated_onsets_and_lengths(claim_of: ClaimOf, sentence: str, window: str | None) -> None:
    assert claim_of(sentence, "15").window == window
