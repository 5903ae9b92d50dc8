"""NC101-NC103 for figures of no event and no verb frame restated by what they are an
amount of (``Claim.measure``; numcheck/checkers/_restate_measured.py), on the real
pipeline."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return [c for c in run_checks(text, [restated]).codes() if c.startswith("NC10")]


# (text with {} for the restated figure, a figure that agrees, one that does not)
RESTATED = [
    # science desk: an object's size, then a compound naming the same head
    ("The asteroid measured roughly 340 metres, the observatory said.\n\n"
     "The {}-metre asteroid will pass Earth again next month.",
     "340", "430"),
    # property: a mass of one object, compound then "of" phrase
    ("The 14-tonne bell was lowered from the tower on Saturday.\n\n"
     "Engineers winched the bell of {} tonnes onto a flatbed lorry.", "14", "41"),
    # shipping: a hull's length in two units
    ("The 220-metre freighter ran aground in the channel.\n\n"
     "Tugs towed the {}-foot freighter to the outer harbour.", "720", "270"),
    # a headline names the figure without what the body says of it
    ("# {} firefighters battle moorland blaze\n\n"
     "About 200 firefighters were at the scene on Sunday, the fire service said.",
     "200", "300"),
    # counts with a word said of both: "volunteer firefighters"
    ("Some 80 volunteer firefighters were on the hill by dusk, the brigade said.\n\n"
     "The {} volunteer firefighters slept in the village hall.", "80", "180"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), RESTATED)
def test_a_figure_restated_by_its_measure(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) != []


@pytest.mark.parametrize(
    "text",
    [
        # two counts of one noun, nothing said of both: any two groups
        "The poll questioned 1,402 adults.\n\nOnly 310 adults said they trusted the council.",
        # a headline's count and a body count of the same noun that says another thing
        "# 300 firefighters battle moorland blaze\n\nSome 40 firefighters joined from Wales.",
        # a whole and its part
        "The plant has 260 staff.\n\nSome 95 staff who transfer will keep their pay.",
        # two targets of one service
        "Hospitals again missed their four-hour target.\n\nThe target is 18 minutes.",
        # money of one head: two contracts
        "The council signed a £4m contract in May.\n\nA £12m contract followed in June.",
        # another year's object
        "The 28-metre wall was finished in 1911.\n\nThe 12-metre wall went up this spring.",
        # a place narrows: a part of the network
        "The tram network runs 41 kilometres.\n\nIn Leith, the network runs 6 kilometres.",
        # a converted figure in brackets
        "The 220-metre (722-foot) freighter ran aground in the channel.",
        # a rounded restatement agrees
        "The bell weighs 14.2 tonnes.\n\nThe bell of about 14 tonnes was lowered on Monday.",
    ],
)
def test_figures_of_one_head_that_are_not_one_figure(text: str) -> None:
    assert codes(text) == []
