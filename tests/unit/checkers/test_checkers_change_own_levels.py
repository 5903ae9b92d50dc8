"""NC206 on the real pipeline: a stated change is checked only against the level its own
words say it reached (numcheck/checkers/_level_forms.py ``own_levels``: "rose 3% to
$22.80", "up 6% at 3.18 billion", "slipped $12, or 0.5%, to $2,390"), never against
another pair of its sentence; and a figure a comparative follows ("1,500 fewer than a year
ago") is no earlier level, and a change whose words name its base as a time ("11% more
than a year earlier") is one of the figure right before it. Each wrong text raises NC206,
each right one stays silent."""

from __future__ import annotations

import pytest

from numcheck.testing import run_checks


def nc2(text: str) -> list[str]:
    return [c for c in run_checks(text, builtins=True).codes() if c.startswith("NC2")]


RIGHT = [
    "Kellan Retail said its pre-tax profit rose 25% to £150 million, from £120 million a "
    "year earlier, on revenue up 6% at £3.18 billion.",
    "Oil gained 1.5% to $81.20 a barrel, while gold slipped $12, or 0.5%, to $2,390 an "
    "ounce.",
    "The company's shares, down 14% this year, rose 3% to $22.80. It employs 42,000 people, "
    "1,500 fewer than a year ago.",
    "Kestrel Airlines' profit doubled to $420 million from $210 million, on revenue up 9% at "
    "$5.6 billion.",
    "The airline carried 4.8 million passengers in January, 11% more than a year earlier, "
    "and filled 82% of its seats, against 79%.",
]

WRONG = [
    "Kellan Retail said its pre-tax profit rose 15% to £150 million, from £120 million a "
    "year earlier, on revenue up 6% at £3.18 billion.",
    "Oil gained 1.5% to $81.20 a barrel, while gold slipped $12, or 5%, to $2,390 an ounce.",
    "Ferrand's revenue rose 10% to $2.64 billion from $2.40 billion, while its operating "
    "profit fell 18% to $198 million from $225 million.",
    "The airline filled 82% of its seats, up 11% from 79% a year earlier, and carried 4.8 "
    "million passengers.",
]


@pytest.mark.parametrize("text", RIGHT)
def test_a_change_with_its_own_level_is_not_checked_against_another(text: str) -> None:
    assert nc2(text) == []


@pytest.mark.parametrize("text", WRONG)
def test_a_wrong_change_is_still_found(text: str) -> None:
    assert "NC206" in nc2(text)
