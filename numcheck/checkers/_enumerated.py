"""A list headed by the count of its items, and a list subject told of another time.

"The cases are in two towns, 31 in Dornbury and 19 in Pellham", "The losses fall across
three sites: 180 in Leeds; 150 in Hull; and 62 in York": the first figure counts the
items that follow it (its value is their number, its noun names what labels them), so it
is the list's head, never one of its items, and it says the list is all of the figure
being spread over those places. A reader of lists (``list_run``) sees the head as one
more item of the same kind; ``headless`` takes it off.

"Harlow cut 412 jobs last year. This year it plans further cuts: 180 in Leeds and 150
in Hull": a list sentence that names a time the total's sentence does not (``[spread]
times``, with the word before it: "this year" against "last year"), or an addition
("further", ``[sums] increments``) the total's sentence does not say, counts other things
than that total.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from numcheck.checkers._compare import between
from numcheck.checkers._words import value_of
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

_HEAD_MARKS = (",", ":", ";", " -", " –", " —")  # the gap after a head, before its first item
_MAX_ITEMS_COUNTED = 12  # "two towns" .. "twelve regions": a head names a short list
_WORD = lazy_compile(r"[a-z][a-z'-]*")


def is_head(
    document: Document, head: Claim, items: Sequence[Claim], label_words: int = 0
) -> bool:
    """Whether ``head`` counts ``items`` ("two towns, 31 in A and 19 in B"): a whole count
    with a noun of its own, as many as the items after it, set off from them by a mark,
    and items with no noun of their own (they count the total's thing; "two vans, four
    cars and a bus" lists kinds, and its first figure is an item)."""
    q = head.quantity
    if q.kind is not Kind.COUNT or q.noun is None or not items or head.is_change:
        return False
    value = value_of(q)
    if value is None or value != len(items) or not 2 <= value <= _MAX_ITEMS_COUNTED:
        return False
    if q.hard.low != q.hard.high:
        return False  # "about two": no count of a list's items
    gap = between(document, head, items[0]).rstrip()
    ends = [gap.rfind(mark) + len(mark) for mark in _HEAD_MARKS if mark in gap or gap == mark]
    if not ends or len(gap[max(ends) :].split()) > label_words:
        return False  # ("three hospitals: St Mary's received 20": ``label_words`` 3)
    return all(i.quantity.noun is None for i in items)  # "two vans, four cars": items


def headless(document: Document, run: Sequence[Claim]) -> list[Claim]:
    """``run`` without a first figure that counts the rest of it."""
    if len(run) >= 3 and is_head(document, run[0], run[1:]):
        return list(run[1:])
    return list(run)


def _phrases(text: str, times: frozenset[str]) -> set[str]:
    """The time words of ``text`` with the word before each ("this year", "on monday")."""
    said = _WORD.findall(text.lower())
    return {
        f"{said[i - 1] if i else ''} {w}".strip() for i, w in enumerate(said) if w in times
    }


def another_time(subject: str, prior: str, times: frozenset[str]) -> bool:
    """Whether a list's subject names a time ("this year") that the sentence of its
    total does not name in the same words."""
    own = _phrases(subject, times)
    return bool(own) and not own <= _phrases(prior, times)


def added(subject: str, prior: str, increments: Iterable[str]) -> bool:
    """Whether a list's subject calls its things more ("further cuts", "another 40")
    where the total's sentence does not: some other things, not that total."""
    said, before = set(_WORD.findall(subject.lower())), set(_WORD.findall(prior.lower()))
    return any(w in said and w not in before for w in increments)


__all__ = ["added", "another_time", "headless", "is_head"]
