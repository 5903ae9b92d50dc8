"""Outcomes of one event that no person shares (``[partitive] outcomes`` of checkers.toml).

"Health officials said 112 civilians had been killed, among them 35 children, and 430
wounded": the selection "among them 35 children" closes at ", and"; "430 wounded" is a
coordinate figure of another outcome of the same attack, not a part of the dead. A
figure with an event of its own (a verb or participle of its own words) in another
outcome group than its whole's is dropped from that whole's parts, unless its own clause
opens as a selection ("Of the 41 injured, nine died later": the dead are then drawn
from the injured on purpose).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from numcheck.checkers._compare import compiled, squash
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lexicon import LexiconError

_KEY = "partitive.outcomes"
_LEAD = 160  # characters of a part's clause read for a selection opening it
_OPENERS = ("of ", "among ", "including ", "out of ")
Parts = list[tuple[tuple[Claim, ...], tuple[Claim, ...]]]


def outcome_groups(
    lex: Mapping[str, Any], measures: Mapping[str, Any]
) -> dict[str, tuple[int, int]]:
    """Each event name of ``[partitive] outcomes`` to its (set, outcome) place; an entry
    that names no ``[events]`` table of measures.toml is refused loudly (a typo would
    silently split nothing)."""
    sets = lex.get("partitive", {}).get("outcomes", ())
    known = measures.get("events", {})
    out: dict[str, tuple[int, int]] = {}
    for i, outcomes in enumerate(sets):
        if not isinstance(outcomes, list) or len(outcomes) < 2:
            raise LexiconError(f"{_KEY}[{i}]", "expected a list of two or more outcomes")
        for j, group in enumerate(outcomes):
            where = f"{_KEY}[{i}][{j}]"
            if not isinstance(group, list) or not group:
                raise LexiconError(where, "expected a non-empty list of event names")
            for name in group:
                if not isinstance(name, str) or name not in known:
                    raise LexiconError(where, f"{name!r} names no [events] of measures.toml")
                if name in out:
                    raise LexiconError(where, f"{name!r} is in two outcomes")
                out[name] = (i, j)
    return out


def _own_words(document: Document, part: Claim) -> bool:
    """The part's event is written in its own segment (between the marks around it):
    "and 430 wounded", "and injured 140", not an event carried over from its whole."""
    if part.event is None:
        return False
    prose = document.prose
    start = max(prose.rfind(m, part.sentence[0], part.location.start) for m in ",;:")
    ends = [e for e in (prose.find(m, part.location.end) for m in ",;:.") if e >= 0]
    segment = prose[max(start, part.sentence[0]) : min(ends, default=len(prose))]
    return part.event.lower() in segment.lower()


def _opens_selection(document: Document, part: Claim) -> bool:
    """The part's sentence opens as a selection ("Of the 41 injured, nine died")."""
    start = max(part.sentence[0], part.location.start - _LEAD)
    return squash(document.prose[start : part.location.start]).startswith(_OPENERS)


def _apart(
    document: Document, part: Claim, whole: Claim, groups: Mapping[str, tuple[int, int]]
) -> bool:
    """The part tells another outcome of its whole's set, in words of its own."""
    mine, theirs = part.key.event, whole.key.event
    if mine is None or theirs is None or mine == theirs or not _own_words(document, part):
        return False
    if mine not in groups or theirs not in groups:
        return False
    (set_a, a), (set_b, b) = groups[mine], groups[theirs]
    if set_a != set_b or a == b:
        return False
    return not _opens_selection(document, part)


def _beyond(
    document: Document, part: Claim, whole: Claim, cues: tuple[frozenset[str], tuple[str, ...]]
) -> bool:
    """ "..., including 11 teenagers, and charged 65 others": a set of its own, told
    with its own event after a selection from the whole closed."""
    beyond, selected = cues
    if whole.location.end > part.location.start or not _own_words(document, part):
        return False
    after = squash(document.prose[part.location.end : part.location.end + 12]).split()
    if not after or after[0].strip(",.;") not in beyond:
        return False
    between = f" {squash(document.prose[whole.location.end : part.location.start])} "
    return any(f" {s} " in between for s in selected) and not _opens_selection(document, part)


def _beyond_cues(lex: Mapping[str, Any]) -> tuple[frozenset[str], tuple[str, ...]]:
    table = lex.get("partitive", {})
    return frozenset(table.get("beyond", ())), tuple(squash(s) for s in table.get("selected", ()))


def split_outcomes(
    document: Document, parts: Parts, lex: Mapping[str, Any], measures: Mapping[str, Any]
) -> Parts:
    """``parts`` without members that tell another outcome than their single whole."""
    groups = compiled(outcome_groups, lex, measures)
    beyond = compiled(_beyond_cues, lex)
    out: Parts = []
    for members, wholes in parts:
        if len(wholes) == 1:
            members = tuple(
                m
                for m in members
                if not _apart(document, m, wholes[0], groups)
                and not _beyond(document, m, wholes[0], beyond)
            )
        if members:
            out.append((members, wholes))
    return out
