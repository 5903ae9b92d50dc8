"""NC101 for one event's length named twice by two words of one kind ("a 14-week closure"
... "the 16-week shutdown"; ``[restated.referents.kinds]``) and for one sum of money named
by two words, on the real pipeline."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return [c for c in run_checks(text, [restated]).codes() if c.startswith("NC10")]


# (text with {} for the restated figure, a figure that agrees, one that does not)
RESTATED = [
    # transport: a line's closure, then its shutdown
    ("The Esk valley line faces a 14-week closure from January while the viaduct is "
     "rebuilt.\n\nReplacement buses will run every half hour.\n\n"
     "Commuter groups said the {}-week shutdown would hit students hardest.", "14", "16"),
    # sport: a suspension, then the ban
    ("The jockey was handed a six-month suspension by the racing authority on Tuesday."
     "\n\nHis lawyer said the {}-month ban would be appealed.", "six", "eight"),
    # arts: a grant, then the award
    ("The museum received a £3.6m grant from the heritage fund to repair its roof.\n\n"
     "The building dates from 1884.\n\n"
     "Trustees said the £{}m award would also pay for a new gallery.", "3.6", "6.3"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), RESTATED)
def test_an_event_restated_by_another_name(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) != []


@pytest.mark.parametrize(
    "text",
    [
        # another closure, not definite, another year's
        "The Esk valley line faces a 14-week closure from January.\n\n"
        "The Harrow branch had a three-week shutdown last summer for signalling work.",
        # two lengths far apart: another event
        "The leisure centre faces a 12-week closure for repairs.\n\n"
        "Swimmers recalled the two-week shutdown after a chemical leak.",
        # a loan and a grant are two kinds
        "The club took a £5m loan from its owner in the summer.\n\n"
        "The £3m grant from the league will fund the academy, the chairman said.",
    ],
)
def test_look_alikes_stay_quiet(text: str) -> None:
    assert codes(text) == []
