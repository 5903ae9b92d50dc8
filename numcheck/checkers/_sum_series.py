"""Runs after a figure that are no breakdown of it, whatever opened them (a colon, a
dash, opener words): levels of a rate by place ("Inflation stood at 4.1% in March —
3.2% in Wales and 4.5% in Scotland": rates do not add) and a series told by time
("1.2 million passengers in March — 1.4 million in April and 1.5 million in May": the
first figure is one more item, its label a sibling of theirs). Why: a breakdown's items
vary along one dimension the total leaves open and add up to it; neither holds here.
Helper of numcheck/checkers/_sums.py (``find_sums``)."""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.checkers._compare import squash
from numcheck.checkers._sum_cues import SumCues
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.quantity import Kind

__all__ = ["no_breakdown"]

_CUE_REACH = 80  # characters after an item read for its label (as in _sums.py)
_HEAD_MARKS = ":;—–-,("


def no_breakdown(
    document: Document, members: Sequence[Claim], total: Claim, cues: SumCues
) -> bool:
    """Whether the run ``members`` after ``total`` is levels, not its parts: a rate
    whose items each name a place of their own, or a figure its own phrase labels by
    time ("in March") before items each labelled by time; or items that are each
    compared with something (``[levels] comparatives``: "400 more than last year")."""
    text = document.prose
    if all(_compared(text[m.location.end : m.location.end + 30], cues) for m in members):
        return True  # "employs 2,300 — 400 more than last year and 900 more than in 2019"
    if total.quantity.kind is Kind.PERCENT:
        places = [m.place or _placed(text[m.location.end : m.location.end + _CUE_REACH], cues)
                  for m in members]
        if None not in places and len({str(p) for p in places}) == len(places):
            return True
    head = document.prose[total.location.end : members[0].location.start]
    for mark in _HEAD_MARKS:
        head = head.split(mark, 1)[0]
    if not cues.timed(head):
        return False
    labels = [cues.label(text[m.location.end : m.location.end + _CUE_REACH]) for m in members]
    return all(label is not None and cues.timed(label) for label in labels)


def _compared(after: str, cues: SumCues) -> bool:
    said = f" {squash(after)} "
    return any(said.startswith(f" {c} ") for c in cues.comparatives)


def _placed(after: str, cues: SumCues) -> str | None:
    """The label after an item when its preposition sets it in a place."""
    label = cues.label(after)
    return label if label is not None and label.split()[0] in cues.place_labels else None
