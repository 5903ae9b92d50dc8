"""A bare number coordinated with an age right before it is an age too ("three children
aged 4, 7 and 9"), so no list reader adds it to a count; a number with its own noun after
the age stays a count ("Aged 40, 500 people came"). Words of our own."""

from __future__ import annotations

import pytest

from numcheck import parse
from numcheck.checkers import parts
from numcheck.quantity import Kind
from numcheck.testing import run_checks


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Three children aged 4, 7 and 9 were rescued.", ["4", "7"]),
        ("The victims, aged 19, 23 and 31, were named on Friday.", ["19", "23", "31"]),
        ("Both pupils, aged 11 and 14, were unhurt.", ["11 and 14"]),
    ],
)
def test_numbers_listed_after_an_age_are_ages(text: str, ages: list[str]) -> None:
    read = {q.text: q for q in parse(text)}
    for age in ages:
        assert read[age].kind is Kind.DURATION
        assert read[age].unit == "year"


@pytest.mark.parametrize(
    ("text", "count"),
    [("Aged 40, 500 people came to the rally.", "500"),
     ("Two men, aged 19 and 23, and 40 women were held.", "40")],
)
def test_a_count_with_its_noun_stays_a_count(text: str, count: str) -> None:
    read = {q.text: q for q in parse(text)}
    assert read[count].kind is Kind.COUNT


def test_ages_are_no_parts_of_the_count_they_describe() -> None:
    text = "Twelve people were rescued, including three children aged 4, 7 and 9, police said."
    assert run_checks(text, [parts], path="article.txt").codes() == []
