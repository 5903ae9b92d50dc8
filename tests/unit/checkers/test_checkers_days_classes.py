"""NC301 on the real pipeline: the start classes the second story batch showed, in other
words (phrasings-relations.md section 5): a weekday written with the start's own date, and
an outbreak dated by the day it was first found."""

from __future__ import annotations

import pytest

from numcheck.checkers import days
from numcheck.testing import run_checks

THURSDAY = "2024-03-14"  # Thursday 14 March 2024


def codes(text: str, date: str | None = THURSDAY) -> list[str]:
    return run_checks(text, [days], date=date).codes()


# "began on Tuesday, October 6": one start (the date), not a date and a weekday that
# disagree (the weekday alone would be this week's Tuesday, and the count went unchecked)
WITH_ITS_WEEKDAY = [
    ("The rail walkout, which started on Monday, March 4, entered its {} day.", "11th", "12th"),
    ("Students on the {} day of the sit-in, begun on Saturday (March 9), vowed to stay.",
     "sixth", "seventh"),
    ("The strike, which began on Tuesday 5 March, is in its {} day.", "tenth", "ninth"),
    ("The lockout, which began on Thursday, Feb. 29, is now in its {} week.", "third",
     "second"),
    ("Pickets are out for a {} straight day at the depot, where the dispute started on "
     "Friday, March 8.", "seventh", "eighth"),
]

# "first detected on June 29", "the first case was confirmed on Jan. 12"
FIRST_FOUND = [
    ("Health officials say the outbreak, first detected on March 1, is now in its {} week.",
     "second", "third"),
    ("The first case of the variant was confirmed on March 8. The county is on the {} day "
     "of its response.", "seventh", "eighth"),
    ("The leak, first reported by residents on Monday, is now in its {} day.", "fourth",
     "fifth"),
    ("The contamination, first identified in a routine water sample on March 10, entered "
     "a {} day.", "fifth", "sixth"),
    ("Crop blight, which growers first spotted on Feb. 12, is in its {} week.", "fifth",
     "sixth"),
    ("Hospitals are on alert in the {} week since the virus was first diagnosed in the "
     "region on Feb. 20.", "fourth", "third"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), WITH_ITS_WEEKDAY + FIRST_FOUND)
