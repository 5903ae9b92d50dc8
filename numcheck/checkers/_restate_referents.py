"""One object's measure given twice under two names (NC101-NC103).

Reporters name an object once and then by another word or by none: "the 430-metre
bridge" ... "the span, 450 metres long"; "the 28-metre dam" ... "the embankment, 32
metres high"; "the city's 41-kilometre network" ... "the 14-mile system"; "a 14-week
closure" ... "the 16-week shutdown" (an event's length). The measured groups of
``_restate_measured.py`` hold figures of one head only, and a figure told as "450 metres
long" names no head at all, so these pairs were never compared.

The object a length, mass or area is of is read here by two frames:

- a compound: the figure glued to its noun ("the 28-metre dam", "a 14-mile system"),
  the noun being the first word after it that names an object (``[restated.referents]
  kinds``), any words before it modifiers;
- an extent after the figure ("450 metres long", "half a metre across": ``extents``),
  the object being the noun before it, after a comma or a linking verb ("the span, 450
  metres long", "the tower is 310 metres tall"), hedges aside.

Two names restate one object when they are one kind of the table (words that name one
physical object on the desks: a dam is an embankment, a network a system). Look-alikes
do not meet: the later mention must be definite (a determiner or a possessive right
before the figure or its noun: "a 200-metre footbridge nearby" is another bridge) and
say nothing new (no modifier: "its main span" is a part); its sentence must name the
same years (or none) and the same moment and update words; incident, party, place and
span of time must be compatible; the two must read as one figure by value (near, after
conversion, or written with the same digits); and, in one sentence, only a figure in
another unit restates ("the 41-kilometre network ... the 14-mile system"): two objects of
one kind listed in one sentence are two. A later mention that fits none of the earlier
figures it may restate is reported (as ``restated.py`` does for references).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from numcheck.checkers._anaphora import closest
from numcheck.checkers._arith import convert
from numcheck.checkers._compare import (
    compiled,
    cue_set,
    same_sentence,
    sentence_of,
    squash,
)
from numcheck.checkers._restate_grouping import Grouping
from numcheck.checkers._restate_pair import verdict
from numcheck.checkers._restate_transposed import told_apart
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.quantity import Kind

_WORD = re.compile(r"[a-z][a-z'’-]*|[,;:.!?()\"“”]")
_REACH = 8  # earlier figures of one kind a later mention is held against
_NEAR = 1.5  # as _restate_pair.near: the larger at most this many times the smaller
_POSSESSIVE = ("'s", "’s", "s'", "s’")


class ReferentWords(NamedTuple):
    """``[restated.referents]``: the kinds of object and the words of the two frames."""

    kinds: Mapping[str, str]  # a noun (singular, lowercased) -> its kind
    extents: frozenset[str]
    links: frozenset[str]
    hedges: frozenset[str]
    values: frozenset[str]
    determiners: frozenset[str]
    stops: frozenset[str]

    @classmethod
    def of(cls, lex: Mapping[str, Any]) -> ReferentWords:
        table = lex.get("restated", {})
        ref = table.get("referents", {})
        kinds: dict[str, str] = {}
        for name, nouns in ref.get("kinds", {}).items():
            if not isinstance(nouns, list) or not nouns or not all(
                isinstance(n, str) and n.strip() and " " not in n.strip() for n in nouns
            ):
                raise ValueError(f"[restated.referents.kinds] {name}: a list of single nouns")
            for noun in nouns:
                word = squash(noun)
                if word in kinds:
                    raise ValueError(
                        f"[restated.referents.kinds] {word!r} is in {kinds[word]!r} and {name!r}"
                    )
                kinds[word] = name
        return cls(
            kinds,
            cue_set(ref, "extents"),
            cue_set(ref, "links"),
            cue_set(ref, "hedges"),
            cue_set(ref, "values"),
            cue_set(table, "determiners") | {"a", "an", "this"},
            cue_set(table, "head_stops"),
        )

    def noun(self, word: str) -> str | None:
        """The kind a word names, singular or plural."""
        for w in (word, word[:-1] if word.endswith("s") else word):
            if w in self.kinds:
                return w
        return None


class Referent(NamedTuple):
    """The object a figure measures: its noun and kind, whether the mention is definite
    and whether it says more of the noun than the noun."""

    noun: str
    kind: str
    definite: bool
    modified: bool
    owner: str = ""  # a possessive's owner ("Molnar's 45-month sentence")


def _definite(word: str, w: ReferentWords) -> bool:
    return word in w.determiners - {"a", "an"} or (len(word) > 3 and word.endswith(_POSSESSIVE))


def _owner(word: str, w: ReferentWords) -> str:
    """ "molnar" of "Molnar's": whose object a possessive names ("" for a determiner)."""
    if word in w.determiners or not word.endswith(_POSSESSIVE) or len(word) <= 3:
        return ""
    return word[:-2] if word[-2:] in ("'s", "’s") else word[:-1]


def _tokens(text: str) -> list[str]:
    return _WORD.findall(squash(text))


def referent(document: Document, claim: Claim, w: ReferentWords) -> Referent | None:
    """The object ``claim`` measures by one of the two frames, or None."""
    start, end = sentence_of(document, claim)
    text = document.prose
    after = _tokens(text[claim.location.end : min(end, claim.location.end + 60)])
    before = _tokens(text[max(start, claim.location.start - 80) : claim.location.start])
    if after[:1] and (after[0] in w.extents or " ".join(after[:2]) in w.extents):
        return _named_before(before, w)  # "the span, 450 metres long"
    lead = _unhedged(before, w)
    if lead[-1:] and lead[-1] in w.values:
        return _named_before(before, w)  # "the deal, worth £41m"
    return _compound(after, before, w)


def _unhedged(words: list[str], w: ReferentWords) -> list[str]:
    out = list(words)
    while out and out[-1] in w.hedges:
        out.pop()
    return out


def _compound(after: list[str], before: list[str], w: ReferentWords) -> Referent | None:
    """ "the 28-metre (earth) dam", "the £14m contract": the first object noun after the
    figure, before any function word."""
    for i, word in enumerate(after[:3]):
        if (not word.isalpha() and "-" not in word) or word in w.stops:
            return None
        noun = w.noun(word)
        if noun is not None:
            lead = before[-1] if before else ""
            return Referent(noun, w.kinds[noun], _definite(lead, w), i > 0, _owner(lead, w))
    return None


def _named_before(before: list[str], w: ReferentWords) -> Referent | None:
    """ "the span, (some) 450 metres long", "the tower is 310 metres tall", "the deal,
    worth £41m": the noun before the figure, past hedges, links and a comma."""
    words = _unhedged(before, w)
    for _ in range(3):
        if words and (words[-1] == "," or words[-1] in w.links or words[-1] in w.values):
            words.pop()
    if len(words) < 2:
        return None
    noun = w.noun(words[-1])
    if noun is None:
        return None
    lead = words[-2]
    if lead not in w.determiners and not _definite(lead, w):
        return None  # "its main span": a part, not the object
    return Referent(noun, w.kinds[noun], _definite(lead, w), False, _owner(lead, w))


