"""The parser on hostile text: never raises, spans exact, intervals sane, JSON valid."""

from __future__ import annotations

import json
import math

import pytest
from fuzz_profile import fuzz_settings
from fuzz_strategies import soups
from hypothesis import example, given

from numcheck import parse
from numcheck.quantity import Quantity


@fuzz_settings()
@given(soups())
@example("9" * 400 + " people")  # no float overflow to inf in value or bounds
@example("\udcff34 people")  # a lone surrogate (surrogateescape'd input)
@example("about 2,000" + "\u0301" * 5)
@example("1.5e308 million, about 1e400 people, 2e308 people, 4444444444444444444444444444444¼")
def test_parse_never_raises_and_spans_are_exact(text: str) -> None:
    quantities = parse_checked(text)
    previous_end = 0
    for q in quantities:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.start >= previous_end  # in order, non-overlapping
        previous_end = q.end
        for interval in (q.hard, q.soft):
            assert interval.low <= interval.high
            assert not math.isnan(interval.low)
            assert not math.isnan(interval.high)
        assert q.value is None or not math.isnan(q.value)
        json.dumps(q.to_json(), allow_nan=False)  # the JSON contract has no NaN/Infinity
    assert parse(text) == quantities  # deterministic


@fuzz_settings(0.5)
@given(soups(), soups())
def test_a_prefix_does_not_move_later_spans(head: str, tail: str) -> None:
    """Whatever comes before a paragraph, its figures keep their text."""
    text = head + "\n\n" + tail
    for q in parse_checked(text):
        assert text[q.start:q.end] == q.text


# Crashes this suite and atheris found, fixed in the parser: each must parse cleanly.
@pytest.mark.parametrize("text", [
    # atheris (fuzz/fuzz_readers.py, a latin-1 Markdown file): more than 28 digits
    # glued to a vulgar fraction overflowed the Decimal context (DivisionImpossible)
    "4" * 29 + "¼",
    "9" * 40 + "½ people",
])
def test_long_numerals_with_vulgar_fractions(text: str) -> None:
    quantities = parse(text)
    assert [q.text for q in quantities] == [text.removesuffix(" people")]
    for q in quantities:
        json.dumps(q.to_json(), allow_nan=False)


@pytest.mark.parametrize("text", [
    # after scientific notation came in (0e9e7bb): a value past float range became
    # inf, and inf * 0 or inf - inf a NaN bound; a bare 2e308 was value inf, and
    # 'Infinity' is not JSON. Past float range a numeral is no amount (semantics.md).
    "1.5e308 million", "about 1e400 people", "2e308 people", "9e307 billion",
    "up 1e400%", "about 1e400 to 2e400 people",
])
def test_values_past_float_range_are_no_amounts(text: str) -> None:
    assert parse(text) == []


def test_a_range_to_a_value_past_float_range_keeps_its_first_end() -> None:
    assert [(q.text, q.value) for q in parse("1e300 to 1e400 people")] == [("1e300", 1e300)]
    assert [q.value for q in parse("1.7e308 people")] == [1.7e308]  # still in range


def parse_checked(text: str) -> list[Quantity]:
    """parse(), and every quantity's JSON (no NaN or Infinity)."""
    quantities = parse(text)
    for q in quantities:
        json.dumps(q.to_json(), allow_nan=False)
    return quantities
