"""Bugs teammates found in the parser, one test each (the article text is invented)."""

from __future__ import annotations

import pytest

from numcheck import parse
from numcheck.quantity import Kind


def summary(text: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(q.text, q.kind.value, q.value, q.unit) for q in parse(text)]


# -- "$1,500, officials said": a grouped figure before ", " stays one number ----------------
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("It cost $1,500, officials said.", "$1,500", 1_500),
        ("About 12,000, the mayor said, had fled.", "About 12,000", 12_000),
        ("It reached 1,234,567, a record.", "1,234,567", 1_234_567),
        ("Counts were 1,500,2,000 and 3,000.", "1", 1),  # not valid groups: no merging
    ],
)
def test_grouped_number_before_a_comma(text: str, phrase: str, value: float) -> None:
    qs = parse(text)
    assert qs[0].text == phrase
    assert qs[0].value == value


def test_invalid_groups_are_not_one_number() -> None:
    assert [q.text for q in parse("codes 1,50, and 12,3456 here")][:1] != ["1,50"]


# -- 3-digit "identifiers" are counts before a counted noun -------------------------------
@pytest.mark.parametrize("n", ["101", "112", "911", "999"])
@pytest.mark.parametrize(
    "sentence", ["Officials said {} people fled.", "{} people were evacuated.", "{} troops left."]
)
def test_emergency_numbers_before_a_counted_noun_are_counts(sentence: str, n: str) -> None:
    (q,) = parse(sentence.format(n))
    assert (q.kind, q.value) == (Kind.COUNT, int(n))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Residents were told to call 911 at once.", "911"),
        ("A 911 call came in at noon.", "911"),
        ("She dialled 999 after the crash.", "999"),
        ("Dispatchers took 911 calls all night.", "911"),
        ("They mentioned 911 again.", "911"),
        ("Traffic on Route 66 slowed.", "Route 66"),
        ("The Boeing 737 landed.", "Boeing 737"),
        ("Under Article 5 of the treaty.", "Article 5"),
    ],
)
def test_identifiers_in_identifier_context(text: str, phrase: str) -> None:
    hits = [q for q in parse(text) if q.text == phrase]
    assert hits, summary(text)
    assert hits[0].kind is Kind.IDENTIFIER, summary(text)


# -- "in the first seven days": the ordinal belongs to the duration -----------------------
@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        ("in the first seven days of the war", "first seven days", 7, "day"),
        ("during the first 100 days in office", "first 100 days", 100, "day"),
        ("in the first two weeks", "first two weeks", 2, "week"),
    ],
)
def test_first_n_days_is_one_duration(text: str, phrase: str, value: float, unit: str) -> None:
    assert summary(text) == [(phrase, "duration", value, unit)]


def test_ordinal_before_a_count_is_not_absorbed() -> None:
    assert summary("the first 500 people arrived") == [("500", "count", 500, None)]
