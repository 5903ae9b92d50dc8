"""Figures told as a margin: a difference between two figures ("won by 31 votes", "a
majority of 31", "a 31-vote win", "31 points ahead", "beat forecasts by $31m").

A margin is never a part of what is counted, nor a level of it: "a majority of 31" is
not some of the 14,181 votes cast, and "Majority: 31" beside "a 31-vote win" is one
figure told twice, not two measures. Measure drift (NC403) between two margins of the
same figure, or between a margin and a whole it is set against as a part, stands on no
evidence and is withdrawn. A margin beside a count told plainly ("a majority of 310"
against "310 votes") is still drift: one side's words say margin, the other's do not.

The cue words are data (``[margins]`` of numcheck/lexicon/measures.toml).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any, NamedTuple

from numcheck.checkers.drift.entries import Pair, Relation
from numcheck.checkers.drift.verdicts import Verdict
from numcheck.claims import Claim
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import Lexicon, LexiconError

__all__ = ["MarginWords", "margin", "margin_pair"]

_KEY = "measures.margins"
_CLAUSE = lazy_compile(r"[,;.()\"“”!?]")  # not ":": "Majority: 31" names its figure
_WORD = lazy_compile(r"[a-z]+|\d[\d,.]*")
_BEFORE, _AFTER = 40, 30  # characters read before and after the figure, in its clause
_UNITS = frozenset({"vote", "votes", "point", "points", "seat", "seats", "run", "runs",
                    "goal", "goals", "percentage"})  # a margin's own unit words


class MarginWords(NamedTuple):
    """``[margins]`` of measures.toml, each phrase split into words."""

    before: tuple[tuple[str, ...], ...] = ()
    after: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()
    skip: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def from_table(cls, table: Any) -> MarginWords:
        """The table checked: lists of lower-case phrases under ``before``, ``after``,
        ``heads`` and ``skip``; a wrong entry raises LexiconError naming it."""
        if not isinstance(table, Mapping):
            raise LexiconError(_KEY, "expected a table")
        lists: dict[str, list[tuple[str, ...]]] = {}
        for name in ("before", "after", "heads", "skip"):
            values = table.get(name, [])
            if not isinstance(values, list) or not all(
                    isinstance(v, str) and re.fullmatch(r"[a-z]+(?: [a-z]+)*", v)
                    for v in values):
                raise LexiconError(f"{_KEY}.{name}", "expected a list of lower-case words")
            lists[name] = [tuple(v.split()) for v in values]
        return cls(before=tuple(lists["before"]),
                   after=frozenset(" ".join(p) for p in lists["after"]),
                   heads=frozenset(" ".join(p) for p in lists["heads"]),
                   skip=tuple(sorted(lists["skip"], key=len, reverse=True)))

    @classmethod
    def default(cls) -> MarginWords:
        return _default()


@cache
def _default() -> MarginWords:
    return MarginWords.from_table(Lexicon.default()["measures"].get("margins", {}))


def margin(claim: Claim, text: str | None, words: MarginWords | None = None) -> bool:
    """Whether the figure is told as a margin: its measure or label names one, a cue of
    ``before`` ends right before it (fillers aside), or a cue of ``after`` is among the
    first two words after it (its own unit words aside); never a tally ("by 10 to 2")."""
    table = words or MarginWords.default()
    said = {w.lower() for part in claim.measure for w in _WORD.findall(part.lower())}
    if said & table.heads or {claim.key.thing, claim.key.event} & table.heads:
        return True
    if text is None:
        return False
    start, end = claim.location.start, claim.location.end
    after_text = _CLAUSE.split(text[end:end + _AFTER], maxsplit=1)[0].lower()
    after = [w for w in _WORD.findall(after_text.replace("-", " ")) if w not in _UNITS]
    if after[:2] and after[0] == "to" and len(after) > 1 and after[1][0].isdigit():
        return False  # "by 10 votes to 2": a tally of both sides
    if any(w in table.after for w in after[:2]):
        return True
    own = claim.quantity.text.lower().replace("-", " ").split()
    if any(w in table.after for w in own):
        return True  # "a 31-vote win" read as one figure
    before = _WORD.findall(_CLAUSE.split(text[max(0, start - _BEFORE):start])[-1].lower())
    before = _strip(before, table.skip)
    if before and before[-1] in table.heads:
        return True  # "Majority: 31", "a majority 31"
    return any(tuple(before[-len(cue):]) == cue for cue in table.before)


def _strip(words: list[str], skip: tuple[tuple[str, ...], ...]) -> list[str]:
    """``words`` with fillers taken off their end, longest first, until none is left."""
    changed = True
    while changed and words:
        changed = False
        for filler in skip:
            if tuple(words[-len(filler):]) == filler:
                words = words[:-len(filler)]
                changed = True
                break
    return words


def margin_pair(pair: Pair, verdict: Verdict | None, texts: Mapping[str, str],
                words: MarginWords | None = None) -> bool:
    """Whether an NC403 verdict stands on no evidence because its figures are margins:
    both sides told as a margin (one difference, told twice), or a part told as a margin
    against a whole (a difference is no part of the votes)."""
    if verdict is None or verdict.rule != "NC403":
        return False
    a, b = pair.first.claim, pair.second.claim
    ma = margin(a, texts.get(a.location.path), words)
    mb = margin(b, texts.get(b.location.path), words)
    if ma and mb:
        return True
    return pair.relation is Relation.COMPOSITE and ma
