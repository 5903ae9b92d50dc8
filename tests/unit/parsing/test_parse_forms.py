"""Number forms (issue #9, part 5) and powers of units."""

from __future__ import annotations

import pytest

from numcheck import parse
from numcheck.quantity import Kind


@pytest.mark.parametrize(
    ("text", "value"),
    [("3e6 cells", 3e6), ("2.48×10−5 seconds", 2.48e-5), ("6.02 x 10^23 atoms", 6.02e23),
     ("a .45 calibre", 0.45), ("45 hundred jobs", 4500), ("1.75 k stars", 1750),
     ("a pair of craft", 2), ("fell to nil", 0), ("nought", 0), ("one sixth of", 1 / 6),
     ("£2.174T", 2.174e12), ("two and three quarters", 2.75), ("the 21st", 21),
     ("sixty-second", 62), ("a half million", 500_000)],
)
def test_number_forms(text: str, value: float) -> None:
    qs = parse(text)
    assert qs, text
    assert qs[0].value == pytest.approx(value)


def test_ordinals_have_kind_and_value() -> None:
    (q,) = parse("on the 21st day")
    assert (q.kind, q.value) == (Kind.ORDINAL, 21)


def test_a_count_and_a_year_are_no_ratio() -> None:
    assert [q.text for q in parse("2 in 1979")] == ["2", "1979"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [("4km^3", "kilometer ** 3"), ("4 km squared", "kilometer ** 2"),
     ("4 cubic kilometers", "kilometer ** 3"), ("30m² flat", "meter ** 2"),
     ("8- to 16-meter", "meter")],
)
def test_powers_and_suspended_hyphens(text: str, unit: str) -> None:
    (q,) = parse(text)
    assert q.unit == unit


@pytest.mark.parametrize("text", ["the 5e proposal", "a 3b plan", "4c"])
def test_glued_letters_are_not_units(text: str) -> None:
    assert all(q.unit is None for q in parse(text))
