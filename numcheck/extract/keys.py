"""The alignment key of a claim: (thing, event, qualifiers, dimension), normalized.

Synonyms are resolved by the lexicon tables while reading (troops -> soldier,
died -> killed); this module adds the unit dimension, so a count never aligns with
a length, a currency or a year. Non-amount kinds (dates, years, identifiers,
ordinals, times) get their kind as dimension and no thing or event: they are keyed
but incomparable, and checkers skip them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from numcheck.claims import ClaimKey
from numcheck.quantity import Kind, Quantity

DimensionOf = Callable[[str | None, Kind], str]


def key_for(
    quantity: Quantity,
    thing: str | None,
    event: str | None,
    qualifiers: tuple[str, ...],
    incident: str | None = None,
) -> ClaimKey:
    dim = dimension(quantity)
    if not quantity.kind.is_comparable:
        return ClaimKey(None, None, (), dim)
    return ClaimKey(thing, event, tuple(sorted(set(qualifiers))), dim, incident)


def dimension(quantity: Quantity) -> str:
    """The parser's ``numcheck.units.dimension_of`` when present, else a fallback."""
    return _dimension(quantity.unit, quantity.kind)


@cache
def _dimension(unit: str | None, kind: Kind) -> str:
    of = _dimension_of()
    if of is not None:
        try:
            return str(of(unit, kind))
        except Exception:  # an unknown unit still gets a key
            pass
    return fallback_dimension(unit, kind)


def fallback_dimension(unit: str | None, kind: Kind) -> str:
    if not kind.is_comparable:
        return kind.value
    if kind is Kind.MONEY:
        return unit or "money"
    if kind is Kind.PERCENT:
        return "percent"
    if kind is Kind.PERCENTAGE_POINT:
        return "percentage_point"
    if kind in (Kind.MEASURE, Kind.DURATION):
        return unit or kind.value
    if kind is Kind.RATIO:
        return "ratio"
    return "count"


@cache
def _dimension_of() -> DimensionOf | None:
    try:
        from numcheck import units  # type: ignore[attr-defined, unused-ignore]
    except ImportError:
        return None
    found = getattr(units, "dimension_of", None)
    return found if callable(found) else None
