"""One figure written with one digit told otherwise: evidence, in the figures, of one fact.

The drift judge compares two days' figures of a count that does not grow only on
evidence that both tell one fixed thing (verdicts.judge); a figure copied with its
digits in another order is such evidence (transposed.py). So is a figure copied with one
digit wrong: "71,820 registered voters" on Monday and "71,320" on Wednesday, "4,172
jobs" and "4,712" are transpositions; "12,408 votes" and "12,468 votes", "£4.27m" and
"£4.87m" keep every digit but one, in place. The blind counts of wave 32
(benchmarks/verdict_shapes.py) found planted contradictions silenced as a level on two
days to be mostly such slips when no event keys the figure (24 of 46 on the gates),
and agreeing pairs so told almost never (1 of 44 that would alarm).

As for a transposition: the same kind and unit, the same number of written digits, and
at least ``_DIGITS`` of them before the trailing zeros of each (a round 1,200 against
1,300 is two estimates, a level that moved; 38 against 39 may be a count that moved).
verdicts._garbled asks it with the guards it asks of a transposition (no keyed event,
no level noun, no count counted up, no rolling window, one party, no two days named).
"""

from __future__ import annotations

from numcheck.checkers.drift.entries import Entry
from numcheck.checkers.drift.transposed import digits
from numcheck.quantity import Kind

__all__ = ["one_digit"]

_DIGITS = 3  # written digits before the trailing zeros (as transposed._DIGITS)
_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.DURATION})


def one_digit(a: Entry, b: Entry) -> bool:
    """Whether ``a`` and ``b`` are one figure written with one digit otherwise (module
    docstring): same kind and unit, as many digits, exactly one differing in place."""
    qa, qb = a.claim.quantity, b.claim.quantity
    if qa.kind is not qb.kind or qa.kind not in _KINDS or qa.unit != qb.unit:
        return False
    if qa.value is None or qb.value is None or qa.value == qb.value:
        return False
    da, db = digits(qa.text), digits(qb.text)
    if len(da) != len(db) or sum(x != y for x, y in zip(da, db, strict=True)) != 1:
        return False
    return min(len(da.rstrip("0")), len(db.rstrip("0"))) >= _DIGITS

