"""Words that narrow a keyed figure's measure: "14 people were *seriously* injured" counts
a part of the injured, "40 *suspected* cases" another measure than confirmed cases.

A figure that the lexicon keys by its event ("injured", "cases") keeps no adverb in its
key or its descriptor, so two articles' "14 seriously injured" and "40 injured" would
meet as one measure and contradict each other. The words are data: the sets of
``[descriptors] siblings`` in alignment.toml ("seriously", "critically", "slightly";
"confirmed", "suspected", "probable"), read in the figure's clause next to it. One side
narrowed and the other not: a part and its whole, never a contradiction. Both narrowed
by different words of one set: neighbouring measures, whose equal figures are measure
drift (NC403).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from numcheck.claims import Claim

__all__ = ["narrowing", "told_apart"]

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
_CLAUSE = re.compile(r"[,;:.()\"“”]")
_REACH = 60  # characters read after the figure ("were seriously injured"), 25 before
_BACK = 25


def narrowing(claim: Claim, text: str | None, groups: Sequence[frozenset[str]]) -> frozenset[str]:
    """The words of ``groups`` in the figure's clause next to it."""
    if text is None or not groups:
        return frozenset()
    start, end = claim.location.start, claim.location.end
    after = _CLAUSE.split(text[end:end + _REACH], maxsplit=1)[0]
    before = _CLAUSE.split(text[max(0, start - _BACK):start])[-1]
    words = set(_WORD.findall(f"{before} {after}".lower()))
    return frozenset(w for group in groups for w in group if w in words)


def told_apart(a: frozenset[str], b: frozenset[str], groups: Sequence[frozenset[str]],
               unmarked: frozenset[str] = frozenset()) -> bool | None:
    """True: each side says its own word of one set (neighbouring measures); False: one
    side narrows and the other does not (a part and its whole); None: alike. A word of
    ``unmarked`` ("confirmed") is the reading of a side that says none of its set."""
    for group in groups:
        own_a, own_b = a & group, b & group
        if own_a and own_b and not own_a & own_b:
            return True
    if a - unmarked == b - unmarked:
        return None
    return False
