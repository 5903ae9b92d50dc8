"""Blocking keys of drift: which claims a run's index may ever compare.

``block_key`` is the normalized key a claim is blocked on (measured thing, event,
qualifiers, unit dimension, place, change-or-level); ``group_key`` is the coarser key no
comparison crosses, on which engines that split a corpus (numcheck/distributed/) send
claims to one place. Split from align.py: the keys are read without the index.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from numcheck.checkers.drift.alignment import Alignment
from numcheck.checkers.drift.measured import MARK, changes, measured, measured_thing
from numcheck.checkers.drift.meeting import candidate
from numcheck.checkers.drift.swaps import swap_candidate, swap_key
from numcheck.claims import Claim, Scope
from numcheck.extract.distances import standing_distance
from numcheck.quantity import Kind
from numcheck.text import norm

__all__ = ["LIKE", "BlockKey", "IndexKey", "alignable", "block_key", "dimension_family",
           "event_of", "family", "fine_key", "group_key", "individuals", "is_measured",
           "linked", "related_heads", "size_class", "sort_key", "tabled", "unplaced"]

BlockKey = tuple[str | None, str | None, tuple[str, ...], str, str | None, bool]
IndexKey = tuple[str, BlockKey]  # (story set, key)
LIKE = "≈"  # a group key's thing: a story set's figures of one dimension family
# kinds whose figure keyed by a thing alone is that thing's amount only when the thing is
# an amount itself (``[amounts]``); otherwise the thing is the base of a share: "44% of
# patients", "two-thirds of voters"
_AMOUNT_KINDS = frozenset({Kind.MONEY, Kind.PERCENT, Kind.PERCENTAGE_POINT, Kind.RATIO})


def alignable(claim: Claim, alignment: Alignment | None = None) -> bool:
    """Claims drift can compare: keyed by the lexicon (``_keyed``) or by their
    measure (checkers/drift/measured.py: "a budget of £421 million")."""
    return _keyed(claim, alignment) or is_measured(claim, alignment)


def is_measured(claim: Claim, alignment: Alignment | None = None) -> bool:
    if not claim.measure:
        return False
    alignment = alignment or Alignment.from_lexicon()
    keyed = _keyed(claim, alignment) and not tabled(claim, alignment)
    return measured(claim, keyed, alignment.period_things)


def tabled(claim: Claim, alignment: Alignment) -> bool:
    """A figure keyed by a thing alone whose measure's head names a measure of the
    relation table ("the harvest reached 2.4 million tonnes of grain": grain, by its
    harvest): what it amounts to is the measure, which relates it to another
    article's "grain exports of 2.4 million tonnes"; its thing only says of what."""
    key = claim.key
    if key.thing is None or key.event is not None or not claim.measure or (
            claim.quantity.kind is Kind.COUNT):
        return False
    head = norm(claim.measure[0])
    return head != key.thing and alignment.relations.measure(head) is not None


def _keyed(claim: Claim, alignment: Alignment | None = None) -> bool:
    """Claims the lexicon key aligns: amounts in the story, measuring something known.

    A figure without an event is identified by its thing only when it has a unit: a
    measure ("40-mile convoy"), or a money or percent figure whose thing is an amount
    itself (revenue, turnout, a rate: ``[amounts]`` in measures.toml). "44% of
    patients" and "two-thirds of voters" name the base of a share, not what the share
    counts."""
    q = claim.quantity
    if claim.scope is Scope.BOILERPLATE or not q.is_amount:
        return False
    key = claim.key
    if key.event is None and event_of(claim, alignment) is None:
        if key.thing is None or key.dimension == "count":
            return False
        if q.kind in _AMOUNT_KINDS:
            amounts = (alignment or Alignment.from_lexicon()).amounts
            return key.thing in amounts
        return True
    return True


