"""How a figure is told (checkers/drift/aspect.py): a past fact of the story's event is
compared across days, a current state only within its day."""

from __future__ import annotations

import pytest

from numcheck.checkers.drift.aspect import AspectWords, told_past
from numcheck.engine import Engine
from numcheck.readers import read_text
from numcheck.settings import Settings


def _rules(a: str, b: str, day_a: str, day_b: str) -> list[str]:
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    texts = {"a.md": f"---\ndate: {day_a}\n---\n\n{a}\n",
             "b.md": f"---\ndate: {day_b}\n---\n\n{b}\n"}
    return sorted(f.rule for f in run_checks(texts, [drift]) if f.rule != "NC404")


def _told(sentence: str) -> bool:
    engine = Engine(Settings())
    doc = read_text(f"---\ndate: 2026-01-05\n---\n\n{sentence}\n", "a.md")
    claim = next(c for c in engine.analyse(doc).claims)
    return told_past(claim, doc.text, AspectWords.from_lexicon(engine.lexicon))


@pytest.mark.parametrize("sentence", [
    "The ferry was carrying 212 passengers when it ran aground, the coastguard said.",
    "A total of 48,912 votes were cast in the referendum.",
    "Gunmen fired on the convoy, which was made up of 28 trucks.",
    "The vessel, which was carrying 312 passengers, struck rocks.",
])
def test_a_past_fact(sentence: str) -> None:
    assert _told(sentence)


@pytest.mark.parametrize("sentence", [
    "Twelve people remain in hospital, the trust said.",
    "Some 9,000 customers are still without power.",
    "The plant currently employs 2,300 people.",
    "Ostrander has pledged £58 million to rebuild the furnace.",
    "The plant employs about 2,300 people.",  # no past form: not read as a past fact
    "More than 400 tractors were taking part, organisers said.",  # a state at a time
    "Three severe flood warnings remained in force.",  # a state held up to the telling
    "The agency had 12 severe flood warnings in place on Monday evening.",
])
def test_a_current_state_or_no_tense(sentence: str) -> None:
    assert not _told(sentence)


def test_a_past_fact_told_two_days_apart_differently_contradicts() -> None:
    a = "The ferry was carrying 212 passengers when it ran aground off the headland."
    b = "The vessel, which was carrying 312 passengers, struck rocks on Thursday night."
    assert _rules(a, b, "2025-08-14", "2025-08-16") == ["NC401"]


def test_a_past_fact_told_alike_two_days_apart_agrees() -> None:
    a = "The ferry was carrying 212 passengers when it ran aground off the headland."
    b = "The vessel, which was carrying more than 200 passengers, struck rocks."
    assert _rules(a, b, "2025-08-14", "2025-08-16") == []


def test_a_state_of_two_days_is_two_facts() -> None:
    a = "The utility said 12,400 homes are without power in the county."
    b = "The utility said 4,500 homes are without power in the county."
    assert _rules(a, b, "2026-09-14", "2026-09-18") == []
    assert _rules(a, b, "2026-09-14", "2026-09-14") != []  # one day: one state


def test_a_headcount_of_two_days_is_one_fact() -> None:
    """A stable property (drift/stable.py): the drivers a company employs are one fact
    whichever day an article gives them."""
    a = "The bus company employs 1,450 drivers, a spokeswoman said."
    b = "The bus company employs 1,540 drivers, its spokeswoman said."
    assert _rules(a, b, "2026-09-14", "2026-09-18") == ["NC401"]


def test_a_past_progressive_alone_is_the_state_of_its_day() -> None:
    a = "Organisers said about 150 tractors were taking part in the go-slow."
    b = "More than 400 tractors were taking part, organisers said."
    assert _rules(a, b, "2025-05-06", "2025-05-09") == []


def test_two_named_days_are_two_moments() -> None:
    a = "The first convoy of 42 trucks was waved through on Monday."
    b = "A second convoy of 18 trucks was waved through on Wednesday."
    assert _rules(a, b, "2026-06-09", "2026-06-11") == []


def test_a_cumulative_event_counted_on_two_named_days_is_two_tallies() -> None:
    a = "In Calden, police said 14 people were arrested on Saturday."
    b = "In Calden, police said 9 people were arrested on Tuesday."
    assert _rules(a, b, "2026-11-16", "2026-11-18") == []


def test_a_cumulative_total_that_falls_still_contradicts() -> None:
    a = "In Calden, police said 14 people had been arrested since the protests began."
    b = "In Calden, police said 9 people had been arrested since the protests began."
    assert _rules(a, b, "2026-11-16", "2026-11-18") == ["NC401"]


