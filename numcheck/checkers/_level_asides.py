"""Figures set inside a level's own phrase, between it and the figure it is compared with:
a rate beside a total, a figure in a prepositional phrase with a noun of its own, a figure
in an appositive. They are no level of the change (moved from _levels.py, near its size
limit)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from numcheck.checkers._compare import between, squash
from numcheck.checkers._level_forms import alike, is_step
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

if TYPE_CHECKING:
    from numcheck.checkers._levels import LevelCues

# how many figures back from an appositive the level it stands beside is looked for: a
# level and its aside are told together, and a sentence of thousands of them stays linear
_LOOK_BACK = 12
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "this", "that", "his", "her"))


def interposed(document: Document, sentence: Sequence[Claim], cues: LevelCues) -> set[int]:
    """Figures set inside a level's phrase, between it and the level it changed from: a
    rate beside a total ("$1.9 billion, or $1.18 a share, from $1.5 billion") or a figure
    in a prepositional phrase with a noun of its own ("13,000 workers at three plants, up
    from 7,000") or a period ("£84.2m in the six months to September, from £68.4m").
    They are no level of that change."""
    out: set[int] = set()
    for j, (a, b, c) in enumerate(zip(sentence, sentence[1:], sentence[2:], strict=False)):
        if not alike(a, c):
            continue
        gap = between(document, a, b)
        per_unit = rate(document, b, cues) and not rate(document, a, cues)
        own = in_phrase(document, a, b, cues) and c.quantity.noun in (None, a.quantity.noun)
        if per_unit or own:
            out.add(id(b))
        elif appositive(gap) and any(
            nearer(c, x, b) for x in sentence[max(0, j + 1 - _LOOK_BACK) : j + 1] if alike(x, c)
        ):
            out.add(id(b))  # "187 seats, a majority of 24, up from 161"
    return out


def in_phrase(document: Document, a: Claim, b: Claim, cues: LevelCues) -> bool:
    """``b`` stands in a prepositional phrase of ``a``'s clause with a noun of its own
    ("13,000 workers at three plants", "£84.2m in the six months to")."""
    gap = between(document, a, b)
    said = [w for w in gap.split() if w not in _DETERMINERS]  # "in the six months to"
    inside = "," not in gap and said[-1:] in ([p] for p in cues.inside)
    own = (b.quantity.noun is not None and b.quantity.noun != a.quantity.noun) or (
        b.quantity.kind is Kind.DURATION and a.quantity.kind is not Kind.DURATION)
    return inside and own


# ", a majority of", ", a lead of nine over": an appositive noun phrase with a noun of
# its own, set off after a level
_APPOSITIVE = lazy_compile(
    r"^(?:[\w’'-]+ ){0,4}?[\w’'-]*, (?:a|an) (?:[\w’'-]+ ){0,2}?[\w’'-]+ of$")


def appositive(gap: str) -> bool:
    """The figure after ``gap`` stands in an appositive to the level before it."""
    return _APPOSITIVE.match(gap.strip()) is not None


def nearer(old: Claim, a: Claim, b: Claim) -> bool:
    """``old`` is of ``a``'s scale rather than ``b``'s: a level and the level it changed
    from are of one order ("a profit of $3m, a margin of 12%, up from 9%": the kinds
    already tell; "187 seats, a majority of 24, up from 161": 161 is a seat count)."""
    va, vb, vo = (abs(c.quantity.value or 0.0) for c in (a, b, old))
    if min(va, vb, vo) <= 0:
        return False
    return abs(math.log(vo / va)) < abs(math.log(vo / vb))


def rate(document: Document, claim: Claim, cues: LevelCues) -> bool:
    """ "$1.18 a share", "£40 per head": an amount for each one, not a total."""
    after = squash(document.prose[claim.location.end : claim.location.end + 20])
    return any(after == r or after.startswith((r + " ", r + ","))
               for r in cues.rates)


_FIGURE = "n"  # what a figure of the level's own clause leaves in the gap: a plain word


def inner_gap(
    document: Document, a: Claim, inner: Claim, x: Claim, b: Claim, cues: LevelCues
) -> str | None:
    """The words from level ``a`` to the step ``x`` when ``inner`` between them is a
    figure of ``a``'s own clause ("5,150 units in the three months to June, up 25% from
    4,120", "31,200, the best in a decade and up 4% on 30,000"), with that figure read as
    one plain word; None when it may be a level of the change itself. The figure stands
    in a prepositional phrase with a noun of its own, or in an aside after a comma; and
    when it is counted like ``b``, ``b`` is of ``a``'s scale, not of its ("5,000 people at
    44 sites, up 10% from 40": the step is the sites')."""
    if is_step(inner) or is_step(a) or not alike(a, b):
        return None
    if alike(inner, b) and not nearer(b, a, inner):
        return None
    head = between(document, a, inner)
    if "," not in head and not in_phrase(document, a, inner, cues):
        return None
    return f"{head} {_FIGURE} {between(document, inner, x)}".strip()
