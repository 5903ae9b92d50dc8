"""Two figures paired as one measure, when one side's own words mark it off as a part of
the other's whole: a complement of its verb that picks a side or an outcome ("2,400
members voted for a walkout" against "3,100 members voted in the ballot"; "120 tested
positive" against "800 were tested"), or an "or" join of its event with another ("300
flights were cancelled or delayed" against "airlines cancelled 120 flights").

The part is never above its whole: the pair is consistent when the part's figure can be
at most the whole's, and the verdict is withdrawn; a part above its whole is still a
contradiction, and the verdict stands. Two sides that pick different sides ("for" and
"against") count two parts: no verdict. Both sides marked alike, or neither, is no
evidence: the verdict stands. An "and" join is left out: "arrested and charged" counts
those both arrested and charged (a part), "cancelled and delayed flights" either (a
whole), so it gives no direction.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any, NamedTuple

from numcheck.checkers.drift.entries import Entry, Pair, Relation
from numcheck.checkers.drift.joins import JoinWords
from numcheck.checkers.drift.verdicts import Verdict
from numcheck.checkers.drift.widened import WIDENED, content, joined
from numcheck.claims import Claim
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import Lexicon, LexiconError

__all__ = ["MarkWords", "marked_off", "side"]

_KEY = "measures.marked_off"
_ENTRY = lazy_compile(r"[a-z]+(?: [a-z]+)*")
_CLAUSE = lazy_compile(r"[,;:.()\"“”!?]")
_WORD = lazy_compile(r"[a-z]+(?:-[a-z]+)*|\d[\d,.]*")
_AFTER, _BEFORE = 90, 40  # characters read after and before the figure, in its clause
_BETWEEN = frozenset({"had", "have", "has", "were", "was", "been", "are", "is", "also"})


class MarkWords(NamedTuple):
    """``[[marked_off]]`` of measures.toml: each verb's forms and the complements that
    pick a side of it ("voted" / "for", "against"; "tested" / "positive")."""

    verbs: tuple[tuple[frozenset[str], tuple[tuple[str, ...], ...]], ...] = ()

    @classmethod
    def from_table(cls, table: Any) -> MarkWords:
        """The table checked: a list of entries, each with ``forms`` (words) and
        ``sides`` (lower-case phrases) and nothing else; a wrong entry raises
        LexiconError naming it."""
        if not isinstance(table, list):
            raise LexiconError(_KEY, "expected a list of tables ([[marked_off]])")
        verbs = []
        for n, entry in enumerate(table):
            where = f"{_KEY}[{n}]"
            if not isinstance(entry, Mapping) or set(entry) != {"forms", "sides"}:
                raise LexiconError(where, "expected exactly the keys 'forms' and 'sides'")
            forms, sides = (_phrases(entry[name], f"{where}.{name}") for name in ("forms", "sides"))
            if any(" " in form for form in forms):
                raise LexiconError(f"{where}.forms", "a form is one word")
            verbs.append((frozenset(forms), tuple(tuple(s.split()) for s in sides)))
        return cls(verbs=tuple(verbs))

    @classmethod
    def default(cls) -> MarkWords:
        return _default()


def _phrases(values: Any, where: str) -> list[str]:
    if not isinstance(values, list) or not values:
        raise LexiconError(where, "expected a non-empty list of words")
    for value in values:
        if not isinstance(value, str) or not _ENTRY.fullmatch(value):
            raise LexiconError(where, f"{value!r} is not lower-case words")
    return [str(v) for v in values]


@cache
def _default() -> MarkWords:
    return MarkWords.from_table(Lexicon.default()["measures"].get("marked_off", []))


def side(claim: Claim, text: str | None, words: MarkWords | None = None) -> str | None:
    """The side the figure's clause picks with a verb of ``[[marked_off]]`` ("voted for
    a walkout": "for"); "" when the clause says such a verb with no side ("voted in the
    ballot"); None when it says none."""
    said = said_side(claim, text, words)
    return None if said is None else said[1]


