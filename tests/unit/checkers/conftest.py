"""A hand-built story: text plus claims made by hand, so checkers are tested without the parser.
Also makes realisation_cases.py importable (tests run with --import-mode=importlib)."""

from __future__ import annotations

import datetime as dt
import math
import sys
from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import regex

from numcheck.claims import Claim, ClaimKey, Scope
from numcheck.context import CheckContext
from numcheck.document import Document, Metadata
from numcheck.findings import Finding, Location
from numcheck.interval import INF, Interval
from numcheck.quantity import Bound, Change, Kind, Level, Quantity
from numcheck.settings import Settings

sys.path.insert(0, str(Path(__file__).parent))

# a sentence ends at . ! ? (not after a month abbreviation: "Feb. 24") or a newline
_SENTENCE_END = regex.compile(
    r"(?<=[.!?][\"”’]?)(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s+|\n"
)


def granularity(value: float) -> float:
    if value == 0:
        return 1.0
    g = 10.0 ** math.floor(math.log10(abs(value)))
    while g > 1e-9 and abs(value / g - round(value / g)) > 1e-9:
        g /= 10
    return g


def bounds(value: float, bound: Bound, g: float) -> tuple[Interval, Interval]:
    t = max(g / 2, 0.1 * value)
    if bound is Bound.EXACT:
        return Interval.point(value), Interval.point(value)
    if bound is Bound.APPROX:
        return Interval(value - t, value + t), Interval(value - t, value + t)
    if bound is Bound.BELOW:
        return Interval(value - t, value, True, False), Interval(value - t, value, True, False)
    if bound is Bound.ABOVE:
        return Interval(value, value + t, False), Interval(value, value + t, False)
    if bound is Bound.GT:
        return Interval(value, INF, False, False), Interval(value, value + max(g, t), False)
    if bound is Bound.GE:
        return Interval(value, INF, True, False), Interval(value, value + max(g, t))
    if bound is Bound.LT:
        return Interval(0, value, True, False), Interval(value - t, value, True, False)
    if bound is Bound.LE:
        return Interval(0, value), Interval(value - t, value)
    raise ValueError(bound)


class Story:
    def __init__(self, text: str, *, date: dt.date | None = None, path: str = "story.txt"):
        self.document = Document.from_text(text, path=path, metadata=Metadata(date=date))
        if path.endswith(".html"):  # markup: prose blanks the tags (offsets kept)
            from numcheck.readers import read_text

            self.document = read_text(text, path)
        self.claims: list[Claim] = []
        starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
        self._sentences = [
            (s, e.start() if e else len(text))
            for s, e in zip(starts, [*_SENTENCE_END.finditer(text), None], strict=False)
        ]
        self._starts = [s for s, _ in self._sentences]

    def add(
        self,
        phrase: str,
        value: float | None = None,
        *,
        nth: int = 0,
        kind: Kind = Kind.COUNT,
        bound: Bound = Bound.EXACT,
        unit: str | None = None,
        event: str | None = "killed",
        thing: str | None = None,
        qualifiers: tuple[str, ...] = (),
        scope: Scope = Scope.BODY,
        claimant: str | None = None,
        window: str | None = None,
        place: str | None = None,
        is_change: bool = False,
        hard: Interval | None = None,
        g: float | None = None,
        iso: str | None = None,
        change: Change | None = None,
        level: Level | None = None,
        head: str | None = None,
        date: dt.date | None = None,
        dimension: str | None = None,
        at: int | None = None,
        incident: str | None = None,
    ) -> Story:
        """Add a claim for ``phrase`` (its ``nth`` occurrence, or the one at offset ``at``)."""
        text = self.document.text
        start = -1
        if at is not None:
            assert text.startswith(phrase, at), (phrase, at)
            start = at
        for _ in range(nth + 1 if at is None else 0):
            start = text.index(phrase, start + 1)
        end = start + len(phrase)
        if g is None and value is not None:
            g = granularity(value)
        if hard is None and value is not None:
            hard, soft = bounds(value, bound, g or 1)
        else:
            soft = hard or Interval.point(0)
        quantity = Quantity(
            text=phrase,
            start=start,
            end=end,
            value=value,
            hard=hard or soft,
            soft=soft,
            kind=kind,
            bound=bound,
            unit=unit,
            granularity=g,
            iso=iso,
            change=change,
            head=head,
            level=level,
        )
        line, col = self.document.position(start)
        end_line, end_col = self.document.position(end)
        location = Location(self.document.path, start, end, line, col, end_line, end_col, phrase)
        if dimension is None:
            dimension = {Kind.PERCENT: "percent", Kind.MEASURE: "[length]"}.get(kind, "count")
        sentence = self._sentences[bisect_right(self._starts, start) - 1]
        self.claims.append(
            Claim(
                quantity=quantity,
                location=location,
                key=ClaimKey(thing, event, qualifiers, dimension, incident),
                scope=scope,
                subject=thing,
                event=event,
                claimant=claimant,
                window=window,
                place=place,
                is_change=is_change,
                date=date or self.document.metadata.date,
                sentence=sentence,
            )
        )
        return self

    def run(self, module: ModuleType, **settings: Any) -> list[Finding]:
        context = CheckContext(settings=Settings(**settings))
        found: Iterable[Finding] = module.numcheck_check_document(
            document=self.document, claims=list(self.claims), context=context
        )
        return sorted(found, key=Finding.sort_key)

    def codes(self, module: ModuleType, **settings: Any) -> list[str]:
        return [f.rule for f in self.run(module, **settings)]


@pytest.fixture
def story() -> type[Story]:
    return Story
