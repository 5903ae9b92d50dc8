"""NC101 for a vote tally restated differently in one article, on the real pipeline."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [restated]).codes()


# (text with {} for the restated side, a figure that agrees, one that does not)
RESTATED = [
    # local government: "one of the N no votes"
    ("The planning committee voted 8-3 on Monday to approve the tower.\n\n"
     "Councillor Ruth Adeyemi, one of the {} no votes, called it a mistake.", "three", "four"),
    # courts: "ruled 6-3" and the dissenting justices
    ("The Supreme Court ruled 6-3 that the law could stand.\n\n"
     "The {} dissenting justices warned of the consequences.", "three", "two"),
    # a union ballot: "a 412-88 vote", then the backers counted
    ("Nurses accepted the offer in a 412-88 vote, the union said.\n\n"
     "The {} votes in favour came mostly from the two city hospitals.", "412", "421"),
    # a board, "7 to 2", and members who voted against
    ("The school board approved the budget 7 to 2 late Tuesday.\n\n"
     "{} board members voted against, citing the cuts to music.", "Two", "Three"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), RESTATED)
def test_a_side_of_the_vote_restated(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC101"]


@pytest.mark.parametrize(
    "text",
    [
        # the majority voted against: the sides are the other way round
        "The council voted 7-2 against the plan.\n\nThe two yes votes came from the Greens.",
        # two votes in one article: which one the count restates is unknown
        "The committee voted 5-2 to back the plan, and the full council passed it 30-12.\n\n"
        "Two councillors who voted against said they would appeal.",
        # another vote, years ago
        "The board voted 9-2 to raise fares.\n\n"
        "In 2019, four members voted against a similar rise.",
        # an earlier vote named in words
        "The board voted 9-2 to raise fares.\n\n"
        "At the previous meeting, four members voted against the plan.",
        # a sports score is no vote
        "United won 3-1 at home.\n\nTwo of the four goals came from set pieces.",
        # a part of one side
        "The senate passed the bill 61-39.\n\nTwo of the 39 no votes came from the majority.",
    ],
)
def test_not_a_restated_side(text: str) -> None:
    assert codes(text) == []
