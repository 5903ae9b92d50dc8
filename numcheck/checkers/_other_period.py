"""A step of another period told beside this period's levels (step34).

"Revenue rose 8% to £54m from £50m, after a 20% fall the year before": the 20% is last
year's change, not the change from £50m to £54m. Reporters set such a step in a clause
of its own, opened by a word that places it before or apart from the levels' move
("after", "following", "since", "having": ``[levels] other_period_openers``), and give
that clause a time of its own: a year or a date ("in 2024", read by the date reader of
``_clause_times``), an earlier time ("the year before", "the previous season", "at the
last election": ``[levels]`` ``earlier_*``, the same reader that ties an old level to its
period) or a span before the opener ("a year after a 40% plunge"). Both must be there:
"after jumping 20% on the results" has no time of its own and may well be the levels'
move, so it stays tied; and a year of that clause that the levels' part of the sentence
names too ("to £54m in 2025 ..., after rising 8% in 2025") keeps it tied.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._clause_times import without_dates
from numcheck.checkers._compare import sentence_of, squash, words
from numcheck.checkers._level_forms import earlier_times
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile

__all__ = ["OtherPeriodCues", "other_period"]

_MARKS = ",;:()—–"
_REACH = 300  # characters either side of a step read for its clause and the levels' years
_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")
_WORD = lazy_compile(r"[a-z][a-z'’-]*")


class OtherPeriodCues:
    """The ``[levels]`` words that open a step's clause of its own and give it a time."""

    def __init__(self, lex: Mapping[str, Any]) -> None:
        levels: Mapping[str, Any] = lex.get("levels", {})
        self.openers = words(levels.get("other_period_openers", ()))
        self.relatives = words(levels.get("time_relatives", ()))
        self.gap = int(levels.get("opener_gap", 2))
        periods = "|".join(re.escape(p) for p in words(levels.get("earlier_periods", ())))
        self.earlier = earlier_times(levels)  # the reader that ties an old level to its time
        # "a year after", "two seasons after": a span that sets the levels after the step
        self.span = (re.compile(rf"\b(?:a|an|one|two|three|four|five) (?:{periods})s? $")
                     if periods else None)


def other_period(
    document: Document, step: Claim, pair: Sequence[Claim], cues: OtherPeriodCues
) -> bool:
    """``step`` stands in a clause of its own, opened by an opener a few words before it,
    with a time of its own, and no level of ``pair`` in that clause: it is a change of
    another period, no step of those levels."""
    if not cues.openers:
        return False
    start, end = sentence_of(document, step)
    # the step's clause and the levels it might be tied to stand near it: reading only
    # that far keeps a sentence of thousands of steps linear
    start, end = max(start, step.location.start - _REACH), min(end, step.location.end + _REACH)
    prose = document.prose
    lo = max((prose.rfind(m, start, step.location.start) for m in _MARKS), default=-1)
    lo = start if lo < start else lo + 1
    his = [i for m in _MARKS if (i := prose.find(m, step.location.end, end)) != -1]
    hi = min(his, default=end)
    if any(lo <= c.location.start < hi for c in pair):
        return False  # a level in the step's own clause: the step is theirs
    head, told_from = squash(prose[lo : step.location.start]), lo
    opener = _opener(head, cues.openers, cues.gap)
    if opener is not None:
        before_it, told = opener
        clause = f"{told} {squash(prose[step.location.end : hi])}"
        spanned = cues.span is not None and cues.span.search(before_it) is not None
        if not (_timed(clause, cues) or spanned):
            return False
    else:  # "since March 2023, when it lost 4.4%": the time just before the comma
        relative = _opener(head, cues.relatives, cues.gap)
        if relative is None or relative[0] or lo <= start:
            return False
        was = max((prose.rfind(m, start, lo - 1) for m in _MARKS), default=-1)
        told_from = max(was + 1, start)
        clause = squash(prose[told_from:hi])
        if any(told_from <= c.location.start < lo for c in pair):
            return False  # "from 6,690.1 on Friday, when": the level's own time
        if not _timed(squash(prose[told_from : lo - 1]), cues, last=True):
            return False
    years = set(_YEAR.findall(clause))
    if not years:
        return True
    return not years & set(_YEAR.findall(prose[start:told_from] + " " + prose[hi:end]))


def _timed(clause: str, cues: OtherPeriodCues, last: bool = False) -> bool:
    """``clause`` names a time: a year or date (the date reader of ``_clause_times``) or an
    earlier time ("the year before", "at the last election"); ``last``: at its end."""
    marked = without_dates(clause)
    if last:
        earlier = cues.earlier is not None and any(
            m.end() == len(clause) for m in cues.earlier.finditer(clause))
        return marked.endswith(" date") or marked == "date" or earlier
    earlier = cues.earlier is not None and cues.earlier.search(clause) is not None
    return marked != clause or earlier


def _opener(head: str, openers: Sequence[str], gap: int) -> tuple[str, str] | None:
    """(the words before the opener, the words from it to the step) when ``head`` (the
    step's clause up to it) ends with an opener and at most ``gap`` plain words ("after
    a", "having fallen", "since a sharp", "when it lost")."""
    toks = head.split()
    for k in range(len(toks), max(-1, len(toks) - gap - 1), -1):
        tail = toks[k:]
        if not all(_WORD.fullmatch(w) for w in tail):
            return None
        for opener in openers:
            n = len(opener.split())
            if k >= n and " ".join(toks[k - n : k]) == opener:
                before = " ".join(toks[: k - n])
                return (f"{before} " if before else "", " ".join(toks[k:]))
    return None
