"""The day a figure is about, resolved against the article's date (extract/days.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from numcheck.document import Document, Metadata
from numcheck.extract import extract_claims
from numcheck.quantity import Quantity

FRIDAY = dt.date(2025, 2, 7)


def day(text: str, phrase: str, make: Callable[..., Quantity], date: dt.date | None = FRIDAY
        ) -> dt.date | None:  # fmt: skip
    doc = Document(path="a.txt", text=text, prose=text, metadata=Metadata(date=date))
    return extract_claims(doc, [make(text, phrase)])[0].day


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("The union said 28,000 members walked out on Thursday.", "28,000", dt.date(2025, 2, 6)),
        ("About 1,300 schools were closed Friday, the state said.", "1,300", FRIDAY),
        ("On Monday, 340 flights were cancelled at Schiphol.", "340", dt.date(2025, 2, 3)),
        ("Thursday's walkout drew 38,000 teachers.", "38,000", dt.date(2025, 2, 6)),
        ("On Tuesday night, 2,000 people slept in shelters.", "2,000", dt.date(2025, 2, 4)),
        ("Some 900 homes were without power yesterday.", "900", dt.date(2025, 2, 6)),
        ("The airport cancelled 120 flights on Feb. 5.", "120", dt.date(2025, 2, 5)),
        ("Crews restored power to 4,000 homes on Dec. 30.", "4,000", dt.date(2024, 12, 30)),
        # the day of the attribution, in another clause of the sentence
        ("Thirty-two remain trapped, the company said on Thursday.", "Thirty-two",
         dt.date(2025, 2, 6)),
    ],
)
def test_the_day_a_figure_names(
    make_quantity: Callable[..., Quantity], text: str, phrase: str, expected: dt.date
) -> None:
    assert day(text, phrase, make_quantity) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a bound, not the day
        ("Since Monday, 2,400 people have been evacuated.", "2,400"),
        ("The strike will last until Friday, affecting 900 schools.", "900"),
        # another figure's day, in another clause
        ("Some 1,300 people remain in shelters, down from about 4,000 on Monday night.",
         "1,300"),
        ("Nothing names a day: 41 people were hurt.", "41"),
    ],
)
def test_no_day(make_quantity: Callable[..., Quantity], text: str, phrase: str) -> None:
    assert day(text, phrase, make_quantity) is None


def test_an_undated_article_resolves_no_day(make_quantity: Callable[..., Quantity]) -> None:
    assert day("12 flights were cancelled on Monday.", "12", make_quantity, None) is None
