"""A breakdown told sentences after its total, tied to it by the slip that broke it.

"A fire cut power to 86,000 customers ... By 6pm all but 21,000 were back on. The
outage hit 52,000 customers in Thrandle, 21,000 in Oakhithe and 9,000 in villages."
The list stands sentences after its total, with other figures of its kind between, so
``_role_lists`` (the next sentence, one candidate total) never reads it.
Distance alone is no evidence that a figure is the list's whole (a town's figures beside
the county's, a subset beside its population), so a list is tied to a figure only
when its sum is one slip of the pen (``_slips.one_slip``: a digit changed, added,
dropped or two swapped) from that figure, near it, and from no other candidate: a
planted or mistyped total is one slip from the sum it should state; a figure of another
group is not. A candidate the sum reaches (the list adds up) ties nothing: silent.

The list itself is read as ``_role_lists`` reads one: three or more figures (two naming
every state of one set: "46,800 restored ... 2,300 remain without power"), every figure
of its sentence, of one kind and unit, coordinated with one verb (gapping) or naming
exclusive states, with no selection word ("including", "the worst-hit"), no time the
total's sentence does not name, and counting the total's thing (``elided``). One pass
over the sentences, a bounded look-back: linear in the figures.
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.checkers._compare import sentence_of, squash
from numcheck.checkers._role_lists import (
    elided,
    every_state,
    exclusive_states,
    item_labels,
    of_a_kind,
    unsaid,
    verb_gapped,
)
from numcheck.checkers._roles import NEW, RoleCues, role, times
from numcheck.checkers._slips import digits, one_slip
from numcheck.checkers._sum_hedges import summed
from numcheck.claims import Claim
from numcheck.document import Document

__all__ = ["find_far_breakdowns"]

Sum = tuple[tuple[Claim, ...], Claim]

_BACK = 3  # sentences with figures looked back through for the total
_MIN_ITEMS = 3  # two figures may be only some of the whole, unless every state
_STATE_REACH = 60  # characters around a two-item list read for the states it names
_READ = 8  # candidates near the sum whose items are read, at most
_NEAR = 0.25  # the sum within a quarter of the total: a slip of a leading digit is not


def find_far_breakdowns(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    taken: set[int],
    cues: RoleCues,
    reporting: frozenset[str] = frozenset(),
) -> list[Sum]:
    """The (items, total) of each list of three or more (two that name every state of a
    set: "46,800 restored, 2,300 without power") a few sentences after the one figure
    its sum is one slip from (see the module's docstring). A total after its list is
    not read: on a gate it paired a list with a later figure of another count."""
    sums: list[Sum] = []
    for i, sentence in enumerate(sentences):
        items = _list(document, sentence, taken, cues)
        if items is None:
            continue
        total = _slipped_total(document, sentences[max(0, i - _BACK) : i], items, taken, cues)
        if total is None or not _same_time(document, items, total, cues, reporting):
            continue
        sums.append((tuple(items), total))
        taken.update(id(c) for c in (*items, total))
    return sums


def _list(
    document: Document, sentence: Sequence[Claim], taken: set[int], cues: RoleCues
) -> list[Claim] | None:
    """Every figure of the sentence as one list's items, or None."""
    if len(sentence) < 2 or any(id(c) in taken for c in sentence):
        return None
    items = list(sentence)
    if not all(of_a_kind(c, items[0]) for c in items):
        return None
    if any(role(document, c, cues) is not None for c in items):
        return None  # a level or a step of a change
    exclusive = exclusive_states(document, items, cues)
    if not (exclusive or verb_gapped(document, items, cues)):
        return None
    whole = exclusive and every_state(items, document, cues, before=_STATE_REACH)
    if len(items) < _MIN_ITEMS and not whole:
        return None  # two items are all of the set only when they name its every state
    lo, hi = sentence_of(document, items[0])
    if cues.selection.search(squash(document.prose[lo:hi])):
        return None  # "including 52,000 in ...": some of the whole
    return items


def _slipped_total(
    document: Document,
    before: Sequence[Sequence[Claim]],
    items: Sequence[Claim],
    taken: set[int],
    cues: RoleCues,
) -> Claim | None:
    """The one earlier figure the list's sum is one slip from; None when a candidate
    agrees with the sum, or none or several are one slip from it."""
    stated = summed(items[0].quantity)  # a hedge hedges its last step (_sum_hedges)
    for c in items[1:]:
        stated = stated + summed(c.quantity)
    point = sum(c.quantity.value or 0.0 for c in items)
    biggest = max(c.quantity.hard.low for c in items)
    slipped: list[Claim] = []
    read = 0  # candidates whose items were read (each costs a pass over the items)
    for c in (c for prior in before for c in prior):
        if id(c) in taken or not of_a_kind(c, items[0]) or c.quantity.value is None:
            continue  # a figure another relation reads (a change's level) is left to it
        if c.quantity.hard.high < biggest or role(document, c, cues) not in (None, NEW):
            continue
        value = c.quantity.value
        agrees = summed(c.quantity).intersects(stated)
        near = abs(value - point) <= _NEAR * value
        if not (agrees or (near and one_slip(digits(point), digits(value)))):
            continue  # the cheap tests first: a sentence of 20,000 figures stays linear
        read += 1
        if read > _READ:
            return None  # too many figures near the sum to tell one total
        if not all(_counts(document, m, c, cues) for m in items):
            continue
        if agrees:
            return None  # the list adds up to a figure before it: nothing to say
        slipped.append(c)
        if len(slipped) > 1:
            return None  # two figures one slip from the sum: no telling which
    return slipped[0] if slipped else None


def _counts(document: Document, item: Claim, total: Claim, cues: RoleCues) -> bool:
    """The item counts the total's thing: its own noun is the total's ("61,300 homes"
    of "66,500 homes", whatever agent the clause names first: "Crews have reconnected"),
    or the words before it name nothing else (``elided``)."""
    noun = item.quantity.noun
    if noun is not None and noun == total.quantity.noun:
        return elided(item, total, cues.kinds)
    return elided(item, total, cues.kinds, item_labels(document, item, cues.kinds))


def _same_time(
    document: Document,
    items: Sequence[Claim],
    total: Claim,
    cues: RoleCues,
    reporting: frozenset[str],
) -> bool:
    """The items' sentence names no time their total's does not ("last year 52, ...")."""
    lo, hi = sentence_of(document, items[0])
    text = document.prose[lo:hi]
    told = unsaid(document.prose[lo : items[-1].location.end], text, reporting)
    t_lo, t_hi = sentence_of(document, total)
    return times(told, cues) <= times(document.prose[t_lo:t_hi], cues)
