"""NC206 with an old level labelled by its period in brackets ("€412m (2023: €380m)",
"(prior year: €380m)"), an old level after "compared with" or "against" without a
comma, and a step tied to its levels across a period phrase ("down 30% year on year,
at 14,000")."""

from __future__ import annotations

import pytest

from numcheck.checkers import change
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [change]).codes()


# (wrong, right)
CHANGES = {
    "a year label": (
        "Turnover grew 6.5% to €412m (2023: €380m).",
        "Turnover grew 8.4% to €412m (2023: €380m).",
    ),
    "a financial year label, the step after": (
        "Operating profit was £52.1m (2022/23: £48.3m), up 12%.",
        "Operating profit was £52.1m (2022/23: £48.3m), up 8%.",
    ),
    "a prior-year label": (
        "Turnover grew 6.5% to €412m (prior year: €380m).",
        "Turnover grew 8.4% to €412m (prior year: €380m).",
    ),
    "compared with, a period phrase before the new level": (
        "Visitor numbers were down 30% year on year, at 14,000 compared with 18,000.",
        "Visitor numbers were down 22% year on year, at 14,000 compared with 18,000.",
    ),
    "against": (
        "Shares closed 13% higher at 240p against 233p.",
        "Shares closed 3% higher at 240p against 233p.",
    ),
}


@pytest.mark.parametrize("name", list(CHANGES))
def test_labelled_and_compared_levels(name: str) -> None:
    wrong, right = CHANGES[name]
    assert codes(wrong) == ["NC206"]
    assert codes(right) == []


@pytest.mark.parametrize(
    "text",
    [
        # two changes, each with its own label
        "Revenue rose to $4.1bn (2022: $3.6bn) and profit fell to $300m (2022: $420m).",
        # a step in another clause is no step of these levels
        "Sales rose 4% in the quarter, at a time when rivals sold 14,000 cars against 18,000.",
        # a bracketed note that is no period
        "The fund holds €412m (note: €380m of it in bonds).",
    ],
)
def test_no_change_is_misread(text: str) -> None:
    assert codes(text) == []
