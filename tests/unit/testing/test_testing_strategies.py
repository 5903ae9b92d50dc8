"""numcheck.testing.strategies: one quantity in many phrasings, read back by numcheck."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

import numcheck
from numcheck.testing.strategies import (
    count_phrasings,
    counts,
    hedged,
    in_sentence,
    money,
    money_phrasings_of,
    number_words,
    phrasings_of,
)


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "zero"),
        (19, "nineteen"),
        (40, "forty"),
        (245, "two hundred forty-five"),
        (2_500_000, "two million five hundred thousand"),
        (1_000_000_000, "one billion"),
    ],
)
def test_number_words(n: int, words: str) -> None:
    assert number_words(n) == words


def test_number_words_british_joiner_and_range() -> None:
    assert number_words(1_105, joiner=" and ") == "one thousand one hundred and five"
    with pytest.raises(ValueError, match="10\\*\\*15"):
        number_words(-1)


def test_phrasings_cover_digits_commas_words_and_scales() -> None:
    assert set(phrasings_of(1_500_000)) >= {"1,500,000", "1.5 million", "1.5mn"}
    assert "15000" in phrasings_of(15_000)
    assert "1500" not in phrasings_of(1_500)  # a year, to a reader
    assert "three million" in phrasings_of(3_000_000)
    assert "two hundred and forty-five" in phrasings_of(245)
    assert not [p for p in phrasings_of(1_234_567) if "million" in p]  # needs 3+ decimals


def test_money_phrasings() -> None:
    forms = set(money_phrasings_of(1_500_000_000, "USD"))
    assert forms >= {"$1.5bn", "US$1.5 billion", "1.5 billion dollars", "USD 1,500,000,000"}
    assert "€1.5bn" in money_phrasings_of(1_500_000_000, "EUR")
    with pytest.raises(ValueError, match="XYZ"):
        money_phrasings_of(5, "XYZ")


@settings(max_examples=150, deadline=None)
@given(in_sentence(counts(), ["Officials said {} people fled.", "{} people were evacuated."]))
def test_numcheck_reads_every_count_phrasing(phrase: tuple[str, float]) -> None:
    text, value = phrase
    (quantity,) = numcheck.parse(text)
    assert quantity.value == value


@settings(max_examples=100, deadline=None)
@given(hedged(count_phrasings(2_000)))
def test_hedged_phrasings_keep_the_written_value(phrase: tuple[str, float]) -> None:
    text, value = phrase
    (quantity,) = numcheck.parse(f"Police said {text} were detained.")
    assert quantity.value == value == 2_000
    assert quantity.hard.contains(value)


@settings(max_examples=150, deadline=None)
@given(money("EUR", min_value=1_000))
def test_numcheck_reads_money_phrasings(phrase: tuple[str, float]) -> None:
    text, value = phrase
    (quantity,) = numcheck.parse(f"Officials said the deal is worth {text}.")
    assert (quantity.value, quantity.unit) == (value, "EUR")


@pytest.mark.parametrize("text", ["$48,500", "€2,000,000", "US$1,500,000,000"])
def test_currency_prefix_with_grouped_digits(text: str) -> None:
    assert len(numcheck.parse(f"It cost {text}.")) == 1


# Found by money(): a comma right after the figure used to split it ("$1" and "500").
def test_currency_figure_before_a_comma() -> None:
    (quantity,) = numcheck.parse("It cost $1,500, officials said.")
    assert quantity.value == 1_500
