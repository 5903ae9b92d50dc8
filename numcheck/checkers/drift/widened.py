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

from collections.abc import Callable, Iterable, Mapping, Sequence

from numcheck.checkers.drift.entries import Pair, Relation
from numcheck.checkers.drift.joins import JoinWords
from numcheck.checkers.drift.verdicts import Verdict
from numcheck.claims import Claim
from numcheck.lazyre import lazy_compile

__all__ = ["WIDENED", "content", "event_forms", "joined", "widened"]

WIDENED = "widened"  # NC403: one side's event joined by "or" to another, the other's not

_CLAUSE = lazy_compile(r"[,;:.()\"“”!?]")
_WORD = lazy_compile(r"[a-z]+(?:-[a-z]+)*")
_AFTER, _BEFORE = 90, 40  # characters read after and before the figure, in its clause


def joined(claim: Claim, text: str | None, forms: Iterable[str],
           others: frozenset[str] = frozenset(), words: JoinWords | None = None) -> str | None:
    """What "or" joins to the figure's event word in its clause, when it names another
    measure: a word of another event's forms (``others``: "killed or missing",
    "cancelled or delayed"), the event's own word narrowed ("cancelled or
    part-cancelled", "cancelled or partly cancelled"), or another event after an
    adverb ("damaged or partly destroyed"); None otherwise (``forms``: the figure's
    event's forms as written; ``words``: the ``[widened]`` table, the default lexicon's
    when None)."""
    if text is None:
        return None
    join = words or JoinWords.default()
    own = content(forms, join)
    if not own:
        return None
    start, end = claim.location.start, claim.location.end
    before = _CLAUSE.split(text[max(0, start - _BEFORE):start])[-1]
    after = _CLAUSE.split(text[end:end + _AFTER], maxsplit=1)[0]
    found: list[str] = _WORD.findall(f"{before} {after}".lower())
    for i, word in enumerate(found):
        if word not in own:
            continue
        rest = found[i + 1:]
        for link in join.links:
            if tuple(rest[:len(link)]) == link:
                tail = [w for w in rest[len(link):] if w not in join.skipped][:2]
                return _another(tail, own, others, join)
    return None


def content(forms: Iterable[str], words: JoinWords | None = None) -> frozenset[str]:
    """The content words of event forms ("ordered to leave": ordered, leave)."""
    function = (words or JoinWords.default()).function
    return frozenset(w for form in forms for w in form.lower().split() if w not in function)


def _another(tail: list[str], own: frozenset[str], others: frozenset[str],
             words: JoinWords) -> str | None:
    """The joined words, when they name another measure than ``own``'s."""
    if not tail or tail[0] in own or tail[0] in words.not_a_measure:
        return None
    word = tail[0]
    if word in others:
        return word  # another event of the lexicon: "killed or missing"
    if "-" in word and word.split("-")[-1] in own:
        return word  # the event narrowed in one word: "part-cancelled"
    if len(tail) > 1 and (tail[1] in own or tail[1] in others):
        return f"{word} {tail[1]}"  # an event after an adverb: "partly cancelled" / "destroyed"
    return None


def widened(pair: Pair, verdict: Verdict | None, texts: Mapping[str, str],
            forms: Mapping[str, frozenset[str]], least: float,
            article: Callable[[str], Sequence[Claim]] = lambda path: (),
            words: JoinWords | None = None) -> Verdict | None:
    """NC403 for a pair of one measure with the same figure on both sides, at least
    ``least``, when exactly one side joins its event to another by "or" (``joined``)
    and its own article tells that figure for the event alone nowhere else
    (``article``: a path's figures; "captured 120 fighters" beside "120 captured or
    surrendered" says the join adds none); None otherwise. ``forms``: each lexicon
    event's forms."""
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
    join = words or JoinWords.default()
    own = forms.get(event, frozenset())
    others = content((f for e, fs in forms.items() if e != event for f in fs), join) - content(
        own, join)

    def wide(claim: Claim) -> bool:
        return joined(claim, texts.get(claim.location.path), own, others, join) is not None

    found = [e for e in (a, b) if wide(e.claim)]
    if len(found) != 1:
        return None
    whole = found[0]
    part = b if whole is a else a
    if any(c is not whole.claim and c.key.event == event and c.quantity.value == qa.value
           and not wide(c) for c in article(whole.claim.location.path)):
        return None  # its own article tells the figure for the event alone too
    return Verdict("NC403", whole, part, reason=WIDENED, whole=whole)


def event_forms(pairs: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """Each event's forms (``Alignment.event_forms``: (event, form) pairs), grouped."""
    grouped: dict[str, set[str]] = {}
    for event, form in pairs:
        grouped.setdefault(event, set()).add(form)
    return {event: frozenset(found) for event, found in grouped.items()}

