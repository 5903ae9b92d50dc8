"""The figures an article has told so far, as a definite phrase may restate them
(numcheck/checkers/_anaphora.py): how each is written (``Phrase``) and the index a later
definite phrase reads its candidates from (``Seen``), apart from the reading of the
phrase itself so that each file stays one concern.
"""

from __future__ import annotations

from dataclasses import dataclass

from numcheck.checkers._heads import HeadWords
from numcheck.checkers._restate_kin import Kin, KinIndex
from numcheck.claims import Claim
from numcheck.document import Document


@dataclass(frozen=True, slots=True)
class Phrase:
    """How a figure is written: what it counts, the words between the number and that
    noun, and the word before it when that makes the phrase definite."""

    counted: str
    modifiers: tuple[str, ...]
    determiner: str | None
    possessive: bool
    statistic: bool  # "the 2.1 million homes figure": names the figure itself
    base: str = ""  # what the number itself counts: its noun or unit ("month" of "34-month")
    head: tuple[str, ...] = ()  # the noun a compound or money figure modifies ("trial")
    event: str | None = None  # the event, also when a noun or a phrase gives it
    narrowed: tuple[str, ...] = ()  # the words of a modifier after the noun, stemmed
    part: bool = False  # a partitive's part ("two of its three crude units")
    # a modifier after the noun that opens with a verb: its complement's words, stemmed
    # ("placed in hotels": hotel); empty when a preposition opens it or nothing follows
    retold: tuple[str, ...] = ()
    # another figure of its kind after it in its sentence ("the 35 boats that arrived were
    # towed in, and five landed"): a partition of the set, not the set retold
    shared: bool = False



# how many earlier figures of its measure a definite phrase is read against, nearest
# first: a reference names a recent mention, and an article that tells one measure more
# often than this (a generated dense article) must not cost a scan of all of them
REACH = 64


class Seen:
    """The figures read so far, indexed by what a definite phrase can restate
    (``_same_measure``): the same counted noun; a plain figure of the base a compound
    counts ("the trial lasted 34 months" ... "the 43-month trial"); or, for a noun
    standing for an event ("victims"), the same event. Each within a key's dimension and
    qualifiers, which ``_refers`` requires too."""

    def __init__(self, kin: Kin, document: Document) -> None:
        self.kin = KinIndex[Phrase](kin, document)
        self.order: dict[int, int] = {}
        self.by_counted: dict[tuple[object, ...], list[tuple[Claim, Phrase]]] = {}
        self.by_base: dict[tuple[object, ...], list[tuple[Claim, Phrase]]] = {}
        self.by_event: dict[tuple[object, ...], list[tuple[Claim, Phrase]]] = {}
        self.events: set[str | None] = set()

    def add(self, claim: Claim, phrase: Phrase) -> None:
        self.order[id(claim)] = len(self.order)
        key = (claim.key.dimension, claim.key.qualifiers)
        self.by_counted.setdefault((*key, phrase.counted), []).append((claim, phrase))
        if not phrase.head:
            self.by_base.setdefault((*key, phrase.base), []).append((claim, phrase))
        self.by_event.setdefault((*key, phrase.event), []).append((claim, phrase))
        self.events.add(phrase.event)
        if not phrase.head:
            self.kin.add(claim, phrase.counted, phrase)

    def candidates(
        self, claim: Claim, phrase: Phrase, heads: HeadWords
    ) -> list[tuple[Claim, Phrase]]:
        """The figures ``claim`` may refer to, nearest first, at most ``REACH``."""
        key = (claim.key.dimension, claim.key.qualifiers)
        lists = [self.by_counted.get((*key, phrase.counted), [])]
        if phrase.head and phrase.base:
            lists.append(self.by_base.get((*key, phrase.base), []))
        if phrase.event is not None and heads.event_of_noun(phrase.counted):
            lists.append(self.by_event.get((*key, phrase.event), []))
            lists.append(self.by_event.get((*key, None), []))  # a plain count (_restate_kin)
        if not phrase.head:  # "the 36 shops" after "63 stores" (``_restate_kin``)
            lists.append(self.kin.named(claim, phrase.counted))
        if len(lists) == 1:
            return lists[0][: -REACH - 1 : -1]
        merged = {id(c): (c, p) for found in lists for c, p in found[-REACH:]}
        nearest = sorted(merged.values(), key=lambda cp: -self.order[id(cp[0])])
        return nearest[:REACH]


__all__ = ["REACH", "Phrase", "Seen"]
