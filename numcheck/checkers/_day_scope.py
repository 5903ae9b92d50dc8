"""Day counts that are not the story's day (another year's event, an event's last day),
and the months a count may be in.

Split from numcheck/checkers/days.py. A count whose sentence (or its start's) names a
year that is neither the article's nor the start's own ("The 2019 walkout, which began
on March 1, lasted into its 40th day") or another year in words (``[days]
other_years``: "last year's siege") is a past event's count: the start's yearless date
is that event's, not this year's, so nothing is counted. A count told with a verb
that closes its event (``[days] end_verbs``: "ended on its fourth day", "was called off
in its third week") is the day the event ended, a day gone by that may be before the
article's: only a day not yet come is wrong. A month ("in its fourth month") is counted
only from a start in its own sentence, and a month near its turn may be rounded.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from numcheck.checkers._compare import sentence_of, squash, words
from numcheck.checkers._day_units import unit_of
from numcheck.checkers._day_words import SentenceWords
from numcheck.checkers._starts import Start
from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.quantity import Kind

Span = tuple[int, int]

_END_WORDS = 6  # words from a closing verb to its count ("was called off early in its")


class YearsNamed:
    """The years each sentence names, read once per sentence (a count asks for its own
    sentence and its start's; a sentence of many counts is read once, not once each).

    Only a year written before the count (or before its start, in the start's sentence)
    scopes it: "The 2019 walkout, which began on March 1, lasted into its 40th day", not
    "rolls into a third week ... to outlast the 11-day walkout of 2019". ``claims`` are
    in text order, ``offsets`` their starts."""

    def __init__(
        self,
        document: Document,
        claims: Sequence[Claim],
        offsets: Sequence[int],
        lex: Mapping[str, Any],
    ) -> None:
        self.document, self.claims, self.offsets = document, claims, offsets
        cues = [re.escape(c) for c in words(lex.get("other_years", ())) if c]
        self.cue = re.compile(rf"\b(?:{'|'.join(cues)})\b", re.IGNORECASE) if cues else None
        self.seen: dict[Span, tuple[list[tuple[int, int]], list[int]]] = {}

    def named(self, span: Span) -> tuple[list[tuple[int, int]], list[int]]:
        """The years written as figures in ``span`` (where, which) and where words name
        another year."""
        if span not in self.seen:
            lo, hi = span
            prose = self.document.prose
            in_words = [] if self.cue is None else [
                m.start() for m in self.cue.finditer(prose.replace("\u2019", "'"), lo, hi)]
            years = []
            for claim in self.claims[bisect_left(self.offsets, lo) :]:
                if claim.location.start >= hi:
                    break
                value = claim.quantity.value
                if claim.quantity.kind is Kind.YEAR and value is not None:
                    years.append((claim.location.start, int(value)))
            self.seen[span] = (years, in_words)
        return self.seen[span]

    def other(self, spans: Sequence[tuple[Span, int]], years: set[int]) -> bool:
        """Whether one of ``spans`` (the count's sentence, its start's), before its
        offset, names a year outside ``years`` (the article's and the start's) or
        another year in words."""
        for span, limit in spans:
            named, in_words = self.named(span)
            if any(at < limit for at in in_words):
                return True
            if any(at < limit and year not in years for at, year in named):
                return True
        return False


def ended_on(document: Document, ordinal: Claim, lex: Mapping[str, Any]) -> bool:
    """ "ended on its fourth day", "lasted into a 40th day", "was called off in its third
    week": a verb of ``end_verbs`` shortly before the count, in its clause."""
    lo, _ = sentence_of(document, ordinal)
    start = ordinal.location.start
    lead = document.prose[max(lo, start - 80) : start]
    lead = re.split(r"[,;:()\u2013\u2014]", lead)[-1]  # its own clause
    told = f" {' '.join(squash(lead).split()[-_END_WORDS:])} "
    return any(f" {verb} " in told for verb in words(lex.get("end_verbs", ())))


def months(start: dt.date, day: dt.date) -> int:
    """The month of a story ``day`` falls in: month one runs from the start to the day
    before its date a month on (Dec. 1 to Dec. 31; March 13 is in the fourth month)."""
    months = (day.year - start.year) * 12 + day.month - start.month
    return months + (1 if day.day >= start.day else 0)


def near_turn(count: Callable[[dt.date], int], ref: dt.date, stated: int, slack: int) -> bool:
    """Whether a day within ``slack`` of ``ref`` is in the month ``stated``: a month told
    near its turn may be rounded either way."""
    near = (_shift(ref, k) for k in range(-slack, slack + 1))
    return any(day is not None and count(day) == stated for day in near)


def monthly_elsewhere(
    document: Document, ordinal: Claim, origin: Start | None, unit: str | None,
    lex: Mapping[str, Any],
) -> bool:
    """A month count not tied to a start written with it: a monthly series (prices,
    jobs: "for a fifth straight month") is seldom the story's event, so a month is
    counted only from a start in its own clause ("which began on Dec. 1, is in its
    fourth month"; no semicolon between) and never as a streak."""
    if (unit or unit_of(document, ordinal, lex)) != "month":
        return False
    if origin is None or origin.sentence != sentence_of(document, ordinal):
        return True
    lo, hi = sorted((origin.span[0], ordinal.location.start))
    if ";" in document.prose[lo:hi]:
        return True
    tail = squash(document.prose[ordinal.location.start : ordinal.location.end + 24])
    return any(f" {w} " in f" {tail} " for w in words(lex.get("streak_words", ())))


def sitting_days(start: dt.date, day: dt.date) -> int:
    """The weekdays (Monday to Friday) from ``start`` to ``day``, both counted: the day
    number of a court, an inquiry or a market that sits on working days only."""
    span = (day - start).days + 1
    if span < 1:
        return 0
    weeks, rest = divmod(span, 7)
    extra = sum(1 for k in range(rest) if (start.weekday() + k) % 7 < 5)
    return weeks * 5 + extra


def sits(told: frozenset[str], lex: Mapping[str, Any]) -> bool:
    """Whether a sentence's words name an event that sits on working days (``[days]
    sitting_events``: "trial", "inquiry", "hearing"): its "10th day" may be a sitting
    day, not a calendar one."""
    return bool(told & set(words(lex.get("sitting_events", ()))))


def other_counting(
    document: Document,
    ordinal: Claim,
    origin: Start | None,
    start: dt.date,
    ref: dt.date,
    stated: int,
    lex: Mapping[str, Any],
    sentences: SentenceWords,
) -> bool:
    """A day count another way reporters count: sitting days of a trial or an inquiry
    ("sat for a 10th day" a fortnight on)."""
    spans = [sentence_of(document, ordinal)] + ([origin.sentence] if origin else [])
    return any(sits(sentences.told(s), lex) for s in spans) and stated == sitting_days(start, ref)


def elsewhen(
    document: Document,
    named: YearsNamed,
    ordinal: Claim,
    origin: Start | None,
    start: dt.date,
    today: dt.date | None,
) -> bool:
    """A count of another year's event ("The 2019 walkout, which began on March 1, lasted
    into its 40th day"): its sentence or its start's names another year."""
    own = sentence_of(document, ordinal)
    spans = [(own, ordinal.location.start)]
    if origin is not None:
        spans.append((origin.sentence, origin.span[0]))
    years = {start.year} | ({today.year} if today is not None else set())
    return named.other(spans, years)


def once(counted: Sequence[tuple[Claim, Finding]]) -> list[Finding]:
    """One finding per wrong count: the same count of the same start, written again in
    the headline ("Rover enters 12th day" over "entered its 12th day on Monday"), is one
    error, reported at the body's telling with the others as related locations."""
    groups: dict[tuple[str, str], list[tuple[Claim, Finding]]] = {}
    for ordinal, found in counted:
        # the message after the figure: the start, the day and both counts
        told = found.message.split(": ", 1)[-1]
        groups.setdefault((found.rule, told), []).append((ordinal, found))
    out: list[Finding] = []
    for group in groups.values():
        if len(group) == 1:
            out.append(group[0][1])
            continue
        body = [pair for pair in group if pair[0].scope is not Scope.HEADLINE] or group
        primary = body[0][1]
        related = list(primary.related)
        for _, other in group:
            for at in (other.location, *other.related):
                if at != primary.location and at not in related:
                    related.append(at)
        out.append(replace(primary, related=tuple(related)))
    return out


def _shift(day: dt.date, days: int) -> dt.date | None:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


__all__ = [
    "YearsNamed", "elsewhen", "ended_on", "monthly_elsewhere", "months",
    "near_turn", "once", "other_counting", "sits", "sitting_days",
]
