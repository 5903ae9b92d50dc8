"""The span of time a restated figure covers, as drift compares windows across articles
(numcheck/checkers/drift/spans.py, ``Alignment.span``).

Inside one article the same total is often told once with its window and once
without: "85 patients have fallen ill" ... "86 patients had shown symptoms since the
outbreak began"; "Eighteen officers have been injured since the protests began on
Wednesday" ... "14 officers had been hurt since Wednesday". A count since the onset of
one of the story's happenings, or since a day of its news cycle, is the story's own
span, the total a figure with no window gives; rolling windows ("in the past 24
hours"), older starts ("since 2019"), frames that outlast the story and every change
keep their span. Restatement groups figures by this span, not by the window's words,
so the two readers agree on what one window is.

A total told since the onset is no restatement of one past day's count ("Twelve people
died on Monday" ... "Since the storm began, 40 people have died"), nor of a headline's
figure, which is often one day's ("# 63 arrested in third night of protests" ...
"bringing to 148 the number of arrests since the protests began"): such a group is
compared as two runs (``totals_apart``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from numcheck.checkers._compare import sentence_of, squash
from numcheck.claims import Claim, Scope
from numcheck.context import CheckContext
from numcheck.document import Document


class Spans(NamedTuple):
    """Each figure's span (None: the story's own), its totals since an onset and the
    figures of one past day, by claim id."""

    span: dict[int, str | None]
    totals: frozenset[int]
    days: frozenset[int]

    def apart(self, a: Claim, b: Claim) -> bool:
        """A total since the onset and a figure of one past day (or a headline's)."""
        x, y = id(a), id(b)
        return (x in self.totals and y in self.days) or (y in self.totals and x in self.days)

    def alias(self, new: Claim, old: Claim) -> None:
        """``new`` (a reframed copy of ``old``) has ``old``'s span."""
        self.span[id(new)] = self.span[id(old)]


def spans_of(document: Document, claims: Iterable[Claim], context: CheckContext) -> Spans:
    """Each claim's span by id: None for the story's own span (no window, or one from
    the story's onset), else the normalized window."""
    from numcheck.checkers.drift.alignment import Alignment
    from numcheck.lexicon import Lexicon

    lex = context.extras.get("lexicon")
    alignment = Alignment.from_lexicon(lex if isinstance(lex, Lexicon) else None)
    weekdays = alignment.spans.weekdays
    span: dict[int, str | None] = {}
    totals: set[int] = set()
    days: set[int] = set()
    named: dict[tuple[int, int], bool] = {}  # a sentence naming a weekday, read once
    unsaid = []
    for claim in claims:
        if claim.window is None:
            span[id(claim)] = None  # the story's own span
            unsaid.append(claim)
            continue
        span[id(claim)] = alignment.span(claim)
        if span[id(claim)] is None:
            totals.add(id(claim))
    for claim in unsaid if totals else ():  # days matter only beside a total
        if claim.scope is Scope.HEADLINE or _past_day(document, claim, weekdays, named):
            days.add(id(claim))  # a headline's figure is often one day's ("63 arrested")
    return Spans(span, frozenset(totals), frozenset(days))


def _past_day(
    document: Document,
    claim: Claim,
    weekdays: Iterable[str],
    named: dict[tuple[int, int], bool],
) -> bool:
    """A figure of one day before the article's: its clause names the day (or, in an
    undated article, its sentence names a weekday after "on"; each sentence is read
    once, however many figures it holds)."""
    if claim.date is not None:
        return claim.day is not None and claim.day != claim.date
    at = sentence_of(document, claim)
    if at not in named:
        sentence = f" {squash(document.prose[slice(*at)])} "
        named[at] = any(f" on {d} " in sentence or f" on {d}," in sentence for d in weekdays)
    return named[at]


def totals_apart(claims: Sequence[Claim], spans: Spans) -> list[list[Claim]]:
    """The runs of one group to compare: the group itself, or, when it holds a total
    told since the story's onset and a figure of one past day, the group without its
    totals and the group without its past days: a day's count is no restatement of the
    total, while a figure naming no day still meets both."""
    totals = [c for c in claims if id(c) in spans.totals]
    days = [c for c in claims if id(c) in spans.days]
    if not totals or not days:
        return [list(claims)]
    return [
        [c for c in claims if id(c) not in spans.totals],
        [c for c in claims if id(c) not in spans.days],
    ]


__all__ = ["Spans", "spans_of", "totals_apart"]
