"""head_things.head_kin: how two measured heads that are lexicon things relate, from the
lexicon's thing tables (sibling things, a subgroup and its whole)."""

from __future__ import annotations

import pytest

from numcheck.checkers.drift.alignment import Alignment
from numcheck.checkers.drift.head_things import SIBLING, SUBGROUP, head_kin, subgroup_of
from numcheck.checkers.drift.keys import related_heads


@pytest.mark.parametrize(("a", "b", "kin"), [
    ("household", "people", SIBLING),
    ("people", "customer", SIBLING),
    ("home", "people", SIBLING),
    ("soldier", "people", SUBGROUP),
    ("people", "civilian", SUBGROUP),
    ("people", "people", None),  # one thing
    ("miner", "people", None),  # a kind that is no subgroup: one set, one block
    ("resident", "people", None),
    ("budget", "people", None),  # no lexicon thing
    ("soldier", "civilian", None),  # two subgroups: neither a whole of the other
])
def test_head_kin(a: str, b: str, kin: str | None) -> None:
    assert head_kin(a, b, Alignment.from_lexicon()) == kin


def test_subgroup_direction() -> None:
    alignment = Alignment.from_lexicon()
    assert subgroup_of("soldier", "people", alignment)
    assert not subgroup_of("people", "soldier", alignment)


def test_related_heads_falls_back_to_things() -> None:
    """The relation table first (exports and output are siblings), then the things."""
    alignment = Alignment.from_lexicon()
    assert related_heads("~export", "~production", alignment) == "sibling"
    assert related_heads("~household", "~people", alignment) == SIBLING
    assert related_heads("~miner", "~people", alignment) is None
