"""The alignment key of a claim: (thing, event, qualifiers, dimension), normalized.

Synonyms are resolved by the lexicon tables while reading (troops -> soldier,
died -> killed); this module adds the unit dimension, so a count never aligns with
a length, a currency or a year. Non-amount kinds (dates, years, identifiers,
ordinals, times) get their kind as dimension and no thing or event: they are keyed
but incomparable, and checkers skip them.
"""

from __future__ import annotations

from functools import cache

from numcheck.claims import ClaimKey
from numcheck.quantity import Kind, Quantity
from numcheck.units import dimension_of

__all__ = ["dimension", "key_for"]


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
    """What a claim measures: ``numcheck.units.dimension_of`` (the project's one notion
    of a claim's dimension; the test kit's builders use it too)."""
    return _dimension(quantity.unit, quantity.kind)


@cache
def _dimension(unit: str | None, kind: Kind) -> str:
    return dimension_of(unit, kind)
