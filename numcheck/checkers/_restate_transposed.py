"""A figure restated with its digits transposed (NC101).

"1,250 workers" ... "the 1,520 staff"; "£4.27m" ... "the £4.72m it lost". A copy error
keeps the digits and swaps two of them, so the second mention is often keyed apart from
the first: it names its noun by another word or by none ("The index closed at 7,629"
... "The index ended at 7,692"). Digits written in another order are themselves the
evidence that the two are one figure, when nothing says they are two:

- the same unit and kind, the same digits written out (at least three: "27" and "72"
  coincide too often), other values;
- the same thing and event where both name one, one of them told as a figure the
  reader knows (a determiner, "all", a headline, a caption, or a possessive whose owner
  the other's sentence names); or one names nothing (no thing, event or measure: a
  figure told by its frame alone) and the other something, when three
  digits or more are significant ("£1.2m" and "£2.1m" coincide too often) and the
  values are near (a part is mostly well under its whole); never two
  figures that name nothing (only the digits would say they are one);
- not in one sentence (a list, a comparison), the same years, moment and update words,
  compatible incident, party, place and span of time;
- neither explained by another reader (a part, a change, a level, a share, an age).

A definite figure narrowed by a modifier ("the 1,520 workers on the site" after "1,250
workers") is read by ``_anaphora`` as a part unless its words were said of the other
figure; written with the other's digits in another order, near it, of the same thing,
it is the same figure miscopied, not a part that happens to share its digits: the
transposition is the evidence, and the narrowing word only where the set stands.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from numcheck.checkers._compare import (
    compiled,
    same_incident,
    same_party,
    same_place,
    same_sentence,
    sentence_of,
    squash,
)
from numcheck.checkers._frames import FrameWords
from numcheck.checkers._restate_another import told_of_another
from numcheck.checkers._restate_bridge import definite
from numcheck.checkers._restate_grouping import Grouping
from numcheck.checkers._restate_pair import verdict
from numcheck.checkers._snapshots import snapshot
from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.quantity import Kind

_DIGITS = 3  # significant digits a transposition needs
_NEAR = 1.5  # as _restate_pair.near: the larger at most this many times the smaller
_REACH = 40  # earlier figures a figure is held against
_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT)
# left-out reasons that say only that a figure names nothing (not a period's result,
# "revenue of £3.45m", whose period no key holds, nor a phrase for a head), or that a
# definite figure's modifier narrows its noun ("the 1,520 workers on the site")
_LEFT = ("population: nothing named", "population: thing, no measure", "part (")


def _digits(claim: Claim) -> str:
    """The digits of a figure's value as written out ("£1.25m": 1250000), sorted."""
    value = claim.quantity.value
    if value is None or value <= 0 or value >= 1e15:
        return ""
    written = f"{value:.12f}".rstrip("0").rstrip(".").replace(".", "").lstrip("0")
    return "".join(sorted(written))


def _significant(digits: str) -> int:
    return len(digits.replace("0", ""))


def _near(a: Claim, b: Claim) -> bool:
    x, y = a.quantity.value or 0.0, b.quantity.value or 0.0
    return min(x, y) > 0 and max(x, y) <= _NEAR * min(x, y)


def _unnamed(claim: Claim) -> bool:
    return claim.key.thing is None and claim.key.event is None and not claim.measure


def _known(document: Document, claim: Claim, lex: Mapping[str, Any]) -> bool:
    """A figure told as one the reader knows: after a determiner, a possessive or "all"
    ("the 1,520 workers"), or in a headline or caption, which retell the story's."""
    return claim.scope in (Scope.HEADLINE, Scope.CAPTION) or definite(document, claim, lex)


def _same_named(
    document: Document, a: Claim, b: Claim, significant: int, lex: Mapping[str, Any]
) -> bool:
    """One thing, one of the two told as known ("Oakfield, which has 1,140 pupils" and
    "Brook Lane, with 1,410 pupils" are two schools); or one side names nothing and
    the other something, three significant digits or more, and values near (a part is
    mostly well under its whole: "£2.13bn" and "£1.23bn" of it)."""
    if _unnamed(a) and _unnamed(b):
        return False  # nothing but the digits says they are one
    if _unnamed(a) or _unnamed(b):
        return significant >= _DIGITS and _near(a, b)
    if a.key.event is not None and b.key.event is not None and a.key.event != b.key.event:
        return False
    if a.key.thing is None or a.key.thing != b.key.thing:
        return False
    if not (_known(document, a, lex) or _known(document, b, lex)):
        return False
    first, second = sorted((a, b), key=lambda c: c.location.start)
    return _owned(document, second, first)  # the later mention refers back


