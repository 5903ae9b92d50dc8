"""The verb of an amount of goods is its event (measures.toml [events] exported,
imported, produced): exports and imports of one thing are two measures."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import cases, check_case, claim


@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        ("The port exported 1.9 Mt of grain last year.", "1.9 Mt", "grain exported [[mass]]"),
        ("The port imported 1.2 Mt of grain last year.", "1.2 Mt", "grain imported [[mass]]"),
        ("The mine produced 1.2 Mt of coal in 2023.", "1.2 Mt", "coal produced [[mass]]"),
        ("The plant has produced 212,000 cars.", "212,000", "car produced"),
    ],
)
def test_a_trade_verb_is_the_event(text: str, figure: str, key: str) -> None:
    assert claim(text, figure)[0] == key


@pytest.mark.parametrize("case", cases("trade_verbs_dev.toml"))
def test_trade_verb_cases(case: dict[str, Any]) -> None:
    check_case(case)
