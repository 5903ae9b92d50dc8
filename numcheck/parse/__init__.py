"""Text -> Quantity[]: numerals, scale words, hedges, ranges, units and kinds."""

from __future__ import annotations

from numcheck.quantity import Quantity


def parse(text: str) -> list[Quantity]:
    """Every numeric phrase in ``text``, in order, with exact offsets.

    Never raises on any ``str`` input. (Placeholder until the parser lands.)
    """
    return []


__all__ = ["parse"]
