"""Stand-in quantities for the claims tests: a phrase found in the text, as a Quantity.

The extractor only needs offsets, the kind and (for measures) the unit, so these
tests do not depend on the parser's readings of hedges or scales. Also makes
extract_helpers.py importable (tests run with --import-mode=importlib).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from numcheck.claims import Claim
from numcheck.document import Document, Region, Role
from numcheck.extract import extract_claims
from numcheck.interval import Interval
from numcheck.quantity import Bound, Kind, Quantity

sys.path.insert(0, str(Path(__file__).parent))

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def quantity_at(
    text: str,
    phrase: str,
    *,
    after: int = 0,
    kind: Kind = Kind.COUNT,
    unit: str | None = None,
    head: str | None = None,
) -> Quantity:
    """The first ``phrase`` in ``text`` at or after offset ``after``, as a Quantity."""
    start = text.index(phrase, after)
    digits = _DIGITS.search(phrase)
    value = float(digits.group().replace(",", "")) if digits else 1.0
    return Quantity(
        text=phrase,
        start=start,
        end=start + len(phrase),
        value=value,
        hard=Interval.point(value),
        soft=Interval.point(value),
        kind=kind,
        bound=Bound.EXACT,
        unit=unit,
        head=head,
    )


Phrase = str | tuple[str, dict[str, object]]


def claims_for(
    text: str,
    phrases: Sequence[Phrase],
    *,
    regions: Sequence[tuple[str, Role]] = (),
    fmt: str = "text",
    extra_boilerplate: Sequence[str] = (),
) -> list[Claim]:
    """Claims of ``phrases``, each found after the previous one, in a plain-text document."""
    quantities: list[Quantity] = []
    after = 0
    for item in phrases:
        phrase, options = (item, {}) if isinstance(item, str) else item
        quantity = quantity_at(text, phrase, after=after, **options)  # type: ignore[arg-type]
        quantities.append(quantity)
        after = quantity.end
    spans = []
    for region_text, role in regions:
        start = text.index(region_text)
        spans.append(Region(start, start + len(region_text), role))
    doc = Document(path="story.txt", text=text, prose=text, format=fmt, regions=tuple(spans))
    return extract_claims(doc, quantities, extra_boilerplate=extra_boilerplate)


@pytest.fixture
def make_quantity() -> Callable[..., Quantity]:
    return quantity_at


@pytest.fixture
def extract() -> Callable[..., list[Claim]]:
    return claims_for


@pytest.fixture
def claim_of() -> Callable[..., Claim]:
    """The claim of one phrase: ``claim_of(text, "498", *other_phrases)``."""

    def one(text: str, phrase: Phrase, *others: Phrase, **kwargs: object) -> Claim:
        claims = claims_for(text, [phrase, *others], **kwargs)  # type: ignore[arg-type]
        target = phrase if isinstance(phrase, str) else phrase[0]
        return next(c for c in claims if c.quantity.text == target)

    return one
