"""A change converts by its unit's factor alone.

Celsius and Fahrenheit differ by a factor and an offset: a level of 34C is 93.2F, but a
rise of 1.4C is a rise of 2.5F, not 34.5F. Two sources telling one change in the two
scales agree; converting the change with the offset made them contradict (NC401).
"""

from __future__ import annotations

from numcheck.claims import Claim


def converts(claim: Claim, convert: tuple[float, float] | None) -> tuple[float, float] | None:
    """The (factor, offset) that takes ``claim`` to its block's unit: without the offset
    when the figure is a change ("up 1.4C", "warmer by 2.5F"), a difference of two levels."""
    if convert is None or not convert[1]:
        return convert
    if claim.is_change or claim.quantity.change is not None:
        return (convert[0], 0.0)
    return convert
