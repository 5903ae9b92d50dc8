"""The window cases of tests/unit/drift/cases/window33_dev.toml (pair_cases.py): one
figure two articles tell under one head noun, one with words the other leaves out, copied
wrong (digits in another order, one digit otherwise) is paired across the descriptor
window (drift/copied.py) and found; the same figure told alike, two sets of one noun, a
round or small count that moved stay silent. window33_aside.toml, the aside slice, is
scored apart (not asserted)."""

from __future__ import annotations

import pytest
from key_cases import assert_right, planted_share
from pair_cases import KeyCase, load, right

DEV = load("window33_dev.toml")

# planted problems not found: kept apart before the window (a keyed event on one side:
# "recruited" reads as hired), or stopped by the judge's guards on a copied figure (a day
# or a party named on one side only, a verb the aspect tables read as a level). "health:
# trial volunteers, one side says where" is found since slip35 (drift/slipped.py)
KNOWN_MISSES = {
    "business: buyback shares with and without a day",
    "conflict: lorries in the convoy, one side says where they went",
    "transport: stations on the line, one side says when they open",
}
# look-alikes alarmed: none ("stations open now against stations planned" alarmed until
# copied.py read "today" on one side only as a level then and now)
KNOWN_ALARMS: set[str] = set()


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN_MISSES | KNOWN_ALARMS)


def test_about_half_the_cases_are_look_alikes() -> None:
    assert 0.3 < planted_share(DEV) < 0.7


def test_a_copy_garbled_against_two_sources_is_one_finding_on_it() -> None:
    """Two sources give 71,820, one 71,320: the finding sits on the garbled figure and
    names both (verdicts.odd_one_out reads a digit otherwise as it reads a transposition)."""
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    texts = {
        "a.md": "---\ndate: 2026-05-04\n---\n\nHarrow Vale has 71,820 voters on the register.\n",
        "b.md": "---\ndate: 2026-05-05\n---\n\nTurnout was low among its 71,320 voters.\n",
        "c.md": "---\ndate: 2026-05-06\n---\n\nThe seat's 71,820 voters elect one MP.\n",
    }
    found = [f for f in run_checks(texts, [drift]) if f.rule == "NC401"]
    assert [f.location.path for f in found] == ["b.md"]
    assert sorted(r.path for r in found[0].related) == ["a.md", "c.md"]
