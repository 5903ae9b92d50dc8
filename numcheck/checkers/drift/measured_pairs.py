"""Which figures of one measured block (a head noun, no lexicon key) drift judges.

A measured block ("budget", "~export") holds figures keyed only by what they are an
amount of, so pairs come from evidence inside the block: one object's figures by its
noun's sense (``keys.individuals``), mutual best matches of two articles
(``measured.matched``) or one telling verb (``telling.told_pairs``), and sibling words
that tell two figures apart ("core" and "headline" inflation). Split from align.py.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from numcheck.checkers.drift.alignment import Alignment, parties_differ
from numcheck.checkers.drift.entries import Entry, Pair, Relation
from numcheck.checkers.drift.keys import individuals
from numcheck.checkers.drift.measured import fitting, matched, told_apart
from numcheck.checkers.drift.pairing import unit_swap
from numcheck.checkers.drift.telling import told_pairs

__all__ = ["measured_pairs", "told_apart_pairs"]


def measured_pairs(entries: Sequence[Entry], alignment: Alignment,
                   texts: Mapping[str, str], cap: int,
                   describing: frozenset[str] = frozenset()) -> Iterator[Pair]:
    """Figures aligned by their measure: mutual best matches of two articles,
    one party (or an unnamed one); a block larger than ``cap`` names no one
    figure and is left alone (checkers/drift/measured.py)."""
    if len(entries) > cap:
        return
    for group in individuals([e.claim for e in entries], alignment, texts):
        yield from _measured_one([entries[i] for i in group], alignment, texts, describing)


def _measured_one(entries: Sequence[Entry], alignment: Alignment,
                  texts: Mapping[str, str], describing: frozenset[str]) -> Iterator[Pair]:
    claims = [e.claim for e in entries]
    paths = [c.location.path for c in claims]

    def agreed(i: int, j: int) -> bool:
        return (_agreed(i, j, entries, paths, alignment, describing)
                or _agreed(j, i, entries, paths, alignment, describing))

    found = list(matched(claims, paths, alignment, describing))
    found += told_pairs(entries, alignment, {i for p in found for i in p}, agreed, texts)
    for i, j in found:
        first, second = entries[i], entries[j]
        if first.reference and second.reference:
            continue
        if agreed(i, j):
            continue  # the other article gives a matching figure for it too
        if unit_swap(first, second) or not parties_differ(first.party, second.party):
            yield Pair(first, second, Relation.SAME)


def told_apart_pairs(entries: Sequence[Entry], alignment: Alignment, cap: int) -> Iterator[Pair]:
    """Figures of one head that sibling words tell apart ("core" and "headline"
    inflation, "gross" and "net" spending: ``[descriptors] siblings``), in two
    articles: the same figure under both is measure drift (NC403)."""
    if len(entries) > cap:
        return
    for i, first in enumerate(entries):
        for second in entries[i + 1:]:
            if first.claim.location.path != second.claim.location.path and told_apart(
                    first.claim, second.claim, alignment):
                yield Pair(first, second, Relation.SIBLING)


def _agreed(i: int, j: int, entries: Sequence[Entry], paths: Sequence[str],
            alignment: Alignment, describing: frozenset[str]) -> bool:
    """Whether the article of ``entries[j]`` also gives a figure that fits the
    descriptor of ``entries[i]`` and agrees with its value: a second figure of
    that article then is of something else, no contradiction."""
    claims = [e.claim for e in entries]
    others = [k for k, path in enumerate(paths) if path == paths[j] and k != j]
    mine = entries[i]
    return any(entries[k].hard.intersects(mine.hard)
               for k in fitting(claims, i, others, alignment, describing))
