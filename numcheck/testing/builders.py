"""Hand-built documents and claims, for unit-testing a rule without the parser.

A plugin's rule logic is easiest to test on exactly the claims it should see::

    doc = make_document("Officials said 5 people were hurt.")
    hurt = make_claim(doc, "5", event="wounded", thing="people")
    findings = list(my_plugin.numcheck_check_document(doc, [hurt], make_context()))

Values and bounds are derived from the phrase and the ``bound`` unless given, with the
default tolerance of design.md (about x: x +/- 10%). The end-to-end path (the real
parser and claim extractor) is the ``numcheck_run`` fixture.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Mapping
from typing import Any

from numcheck.claims import Claim, ClaimKey, Scope
from numcheck.context import CheckContext
from numcheck.document import Document, Metadata
from numcheck.extract.keys import dimension
from numcheck.findings import Location
from numcheck.interval import Interval
from numcheck.quantity import Bound, Kind, Quantity
from numcheck.settings import Settings

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SCALE = re.compile(r"(?i)\d\s*(million|mn|m|billion|bn|b|thousand|k|trillion|tn)\b")
_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}


def make_document(
    text: str,
    path: str = "article.txt",
    *,
    date: dt.date | str | None = None,
    source: str | None = None,
    headline: str | None = None,
) -> Document:
    """A plain-text document; ``date`` may be an ISO string."""
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    meta = Metadata(source=source, date=date, headline=headline)
    return Document(path=path, text=text, prose=text, format="text", metadata=meta)


def make_context(
    options: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    today: dt.date | None = None,
    settings: Settings | None = None,
    extras: Mapping[str, Any] | None = None,
) -> CheckContext:
    """A CheckContext with ``[tool.numcheck.plugins.<name>]`` tables in ``options``."""
    base = settings or Settings()
    if options:
        merged = {**base.plugin_options, **{k: dict(v) for k, v in options.items()}}
        base = dataclasses.replace(base, plugin_options=merged)
    return CheckContext(settings=base, today=today, extras=dict(extras or {}))


def location(document: Document, start: int, end: int) -> Location:
    """The Location of ``document.text[start:end]`` with 1-based line/column."""
    line, col = document.position(start)
    end_line, end_col = document.position(end)
    return Location(
        document.path, start, end, line, col, end_line, end_col, document.text[start:end]
    )


def find_span(text: str, phrase: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th (1-based) ``phrase`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.find(phrase, start + 1)
        if start < 0:
            raise ValueError(f"{phrase!r} occurs fewer than {occurrence} time(s) in the text")
    return start, start + len(phrase)


def value_of(phrase: str) -> float | None:
    """The number written in ``phrase`` ("$1.5bn" -> 1.5e9), or None."""
    match = _NUMBER.search(phrase)
    if not match:
        return None
    value = float(match.group().replace(",", ""))
    scale = _SCALE.search(phrase, match.start())
    if scale and scale.start() == match.end() - 1:
        value *= _SCALES[scale.group(1).lower()]
    return value


def bounds(value: float, bound: Bound, tolerance: float = 0.10) -> Interval:
    """The hard interval ``bound`` gives a written ``value`` (design.md semantics)."""
    t = abs(value) * tolerance
    table = {
        Bound.EXACT: Interval.point(value),
        Bound.APPROX: Interval.closed(value - t, value + t),
        Bound.BELOW: Interval(value - t, value, True, False),
        Bound.ABOVE: Interval(value, value + t, False, True),
        Bound.GT: Interval(value, math.inf, False, False),
        Bound.GE: Interval(value, math.inf, True, False),
        Bound.LT: Interval(0.0, value, True, False),
        Bound.LE: Interval.closed(0.0, value),
    }
    return table.get(bound, Interval.point(value))


def make_claim(
    document: Document,
    phrase: str,
    *,
    occurrence: int = 1,
    value: float | None = None,
    kind: Kind = Kind.COUNT,
    bound: Bound = Bound.EXACT,
    hedge: str | None = None,
    unit: str | None = None,
    hard: Interval | None = None,
    thing: str | None = None,
    event: str | None = None,
    qualifiers: tuple[str, ...] = (),
    scope: Scope = Scope.BODY,
    claimant: str | None = None,
    window: str | None = None,
    place: str | None = None,
    is_change: bool = False,
) -> Claim:
    """A Claim for the ``occurrence``-th ``phrase`` of ``document``.

    ``thing``/``event``/``qualifiers`` form the claim key (and are used as the
    written subject/event); the document's date and source are copied over.
    """
    start, end = find_span(document.text, phrase, occurrence)
    if value is None:
        value = value_of(phrase)
    if hard is None:
        hard = bounds(value, bound) if value is not None else Interval.everything()
    quantity = Quantity(
        text=phrase,
        start=start,
        end=end,
        value=value,
        hard=hard,
        soft=hard,
        kind=kind,
        bound=bound,
        unit=unit,
        hedge=hedge,
    )
    key = ClaimKey(thing, event, tuple(sorted(qualifiers)), dimension(quantity))
    return Claim(
        quantity=quantity,
        location=location(document, start, end),
        key=key,
        scope=scope,
        subject=thing,
        event=event,
        claimant=claimant,
        window=window,
        place=place,
        is_change=is_change,
        date=document.metadata.date,
        source=document.metadata.source,
    )


__all__ = [
    "bounds",
    "find_span",
    "location",
    "make_claim",
    "make_context",
    "make_document",
    "value_of",
]
