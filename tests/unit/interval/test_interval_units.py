"""The unit data agrees with pint; dimensions need no pint; currencies never convert."""

from __future__ import annotations

import subprocess
import sys

import pytest

from numcheck.interval import Interval
from numcheck.lexicon import load_section
from numcheck.quantity import Kind
from numcheck.units import convert, dimension_of, registry, same_dimension


@pytest.mark.parametrize("name", sorted(load_section("units")["units"]))
def test_every_canonical_unit_exists_with_its_dimension(name: str) -> None:
    ureg = registry()
    declared = load_section("units")["units"][name]["dimension"]
    assert ureg.get_dimensionality(name) == ureg.get_dimensionality(declared)


def test_dimension_of_without_pint() -> None:
    code = (
        "import sys, numcheck\n"
        "from numcheck.units import dimension_of\n"
        "from numcheck.quantity import Kind\n"
        "numcheck.parse('a roughly 40-mile convoy and $5 million')\n"
        "assert dimension_of('mile', Kind.MEASURE) == '[length]'\n"
        "assert 'pint' not in sys.modules, 'pint imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    ("unit", "kind", "dim"),
    [(None, Kind.COUNT, "count"), ("USD", Kind.MONEY, "USD"), ("percent", Kind.PERCENT, "percent"),
     ("percentage_point", Kind.PERCENTAGE_POINT, "percentage_point"),
     ("kilometer / hour", Kind.MEASURE, "[speed]"), ("day", Kind.DURATION, "[time]"),
     (None, Kind.YEAR, "year")],
)
def test_dimension_of(unit: str | None, kind: Kind, dim: str) -> None:
    assert dimension_of(unit, kind) == dim


def test_currencies_are_separate_dimensions() -> None:
    assert not same_dimension("USD", "EUR")
    assert same_dimension("mile", "kilometer")
    with pytest.raises(ValueError, match="cannot convert"):
        convert(Interval(1, 2), "USD", "EUR")
    assert convert(Interval(2, 2), "USD", "USD") == Interval(2, 2)


def test_percentage_point_is_not_percent() -> None:
    with pytest.raises(ValueError, match="cannot convert"):
        convert(Interval(1, 2), "percentage_point", "percent")
