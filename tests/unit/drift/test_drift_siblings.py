"""Neighbouring measures (alignment.toml [siblings]): the same figure given for arrests
in one source and for charges in another is measure drift (NC403); different figures,
small figures and one article's own figures stay silent."""

from __future__ import annotations

import pytest

from numcheck.checkers import drift
from numcheck.testing import run_checks


def rules(a: str, b: str, date_b: str = "2025-06-02") -> list[str]:
    texts = {
        "a.md": f"---\ndate: 2025-06-02\n---\n\n{a}\n",
        "b.md": f"---\ndate: {date_b}\n---\n\n{b}\n",
    }
    return sorted(f.rule for f in run_checks(texts, [drift]))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # arrests retold as charges (wire vs tabloid), the word order turned round
        ("Officers arrested 64 people after the match, the force said.",
         "Sixty-four fans have been charged over the violence, the force said."),
        # cases retold as hospital admissions (health desk, US spelling)
        ("The county has confirmed 57 cases of measles.",
         "Health officials said 57 people had been hospitalized with measles."),
        # a haul seized retold as what the gang smuggled (trade press)
        ("Customs officers seized 340 kilograms of heroin at the port.",
         "The gang smuggled 340 kilograms of heroin through the port, prosecutors said."),
        # destroyed retold as damaged, two days later
        ("The tornado destroyed 46 homes in the county.",
         "Assessors said 46 homes were damaged by the tornado."),
        # evacuated retold as displaced (broadcaster web vs council release)
        ("Police evacuated 3,400 residents from the estate overnight.",
         "The council said the flooding had displaced 3,400 residents."),
        # treated by paramedics retold as hospitalised (festival copy)
        ("Paramedics treated 48 people for heat exhaustion at the festival.",
         "Organisers said 48 people were hospitalised after the festival."),
    ],
)
def test_same_figure_for_a_neighbouring_measure_is_drift(a: str, b: str) -> None:
    assert rules(a, b) == ["NC403"]


def test_siblings_across_days_of_one_story() -> None:
    a = "Officers arrested 64 people after the match, the force said."
    b = "The force said 64 people have now been charged over the violence."
    assert rules(a, b, "2025-06-04") == ["NC403"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # different figures: arrests and charges differ as a rule
        ("Officers arrested 64 people after the match.",
         "Police said 41 people had been charged over the violence."),
        # small figures coincide too easily
        ("Police arrested six men after the raid.",
         "Six men were charged after the raid, police said."),
        # the same measure twice is no sibling (and agrees)
        ("Officers arrested 64 people after the match.",
         "Police made 64 arrests after the match."),
        # evacuated and displaced with different figures: both hold
        ("Police evacuated 3,400 residents from the estate overnight.",
         "The council said the flooding had displaced about 5,000 residents."),
    ],
)
def test_different_or_small_or_same_measure_stays_silent(a: str, b: str) -> None:
    assert rules(a, b) == []


def test_one_article_telling_both_is_not_drift() -> None:
    text = "Police arrested 64 people, and all 64 have been charged."
    found = run_checks({"a.md": f"---\ndate: 2025-06-02\n---\n\n{text}\n"}, [drift])
    assert [f.rule for f in found] == []


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # one period's results told apart: net profit retold as operating profit
        ("Net profit jumped 22% to 187 million euros, the company said.",
         "Operating profit rose to €187m in the year.", ["NC403"]),
        ("The insurer posted a net profit of $412 million for the quarter.",
         "Quarterly operating profit climbed 9% to $412 million.", ["NC403"]),
        # different figures for the two measures are as they should be
        ("Net profit jumped 22% to 187 million euros.",
         "Operating profit rose to €240m in the year.", []),
    ],
)
def test_results_measures_are_siblings(a: str, b: str, expected: list[str]) -> None:
    assert rules(a, b) == expected
