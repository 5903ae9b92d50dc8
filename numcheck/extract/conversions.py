"""A figure set beside another of its dimension in another unit restates it: "gusts of up
to 230 km/h (143 mph)", "jailed for 42 months - three and a half years -", "60 km (37
miles) north of the town", "a 15-kilometre (9-mile) buffer zone", "€96 million, or about
£82 million". The two are one amount, so they name one thing.

The slot is grammatical, not lexical: two amounts of one dimension (``ClaimKey.dimension``)
written in two units, the second right after the first behind a conversion mark (an
opening bracket, a dash, ", or", "or") and hedges, and their values within a factor of
two of each other once converted (a conversion, even a wrong one, is never further off;
two currencies, which never convert, are taken on the grammar alone). Whichever of the
two names nothing takes the other's key and measure: the converted figure of a named
amount ("230 km/h (143 mph)" -> both gusts) and the amount whose name follows its
conversion ("about 300 mm (12 inches) of rain", read by the second). An old level, a
change, or a part is left alone: its conversion is no figure of the story's own.

Read once over the article's claims in order, each with the amount before it: linear.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from numcheck.claims import Claim, Scope
from numcheck.extract.ends import unnamed
from numcheck.interval import Interval
from numcheck.quantity import Kind, Level
from numcheck.units import convert

__all__ = ["name_conversions"]

# amounts with a unit that another unit restates (counts and shares have none)
_CONVERTIBLE = frozenset({Kind.MEASURE, Kind.DURATION, Kind.MONEY})
_HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|approximately|just|over|under|" \
         r"more\s+than|less\s+than|up\s+to|close\s+to|or)\s+)*"
# the mark between an amount and its conversion: "(", "[", " — ", " - ", ", or ", " or "
_MARK = re.compile(rf"(?:\s*[(\[]\s*|\s*[—–]\s*|[ \t]+-[ \t]+|,[ \t]*or[ \t]+|[ \t]+or[ \t]+)"
                   rf"{_HEDGE}", re.IGNORECASE)
_FACTOR = 2.0  # a conversion is never further off than this, even a wrong one


def name_conversions(text: str, claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with the unnamed one of each amount and its conversion named by the
    other."""
    out = list(claims)
    for n in range(1, len(out)):
        a, b = out[n - 1], out[n]
        if unnamed(a) == unnamed(b) or not _converts(text, a, b):
            continue
        named, bare = (b, a) if unnamed(a) else (a, b)
        key = dataclasses.replace(named.key, dimension=bare.key.dimension)
        out[n if bare is b else n - 1] = dataclasses.replace(
            bare, key=key, measure=named.measure)
    return out


def _converts(text: str, a: Claim, b: Claim) -> bool:
    """Whether ``b`` restates ``a`` in another unit of its dimension, right after it."""
    qa, qb = a.quantity, b.quantity
    if (qa.kind not in _CONVERTIBLE or qb.kind is not qa.kind or not qa.unit or not qb.unit
            or qa.unit == qb.unit or a.key.dimension != b.key.dimension
            or qa.end > qb.start or Scope.BOILERPLATE in (a.scope, b.scope)):
        return False
    for c in (a, b):
        q = c.quantity
        if q.level is Level.OLD or q.change is not None or c.is_change or c.part_of is not None:
            return False
    if _MARK.fullmatch(text, qa.end, qb.start) is None:
        return False
    return qa.kind is Kind.MONEY or _near(a, b)


def _near(a: Claim, b: Claim) -> bool:
    """Whether the two values, in one unit, are within ``_FACTOR`` of each other."""
    qa, qb = a.quantity, b.quantity
    if qa.value is None or qb.value is None or not qa.unit or not qb.unit:
        return False
    try:
        x = convert(Interval.point(float(qa.value)), qa.unit, qb.unit).low
    except ValueError:
        return False
    lo, hi = sorted((abs(x), abs(float(qb.value))))
    return lo > 0 and hi / lo <= _FACTOR
