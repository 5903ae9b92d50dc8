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


# -- conversions from the data table (no pint on the hot path) --------------------------
FACTORS = dict(load_section("units")["units"])


@pytest.mark.parametrize("name", sorted(FACTORS))
def test_every_factor_agrees_with_pint(name: str) -> None:
    """pint is the authority: factor and offset take the unit to the reference unit."""
    spec = FACTORS[name]
    assert "factor" in spec, f"{name} has no factor in units.toml"
    ureg = registry()
    reference = {
        "[length]": "meter", "[area]": "meter ** 2", "[mass]": "kilogram",
        "[volume]": "meter ** 3", "[power]": "watt", "[energy]": "joule",
        "[temperature]": "kelvin", "[speed]": "meter / second", "[time]": "second",
        "[volume] / [time]": "meter ** 3 / second",
    }[spec["dimension"]]
    for x in (0.0, 1.0, 37.5, -40.0):
        expected = float(ureg.Quantity(x, name).to(reference).magnitude)
        got = x * spec["factor"] + spec.get("offset", 0.0)
        assert got == pytest.approx(expected, rel=1e-12, abs=1e-9)


@pytest.mark.parametrize(
    ("a", "b"),
    [("mile", "kilometer"), ("kilometer", "mile"), ("degree_Celsius", "degree_Fahrenheit"),
     ("degree_Fahrenheit", "degree_Celsius"), ("acre", "hectare"), ("mile / hour", "knot"),
     ("week", "day"), ("decade_of_years", "year"), ("oil_barrel", "gallon"),
     ("terawatt_hour", "megawatt_hour"), ("square_mile", "kilometer ** 2")],
)
def test_table_conversion_matches_pint(a: str, b: str) -> None:
    iv = Interval(-3.5, 120.25, False, True)
    got = convert(iv, a, b)
    ureg = registry()
    low = float(ureg.Quantity(iv.low, a).to(b).magnitude)
    high = float(ureg.Quantity(iv.high, a).to(b).magnitude)
    assert (got.low, got.high) == (pytest.approx(low, rel=1e-12), pytest.approx(high, rel=1e-12))
    assert (got.low_closed, got.high_closed) == (False, True)
    back = convert(got, b, a)
    assert (back.low, back.high) == (pytest.approx(iv.low), pytest.approx(iv.high))


def test_table_conversions_need_no_pint() -> None:
    code = (
        "import sys\n"
        "from numcheck.interval import Interval\n"
        "from numcheck.units import convert, same_dimension\n"
        "assert abs(convert(Interval.point(40), 'mile', 'kilometer').low - 64.37376) < 1e-9\n"
        "assert abs(convert(Interval.point(100), 'degree_Celsius', 'degree_Fahrenheit').low"
        " - 212) < 1e-9\n"
        "assert same_dimension('mile', 'kilometer') and not same_dimension('mile', 'hour')\n"
        "for a, b in (('mile', 'hour'), ('USD', 'EUR'), ('USD', 'mile')):\n"
        "    try:\n"
        "        convert(Interval.point(1), a, b)\n"
        "    except ValueError:\n"
        "        pass\n"
        "    else:\n"
        "        raise AssertionError((a, b))\n"
        "assert 'pint' not in sys.modules, 'pint imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_units_outside_the_table_still_convert_through_pint() -> None:
    got = convert(Interval.point(1.0), "light_year", "kilometer")
    assert got.low == pytest.approx(9.4607e12, rel=1e-4)
