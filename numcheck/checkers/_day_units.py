"""What an ordinal of a day count counts, and which ordinals can be the story's day.

Split from numcheck/checkers/days.py. ``unit_of`` reads "day", "night" or "week" after
an ordinal ("eighth day", "third night"); ``numbered`` reads a count numbered after its
unit ("Day 8 of the blockade"); ``behind`` finds the ordinals of a series a sentence
runs through ("150 in its first week and about 90 in its second", "up from 900 on the
first day and 1,700 on the fifth"): only the furthest of a series can be the story's
day, the others are periods gone by, never a count of today.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._compare import sentence_of, squash, words
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Bound, Kind


def unit_of(document: Document, claim: Claim, lex: Mapping[str, Any]) -> str | None:
    """ "day", "night", "week" or "month" for "eighth day", "third night", "third week",
    "fourth month"; else None."""
    tail = squash(document.prose[claim.location.end : claim.location.end + 30]).split()
    fillers = set(words(lex.get("ordinal_fillers", ())))
    while tail and tail[0] in fillers:
        tail = tail[1:]
    last = squash(claim.quantity.text).split()[-1:]
    noun = (claim.quantity.head or "").lower() or (last[0] if last else "")
    for candidate in (noun, tail[0].strip(",.;:") if tail else ""):
        if candidate in words(lex.get("day_units", ("day",))):
            return "day"
        if candidate in words(lex.get("night_units", ("night",))):
            return "night"
        if candidate in words(lex.get("week_units", ("week",))):
            return "week"
        if candidate in words(lex.get("month_units", ())):
            return "month"
    return None


# what closes "Day 8 ...": "of" and a determiner ("Day 8 of the blockade", "day 12 of its
# strike"; not "day 2 of 5"), a preposition or "and" ("enters day eight on Friday"), or
# the end of the phrase ("By day three, ...", "Day 8:")
_NUMBERED_END = lazy_compile(
    r"\s*(?:of\s+(?:the|its|their|this|a|an|his|her|our)\b|(?:on|as|with|and|at)\s|"
    r"[,:;.!?\u2013\u2014)]|$)",
    re.IGNORECASE,
)


def numbered(document: Document, claim: Claim, lex: Mapping[str, Any]) -> str | None:
    """ "day", "night" or "week" for a count numbered after its unit, an ordinal in all but form:
    "Day 8 of the Hollin Bay blockade", "on day 12 of the strike", "By week three, ...".

    Not after a determiner ("the day 8 of them died", "every day 40 people"), nor a
    count with a noun of its own or a hedge. The caller keeps it only in a headline or
    a sentence about the present (``_about_now``, once the starts are known): "By day
    three, talks had collapsed" tells the past."""
    q = claim.quantity
    if q.kind is not Kind.COUNT or q.unit or q.value is None or q.bound is not Bound.EXACT:
        return None
    lo, hi = sentence_of(document, claim)
    ahead = squash(document.prose[max(lo, claim.location.start - 40) : claim.location.start])
    tokens = ahead.split()
    if not tokens:
        return None
    units = {
        u: name
        for name in ("day", "night", "week", "month")
        for u in words(lex.get(f"{name}_units", (name,)))
    }
    unit = units.get(tokens[-1])
    barred = set(words(lex.get("numbered_not_after", ())))
    if unit is None or (len(tokens) > 1 and tokens[-2] in barred):
        return None
    if not _NUMBERED_END.match(document.prose, claim.location.end, hi):
        return None
    return unit


def behind(
    document: Document,
    ordinals: Sequence[Claim],
    units: Mapping[int, str | None],
    lex: Mapping[str, Any],
) -> set[int]:
    """The ids of the ordinals a sentence runs past: another ordinal of its sentence names
    a later period of the story ("in its first week and about 90 in its second", "held
    for an 11th day ... after breaking down twice in its first week"). A sentence names
    the periods of a story in turn, so a period wholly before another it names is gone
    by. An ordinal without a unit of its own ("in its second") takes the other's. Only a
    period phrase is read so (``[days] period_openers``: "in its first week"), not the
    story's own day ("is in its second week", "entered its fifth day")."""
    out: set[int] = set()
    openers, now = _openers(lex), frozenset(words(lex.get("present_cues", ())))
    for ordinal in ordinals:
        mine, value = units.get(id(ordinal)), _value(ordinal)
        if mine is None or value is None or not _period(document, ordinal, openers, now):
            continue
        here, last = sentence_of(document, ordinal), _days(mine, value)[1]
        for other in ordinals:
            theirs, v = units.get(id(other)), _value(other)
            if other is ordinal or v is None or sentence_of(document, other) != here:
                continue
            if theirs is None and _elided(document, other):
                theirs = mine
            if theirs is not None and _days(theirs, v)[0] > last:
                out.add(id(ordinal))
                break
    return out


_PERIOD_DETERMINERS = frozenset(("the", "its", "their", "his", "her", "a", "an", "this", "that"))


def _openers(lex: Mapping[str, Any]) -> frozenset[str]:
    """``[days] period_openers``, refused loudly unless each is one lowercase word."""
    values = lex.get("period_openers", ())
    if not isinstance(values, (list, tuple)) or not all(
        isinstance(v, str) and re.fullmatch(r"[a-z]+", v) for v in values
    ):
        raise ValueError(f"[days] period_openers: one lowercase word each, got {values!r}")
    return frozenset(values)


def _period(document: Document, claim: Claim, openers: frozenset[str], now: frozenset[str]) -> bool:
    """ "in its first week", "on the fifth day": an ordinal a period's preposition opens,
    no present verb before it ("is in its third week" tells the story's own day)."""
    lo = sentence_of(document, claim)[0]
    toks = squash(document.prose[max(lo, claim.location.start - 40) : claim.location.start])
    lead = [t.strip(",;:") for t in toks.split()]
    if lead[-1:] and lead[-1] in _PERIOD_DETERMINERS:
        lead = lead[:-1]
    if not lead or lead[-1] not in openers:
        return False
    return len(lead) < 2 or lead[-2] not in now


def _days(unit: str, value: int) -> tuple[int, int]:
    """The first and last day of the story an ordinal period covers (day one: the start)."""
    if unit == "month":  # a month is 28 to 31 days: its widest reach
        return 28 * (value - 1) + 1, 31 * value
    return (7 * (value - 1) + 1, 7 * value) if unit == "week" else (value, value)


# what may follow an ordinal whose unit the series leaves unsaid ("in its second, so
# far", "on the fifth.", "its third and fourth"): a mark, a link word, or nothing
_ELIDED_END = lazy_compile(
    r"\s*(?:[,;:.!?)\u2013\u2014]|$|(?:and|or|on|in|so|when|by|at|as|with|to|was|were|"
    r"is|saw|brought|had)\b)",
    re.IGNORECASE,
)


def _elided(document: Document, claim: Claim) -> bool:
    """An ordinal with no noun of its own after it, leaving its unit to the series."""
    if claim.quantity.head:
        return False
    hi = sentence_of(document, claim)[1]
    return _ELIDED_END.match(document.prose, claim.location.end, max(hi, claim.location.end)) \
        is not None


def _value(claim: Claim) -> int | None:
    v = claim.quantity.value
    return int(v) if v is not None and v == int(v) and v >= 1 else None
