"""A unit after "a"/"an" is one of it when a hedge stands before the article ("almost a
kilogram", "up to an inch of ice", "more than a foot of snow"), and nothing without one
("a mile from the coast"): numbers.toml [article_units]. Words of our own."""

from __future__ import annotations

import pytest

from numcheck import parse
from numcheck.lexicon import Lexicon, LexiconError
from numcheck.parsing.lextables import article_units
from numcheck.quantity import Kind


@pytest.mark.parametrize(
    ("text", "span", "unit", "low", "high"),
    [
        ("The fragment weighed almost a kilogram.", "almost a kilogram", "kilogram", None, 1.0),
        ("Up to an inch of ice coated the lines.", "Up to an inch", "inch", None, 1.0),
        ("More than a foot of snow fell overnight.", "More than a foot", "foot", 1.0, None),
        ("The crack is nearly a metre long.", "nearly a metre", "meter", None, 1.0),
        ("Police seized over a tonne of cannabis.", "over a tonne", "metric_ton", 1.0, None),
    ],
)
def test_a_hedged_unit_is_one_of_it(
    text: str, span: str, unit: str, low: float | None, high: float | None
) -> None:
    (q,) = [q for q in parse(text) if q.kind is Kind.MEASURE]
    assert q.text == span
    assert q.unit == unit
    if low is not None:
        assert q.hard.low >= low
        assert q.hard.high > low
    if high is not None:
        assert q.hard.high <= high
        assert q.hard.low < high


@pytest.mark.parametrize(
    "text",
    ["The village is a mile from the coast.", "It costs a pound a litre.",
     "The bridge moved an inch."],
)
def test_an_unhedged_unit_names_no_amount(text: str) -> None:
    assert [q for q in parse(text) if q.kind is Kind.MEASURE] == []


def test_time_units_need_no_hedge() -> None:
    (q,) = parse("The strike lasted a week.")
    assert q.kind is Kind.DURATION
    assert q.value == 1


def test_a_word_that_is_no_unit_form_is_rejected() -> None:
    forms = {"mile": "mile"}
    with pytest.raises(LexiconError, match=r"article_units.hedged\[1\]"):
        article_units({"article_units": {"hedged": ["mile", "smoot"]}}, forms)
    assert Lexicon.default()["numbers"]["article_units"]["hedged"]
