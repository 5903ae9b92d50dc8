"""How parts a partitive ties to one whole relate: all of it, disjoint groups, or groups
that may overlap (split from ``_partitive.py``, which reads which figure is whose part).

"Of the 52 defendants, 31 were convicted and 12 were women" names two groups that may
share members: each part has a verb of its own, so their sum is no total. But two such
groups that go over the whole they open with by a hair, by what one slip of the pen
makes ("Of the 52 defendants, 31 were convicted and 24 were acquitted": 55), are the
writer's breakdown of it with one figure wrong: groups that truly overlap go over by
their overlap, which nothing ties to the whole's digits. A part naming a subgroup of
people (``[participants] subgroups``: "12 were women", "9 were children") or a figure
of its own ("15 were over 65") is an attribute that crosses the other group, and stays
an overlap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from numcheck.checkers._compare import squash
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile

if TYPE_CHECKING:
    from numcheck.checkers._partitive import PartCues

PARTITION, DISJOINT, OVERLAP = "partition", "disjoint", "overlap"
_OVERLAP_REACH = 80  # characters after two listed parts read for "both" ("with some covering both")
_OVER = 0.1  # how far over its whole a slip of two parts may go, as a share of the whole
_PHRASE = 40  # characters of a part's own phrase read for a subgroup or a figure
_SPLIT = lazy_compile(r",|;|\(|\)| and | or | but |\.")


def rest_before(gap: str, cues: PartCues) -> bool:
    """ "... and the rest, 21, from poaching": the part is what is left of the whole."""
    tail = gap.rstrip(" ,(")
    return any(tail.endswith(r) for r in cues.rest)


def partition(
    document: Document, members: Sequence[Claim], cues: PartCues, whole: Claim | None = None
) -> str:
    """How listed parts relate: a ``partition`` of the whole (three or more, or one is
    "the rest", or two that go over it by a slip: ``slipped_over``), ``disjoint`` groups
    (the later ones without a verb of their own: "38 are in the North and 29 in the
    South", "include 6,400 staff and 47,800 teachers"), or groups that may ``overlap``
    ("31 were convicted and 12 were women")."""
    if len(members) >= 3:
        return PARTITION
    gaps = (squash(document.prose[a.location.end : b.location.start]) for a, b in pairwise(members))
    if any(rest_before(g, cues) for g in gaps):
        return PARTITION
    for member in members[1:]:
        after = squash(document.prose[member.location.end : member.location.end + 30]).split()
        if set(after[:2]) & cues.verbs:
            if whole is not None and slipped_over(document, members, whole):
                return PARTITION
            return OVERLAP
    last = members[-1]
    end = min(max(last.sentence[1], last.location.end), last.location.end + _OVERLAP_REACH)
    tail = document.prose[last.location.end : end]
    if set(squash(re.split(r"[.;!?]", tail, maxsplit=1)[0]).split()) & cues.overlap:
        return OVERLAP  # "40 work early shifts and 40 late shifts, some of them both"
    return DISJOINT


def slipped_over(document: Document, members: Sequence[Claim], whole: Claim) -> bool:
    """Two parts of a whole their own sentence opens with, each told with a verb, whose
    sum goes over the whole as written by at most a tenth and is one slip of its digits,
    neither naming a subgroup of people or a figure of its own."""
    from numcheck.checkers._slips import digits, one_slip

    if len(members) != 2 or whole.sentence != members[0].sentence:
        return False
    if whole.location.start > members[0].location.start:
        return False
    values = [m.quantity.value for m in members]
    told = whole.quantity.value
    if told is None or told <= 0 or None in values:
        return False
    total = sum(v for v in values if v is not None)
    if not told < total <= told * (1 + _OVER):
        return False
    if min(m.quantity.hard.low for m in members) <= 0:
        return False
    if sum(m.quantity.hard.low for m in members) <= whole.quantity.hard.high:
        return False  # a hedged or rounded reading still fits
    if not one_slip(digits(total), digits(told)):
        return False
    return not any(_attribute(document, m) for m in members)


def _attribute(document: Document, claim: Claim) -> bool:
    """The part's own phrase (to the next mark or "and") names a subgroup of people or
    holds a digit: a trait that may cross the other group ("12 were women", "15 were
    over 65")."""
    after = document.prose[claim.location.end : claim.location.end + _PHRASE]
    own = _SPLIT.split(after, maxsplit=1)[0]
    if any(ch.isdigit() for ch in own):
        return True
    return bool(set(squash(own).split()) & _subgroups())


@cache
def _subgroups() -> frozenset[str]:
    """The written forms of ``[participants] subgroups`` and of the complements' sides
    that name people (men, women, adults, boys ...): the traits a group is split by."""
    from numcheck.lexicon import Lexicon

    lex = Lexicon.default()
    things = lex["measures"].get("things", {})
    names = lex["alignment"].get("participants", {}).get("subgroups", ())
    forms = {w for name in names for form in things.get(name, ()) for w in [form.lower()]}
    forms.update((*names, "men", "male", "female", "adults", "adult", "boys", "girls"))
    return frozenset(w for w in forms if " " not in w)
