"""NC301 on a duration whose own clause names its start: a link ("after", "since",
"into", "on from"), a noun phrase, "on" and a date or a weekday ("12 days after the
ruling on March 2", "five days into a search launched on Saturday"), and a sentence
that names its own weekday ("signed the deal on Tuesday, nine days after ...")."""

from __future__ import annotations

import pytest

from numcheck.checkers import days
from numcheck.testing import run_checks

THURSDAY = "2024-03-14"  # Thursday 14 March 2024


def codes(text: str, date: str | None = THURSDAY) -> list[str]:
    return run_checks(text, [days], date=date).codes()


# (sentence, right, wrong), dated Thursday 14 March 2024
LINKED = [
    # a date start after "after the <noun> on"; the present tense makes it today's count
    ("Shelters are still open, {} days after the flood warning on March 2.", "12", "14"),
    # elapsed from a weekday after "on from"
    ("{} days on from the pile-up on Monday morning, the motorway remains shut.", "Three",
     "Four"),
    # "into": elapsed or the day's number, both fine; a count past both fires
    ("Divers are now {} days into a search launched on Saturday night.", "five", "eight"),
    ("Divers are now {} days into a search launched on Saturday night.", "six", "three"),
    # the sentence's own weekday, past tense: the one just gone (Tuesday 12 March)
    ("The mayor signed the order on Tuesday, {} days after the council vote on March 1.",
     "11", "13"),
    ("Ministers met the unions on Monday, {} since the walkout on Feb. 26.", "two weeks",
     "ten days"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), LINKED)
def test_start_in_the_clause(text: str, right: str, wrong: str) -> None:
    assert not codes(text.format(right))
    assert "NC301" in codes(text.format(wrong))


SILENT = [
    # past tense, no weekday of its own: a story, not today's date
    "Officials reopened the bridge 20 days after the collapse on Feb. 2.",
    # a weekday ahead ("will"): not the one just gone
    "The board will meet on Tuesday, 30 days after the audit on Feb. 20.",
    # a clause break between the link and the day: another clause's day
    "Crews worked for nine days after the storm, and on Monday they went home.",
]


@pytest.mark.parametrize("text", SILENT)
def test_no_start_in_the_clause(text: str) -> None:
    assert not codes(text)


def test_no_date_no_count() -> None:
    assert not codes("Shelters are still open, 40 days after the flood warning on March 2.",
                     date=None)
