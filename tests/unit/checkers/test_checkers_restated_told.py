"""NC101-NC103 on the real pipeline for the readings of wave 15: a word said of both
figures when one clause says it outside the figure's measure (``_restate_measured._told``);
in a definite reference (``_anaphora``), a partitive's part that counts its noun ("63 of
its shops"), a modifier said of the earlier figure that retells its event ("the 221
flooded homes"), and a noun that names no population ("the 39 people"); a verb that names
a compound's head for the earlier figure ("fined" for "the £1.3 million fine", ``[restated]
head_cues``); and a person's age in the tabloid's brackets, a compound's appositive and a
compound before a name (``_ages.py``)."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return [c for c in run_checks(text, [restated]).codes() if c.startswith("NC10")]


# (text with {} for the restated figure, a figure that agrees, one that does not)
RESTATED = [
    # the owner is the subject of the earlier clause and a possessor in the later one
    ("Oakfield Academy, which has 1,140 pupils, was rated inadequate on Thursday.\n\n"
     "Parents of the academy's {} pupils have been sent a letter.", "1,140", "1,410"),
    # council copy: a noun between the number and the head, said of the earlier figure
    ("Councillors approved a £4.2m budget for road repairs on Thursday.\n\n"
     "The £{}m road repair budget will cover 300 miles of road.", "4.2", "2.4"),
    # a partitive's part restated by a definite phrase, beside the rest of the set
    ("Harlow & Finch is to close 63 of its shops after falling into administration.\n\n"
     "The remaining 140 shops will trade as normal.\n\n"
     "Staff at the {} shops closing learned of the news online.", "63", "36"),
    # a modifier said of the earlier clause retells its event
    ("Flooding damaged 212 homes in Tewkesbury over the weekend, the council said.\n\n"
     "Insurers are sending assessors to the {} flooded homes this week.", "212", "221"),
    # live blog: "people" names no population, only the set told before
    ("Police arrested 37 people after the derby on Saturday. Officers seized 14 flares.\n\n"
     "The {} people will appear before magistrates next month.", "37", "39"),
    # ages: the tabloid's brackets, an appositive compound, a compound before the name
    ("Dad-of-two Ian Marsh (54) was arrested on Monday.\n\n"
     "Police said Marsh ({}) would appear in court.", "54", "45"),
    ("Ian Marsh, a 54-year-old builder, was arrested on Monday.\n\n"
     "The {}-year-old builder will appear at Leeds Crown Court.", "54", "45"),
    ("Firefighters rescued 61-year-old Jean Hallam from the first floor.\n\n"
     "Mrs Hallam, {}, was treated for smoke inhalation.", "61", "16"),
    # "fined" names the fine a later compound restates
    ("Hallam Water was fined £1.8 million at Sheffield Crown Court on Monday.\n\n"
     "The firm has 28 days to pay the £{} million fine, the court heard.", "1.8", "1.3"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), RESTATED)
def test_restated(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong))


@pytest.mark.parametrize(
    "text",
    [
        # another school: its own words, none said of the earlier figure's clause
        "Oakfield Academy, which has 1,140 pupils, was rated inadequate on Thursday.\n\n"
        "Nearby Brook Lane School's 1,410 pupils were rated good.",
        # a part a clause narrows, well under the whole: not one figure misstated
        "Some 260 staff work at the Corby plant, the company said.\n\n"
        "About 95 staff from the plant will transfer to Leeds.",
        # the partitive's part restated right, the rest of the set beside it
        "Harlow & Finch is to close 63 of its shops after falling into administration.\n\n"
        "The remaining 140 shops will trade as normal.\n\n"
        "Staff at the 63 shops closing learned of the news online.",
        # the people told before are all far from the later count: another set
        "Twelve people were injured when the roof of the hall collapsed.\n\n"
        "The 300 people inside were evacuated.",
        # a modifier not said of the earlier figure names a part
        "Flooding damaged 212 homes in Tewkesbury over the weekend.\n\n"
        "Insurers say the 200 insured homes will be assessed first.",
        # a time or a place before the appositive names no person
        "On Monday, a 54-year-old man was arrested in Leeds.\n\n"
        "Later on Monday, a 30-year-old woman was held.",
        # "a 54-year-old Leeds fan" introduces someone: no name is given an age
        "A 54-year-old Leeds fan was hurt.\n\nA 30-year-old Leeds fan was also treated.",
        # a fine of another year, said as such
        "Hallam Water was fined £1.8 million at Sheffield Crown Court on Monday.\n\n"
        "In 2021 the same court fined it £1.3 million for a spill at Rotherham.",
    ],
)
def test_not_restated(text: str) -> None:
    assert codes(text) == []
