"""A level on two days told with positive evidence that it stands still
(checkers/drift/habitual.py, stable.py): a habitual rate ("carries 14,000 passengers a
day"), a designed capacity ("can seat 800"), a term told before its noun ("a four-year
term"). Two days' figures of one holder that differ contradict; updates, parts of the
time, other holders, targets and proposals stay silent."""

from __future__ import annotations

import pytest
from drift_helpers import standing_of

from numcheck.checkers.drift.habitual import HabitWords, _words
from numcheck.checkers.drift.stable import CAPACITY
from numcheck.checkers.drift.standing import RATE
from numcheck.lexicon import Lexicon, LexiconError

MON, WED = "2026-03-09", "2026-03-11"


def _rules(a: str, b: str) -> list[str]:
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    texts = {"a.md": f"---\ndate: {MON}\n---\n\n{a}\n",
             "b.md": f"---\ndate: {WED}\n---\n\n{b}\n"}
    return sorted(f.rule for f in run_checks(texts, [drift]) if f.rule in ("NC401", "NC402"))


@pytest.mark.parametrize(("a", "b"), [
    ("The Coastway line carries 14,000 passengers a day and will close for three weeks.",
     "The Coastway line, which carries 41,000 passengers a day, will close for three weeks."),
    ("The Halden plant builds 1,200 cars a week, the company said.",
     "The Halden plant, which builds 2,100 cars a week, will cut a shift, the company said."),
    ("The emergency department at St Brede's sees about 300 patients a day.",
     "The emergency department at St Brede's, which sees 450 patients a day, was on alert."),
    ("Kelby airport handles about 300 flights a day and serves a wide region.",
     "Kelby airport, which handles 380 flights a day, closed its runway for two hours."),
    ("The Brackley treatment works treats 80 million litres of water a day.",
     "The Brackley works, which treats 60 million litres of water a day, was shut."),
    ("The mayor serves a four-year term under the city charter.",
     "Under the city charter the mayor serves a five-year term."),
])
def test_one_fact_told_differently_on_two_days(a: str, b: str) -> None:
    assert _rules(a, b) == ["NC401"]


@pytest.mark.parametrize(("a", "b"), [
    # an update, a past rate, a part of the time, a target, another holder, another unit
    ("The Coastway line carries 14,000 passengers a day, the operator said.",
     "Since the timetable change, the Coastway line now carries 11,000 passengers a day."),
    ("Before the bridge closed, the Coastway line carried 20,000 passengers a day.",
     "The Coastway line carries 14,000 passengers a day, the operator said."),
    ("The Coastway line carries 14,000 passengers a day on weekdays.",
     "The Coastway line carries 5,000 passengers a day at weekends, the operator said."),
    ("The Halden plant builds 1,200 cars a week, the company said.",
     "The company wants the Halden plant to build 1,500 cars a week by June."),
    ("The Halden plant builds 1,200 cars a week, the company said.",
     "The Norwick plant builds 900 cars a week, the company said."),
    ("The Carrow works treats 80 million litres of water a day.",
     "The Carrow works treats 560 million litres of water a week, the utility said."),
    ("Marlow Bakery makes 40,000 loaves a day at its Dunmore site.",
     "Marlow Bakery makes 90,000 loaves a day across its three sites, the company said."),
    ("About 400 people a day are crossing the border at Harlow, the agency said.",
     "Some 1,000 people a day crossed the border at Harlow on Tuesday, the agency said."),
    ("The emergency department at St Brede's sees about 300 patients a day.",
     "During the heatwave the emergency department at St Brede's saw 450 patients a day."),
    # a capacity and what is held; a capacity moved; two rooms
    ("Fenwick Academy can take 1,200 pupils.",
     "Fenwick Academy has 1,040 pupils on its roll, the head said."),
    ("The ferry Solent Star can carry 212 passengers.",
     "After a refit, the Solent Star can now carry 260 passengers."),
    ("The Corn Exchange can seat 800 people.", "The Rowan Room can seat 120 people."),
    # a term proposed, sought, reduced; two posts' terms
    ("The mayor serves a four-year term under the city charter.",
     "A review of the city charter proposed a five-year term for the mayor."),
    ("Prosecutors sought an eight-year sentence for Dean Carver.",
     "Carver was handed a six-year sentence on Thursday, the court said."),
    ("The mayor serves a four-year term under the city charter.",
     "Councillors serve a two-year term under the city charter."),
])
def test_look_alikes_stay_silent(a: str, b: str) -> None:
    assert _rules(a, b) == []


@pytest.mark.parametrize(("sentence", "figure", "unit"), [
    ("The Coastway line carries 14,000 passengers a day.", "14,000", "day"),
    ("The plant builds about 1,200 cars every week.", "1,200", "week"),
    ("The works treats 80 million litres of water per day.", "80 million litres", "day"),
])
def test_a_habitual_rate_stands_with_its_unit(sentence: str, figure: str, unit: str) -> None:
    assert standing_of(sentence, figure).startswith(RATE + unit)


@pytest.mark.parametrize(("sentence", "figure"), [
    ("The line carried 14,000 passengers a day last year.", "14,000"),
    ("The line is carrying 14,000 passengers a day.", "14,000"),
    ("Crews cleared 300 cases in a day.", "300"),
    ("The line carries 14,000 passengers a day at weekends.", "14,000"),
])
def test_no_habitual_rate(sentence: str, figure: str) -> None:
    assert not standing_of(sentence, figure).startswith(RATE)


def test_a_capacity_stands_apart_with_its_holder() -> None:
    assert standing_of("The town hall can seat 800 people.", "800") == f"{CAPACITY} hall"


def test_the_table_refuses_a_phrase_of_two_units() -> None:
    bad = Lexicon.default().extended([{"alignment": {"habitual": {"rates": {"week": ["a day"]}}}}])
    with pytest.raises(LexiconError, match="rate of day"):
        _words(bad)


def test_the_table_refuses_words_that_are_not_words() -> None:
    bad = Lexicon.default().extended([{"alignment": {"habitual": {"qualifiers": ["on-call"]}}}])
    with pytest.raises(LexiconError, match="one word each"):
        _words(bad)


def test_the_default_table_loads() -> None:
    words = HabitWords.from_lexicon()
    assert dict(words.rates)[("a", "day")] == "day"


@pytest.mark.parametrize(("a", "b", "rules"), [
    # the report verb first: who says it is not the holder
    ("The viaduct carries 14,000 passengers a day, Westline Rail said.",
     "Westline Rail said the viaduct carries 9,000 passengers a day.", ["NC401"]),
    ("Orbis Foods said the bakery bakes 40,000 loaves a day.",
     "The bakery bakes 90,000 loaves a day, Orbis Foods said.", ["NC401"]),
    # two holders named inside the reported clause stay two
    ("Northsea Lines said its Skarra ferry carries 1,400 passengers a day.",
     "Northsea Lines said its Vey ferry carries 900 passengers a day.", []),
])
def test_a_claimant_before_a_report_verb_is_no_holder(a: str, b: str, rules: list[str]) -> None:
    assert _rules(a, b) == rules
