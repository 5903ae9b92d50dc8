"""A glued "m" the parser read as million that a conversion shows to be metres.

"20m" is twenty million in most copy ("£20m", "20m viewers"), so the parser reads it
so; but written in parentheses after a length ("flames 30ft (20m) high") it converts
that length, and only metres make sense of it.
"""

from __future__ import annotations

import dataclasses

from numcheck.claims import Claim
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind, Quantity
from numcheck.units import dimension_of

_GLUED_M = lazy_compile(r"\d[\d,]*(?:\.\d+)?m")
_MILLION = 1e6


def as_metres(stated: Claim, restated: Claim) -> Quantity | None:
    """``restated`` read as metres when it is a glued "Nm" after a length, else None."""
    a, b = stated.quantity, restated.quantity
    if (
        a.kind is not Kind.MEASURE
        or dimension_of(a.unit, a.kind) != "[length]"
        or b.kind is not Kind.COUNT
        or b.value is None
        or not _GLUED_M.fullmatch(b.text)
    ):
        return None
    scale = 1 / _MILLION
    return dataclasses.replace(
        b,
        value=b.value * scale,
        hard=b.hard.scaled(scale),
        soft=b.soft.scaled(scale),
        kind=Kind.MEASURE,
        unit="meter",
        granularity=(b.granularity or _MILLION) * scale,
    )


__all__ = ["as_metres"]
