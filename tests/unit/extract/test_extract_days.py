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


def window(text: str, phrase: str, make: Callable[..., Quantity],
           date: dt.date | None = dt.date(2026, 11, 23)) -> str | None:  # fmt: skip
    doc = Document(path="a.txt", text=text, prose=text, metadata=Metadata(date=date))
    return extract_claims(doc, [make(text, phrase)])[0].window


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a past period in the figure's clause, or opening the sentence, dates an event's figure
        ("More than 3,100 people died on the country's roads last year, the ministry said.",
         "3,100", "in 2025"),
        ("In January, 26 people died when a bus fell into a river.", "26", "in 2026-01"),
        # the period owns the sentence's subject: that event is the period's
        ("Last year's typhoon, Mira, left 52 people dead in the islands.", "52", "in 2025"),
        ("The worst spell, from July 18 to July 24, accounted for 612 deaths.", "612",
         "from 2026-07-18 to 2026-07-24"),
    ],
)
def test_a_past_period_dates_the_figure(
    make_quantity: Callable[..., Quantity], text: str, phrase: str, expected: str
) -> None:
    assert window(text, phrase, make_quantity) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # the base of a comparison dates no figure
        ("Road deaths rose to 3,400, up from 3,100 last year.", "3,400"),
        ("Some 480 people died, more than in January.", "480"),
        # another clause's period; a later month; no event counted
        ("The plant, which flooded last year, lost 400 jobs on Monday.", "400"),
        ("The strike in December will hit 900 schools.", "900"),
        ("The museum had 41,000 visitors last year.", "41,000"),
    ],
)
def test_no_past_period(make_quantity: Callable[..., Quantity], text: str, phrase: str) -> None:
    found = window(text, phrase, make_quantity) or ""
    assert not found.startswith(("in 2025", "in 2026", "from"))



@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a period inside the sentence's opening scene phrase dates the clause after it
        ("In a linked trial last year, 31 of the 52 accused were convicted.", "52", "in 2025"),
        ("At last year's march, 410 people were arrested.", "410", "in 2025"),
        ("During a similar operation last year, 23 people were charged.", "23", "in 2025"),
        # a bound in the opening phrase tells of now
        ("After the floods last year, 12 people were still missing.", "12", None),
        ("In the months since the floods last year, 12 families were rehoused.", "12", None),
    ],
)
def test_a_period_in_the_opening_phrase_dates_the_figures_after_it(
    make_quantity: Callable[..., Quantity], text: str, phrase: str, expected: str | None
) -> None:
    assert window(text, phrase, make_quantity) == expected
