"""Shares whose count is not the share itself (NC203): the rest of a share, a count
against a capacity, a count over or under a limit.

- the rest: "power is back for 60% of the 1.4 million homes; about 700,000 remain in
  the dark" -- the count after is (100% - 60%) of the base;
- a capacity: "It has 171 pupils and is 95% full, with a capacity of 210" -- the count
  is the share of the capacity;
- a limit: "licensed to carry 150, it had 164 on board, 14% over its limit" -- the count
  is the limit and the share more (or less, "under") than it.

The capacity or limit is the figure after one of its cue phrases ("a capacity of",
"licensed to carry"); the count is the one other figure of its kind in the sentence.
Cue words are data (``[limits]`` in numcheck/lexicon/checkers.toml).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._apposed import Stated, is_rest, is_share
from numcheck.checkers._compare import before, sentence_of, squash, words
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.quantity import Kind

_CLAUSE = re.compile(r"[,.;:!?()—–]| - ")


class LimitCues:
    def __init__(self, lex: Mapping[str, Any]) -> None:
        cues: Mapping[str, Any] = lex.get("limits", {})
        self.rest_after = words(cues.get("rest_after", ()))
        self.rest_before = words(cues.get("rest_before", ()))
        self.full = frozenset(words(cues.get("full", ())))
        self.capacity = words(cues.get("capacity_before", ()))
        self.over = frozenset(words(cues.get("over", ())))
        self.under = frozenset(words(cues.get("under", ())))
        self.limits = frozenset(words(cues.get("limits", ())))


def _after(document: Document, claim: Claim, limit: int = 40) -> list[str]:
    """The words after a figure up to the end of its clause."""
    tail = document.prose[claim.location.end : claim.location.end + limit]
    return squash(_CLAUSE.split(tail, maxsplit=1)[0]).split()


_AMOUNTS = (Kind.COUNT, Kind.MEASURE, Kind.MONEY)


def _count(claim: Claim) -> bool:
    """An amount standing as a level: not a share, a change or a change's level."""
    q = claim.quantity
    return q.kind in _AMOUNTS and not claim.is_change and q.change is None and q.level is None


def find_limits(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    percent_of: Sequence[tuple[Claim, Claim]],
    told: set[int],
    cues: LimitCues,
) -> list[Stated]:
    """The rest, capacity and limit readings of ``sentences`` (checkable claims, by
    sentence); shares already ``told`` beside a count are left alone."""
    found: list[Stated] = []
    base_of = {id(p): b for p, b in percent_of}
    for i, sentence in enumerate(sentences):
        following = sentences[i + 1] if i + 1 < len(sentences) else []
        for share in sentence:
            if id(share) in told or not is_share(share):
                continue
            base = base_of.get(id(share)) or _of(document, share, sentence)
            stated = _rest(document, share, base, [*sentence, *following], cues)
            stated = stated or _against_capacity(document, share, sentence, cues, base)
            if stated is not None:
                found.append(stated)
    return found


def _of(document: Document, share: Claim, sentence: Sequence[Claim]) -> Claim | None:
    """ "two-thirds of the 1,800 tenants": the figure right after "of" (a few words)."""
    later = [c for c in sentence if c.location.start >= share.location.end]
    if not later:
        return None
    gap = squash(document.prose[share.location.end : later[0].location.start]).split()
    return later[0] if gap[:1] == ["of"] and len(gap) <= 3 else None


def _rest(
    document: Document,
    share: Claim,
    base: Claim | None,
    claims: Sequence[Claim],
    cues: LimitCues,
) -> Stated | None:
    """ "60% of the 1.4 million households ...; about 700,000 remain"."""
    if base is None or not _count(base):
        return None
    later = [c for c in claims if c.location.start > base.location.end and _count(c)]
    if not later:
        return None
    count = later[0]
    if count.key.dimension != base.key.dimension:
        return None
    rest = is_rest(document, count, cues.rest_after, cues.rest_before)
    return Stated(share, base, count, mode="rest") if rest else None


def _against_capacity(
    document: Document,
    share: Claim,
    sentence: Sequence[Claim],
    cues: LimitCues,
    base: Claim | None = None,
) -> Stated | None:
    """ "is 95% full, with a capacity of 210", "14% over its limit"; "has 40 beds,
    three-quarters of them occupied, with 38 patients": the figure "of them" points
    back to is the capacity."""
    after = _after(document, share)
    pointed = after[:2] in (["of", "them"], ["of", "which"], ["of", "those"])
    if pointed:
        after = after[2:]
    if not after:
        return None
    if after[0] in cues.full:
        mode = "share"
    elif after[0] in cues.over and set(after[1:4]) & cues.limits:
        mode = "over"
    elif after[0] in cues.under and set(after[1:4]) & cues.limits:
        mode = "under"
    else:
        return None
    capacities = [c for c in sentence if _count(c) and _is_capacity(document, c, cues)]
    if not capacities and pointed and mode == "share" and base is not None and _count(base):
        capacities = [base]
    if len(capacities) != 1:
        return None
    capacity = capacities[0]
    counts = [
        c
        for c in sentence
        if _count(c) and c is not capacity and c.key.dimension == capacity.key.dimension
    ]
    if len(counts) != 1:
        return None
    count = counts[0]
    if sentence_of(document, count) != sentence_of(document, share):
        return None
    return Stated(share, capacity, count, mode=mode)


def _is_capacity(document: Document, claim: Claim, cues: LimitCues) -> bool:
    lead = before(document, claim, 40)
    return any(lead == w or lead.endswith(" " + w) for w in cues.capacity)

