"""Two spans both said (verdicts._spans_apart, aspect.told_now): a figure of an earlier
span and one of the story's own span said in words are two periods' figures, even when
the likeness route meets them; one figure naming a span and one naming none still meet."""

from __future__ import annotations

import pytest
from drift_helpers import analysed, drift_rules

from numcheck.checkers.drift.aspect import AspectWords, told_now

LAST_YEAR = "Harrod Foods made a pre-tax profit of £41m last year."


def test_last_year_and_this_year_are_two_periods() -> None:
    assert drift_rules(LAST_YEAR, "Harrod Foods made a pre-tax profit of £47m this year.") == []


def test_one_period_said_alike_is_still_compared() -> None:
    later = "Harrod Foods made a pre-tax profit of £47m last year."
    assert drift_rules(LAST_YEAR, later) == ["NC401"]


@pytest.mark.parametrize(("sentence", "figure", "now"), [
    ("Harrod Foods made a profit of £47m this year.", "£47m", True),
    ("The waiting list now stands at 7.4 million.", "7.4 million", True),
    ("So far, 212 people have been rescued.", "212", True),
    ("Harrod Foods made a profit of £47m.", "£47m", False),
    ("Harrod Foods made a profit of £38m the year before.", "£38m", False),
])
def test_told_now(sentence: str, figure: str, now: bool) -> None:
    _, document, claim = analysed(sentence, figure)
    assert told_now(claim, document.text, AspectWords.from_lexicon()) is now
