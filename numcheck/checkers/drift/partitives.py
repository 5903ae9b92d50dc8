"""Figures that count a part of an event's toll, not the toll.

"Nine of the dead were children", "the county took 27 of the injured": a partitive
whose whole is the event's own noun (the dead, the injured, the confirmed cases:
measures.toml ``[event_nouns]``), or a noun and the event's participle ("identified 17 of
the people killed": alignment.toml ``[partitives]``), names a subset of the toll.
Another source's toll is no contradiction of it, nor a drift. Items a list goes on with
in the same sentence ("Pellow accounts for 23 of the cases, Hythe for 11 and Brockhurst
for five"), bare of a noun of their own and keyed alike, are parts of the same whole. A
partitive of a population ("500 of its troops were killed", "38,000 of its members
walked out") names no such subset: its verb gives the event, and the figure is the toll.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from functools import cache

from numcheck.claims import Claim
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import Lexicon

__all__ = ["keyed_parts", "participles", "partitive_parts"]

# "of the dead", "of those injured", "of its 14 confirmed cases": the whole's first
# words, up to a punctuation mark
_OF = lazy_compile(
    r"\s+of\s+(?:all\s+)?(?:the|these|those|its|their)\s+((?:\d[\d,.]*|[^\W\d]+)"
    r"(?:[ '-](?:\d[\d,.]*|[^\W\d]+)){0,3})",
    re.IGNORECASE,
)
# words that end the whole's noun phrase before its head could come ("of its troops
# who were missing": the whole is the troops)
_ENDS = frozenset({"who", "that", "which", "were", "was", "is", "are", "had", "have", "has",
                   "in", "at", "on", "from", "for", "and", "or", "but", "to", "by", "with"})


@cache
def participles() -> frozenset[str]:
    """alignment.toml ``[partitives] participles``: an event's participle after the
    whole's noun ("of the people killed") names the event the whole is the toll of."""
    table = Lexicon.default()["alignment"].get("partitives", {})
    return frozenset(str(w).lower() for w in table.get("participles", ()))


def keyed_parts(claims: Iterable[Claim], key: Callable[[Claim], Hashable]) -> set[int]:
    """ids of parts keyed like their whole ("1,360 people had been injured, 210 of them
    seriously") or naming no thing of their own: a subset of the figure, not another
    source's count of it."""
    claims = list(claims)
    at = {(c.location.path, c.location.start): c for c in claims if c.part_of is None}
    found: set[int] = set()
    for claim in claims:
        if claim.part_of is None:
            continue
        whole = at.get((claim.location.path, claim.part_of))
        if whole is not None and (key(whole) == key(claim) or _bare_part(claim, whole)):
            found.add(id(claim))
    return found


def _bare_part(part: Claim, whole: Claim) -> bool:
    """A part that names no thing of its own, of its whole's event ("19 people died,
    including 14 in the dormitory"): it counts the whole's thing, so it is a subset too."""
    return part.key.thing is None and part.key.event is not None and (
        part.key.event == whole.key.event)


def partitive_parts(claims: Iterable[Claim], texts: Mapping[str, str],
                    event_nouns: frozenset[str],
                    key: Callable[[Claim], Hashable]) -> set[int]:
    """ids of the claims that count part of an event's toll (see the module)."""
    sentences: dict[tuple[str, tuple[int, int]], list[Claim]] = defaultdict(list)
    for claim in claims:
        sentences[(claim.location.path, claim.sentence)].append(claim)
    found: set[int] = set()
    for (path, _), group in sentences.items():
        text = texts.get(path)
        if text is None:
            continue
        parted: set[Hashable] = set()  # keys whose list began with a partitive
        for claim in sorted(group, key=lambda c: c.location.start):
            if _of_the_event(text, claim.location.end, event_nouns):
                found.add(id(claim))
                parted.add(key(claim))
            elif claim.quantity.noun is None and parted and key(claim) in parted:
                found.add(id(claim))
    return found


def _of_the_event(text: str, end: int, event_nouns: frozenset[str]) -> bool:
    """Whether the figure ending at ``end`` is followed by "of the <event noun>", or by
    "of the <noun> <event participle>" ("of the people killed": ``participles``)."""
    match = _OF.match(text, end)
    if match is None:
        return False
    told = event_nouns | participles()
    for word in match.group(1).lower().split():
        if word in told:
            return True
        if word in _ENDS:
            return False
    return False
