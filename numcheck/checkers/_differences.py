"""A temperature told as a difference converts by the scale's factor alone.

"Up 1.4C (2.5F)", "2C (3.6F) warmer than average", "1.5C (2.7F) of warming": 1.4C is
34.5F as a reading and 2.5F as a rise, and climate and weather copy gives both. A pair is
a difference on evidence only: the parser read the first figure as a change ("up",
"rose by", "a rise of"), or words of ``[conversion]`` in checkers.toml stand right
before it (``difference_before``: "warmed by", "a swing of") or right after the pair
(``difference_after``: "warmer", "above normal", "of warming"). Without such words a
temperature is a reading, so "30C (54F)", the offset forgotten, is still wrong.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from numcheck.checkers._compare import before, squash, words
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.units import unit_factors

__all__ = ["DifferenceCues", "as_difference"]

_TEMPERATURE = "[temperature]"
_CLOSERS = ")]"


class DifferenceCues:
    """The ``[conversion]`` words that make a temperature pair a difference."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self.before = words(table.get("difference_before", ()))
        self.after = words(table.get("difference_after", ()))

    def marks(self, document: Document, stated: Claim, restated: Claim) -> bool:
        """Whether the words around the pair tell a difference."""
        lead = before(document, stated, 40)
        if any(lead == w or lead.endswith(" " + w) for w in self.before):
            return True
        end = restated.location.end
        # right after the pair, no comma between: "20C (68F), warmer than usual" is a reading
        tail = squash(document.prose[end : end + 40]).lstrip(_CLOSERS + " ")
        return any(tail == w or tail.startswith((w + " ", w + ",", w + ".")) for w in self.after)


def as_difference(
    document: Document, stated: Claim, restated: Claim, cues: DifferenceCues
) -> bool:
    """Whether a temperature pair converts as a difference (by the factor, no offset)."""
    units = unit_factors()
    for claim in (stated, restated):
        unit = claim.quantity.unit
        if not unit or units.get(unit, ("", 0.0, 0.0))[0] != _TEMPERATURE:
            return False
    if stated.quantity.change or restated.quantity.change:
        return True
    return cues.marks(document, stated, restated)
