"""A share's count told in the next sentence, which points back to the share ("Nearly
40% of the 5,000 homes were damaged. That is about 2,000 homes").

The sentence opens with a pointer and an equivalence (``[shares] restating_openers``:
"that is", "that means", "in other words"), then, within a few words, a count of the
base's kind: it is the count of the one share with a base in the sentence before, in
one paragraph. Checked like a count set beside its share (``shares._told``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

from numcheck.checkers._apposed import Stated, is_rest, is_share
from numcheck.checkers._arith import written
from numcheck.checkers._compare import squash, words
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.quantity import Kind


class PointedCues:
    """The ``[shares]`` openers and the ``[limits]`` rest words, compiled once."""

    def __init__(self, lex: Mapping[str, Any]) -> None:
        shares: Mapping[str, Any] = lex.get("shares", {})
        limits: Mapping[str, Any] = lex.get("limits", {})
        self.openers = sorted(words(shares.get("restating_openers", ())), key=len, reverse=True)
        self.reach = int(shares.get("restating_words", 3))
        self.rest_after = words(limits.get("rest_after", ()))
        self.rest_before = words(limits.get("rest_before", ()))


# a word right after the count that makes it no count of the share: a comparison
# ("300 more than"), a rate ("14 a day")
_NOT_A_COUNT = frozenset(
    {"more", "fewer", "less", "higher", "lower", "up", "down", "above", "below", "over",
     "under", "a", "an", "per", "each", "every", "times"}
)


def pointed_counts(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    percent_of: Sequence[tuple[Claim, Claim]],
    taken: set[int],
    cues: PointedCues,
) -> list[Stated]:
    """Counts told in a sentence that points back to the share of the sentence before
    (``taken``: figures already a share's, count's or level's, passed over)."""
    base_of = {id(p): b for p, b in percent_of}
    out: list[Stated] = []
    for before, sentence in pairwise(sentences):
        if not before or not sentence:
            continue
        if "\n\n" in document.prose[before[-1].location.end : sentence[0].location.start]:
            continue
        bases = {id(c): b for c, b in _bases(document, before, base_of)}
        shares = [c for c in before if is_share(c, document) and id(c) in bases]
        if len(shares) != 1 or id(shares[0]) in taken:
            continue
        share, base = shares[0], bases[id(shares[0])]
        count = _count(document, sentence[0], base, taken, cues)
        if count is not None:
            rest = is_rest(document, count, cues.rest_after, cues.rest_before)
            mode = "rest" if rest else "share"
            out.append(Stated(share, base, count, mode=mode))
    return out


def _bases(
    document: Document, sentence: Sequence[Claim], base_of: Mapping[int, Claim]
) -> list[tuple[Claim, Claim]]:
    """Each share of the sentence with its base: the ``percent_of`` one, or the figure
    right after it past "of" and a few words ("a third of the 27 crew", "one in five of
    the city's 4,000 bridges")."""
    out = []
    for share, nxt in zip(sentence, [*sentence[1:], None], strict=True):
        base = base_of.get(id(share))
        if base is None and nxt is not None and _of_next(document, share, nxt):
            base = nxt
        if base is not None:
            out.append((share, base))
    return out


def _of_next(document: Document, share: Claim, nxt: Claim) -> bool:
    if nxt.quantity.kind in (Kind.PERCENT, Kind.RATIO) or nxt.is_change:
        return False
    gap = squash(document.prose[share.location.end : nxt.location.start])
    toks = gap.split()
    if toks[:1] != ["of"] or len(toks) > 4:
        return False
    return not any(ch.isdigit() or ch in ",;:()—–-" for ch in gap)


def _count(
    document: Document, count: Claim, base: Claim, taken: set[int], cues: PointedCues
) -> Claim | None:
    """The sentence's first figure, when the sentence opens with a restating opener and a
    few words and the figure counts what the base counts, less than the base."""
    lead = squash(document.prose[count.sentence[0] : count.location.start].replace(",", " "))
    opener = next((o for o in cues.openers if lead == o or lead.startswith(o + " ")), None)
    if opener is None or len(lead[len(opener) :].split()) > cues.reach:
        return None
    q, b = count.quantity, base.quantity
    if id(count) in taken or count.is_change or q.change is not None or q.level is not None:
        return None
    if q.kind is not b.kind or q.kind in (Kind.PERCENT, Kind.RATIO):
        return None
    if count.key.dimension != base.key.dimension:
        return None
    after = squash(document.prose[count.location.end : count.location.end + 30]).split()
    if after and after[0].strip(",.;:") in _NOT_A_COUNT:
        return None
    mine, whole = written(q), written(b)
    if mine is None or whole is None or mine.low >= whole.high:
        return None
    return count
