"""A total read across two sentences that its own clause shows to hold more than the items.

``find_role_totals`` reads "Together, ..." or "Between them ..." after a list as the sum
of the list; ``find_held_totals`` reads a total whose clause counts its holders. Two
kinds of evidence in the total's clause say its figure is no sum of the items but a
whole they are a part of:

- it counts other holders than the list has items ("Kesby scored 41 goals and Orrin
  29. Together the trio have scored 95": a third member scored too), by a number after
  a determiner or a word of ``[held_totals] holder_words``;
- it tells what the holders have (``[held_totals] stock_verbs``: "Between them the two
  villages have 1,200 homes") while the items are told as an event (a verb ending in
  "-ed" or one of ``event_verbs``: "Floodwater reached 140 homes in Kesby and 51 in
  Orrin"): the homes flooded are some of the homes.

Such a sum becomes a part (reported only when the items add up to more than the whole);
a clause counting fewer holders than items drops it. One look at each sum's two
sentences: linear in the sums.
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.checkers._compare import sentence_of, squash
from numcheck.checkers._held_totals import HeldCues, holders
from numcheck.checkers._roles import RoleCues
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile

Sum = tuple[tuple[Claim, ...], Claim]
Part = tuple[tuple[Claim, ...], tuple[Claim, ...]]

_CLAUSE = lazy_compile(r"[;:()—–]|, (?:and|but|while|as) ")
_WORD = lazy_compile(r"[a-z][a-z'-]*")


def _event(word: str, held: HeldCues) -> bool:
    """A verb that tells an event: "-ed" or one of ``event_verbs`` (not "is", "has")."""
    if word in held.stock_verbs:
        return False
    return word in held.event_verbs or (len(word) > 4 and word.endswith("ed"))


def _stock(document: Document, total: Claim, held: HeldCues) -> bool:
    """The total's clause tells what its holders have: a stock verb before the figure
    with no participle after it ("the two villages have 1,200"; not "have scored 95")."""
    start = sentence_of(document, total)[0]
    clause = _CLAUSE.split(document.prose[start : total.location.start].lower())[-1]
    text = " " + " ".join(_WORD.findall(clause)) + " "
    for verb in held.stock_verbs:
        at = text.rfind(f" {verb} ")
        if at < 0:
            continue
        after = text[at + len(verb) + 2 :].split()
        if not any(_event(w, held) for w in after):
            return True
    return False


def _told_as_event(document: Document, items: Sequence[Claim], held: HeldCues) -> bool:
    """The first item's clause tells it with an event verb right before it and no stock
    verb ("Floodwater reached 140 homes in Kesby")."""
    first = items[0]
    start = sentence_of(document, first)[0]
    clause = _CLAUSE.split(document.prose[start : first.location.start].lower())[-1]
    lead = _WORD.findall(squash(clause))
    if any(w in held.stock_verbs for w in lead) or " home to " in f" {' '.join(lead)} ":
        return False
    return bool(lead) and any(_event(w, held) for w in lead[-3:])


def demote(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    sums: list[Sum],
    held: HeldCues,
    roles: RoleCues,
) -> tuple[list[Sum], list[Part]]:
    """The sums whose total's clause shows a larger whole, split off as parts; a total
    whose clause counts fewer holders than items is dropped."""
    kept: list[Sum] = []
    parts: list[Part] = []
    where = {id(c): k for k, sentence in enumerate(sentences) for c in sentence}
    for items, total in sums:
        k = where.get(id(total))
        counted = None if k is None else holders(sentences[k], total, document, held, roles.kinds)
        n = counted[0] if counted is not None else None
        if n is not None and n < len(items):
            continue  # "Both clubs together ..." after three figures: not these items
        if (n is not None and n > len(items)) or (
            _stock(document, total, held) and _told_as_event(document, items, held)
        ):
            parts.append((items, (total,)))
        else:
            kept.append((items, total))
    return kept, parts


__all__ = ["demote"]
