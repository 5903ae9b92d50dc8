"""drift/remainder.py: how a figure of a state that can fall is told, from the words of
its own clause: what still holds of it, its onset, or neither."""

from __future__ import annotations

import pytest
from drift_helpers import analysed

from numcheck.checkers.drift.remainder import ONSET, REST, RemainderWords, told


def _told(sentence: str, figure: str) -> str:
    engine, doc, claim = analysed(sentence, figure)
    return told(claim, doc.text, RemainderWords.from_lexicon(engine.lexicon))


@pytest.mark.parametrize(("sentence", "figure", "expected"), [
    ("About 20,000 homes were still without power on Wednesday.", "20,000", REST),
    ("Power had been restored to all but 9,000 customers by Monday night.", "9,000", REST),
    ("Nine people remain in hospital, officials said.", "Nine", REST),
    ("About 150,000 homes lost power on Tuesday.", "150,000", ONSET),
    ("Forty people were reported missing after the landslide.", "Forty", ONSET),
    ("Some 29 people were missing after the ferry sank.", "29", ""),
    ("The number of people missing fell to 29, the coast guard said.", "29", ""),
    # another clause's word is not the figure's: the mark ends the clause
    ("About 150,000 homes lost power, and crews were still at work.", "150,000", ONSET),
])
def test_told(sentence: str, figure: str, expected: str) -> None:
    assert _told(sentence, figure) == expected


def test_no_words_reads_nothing() -> None:
    _engine, doc, claim = analysed("About 20,000 homes were still without power.", "20,000")
    assert told(claim, doc.text, RemainderWords()) == ""


def test_lexicon_lists_both() -> None:
    words = RemainderWords.from_lexicon()
    assert "still" in words.single
    assert ("all", "but") in words.phrases
    assert "lost" in words.onsets
