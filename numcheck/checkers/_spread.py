"""A breakdown told a sentence or two after its total (NC202).

"A total of 1,380 filling stations had run dry by Tuesday. Stations had run dry in the
north-east (610), the capital region (480) and the south coast (210)", "The census put
the tiger population at 3,682. It found 1,960 tigers inside reserves and 1,772 outside
them": a list of parts with no total of its own, in a sentence that says again what an
earlier figure counts, adds up to that figure.

The list is read as all of the total only when it says so by its form: three or more
parts that repeat the total's words (its noun and its verb: two content words at
least) with no selection cue ("including", "the worst-hit", ``[sums] partial_lists``),
or two parts labelled by the two sides of a complementary pair ("inside" and
"outside", "men" and "women": ``[spread] complements``) that repeat the total's noun.
The total is the nearest earlier figure (``sentences_back``, one paragraph break at
most) of the parts' kind, not an old level ("from 2,967"), at least each part and
within a factor of two of their sum.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from numcheck.checkers._compare import sentence_of, squash, stem, words
from numcheck.checkers._enumerated import headless
from numcheck.checkers._kinds import Kinds, Relation
from numcheck.checkers._sum_cues import SumCues
from numcheck.checkers._sums import Sum, list_run
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

_CANDIDATES = 24  # earlier figures looked at for a list's total
_LEAD = 120  # characters before a list read for a selection cue
_WORD = lazy_compile(r"[a-z][a-z'-]+")


class SpreadCues:
    """The ``[spread]`` words, compiled once per lexicon."""

    def __init__(
        self, lex: Mapping[str, Any], lemma: Callable[[str], str], kinds: Kinds | None = None
    ) -> None:
        cues: Mapping[str, Any] = lex.get("spread", {})
        self.complements = [frozenset(words(pair)) for pair in cues.get("complements", ())]
        self.partial = words(cues.get("partial", ()))
        self.reach = int(cues.get("sentences_back", 2))
        self.stop = frozenset(words(cues.get("not_content", ())))
        self.lemma = lemma
        self.kinds = kinds
        self.times = frozenset(words(cues.get("times", ())))


def _stems(text: str, cues: SpreadCues) -> set[str]:
    return {stem(cues.lemma(w)) for w in _WORD.findall(text) if w not in cues.stop}


def find_spread(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    taken: set[int],
    sum_cues: SumCues,
    cues: SpreadCues,
    parts: list[tuple[tuple[Claim, ...], tuple[Claim, ...]]] | None = None,
) -> list[Sum]:
    """The breakdowns of ``sentences`` whose total an earlier sentence gives; ``taken``
    holds the figures already in a sum (as parts or a total). Two kinds of an earlier
    figure's thing, which may be some of it, go to ``parts`` (they must not add up to
    more)."""
    out: list[Sum] = []
    for i, sentence in enumerate(sentences):
        k = 0
        said: set[str] | None = None  # the sentence's words, read once (a long one too)
        while k < len(sentence):
            run = list_run(document, sentence, k, 1, sum_cues)
            k += len(run)
            if len(run) < 2 or any(id(c) in taken for c in run) or not all(map(_part, run)):
                continue
            if said is None:
                start, end = sentence_of(document, run[0])
                said = _stems(squash(document.prose[start:end]), cues)
            found = _breakdown(document, sentences, i, run, said, cues)
            if found is None:
                continue
            (listed, total), some = found
            members = tuple(headless(document, listed))  # "in two towns, 31 in A and 19 in B"
            if some and parts is not None:
                parts.append((members, (total,)))
            elif not some:
                out.append((members, total))
            taken.update(id(c) for c in (*listed, total))
    return out


def _part(claim: Claim) -> bool:
    q = claim.quantity
    return q.kind in (Kind.COUNT, Kind.MONEY, Kind.MEASURE) and not claim.is_change


def _breakdown(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    i: int,
    run: Sequence[Claim],
    said: set[str],
    cues: SpreadCues,
) -> tuple[Sum, bool] | None:
    """A breakdown of an earlier total, and whether it may be only some of it."""
    start = max(sentence_of(document, run[0])[0], run[0].location.start - _LEAD)
    lead = squash(document.prose[start : run[0].location.start])
    if any(f" {p} " in f" {lead} " for p in cues.partial):
        return None
    labels = [_labels(document, c) for c in run]
    paired = len(run) == 2 and any(
        _sides(pair, labels[0], labels[1]) for pair in cues.complements
    )
    some = not paired and len(run) < 3
    need = 1 if paired else _NO_WORDS if some else 2
    total = _total(document, sentences, i, run, said, need, cues, paired)
    return None if total is None else ((tuple(run), total), some)


_NO_WORDS = 1_000  # two kinds that are no pair: only the noun graph names their total


_LABEL_WORDS = 4  # "2,950 rough sleepers in urban areas": the side is a few words on


def _labels(document: Document, claim: Claim) -> set[str]:
    """The first few words after a part, where its side is named ("inside reserves")."""
    after = squash(document.prose[claim.location.end : claim.location.end + 40])
    after = re.split(r"[,;:.()]", after)[0]
    return {w.strip("'") for w in after.split()[:_LABEL_WORDS]}


def _sides(pair: frozenset[str], a: set[str], b: set[str]) -> bool:
    """Each part names one side of the pair, a different one."""
    one, other = sorted(pair)
    return (one in a and other in b) or (other in a and one in b)


def _total(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    i: int,
    run: Sequence[Claim],
    said: set[str],
    need: int,
    cues: SpreadCues,
    paired: bool = False,
) -> Claim | None:
    first = run[0]
    biggest = max(c.quantity.hard.low for c in run)
    made = sum(c.quantity.hard.low for c in run)
    breaks, looked = 0, 0
    for j in range(i - 1, max(-1, i - 1 - cues.reach), -1):
        if not sentences[j]:
            continue
        breaks += "\n\n" in document.prose[sentences[j][-1].location.end : first.location.start]
        if breaks > 1:
            return None
        for claim in reversed(sentences[j]):
            looked += 1
            if looked > _CANDIDATES:
                return None  # number soup: a total is among the nearest figures or none
            q = claim.quantity
            if q.kind is not first.quantity.kind or claim.key.dimension != first.key.dimension:
                continue
            if claim.is_change or _old_level(document, claim):
                continue
            if not (biggest <= q.hard.high and made / 2 <= q.hard.high and q.hard.low <= 2 * made):
                continue
            if len(said & _context(document, claim, cues)) >= need:
                return claim
            kinds = not paired and _kinds_of(run, claim, cues)
            kinds = kinds and all(claim.key.incident == c.key.incident for c in run)
            if kinds and _same_time(document, run, claim, cues):
                return claim
    return None


_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")


def _times(text: str, cues: SpreadCues) -> set[str]:
    lower = text.lower()
    return {w for w in _WORD.findall(lower) if w in cues.times} | set(_YEAR.findall(lower))


def _same_time(document: Document, run: Sequence[Claim], total: Claim, cues: SpreadCues) -> bool:
    """The parts' sentence names no time the total's does not ("19 guns on Monday. On
    Tuesday they found 8 pistols ..." counts another day's finds)."""
    start, end = sentence_of(document, run[0])
    t_start, t_end = sentence_of(document, total)
    own = document.prose[start:end]
    return _times(own, cues) <= _times(document.prose[t_start:t_end], cues)


def _kinds_of(run: Sequence[Claim], total: Claim, cues: SpreadCues) -> bool:
    """Parts that name different kinds of the total's thing ("19 guns" ... "8 pistols, 6
    shotguns and 3 rifles"): the noun graph says what the words do not."""
    kinds = cues.kinds
    if kinds is None:
        return False
    names = [frozenset(kinds.names(c)) for c in run]  # two or more: _breakdown says how
    if len(set(names)) < len(run) or not all(c.quantity.noun for c in run):
        return False
    whole = kinds.names(total)
    return all(
        kinds.relation(n, whole) is Relation.KIND and not n & whole for n in names
    )


def _old_level(document: Document, claim: Claim) -> bool:
    """ "from 2,967 in 2018": the level a change started from is no total of today."""
    before = squash(document.prose[max(0, claim.location.start - 12) : claim.location.start])
    return before.endswith(("from", "up from", "down from"))


def _context(document: Document, claim: Claim, cues: SpreadCues) -> set[str]:
    """The content words of the figure's clause: what it counts and what was done."""
    start, end = sentence_of(document, claim)
    lead = squash(document.prose[max(start, claim.location.start - 80) : claim.location.start])
    tail = squash(document.prose[claim.location.end : min(end, claim.location.end + 60)])
    lead = re.split(r"[;:—–]", lead)[-1]
    tail = re.split(r"[;:—–]", tail)[0]
    return _stems(f"{lead} {tail}", cues)
