"""NC301 on the real pipeline: every way the taxonomy (phrasings-relations.md section 5)
gives a day count's start, resolved against the article's date."""

from __future__ import annotations

import pytest

from numcheck.checkers import days
from numcheck.testing import run_checks

THURSDAY = "2024-03-14"  # Thursday 14 March 2024


def codes(text: str, date: str | None = THURSDAY) -> list[str]:
    return run_checks(text, [days], date=date).codes()


# (text, the count that is right, a wrong one) for an article dated Thursday 14 March 2024
REALISATIONS = [
    # 1: a dated start, a weekday for the count
    ("The dock strike, which began on March 3, entered its {} day on Tuesday.", "10th", "11th"),
    # 3: "the <date> <event>"
    ("The March 10 wildfire was in its {} day, with containment at 40%.", "fifth", "fourth"),
    # 4: a weekday start in the count's own sentence
    ("The walkout, which began on Monday, went into its {} day.", "fourth", "fifth"),
    ("The bus strike, which began Monday and is now in its {} day, has closed schools.",
     "fourth", "third"),
    # 5: weeks
    ("Now in its {} week, the blockade of the port, which began on Feb. 26, goes on.",
     "third", "second"),
    # 6: "the Nth day since ... took effect on <date>"
    ("Thursday marked the {} day since the ceasefire took effect on Jan. 9.", "66th", "65th"),
    # 7: "last <weekday>" after an onset verb, the count in the next sentence
    ("The quake struck last Saturday. Rescuers, on the {} day of the search, found two "
     "survivors.", "sixth", "seventh"),
    # 9: an onset verb several words before "on <weekday>"
    ("The outage, now stretching into a {} day, began when a storm knocked down lines on "
     "Monday night.", "fourth", "fifth"),
    # possessive weekday starts: "since Monday's rockfall", "Monday night's earthquake"
    ("The rescue, now in its {} day since Monday's rockfall, goes on.", "fourth", "fifth"),
    ("The toll from Monday night's earthquake rose to 40. On the {} day of the search, teams "
     "reached the old town.", "fourth", "third"),
    # a streak: "the 16th straight day", "a streak that began July 3"
    ("The city recorded its {} straight day of heat, a streak that began March 1.", "14th",
     "16th"),
    # 13: weekday and date with the count
    ("The hunger strike, which began on Feb. 9, reached its {} day on Thursday, March 14.",
     "35th", "30th"),
    # an event noun right before "on <date>", the count in another clause
    ("The Brennock pit collapse on 9 March trapped 12 men; rescuers are working through a "
     "{} day.", "sixth", "third"),
    # a day link, any noun phrase, "on" and the day: "since the rally on March 9"
    ("It is the {} straight day of protests since the rally on March 9.", "sixth", "ninth"),
    # a compound whose head is an event noun: "the March 4 cyber-attack"
    ("The council's site has been offline for {} days since the March 4 cyber-attack.",
     "10", "20"),
    # "on from": a day link before "the <date> <event>"
    ("{} days on from the March 8 derailment, the line remains closed.", "Six", "Twelve"),
    # an age: "now N days old", the start later in its sentence
    ("The Kessel siege, now {} days old, began on March 6.", "eight", "14"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), REALISATIONS)
def test_a_start_in_every_phrasing(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC301"]


def test_the_start_weekday_is_not_the_day_counted() -> None:
    # "began on Monday" names the start, not the day of the count (the article's Thursday)
    text = "The strike, which began on Monday, entered its fourth day, the union said."
    assert codes(text) == []
    assert codes(text, date="2024-03-15") == ["NC301"]  # Friday: day 5


def test_a_week_after_the_start() -> None:
    text = "A week after the March 7 vote, the count is still not finished."
    assert codes(text) == []
    assert codes(text, date="2024-03-12") == ["NC301"]  # five days after
    # a sentence that tells the past is not about the article's day
    told = "A week after the March 7 vote, Dima declared victory."
    assert codes(told, date="2024-03-12") == []


def test_a_weak_start_yields_to_an_onset() -> None:
    # "since Thursday" is not the start when the article names the quake's day
    text = (
        "The toll from Monday's earthquake rose to 40. On the fourth day of the search, "
        "teams reached the old town. No one has been found alive since Tuesday."
    )
    assert codes(text) == []


def test_weekdays_that_are_not_starts() -> None:
    # a future onset, a day's market close, and no start at all: nothing is counted
    assert codes("Talks begin on Monday, in the strike's fifth day.") == []
    assert codes("Shares fell from Friday's close on the sixth day of losses.") == []
    assert codes("The strike entered its ninth day on Thursday.") == []


def test_other_ordinals_are_not_day_counts() -> None:
    text = "The walkout, which began on Monday, is the union's fourth this year."
    assert codes(text) == []


def test_two_different_starts_are_ambiguous() -> None:
    text = (
        "The strike began on Monday. The lockout began on Feb. 20. "
        "The dispute is now in its ninth day."
    )
    assert codes(text) == []


def test_a_weekday_start_needs_the_articles_date() -> None:
    assert codes("The walkout, which began on Monday, went into its ninth day.", None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told in the past, a weekday is the one gone: Sunday 10 March, day 8
        ("The strike began on March 3. Police moved in on Sunday, the eighth day of the "
         "strike.", []),
        ("The strike began on March 3. On Sunday, day eight of the strike, police moved in.",
         []),
        ("The strike began on March 3. Police moved in on Sunday, the 10th day of the strike.",
         ["NC301"]),
        # told as to come, the next one: Sunday 17 March, day 15
        ("The strike began on March 3. The strike will enter its 15th day on Sunday.", []),
        ("The strike began on March 3. The strike will enter its eighth day on Sunday.",
         ["NC301"]),
        # "the planned strike" is no past verb; "is" tells the present
        ("The planned strike began on March 3 and is in its 12th day.", []),
    ],
)
def test_a_weekday_is_read_in_the_tense_of_its_sentence(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_an_event_noun_before_its_day_is_a_weak_start() -> None:
    # "the vote on March 12" names an event's day, not the strike's onset: the count in
    # another sentence runs from "began on March 3" (day 12 on Thursday 14 March)
    text = (
        "The strike began on March 3. The vote on March 12 went the union's way. "
        "The strike entered its {} day on Thursday."
    )
    assert codes(text.format("12th")) == []
    assert codes(text.format("10th")) == ["NC301"]


@pytest.mark.parametrize(
    "text",
    [
        # a start at the turn of a day: day one is the day written or the next
        "The truce took effect at midnight on Thursday. It held for a third day on Sunday.",
        "The truce took effect at midnight on Thursday. It held for a fourth day on Sunday.",
        "The ceasefire came into force at midnight on March 8 and entered its sixth day.",
        "The ceasefire came into force at midnight on March 8 and entered its seventh day.",
    ],
)
def test_a_start_at_midnight_counts_from_either_side(text: str) -> None:
    assert codes(text, "2024-03-14" if "March" in text else "2024-03-17") == []


@pytest.mark.parametrize(
    "text",
    [
        "The truce took effect at midnight on Thursday. It held for a fifth day on Sunday.",
        "The ceasefire, which came into force at midnight on March 8, is now in its fifth day.",
        "The ceasefire came into force on March 8 and entered its sixth day.",
    ],
)
def test_a_start_at_midnight_still_checks_other_counts(text: str) -> None:
    assert codes(text, "2024-03-14" if "March" in text else "2024-03-17") == ["NC301"]