def said_side(claim: Claim, text: str | None,
              words: MarkWords | None = None) -> tuple[int, str] | None:
    """The ``[[marked_off]]`` entry (its index) of the first verb of the figure's clause
    and the side its complement picks ("" for none)."""
    if text is None:
        return None
    table = words or MarkWords.default()
    start, end = claim.location.start, claim.location.end
    before = _CLAUSE.split(text[max(0, start - _BEFORE):start])[-1]
    after = _CLAUSE.split(text[end:end + _AFTER], maxsplit=1)[0]
    found: list[str] = _WORD.findall(f"{before} {after}".lower())
    for i, word in enumerate(found):
        for n, (forms, sides) in enumerate(table.verbs):
            if word not in forms:
                continue
            rest = [w for w in found[i + 1:i + 4] if not w.endswith("ly") or w in _SIDE_LY]
            rest = [w for w in rest if w not in _BETWEEN]
            for phrase in sides:
                if tuple(rest[:len(phrase)]) == phrase:
                    return n, " ".join(phrase)
            return n, ""
    return None


_SIDE_LY = frozenset({"positively", "negatively"})  # an -ly word that is itself a side


def marked_off(pair: Pair, verdict: Verdict | None, texts: Mapping[str, str],
               forms: Mapping[str, frozenset[str]],
               words: MarkWords | None = None, joins: JoinWords | None = None) -> bool:
    """Whether a verdict on a pair of one measure stands on no evidence, because one
    side's own words mark it off as a part of the other's figure and it is not above
    it, or the two sides pick different sides of one choice."""
    if verdict is None or verdict.reason == WIDENED or pair.relation is not Relation.SAME:
        return False
    a, b = pair.first, pair.second
    if (a.claim.quantity.unit, a.claim.quantity.kind) != (b.claim.quantity.unit,
                                                          b.claim.quantity.kind):
        return False
    sa = said_side(a.claim, texts.get(a.claim.location.path), words)
    sb = said_side(b.claim, texts.get(b.claim.location.path), words)
    if sa is not None and sb is not None and sa[0] == sb[0] and sa[1] != sb[1]:
        if sa[1] and sb[1]:
            return True  # "for" and "against": two parts of one vote
        part, whole = (a, b) if sa[1] else (b, a)
        return _within(part, whole)  # "voted for" within "voted in the ballot"
    wa, wb = _joined(a, b, texts, forms, joins), _joined(b, a, texts, forms, joins)
    if wa != wb:
        whole, part = (a, b) if wa else (b, a)
        return _within(part, whole)
    return False


def _joined(entry: Entry, other: Entry, texts: Mapping[str, str],
            forms: Mapping[str, frozenset[str]], joins: JoinWords | None) -> bool:
    """Whether the entry's event word is joined by "or" to another event's word in its
    clause (widened.py's reading), the event read from either side's key or from a
    word both sides' measures say ("roads closed")."""
    events = {e for e in (entry.claim.key.event, other.claim.key.event) if e}
    shared = {w.lower() for w in entry.claim.measure[1:]} & {
        w.lower() for w in other.claim.measure[1:]}  # a verb both measures say: "closed"
    own: frozenset[str] = frozenset(f for e in events for f in forms.get(e, ())) | shared
    if not own:
        return False
    join = joins or JoinWords.default()
    others = content((f for e, fs in forms.items() if e not in events for f in fs),
                     join) - content(own, join)
    text = texts.get(entry.claim.location.path)
    return joined(entry.claim, text, own, others | _participles(entry.claim, text, own),
                  join) is not None


_PARTICIPLE = lazy_compile(r"[a-z]{3,}(?:ed|en)")


def _participles(claim: Claim, text: str | None, own: frozenset[str]) -> frozenset[str]:
    """The participles of the figure's clause that are no form of its own event: an
    event the lexicon does not list may still be joined by "or" ("cancelled or
    diverted", "closed or restricted"); a synonym the lexicon lists is its own form
    ("cancelled or scrapped")."""
    if text is None:
        return frozenset()
    start, end = claim.location.start, claim.location.end
    words = _WORD.findall(text[max(0, start - _BEFORE):end + _AFTER].lower())
    return frozenset(w for w in words if _PARTICIPLE.fullmatch(w)) - own


def _within(part: Entry, whole: Entry) -> bool:
    """Whether the part's figure can be at most the whole's (their hard bounds)."""
    return part.claim.quantity.hard.low <= whole.claim.quantity.hard.high

