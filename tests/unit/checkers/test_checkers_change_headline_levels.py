"""A change told in the headline, its levels in the body ("Profit falls 30%" over "Profit
fell to £42m from £50m"): the headline's change is checked against the first body
levels of the same move whose sentence names its subject
(numcheck/checkers/_headline_steps.py)."""

from __future__ import annotations

import pytest

from numcheck.checkers import change
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [change], path="article.md").codes()


BODY = "\n\nProfit fell to £42m from £50m in the year to March.\n"


def test_a_headline_change_its_levels_in_the_body() -> None:
    assert "NC206" in codes("# Profit falls 30%" + BODY)
    assert "NC206" not in codes("# Profit falls 16%" + BODY)


@pytest.mark.parametrize(
    "text",
    [  # another subject; another direction; the body restates the change itself
        "# Profit falls 30%\n\nRevenue fell to £42m from £50m in the year to March.\n",
        "# Profit rises 30%\n\nProfit fell to £42m from £50m in the year to March.\n",
        "# Profit falls 30%\n\nProfit fell to £42m from £50m, a 16% drop.\n",
    ],
)
def test_no_headline_levels(text: str) -> None:
    assert "NC206" not in codes(text)