def block_key(claim: Claim, alignment: Alignment | None = None) -> BlockKey:
    """The key drift blocks on: a participant named by role blocks with its root
    ("miner", "worker" -> "people"; pairs are then kept only for related roles)."""
    key = claim.key
    place = norm(claim.place) if claim.place else None
    if is_measured(claim, alignment):  # places are weighed when pairing (measured.fits)
        alignment = alignment or Alignment.from_lexicon()
        head = MARK + size_class(alignment, measured_thing(claim, alignment)[len(MARK):],
                                           key.dimension)
        # "Kelvedge, 35 miles up the coast": a bearing's "up" is no change (distances.py)
        moved = changes(claim) and not standing_distance(claim.measure)
        return (head, None, (), key.dimension, None, moved)
    alignment = alignment or Alignment.from_lexicon()
    thing = norm(key.thing) if key.thing else None
    return (
        alignment.thing_class(thing),
        event_of(claim, alignment),
        tuple(sorted(norm(q) for q in key.qualifiers)),
        key.dimension,
        place,
        claim.is_change,
    )


def size_class(alignment: Alignment, head: str, dimension: str | None) -> str:
    """A measured head's block: for a size ("the 24-metre trawler", "the 42-metre cargo
    ship": a dimension of ``[individuals]``), its noun's root ("boat", senses.py), as
    "the 42-metre vessel" names the same individual; else the head (12 trawlers among
    30 boats are a part)."""
    if dimension not in alignment.individuals or head in alignment.subgroups:
        return head
    noun = head if head in alignment.roots else head.rpartition(" ")[2]
    return alignment.roots.get(noun, head)


def individuals(claims: Sequence[Claim], alignment: Alignment,
                texts: Mapping[str, str]) -> list[list[int]]:
    """A measured block's figures split by the individual they size. A size blocks
    with the root of its thing's hypernyms (``Alignment.size_class``: "the 24-metre
    trawler", "the 42-metre vessel"), which names one individual only when the story's
    articles name at most one kind under that root: where they name two ("a 24-metre
    trawler and a 180-metre cargo ship"; "the ferry", "the yacht") a hypernym could be
    either, and each head keeps to its own figures. The words read are the articles'
    own (their lemmas), only for a block whose heads differ."""
    heads = [measured_thing(c, alignment)[len(MARK):] for c in claims]
    if len(set(heads)) > 1:
        dimension = claims[0].key.dimension  # one block: one dimension
        roots = {size_class(alignment, h, dimension) for h in heads}
        named = {w for path in {c.location.path for c in claims}
                 for w in _nouns(texts.get(path, ""))
                 if w not in roots and size_class(alignment, w, dimension) in roots}
        if len(named | set(heads) - roots) > 1:
            by_head: dict[str, list[int]] = {}
            for i, head in enumerate(heads):
                by_head.setdefault(head, []).append(i)
            return list(by_head.values())
    return [list(range(len(claims)))]


def _nouns(text: str) -> set[str]:
    """The lemmas of a text's words (a story's own naming of its individuals)."""
    from numcheck.likeness import lemma

    return {lemma(w) for w in set(re.findall(r"[a-z]+", text.lower()))}


def event_of(claim: Claim, alignment: Alignment | None = None) -> str | None:
    """The event a claim counts: its key's, else the one its descriptor names
    (``Alignment.described_event``: "940 jobs will be lost" are jobs cut)."""
    if claim.key.event is not None:
        return norm(claim.key.event)
    if claim.quantity.kind is not Kind.COUNT or not claim.measure:
        return None
    return (alignment or Alignment.from_lexicon()).described_event(claim)


def group_key(claim: Claim, story: str, alignment: Alignment | None = None, *,
              likeness: bool = True) -> IndexKey | None:
    """The key no comparison crosses. In a story set the likeness route reads
    (``likeness``: at most ``[likeness] documents`` documents, ``StoryView.size``): the
    story set and the claim's dimension family (``dimension_family``), for every figure
    the key route aligns (``fine_key``) or the likeness route reads (meeting.candidate:
    figures of two keys may meet by their words). In a larger story set, the key route's
    own group (``fine_key``), so a story told by thousands of articles still splits into
    many groups. None: never compared. Engines that split a corpus (numcheck/distributed/)
    send equal keys to one place (docs/maintainers/claims.md, "figures that meet by
    likeness": how it scales)."""
    if not likeness:
        return fine_key(claim, story, alignment)
    if fine_key(claim, story, alignment) is None and not candidate(claim):
        return None
    return (story, (LIKE, None, (), dimension_family(claim), None, False))


