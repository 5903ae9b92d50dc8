"""A multiplier's level pair ("almost tripled, from 210 doses a day to 480"): the pair
of its clause nearest to it, looked for among the pairs within reach by position, so a
sentence of thousands of multipliers stays linear (moved from _levels.py)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from numcheck.checkers._compare import squash
from numcheck.claims import Claim
from numcheck.document import Document

__all__ = ["PairsNear", "nearest_pair"]

Pair = tuple[Claim, Claim, str | None]  # (old level, new level, direction)

_REACH = 120  # characters between a multiplier and the level pair it is read against


class PairsNear:
    """A sentence's level pairs by position: the ones within reach of a step, in their
    order, without walking every pair for every step (a sentence of thousands stays
    linear)."""

    def __init__(self, pairs: Sequence[Pair]) -> None:
        spans = [(min(p[0].location.start, p[1].location.start),
                  max(p[0].location.end, p[1].location.end)) for p in pairs]
        self.order = sorted(range(len(pairs)), key=lambda i: spans[i][0])
        self.starts = [spans[i][0] for i in self.order]
        self.widest = max((hi - lo for lo, hi in spans), default=0)
        self.pairs = pairs

    def around(self, step: Claim) -> list[Pair]:
        lo = bisect.bisect_left(self.starts, step.location.start - _REACH - self.widest)
        hi = bisect.bisect_right(self.starts, step.location.end + _REACH)
        return [self.pairs[i] for i in sorted(self.order[lo:hi])]


def nearest_pair(
    document: Document, step: Claim, pairs: Sequence[Pair], taken: set[int],
    breaks: Sequence[str],
) -> Pair | None:
    """The level pair of the step's clause nearest to it (no clause break between)."""
    best: tuple[int, Pair] | None = None
    for pair in pairs:
        if id(pair[0]) in taken or id(pair[1]) in taken:
            continue
        lo = min(pair[0].location.start, pair[1].location.start)
        hi = max(pair[0].location.end, pair[1].location.end)
        s, e = step.location.start, step.location.end
        span = (e, lo) if e <= lo else (hi, s) if hi <= s else (s, s)
        text = f" {squash(document.prose[span[0] : span[1]])} "
        if any(f" {w} " in text for w in breaks) or ";" in text:
            continue
        distance = span[1] - span[0]
        if distance <= _REACH and (best is None or distance < best[0]):
            best = (distance, pair)
    return None if best is None else best[1]
