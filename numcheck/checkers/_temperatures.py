"""A temperature restated without its scale: "hit 111°F on Tuesday" and later "Tuesday's
high of 112" or "Tuesday's 114-degree reading".

The parser cannot tell "112 degrees" (or "a high of 112") from an angle or a count, so
it reads a bare number. In an article that writes its temperatures in one scale, such
a reading is in that scale, and the same day's high (or low) given twice must agree.
A reading needs a day named in its sentence and counts as a low after a low word;
forecasts and normals are other facts, and so is a record without a day ("the all-time
record, 122"). The cue words are
data (checkers.toml, ``[temperatures]``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from numcheck.checkers._arith import compared_hard
from numcheck.checkers._compare import (
    before,
    compiled,
    cue_set,
    party_words,
    same_sentence,
    sentence_of,
    squash,
)
from numcheck.checkers._words import describe, finding
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.interval import Interval
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

_TEMPERATURE = "[temperature]"
# "112 degrees" (not "degrees Celsius", which the parser reads, nor an angle)
_DEGREES = lazy_compile(
    r"\s+degrees?\b(?!\s+(?:celsius|fahrenheit|centigrade|of\b|north|south|east|west))",
    re.IGNORECASE,
)
_GLUED = lazy_compile(r"\d[-‑]degrees?\Z", re.IGNORECASE)  # "a 114-degree reading"
_WORD = lazy_compile(r"[a-z]+")


class _Reading(NamedTuple):
    claim: Claim
    interval: Interval
    day: str
    low: bool
    implied: bool


class _Cues(NamedTuple):
    before: tuple[str, ...]
    lows: frozenset[str]
    days: frozenset[str]
    not_facts: frozenset[str]
    angles: frozenset[str]

    @classmethod
    def of(cls, lex: Mapping[str, Any]) -> _Cues:
        t: Mapping[str, Any] = lex.get("temperatures", {})
        return cls(
            tuple(squash(w) for w in t.get("before", ())),
            cue_set(t, "lows"),
            cue_set(t, "days"),
            cue_set(t, "not_facts"),
            cue_set(t, "angles"),
        )


def _day_and_kind(
    document: Document, claim: Claim, cues: _Cues, implied: bool
) -> tuple[str, bool] | None:
    """The one day the reading's sentence names, and whether it is a low; None for a
    forecast, a normal, an angle ("turned 90 degrees") or a sentence naming no day or
    several."""
    start, end = sentence_of(document, claim)
    words = set(_WORD.findall(document.prose[start:end].lower()))
    if cues.not_facts & words or (implied and cues.angles & words):
        return None
    days = {w for w in words if w in cues.days}
    if len(days) != 1:
        return None
    near = set(_WORD.findall(before(document, claim, 80)))
    return days.pop(), bool(near & cues.lows)


def _bare_degrees(document: Document, claim: Claim, cues: _Cues) -> bool:
    """A bare number read as a temperature: "112 degrees", "a 114-degree reading",
    "a high of 112"."""
    q = claim.quantity
    if q.kind is not Kind.COUNT or q.unit is not None or q.value is None:
        return False
    if _GLUED.search(q.text) or _DEGREES.match(document.prose, claim.location.end):
        return True
    return before(document, claim, 30).endswith(cues.before)


def _readings(
    document: Document, claims: Sequence[Claim], skip: set[int], cues: _Cues
) -> list[_Reading]:
    """The article's temperatures of a named day, when it writes them in one scale."""
    explicit = {
        id(c) for c in claims if c.key.dimension == _TEMPERATURE and id(c) not in skip
    }
    if len({c.quantity.unit for c in claims if id(c) in explicit}) != 1:
        return []
    out: list[_Reading] = []
    for claim in claims:
        implied = _bare_degrees(document, claim, cues)
        if not implied and id(claim) not in explicit:
            continue
        found = _day_and_kind(document, claim, cues, implied)
        if found is not None:
            out.append(_Reading(claim, compared_hard(claim.quantity), *found, implied))
    return out


def _same_place(a: Claim, b: Claim, one_place: bool) -> bool:
    """Places one of which names the other more fully; a reading without a place is the
    story's, which is the one place the readings name, if they name only one ("In
    Cordoba, Tuesday's high of 41" is not Seville's 38C)."""
    x, y = party_words(a.place), party_words(b.place)
    if x is None or y is None:
        return x is y or one_place
    return x <= y or y <= x


def temperature_findings(
    document: Document, claims: Sequence[Claim], skip: set[int], lex: Mapping[str, Any]
) -> list[Finding]:
    """NC101 for one day's high (or low) given twice, once without its scale."""
    readings = _readings(document, claims, skip, compiled(_Cues.of, lex))
    places = {party_words(r.claim.place) for r in readings if r.claim.place}
    findings: list[Finding] = []
    for i, later in enumerate(readings):
        for earlier in readings[:i]:
            if (
                not (later.implied or earlier.implied)
                or later.day != earlier.day
                or not _same_place(later.claim, earlier.claim, len(places) <= 1)
                or later.low != earlier.low
                or same_sentence(earlier.claim, later.claim, document)
                or later.interval.intersects(earlier.interval)
            ):
                continue
            message = (
                f"{describe(document, earlier.claim)} vs {describe(document, later.claim)}: "
                f"the same day's {'low' if later.low else 'high'} cannot be both (a bare "
                "reading is in the article's scale)"
            )
            findings.append(finding("NC101", message, later.claim, [earlier.claim], document))
            break
    return findings


__all__ = ["temperature_findings"]