def _near(a: Claim, b: Claim) -> bool:
    """One figure by value: near once in one unit, or written with the same digits."""
    x, y = a.quantity.value, b.quantity.value
    if x is None or y is None or x <= 0 or y <= 0:
        return False
    if sorted(f"{x:g}") == sorted(f"{y:g}"):
        return True
    if a.quantity.unit != b.quantity.unit:
        one = convert(1.0, b.quantity.unit or "", a.quantity.unit or "")
        if one is None:
            return False
        y *= one
    return max(x, y) <= _NEAR * min(x, y)


def _one_object(
    document: Document, a: Claim, b: Claim, owner: str, g: Grouping, lex: Mapping[str, Any]
) -> bool:
    """``b`` (a later definite mention, of ``owner``'s object if a possessive says so) and
    ``a`` may be one figure: nothing in either sentence tells them apart."""
    if a.key.dimension != b.key.dimension or not _near(a, b):
        return False
    if owner and owner not in squash(document.prose[slice(*sentence_of(document, a))]):
        return False  # "Kerr's 30-month term": another's object
    if same_sentence(a, b, document) and a.quantity.unit == b.quantity.unit:
        return False  # "the 430-metre bridge and the 200-metre viaduct"
    return not told_apart(document, a, b, g, lex)


# an object's size or value, or one event's length ("the 14-week closure" ... "the
# 16-week shutdown"); a count is of many
_KINDS = (Kind.MEASURE, Kind.MONEY, Kind.DURATION)
_KEPT = ("related", "change", "age")  # figures another reader explains


def referent_findings(
    document: Document, g: Grouping, lex: Mapping[str, Any], tolerance: float, told: set[int]
) -> list[Finding]:
    """Later definite mentions of an object against the earlier figures of its kind that
    may be the same; no finding for a figure already reported or related (``told``)."""
    w = compiled(ReferentWords.of, lex)
    if not w.kinds:
        return []
    read: list[tuple[Claim, Referent]] = []
    for claim in g.ordered:
        if claim.quantity.kind not in _KINDS or g.left_out.get(id(claim), "").startswith(
            _KEPT
        ):
            continue
        object_ = referent(document, claim, w)
        if object_ is not None:
            read.append((claim, object_))
    findings: list[Finding] = []
    for i, (later, ref) in enumerate(read):
        if not ref.definite or ref.modified or later.location.start in told:
            continue
        key = g.key_of.get(id(later))
        earlier = [  # one measured group: _restate_measured.py compares them
            c for c, r in read[:i][-_REACH:]
            if r.kind == ref.kind and (key is None or g.key_of.get(id(c)) != key)
        ]
        earlier = [c for c in earlier if _one_object(document, c, later, ref.owner, g, lex)]
        if not earlier or any(c.location.start in told for c in earlier):
            continue
        verdicts = [verdict(document, c, later, tolerance) for c in earlier]
        found = [v for v in verdicts if v is not None]
        if found and len(found) == len(verdicts):
            findings.append(found[closest(later, earlier)])
            told.add(later.location.start)
    return findings


__all__ = ["Referent", "ReferentWords", "referent", "referent_findings"]
