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


def _at(path: str, place: str | None) -> object:
    from types import SimpleNamespace

    return SimpleNamespace(claim=SimpleNamespace(place=place,
                                                 location=SimpleNamespace(path=path)))


def test_figures_naming_no_place_meet_whatever_places_their_documents_name() -> None:
    """One desk datelines the head office, the other the plant, a venue or a county:
    neither figure says where it is (the key route files both placeless)."""
    from numcheck.checkers.drift.meeting import _places_meet

    home = {"a.md": "San Jose", "b.md": "Austin"}
    assert _places_meet(_at("a.md", None), _at("b.md", None), home)  # type: ignore[arg-type]
    assert _places_meet(_at("a.md", None), _at("c.md", None), home)  # type: ignore[arg-type]


def test_two_places_named_or_a_place_against_a_document_of_several_never_meet() -> None:
    from numcheck.checkers.drift.meeting import _places_meet

    home = {"a.md": "Brackford"}
    assert not _places_meet(_at("a.md", "Lyme"), _at("b.md", "Brackford"),  # type: ignore[arg-type]
                            home)
    assert not _places_meet(_at("a.md", "Lyme"), _at("b.md", None), home)  # type: ignore[arg-type]
    assert _places_meet(_at("c.md", "Brackford"), _at("a.md", None), home)  # type: ignore[arg-type]


def test_a_towns_figure_against_a_figure_of_a_document_naming_several_places() -> None:
    """A figure naming its town meets a figure naming none only when that document
    names that town alone: the regional total is not the town's."""
    a = "In Brackford, 2,300 homes were still without power on Wednesday."
    b = ("About 38,000 homes were still without power on Wednesday, including parts of "
         "Brackford, Lyme and Caxton.")
    assert "NC401" not in drift_rules(a, b)


def test_two_figures_meet_on_a_shared_clause_word_beside_their_heads() -> None:
    """The heads say two figures count one thing; only a clause word they share besides
    says they are one figure of it ("its 421 stores" / "now covers 380 stores")."""
    from numcheck.checkers.drift.meeting import _beside

    store = {"store": 1.0}
    assert not _beside({"store": 1.0}, {"store": 1.0, "cover": 1.0}, store, store)
    assert _beside({"store": 1.0, "midnight": 1.0}, {"store": 1.0, "midnight": 1.0}, store,
                   store)
    # a word one side reads as its head and the other as a clause word ("Hollin Moor")
    assert _beside({"burn": 1.0, "moor": 1.0}, {"burn": 1.0, "moor": 1.0}, {"burn": 1.0},
                   {"burn": 1.0, "moor": 1.0})

