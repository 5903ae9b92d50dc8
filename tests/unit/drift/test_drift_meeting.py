"""Drift's second meeting route (checkers/drift/meeting.py): figures of two documents
that no key brings together meet by the likeness of their words, under gates that keep
two different quantities of one story apart."""

from __future__ import annotations

from drift_helpers import drift_rules

from numcheck.checkers.drift.keys import LIKE, group_key
from numcheck.checkers.drift.meeting import ALLOWED, candidate
from numcheck.engine import Engine
from numcheck.readers import read_text

FLOOD = "Floodwater entered 54 homes in Ashby Parva overnight, the council said."


def test_one_count_told_with_other_words_meets_and_contradicts() -> None:
    other = "In Ashby Parva, 45 houses were flooded when the brook burst its banks overnight."
    assert "NC401" in drift_rules(FLOOD, other)


def test_the_same_figure_told_with_other_words_is_silent() -> None:
    other = ("In Ashby Parva, 54 houses were flooded and residents were moved to the "
             "village hall.")
    assert not {"NC401", "NC402"} & set(drift_rules(FLOOD, other))


def test_two_events_never_meet_by_likeness() -> None:
    a = "Police have arrested 58 people over the disorder at the ground, the force said."
    b = "Police have charged 20 people over the disorder at the ground."
    assert "NC401" not in drift_rules(a, b)


def test_a_year_said_in_one_sentence_only_keeps_the_figures_apart() -> None:
    other = "In the 2019 flood, 45 houses were flooded in Ashby Parva overnight."
    assert "NC401" not in drift_rules(FLOOD, other)


def test_an_item_of_a_run_of_counts_never_meets() -> None:
    other = "In Ashby Parva the brook flooded 45 houses and 12 shops overnight."
    assert "NC401" not in drift_rules(FLOOD, other)


def test_two_groups_that_only_share_a_hypernym_never_meet() -> None:
    a = "Some 1,700 prisoners will be freed early this week to ease overcrowding."
    b = "Some 1,100 visitors will be freed early this week to ease overcrowding."
    assert "NC401" not in drift_rules(a, b)


def test_only_verdicts_that_say_the_copy_is_wrong_come_of_a_likeness() -> None:
    assert frozenset({"NC401", "NC402", "NC403"}) == ALLOWED


def test_a_story_sets_figures_of_one_dimension_family_share_one_group() -> None:
    text = ("Floodwater entered 54 homes. Some 120 residents moved to the hall. "
            "The repairs will cost £2 million, or about €2.3 million. Turnout was 38%.")
    claims = Engine().analyse(read_text(text, "a.txt")).claims
    keys = {c.location.text.split()[-1]: group_key(c, "story:flood")
            for c in claims if candidate(c)}
    assert keys["54"] == keys["120"] == ("story:flood", (LIKE, None, (), "count", None, False))
    assert keys["million"] is not None
    assert keys["38%"] != keys["54"]
    money = [group_key(c, "story:flood") for c in claims if "million" in c.location.text]
    assert len(money) == 2
    assert money[0] == money[1]  # pounds and euros: one family
    assert group_key(claims[0], "story:other") != keys["54"]
