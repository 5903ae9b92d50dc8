"""Shared helpers of the in-article checkers: which claims to compare, how, and how to say it.

Checkers compare *claims*, never re-read numbers from text. These helpers give them
the intervals to compare (rounding-aware for restatements, precision-aware for
arithmetic), the phrase as written for messages, and one way to build a Finding so
every rule words its locations, quotes and baseline subjects alike.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from numcheck.claims import Claim, Scope
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.findings import Finding, Location
from numcheck.interval import Interval
from numcheck.quantity import Bound, Kind, Quantity

if TYPE_CHECKING:
    from numcheck.checkers._relations import Relations

Span = tuple[float, float]

_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SPACE = re.compile(r"\s+")
QUOTE_NOTE = " (in a direct quote: flag it to the desk, do not change the quote)"


def lexicon(context: CheckContext) -> Mapping[str, Any]:
    """The ``checkers`` lexicon section, with plugin additions when the engine passes them."""
    lex = context.extras.get("lexicon")
    if lex is None:
        from numcheck.lexicon import Lexicon

        lex = Lexicon.default()
    section: Mapping[str, Any] = lex["checkers"]
    return section


def related(
    document: Document, claims: Sequence[Claim], context: CheckContext
) -> tuple[Mapping[str, Any], Relations]:
    """The ``checkers`` lexicon and the relations among ``claims`` (parts and wholes,
    from-to levels, percent-of): where every arithmetic and restatement checker starts."""
    from numcheck.checkers import _relations  # imported late: _relations builds on this module

    lex = lexicon(context)
    return lex, _relations.find(document, claims, lex)


def words(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({v.lower() for v in values}, key=len, reverse=True))


def checkable(claim: Claim) -> bool:
    """An amount in the story proper: boilerplate is never compared with the story."""
    return claim.scope is not Scope.BOILERPLATE and claim.quantity.is_amount


def squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def between(document: Document, first: Claim, second: Claim) -> str:
    """The words between two figures, lowercased with spaces collapsed."""
    return squash(document.prose[first.location.end : second.location.start])


def sentence_of(document: Document, claim: Claim) -> tuple[int, int]:
    """The claim's sentence span; the line holding it when the extractor gave none."""
    start, end = claim.sentence
    if end > start:
        return start, end
    text = document.text
    lo = text.rfind("\n", 0, claim.location.start) + 1
    hi = text.find("\n", claim.location.end)
    return lo, len(text) if hi == -1 else hi


def before(document: Document, claim: Claim, limit: int = 60) -> str:
    """The words of the claim's sentence right before it (lowercased)."""
    start = sentence_of(document, claim)[0]
    return squash(document.prose[max(start, claim.location.start - limit) : claim.location.start])


def same_party(x: str | None, y: str | None) -> bool:
    """Unknown, equal, or one names the other more fully ("ministry", "the interior ministry")."""
    if x is None or y is None:
        return True
    a, b = set(squash(x).split()) - {"the"}, set(squash(y).split()) - {"the"}
    return a <= b or b <= a


def same_incident(a: Claim, b: Claim) -> bool:
    """The incident half of ``ClaimKey.compatible``: equal, or unknown on either side.

    Checkers compare claims whose things differ ("people" and no thing), so they
    cannot use ``compatible`` (which also wants equal keys) for this part.
    """
    x, y = a.key.incident, b.key.incident
    return x is None or y is None or x == y


def party_words(name: str | None) -> frozenset[str] | None:
    """A claimant or place as ``same_party`` compares it: its words without "the"."""
    return None if name is None else frozenset(squash(name).split()) - {"the"}


def story_places(claims: Iterable[Claim]) -> list[frozenset[str]]:
    """Places the headline names: the story's own place, not a part of it."""
    found = {party_words(c.place) for c in claims if c.scope is Scope.HEADLINE and c.place}
    return [p for p in found if p]


