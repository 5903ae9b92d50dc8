"""Blocking keys (checkers/drift/keys.py): which blocks the claim index links."""

from __future__ import annotations

import pytest

from numcheck.checkers.drift.keys import BlockKey, linked


def key(thing: str | None, event: str | None, *, place: str | None = None,
        dimension: str = "count", change: bool = False) -> BlockKey:
    return (thing, event, (), dimension, place, change)


@pytest.mark.parametrize(("a", "b"), [
    (key("people", "killed"), key("people", "killed", place="dunmore")),  # places aside
    (key("people", "casualties"), key("people", "killed")),  # a composite and its part
    (key("people", "killed"), key("people", "casualties")),
    (key("people", "detained"), key("people", "charged")),  # sibling events
    (key("people", "without_power"), key("customer", "without_power")),  # sibling things
    (key("~net_income", None, dimension="EUR"), key("~operating_profit", None, dimension="EUR")),
])
def test_blocks_the_index_compares_are_linked(a: BlockKey, b: BlockKey) -> None:
    assert linked(a, b)


@pytest.mark.parametrize(("a", "b"), [
    (key("people", "killed"), key("people", "evacuated")),  # two measures
    (key("people", "killed"), key("child", "killed")),  # a subgroup is a part
    (key("people", "killed"), key("people", "killed", change=True)),  # change and level
    (key("people", "killed"), key("people", "killed", dimension="percent")),
    (key("people", "casualties"), key("soldier", "killed")),  # a part of another thing
    (key("people", "without_power"), key("customer", "evacuated")),
    (key("~budget", None, dimension="GBP"), key("~cost", None, dimension="GBP")),
])
def test_other_blocks_are_not_linked(a: BlockKey, b: BlockKey) -> None:
    assert not linked(a, b)
