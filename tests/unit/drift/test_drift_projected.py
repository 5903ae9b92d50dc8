"""How a figure's own clause tells it (checkers/drift/projected.py): an expectation, a
level to come, a capacity, a plan's future, or what is or was; and which two of these are
two facts."""

from __future__ import annotations

import pytest

from numcheck.checkers.drift.projected import (
    ABLE,
    EXPECTED,
    FUTURE,
    TO_COME,
    ExpectedWords,
    apart,
    told_as,
)
from numcheck.engine import analyse_document, make_parser
from numcheck.lexicon import Lexicon
from numcheck.readers import read_text


def _told(text: str, figure: str) -> str:
    lexicon = Lexicon.default()
    doc = read_text(text, "a.md")
    claims = analyse_document(doc, make_parser(lexicon, 0.0), lexicon).claims
    start = doc.text.index(figure)
    claim = next(c for c in claims if c.location.start <= start < c.location.end)
    return told_as(claim, doc.text, ExpectedWords.from_lexicon())


@pytest.mark.parametrize(("text", "figure", "told"), [
    # expectations: someone's forecast, target, promise or demand
    ("Analysts had expected Harrod Foods to make a profit of £52m.", "£52m", EXPECTED),
    ("The government has promised to build 300,000 homes a year.", "300,000", EXPECTED),
    ("The union is demanding a pay rise of 9% for nurses.", "9%", EXPECTED),
    ("Forecasters predicted a surplus of £4.1bn for the year.", "£4.1bn", EXPECTED),
    ("The trust has set a target of 4,000 operations by March.", "4,000", EXPECTED),
    ("Ministers have pledged 8,000 more nurses by 2028.", "8,000", EXPECTED),
    # a level to come: a future word, then a move right before the figure
    ("A single bus fare will rise to £3.50 in January.", "£3.50", TO_COME),
    ("The cap is set to rise to £2,900 in April.", "£2,900", TO_COME),
    # a capacity
    ("The ferry can carry up to 2,000 passengers.", "2,000", ABLE),
    # a plan's own future: compared as it is
    ("Norbank will cut 650 jobs at its Leeds call centre.", "650", FUTURE),
    # a holder's own intent is its plan, no expectation: told as fact, compared
    ("Norbank aims to cut 650 jobs at its Leeds call centre.", "650", ""),
    ("The hourly charge would rise from £1.60 to £2, a 25% increase.", "£2", FUTURE),
    # told as what is or was
    ("Harrod Foods made a profit of £47m last year.", "£47m", ""),
    ("A crowd of 27,400 watched Rovers at Marsh Park.", "27,400", ""),
    ("A single bus fare in Marlow costs £3.20.", "£3.20", ""),
    # an expectation before a comma is not the figure's own: no EXPECTED; but its clause
    # is no plain telling of a fact either, so it is compared as it is
    ("Revenue beat forecasts, and the firm said it had cut 1,200 jobs.", "1,200", FUTURE),
    ("Revenue beat forecasts; the firm has cut 1,200 jobs.", "1,200", ""),
])
def test_told_as(text: str, figure: str, told: str) -> None:
    assert _told(text, figure) == told


@pytest.mark.parametrize(("a", "b", "two_facts"), [
    (EXPECTED, "", True),  # a forecast and the outcome
    (TO_COME, "", True),  # the fare from January and the fare now
    (ABLE, "", True),  # a capacity and what was carried
    (EXPECTED, EXPECTED, False),  # two forecasts: still compared
    (TO_COME, TO_COME, False),  # two levels to come
    (FUTURE, "", False),  # a plan told "will cut 650" and "is cutting 560": one plan
    (EXPECTED, FUTURE, False),
    ("", "", False),
])
def test_apart(a: str, b: str, two_facts: bool) -> None:
    assert apart(a, b) is two_facts
    assert apart(b, a) is two_facts
