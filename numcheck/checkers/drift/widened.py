"""A figure whose event is joined by "or" to another ("142 services were cancelled or
part-cancelled", "31 people were killed or are missing"): the figure counts a whole, of
which the event alone is a part.

The lexicon names the common wholes as events of their own ("killed or injured" is
casualties, "damaged or destroyed" a composite), but desks join an event to whatever
its story needs ("cancelled or delayed", "cancelled or part-cancelled", "killed or
missing", "closed or restricted"). The grammar reads the join, not the words: an event
word of the figure's own event, in its clause, followed by "or" ("and/or") and a word
that is not a form of the same event. Another article giving the same figure for the
event alone tells the whole as its part, or the part as the whole: measure drift
(NC403). The evidence is one side's own words, the same figure on both sides, and the
pair the index made for one measure.

Never a join to a word of the same event ("arrested or detained", "cancelled or
scrapped": one measure said twice), to a quantity word ("or more", "or fewer"), to a
modal ("or will be"), a figure below ``least`` (small counts coincide), or both sides
joined.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from numcheck.checkers.drift.entries import Pair, Relation
from numcheck.checkers.drift.verdicts import Verdict
from numcheck.claims import Claim

__all__ = ["WIDENED", "event_forms", "joined", "widened"]

WIDENED = "widened"  # NC403: one side's event joined by "or" to another, the other's not

_CLAUSE = re.compile(r"[,;:.()\"“”!?]")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_AFTER, _BEFORE = 90, 40  # characters read after and before the figure, in its clause
_LINKS = (("or",), ("and/or",), ("and", "or"))
_AUXILIARIES = frozenset({"were", "was", "been", "be", "are", "is", "had", "have", "has",
                          "even", "otherwise"})
_NOT_A_MEASURE = frozenset({"more", "less", "fewer", "so", "not", "else", "either", "above",
                            "below", "over", "under", "thereabouts", "will", "would", "could",
                            "may", "might", "should", "can", "shall", "must", "the", "a",
                            "an", "about", "nearly", "almost", "around"})


def joined(claim: Claim, text: str | None, forms: Iterable[str]) -> str | None:
    """The word "or" joins to the figure's event word in its clause ("cancelled or
    part-cancelled": "part-cancelled"), when that word is no form of the same event
    (``forms``: the event's forms as written); None otherwise."""
    if text is None:
        return None
    own = frozenset(w for form in forms for w in form.lower().split())
    if not own:
        return None
    start, end = claim.location.start, claim.location.end
    before = _CLAUSE.split(text[max(0, start - _BEFORE):start])[-1]
    after = _CLAUSE.split(text[end:end + _AFTER], maxsplit=1)[0]
    words = _WORD.findall(f"{before} {after}".lower())
    for i, word in enumerate(words):
        if word not in own:
            continue
        rest = words[i + 1:]
        for link in _LINKS:
            if tuple(rest[:len(link)]) == link:
                tail = [w for w in rest[len(link):] if w not in _AUXILIARIES][:1]
                if tail and tail[0] not in own and tail[0] not in _NOT_A_MEASURE:
                    return tail[0]
                return None
    return None


def widened(pair: Pair, verdict: Verdict | None, texts: Mapping[str, str],
            forms: Mapping[str, frozenset[str]], least: float) -> Verdict | None:
    """NC403 for a pair of one measure with the same figure on both sides, at least
    ``least``, when exactly one side joins its event to another by "or" (``joined``);
    None otherwise. ``forms``: each lexicon event's forms."""
    if verdict is not None or pair.relation is not Relation.SAME:
        return None
    a, b = pair.first, pair.second
    qa, qb = a.claim.quantity, b.claim.quantity
    if qa.value is None or qa.value != qb.value or abs(qa.value) < least:
        return None
    if (qa.unit, qa.kind) != (qb.unit, qb.kind) or a.claim.is_change or b.claim.is_change:
        return None
    event = a.claim.key.event
    if event is None or event != b.claim.key.event:
        return None
    wide = [e for e in (a, b)
            if joined(e.claim, texts.get(e.claim.location.path), forms.get(event, ()))]
    if len(wide) != 1:
        return None
    whole = wide[0]
    part = b if whole is a else a
    return Verdict("NC403", whole, part, reason=WIDENED, whole=whole)


def event_forms(pairs: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """Each event's forms (``Alignment.event_forms``: (event, form) pairs), grouped."""
    grouped: dict[str, set[str]] = {}
    for event, form in pairs:
        grouped.setdefault(event, set()).add(form)
    return {event: frozenset(found) for event, found in grouped.items()}

