"""Two figures an order of magnitude apart by no slip of the pen are two figures.

A figure told wrong (restated in one article, or contradicted between two sources of one
claimant) is one figure with a slip: a digit changed ("1,340" for "1,840"), added or
dropped ("134" for "1,340"), two digits swapped ("1,520" for "1,250"), or a scale word
or point moved ("£1.2m" for "£1.2bn"). Consistent copy sets side by side figures that
share a key but not a referent: a town's toll and the region's, one day's arrests and
the running total, a subset and its population, a unit price and the whole bill. When
two such figures stand ten times or more apart and no single slip turns one into the
other's digits, the contradiction checkers (NC101, NC401) have paired two figures, not
one figure told twice, and withdraw. Below ten times apart a single changed digit can
reach any value ("14" and "74"), so nearer figures are judged as before.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from numcheck.claims import Claim
from numcheck.findings import Finding
from numcheck.quantity import Quantity

__all__ = ["APART", "digits", "far_apart", "neighbours_swapped", "one_slip", "without_two_figures"]

APART = 10.0  # an order of magnitude: no changed digit of the leading place reaches it


def digits(value: float) -> str:
    """A value's significant digits as written, without point, sign or the zeros that
    only place it: 1,340 -> "134", 0.0452 -> "452", 1.46bn -> "146". (decimal is read
    only here, when two figures are far apart: not at start-up.)"""
    from decimal import Decimal, InvalidOperation

    try:
        text = format(Decimal(repr(float(value))).normalize(), "f")
    except (InvalidOperation, ValueError):
        return ""
    return text.replace(".", "").replace("-", "").strip("0")


def one_slip(x: str, y: str) -> bool:
    """Whether one slip turns digits ``x`` into ``y``: the same digits (a scale word or a
    point moved), the same digits in another order, one digit changed, added or
    dropped."""
    if sorted(x) == sorted(y):
        return True
    if len(x) == len(y):
        return sum(a != b for a, b in zip(x, y, strict=True)) == 1
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    if len(long_) != len(short) + 1:
        return False
    k = next((i for i, (a, b) in enumerate(zip(short, long_, strict=False)) if a != b),
             len(short))
    return long_[:k] + long_[k + 1 :] == short


def neighbours_swapped(x: str, y: str) -> bool:
    """Whether digits ``y`` are ``x`` with two neighbouring digits swapped in place
    ("427"/"472", "1250"/"1520"): the copying slip that keeps every digit, read the same
    way within one article (_restate_definite) and between two (drift/slipped.py)."""
    if len(x) != len(y):
        return False
    places = [i for i, (a, b) in enumerate(zip(x, y, strict=True)) if a != b]
    return (len(places) == 2 and places[1] == places[0] + 1
            and x[places[0]] == y[places[1]] and x[places[1]] == y[places[0]])


def far_apart(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities of one unit are ten times apart or more and no single slip
    turns one's digits into the other's: two figures, not one misstated."""
    x, y = a.value, b.value
    if x is None or y is None or a.unit != b.unit:
        return False
    x, y = abs(x), abs(y)
    if not (math.isfinite(x) and math.isfinite(y)) or min(x, y) <= 0:
        return False
    if max(x, y) < APART * min(x, y):
        return False
    dx, dy = digits(x), digits(y)
    return bool(dx and dy) and not one_slip(dx, dy)


def without_two_figures(
    findings: list[Finding], claims: Sequence[Claim], rules: frozenset[str]
) -> list[Finding]:
    """The findings less a contradiction (a rule of ``rules``, one related figure) whose
    two figures are ``far_apart``; the figures are found by their start, one dict
    lookup each."""
    at = {c.location.start: c for c in claims}
    out = []
    for f in findings:
        if f.rule in rules and len(f.related) == 1:
            a, b = at.get(f.location.start), at.get(f.related[0].start)
            if a is not None and b is not None and far_apart(a.quantity, b.quantity):
                continue
        out.append(f)
    return out
