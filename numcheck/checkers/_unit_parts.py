"""A part told in another unit than its whole (NC201, NC202), and a change's two levels
told in two units (NC206).

"Police seized about 2 tonnes of cocaine, 1,500 pounds of it hidden in bananas": the
part is 0.68 tonnes, not 1,500 of the whole's units. A part and its whole that are both
measures (or durations) in units of one dimension are compared in the whole's unit;
units that do not convert (another dimension, an unknown name) are read as written, as
before. numcheck.units converts from its own table and imports pint only for others.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from numcheck.checkers._arith import arith
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.interval import Interval
from numcheck.quantity import Kind

__all__ = ["in_whole_unit", "read_alike", "same_unit"]

_MEASURED = (Kind.MEASURE, Kind.DURATION)


def in_whole_unit(part: Claim, whole: Claim) -> Interval:
    """``part``'s arithmetic interval in ``whole``'s unit, when both are measures in
    units that convert; else as written."""
    span = arith(part.quantity)
    p, w = part.quantity, whole.quantity
    if p.kind not in _MEASURED or w.kind not in _MEASURED:
        return span
    if not p.unit or not w.unit or p.unit == w.unit:
        return span
    from numcheck.units import convert

    try:
        return convert(span, p.unit, w.unit)
    except ValueError:
        return span


def same_unit(old: Claim, new: Claim) -> tuple[Claim, Claim]:
    """A change's two levels with the new one in the old one's unit, when both are
    measures in units that convert: "fell from 1.2 kilometres to 900 metres" is a fall,
    "from 2 hours to 95 minutes" too; else both as written."""
    p, w = new.quantity, old.quantity
    if p.kind not in _MEASURED or w.kind not in _MEASURED:
        return old, new
    if not p.unit or not w.unit or p.unit == w.unit or p.value is None:
        return old, new
    if old.key.dimension == "[temperature]":
        return old, new  # affine scales, and a change in "degrees" is in the levels' own
    from numcheck.units import convert

    try:
        hard, soft = convert(p.hard, p.unit, w.unit), convert(p.soft, p.unit, w.unit)
        value = convert(Interval.point(p.value), p.unit, w.unit).low
    except ValueError:
        return old, new
    moved = dataclasses.replace(p, value=value, hard=hard, soft=soft, unit=w.unit)
    return old, dataclasses.replace(new, quantity=moved)


def read_alike(
    check: Callable[..., Finding | None],
    document: Document,
    old: Claim,
    new: Claim,
    *rest: object,
) -> Finding | None:
    """``check`` of a change's levels as written, then, when it finds something, of the
    levels read at one scale and unit ("from 1.8 to 2.4 million", ``_elided_scale``;
    "from 2 hours to 95 minutes", ``same_unit``): the reading withdraws a finding of
    the figures as written and words it, never adds one."""
    found = check(document, old, new, *rest)
    if found is None:
        return None
    from numcheck.checkers._elided_scale import level_pair

    moved = same_unit(*level_pair(old, new))
    if moved[0] is old and moved[1] is new:
        return found
    return check(document, *moved, *rest)
