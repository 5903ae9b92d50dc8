"""NC204/NC206 on change classes read since wave 5: a one-sided change ("a drop of more
than a quarter"), a change in bare degrees between two temperatures, a change whose new
level the sentence before gives under the same subject, an old level owned by its period
("up 6.1% on this year's £398.2 million"), and a percent restated as an amount of a base
("worth $2,000 a year on a $50,000 salary"); agreeing variants stay silent."""

from __future__ import annotations

import pytest

from numcheck.checkers import change
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return [c for c in run_checks(text, [change], path="article.txt").codes()
            if c in ("NC204", "NC206")]


# (wrong, right)
CLASSES = {
    "a one-sided word fraction as the size of a fall": (
        "Passenger numbers slid to 3.4 million from 4.1 million, a fall of more than a "
        "fifth, the port authority said.",
        "Passenger numbers slid to 3.2 million from 4.1 million, a fall of more than a "
        "fifth, the port authority said.",
    ),
    "a one-sided percent before the levels": (
        "Grain exports jumped more than 30% to 5.1 million tonnes from 4.2 million.",
        "Grain exports jumped more than 20% to 5.1 million tonnes from 4.2 million.",
    ),
    "a change in bare degrees, Celsius": (
        "The thermometer fell 14 degrees overnight, from 9C to -3C.",
        "The thermometer fell 12 degrees overnight, from 9C to -3C.",
    ),
    "a rise in bare degrees, Fahrenheit": (
        "Readings climbed 21 degrees by mid-afternoon, from 58F to 81F.",
        "Readings climbed 23 degrees by mid-afternoon, from 58F to 81F.",
    ),
    "the new level a sentence back, the change in points": (
        "Vaccine coverage in the district stands at 88.4%. Coverage has slipped 2.9 points "
        "since 2021, when it stood at 92.1%.",
        "Vaccine coverage in the district stands at 88.4%. Coverage has slipped 3.7 points "
        "since 2021, when it stood at 92.1%.",
    ),
    "the new level a sentence back, points given as percent": (
        "Participation was 47.5% this spring. Participation rose 6% from the 41.5% "
        "recorded a year earlier.",
        "Participation was 47.5% this spring. Participation rose 6 points from the 41.5% "
        "recorded a year earlier.",
    ),
    "the old level owned by its period": (
        "Ticket revenue reached $96.3 million this season, up 9.4% on last season's "
        "$91.2 million.",
        "Ticket revenue reached $96.3 million this season, up 5.6% on last season's "
        "$91.2 million.",
    ),
    "a percent restated as an amount of a base": (
        "Staff were offered 3.5%, worth £1,050 a year on a £28,000 salary.",
        "Staff were offered 3.5%, worth £980 a year on a £28,000 salary.",
    ),
}


@pytest.mark.parametrize(("wrong", "right"), CLASSES.values(), ids=list(CLASSES))
def test_change_classes(wrong: str, right: str) -> None:
    assert codes(wrong)
    assert not codes(right)


SILENT = {
    "the earlier level under another subject": (
        "Turnout in the ward was 61.0%. Support rose 9% from the 52% of 2022."
    ),
    "the earlier level a paragraph back": (
        "Coverage stands at 88.4%.\n\nCoverage has slipped 2.9 points since 2021, when it "
        "stood at 95.1%."
    ),
    "a percent of another amount than the one after it": (
        "The union wants 6%, worth more than the £900 lump sum on the table."
    ),
    "a change in degrees of another scale": (
        "Temperatures dropped 15 degrees Celsius, from 80F to 53F."
    ),
}


@pytest.mark.parametrize("text", SILENT.values(), ids=list(SILENT))
def test_no_change_read_across_subjects(text: str) -> None:
    assert not codes(text)