_POSSESSIVE = ("'s", "’s")


def _owned(document: Document, claim: Claim, other: Claim) -> bool:
    """A possessive name before a later mention is one the earlier figure's sentence
    names too ("Brook
    Lane School's 1,410 pupils" are not Oakfield's); a common noun ("the council's")
    may stand for any name of the story."""
    lead = document.prose[max(0, claim.location.start - 30) : claim.location.start].split()
    last = lead[-1] if lead else ""
    if not last.endswith(_POSSESSIVE) or not last[:1].isupper():
        return True
    owner = squash(last[:-2])
    return owner in squash(document.prose[slice(*sentence_of(document, other))])


def _apart(document: Document, a: Claim, b: Claim, g: Grouping, lex: Mapping[str, Any]) -> bool:
    return same_sentence(a, b, document) or told_apart(document, a, b, g, lex)


def told_apart(
    document: Document, a: Claim, b: Claim, g: Grouping, lex: Mapping[str, Any]
) -> bool:
    """Two figures of one article told of two things: two spans of time, incidents,
    parties, places, snapshots, eras, earlier periods or holders (``_restate_another``;
    ``_restate_referents`` reads them alike)."""
    if (
        g.spans.span.get(id(a)) != g.spans.span.get(id(b))
        or g.spans.apart(a, b)
        or not same_incident(a, b)
        or not same_party(a.claimant, b.claimant)
        or not same_place(g.place_of(a), g.place_of(b))
        or snapshot(document, a, lex) != snapshot(document, b, lex)
        or told_of_another(document, a, b, lex)
    ):
        return True
    era = compiled(FrameWords.of, lex).era
    return bool(
        era(document.prose, *sentence_of(document, a))
        != era(document.prose, *sentence_of(document, b))
    )


def _under(g: Grouping, a: Claim, b: Claim) -> bool:
    """A figure narrowed by a modifier ("the 1,205 workers in the union") below the other
    may be a part of it that shares its digits; above it, it can be no part."""
    for part, whole in ((a, b), (b, a)):
        below = (part.quantity.value or 0.0) < (whole.quantity.value or 0.0)
        if below and g.left_out.get(id(part), "").startswith("part ("):
            return True
    return False


def transposed_findings(
    document: Document, g: Grouping, lex: Mapping[str, Any], tolerance: float, told: set[int]
) -> list[Finding]:
    """Pairs of figures whose digits are one figure's in another order; none for a figure
    already reported or related (``told``)."""
    kept: list[tuple[Claim, str]] = []
    for claim in g.ordered:
        why = g.left_out.get(id(claim))
        if claim.quantity.kind not in _KINDS or (why is not None and not why.startswith(_LEFT)):
            continue
        digits = _digits(claim)
        if len(digits) >= _DIGITS and len(set(digits.replace("0", ""))) > 1:
            kept.append((claim, digits))
    findings: list[Finding] = []
    for i, (later, digits) in enumerate(kept):
        if later.location.start in told:
            continue
        for earlier, other in kept[max(0, i - _REACH) : i]:
            q, r = earlier.quantity, later.quantity
            if (
                other != digits
                or q.value == r.value
                or q.unit != r.unit
                or q.kind is not r.kind
                or earlier.location.start in told
                or not _same_named(document, earlier, later, _significant(digits), lex)
                or _apart(document, earlier, later, g, lex)
                or _under(g, earlier, later)
            ):
                continue
            found = verdict(document, earlier, later, tolerance)
            if found is not None:
                findings.append(found)
                told |= {earlier.location.start, later.location.start}
                break
    return findings


owned = _owned  # also read by _restate_heads.py

__all__ = ["owned", "transposed_findings"]
