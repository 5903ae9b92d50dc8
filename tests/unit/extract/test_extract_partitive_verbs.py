"""Whose verb is it (docs/maintainers/claims.md, wave 12): in "five of the 14 trucks
were destroyed" the whole keeps its thing and loses the clause's event, the part takes
both; "five of them drivers" names the part by its own noun; a compound modifier ("a
186-guest wedding") is read past. Unit checks of the claims, then
data/partitive_verbs_dev.toml end to end through drift (partitive_cases.py);
data/partitive_verbs_aside.toml, the aside third, is scored apart (not asserted)."""

from __future__ import annotations

import pytest
from extract_helpers import claim
from partitive_cases import Case, load, right

DEV = load("partitive_verbs_dev.toml")

# planted problems not found, and why (none of them at this stage)
KNOWN_MISSES = {
    # one day apart, a job cut is no cumulative count: another day's level (verdicts.py)
    "jobs cut of a workforce",
    # "20 of the 47": a whole without a noun names nothing for its part
    "charged of those held",
}
# look-alikes still alarmed: a possessor between "of the" and the whole ("60 of the
# village's 210 homes") is not read as a partitive, so the whole keeps the clause's
# event (reading it moved parts off the index that blind copy filed: left for now)
KNOWN_ALARMS = {"homes destroyed of a village agree", "soldiers killed of a unit agree"}


@pytest.mark.parametrize(
    ("text", "part", "whole", "part_key", "whole_key"),
    [
        ("Five of the 14 trucks were destroyed.", "Five", "14", "truck destroyed", "truck ?"),
        ("The union said 38,000 of its 52,000 members had walked out.", "38,000", "52,000",
         "member struck", "member ?"),
        ("Police said 12 of the 40 passengers were injured.", "12", "40",
         "passenger wounded", "passenger ?"),
    ],
)
def test_the_clause_verb_is_the_parts(text: str, part: str, whole: str, part_key: str,
                                      whole_key: str) -> None:
    key, _, part_of = claim(text, part)
    assert (key, part_of) == (part_key, text.index(whole))
    assert claim(text, whole)[0] == whole_key


def test_the_whole_measure_leaves_the_verb_out() -> None:
    assert claim("Only four of the seven board members backed the move.", "seven")[1] == (
        "member", "board")


def test_a_partitive_after_a_copula_leaves_the_whole_its_participle() -> None:
    """ "was one of four people killed": the partitive is no subject; "killed" is the
    whole's own."""
    text = "A woman of 72 was one of four people killed in the crash."
    assert claim(text, "four")[0] == "people killed"


def test_a_count_with_no_partitive_keeps_its_verb() -> None:
    assert claim("Fourteen trucks were destroyed.", "Fourteen")[0] == "truck destroyed"


def test_an_event_in_the_wholes_own_phrase_stays_the_wholes() -> None:
    """ "the 40 dead", "the 41 injured": the whole is the event's count itself."""
    assert claim("Twelve of the 40 dead were children.", "40")[0] == "people killed"
    assert claim("Three of the 41 injured were in a critical condition.", "41")[0] == (
        "people wounded")


@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        # "of them" and a lexicon noun of its own, with an event counted: the part's noun
        ("Nine people died in the crash, five of them drivers.", "five", "driver killed"),
        ("Nineteen people were injured, 12 of them children.", "12", "child wounded"),
        # no event: the part stays its antecedent's ("40 of them nurses" of the staff)
        ("The hospital has 250 staff, 40 of them nurses.", "40", "worker ?"),
        # no lexicon noun after "of them": a verb is no noun ("640 of them slept")
        ("About 1,200 people were evacuated, and 640 of them slept at rest centres.", "640",
         "people evacuated"),
        ("Twelve passengers were taken to hospital. Four of them were released.", "Four",
         "passenger hospitalised"),
    ],
)
def test_a_part_of_them_names_its_own_noun(text: str, figure: str, key: str) -> None:
    assert claim(text, figure)[0] == key


@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        # a compound modifier figure is no clause's figure: the scan for the verb reads
        # past it, and the compound does not take the verb
        ("Thirty-seven guests at a 186-guest wedding fell ill.", "Thirty-seven", "guest ill"),
        ("Thirty-seven guests at a 186-guest wedding fell ill.", "186-guest", "wedding ?"),
        ("Four workers at the 1,200-employee plant were injured.", "Four", "worker wounded"),
        ("Three crew on the 40-metre trawler were rescued.", "Three", "crew rescued"),
    ],
)
def test_the_verb_is_read_past_a_compound_modifier(text: str, figure: str, key: str) -> None:
    assert claim(text, figure)[0] == key


def test_the_part_takes_the_place_its_whole_names() -> None:
    from extract_helpers import ENGINE

    from numcheck.testing.builders import make_document

    text = "Halden said 300 of its 1,200 workers at the Brenna plant would lose their jobs."
    claims = ENGINE.analyse(make_document(text, "a.md")).claims
    assert next(c for c in claims if c.quantity.text == "300").place == "Brenna"


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: Case) -> None:
    if case.name in KNOWN_MISSES | KNOWN_ALARMS:
        assert not right(case), f"{case.name} passes now: drop it from the known list"
        return
    assert right(case), case.name


def test_half_the_cases_are_look_alikes() -> None:
    assert 0.3 < sum(1 for c in DEV if c.expect) / len(DEV) < 0.7
