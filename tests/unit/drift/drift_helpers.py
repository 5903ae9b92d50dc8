"""Hand-built claims for the drift tests: one sentence per article, bounds by hand."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from numcheck.claims import Claim, Scope
from numcheck.interval import INF, Interval
from numcheck.quantity import Bound
from numcheck.testing.builders import make_claim, make_document


def claim(
    path: str,
    phrase: str,
    hard: Interval,
    soft: Interval | None = None,
    *,
    thing: str | None = "civilian",
    event: str | None = "killed",
    qualifiers: tuple[str, ...] = (),
    claimant: str | None = None,
    window: str | None = None,
    date: str | None = None,
    bound: Bound = Bound.EXACT,
    value: float | None = None,
    unit: str | None = None,
    scope: Scope = Scope.BODY,
    place: str | None = None,
    text: str | None = None,
) -> Claim:
    """A claim on ``phrase`` in a one-line article at ``path``."""
    doc = make_document(text or f"Officials said {phrase} today.", path,
                        date=dt.date.fromisoformat(date) if date else None)  # fmt: skip
    made = make_claim(doc, phrase, hard=hard, thing=thing, event=event, qualifiers=qualifiers,
                      claimant=claimant, window=window, bound=bound, value=value, unit=unit,
                      scope=scope, place=place)  # fmt: skip
    quantity = dataclasses.replace(made.quantity, soft=soft or hard)
    return dataclasses.replace(made, quantity=quantity)


def closed(low: float, high: float) -> Interval:
    return Interval.closed(low, high)


def above(x: float, soft_high: float | None = None) -> tuple[Interval, Interval]:
    """'more than x': hard (x, inf), soft (x, soft_high]."""
    hard = Interval(x, INF, False, False)
    return hard, Interval(x, soft_high or x * 1.5, False, True)


def below(x: float, t: float = 0.1) -> Interval:
    """'nearly x': [x - tx, x)."""
    return Interval(x - t * x, x, True, False)


def drift_rules(a: str, b: str, day: str = "2025-03-04", later: str | None = None,
                ) -> list[str]:
    """The drift rules two one-paragraph Markdown articles raise, sorted: both of
    ``day``, or ``b`` of the ``later`` day."""
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    texts = {
        "a.md": f"---\ndate: {day}\n---\n\n{a}\n",
        "b.md": f"---\ndate: {later or day}\n---\n\n{b}\n",
    }
    return sorted(f.rule for f in run_checks(texts, [drift]))


def analysed(sentence: str, figure: str) -> tuple[Any, Any, Claim]:
    """(engine, document, the claim of ``figure``) of ``sentence`` as a dated article."""
    from numcheck.engine import Engine
    from numcheck.readers import read_text
    from numcheck.settings import Settings

    engine = Engine(Settings())
    doc = read_text(f"---\ndate: 2026-01-05\n---\n\n{sentence}\n", "a.md")
    at = doc.text.index(figure)
    found = next(c for c in engine.analyse(doc).claims
                 if c.location.start <= at < c.location.end)
    return engine, doc, found


def standing_of(sentence: str, figure: str) -> str:
    """How ``figure`` of ``sentence`` stands (``drift.standing.stands``): a peak, a
    property, a rate, a capacity, or "" (a level of its day)."""
    from numcheck.checkers.drift.alignment import Alignment
    from numcheck.checkers.drift.standing import StandingWords, stands

    engine, doc, claim = analysed(sentence, figure)
    alignment = Alignment.from_lexicon(engine.lexicon)
    return stands(claim, alignment.span(claim), alignment, doc.text,
                  StandingWords.from_lexicon(engine.lexicon))
