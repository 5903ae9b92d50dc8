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

from numcheck.checkers._sum_cues import SumCues
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

__all__ = ["dashed"]

_DASHES = frozenset(("—", "–", "-"))
_DIGIT = lazy_compile(r"\d")
_CUE_REACH = 80  # characters after an item read for its label (as in _sums.py)

Run = Callable[[Document, Sequence[Claim], int, int, SumCues], list[Claim]]


def dashed(
    document: Document, sentence: Sequence[Claim], k: int, cues: SumCues, run: Run
) -> tuple[int, list[Claim]] | None:
    """Where the list after ``sentence[k - 1]`` opens (the offset after its dash) and its
    items, when a spaced dash alone stands between the figure and the first item and
    every item of the run (``run``: ``_sums.list_run``), two or more, carries a label of
    its own, distinct from the others', no noun of its own and no other thing; None
    otherwise. The figure must name no place (a total with a place is an item)."""
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
    text = document.prose
    labels = [
        cues.label(text[m.location.end : m.location.end + _CUE_REACH]) or m.place
        for m in members
    ]
    if None in labels or len({str(x) for x in labels}) < len(labels):
        return None
    if any(set(str(x).split()) & cues.times or _DIGIT.search(str(x)) for x in labels):
        return None  # "rose to 318 — 40 on Monday and 25 on Tuesday": additions by day
    if any(m.quantity.noun is not None for m in members):
        return None  # "14 — 9 people in Aldham ...": items that name their own thing
    if any(m.key.thing not in (None, total.key.thing) for m in members):
        return None
    return total.location.end + raw.index(mark) + 1, members
