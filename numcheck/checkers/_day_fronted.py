"""A start told with its day fronted (NC301): "On Monday, dockers walked out over pay".

The onset grammar of ``_starts.py`` reads a verb before its day ("walked out on
Monday"); news copy on every desk as often opens the sentence with the day, then the
subject, then the verb ("Early on Saturday a landslide buried the road", "On March 9,
students occupied the hall", "Last Tuesday, rebels seized the town"). The verbs are
the article's onset verbs (``onset_verbs``), the frame verbs of the event a count
names and the kin verbs of ``_day_kin.py``; between the day and the verb at most
``onset_gap`` words, none of them a break, a word of speech or of the future
(``clause_not_onsets``, ``future_cues``: "On Monday, police said the fire began").
Read only as the last fallback, when the article writes no start of any other kind,
never in a sentence that holds a day count (its own day is not its start) and only for
a day gone by.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._compare import words
from numcheck.checkers._starts import Cues, Parts, Start, iso_parts, past_weekday
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

__all__ = ["fronted_starts"]

# the words that open a sentence before its day: "On", "Early on", "Late on", "Last"
_LEAD = lazy_compile(r"[\s\"'“‘]*(?:(?P<last>last)\s+|(?:(?:early|late)\s+)?on\s+)", re.IGNORECASE)
# a part of the day and the comma after the day: "On Monday night, ...", "On March 9, ..."
_AFTER_DAY = lazy_compile(r"(?:\s+(?:night|morning|afternoon|evening))?\s*,?\s*", re.IGNORECASE)
_BREAK = lazy_compile(r"[,;:.!?()\[\]\u2013\u2014\"“”]")
_REACH = 120  # characters read after the day for its subject and verb


def fronted_starts(
    document: Document,
    claims: Sequence[Claim],
    counts: Sequence[Claim],
    cues: Cues,
    today: dt.date | None,
    verbs: Sequence[str],
    lex: Mapping[str, Any],
) -> list[Start]:
    """The starts of sentences that open with their day and then tell an onset by one
    of ``verbs`` (see the module docstring), in text order."""
    if not verbs or not counts:
        return []
    gap = int(lex.get("onset_gap", 6))
    refused = frozenset(words(lex.get("clause_not_onsets", ()))) | frozenset(
        words(lex.get("future_cues", ())))
    alternation = "|".join(re.escape(v) for v in sorted(set(verbs), key=len, reverse=True))
    told = re.compile(rf"(?P<subject>(?:[^\s]+\s+){{0,{gap}}}?)(?:{alternation})\b")
    dates = {
        c.location.start: (c, parts)
        for c in claims
        if c.quantity.kind is Kind.DATE and (parts := iso_parts(c.quantity.iso)) is not None
    }
    counted = {c.sentence for c in counts}
    prose = document.prose
    found: list[Start] = []
    for lo, hi in document.sentences:
        if (lo, hi) in counted:
            continue
        lead = _LEAD.match(prose, lo, hi)
        if lead is None:
            continue
        day = _day(prose, lead.end(), hi, bool(lead.group("last")), cues, today, dates)
        if day is None:
            continue
        parts, end, anchor = day
        rest = _AFTER_DAY.match(prose, end, hi)
        at = rest.end() if rest is not None else end
        tail = prose[at : min(hi, at + _REACH)]
        stop = _BREAK.search(tail)
        clause = " ".join((tail[: stop.start()] if stop else tail).lower().split())
        verb = told.match(clause)
        if verb is None or set(verb.group("subject").split()) & refused:
            continue
        if not _gone(parts, today):
            continue
        found.append(Start(parts, (lo, hi), (lead.end(), end), True, anchor))
    return found


def _day(
    prose: str,
    at: int,
    hi: int,
    last: bool,
    cues: Cues,
    today: dt.date | None,
    dates: Mapping[int, tuple[Claim, Parts]],
) -> tuple[Parts, int, Claim | None] | None:
    """The day written at ``at``: a date claim there, or a weekday (its latest day on or
    before the article's, before it after "last"); its parts, its end and its claim."""
    if at in dates:
        claim, parts = dates[at]
        return parts, claim.location.end, claim
    if cues.weekday is None or today is None:
        return None
    match = cues.weekday.match(prose, at, hi)
    if match is None:
        return None
    day = past_weekday(today, cues.names.index(match.group(1).lower()), last)
    return None if day is None else ((day.year, day.month, day.day), match.end(), None)


def _gone(parts: Parts, today: dt.date | None) -> bool:
    """A day before the article's (a yearless date: the latest such day before it)."""
    if today is None:
        return True
    year, month, day = parts
    return (year or today.year, month, day) < (today.year, today.month, today.day) or (
        year is None and (month, day) > (today.month, today.day))
