"""A list after a colon breaks down the figure its clause is about, not that figure's base.

"The firm will cut 340 jobs, about 12 per cent of its workforce of 2,800: 150 at Leeds,
120 at Hull and 60 at York": the nearest figure before the colon (2,800) is the whole the
total is a share of, told in an aside; the list adds up to the cuts. The aside is read by
the list grammar (``[sum_grammar] base_links``): a share figure between the two, or a
link that makes the later figure a whole the earlier one is taken from ("out of", "of
its", ", which employs"). The earlier figure is the list's total only when it is below
the later one and every item could be a part of it: positive evidence that the later
figure is a base, never the mere presence of two figures.
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.checkers._sum_clauses import counted_as
from numcheck.checkers._sum_cues import SumCues
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.quantity import Kind, Level

__all__ = ["past_base"]

_SHARES = (Kind.PERCENT, Kind.RATIO)


def past_base(
    document: Document,
    before: Sequence[Claim],
    total: Claim,
    members: Sequence[Claim],
    cues: SumCues,
) -> Claim:
    """The list's total: ``total`` (the nearest candidate before the colon), or the
    figure of the clause before it when ``total`` is told as that figure's base."""
    try:
        at = next(i for i, c in enumerate(before) if c is total)
    except StopIteration:
        return total
    for earlier in reversed(before[:at]):
        if earlier.quantity.kind in _SHARES:
            continue
        if not _alike(earlier, total):
            return total
        gap = document.prose[earlier.location.end : total.location.start]
        if "; " in gap or ". " in gap or earlier.is_change:
            return total
        if earlier.quantity.level is Level.OLD or not counted_as(members[0], earlier):
            return total
        if not earlier.quantity.hard.high < total.quantity.hard.low:
            return total
        if any(m.quantity.hard.low > earlier.quantity.hard.high for m in members):
            return total
        shares = any(
            c.quantity.kind in _SHARES
            and earlier.location.end <= c.location.start
            and c.location.end <= total.location.start
            for c in before[:at]
        )
        return earlier if shares or cues.grammar.links_base(gap) else total
    return total


def _alike(a: Claim, b: Claim) -> bool:
    return a.quantity.kind is b.quantity.kind and a.key.dimension == b.key.dimension
