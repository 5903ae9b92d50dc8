"""A drift message names what the figure measures in words a reader can use: for a
figure whose key names nothing it gives the dimension once ("[length]"), never an
empty "( [[length]])" (wave 34's engineers' note)."""

from __future__ import annotations

import pytest

from numcheck.checkers import drift
from numcheck.testing import run_checks


def _messages(a: str, b: str) -> list[str]:
    texts = {"a.md": f"---\ndate: 2026-10-05\nsource: Coast Wire\n---\n\n{a}\n",
             "b.md": f"---\ndate: 2026-10-06\nsource: Island Post\n---\n\n{b}\n"}
    return [f.message for f in run_checks(texts, [drift]) if f.rule == "NC401"]


@pytest.mark.parametrize(("a", "b"), [
    ("The new boat is 86 metres long, the operator said.",
     "The new boat, 68 metres long, entered service on Tuesday, the operator said."),
    ("The new bridge is 412 metres long, the council said.",
     "The council said the new bridge, 421 metres long, opens in May."),
])
def test_a_measure_only_figure_names_its_dimension_once(a: str, b: str) -> None:
    messages = _messages(a, b)
    assert messages, "the two lengths contradict"
    for message in messages:
        assert "( " not in message
        assert "[[" not in message
        assert "()" not in message
        assert "([length])" in message
