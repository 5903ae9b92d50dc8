"""A figure the parser read one way that a conversion shows to be a measure.

"20m" is twenty million in most copy ("£20m", "20m viewers"), so the parser reads it
so; but written in parentheses after a length ("flames 30ft (20m) high") it converts
that length, and only metres make sense of it. Likewise "250 million pounds" is sterling
in most copy, but right after a mass ("50,000 tonnes (110 million pounds) of copper") it
restates that mass, and only the pound weight makes sense of it.
"""

from __future__ import annotations

import dataclasses
import re

from numcheck.claims import Claim
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind, Quantity
from numcheck.units import dimension_of

_GLUED_M = lazy_compile(r"\d[\d,]*(?:\.\d+)?m")
_POUNDS_WORD = lazy_compile(r"\bpounds?\b", re.IGNORECASE)
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


def as_pounds(stated: Claim, restated: Claim) -> Quantity | None:
    """``restated`` read as pounds weight when it is money written with the word
    "pounds" (no "£" mark) right after a mass, else None."""
    a, b = stated.quantity, restated.quantity
    if (
        a.kind is not Kind.MEASURE
        or dimension_of(a.unit, a.kind) != "[mass]"
        or b.kind is not Kind.MONEY
        or b.value is None
        or "£" in b.text
        or not _POUNDS_WORD.search(b.text)
    ):
        return None
    return dataclasses.replace(b, kind=Kind.MEASURE, unit="pound")


def as_measured(stated: Claim, restated: Claim) -> Quantity | None:
    """``restated`` reread as the measure a conversion of ``stated`` shows it is
    (metres for a glued "m", pounds weight for "pounds"), else None."""
    return as_metres(stated, restated) or as_pounds(stated, restated)


__all__ = ["as_measured", "as_metres", "as_pounds"]
