"""A share set right after a complement restates the complement: "the other 160, a
quarter", "leaving 41,000, or 13%", "the remaining 300 - a third - will stay".

A count after a rest cue ("the other", "the remaining", "leaving": ``[limits]
rest_before``) is what is left of a whole once a share or the parts named before it are
taken. A share told *before* it names what was taken ("87% have power back, leaving
41,000"), so the count is the rest of that share. A share set off right *after* it by a
mark or "or" (an apposition) says what the complement itself is: its own share, never
what it leaves. Its base is either the whole ("leaving 41,000, or 13%" of the 320,000)
or, when the nearest figure before is the part the complement completes ("480 were
thefts; the other 160, a quarter"), that part and the complement together. Both
readings are tried; the share is reported only when it fits neither, so a complement
never raises NC203 on the arithmetic of the wrong reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from numcheck.checkers._apposed import Stated
from numcheck.checkers._arith import beside, one_sided
from numcheck.checkers._compare import between, squash
from numcheck.checkers._share_parts import share_fraction
from numcheck.document import Document
from numcheck.interval import Interval

__all__ = ["complement_fits", "restates_complement"]

# the marks that set a share off as an apposition of the figure before it
_APPOSED = (",", ", or", "or", "(", "-", "–", "—", ", about", ", roughly", ", nearly",
            ", almost", ", some", ", just over", ", just under")
_HEDGE = re.compile(r"\b(?:about|some|around|roughly|nearly|almost)$")


def restates_complement(document: Document, told: Stated, rest_before: Sequence[str]) -> bool:
    """Whether ``told`` is a complement count ("the other 160") with its share set off
    right after it as an apposition (", a quarter,"), so the share is the count's own."""
    count, share = told.count, told.share
    if told.mode != "rest" or count.location.start > share.location.start:
        return False
    gap = between(document, count, share).strip()
    if len(gap.split()) > 3 or not any(gap == m or gap.endswith(" " + m) or gap == m.strip()
                                       for m in _APPOSED):
        return False
    start = max(count.sentence[0], count.location.start - 30)
    lead = _HEDGE.sub("", squash(document.prose[start : count.location.start])).strip()
    lead = " ".join(lead.split())
    return any(lead == w or lead.endswith(" " + w) for w in rest_before)


def complement_fits(told: Stated) -> bool | None:
    """Whether the complement is the share of the base, or of the base and itself (the
    part before it and the complement make the whole); None: cannot tell."""
    fraction, whole = share_fraction(told.share), one_sided(told.base.quantity)
    count = beside(told.count.quantity)
    if fraction is None or whole is None or count is None:
        return None
    if count.meets(fraction * whole, 0.5):
        return True
    # c = s * (b + c)  =>  c = b * s / (1 - s), for a share below one
    if fraction.high >= 1:
        return False
    rest = Interval(1 - fraction.high, 1 - fraction.low)
    low, high = whole.low * fraction.low / rest.high, whole.high * fraction.high / rest.low
    return count.meets(Interval(low, high), 0.5)
