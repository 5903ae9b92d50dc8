"""A figure told as the base a comparison is measured from is another figure (NC101).

"Sunvane lifts offer to 585p" ... "The revised proposal is 12.5% above the 520p Sunvane
tabled on Nov. 2"; "The yield was 35 basis points above the 4.52% paid at the October
auction". A figure, a comparative word of the lexicon (``[levels.comparatives]``:
"above", "below", "higher than", "ahead of" ...) or a step's link (``[levels]
step_links``: "from the", "compared with") and, at most, a determiner, then a figure:
the second is the level the first is measured from, by the sentence's own grammar. The
article's figure is the level the comparison reaches, so the base is never a restatement
of it: a reference that is such a base, or an earlier figure that is, is no pair for
NC101's reference loop. The read is the few words between two neighbouring figures, one
dict look-up per figure.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from numcheck.checkers._compare import squash, words
from numcheck.claims import Claim
from numcheck.document import Document

_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})
_GAP = 40  # characters between two figures read for a comparison's words


class ComparedWords(NamedTuple):
    """The lexicon's comparatives and step links, squashed."""

    links: frozenset[str]

    @classmethod
    def of(cls, lex: Mapping[str, Any]) -> ComparedWords:
        levels: Mapping[str, Any] = lex.get("levels", {})
        said = {squash(str(w)) for w in levels.get("comparatives", {})}
        said |= {squash(w) for w in words(levels.get("step_links", ()))}
        return cls(frozenset(w for w in said if w))


def comparison_link(gap: str, w: ComparedWords) -> bool:
    """Whether the words between two figures are a comparison's link (and a determiner)."""
    said = squash(gap).strip(" ,")
    if said in w.links:
        return True
    head, _, last = said.rpartition(" ")
    return last in _DETERMINERS and head in w.links


def compared_bases(document: Document, ordered: Sequence[Claim], w: ComparedWords) -> set[int]:
    """The starts of the figures of ``ordered`` (in document order) told as the base of
    a comparison with the figure right before them ("12.5% above the 520p")."""
    out: set[int] = set()
    text = document.prose
    for before, claim in itertools.pairwise(ordered):
        gap = claim.location.start - before.location.end
        if 0 < gap <= _GAP and comparison_link(text[before.location.end : claim.location.start], w):
            out.add(claim.location.start)
    return out


__all__ = ["ComparedWords", "compared_bases", "comparison_link"]
