"""Units: dimensions and conversions from the lexicon data, pint as the fallback.

``dimension_of`` and ``same_dimension`` answer from numcheck/lexicon/units.toml and
currencies.toml, and ``convert`` uses the linear factors (and temperature offsets)
in units.toml, all without importing pint: pint with its registry costs ~0.6 s,
which ``numcheck parse`` and ``numcheck check`` must not pay. Units not in the
table (and the registry itself) load pint on first use, with numcheck's news
additions from numcheck/lexicon/pint_news.txt: currencies as separate dimensions,
percentage_point, decade_of_years and a few area/volume names. A test checks every
factor in the table against pint, which stays the authority.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from functools import cache
from typing import Any

from numcheck.interval import Interval
from numcheck.lexicon import load_section
from numcheck.quantity import Kind

COUNT = "count"
_LOCK = threading.Lock()


@cache
def _generated() -> Mapping[str, list[Any]]:
    """pint's registry as generated at build time (numcheck/unit_table.py): no pint import."""
    from numcheck.unit_table import shared

    units: Mapping[str, list[Any]] = shared()["units"]
    return units


@cache
def unit_dimensions() -> Mapping[str, str]:
    """Canonical unit name -> dimension string, from units.toml and pint's table."""
    table = load_section("units").get("units", {})
    out = {name: str(spec[0]) for name, spec in _generated().items()}
    out.update({name: str(spec.get("dimension", "")) for name, spec in table.items()})
    return out


@cache
def unit_factors() -> Mapping[str, tuple[str, float, float]]:
    """Canonical unit -> (dimension, factor, offset) to the dimension's reference unit."""
    table = load_section("units").get("units", {})
    out: dict[str, tuple[str, float, float]] = {
        name: (_pint_dim(str(d)), float(f), float(o)) for name, (d, f, o) in _generated().items()
    }
    for name, spec in table.items():
        if "factor" in spec:
            dim = _pint_dim(str(spec.get("dimension", "")))
            out[name] = (dim, float(spec["factor"]), float(spec.get("offset", 0.0)))
    return out


@cache
def currency_codes() -> frozenset[str]:
    """Every ISO 4217 code in currencies.toml (its sections; "_reading" holds rules)."""
    return frozenset(k for k in load_section("currencies") if not k.startswith("_"))


def dimension_of(unit: str | None, kind: Kind) -> str:
    """What a quantity measures, comparable with ``==`` and without pint.

    "count" for counts, the ISO code for money ("USD"), "percent", "percentage_point",
    "ratio" ("about a quarter", "twice": a share or multiple, never a count of
    things), or a pint dimension such as "[length]", "[speed]", "[time]".
    Dates, years, times, ordinals and identifiers answer their kind name, so they
    never share a dimension with an amount.
    """
    if kind is Kind.MONEY:
        return unit or "money"
    if kind in (Kind.PERCENT, Kind.PERCENTAGE_POINT, Kind.RATIO):
        return kind.value
    if kind in (Kind.DATE, Kind.YEAR, Kind.TIME, Kind.ORDINAL, Kind.IDENTIFIER):
        return kind.value
    if unit is None:
        return COUNT
    if unit in currency_codes():
        return unit
    dim = unit_dimensions().get(unit)
    if dim:
        return dim
    rate = _rate(unit)
    if rate is not None:
        return rate[0]
    if kind is Kind.DURATION:
        return "[time]"
    return f"unit:{unit}"


def registry() -> Any:
    """numcheck's pint UnitRegistry (pint imported on first call, then cached)."""
    with _LOCK:
        return _registry()


@cache
def _registry() -> Any:
    from importlib import resources  # its import costs a cold start ~5 ms (tempfile...)

    import pint

    ureg: Any = pint.UnitRegistry(on_redefinition="ignore")
    for code in sorted(currency_codes()):
        ureg.define(f"{code} = [currency_{code}]")
    defs = resources.files("numcheck.lexicon").joinpath("pint_news.txt")
    with resources.as_file(defs) as path:
        ureg.load_definitions(str(path))
    return ureg


def same_dimension(a: str | None, b: str | None) -> bool:
    """Whether two unit names measure the same thing (dollars never match euros)."""
    if a == b:
        return True
    if a is None or b is None:
        return False
    dims = unit_dimensions()
    codes = currency_codes()
    if a in codes or b in codes:
        return False
    if a in dims and b in dims:
        return _pint_dim(dims[a]) == _pint_dim(dims[b])
    da = _pint_dim(dims[a]) if a in dims else (_rate(a) or ("",))[0]
    db = _pint_dim(dims[b]) if b in dims else (_rate(b) or ("",))[0]
    if da and db:
        return da == db
    try:
        ureg = registry()
        return bool(ureg.get_dimensionality(a) == ureg.get_dimensionality(b))
    except Exception:
        return False


def _pint_dim(dim: str) -> str:
    return {"[velocity]": "[speed]", "[length] / [time]": "[speed]"}.get(dim, dim)


def _rate(unit: str) -> tuple[str, float, float] | None:
    """(dimension, factor, 0) of a parsed rate "oil_barrel / day" from the table, or None.

    The parser writes a measure followed by "a day"/"per hour" as "UNIT / TIME_UNIT";
    both names are in units.toml, so rates compare and convert without pint.
    """
    top, sep, bottom = unit.partition(" / ")
    if not sep or " / " in bottom:
        return None
    factors = unit_factors()
    a, b = factors.get(top), factors.get(bottom)
    if a is None or b is None or a[2] or b[2] or b[0] != "[time]":
        return None
    return _pint_dim(f"{a[0]} / {b[0]}"), a[1] / b[1], 0.0


def convert(interval: Interval, from_unit: str, to_unit: str) -> Interval:
    """``interval`` in ``from_unit`` expressed in ``to_unit`` (affine: degC -> degF).

    Raises ValueError when the units cannot convert (different dimensions,
    different currencies, unknown names).
    """
    if from_unit == to_unit:
        return interval
    factors = unit_factors()
    a = factors.get(from_unit) or _rate(from_unit)
    b = factors.get(to_unit) or _rate(to_unit)
    if a is not None and b is not None:
        if a[0] != b[0]:
            raise ValueError(f"cannot convert {from_unit!r} to {to_unit!r}: {a[0]} vs {b[0]}")
        return interval.scaled(a[1] / b[1], (a[2] - b[2]) / b[1])
    codes = currency_codes()
    if from_unit in codes or to_unit in codes:  # a currency converts only to itself
        raise ValueError(f"cannot convert {from_unit!r} to {to_unit!r}: currencies differ")
    ureg = registry()
    try:
        zero = float(ureg.Quantity(0.0, from_unit).to(to_unit).magnitude)
        one = float(ureg.Quantity(1.0, from_unit).to(to_unit).magnitude)
    except Exception as exc:
        raise ValueError(f"cannot convert {from_unit!r} to {to_unit!r}: {exc}") from None
    return interval.scaled(one - zero, zero)


__all__ = ["convert", "currency_codes", "dimension_of", "registry", "same_dimension"]
