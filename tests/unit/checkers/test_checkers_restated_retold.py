"""NC101-NC103: a definite figure whose modifier retells the earlier figure's clause in
another verb ("housed 140 families in hotels" ... "the 104 families placed in hotels")
restates it; a modifier whose complement is new, whose verb is another known event, or
a value far under the earlier figure names a part (numcheck/checkers/_anaphora.py,
``_retells``)."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def restated_codes(text: str) -> list[str]:
    return [c for c in run_checks(text, [restated]).codes() if c.startswith("NC10")]


# (text with {} for the restated figure, a figure that agrees, one that does not)
RETOLD = [
    # a participle in another verb, its complement said before
    ("The council housed 140 families in hotels after the fire.\n\n"
     "A housing officer said the {} families placed in hotels would move in spring.",
     "140", "104"),
    # a relative clause's verb after its auxiliary, the complement said before
    ("Some 300 volunteers from across the county joined the search on Saturday.\n\n"
     "Police thanked the {} volunteers who had come from across the county.", "300", "350"),
    # a determiner inside the complement ("our") is no word of it
    ("More than 600 line workers from outside the co-op's service area have worked "
     "since Sunday.\n\n"
     "The manager thanked the {} line workers who travelled from outside our service "
     "area.", "640", "480"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), RETOLD)
def test_a_modifier_retold_in_another_verb(text: str, right: str, wrong: str) -> None:
    assert restated_codes(text.format(right)) == []
    assert restated_codes(text.format(wrong)) != []


@pytest.mark.parametrize(
    "text",
    [
        # the complement is new: a part
        "The council housed 140 families in hotels after the fire.\n\n"
        "The 104 families placed with relatives will be offered flats first.",
        # the verb is another event of the vocabulary: a part of those arrested
        "Police arrested 37 people after the match.\n\n"
        "The 30 people charged after the match will appear in court.",
        # a value far under the earlier figure: a part whose words happen to be said
        "Some 300 volunteers from across the county joined the search.\n\n"
        "The 40 volunteers who had come from across the county slept in the hall.",
        # a verb alone says nothing the earlier clause can confirm
        "Some 900 workers are employed at the plant.\n\n"
        "The 850 workers who stayed will keep their jobs.",
        # a preposition opens the modifier: its words must all be said, as before
        "Some 900 workers are employed at the plant.\n\n"
        "The 850 workers on permanent contracts will keep their jobs.",
    ],
)
def test_a_part_named_by_its_modifier(text: str) -> None:
    assert restated_codes(text) == []
