"""Day counts that are not the story's day: another year's event, or an event's last day.

Split from numcheck/checkers/days.py. A count whose sentence (or its start's) names a
year that is neither the article's nor the start's own ("The 2019 walkout, which began
on March 1, lasted into its 40th day") or another year in words (``[days]
other_years``: "last year's siege") is a past event's count: the start's yearless date
is that event's, not this year's, so nothing is counted. A count told with a verb
that closes its event (``[days] end_verbs``: "ended on its fourth day", "was called off
in its third week") is the day the event ended, a day gone by that may be before the
article's: only a day not yet come is wrong.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._compare import sentence_of, squash, words
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.quantity import Kind

Span = tuple[int, int]

_END_WORDS = 6  # words from a closing verb to its count ("was called off early in its")


class YearsNamed:
    """The years each sentence names, read once per sentence (a count asks for its own
    sentence and its start's; a sentence of many counts is read once, not once each).

    ``claims`` are in text order, ``offsets`` their starts."""

    def __init__(
        self,
        document: Document,
        claims: Sequence[Claim],
        offsets: Sequence[int],
        lex: Mapping[str, Any],
    ) -> None:
        self.document, self.claims, self.offsets = document, claims, offsets
        cues = [re.escape(c) for c in words(lex.get("other_years", ())) if c]
        self.cue = re.compile(rf"\b(?:{'|'.join(cues)})\b") if cues else None
        self.seen: dict[Span, tuple[frozenset[int], bool]] = {}

    def named(self, span: Span) -> tuple[frozenset[int], bool]:
        """The years written as figures in ``span``, and whether words name another year."""
        if span not in self.seen:
            lo, hi = span
            in_words = self.cue is not None and self.cue.search(
                squash(self.document.prose[lo:hi])) is not None
            years = set()
            for claim in self.claims[bisect_left(self.offsets, lo) :]:
                if claim.location.start >= hi:
                    break
                value = claim.quantity.value
                if claim.quantity.kind is Kind.YEAR and value is not None:
                    years.add(int(value))
            self.seen[span] = (frozenset(years), in_words)
        return self.seen[span]

    def other(self, spans: Sequence[Span], years: set[int]) -> bool:
        """Whether one of ``spans`` (the count's sentence, its start's) names a year outside
        ``years`` (the article's and the start's) or another year in words."""
        for span in spans:
            named, in_words = self.named(span)
            if in_words or named - years:
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


__all__ = ["YearsNamed", "ended_on"]
