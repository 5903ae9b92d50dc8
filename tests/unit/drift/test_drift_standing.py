"""Standing figures and a day's states (checkers/drift/standing.py): a state's peak and
a figure of a named period are one fact on any day of a story, a day's state may move."""

from __future__ import annotations

import pytest
from drift_helpers import standing_of

from numcheck.checkers.drift.alignment import Alignment
from numcheck.checkers.drift.standing import PEAK, PERIOD, StandingWords, _closed, stands
from numcheck.engine import Engine
from numcheck.readers import read_text
from numcheck.settings import Settings


def _rules(a: str, b: str, day_a: str, day_b: str) -> list[str]:
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    texts = {"a.md": f"---\ndate: {day_a}\n---\n\n{a}\n",
             "b.md": f"---\ndate: {day_b}\n---\n\n{b}\n"}
    return sorted(f.rule for f in run_checks(texts, [drift]))


@pytest.mark.parametrize(("sentence", "figure"), [
    ("At the height of the storm, about 48,000 homes lost power, the utility said Sunday.",
     "48,000"),
    ("At the peak, Prairie Electric said, 84,000 customers were in the dark.", "84,000"),
    ("At its height, the outage left 61,000 homes in the dark, officials said.", "61,000"),
])
def test_a_peak(sentence: str, figure: str) -> None:
    assert standing_of(sentence, figure) == PEAK


def test_a_peak_keeps_the_weekday_of_its_fact_not_of_its_telling() -> None:
    assert standing_of("At the peak on Sunday, 84,000 customers were in the dark.",
                   "84,000") == f"{PEAK} sunday"
    assert standing_of("At the peak, 84,000 customers were in the dark, the utility said "
                   "on Sunday.", "84,000") == PEAK


def test_a_reading_with_a_unit_peaks_too() -> None:
    assert standing_of("The River Arden peaked at 5.2 metres at Millbrook.", "5.2") == PEAK


def test_a_figure_of_a_named_period() -> None:
    assert standing_of("Kestrel sold 40,000 cars in 2025, the company said.", "40,000") in (
        PERIOD, "")  # "" when the reader reads no window: never a peak


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Some 1,300 people remain in evacuation centres, down from a peak of about 4,000.",
     "1,300"),
    ("Some 1,300 people remain in evacuation centres, down from a peak of about 4,000.",
     "4,000"),
    ("Twelve people remain in hospital, the trust said.", "Twelve"),
    ("Some 9,000 customers are still without power.", "9,000"),
    ("About 97,000 customers were without power on Tuesday morning.", "97,000"),
    ("The council's budget of £421 million was approved by councillors.", "£421"),
])
def test_a_moved_figure_a_state_or_neither(sentence: str, figure: str) -> None:
    assert standing_of(sentence, figure) == ""


def test_no_text_no_reading() -> None:
    engine = Engine(Settings())
    doc = read_text("At the peak, 84,000 customers were in the dark.", "a.txt")
    claim = engine.analyse(doc).claims[0]
    alignment = Alignment.from_lexicon(engine.lexicon)
    assert stands(claim, None, alignment, None, StandingWords.from_lexicon(engine.lexicon)) == ""


def test_a_peak_retold_differently_days_later_contradicts() -> None:
    a = ("At the height of the storm, about 48,000 homes and businesses lost power, "
         "Prairie Electric said.")
    b = "At the peak, Prairie Electric said, 84,000 customers were in the dark."
    assert _rules(a, b, "2026-06-21", "2026-06-23") == ["NC401"]


def test_a_peak_retold_alike_days_later_agrees() -> None:
    a = ("At the height of the storm, about 48,000 homes and businesses lost power, "
         "Prairie Electric said.")
    b = "At the peak, Prairie Electric said, 48,100 customers were in the dark."
    assert _rules(a, b, "2026-06-21", "2026-06-23") == []


def test_a_peak_against_a_later_state_stays_silent() -> None:
    a = ("At the height of the storm, about 48,000 homes and businesses lost power, "
         "Prairie Electric said.")
    b = "Prairie Electric said 12,500 customers are without power."
    assert not {"NC401", "NC402"} & set(_rules(a, b, "2026-06-21", "2026-06-23"))


def test_a_day_state_on_two_days_stays_silent() -> None:
    a = "Twenty people were kept in hospital overnight after the derailment, the operator said."
    b = "Nine people remain in hospital, the operator said."
    assert not {"NC401", "NC402"} & set(_rules(a, b, "2026-11-02", "2026-11-03"))


def test_a_named_period_closes_a_span_a_relative_one_does_not() -> None:
    alignment, words = Alignment.from_lexicon(), StandingWords.from_lexicon()
    assert _closed("in 2025", alignment, words)
    assert _closed("in the third quarter", alignment, words)
    assert not _closed("overnight", alignment, words)
    assert not _closed("this year", alignment, words)
    assert not _closed("last 24 hours", alignment, words)


def test_the_table_names_its_words() -> None:
    words = StandingWords.from_lexicon()
    assert "peaked" in words.peaks
    assert ("at", "the", "height", "of") in words.peak_phrases
    assert "still" in words.moves
    assert ("down", "from") in words.move_phrases
