"""A total whose own clause counts the holders of its items (NC202).

"Hennock won 18,412 votes to Aldwen's 15,306. ... The two candidates' combined 33,918
votes were a record"; "Kesby refines 250,000 barrels a day, Orrin 220,000 and Pell
140,000. Together, the three refineries process 620,000 barrels a day." The items are
told in an earlier sentence in any grammar (a list, "X to Y's N", one clause each); the
total's clause says it adds them up and says how many they are.

The reading fires on evidence that the figures are the same thing, never on the absence
of a difference: a total cue in the total's clause (``[held_totals] cues``: "combined",
"together", "between them"), a count of holders in that clause before the figure ("the
two candidates") equal to the number of items, and items that are every figure of the
total's kind, unit and dimension in the nearest earlier sentence of the paragraph that
holds any (``sentences_back``), none tied to another noun by the word before it
(``[roles] not_before_item``: "a margin of 3,106"), none a change, none larger than the
total, their sum within a factor of two of it, each counting the total's thing. A total
whose clause names a time the items' sentence does not is another window: no sum.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._compare import sentence_of, squash
from numcheck.checkers._role_lists import _elided, _labels
from numcheck.checkers._roles import RoleCues, times
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.quantity import Kind

Sum = tuple[tuple[Claim, ...], Claim]

_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)
_MOST_HOLDERS = 12  # "the 40 clubs' combined 1,200 players" counts no list
_TAIL_WORDS = 3  # words after the total still read as its own clause ("33,918 votes were")


class HeldCues:
    """The ``[held_totals]`` words, checked loudly: a cue must be lowercase words."""

    def __init__(self, lex: Mapping[str, Any]) -> None:
        table: Mapping[str, Any] = lex.get("held_totals", {})
        cues = table.get("cues", ())
        reach = table.get("sentences_back", 2)
        if not isinstance(cues, list) or not all(
            isinstance(c, str) and c and c == c.lower().strip() and re.fullmatch(r"[a-z' ]+", c)
            for c in cues
        ):
            raise ValueError("[held_totals] cues must be a list of lowercase words")
        if not isinstance(reach, int) or isinstance(reach, bool) or not 1 <= reach <= 3:
            raise ValueError("[held_totals] sentences_back must be an integer from 1 to 3")
        self.cue = re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b") if cues else None
        self.reach = reach


def _alike(a: Claim, b: Claim) -> bool:
    """Two figures of one kind, unit and dimension, neither a change."""
    qa, qb = a.quantity, b.quantity
    return (
        qa.kind is qb.kind
        and qa.kind in _KINDS
        and qa.unit == qb.unit
        and a.key.dimension == b.key.dimension
        and not a.is_change
        and not b.is_change
    )


def _holders(sentence: Sequence[Claim], total: Claim, document: Document) -> int | None:
    """The count of holders told before the total in its clause ("the two candidates'
    combined"), with no mark of another clause between them."""
    for claim in sentence:
        if claim is total or claim.location.start >= total.location.start:
            break
        q = claim.quantity
        if q.kind is not Kind.COUNT or q.value is None or q.value != int(q.value):
            continue
        if not 2 <= q.value <= _MOST_HOLDERS or q.hard.low != q.hard.high:
            continue
        gap = document.prose[claim.location.end : total.location.start]
        if any(m in gap for m in ";:.()—–"):
            continue
        lead = squash(document.prose[max(0, claim.location.start - 12) : claim.location.start])
        if lead.split()[-1:] in (["the"], ["its"], ["their"], ["all"], ["these"], ["those"]):
            return int(q.value)
    return None


def _tied(document: Document, claim: Claim, cues: RoleCues) -> bool:
    """A figure the word before it ties to another noun ("a margin of 3,106")."""
    start = sentence_of(document, claim)[0]
    lead = squash(document.prose[max(start, claim.location.start - 20) : claim.location.start])
    last = lead.split()[-1:]
    return bool(last) and last[0] in cues.not_before_item


def _items(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    i: int,
    total: Claim,
    reach: int,
    cues: RoleCues,
) -> tuple[list[Claim], int] | None:
    """The figures of the total's kind of the nearest earlier sentence of its paragraph
    that holds any, none tied to another noun, and that sentence's index."""
    start = sentence_of(document, total)[0]
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if not sentences[j]:
            continue
        if "\n\n" in document.prose[sentences[j][-1].location.end : start]:
            return None
        alike = [c for c in sentences[j] if _alike(c, total)]
        if alike:
            return [c for c in alike if not _tied(document, c, cues)], j
    return None


def _clause_times(document: Document, total: Claim, cues: RoleCues) -> set[str]:
    """The times the total's own clause names: its sentence up to the figure and a few
    words after ("... 33,918 votes were the most since 2008" compares, no window)."""
    start, end = sentence_of(document, total)
    tail = squash(document.prose[total.location.end : end]).split()[:_TAIL_WORDS]
    return times(document.prose[start : total.location.end] + " " + " ".join(tail), cues)


def find_held_totals(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    taken: set[int],
    roles: RoleCues,
    cues: HeldCues,
) -> list[Sum]:
    """The totals whose clause counts as many holders as the earlier sentence has items
    and calls the figure their sum; ``taken`` holds figures another route read."""
    sums: list[Sum] = []
    if cues.cue is None:
        return sums
    for i, sentence in enumerate(sentences):
        for total in sentence:
            if id(total) in taken or total.quantity.kind not in _KINDS or total.is_change:
                continue
            n = _holders(sentence, total, document)
            if n is None:
                continue
            start = sentence_of(document, total)[0]
            opening = squash(document.prose[start : total.location.start])
            if cues.cue.search(opening) is None or roles.grammar.adds_beyond(opening):
                continue
            found = _items(document, sentences, i, total, cues.reach, roles)
            if found is None or len(found[0]) != n:
                continue
            items, j = found
            if any(id(c) in taken for c in items):
                continue
            made = sum(c.quantity.hard.low for c in items)
            high = total.quantity.hard.high
            if max(c.quantity.hard.low for c in items) > high or not made / 2 <= high <= 2 * made:
                continue
            if not all(_elided(c, total, roles.kinds, _labels(document, c, roles.kinds)) for c in items):
                continue
            lo, hi = sentence_of(document, sentences[j][0])
            if not _clause_times(document, total, roles) <= times(document.prose[lo:hi], roles):
                continue
            sums.append((tuple(items), total))
            taken.update(id(c) for c in (*items, total))
    return sums


__all__ = ["HeldCues", "find_held_totals"]
