"""margins.py: which figures are told as a margin (a difference), read from the parsed
sentence; a tally ("by 10 votes to 2") and a plain count are not; the table is checked."""

from __future__ import annotations

import pytest
from drift_helpers import analysed

from numcheck.checkers.drift.margins import MarginWords, margin
from numcheck.lexicon import LexiconError


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Vance won the seat by 412 votes, officials said.", "412"),
    ("Vance held the seat with a majority of 412, officials said.", "412"),
    ("A 412-vote victory for Vance, officials said.", "412"),
    ("Vance finished 412 votes ahead of Ardery, officials said.", "412"),
    ("Corvane beat forecasts by just $31m, the company said.", "31"),
    ("Results. Majority: 412. Turnout: 38 per cent.", "412"),
])
def test_margins(sentence: str, figure: str) -> None:
    _, doc, claim = analysed(sentence, figure)
    assert margin(claim, doc.text)


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Vance received 14,181 votes, officials said.", "14,181"),
    ("The jury convicted Marlow by 10 votes to 2 on Tuesday.", "10"),
    ("Officials said 412 people voted in the ballot.", "412"),
])
def test_not_margins(sentence: str, figure: str) -> None:
    _, doc, claim = analysed(sentence, figure)
    assert not margin(claim, doc.text)


def test_table_checked() -> None:
    with pytest.raises(LexiconError):
        MarginWords.from_table({"before": ["By"]})
    assert MarginWords.from_table({"after": ["lead"]}).after == frozenset({"lead"})
