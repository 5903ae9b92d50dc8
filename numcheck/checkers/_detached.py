"""Listed parts whose whole was given in an earlier sentence, named by a noun or by
nothing at all.

"A thief stole 2.4 million. ... Of the money, 1.6 million was lost and 1.1 million was
spent" (a partitive intro with a noun, no figure); "The site will have 100 turbines. ...
The turbines will go up in two phases: 56 this year and 54 next year" (a definite noun
phrase before a colon or dash); "Fourteen people died in the floods. Nine died in
Tarrow, three in Orle and one in Bessan" (a breakdown by place of the figure before it:
each part names its own place, the whole none or the story's). The noun names the whole
by the lexicon (``named``), by the kind of amount it is (``[partitive] kind_nouns``:
"the money") or by its lemma (the thing of the whole's key). A figure that is a rate
("about 11,300 each") is never a whole. How the parts relate (partition or disjoint
parts) is ``_partitive``'s rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from numcheck.checkers._compare import party_words, sentence_of, squash
from numcheck.checkers._part_kin import alike
from numcheck.checkers._part_partition import partition as _partition
from numcheck.checkers._partitive import (
    PartCues,
    Partitives,
    _lead,
    _run,
)
from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.lazyre import lazy_compile

_INTRO = re.compile(
    r"^(?:and |but |so )?(?:of|out of) (?:the|its|their|this|that|these|those) "
    r"(?P<np>[a-z'’-]+(?: [a-z'’-]+){0,2}),$"
)
_OPENING = re.compile(r"^the (?P<np>[a-z'’-]+(?: [a-z'’-]+){0,2})")
_BREAKDOWN_SENTENCES = 2  # how far back the figure a place breakdown splits may be


def find_detached(
    document: Document,
    sentence: Sequence[Claim],
    history: Sequence[Claim],
    cues: PartCues,
    found: Partitives,
    taken: frozenset[int] = frozenset(),
) -> None:
    """Add to ``found`` the parts of ``sentence`` listed against a whole of an earlier
    sentence (``history``); figures in ``taken`` or already placed are left alone."""
    k = 0
    while k < len(sentence):
        first = sentence[k]
        if id(first) in found.seen or id(first) in taken or first.is_change:
            k += 1
            continue
        members = _run(document, sentence, k, cues)
        whole = _named_whole(document, first, history, cues)
        if whole is None and len(members) > 1:
            whole = _broken_down(document, members, history, cues)
        if whole is not None:
            found.add(members, whole, _partition(document, members, cues))
        k += len(members)


def _named_whole(
    document: Document, first: Claim, history: Sequence[Claim], cues: PartCues
) -> Claim | None:
    """ "Of the money, 1.6 million ...", "The turbines will go up in two phases: 56 ...":
    the earlier figure the noun before the first part names."""
    lead = _lead(document, first)
    if lead is None:
        return None  # a clause too long before its figure to be an intro (linear time)
    intro = _INTRO.match(lead)
    if intro is not None:
        return _last(document, first, history, cues, _naming(intro.group("np").split(), cues))
    opening = _OPENING.match(lead)
    if opening is None or not lead.endswith(cues.marks):
        return None
    words = opening.group("np").split()
    for n in range(1, len(words) + 1):  # "the turbines", "the new turbines"
        head = words[:n]
        if cues.named(" ".join(head)) is not None or cues.lemma(head[-1]) != head[-1]:
            return _last(document, first, history, cues, _naming(head, cues))
    return None


def _naming(np: list[str], cues: PartCues) -> Callable[[Claim], bool]:
    """What an earlier figure must be for the noun phrase ``np`` to name it."""
    named = cues.named(" ".join(np))
    kind = cues.kind_nouns.get(np[-1])
    thing = cues.lemma(np[-1])

    def names(claim: Claim) -> bool:
        if named is not None:
            slot, name = named
            return (claim.key.event if slot == "event" else claim.key.thing) == name
        if kind is not None:
            return claim.quantity.kind.value == kind
        return claim.key.thing == thing

    return names


def _last(
    document: Document,
    part: Claim,
    history: Sequence[Claim],
    cues: PartCues,
    names: Callable[[Claim], bool],
) -> Claim | None:
    """The last earlier figure (a few sentences back at most) the noun names."""
    sentences, last = 0, part.sentence
    for earlier in reversed(history):
        if earlier.sentence != last:
            sentences, last = sentences + 1, earlier.sentence
        if sentences > cues.reach:
            return None
        if earlier.sentence == part.sentence or not names(earlier):
            continue
        if alike(earlier, part) and not earlier.is_change and not _rate(document, earlier, cues):
            return earlier
    return None


_YEAR = lazy_compile(r"\b(?:1[89]|20)\d\d\b")


def _years(document: Document, claim: Claim) -> set[str]:
    """The years the sentence of a figure names."""
    start, end = sentence_of(document, claim)
    return set(_YEAR.findall(document.prose[start:end]))


def _rate(document: Document, claim: Claim, cues: PartCues) -> bool:
    """ "about 11,300 each", "40 a head": a figure per item is never a whole."""
    after = squash(document.prose[claim.location.end : claim.location.end + 20])
    return any(re.match(rf"{re.escape(r)}\b", after) for r in cues.rates)


def _broken_down(
    document: Document, members: Sequence[Claim], history: Sequence[Claim], cues: PartCues
) -> Claim | None:
    """ "Fourteen people died ... Nine died in Tarrow, three in Orle and one in Bessan":
    parts that each name a place, of the event and thing of a figure a sentence or two
    before that names none (or the story's own place, the headline's)."""
    first = members[0]
    places = {squash(m.place) for m in members if m.place}
    if len(places) < 2 or any(m.place is None for m in members):
        return None
    if first.key.event is None or any(m.key.event != first.key.event for m in members):
        return None
    story = [p for c in history if c.scope is Scope.HEADLINE and (p := party_words(c.place))]
    sentences, last = 0, first.sentence
    for earlier in reversed(history):
        if earlier.sentence != last:
            sentences, last = sentences + 1, earlier.sentence
        if sentences > _BREAKDOWN_SENTENCES:
            return None
        if earlier.scope is Scope.HEADLINE or earlier.key.event != first.key.event:
            continue
        if not alike(earlier, first) or earlier.is_change or earlier.window != first.window:
            return None
        if _years(document, earlier) - _years(document, first):
            return None  # "The 2019 floods killed 56": another year's figure
        if first.key.thing not in (None, earlier.key.thing) and earlier.key.thing is not None:
            return None
        where = party_words(earlier.place)
        if where and not any(where <= s or s <= where for s in story):
            return None  # another place's figure: a sibling, not the whole
        return earlier
    return None
