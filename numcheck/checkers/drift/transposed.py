"""One figure written with another's digits in another order: its own evidence of one figure.

Drift compares two days' figures of a level only on positive evidence that both tell one
fixed thing (verdicts.py): a past fact of the event, a thing's stable property, one
named moment. A figure copied wrong is such evidence in the figures themselves: "1,250
people work at the site" on Tuesday and "1,520 people are employed at the site" on
Wednesday, "won 12,408 votes" and "polled 12,804 votes", "£4.27m" and "£4.72m".
A level that moves between two days lands on the same digits in another order only by
chance, and the chance falls with every digit; a garbled copy keeps every digit and
swaps two (the same relation the restatement checker reads within one article,
``_restate_transposed.py``, and the drift judge reads across units: "110 km/h" and
"110 mph" are one figure, ``align.unit_swap``).

So two figures of one key, one unit and one claimant are read as one figure when their
written digits are the same digits in another order, with at least ``_DIGITS`` digits
written before the trailing zeros of each (two-digit numbers swap too easily: 12
missing, 21 missing; 1,200 and 2,100 are two round estimates, not a typo; nor is a round
260 against 206, which a level that moved may be). Never a
percentage (a rate or a poll's share moves: 34% and 43%), a figure of a rolling window,
a count the lexicon counts up (a toll that rises from 206 to 260 is news, and its fall is
judged already), or two figures that name two different days.
"""

from __future__ import annotations

from numcheck.checkers.drift.entries import Entry
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

__all__ = ["KINDS", "digits", "one_moment_apart", "transposed"]

_DIGIT = lazy_compile(r"\d")
_DIGITS = 3  # written digits a transposition needs (as _restate_transposed._DIGITS)
KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.DURATION})


def transposed(a: Entry, b: Entry) -> bool:
    """Whether ``a`` and ``b`` are one figure written with its digits in another order
    (module docstring): same kind and unit, the same digits in another order, at least
    ``_DIGITS`` of them before the trailing zeros of each (no round figure)."""
    qa, qb = a.claim.quantity, b.claim.quantity
    if qa.kind is not qb.kind or qa.kind not in KINDS or qa.unit != qb.unit:
        return False
    if qa.value is None or qb.value is None or qa.value == qb.value:
        return False
    da, db = digits(qa.text), digits(qb.text)
    if len(da) < _DIGITS or len(da) != len(db) or da == db or sorted(da) != sorted(db):
        return False
    return min(len(da.rstrip("0")), len(db.rstrip("0"))) >= _DIGITS


def one_moment_apart(a: Entry, b: Entry) -> bool:
    """Both figures name a day, and not the same one ("14 arrested on Saturday", "41
    arrested on Monday"): two days' tallies, whatever their digits."""
    return a.moment is not None and b.moment is not None and a.moment != b.moment


def digits(text: str) -> str:
    """The digits a figure is written with ("£4.27m" -> "427", "12,408" -> "12408"); a
    figure written in words has none. One reading of a figure's digits for every slip
    of the pen (misprint.py, slipped.py)."""
    return "".join(_DIGIT.findall(text))
