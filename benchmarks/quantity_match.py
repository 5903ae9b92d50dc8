"""Shared by the accuracy benchmarks: read a parser's quantity, match spans, judge units.

`phrasings.py` and `accuracy.py` score a parser against gold spans the same way: a
prediction is read through :func:`view` (so a Quantity that lacks a field the gold has,
such as ``noun``, is reported as missing, not a crash), predictions and gold are paired
one-to-one by character overlap (:func:`match`, greedy, largest overlap first, as CQE
does), and units are compared with a *stock* ``pint.UnitRegistry()`` (:class:`Units`),
not numcheck's own registry, so a unit name only numcheck understands counts as wrong.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

MISSING = "n/a"  # a field the parser's Quantity does not have (yet)
NOT_AMOUNT_KINDS = frozenset({"date", "year", "time", "identifier"})


@dataclass(frozen=True)
class Pred:
    """What a parser said about one span, with missing fields as MISSING."""

    text: str
    start: int
    end: int
    kind: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    bound: str
    change: str | None
    noun: Any  # a str, None, or MISSING when the parser has no such field


def _str(x: Any) -> str | None:
    if x is None:
        return None
    return str(getattr(x, "value", x))


def view(q: Any) -> Pred:
    """Read a numcheck Quantity (or anything shaped like one) defensively."""
    text = str(getattr(q, "text", ""))
    start = int(getattr(q, "start", 0))
    end = int(getattr(q, "end", start + len(text)))
    bound = _str(getattr(q, "bound", None)) or "exact"
    low, high = getattr(q, "low", None), getattr(q, "high", None)
    if bound == "range" and (low is None or high is None):
        hard = getattr(q, "hard", None)
        lo, hi = getattr(hard, "low", None), getattr(hard, "high", None)
        if lo is not None and hi is not None:
            low = lo if math.isfinite(lo) else None
            high = hi if math.isfinite(hi) else None
    value = getattr(q, "value", None)
    return Pred(
        text=text,
        start=start,
        end=end,
        kind=_str(getattr(q, "kind", None)) or "count",
        value=None if value is None else float(value),
        low=None if low is None else float(low),
        high=None if high is None else float(high),
        unit=getattr(q, "unit", None),
        bound=bound,
        change=_str(getattr(q, "change", None)),
        noun=getattr(q, "noun", MISSING),
    )


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


Span = tuple[int, int]


def match(gold: Sequence[Span], pred: Sequence[Span]) -> list[Span]:
    """One-to-one (gold index, pred index) pairs, greedy by overlap size."""
    pairs = [
        (overlap(g, p), -abs(g[0] - p[0]), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if overlap(g, p) > 0
    ]
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return sorted(out)


def same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return a == b or math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


class Units:
    """Unit equality judged by a stock pint registry, cached."""

    def __init__(self) -> None:
        import pint

        self._ureg = pint.UnitRegistry()
        self._cache: dict[tuple[str, str], bool] = {}

    def parses(self, unit: str) -> bool:
        try:
            self._ureg.parse_units(unit)
        except Exception:
            return False
        return True

    def same(self, pred: str | None, gold: str | None) -> bool:
        """Equal names, or pint converts one into the other with factor 1."""
        if pred is None or gold is None:
            return pred is gold
        if pred == gold:
            return gold == "percentage_point" or gold.isupper() or self.parses(gold)
        if gold.isupper() or gold == "percentage_point":
            return False  # ISO 4217 codes and percentage points compare as strings
        key = (pred, gold)
        if key not in self._cache:
            self._cache[key] = self._convertible(pred, gold)
        return self._cache[key]

    def _convertible(self, pred: str, gold: str) -> bool:
        try:
            factor = self._ureg.Quantity(1.0, pred).to(gold).magnitude
        except Exception:
            return False
        return math.isclose(float(factor), 1.0, rel_tol=1e-9)


__all__ = [
    "MISSING", "NOT_AMOUNT_KINDS", "Pred", "Units", "match", "overlap", "same_number", "view",
]  # fmt: skip
