"""NC301 on the real pipeline, wave 18's day-count classes: a streak runs to the story's
day, "Day 7 of ...:" labels the day it heads, a day count's own phrase ("went into a
seventh day on Friday") is no start, a start given with a long noun phrase in the
duration's clause, and a start's weekday is not the day a past sentence tells."""

from __future__ import annotations

import pytest

from numcheck.checkers import days
from numcheck.testing import run_checks

FRIDAY = "2026-11-13"  # Friday 13 November 2026; Monday 9 November is day five


def codes(text: str, date: str | None = FRIDAY) -> list[str]:
    return run_checks(text, [days], date=date).codes()


CLASSES = [
    # a streak: "for the Nth day running / straight / in a row" is the story's own day
    ("The walkout started on Monday. For the {} day running, trains did not run.",
     "fifth", "third"),
    ("The sit-in began on Monday. Students occupied the hall for a {} day in a row.",
     "fifth", "second"),
    # a label opening its sentence, after a dateline or not
    ("The strike began on Monday. Day {} of the Halloway rail strike: commuters again "
     "faced empty platforms.", "5", "7"),
    ("CARVELL (Wire) - Day {} of the bus strike: no buses ran. Drivers walked out on Monday.",
     "five", "seven"),
    # a numbered day closed by a preposition
    ("The stoppage enters day {} on Friday; drivers walked out on Monday.", "five", "eight"),
    # the count's own phrase before "on Friday" is no start of the story
    ("The teachers' walkout started on 9 November. Talks went into a {} day on Friday.",
     "fifth", "seventh"),
    # the start in the duration's own clause, however long its noun phrase
    ("Search teams were back on the water on Friday, {} days after the ferry Orla sank off "
     "Pell Point on Sunday.", "five", "three"),
    # an onset verb of a labour dispute
    ("It is the {} week of the dispute at Brannock docks, where dockers first downed tools "
     "on 3 November.", "second", "third"),
    # a numbered week in a past sentence: a week not yet come is still wrong
    ("Week {} of the Brannock dock strike brought no sign of talks. Dockers walked out on "
     "3 November.", "two", "three"),
    # onsets of a flood and an occupation
    ("Residents have had no water for {} days now; the main burst on Monday.", "five",
     "eight"),
    ("Into its {} day, the sit-in shows no sign of ending. Students occupied the hall on "
     "Monday.", "fifth", "seventh"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), CLASSES)
def test_a_count_of_the_class(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC301"]


@pytest.mark.parametrize(
    "text",
    [
        # the start's own weekday does not make a past sentence one about today
        "By day three of the strike, which began on Monday, talks had collapsed.",
        # a label of another event's day, consistent with its own start
        "Day 3 of the trial: the jury heard from the driver. The trial opened on Wednesday.",
        # a streak of months is no day count
        "Prices have risen for a third straight month; the strike began on Monday.",
        # a day to come
        "The walkout started on Monday. The union will hold a vote on the tenth day.",
        "The strike began on Monday; a ballot on the 12th day of action is planned.",
        # a numbered day gone by, in a past sentence
        "Day three of the strike, which began on Monday, brought the first talks.",
        # the onset of something else is no second start ("was suspended on Monday")
        "Police spent a fifth day at the scene on Wednesday after Saturday's crash. The "
        "operator's licence was suspended on Monday.",
        # a past day told after the start, with its own weekday
        "Divers found the wreck on Tuesday, two days after the ferry Orla sank off Pell "
        "Point on Sunday.",
    ],
)
def test_look_alikes_stay_silent(text: str) -> None:
    assert codes(text) == []
