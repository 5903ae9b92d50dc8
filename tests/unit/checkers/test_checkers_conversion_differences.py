"""NC207 on temperature differences: a rise, a gap or an anomaly converts by the scale's
factor alone ("up 1.4C (2.5F)"), a reading with its offset ("30C (86F)")."""

from __future__ import annotations

import pytest

from numcheck.checkers import conversion
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [conversion]).codes()


# (text with {} for the converted figure, the right difference, one wrong as a difference
# and as a reading: on a cue the reading stays allowed)
DIFFERENCES = [
    # the parser reads a change: "up", "rose by", "a rise of", "an increase of"
    ("Summer temperatures in the range are up 1.4C ({}), the team reports.", "2.5F", "5F"),
    ("Temperatures rose by 3 degrees Celsius ({}) over the century.",
     "5.4 degrees Fahrenheit", "7.4 degrees Fahrenheit"),
    ("A rise of 1.5C ({}) is the limit the treaty sets.", "2.7F", "3.5F"),
    ("The world has warmed by about 1.2C ({}) since pre-industrial times.", "2.2F", "4F"),
    # words after the pair: a comparison or "of warming"
    ("The sea was 2C ({}) warmer than average all summer.", "3.6F", "4.6F"),
    ("Temperatures were 5C ({}) above normal for the week.", "9F", "12F"),
    ("Nights were 4F ({}) cooler than usual in the valley.", "2.2C", "3.2C"),
    ("The pledge caps it at 1.5C ({}) of warming.", "2.7F", "3.5F"),
    ("Forecasters expect a 3C ({}) drop overnight.", "5.4F", "7F"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), DIFFERENCES)
def test_a_temperature_difference_converts_without_the_offset(
    text: str, right: str, wrong: str
) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC207"]


READINGS = [
    # a reading: the offset counts, and forgetting it is the error
    ("It was 30C ({}) at noon in the square.", "86F", "54F"),
    # a comma before the comparison: the pair is a reading ("20C (68F), warmer than usual")
    ("It reached 20C ({}), warmer than usual for November.", "68F", "36F"),
    ("Temperatures hit 40C ({}), up from 38C on Monday.", "104F", "72F"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), READINGS)
def test_a_temperature_reading_keeps_its_offset(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC207"]


def test_a_difference_cue_never_costs_a_right_reading() -> None:
    # "by" before a reading misread as a difference: the reading still holds
    assert codes("The mercury was pushed by 35C (95F) heat to a record.") == []
