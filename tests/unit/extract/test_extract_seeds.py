"""Smoke test on the seed articles: general properties only, no seed answers."""

from __future__ import annotations

from pathlib import Path

import pytest

import numcheck
from numcheck.claims import Claim, Scope
from numcheck.extract import extract_claims
from numcheck.readers import read_path

SEEDS = sorted((Path(__file__).parents[3] / "seeds").glob("*.txt"))
QUOTE_MARKS = '"“”'


def _claims(path: Path) -> tuple[str, list[Claim]]:
    document = read_path(str(path))
    quantities = numcheck.parse(document.prose)
    claims = extract_claims(document, quantities)
    assert [c.quantity for c in claims] == quantities
    return document.text, claims


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_seed_scopes_follow_the_page_layout(path: Path) -> None:
    text, claims = _claims(path)
    footer = text.find("\nYou May Also Like")
    for claim in claims:
        start = claim.location.start
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start : line_end if line_end != -1 else len(text)]
        if (footer != -1 and start > footer) or "Copyright" in line:
            assert claim.scope is Scope.BOILERPLATE, claim.location.text
        elif claim.scope in (Scope.BODY, Scope.QUOTE):
            opened = sum(text[line_start:start].count(m) for m in QUOTE_MARKS) % 2 == 1
            assert (claim.scope is Scope.QUOTE) == opened, claim.location.text


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_seed_non_amounts_have_no_measure(path: Path) -> None:
    _, claims = _claims(path)
    for claim in claims:
        if not claim.quantity.is_amount:
            assert claim.key.thing is None
            assert claim.key.event is None
            assert claim.key.dimension != "count"


def test_seed_corpus_has_attributed_figures_with_events() -> None:
    claims = [c for path in SEEDS for c in _claims(path)[1]]
    with_event = [c for c in claims if c.key.event is not None and c.scope is Scope.BODY]
    assert len(with_event) >= 5
    assert sum(c.claimant is not None for c in with_event) >= len(with_event) // 2
