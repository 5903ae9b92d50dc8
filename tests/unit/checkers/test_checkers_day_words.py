"""The words of a sentence the day checks read once (numcheck/checkers/_day_words.py)."""

from __future__ import annotations

from numcheck.checkers._day_words import SentenceWords
from numcheck.testing import make_document

NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def test_a_starts_weekday_is_not_spoken_and_not_the_day_told() -> None:
    text = "The strike, which began on Monday, is in its fifth day on Friday."
    start = text.index("Monday")
    words = SentenceWords(make_document(text), NAMES, [(start, start + 6)])
    span = (0, len(text))
    assert "monday" not in words.spoken(span)
    assert "friday" in words.spoken(span)
    assert "monday" in words.told(span)
    assert words.weekday(span, text.index("fifth")) == NAMES.index("friday")
    friday = text.index("Friday")
    assert words.weekday(span, 0, (friday, friday + 6)) is None  # both left out


def test_the_nearest_weekday_to_a_count() -> None:
    text = "On Tuesday talks failed; by Thursday, the third day, pickets were back."
    words = SentenceWords(make_document(text), NAMES, [])
    assert words.weekday((0, len(text)), text.index("third")) == NAMES.index("thursday")


def test_a_sentence_is_asked_once() -> None:
    text = "Talks went on."
    words = SentenceWords(make_document(text), NAMES, [])
    asked: list[int] = []
    for _ in range(3):
        words.once("past", (0, len(text)), lambda: asked.append(1) is None)
    assert asked == [1]
