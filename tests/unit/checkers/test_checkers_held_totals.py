"""NC202 through a total whose clause counts the holders of its items
(numcheck/checkers/_held_totals.py, ``[held_totals]``): "the two candidates' combined
N" after the candidates' figures, told a sentence or two before in any grammar. Each
wrong text raises NC202, each right one and each look-alike stays silent."""

from __future__ import annotations

import pytest

from numcheck.checkers._held_totals import HeldCues
from numcheck.testing import run_checks


def nc2(text: str) -> list[str]:
    return [c for c in run_checks(text, builtins=True).codes() if c.startswith("NC2")]


# (wrong, right)
PAIRS = {
    "a possessive holder count before 'combined', a sentence between": (
        "Hennock won 18,412 votes to Aldwen's 15,306, a margin of 3,106 votes. She took "
        "54.6% of the ballots cast, the clerk's office said. The two candidates' combined "
        "33,918 votes were the most in a municipal race since 2008.",
        "Hennock won 18,412 votes to Aldwen's 15,306, a margin of 3,106 votes. She took "
        "54.6% of the ballots cast, the clerk's office said. The two candidates' combined "
        "33,718 votes were the most in a municipal race since 2008.",
    ),
    "items one a sentence, their holders named by the items' labels": (
        "Ferry A carried 4,200 passengers on Saturday. Ferry B carried 3,900. The two "
        "vessels carried a combined 8,300 passengers.",
        "Ferry A carried 4,200 passengers on Saturday. Ferry B carried 3,900. The two "
        "vessels carried a combined 8,100 passengers.",
    ),
    "a word that counts the holders ('both')": (
        "Hennock won 18,412 votes to Aldwen's 15,306. Both candidates' combined 33,918 "
        "votes were a record.",
        "Hennock won 18,412 votes to Aldwen's 15,306. Both candidates' combined 33,718 "
        "votes were a record.",
    ),
}

LOOK_ALIKES = {
    "a holder count that is not the number of items": (
        "Vantreath was jailed for 11 years and his brother for 10 years. The three other "
        "men were given a combined 24 years."
    ),
    "a total of another window": (
        "Northgate sold 1.2 million phones in the quarter; Selby sold 800,000. The two "
        "firms together sold 3.1 million phones over the whole year."
    ),
    "a total of another thing far from the items' sum": (
        "Rovers won 12 matches this season and City won 9. The two clubs have a combined "
        "140 league titles."
    ),
    "a total since an earlier time": (
        "The first train carried 310 passengers and the second 290. In all, the two "
        "services have carried 48,000 passengers since the line reopened in 2019."
    ),
    "items of another paragraph": (
        "Hennock won 18,412 votes to Aldwen's 15,306.\n\nThe two candidates' combined "
        "33,918 supporters marched on Sunday."
    ),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_wrong_total_is_reported(name: str) -> None:
    wrong, _ = PAIRS[name]
    assert "NC202" in nc2(wrong)


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_right_total_is_silent(name: str) -> None:
    _, right = PAIRS[name]
    assert nc2(right) == []


@pytest.mark.parametrize("name", sorted(LOOK_ALIKES))
def test_look_alike_is_silent(name: str) -> None:
    assert nc2(LOOK_ALIKES[name]) == []


@pytest.mark.parametrize(
    "table",
    [
        {"held_totals": {"cues": ["Combined"]}},
        {"held_totals": {"cues": "combined"}},
        {"held_totals": {"sentences_back": 9}},
        {"held_totals": {"records": ["most", 3]}},
        {"held_totals": {"holder_words": {"both": 1}}},
        {"held_totals": {"holder_words": ["both"]}},
    ],
)
def test_a_wrong_entry_is_refused(table: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"\[held_totals\]"):
        HeldCues(table)