def dimension_family(claim: Claim) -> str:
    """Money in any currency, any physical measure or duration, else the dimension:
    figures of one family may meet (a unit swap, "130 km" and "130 miles", "£96m" and
    "€96m", is of one family)."""
    kind = claim.quantity.kind
    if kind is Kind.MONEY:
        return "money"
    if kind in (Kind.MEASURE, Kind.DURATION):
        return "measure"
    return claim.key.dimension


def fine_key(claim: Claim, story: str, alignment: Alignment | None = None) -> IndexKey | None:
    """The key route's group: the claim's story set and its block key without
    the event (a part/whole pair links killed and casualties) and without the place (a
    figure that names none is also its document's home place's, and a local story's
    figures align whatever place they name). None: never compared. Engines that split
    a corpus (numcheck/distributed/) send equal keys to one place. A figure no key
    aligns meets the figures of its number and kind (swaps.py: "130 km", "130 miles")."""
    if not alignable(claim, alignment):
        return swap_key(claim, story) if swap_candidate(claim) else None
    key = family(block_key(claim, alignment))
    # measured figures of one dimension meet: neighbouring heads (net and operating
    # profit) are compared as siblings
    alignment = alignment or Alignment.from_lexicon()
    thing = MARK if (key[0] or "").startswith(MARK) else alignment.thing_family(key[0])
    return (story, (thing, key[1], key[2], key[3], None, key[5]))


def family(key: BlockKey) -> BlockKey:
    """The key without its event: the blocks a composite measure can link."""
    return (key[0], None, key[2], key[3], key[4], key[5])


def linked(a: BlockKey, b: BlockKey, alignment: Alignment | None = None) -> bool:
    """Whether the claim index compares figures of blocks ``a`` and ``b`` (places and
    windows aside): one block, or two it links (align.py ``_composites``, ``_siblings``):
    a composite and its part (casualties, killed), neighbouring events of one thing
    (arrests, charges), neighbouring things of one event (customers, people) and
    neighbouring measured heads (net income, operating profit)."""
    if unplaced(a) == unplaced(b):
        return True
    if (a[2], a[3], a[5]) != (b[2], b[3], b[5]):
        return False
    alignment = alignment or Alignment.from_lexicon()
    thing_a, event_a, thing_b, event_b = a[0] or "", a[1] or "", b[0] or "", b[1] or ""
    if thing_a.startswith(MARK) and thing_b.startswith(MARK):
        return related_heads(thing_a, thing_b, alignment) is not None
    if thing_a == thing_b:
        return alignment.kin(event_a, event_b) is not None
    return event_a == event_b and thing_b in alignment.thing_siblings.get(thing_a, ())


def related_heads(a: str, b: str, alignment: Alignment) -> str | None:
    """How the measures two measured heads name relate ("~export", "~production":
    siblings; relations.py), else how their lexicon things do ("~household",
    "~people": head_things.py), or None: one measure, or none the tables relate."""
    heads = a[len(MARK):], b[len(MARK):]
    if heads[0] == heads[1]:
        return None
    from numcheck.checkers.drift.head_things import head_kin  # lexicon things' relation

    return (alignment.kin(*(alignment.head_measure(h) for h in heads))
            or head_kin(heads[0], heads[1], alignment))


def unplaced(key: BlockKey) -> BlockKey:
    """The key without its place: a list's items name theirs ("27 of the injured went
    to the Royal, nine to the unit at Eastfield")."""
    return (key[0], key[1], key[2], key[3], None, key[5])


def sort_key(index_key: IndexKey) -> tuple[str, ...]:
    story, (thing, event, qualifiers, dimension, place, change) = index_key
    return (story, thing or "", event or "", " ".join(qualifiers), dimension, place or "",
            str(change))  # fmt: skip
