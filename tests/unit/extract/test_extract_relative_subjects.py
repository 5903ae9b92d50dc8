"""A relative clause's subject is its antecedent (numcheck/extract/predicate.py
``_antecedent``): the figure of "The Ardmore telescope, which cost $420 million" is an
amount of the telescope, as in "The Ardmore telescope cost $480 million". Only
"which" and "that" with a copula or a predicate verb ("cost", "is", "totalled")."""

from __future__ import annotations

import pytest

from numcheck.engine import Engine
from numcheck.testing.builders import make_document

ENGINE = Engine()


def measure(text: str, figure: str) -> tuple[str, ...]:
    claims = ENGINE.analyse(make_document(text, "a.txt")).claims
    return next(c.measure for c in claims if c.quantity.text == figure)


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        ("The Ardmore telescope, which cost $420 million to build, opened on Tuesday.",
         "$420 million", "telescope"),
        ("The new bridge, which is 340 metres long, opened on Tuesday.", "340 metres",
         "bridge"),
        ("The comet probe, which will cost $540 million, is due to launch in 2031.",
         "$540 million", "probe"),
    ],
)
def test_a_relative_clause_figure_measures_its_antecedent(
        text: str, figure: str, head: str) -> None:
    assert measure(text, figure)[:1] == (head,)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a complement clause: "that" after a verb has no antecedent
        ("The council said that was £3 million more than planned.", "£3 million"),
        # "who": a person's clause tells what befell them, no amount of theirs
        ("The 46,400 patients who waited more than 12 hours were seen.", "more than 12 hours"),
    ],
)
def test_no_antecedent_noun_names_nothing(text: str, figure: str) -> None:
    assert measure(text, figure) == ()