def place_key(
    claim: Claim, cues: Sequence[str], story: Sequence[frozenset[str]]
) -> frozenset[str] | None:
    """The place a figure is part of; None for the whole story.

    No place, a whole cue ("nationwide", "in total") or the headline's place all
    stand for the whole; a figure with another place is a part of that whole
    (compared by NC201, never restated against it).
    """
    key = party_words(claim.place)
    if not key or claim.place is None or squash(claim.place) in cues:
        return None
    if any(key <= s or s <= key for s in story):
        return None
    return key


def same_place(x: frozenset[str] | None, y: frozenset[str] | None) -> bool:
    """Both the whole story, or places one of which names the other more fully."""
    if x is None or y is None:
        return x is y
    return x <= y or y <= x


def same_sentence(a: Claim, b: Claim, document: Document) -> bool:
    return sentence_of(document, a) == sentence_of(document, b)


# -- intervals ---------------------------------------------------------------


def rounding(q: Quantity) -> Interval | None:
    """A bare round number stands for its rounding interval (5,800 covers 5,840)."""
    if q.bound is not Bound.EXACT or q.value is None or not q.granularity:
        return None
    half = q.granularity / 2
    return Interval(q.value - half, q.value + half)


def compared_hard(q: Quantity) -> Interval:
    """What the words allow, with a bare figure's rounding."""
    spread = rounding(q)
    return q.hard if spread is None else q.hard.hull(spread)


def compared_soft(q: Quantity) -> Interval:
    """The pragmatic reading, with a bare figure's rounding."""
    spread = rounding(q)
    return q.soft if spread is None else q.soft.hull(spread)


def precision(q: Quantity) -> float:
    """The place value of the last digit as written ("40" -> 1, "1.5 million" -> 100,000)."""
    found = _NUMERAL.findall(q.text)
    if found and q.value:
        numeral = float(found[-1].replace(",", ""))
        if numeral:
            decimals = len(found[-1].partition(".")[2])
            return abs(q.value / numeral) * 10.0**-decimals
    return q.granularity or 1.0


def written(q: Quantity) -> Span | None:
    """The span of values a figure used in arithmetic stands for; None when unbounded."""
    if q.bound is Bound.EXACT and q.value is not None:
        step = precision(q)
        half = 0.0 if q.kind is Kind.COUNT and step <= 1 else step / 2
        return q.value - half, q.value + half
    if q.hard.is_bounded and q.bound not in (Bound.GT, Bound.GE, Bound.LT, Bound.LE):
        return q.hard.low, q.hard.high
    return None


def arith(q: Quantity) -> Interval:
    """``written`` as an Interval, falling back to the hard bounds when unbounded."""
    span = written(q)
    return q.hard if span is None else Interval(*span)


def add(a: Span, b: Span) -> Span:
    return a[0] + b[0], a[1] + b[1]


def sub(a: Span, b: Span) -> Span:
    return a[0] - b[1], a[1] - b[0]


def mul(a: Span, b: Span) -> Span:
    products = [x * y for x in a for y in b]
    return min(products), max(products)


def div(a: Span, b: Span) -> Span | None:
    if b[0] <= 0 <= b[1]:
        return None
    return mul(a, (1 / b[1], 1 / b[0]))


def meets(a: Span, b: Span, slack: float = 1e-9) -> bool:
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


# -- units -------------------------------------------------------------------


def convert(value: float, unit: str, to: str) -> float | None:
    """``value`` in ``unit`` expressed in ``to``; None when the units do not convert.

    numcheck.units converts known units from its table and imports pint only for
    the others, so an article with "40 miles (64 km)" never pays for pint.
    """
    from numcheck.units import convert as convert_units

    try:
        return convert_units(Interval.point(value), unit, to).low
    except ValueError:
        return None


# -- messages and findings ---------------------------------------------------


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


def fmt_span(span: Span, unit: str = "") -> str:
    low, high = (fmt(v) for v in span)
    text = low if low == high else f"{low} to {high}"
    return f"{text}{unit}"


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


def is_kind(claim: Claim, *kinds: Kind) -> bool:
    return claim.quantity.kind in kinds


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
