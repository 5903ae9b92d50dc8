"""Steps that compound into one pair of levels: "prices rose 10% last year and 10% this
year, from £200 to £242".

Two or more percent changes told in one clause before (or after) a single "from A to B"
are successive steps of one move when the levels span them all: the move is the product
of the steps (1.10 x 1.10 = 1.21, so £200 to £242 is right), not any one step alone. The
checker ties every stated change to the level pair nearest it, so each step alone would
be checked against the whole move and report a compound that is right. A group of steps
whose product fits the levels is read as that compound and left silent; a group whose
product misses is checked step by step as before, so a wrong compound is still found.
A step's way is its own ("fell 4%") or, when it names none ("and 10% this year"), the
way of the step it is joined to, else the levels' way; a step of no known way is never
guessed, and its group is checked step by step.
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.checkers._arith import stated_change, written
from numcheck.checkers._compare import between
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.interval import Interval
from numcheck.quantity import Change, Kind

__all__ = ["compounds", "coordinated_steps"]

_JOINS = frozenset({"and", "then", "further", "followed", "another"})
_GAP_WORDS = 8  # "last year and", "in the first half and a further"


def _joined(gap: str) -> bool:
    """A gap that coordinates two steps of one clause: no clause mark, a joining word."""
    toks = gap.replace(",", " ").split()
    return (
        ";" not in gap and "." not in gap and "(" not in gap and len(toks) <= _GAP_WORDS
        and any(t in _JOINS for t in toks)
    )


def coordinated_steps(
    document: Document, sentence: Sequence[Claim], step: Claim, levels: Sequence[Claim]
) -> list[Claim]:
    """The percent figures coordinated with ``step`` in its clause ("rose 10% last year
    and 10% this year"): the chain of percents each joined to the last by "and" or
    "then", none of them a level of the pair."""
    k = next((i for i, c in enumerate(sentence) if c is step), None)
    if k is None:
        return []
    skip = {id(c) for c in levels}
    out: list[Claim] = []
    for way in (1, -1):
        at, j = step, k + way
        while 0 <= j < len(sentence):
            other = sentence[j]
            if id(other) in skip or other.quantity.kind is not Kind.PERCENT:
                break
            first, second = (at, other) if way == 1 else (other, at)
            if not _joined(between(document, first, second)):
                break
            out.append(other)
            at, j = other, j + way
    return out


def _factor(step: Claim, direction: str | None) -> Interval | None:
    """1 + the step (or 1 - it, for a fall), with the step's rounding."""
    q = step.quantity
    x = stated_change(q)
    if q.kind is not Kind.PERCENT or x is None or x.low < 0:
        return None
    way = q.change.value if q.change is not None else direction
    if way == Change.UP.value:
        return Interval(1 + x.low / 100, 1 + x.high / 100)
    if way == Change.DOWN.value and x.high < 100:
        return Interval(1 - x.high / 100, 1 - x.low / 100)
    return None


def compounds(old: Claim, new: Claim, steps: Sequence[Claim], direction: str | None) -> bool:
    """Whether two or more percent ``steps`` tied to one pair of levels multiply to the
    move from ``old`` to ``new`` (with every figure's rounding)."""
    if len(steps) < 2:
        return False
    a, b = written(old.quantity), written(new.quantity)
    moved = b.divided_by(a) if a is not None and b is not None else None
    if moved is None:
        return False
    # a step that names no way shares its verb with the step it is joined to ("rose
    # 5% in January and 8% in June"), else the levels' way
    own = next((s.quantity.change.value for s in steps if s.quantity.change is not None), None)
    product = Interval.point(1.0)
    for step in steps:
        factor = _factor(step, own or direction)
        if factor is None:
            return False
        product = product * factor
    return product.meets(moved)
