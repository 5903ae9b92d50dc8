"""How the in-article checkers say what they found: figures as written, values for
an editor, and one way to build a Finding so every rule words locations, quotes and
baseline subjects alike."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from numcheck.checkers._compare import sentence_of
from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.findings import Finding, Location
from numcheck.interval import Interval
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Quantity

QUOTE_NOTE = " (in a direct quote: flag it to the desk, do not change the quote)"


def fmt(x: float) -> str:
    """A value for an editor: 1,234 / 27.3 / 0.25."""
    if math.isinf(x):
        return "unbounded"
    if abs(x - round(x)) < 1e-9:
        return f"{round(x):,}"
    return f"{x:,.3g}" if abs(x) < 100 else f"{x:,.1f}"


def value_of(q: Quantity) -> float | None:
    """The value as written, or the middle of a bounded interval (for messages only)."""
    if q.value is not None:
        return q.value
    return (q.hard.low + q.hard.high) / 2 if q.hard.is_bounded else None


def fmt_span(span: Interval, unit: str = "") -> str:
    low, high = fmt(span.low), fmt(span.high)
    text = low if low == high else f"{low} to {high}"
    return f"{text}{unit}"


_NUMERAL = lazy_compile(r"\d[\d,]*(?:\.\d+)?")


def like(x: float, claim: Claim) -> str:
    """``x`` written the way ``claim`` writes its figure ("£17.2 million" beside "£18.6
    million", "17.2" beside "18.6"), so an editor reads a sum in the copy's own terms."""
    q = claim.quantity
    found = _NUMERAL.search(q.text)
    if found is None or not q.value:
        return fmt(x)
    numeral = float(found.group().replace(",", ""))
    scale = q.value / numeral if numeral else 1.0
    start = q.text.rfind(" ", 0, found.start()) + 1
    return q.text[start : found.start()] + fmt(x / scale) + q.text[found.end() :]


def phrase(document: Document, claim: Claim) -> str:
    """The figure as written, with the words that say what it counts ("34 people died")."""
    start, end = claim.location.start, claim.location.end
    stop = min(sentence_of(document, claim)[1], end + 40)
    tail = document.prose[end:stop].lower()
    best = end
    digit = re.search(r"\d", tail)
    reach = min(24, digit.start() if digit else 24)  # never run into the next figure
    for word in (claim.subject, claim.event):
        if word:
            at = tail.find(word.lower())
            if 0 <= at <= reach:
                best = max(best, end + at + len(word))
    return " ".join(document.prose[start:best].split())


def said(document: Document, claim: Claim) -> str:
    """The figure as a reader sees it: the prose at its offsets (no tags, entities
    decoded) with whitespace collapsed. Messages quote this, never the raw text."""
    loc = claim.location
    return " ".join(document.prose[loc.start : loc.end].split())


_PLACES = {Scope.HEADLINE: "headline", Scope.CAPTION: "caption", Scope.QUOTE: "quote"}


def where(claim: Claim) -> str:
    place = _PLACES.get(claim.scope)
    return f"line {claim.location.line}" + (f", {place}" if place else "")


def describe(document: Document, claim: Claim) -> str:
    return f"'{phrase(document, claim)}' ({where(claim)})"


def subject_of(rule: str, claims: Sequence[Claim], document: Document) -> str:
    """A line-independent identity for baselines: rule, key and phrases."""
    parts = [f"{c.key}: {phrase(document, c)}" for c in claims]
    return f"{rule} " + " | ".join(parts)


def finding(
    rule: str,
    message: str,
    primary: Claim,
    others: Sequence[Claim],
    document: Document,
) -> Finding:
    """A finding at ``primary`` with the other claims as related locations."""
    in_quote = primary.scope is Scope.QUOTE
    related: tuple[Location, ...] = tuple(c.location for c in others if c is not primary)
    return Finding(
        rule=rule,
        message=message + (QUOTE_NOTE if in_quote else ""),
        location=primary.location,
        related=related,
        in_quote=in_quote,
        subject=subject_of(rule, [primary, *others], document),
    )


def rule_doc(code: str, what: str, why: str, example: str, fix: str) -> str:
    """The Markdown every built-in rule documents itself with (``numcheck rule CODE``)."""
    return (
        f"## What it does\n\n{what}\n\n## Why\n\n{why}\n\n## Example\n\n{example}\n\n"
        f"## How to fix\n\n{fix}\n\n## How to suppress\n\n"
        f'In Markdown or HTML, put `<!-- numcheck: ignore[{code}] reason="..." -->` before the '
        f"paragraph (plain text: the same words on a line of their own), or add `{code}` to "
        "`ignore` in `[tool.numcheck]`. Figures inside direct quotes are reported but marked as "
        "quotes: flag them to the desk, do not change the quote.\n"
    )
