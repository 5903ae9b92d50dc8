"""Incidents and place-level parts: figures of different events in one article."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from numcheck.claims import Claim, ClaimKey

Extract = Callable[..., list[Claim]]

TWO_EVENTS = (
    "The storm killed 34 people.\n\n"
    "In a separate incident, a bus crash on the coast road killed 12 people.\n"
)


def test_two_incidents_in_one_article_get_different_incidents(extract: Extract) -> None:
    storm, crash = extract(TWO_EVENTS, ["34", "12"])
    assert (storm.key.incident, crash.key.incident) == ("storm", "crash")
    assert not storm.key.compatible(crash.key)


def test_a_separate_incident_without_a_noun_is_still_another_incident(extract: Extract) -> None:
    text = (
        "The storm killed 34 people.\n\n"
        "In a separate incident, 12 people were killed on the coast road. Later 3 more died.\n"
    )
    storm, other, later = extract(text, ["34", "12", "3"])
    assert storm.key.incident == "storm"
    assert other.key.incident is not None
    assert other.key.incident != "storm"
    assert later.key.incident == other.key.incident  # the paragraph stays on that incident
    assert not storm.key.compatible(other.key)


def test_one_side_naming_the_incident_still_aligns(extract: Extract) -> None:
    text = "Quake kills 40 people\n\nAt least 34 people died, officials said.\n"
    headline, body = extract(text, ["40", "34"])
    assert headline.key.incident == "earthquake"
    assert body.key.incident is None
    assert headline.key.compatible(body.key)
    assert headline.key == body.key  # equality (drift blocking) ignores the incident


@pytest.mark.parametrize(
    ("first", "second"),
    [("The earthquake killed 9 people.", "The quake killed 9 people."),
     ("A blast killed 9 people.", "The explosion killed 9 people.")],
)  # fmt: skip
def test_incident_synonyms_are_one_incident(extract: Extract, first: str, second: str) -> None:
    a, b = extract(f"{first}\n\n{second}\n", ["9", "9"])
    assert a.key.incident == b.key.incident is not None


def test_incident_in_the_figures_own_clause_wins(extract: Extract) -> None:
    text = "The flood killed 20 people, while a fire at the depot killed 4 workers."
    flood, fire = extract(text, ["20", "4"])
    assert (flood.key.incident, fire.key.incident) == ("flood", "fire")


def test_compatible_needs_the_rest_of_the_key_equal() -> None:
    a = ClaimKey("people", "killed", incident="storm")
    assert a.compatible(ClaimKey("people", "killed"))
    assert not a.compatible(ClaimKey("people", "wounded", incident="storm"))


PLACE_PART = (
    "The earthquake killed 300 people across Turkey, officials said. "
    "In Hatay province alone, 450 people were killed.\n"
)


def test_a_place_alone_is_a_part_of_the_wider_figure(extract: Extract) -> None:
    country, province = extract(PLACE_PART, ["300", "450"])
    assert province.place == "Hatay province"
    assert province.part_of == country.quantity.start
    assert country.part_of is None


def test_a_place_without_alone_is_not_made_a_part(extract: Extract) -> None:
    text = PLACE_PART.replace(" alone", "")
    _country, province = extract(text, ["300", "450"])
    assert province.place == "Hatay province"
    assert province.part_of is None


def test_alone_does_not_take_a_figure_of_another_event_as_its_whole(extract: Extract) -> None:
    text = "Floods displaced 300 people. In Varno alone, 45 people were killed.\n"
    _, part = extract(text, ["300", "45"])
    assert part.place == "Varno"
    assert part.part_of is None


@pytest.mark.parametrize("modifier", ["Fire crews", "Crash investigators", "Storm drains"])
def test_an_incident_noun_that_modifies_another_noun_names_no_incident(
    extract: Extract, modifier: str
) -> None:
    text = f"{modifier} worked through the night. At least 40 people were dead by morning.\n"
    (dead,) = extract(text, ["At least 40"])
    assert dead.key.incident is None


@pytest.mark.parametrize(
    "text",
    [
        "The drug cut the risk of heart attack by 26% in 8,400 patients.",
        "A price war cost the two airlines 300 jobs.",
        "The minister faced a storm of criticism after 40 schools closed.",
    ],
)
def test_a_phrase_holding_an_incident_noun_may_name_no_incident(
    extract: Extract, text: str
) -> None:
    claims = extract(text, [next(w for w in text.split() if w[0].isdigit())])
    assert claims[0].key.incident is None
