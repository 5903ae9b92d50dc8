"""Which of another source's figures a measured figure is (numcheck/checkers/drift/
measured.py ``_score``): among figures whose descriptors fit, the one with fewer words
said of one side only and with place and window said alike is the likelier one, so a
source that also gives a figure for a named country or a forecast does not hide its
own figure; two figures described alike still leave the pair unguessed."""

from __future__ import annotations

import pytest
from drift_helpers import drift_rules


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # jobs desk: the group's figure for a named country is not the plant's
        ("The plant employs 840 people.",
         "The plant employs 480 people. The group employs 9,300 people in Germany."),
        # environment desk: the national tally names a place, the local one none
        ("Volunteers planted 3,140 trees along the river, the trust said.",
         "Volunteers planted 3,410 trees along the river. Nationally, volunteers planted "
         "41,000 trees in Scotland this winter."),
        # travel desk: a second figure for another country
        ("The airline flew 3,140 passengers over Easter.",
         "The airline flew 3,410 passengers over Easter, and it flew 28,000 passengers "
         "in Spain."),
        # business desk: analysts' forecast carries words the reported figure lacks
        ("Quarterly revenue was $2.81 billion.",
         "Revenue was $2.18 billion in the quarter. The revenue forecast of analysts for "
         "the year is $9.1 billion."),
    ],
)
def test_the_likelier_figure_is_compared(a: str, b: str) -> None:
    assert drift_rules(a, b) == ["NC401"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # agreeing: the likelier figure is the same one
        ("The plant employs 840 people.",
         "The plant employs about 840 people. The group employs 9,300 people in Germany."),
        ("The airline flew 3,140 passengers over Easter.",
         "The airline flew 3,140 passengers over Easter, and it flew 28,000 passengers "
         "in Spain."),
        # two figures described alike, neither nearer: which one is meant is a guess
        ("The plant employs 840 people.",
         "The plant employs 480 people, and the depot employs 1,200 people."),
    ],
)
def test_agreeing_or_unguessable_stays_silent(a: str, b: str) -> None:
    assert drift_rules(a, b) == []


def test_digits_swapped_in_place_say_which_figure_was_copied() -> None:
    """Two figures described alike, but only one is the other's digits swapped in place:
    the slip, not the words, tells which one was meant (drift/slipped.py, slip35; this
    pair was an unguessable look-alike before)."""
    a = "Volunteers planted 3,140 trees along the river."
    b = ("Volunteers planted 3,410 trees by the river, and 2,800 trees were planted by "
         "schoolchildren.")
    assert drift_rules(a, b) == ["NC401"]
    # a third figure that is no slip of it: still a guess, still silent
    c = ("Volunteers planted 3,620 trees by the river, and 2,800 trees were planted by "
         "schoolchildren.")
    assert drift_rules(a, c) == []
