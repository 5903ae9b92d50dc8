"""A definite figure whose relative clause retells the earlier figure's verb and then
adds where, when or for what: "The firm laid off 420 staff in March" ... "the 380 staff
who were laid off from the Kelby plant"; "About 2,300 drivers walked out" ... "the
1,900 drivers who walked out in the city depots"; "hired 300 staff this year" ... "the
250 staff who were hired for the Christmas season".

The verb says the clause is about the same happening; the prepositional phrase after it
picks which of the set (a place, a season, a purpose). The evidence is that the phrase's
head was never said of the earlier figure: a clause that repeats the earlier figure's
own words ("who were laid off in March") retells it whole and is still compared, and a
phrase whose head is a time word ("destroyed on Monday") may tell when. Only
a phrase opened by a preposition right after the verb (and words said of the earlier
figure, "laid off", "took part") is read: what follows it may be the main clause
("... in March got redundancy pay"), which narrows nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.checkers._compare import sentence_of, squash, stem
from numcheck.checkers._heads import HeadWords
from numcheck.claims import Claim
from numcheck.document import Document

_PUNCT = "\"“”‘’'(),.;:"
_ENDS = (",", ";", ":", ".", "!", "?")
_AUXILIARIES = frozenset({"been", "being", "be", "had", "has", "have", "was", "were", "is",
                          "are"})
_LOOK = 10  # words of the clause read after the noun at most


def _opening(words: Sequence[str], relatives: frozenset[str]) -> int | None:
    """Where a verb-opened modifier's verb stands: after a relative pronoun and its
    auxiliaries, or first ("the 380 staff laid off from ..."); None when no verb opens
    the modifier ("the 150 workers on the night shift" is read elsewhere)."""
    first = words[0] if words else ""
    if first in relatives:
        at = 1
        while at < len(words) and words[at] in _AUXILIARIES:
            at += 1
        return at if at < len(words) else None
    if len(first) > 4 and first.endswith("ed") and first.isalpha():
        return 0
    return None


def adjunct_part(
    document: Document,
    later: Claim,
    earlier: Claim,
    heads: HeadWords,
    relatives: frozenset[str],
    prepositions: frozenset[str],
    times: frozenset[str],
) -> bool:
    """Whether ``later``'s relative clause retells ``earlier``'s verb and then names, in
    a phrase opened by a preposition, a head never said of ``earlier``: a part."""
    noun = squash(later.quantity.noun or "")
    if not noun:
        return False
    end = sentence_of(document, later)[1]
    raw = document.prose[later.location.end : end].split()[: _LOOK + 3]
    prefix = noun[: max(3, len(noun) - 1)]
    at = next((i for i, x in enumerate(raw[:3]) if x.lower().startswith(prefix)), None)
    if at is None or raw[at].endswith(_ENDS):
        return False
    told = raw[at + 1 :]
    words = [x.strip(_PUNCT).lower() for x in told]
    verb = _opening(words, relatives)
    if verb is None or not heads.said_of(document, earlier, (stem(words[verb]),)):
        return False  # no verb of the earlier figure's clause: another reading's case
    i = verb
    while i + 1 < len(words) and not told[i].endswith(_ENDS):
        i += 1
        word = words[i]
        if word in _AUXILIARIES:
            return False  # the main clause's verb: "The 12 stores that close are in Wales"
        if word in prepositions and word not in relatives:
            head = heads.content(words[i + 1 : i + 4])[:1]  # "from the Kelby plant": kelby
            if head and head[0] not in times and not heads.said_of(document, earlier, head):
                return True  # a day or month tells when it was said, not which of the set
            continue
        content = heads.content([word])
        if content and not heads.said_of(document, earlier, content):
            return False  # the main clause, or an object: no phrase read past it
    return False


__all__ = ["adjunct_part"]
