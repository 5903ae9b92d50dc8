"""NC101-NC103 for figures without an event restated through the verb of their clause
(numcheck/checkers/_frames.py), on the real pipeline."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [restated]).codes()


# (text with {} for the restated figure, a figure that agrees, one that does not)
RESTATED = [
    # trade press: a stock held, then stored (the verb before the number, one subject)
    ("The depot held 3,400 tonnes of grain when the roof gave way.\n\n"
     "Inspectors said the depot was storing {} tonnes of grain at the time.",
     "3,400", "34,000"),
    # labour desk, a standfirst hedge over the body figure (the verb after the noun)
    ("*More than 600 jobs will go as the mill closes*\n\n"
     "The owners confirmed on Monday that {} jobs will be lost when the mill shuts.",
     "610", "590"),
    # shipping: anchored, then waiting (US spelling, a definite reference)
    ("Dozens of freighters sat idle on Friday. Nearly 60 vessels are anchored off the "
     "breakwater, the port authority said.\n\n"
     "The {} vessels waiting include two tankers.", "58", "64"),
    # a distance fallen, in a caption and the body, feet and metres
    ("![The lorry plunged 40 metres into the ravine](crash.jpg)\n\n"
     "The lorry plunged {} feet before it hit the riverbed.", "130", "300"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), RESTATED)
def test_a_figure_restated_through_its_verb(text: str, right: str, wrong: str) -> None:
    assert [c for c in codes(text.format(right)) if c.startswith("NC10")] == []
    assert [c for c in codes(text.format(wrong)) if c.startswith("NC10")] != []


@pytest.mark.parametrize(
    "text",
    [
        # another subject holds another stock
        "The depot held 3,400 tonnes of grain.\n\nA second silo held 800 tonnes of grain.",
        # ships going somewhere are no lost jobs
        "About 40 ships will go to Rotterdam.\n\nSome 12 ships will go to Antwerp instead.",
        # a part named by a place
        "The group said 1,900 jobs will go.\n\nIn Dublin, 850 jobs will go.",
        # another year's figure, another event's
        "The owners said 610 jobs will go.\n\nIn 2015, 240 jobs went when the kiln closed.",
        "The owners said 610 jobs will go.\n\nSome 590 jobs were lost in the last closure.",
        # a set added to another
        "Some 300 jobs will go this year, and another 120 jobs will go next spring.\n\n"
        "The unions said 120 more jobs will go.",
        # a rounded restatement
        "The warehouse held 1,204 tonnes of salt.\n\nThe warehouse held about 1,200 tonnes.",
        # two falls of two vehicles
        "The bus fell 30 feet.\n\nA car behind it fell 12 feet into the ditch.",
        # a share is no restated count
        "The firm said 1,900 roles will go worldwide.\n\n"
        "Its Cork office, which employs 2,000 people, will lose almost a quarter of them.",
    ],
)
def test_not_the_same_figure(text: str) -> None:
    assert [c for c in codes(text) if c.startswith("NC10")] == []
