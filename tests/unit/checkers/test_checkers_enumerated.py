"""NC202 through a list headed by the count of its items and a carried list's subject
(numcheck/checkers/_enumerated.py, _carried.py): the head ("two towns, 31 in A and 19
in B") is no item; a subject the lexicon reads as the total ("the money" of an amount,
"the redundancies" of jobs cut) points back to it; a subject told of another time or
as more ("This year it plans further cuts: ...") does not. Each wrong text raises
NC202, each right one and each look-alike stays silent."""

from __future__ import annotations

import pytest

from numcheck.testing import run_checks


def nc2(text: str) -> list[str]:
    return [c for c in run_checks(text, builtins=True).codes() if c.startswith("NC2")]


# (wrong, right)
PAIRS = {
    "a head counts the places the list spreads the total over": (
        "Health officials have confirmed 57 cases of measles in the district. The cases "
        "are in two towns, 31 in Dornbury and 19 in Pellham, officials said on Tuesday.",
        "Health officials have confirmed 57 cases of measles in the district. The cases "
        "are in two towns, 31 in Dornbury and 26 in Pellham, officials said on Tuesday.",
    ),
    "'the money' names an amount of money before": (
        "The regional grid operator will spend 2.4 billion pounds on the upgrade. The "
        "money is split between 1.1 billion pounds for new turbines and 0.9 billion "
        "pounds for undersea cabling, the company said.",
        "The regional grid operator will spend 2.4 billion pounds on the upgrade. The "
        "money is split between 1.5 billion pounds for new turbines and 0.9 billion "
        "pounds for undersea cabling, the company said.",
    ),
    "a head between the total and its list's colon": (
        "Ambulances took 47 patients to three hospitals: St Mary's received 20, the "
        "General 15 and Westfield 8.",
        "Ambulances took 43 patients to three hospitals: St Mary's received 20, the "
        "General 15 and Westfield 8.",
    ),
    "a head before a list of semicolons in one sentence": (
        "The 412 job losses fall across three sites: 180 in Leeds; 150 in Hull; and 62 "
        "in York.",
        "The 392 job losses fall across three sites: 180 in Leeds; 150 in Hull; and 62 "
        "in York.",
    ),
}

LOOK_ALIKES = {
    "a head that does not count the items is no head": (
        "Ambulances took 47 patients to two hospitals: St Mary's received 20, the "
        "General 15 and Westfield 8."
    ),
    "a first item of its own noun that happens to equal the rest's number is an item": (
        "The county sent nine vehicles to the fire. Crews arrived in two ambulances, "
        "four fire engines and three police cars."
    ),
    "another year's further cuts are no breakdown of last year's": (
        "Harlow Tools cut 412 jobs last year. This year it plans further reductions: 180 "
        "in Leeds and 150 in Hull, the company said."
    ),
    "further cuts in the same year are more, not a breakdown": (
        "Harlow Tools cut 412 jobs in March. It plans further reductions: 180 in Leeds "
        "and 150 in Hull, the company said."
    ),
    "a head whose count is not the number of items is an item": (
        "The clinic screened 60 children. The results came in three batches, 31 on "
        "Monday and 29 on Tuesday."
    ),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_wrong_list_is_reported(name: str) -> None:
    wrong, _ = PAIRS[name]
    assert "NC202" in nc2(wrong)


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_right_list_is_silent(name: str) -> None:
    _, right = PAIRS[name]
    assert nc2(right) == []


@pytest.mark.parametrize("name", sorted(LOOK_ALIKES))
def test_look_alike_is_silent(name: str) -> None:
    assert nc2(LOOK_ALIKES[name]) == []
