"""change_by_tail: the gate before change_by_rev never hides a match of it."""

from __future__ import annotations

import pytest

from numcheck.lexicon import Lexicon
from numcheck.parsing import parse
from numcheck.parsing.lexdata import compiled_for
from numcheck.quantity import Change

CASES = [
    "the bank cut its key rate by ",
    "Wages rose by an average of ",
    "prices were raised sharply by ",
    "fares went up at every station by\t",
    "the capital of ",
    "a rise of ",
    "increased the fleet of ",
    "cut the budget BY ",
    "doubled its sales by an  average  of ",
]


@pytest.mark.parametrize("text", CASES)
def test_the_gate_opens_wherever_the_pattern_matches(text: str) -> None:
    c = compiled_for(Lexicon.default())
    full = c.change_by_rev.search(text, 0, len(text))
    gate = c.change_by_tail.search(text, 0, len(text))
    assert full is None or gate is not None
    assert gate is not None or not text.rstrip().lower().endswith("by")


def test_a_change_by_is_still_read() -> None:
    (q,) = parse("The bank cut its key rate by 50 basis points.")
    assert q.change is Change.DOWN
