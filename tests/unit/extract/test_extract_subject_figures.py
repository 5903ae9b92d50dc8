"""A figure's subject and noun read by grammar (docs/maintainers/claims.md, "What is
measured"): a subject's postmodifier holding a figure and its noun ("Revenue for the 12
months to June rose to £4.1bn"); "the number of X who ..." counting X.
data/subject_figures_dev.toml holds realisations by
desk, scored end to end (planted problems found, look-alikes silent); ``miss`` marks a
known miss (the subject read past figures of time or extent was taken back: it named
figures the restatement checks found while they named nothing)."""

from __future__ import annotations

import pytest
from extract_helpers import cases, check_case, claim


@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        # "the number of X who ...": X, not a noun of the relative clause
        ("The number of passengers who waited for a flight fell to 8,200.", "8,200",
         "passenger "),
        ("The number of people who died in the storms that hit the coast rose to 19.", "19",
         "people killed"),
    ],
)
def test_the_number_of_x_who_counts_x(text: str, figure: str, key: str) -> None:
    assert claim(text, figure)[0].startswith(key)


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Revenue for the 12 months to June rose to £4.1bn, the company said.", "£4.1bn",
         ("revenue",)),
        ("Sales in the 52 weeks to January 4 reached £2.84 billion.", "£2.84 billion",
         ("revenue",)),
    ],
)
def test_a_subjects_postmodifier_may_hold_a_figure(text: str, figure: str,
                                                   measure: tuple[str, ...]) -> None:
    assert claim(text, figure)[1] == measure


@pytest.mark.parametrize("case", cases("subject_figures_dev.toml"))
def test_subject_figures_realisations(case: dict[str, str]) -> None:
    check_case(case)
