"""A bounded walk back from one figure of a sentence.

A loop that reads the figures before ``sentence[k]`` and stops at the first that fits
must neither copy ``sentence[:k]`` first nor, when none fits, read back to the start of
the sentence: either is quadratic in one long sentence of figures ("1,1,1,..."). The
figures a phrase ties to one figure stand in its clause, a bounded number of characters
before it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from numcheck.claims import Claim


def back_within(claims: Sequence[Claim], k: int, reach: int) -> Iterator[Claim]:
    """``reversed(claims[:k])`` while a figure starts at most ``reach`` characters before
    ``claims[k]`` (claims in text order), read lazily by index."""
    edge = claims[k].location.start - reach
    for claim in map(claims.__getitem__, range(k - 1, -1, -1)):
        if claim.location.start < edge:
            return
        yield claim
