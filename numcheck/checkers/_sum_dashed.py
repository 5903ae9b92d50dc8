"""A list set off by a spaced dash right after a bare total, read from one sentence:
"The death toll rose to 14 — nine in Aldham, three in Cray and one in Pell". Why: a
dash between spaces is an apposition mark, as a colon is; glued to its figures
("7-0", "52–48") it is a score or a range and opens nothing. The evidence that the
run after the dash breaks the figure down is that each item carries a label of its
own (a place, or a prepositional label of ``[sums] labels``: "on the coast line",
"from the EU") and the total none: items labelled alike along one dimension the
total leaves open. Helper of numcheck/checkers/_sums.py (``find_sums``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from numcheck.checkers._kinds import Relation
from numcheck.checkers._sum_cues import SumCues
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

__all__ = ["dashed"]

_DASHES = frozenset(("—", "–", "-"))
_DIGIT = lazy_compile(r"\d")
_MARK = lazy_compile(r"[.,;:()—–]| - ")
_CUE_REACH = 80  # characters after an item read for its label (as in _sums.py)

Run = Callable[[Document, Sequence[Claim], int, int, SumCues], list[Claim]]


def dashed(
    document: Document, sentence: Sequence[Claim], k: int, cues: SumCues, run: Run
) -> tuple[int, list[Claim], bool] | None:
    """Where the list after ``sentence[k - 1]`` opens (the offset after its dash) and its
    items, when a spaced dash alone stands between the figure and the first item and
    every item of the run (``run``: ``_sums.list_run``), two or more, carries a label of
    its own or names a kind of the total's thing of its own, and whether they are all
    of it; None otherwise. The figure must name no place (a total with a place is an item)."""
    total, first = sentence[k - 1], sentence[k]
    raw = document.prose[total.location.end : first.location.start]
    mark = raw.strip()
    if mark not in _DASHES or not raw.startswith(" ") or not raw.endswith(" "):
        return None
    if total.place is not None or total.quantity.kind is not Kind.COUNT:
        return None  # "4.1% — 3.2% in Wales and ...": rates or levels by place, no parts
    members = run(document, sentence, k, 1, cues)
    if len(members) < 2:
        return None
    if not _labelled(document, members, total, cues) and not _kinds(members, total, cues):
        return None
    if _goes_on(document.prose[members[-1].location.end :], cues):
        return None  # "27 — 15 men and 9 women have since been charged": some of them
    # three items or more, or both sides of a complement ("15 men and 9 women"), are
    # all of it; two others may be only some
    whole = len(members) > 2 or cues.complementary(document, members)
    return total.location.end + raw.index(mark) + 1, members, whole


def _labelled(
    document: Document, members: Sequence[Claim], total: Claim, cues: SumCues
) -> bool:
    """Every item labelled by a place or a phrase of ``[sums] labels``, each its own and
    none telling when, no noun of its own and no other thing than the total's."""
    text = document.prose
    labels = [
        cues.label(text[m.location.end : m.location.end + _CUE_REACH]) or m.place
        for m in members
    ]
    if None in labels or len({str(x) for x in labels}) < len(labels):
        return False
    if any(set(str(x).split()) & cues.times or _DIGIT.search(str(x)) for x in labels):
        return False  # "rose to 318 — 40 on Monday and 25 on Tuesday": additions by day
    if any(m.quantity.noun is not None for m in members):
        return False  # "14 — 9 people in Aldham ...": items that name their own thing
    return all(m.key.thing in (None, total.key.thing) for m in members)


def _kinds(members: Sequence[Claim], total: Claim, cues: SumCues) -> bool:
    """Every item names a kind of the total's thing, each another one ("rose to 14 —
    nine civilians, three soldiers and two journalists"), as ``_sums._apposed`` reads
    a list after a comma."""
    kinds = cues.kinds
    if kinds is None:
        return False
    whole = kinds.names(total)
    names = [frozenset(kinds.names(m)) for m in members]
    return bool(whole) and len(set(names)) == len(names) and all(
        kinds.relation(n, whole) is Relation.KIND and not n & whole for n in names
    )


def _goes_on(after: str, cues: SumCues) -> bool:
    """The clause goes on past the last item with a verb (``[sums] clause_verbs`` or a
    word in -ed): the items are the subject of a clause of their own, not the
    apposition's list, and may be only some of the total."""
    stretch = _MARK.split(after[:_CUE_REACH], maxsplit=1)[0]
    said = stretch.lower().split()
    return any(w in cues.verbs or (len(w) > 4 and w.endswith("ed")) for w in said)
