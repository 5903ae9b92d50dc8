"""NC101 for a temperature restated without its scale, on the real pipeline: in an article
that writes its temperatures in one scale, "112 degrees" or "a high of 112" is in it."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [restated]).codes()


# (text with {} for the bare reading, a reading that agrees, one that does not)
REALISATIONS = [
    ("The mercury reached 104F in Mesa on Saturday.\n\n"
     "Saturday's high of {} was the warmest in a decade.", "104", "107"),
    ("Thermometers showed 38C at noon on Sunday, officials said.\n\n"
     "It was {} degrees in the shade on Sunday, one farmer said.", "38", "36"),
    ("Overnight the temperature fell to minus 12C on Monday.\n\n"
     "Monday's low of minus {} froze the harbour.", "12", "21"),
    ("A reading of 97F was taken at the airport on Thursday.\n\n"
     "Thursday's {}-degree heat closed schools.", "97", "99"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), REALISATIONS)
def test_a_bare_reading_in_the_articles_scale(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC101"]


@pytest.mark.parametrize(
    "text",
    [
        # another day, a forecast, a low against a high
        "It hit 104F on Saturday.\n\nSunday's high of 99 brought relief.",
        "It hit 104F on Saturday.\n\nThe high of 99 is expected again on Saturday.",
        "It hit 104F on Saturday.\n\nSaturday's low of 78 gave little relief at night.",
        # two scales written: a bare reading could be either
        "It hit 40C in Leeds on Saturday.\n\nIt hit 95F in Reno on Saturday.\n\n"
        "Saturday's high of 99 was the warmest.",
        # another place
        "It hit 40C in Denver on Saturday.\n\nIn Reno, Saturday's high of 35 was lower.",
        "It hit 38C in Seville on Tuesday.\n\nIn Cordoba, Tuesday's high of 41 closed schools.",
        # a low word earlier in the clause
        "It hit 38C on Tuesday.\n\nLows overnight on Tuesday stayed at 24 degrees.",
        # an angle
        "The ship turned 90 degrees on Saturday.\n\nIt was 104F on Saturday.",
        # no day named: not tied to the reading
        "It hit 104F on Saturday.\n\nThe all-time record, 122, was set in 1990.",
    ],
)
def test_not_the_same_reading(text: str) -> None:
    assert codes(text) == []
