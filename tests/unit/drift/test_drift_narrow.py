"""Words that narrow a keyed figure's measure (checkers/drift/narrow.py): a part of the
injured is no contradiction of the injured; one figure given for two neighbouring
measures is measure drift."""

from __future__ import annotations

from drift_helpers import drift_rules

from numcheck.checkers.drift.narrow import told_apart

GROUPS = (frozenset({"seriously", "critically", "slightly"}),
          frozenset({"confirmed", "suspected", "probable"}))


def test_one_side_narrowed_is_a_part() -> None:
    assert told_apart(frozenset({"seriously"}), frozenset(), GROUPS) is False


def test_two_words_of_one_set_are_neighbouring_measures() -> None:
    assert told_apart(frozenset({"seriously"}), frozenset({"slightly"}), GROUPS) is True


def test_an_unmarked_word_is_the_reading_of_a_side_that_says_none() -> None:
    unmarked = frozenset({"confirmed"})
    assert told_apart(frozenset({"confirmed"}), frozenset(), GROUPS, unmarked) is None
    assert told_apart(frozenset({"confirmed"}), frozenset({"suspected"}), GROUPS,
                      unmarked) is True


def test_the_seriously_injured_are_a_part_of_the_injured() -> None:
    a = "Police said 14 people were seriously injured in the crash."
    b = "Police said 40 people were injured in the crash."
    assert drift_rules(a, b) == []


def test_one_figure_for_seriously_and_slightly_injured_is_measure_drift() -> None:
    a = "Police said 14 people were seriously injured in the crash."
    b = "Police said 14 people were slightly injured in the crash."
    assert drift_rules(a, b) == ["NC403"]


def test_unnarrowed_figures_still_contradict() -> None:
    a = "Police said 14 people were injured in the crash."
    b = "Police said 41 people were injured in the crash."
    assert drift_rules(a, b) == ["NC401"]


def test_a_word_in_another_clause_narrows_nothing() -> None:
    a = "Police said 14 people were injured, two of them seriously, in the crash."
    b = "Police said 41 people were injured in the crash."
    assert drift_rules(a, b) == ["NC401"]
