"""The verb a figure is told with (numcheck/extract/verbs.py, measures.toml [verbs]):
event verbs read in every inflection, and an event phrase's thing read from its head."""

from __future__ import annotations

from collections.abc import Callable

from numcheck.claims import Claim
from numcheck.extract.verbs import inflections
from numcheck.extract.vocab import vocab_for

IRREGULAR = {"lay": ("laid",), "cut": ("cut",)}


def test_regular_forms_of_a_verb() -> None:
    assert inflections("evacuate") == {"evacuate", "evacuates", "evacuating", "evacuated"}
    assert inflections("slash") == {"slash", "slashes", "slashing", "slashed"}
    assert inflections("scrap") == {"scrap", "scraps", "scrapping", "scrapped"}
    assert inflections("detain") == {"detain", "detains", "detaining", "detained"}


def test_a_final_l_is_spelt_both_ways() -> None:
    assert {"cancelled", "canceled", "cancelling", "canceling"} <= inflections("cancel")
    assert {"travelled", "traveled"} <= inflections("travel")


def test_irregular_past_replaces_the_regular_one() -> None:
    assert inflections("lay", IRREGULAR) == {"lay", "lays", "laying", "laid"}
    assert "cutted" not in inflections("cut", IRREGULAR)


def test_the_vocabulary_reads_phrasal_forms() -> None:
    verbs = vocab_for(None).verbs
    assert verbs.ending_at(["will", "lay", "off"]) == ("cut", 2)
    assert verbs.ending_at(["the", "chain", "took", "on"]) == ("hired", 2)
    assert verbs.ending_at(["the", "chain", "took"]) is None


def test_after_a_figure_only_participles_are_read() -> None:
    forms = vocab_for(None).verbs.forms()
    assert "arrested" in forms["detained"]
    assert "arresting" not in forms["detained"]  # "40 officers arresting fans"
    assert "laid off" in forms["cut"]


def test_an_object_in_an_unlisted_inflection_takes_its_event(
        claim_of: Callable[..., Claim]) -> None:
    claim = claim_of("Corvid will lay off 1,200 employees, the company said.", "1,200")
    assert (claim.key.thing, claim.key.event) == ("worker", "cut")
    claim = claim_of("The chain took on 3,000 temporary staff for Christmas.", "3,000")
    assert claim.key.event == "hired"


def test_an_object_of_an_ing_form(claim_of: Callable[..., Claim]) -> None:
    claim = claim_of("Police were busy arresting 22 people after the match.", "22")
    assert claim.key.event == "detained"


def test_a_participle_after_the_figure(claim_of: Callable[..., Claim]) -> None:
    claim = claim_of("About 340 residents were moved out of the zone.", "About 340")
    assert claim.key.event == "evacuated"


def test_an_agent_is_no_object(claim_of: Callable[..., Claim]) -> None:
    claim = claim_of("There were 40 officers arresting fans after the match.", "40")
    assert claim.key.event is None


def test_a_partitive_keeps_its_whole_event(claim_of: Callable[..., Claim]) -> None:
    claim = claim_of("The hospital is treating 64 of the wounded.", "64")
    assert claim.key.event == "wounded"


def test_a_composite_event_counts_people(claim_of: Callable[..., Claim]) -> None:
    claim = claim_of("The blast left 75 killed or injured, police said.", "75")
    assert (claim.key.thing, claim.key.event) == ("people", "casualties")


def test_a_modified_event_noun_takes_no_default(claim_of: Callable[..., Claim]) -> None:
    claim = claim_of("The outbreak has grown to 27 new cases.", "27")
    assert claim.key.thing is None


def test_an_event_thing_phrase_names_its_thing(claim_of: Callable[..., Claim]) -> None:
    claim = claim_of("The plan brings 400 job cuts.", "400")
    assert claim.key.thing == "worker"



def test_a_subject_verb_is_read_in_every_form(claim_of: Callable[..., Claim]) -> None:
    claim = claim_of("The 710 workers losing their jobs need retraining.", "710")
    assert (claim.key.thing, claim.key.event) == ("worker", "cut")
    claim = claim_of("About 300 people were fleeing the town.", "About 300")
    assert claim.key.event == "fled"


def test_a_subject_verb_is_no_object_verb() -> None:
    verbs = vocab_for(None).verbs
    assert verbs.ending_at(["would", "lose", "their", "jobs"]) is None


def test_phrasal_event_verbs_read_in_their_irregular_forms() -> None:
    verbs = vocab_for(None).verbs
    assert verbs.ending_at(["air", "defences", "shot", "down"]) == ("destroyed", 2)
    assert verbs.ending_at(["bulldozers", "tore", "down"]) == ("destroyed", 2)
    assert verbs.ending_at(["police", "rounded", "up"]) == ("detained", 2)
    assert verbs.ending_at(["gunmen", "gunned", "down"]) == ("killed", 2)
    assert verbs.ending_at(["the", "fire", "burnt", "down"]) == ("destroyed", 2)
    assert verbs.ending_at(["the", "team", "shot"]) is None  # no particle, no event


def test_verbs_of_a_sum_taken_in_name_what_it_measures() -> None:
    verbs = vocab_for(None).verbs
    assert verbs.amount_ending_at(["lumara", "brought", "in"]) == ("revenue", 2)
    assert verbs.amount_ending_at(["the", "film", "grossed"]) == ("revenue", 1)
    assert verbs.amount_ending_at(["has", "taken", "in"]) == ("revenue", 2)
    assert verbs.amount_ending_at(["the", "unit", "brought"]) is None
    assert verbs.amount_ending_at(["the", "firm", "earned"]) is None  # profit or pay


def test_people_forced_from_their_homes_fled_and_were_not_killed(
    claim_of: Callable[[str, str], Claim],
) -> None:
    text = ("Floods swept through the valley on Friday, killing two people and forcing "
            "about 600 from their homes, the civil protection office said.")
    assert claim_of(text, "two").key.event == "killed"
    assert claim_of(text, "about 600").key.event == "fled"