def test_a_start_of_the_class(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC301"]


@pytest.mark.parametrize(
    "text",
    [
        # "first" with a verb that dates no onset: nothing is counted
        "Police first named the driver on Monday. The search is in its ninth day.",
        "The council first met on Monday to discuss the strike, now in its ninth day.",
        "The first survivors were found on Monday, the ninth day of the search.",
        # "confirmed" without "first" is news of the day, not an onset
        "Police confirmed on Monday that the strike, now in its ninth day, would go on.",
    ],
)
def test_no_onset_no_count(text: str) -> None:
    assert codes(text) == []


def test_the_start_weekday_is_not_the_day_counted() -> None:
    # the weekday written with the start's date is not the day the count speaks of
    text = "On the 17th day of the strike, which began on Tuesday, Feb. 27, the port was shut."
    assert codes(text, date="2024-03-14") == []
    assert codes(text, date="2024-03-15") == ["NC301"]


def test_a_weekday_that_is_not_its_dates_weekday() -> None:
    # NC302 still checks the pair; the start is the written date
    text = "The strike, which began on Wednesday, March 4, entered its 11th day."
    assert codes(text) == ["NC302"]


# "Day 8 of the blockade": a count numbered after its unit, in a headline or a sentence
# about the present
NUMBERED = [
    ("Day {} of the rail strike: commuters are braced for more delays. The strike began "
     "on Monday, March 4.", "11", "12"),
    ("On day {} of its strike, which began on Tuesday, March 5, the union is holding a "
     "rally.", "ten", "nine"),
    ("Week {}: the lockdown that began on Feb. 29 is still in force.", "3", "4"),
    ("The siege, which began on March 2, is now at day {}, aid agencies say.", "13", "14"),
    # a sentence naming the weekday it speaks of: the count is that day's
    ("The strike began on Monday, March 4. Thursday marked day {} of the walkout.", "eleven",
     "three"),
    ("The blockade began on March 2. On Tuesday, day {}, police moved in.", "eleven",
     "eight"),
    # a passive onset's participle after its noun, as a reduced relative
    ("The curfew, declared on Monday night, is in its {} day.", "fourth", "sixth"),
    ("The water ban, imposed on Tuesday, March 12, entered its {} day on Thursday.",
     "third", "fourth"),
]

# "<duration> after <the onset clause of a dated start>", "<duration> after the <event>"
# with the event's start in another sentence (named the same way or by a synonym)
AFTER = [
    ("{} days after the first sample was detected on March 5, the water board is still "
     "testing.", "Nine", "Eight"),
    ("{} weeks after the rail strike began on Feb. 29, commuters are still walking.", "Two",
     "Three"),
    ("{} after the first case was confirmed on Feb. 29, the ward remains shut.",
     "A fortnight", "A week"),
    ("The mudslide struck on Sunday. {} days after the landslide, crews are still digging.",
     "Four", "Six"),
    ("The blaze broke out on March 9. {} days after the fire, the street is still closed.",
     "Five", "Three"),
    # "for <duration>" with its start in its own sentence (either count of the first day)
    ("Since the March 4 landslide closed the pass, traffic has been diverted for {} days.",
     "ten", "eight"),
    ("The strike, which began on Monday, has now lasted for {} days.", "three", "seven"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), NUMBERED + AFTER)
def test_a_count_of_the_class(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC301"]


@pytest.mark.parametrize(
    "text",
    [
        # a numbered day told in the past, or not a day count at all
        "The strike began on Monday, March 4. By day three, talks had collapsed.",
        "The strike began on Monday, March 4. On day three of the strike, talks collapsed.",
        "The strike began on Monday, March 4. Every day 40 trains are cancelled.",
        "The strike began on Monday, March 4. It is day 2 of 5 of the union's plan.",
        # an event the article gives no start for, or two starts for
        "The quake struck on Monday. A week after the funeral, families are still grieving.",
        "The strike began on March 1 and the fire broke out on March 9. Ten days after the "
        "strike, pickets are still out.",
        # "for <duration>" whose start is in another sentence: maybe another span's
        "The strike began on Monday, March 4. Talks have been going on for 12 days.",
        # the past told after the duration
        "The vote was held on March 1. Ten days after the vote, Dima declared victory.",
        # a morning paper's night count is last night's
        "Protests began on Monday. Night three: arrests, and protesters are still out.",
    ],
)
def test_no_count_no_finding(text: str) -> None:
    assert codes(text) == []


def test_a_night_count_is_tonight_or_last_night() -> None:
    text = "Protests began on Monday. Night {}: arrests, and protesters are still out."
    assert codes(text.format("four")) == []
    assert codes(text.format("three")) == []
    assert codes(text.format("five")) == ["NC301"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a day gone by, told as background in the strike's third week: silent
        ("On the fourth day of the stoppage, talks broke down. The strike began on "
         "June 1.", []),
        ("By the second day of the siege, food had run out. The siege began on June 3.", []),
        # one day short of today, in the past tense: today's story miscounted
        ("On the 11th day of the stoppage, pickets blocked the depot. The strike began on "
         "June 1.", ["NC301"]),
        # a day beyond today is always wrong
        ("On the 19th day of the stoppage, pickets blocked the depot. The strike began on "
         "June 1.", ["NC301"]),
        # about the present: checked whatever the count
        ("The stoppage, now in its fourth day, is the longest yet. The strike began on "
         "June 1.", ["NC301"]),
    ],
)
def test_a_day_count_in_the_past_may_be_a_day_gone_by(text: str, codes: list[str]) -> None:
    found = run_checks({"a.md": "---\ndate: 2024-06-12\n---\n\n" + text + "\n"}, [days])
    assert found.codes() == codes
