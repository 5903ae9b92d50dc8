"""An ounce of a precious metal is a troy ounce.

Gold, silver and the platinum metals are weighed in troy ounces (31.10 g), everything
else in avoirdupois ounces (28.35 g), and copy writes both as "ounces" or "oz": "1,000
ounces (31.1kg) of gold" is right, and read at 28.35 g it raised NC207. A pair in
(plain) ounces converts at the troy factor too when a metal of ``[conversion]
troy_cues`` in checkers.toml stands in the pair's own clause ("of gold" after it, "gold
bars weighing" before it, no clause mark between); the avoirdupois reading stays
allowed, so a metal named nearby never costs a right conversion. "Troy ounces" named
outright is its own unit and never reaches this rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from numcheck.checkers._arith import convert
from numcheck.checkers._compare import sentence_of, words
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile

__all__ = ["TroyCues", "troy_readings"]

_OUNCE, _TROY = "ounce", "troy_ounce"
_REACH = 40  # characters of the clause read on each side of the pair
_CLAUSE = lazy_compile(r"[,;:\u2014\u2013]|\s-\s")
_WORD = lazy_compile(r"[a-z]+")


class TroyCues:
    """The ``[conversion]`` metals whose ounces are troy ounces."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self.metals = frozenset(words(table.get("troy_cues", ())))

    def named(self, document: Document, stated: Claim, restated: Claim) -> bool:
        """Whether a metal stands in the pair's clause: before the first figure back to
        a clause mark, after the second (its closing bracket passed) up to one."""
        lo, hi = sentence_of(document, stated)
        first, last = sorted((stated, restated), key=lambda c: c.location.start)
        lead = document.prose[max(lo, first.location.start - _REACH) : first.location.start]
        cut = list(_CLAUSE.finditer(lead))
        lead = lead[cut[-1].end() :] if cut else lead
        tail = document.prose[last.location.end : min(hi, last.location.end + _REACH)]
        tail = tail.lstrip(")] ")
        stop = _CLAUSE.search(tail)
        tail = tail[: stop.start()] if stop else tail
        said = _WORD.findall(f"{lead} {tail}".lower())
        return any(w in self.metals for w in said)


def troy_readings(
    document: Document, stated: Claim, restated: Claim, value: float, unit: str, to: str,
    cues: TroyCues,
) -> tuple[float, ...]:
    """The stated value converted with its ounce read as a troy ounce (either side may
    be the ounce), when a precious metal is named in the pair's clause; none otherwise."""
    if _OUNCE not in (unit, to) or not cues.metals or not cues.named(document, stated, restated):
        return ()
    got = convert(value, _TROY if unit == _OUNCE else unit, _TROY if to == _OUNCE else to)
    return () if got is None else (got,)
