"""Wholes named by kin, and what "of those <noun>" names: "180 of the detainees" after "150
people were detained", "14 of those arrested". Split from ``_partitive`` (the partitive
grammar) to keep each file short. A whole found in an earlier sentence is a reading:
``listed_head`` and ``outgrown`` choose the figure that can hold the part, for the
partitive reader and the extractor's own links (``stated_parts``) alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from numcheck.checkers._compare import checkable, squash, stem
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

if TYPE_CHECKING:
    from numcheck.checkers._partitive import PartCues

SHARES = (Kind.PERCENT, Kind.RATIO)
_KIN_FIGURES = 60  # figures read back for the whole a part's noun names by kin

def alike(a: Claim, b: Claim) -> bool:
    """Same kind of amount: parts and wholes are counted alike."""
    qa, qb = a.quantity, b.quantity
    return qa.kind is qb.kind and qa.kind not in SHARES and a.key.dimension == b.key.dimension



KIN_REACH = 24  # earlier figures read for the event "those" names: a few sentences' worth
_AUXILIARIES = frozenset(
    {"who", "that", "which", "were", "was", "are", "is", "have", "has", "had", "been", "being"}
)


def pronoun_named(document: Document, part: Claim) -> list[str]:
    """The word after "of those" that names what the pronoun stands for ("of those
    arrested", "of those who were injured"); "them" takes none ("3 of them children":
    the word names the part)."""
    after = squash(document.prose[part.location.end : part.location.end + 48])
    said = re.split(r"[^a-z' -]", after, maxsplit=1)[0].split()
    if said[:2] not in (["of", "those"], ["of", "these"]):
        return []
    said = said[2:]
    while said and said[0] in _AUXILIARIES:
        said = said[1:]
    return said[:1]


def unlike(whole: Claim | None, named: Sequence[str], cues: PartCues) -> Claim | None:
    """The antecedent, unless the words after the pronoun name another event than its own."""
    told = cues.forms.get(" ".join(named))
    if whole is None or told is None or told[0] != "event":
        return whole
    return whole if whole.key.event in (None, told[1]) else None


_KIN = 5  # letters two words' stems must share: "detainees"/"detained", "evacuees"/"evacuated"


def by_kin(
    document: Document,
    claim: Claim,
    np: Sequence[str],
    earlier: Iterable[Claim],
    cues: PartCues,
) -> Claim | None:
    """ "180 of the detainees" after "150 people were detained": a noun names the whole by
    its kin to the verb said of an earlier figure (its event as written, or the words of
    its measure after the head: "300 people protested"), the nearest a few sentences and
    ``_KIN_FIGURES`` figures back at most (one long sentence of figures stays linear),
    counted alike."""
    stems = [stem(w) for w in np if len(w) > _KIN]
    if not stems:
        return None
    sentences, last = 0, claim.sentence
    for walked, whole in enumerate(earlier):
        if whole.sentence != last:
            sentences, last = sentences + 1, whole.sentence
        if sentences > cues.reach or walked >= _KIN_FIGURES:
            return None
        said = [*(whole.event or "").lower().split()[-1:], *whole.measure[1:]]
        if not said or whole.is_change or not alike(whole, claim):
            continue
        if whole.sentence != claim.sentence and not _same_time(document, claim, whole, cues):
            return None  # "150 were detained on Friday. Last year 400 of the detainees"
        if any(_kindred(s, stem(w)) for s in stems for w in said):
            return whole
    return None


def listed_head(part: Claim, whole: Claim | None, heads: Mapping[int, Claim]) -> Claim | None:
    """ "The 118 returned were 73 soldiers, 39 civilians and six border guards. Twenty-two
    of them ...": a figure told in an earlier sentence as one item of a listed breakdown
    (``heads``: each item's total) is not what a later sentence's part counts when the
    item cannot hold the part and the list's total can; the total opened the list and is
    its topic. A part too large for both stays with the item (what NC201 reports)."""
    if whole is None or whole.sentence == part.sentence:
        return whole
    low = part.quantity.hard.low
    head = heads.get(id(whole))
    if low <= whole.quantity.hard.high or head is None or head.is_change:
        return whole
    if not alike(part, head) or low > head.quantity.hard.high:
        return whole
    return head


_DOUBT = 2  # a part this many times its whole puts the reading in doubt


def outgrown(part: Claim, whole: Claim | None, earlier: Iterable[Claim]) -> Claim | None:
    """ "Police stopped 310 drivers. Officers from four forces took part. Forty of them
    ...": a whole found in an earlier sentence by a pronoun or a noun is a reading, not a
    fact. When the part is ``_DOUBT`` times that whole or more, the nearest other figure
    counted alike within reach (``earlier``, nearest first) that holds it is the whole
    the copy may mean (None: the reading stands). No part is reported larger than a
    whole the copy may not mean, and the part stays a part, of that figure (the
    restatement readers leave it out). A misreported part is a near miss, not a
    multiple: a part too large for every figure in reach stays with the nearest."""
    if whole is None or whole.sentence == part.sentence or part.quantity.kind in SHARES:
        return None
    low = part.quantity.hard.low
    if low < _DOUBT * whole.quantity.hard.high:
        return None
    return next(
        (c for c in earlier
         if c is not whole and not c.is_change and alike(part, c) and c.quantity.hard.high >= low),
        None,
    )


def stated_parts(
    claims: Sequence[Claim],
    parts: list[tuple[tuple[Claim, ...], tuple[Claim, ...]]],
    heads: Mapping[int, Claim],
) -> None:
    """Parts the claim extractor linked (``Claim.part_of``) that the relation readers
    (``_relations._find``) missed, their wholes read as the partitive reader reads a
    pronoun's (``listed_head``, ``outgrown``)."""
    known = {id(c) for members, _ in parts for c in members}
    at = {c.location.start: c for c in claims if checkable(c)}
    ordered = sorted(claims, key=lambda c: c.location.start)
    index = {id(c): i for i, c in enumerate(ordered)}
    for claim in claims:
        whole = at.get(claim.part_of) if claim.part_of is not None else None
        if whole is None or id(claim) in known or not checkable(claim):
            continue
        whole = listed_head(claim, whole, heads) or whole
        i = index[id(claim)]
        earlier = (ordered[j] for j in range(i - 1, max(-1, i - 1 - KIN_REACH), -1))
        parts.append(((claim,), (outgrown(claim, whole, earlier) or whole,)))


def _same_time(document: Document, part: Claim, whole: Claim, cues: PartCues) -> bool:
    """The part's sentence names no time the whole's does not ([spread] times, years)."""
    def times(span: tuple[int, int]) -> set[str]:
        text = document.prose[span[0] : span[1]].lower()
        return (set(re.findall(r"[a-z]+", text)) & cues.times) | set(_YEAR.findall(text))

    return times(part.sentence) <= times(whole.sentence)


_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")


def _kindred(a: str, b: str) -> bool:
    """Two stems of one word: they share all but the last letter of the shorter, and at
    least ``_KIN`` letters."""
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), None)
    common = min(len(a), len(b)) if common is None else common
    return common >= _KIN and common >= min(len(a), len(b)) - 1


__all__ = [
    "KIN_REACH", "SHARES", "alike", "by_kin", "listed_head", "outgrown", "pronoun_named",
    "stated_parts", "unlike",
]
