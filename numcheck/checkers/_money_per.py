"""A price per one unit restated per another ("$4 a gallon, or $1.06 a litre", "£3.40 a
kilo ($1.54 a pound)"): the two figures are the same money over two units, so the second
is the first times the size of its unit in the first one's.

The parser reads "$4" as money and leaves "a gallon" as words, so the pair holds two
figures of one currency that ``_relations`` never pairs as a conversion (one currency
converts into nothing). What makes it a conversion is the per-unit after each figure:
two units of one dimension, told in the words of a conversion between them (a bracket,
", or", a dash). The units are read by the public parser ("1 gallon"), so every unit it
knows is one here; a per-unit it does not know ("a ride", "a head") makes no pair.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from numcheck.checkers._arith import compared_hard, convert
from numcheck.checkers._compare import sentence_of
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

__all__ = ["PerPrice", "per_prices", "per_unit_after"]

# "a gallon", "per litre", "an acre", "a square metre": an article or "per" and one or two
# words, the per-unit of the figure it follows
_PER = lazy_compile(
    r"[ \t\u00a0]+(?:a|an|per)[ \t\u00a0]+([^\W\d_]+(?:[ \t\u00a0][^\W\d_]+)?)",
    re.IGNORECASE,
)
_HEDGE = r"(?:about|roughly|around|some|nearly|almost|just\s+over|just\s+under)"
# what stands between the first figure's per-unit and the second figure
_LINK = lazy_compile(
    rf"^\s*(?:\(\s*(?:{_HEDGE}\s+)?|,\s*or\s+(?:{_HEDGE}\s+)?|[\u2014\u2013]\s*(?:{_HEDGE}\s+)?)$",
    re.IGNORECASE,
)


class PerPrice(NamedTuple):
    """A stated price and its restatement per another unit, with the factor from the
    restated unit to the stated one (a litre is 0.264 gallons)."""

    stated: Claim
    restated: Claim
    factor: float
    per: str  # the stated figure's per-unit as written ("a gallon")
    other: str  # the restated one's ("a litre")

    def expected(self) -> float:
        """The restated figure the stated one gives."""
        return (self.stated.quantity.value or 0.0) * self.factor

    def misses(self, slack: float) -> bool:
        """The restated figure is beyond its rounding (and ``slack``, a share) of the
        expected one."""
        value = self.expected()
        allowed = compared_hard(self.restated.quantity)
        return not (allowed.low - slack * abs(value) <= value <= allowed.high + slack * abs(value))


def _unit(word: str) -> str | None:
    """The unit a per-unit's words name ("gallon" -> "gallon"), by the public parser;
    the longest reading of one or two words."""
    from numcheck import parse as parse_text

    for words in (word, word.split()[0]):
        found = parse_text(f"1 {words}")
        if len(found) == 1 and found[0].kind is Kind.MEASURE and found[0].unit:
            return found[0].unit
    return None


def per_unit_after(document: Document, claim: Claim) -> tuple[str, int, str] | None:
    """The unit after a figure ("$4 a gallon", "3.6 tons an acre") the parser left as
    words, where its words end, and the words."""
    m = _PER.match(document.prose, claim.location.end)
    if m is None:
        return None
    unit = _unit(m.group(1))
    if unit is None:
        return None
    two = " " in m.group(1).strip() and _unit(m.group(1).split()[0]) == unit
    end = m.end() if not two else m.start(1) + len(m.group(1).split()[0])
    return unit, end, " ".join(document.prose[m.start() : end].split())


def per_prices(document: Document, claims: Sequence[Claim]) -> list[PerPrice]:
    """Each money figure per a unit restated right after it, in the same currency, per
    another unit of the same dimension."""
    monies = sorted((c for c in claims if c.quantity.kind is Kind.MONEY),
                    key=lambda c: c.location.start)
    out: list[PerPrice] = []
    for a, b in pairwise(monies):
        qa, qb = a.quantity, b.quantity
        if qa.value is None or qb.value is None or not qa.unit or qa.unit != qb.unit:
            continue
        if sentence_of(document, a) != sentence_of(document, b):
            continue
        first, second = per_unit_after(document, a), per_unit_after(document, b)
        if first is None or second is None or first[0] == second[0]:
            continue
        if _LINK.match(document.prose[first[1] : b.location.start]) is None:
            continue
        factor = convert(1.0, second[0], first[0])  # one restated unit in stated units
        if factor is None or factor <= 0:
            continue
        out.append(PerPrice(a, b, factor, first[2], second[2]))
    return out