@pytest.mark.parametrize(("a", "b"), [
    ("Police said the storm had killed 14 people.", "Police said a further 3 people had died."),
    ("Officials said 64 cases had been confirmed.",
     "Officials said another 12 cases had been confirmed."),
    ("The ministry said 3,400 soldiers were deployed.",
     "The ministry said a further 1,200 soldiers had been deployed."),
    ("Officials said 64 cases had been confirmed.",
     "Officials said 16 more cases had been confirmed."),
    ("Police said the storm had killed 14 people.", "Police said 3 more people had died."),
])
def test_an_addition_is_no_total_of_another_day(a: str, b: str) -> None:
    assert _rules("In Calden, " + a, "In Calden, " + b, "2026-11-16", "2026-11-18") == []


def test_a_part_naming_no_thing_is_no_count_of_the_whole() -> None:
    a = "In Kolvan, 19 died when the earthquake struck on Sunday, officials said."
    b = "In Kolvan, 19 people died, including 14 in the collapsed school dormitory."
    assert _rules(a, b, "2026-11-16", "2026-11-17") == []


@pytest.mark.parametrize(("b", "rules"), [
    ("In Calden, first-half revenue at Orvane fell 6 percent, the company said.", []),
    ("In Calden, first-half revenue at Orvane fell 8 percent, the company said.", ["NC401"]),
])
def test_a_whole_percent_is_the_other_rounded_to_its_last_digit(
        b: str, rules: list[str]) -> None:
    a = "In Calden, first-half revenue at Orvane fell 6.2%, the company said."
    assert _rules(a, b, "2026-11-16", "2026-11-16") == rules


def test_two_past_facts_told_with_two_verbs_are_two_facts() -> None:
    a = "In Calden, the council said 14 schools were closed."
    b = "In Calden, the council said all but 3 schools had reopened."
    assert _rules(a, b, "2026-11-16", "2026-11-18") == []


def test_an_article_giving_two_counts_of_the_block_is_not_read_as_one_fact() -> None:
    a = "Keeble took 1,706 votes. Between them the two took fewer than 2,000 votes."
    b = "Demir took 11,406 votes, the returning officer said."
    assert _rules(a, b, "2026-05-15", "2026-05-18") == []


def test_a_level_told_in_the_past_is_still_its_day() -> None:
    a = "Shares in the refiner closed at 412p."
    b = "Shares in the refiner closed at 389p."
    assert _rules(a, b, "2023-04-03", "2023-04-05") == []


def test_an_amount_of_a_lexicon_thing_told_in_the_past_is_one_fact() -> None:
    a = "Engineers said about 1.8 million cubic metres of water escaped from the reservoir."
    b = "About 8 million cubic metres of water escaped from the reservoir, engineers said."
    assert _rules(a, b, "2026-03-16", "2026-03-19") == ["NC401"]


def test_an_amount_of_a_lexicon_thing_told_as_a_state_is_its_day() -> None:
    a = "The reservoir still holds about 1.8 million cubic metres of water."
    b = "The reservoir now holds about 8 million cubic metres of water."
    assert _rules(a, b, "2026-03-16", "2026-03-19") == []


@pytest.mark.parametrize("sentence", [
    "Dealers sold 40,000 cars in March.",
    "Dealers sold 52,000 cars in the first quarter.",
    "The fake was sold for 180 guineas at auction in 2019.",
])
def test_a_count_of_a_period_is_no_fact_of_the_event(sentence: str) -> None:
    assert not _told(sentence)


def test_a_march_is_no_month_and_a_date_no_period() -> None:
    assert _told("Police said 3,000 people took part in the march.")
    assert _told("Officers seized 40 rifles in the raid on March 3.")


def test_the_day_of_the_telling_is_no_moment_of_the_fact() -> None:
    a = "Turnout was 71.3%, the election commission said on Monday."
    b = "Turnout in Sunday's election was 77.3%, the highest in two decades."
    assert _rules(a, b, "2025-03-10", "2025-03-12") == ["NC401"]
    c = "Turnout in Sunday's election was about 71%, the commission said on Monday."
    assert _rules(c, a, "2025-03-10", "2025-03-10") == []


def test_a_year_far_from_a_count_names_no_period_of_it() -> None:
    assert _told("The ferry was carrying 212 passengers when it struck the rocks, the "
                 "operator said in a statement that promised a safety review every quarter.")
    assert not _told("The ferry was carrying 212 passengers in 1998.")
