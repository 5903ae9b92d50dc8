"""NC101 on a whole ("all 46 councillors", "48 councillors in all"), a possessive whose
owner is an earlier figure's subject ("Mills's 12,480 votes"), and the markers that
keep look-alikes apart: another instance of the event ("in a separate accident") and a
count for each day or head ("80,000 vehicles a day")."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [restated]).codes()


@pytest.mark.parametrize(
    "text",
    [
        "The council has 48 councillors.\n\nIn the end all 46 councillors backed the plan.\n",
        # an -ed verb after the noun with no finite verb after it: the clause's own verb
        "The council has 48 councillors.\n\nAll 46 councillors voted on the plan.\n",
        "The board has nine directors.\n\nThe deal was approved by 11 directors in all.\n",
        "The orchestra has 86 musicians.\n\nAll 68 musicians signed the letter.\n",
    ],
)
def test_a_whole_restates_the_plain_count_of_its_noun(text: str) -> None:
    assert codes(text) == ["NC101"]


@pytest.mark.parametrize(
    "text",
    [
        # the whole agrees
        "The council has 48 councillors.\n\nAll 48 councillors backed the plan.\n",
        # a word after the noun narrows the whole
        "The council has 48 councillors.\n\nAll 46 councillors present backed the plan.\n",
        "The firm employs 400 staff.\n\nAll 30 staff at the Leeds depot will move.\n",
        "The school has 600 pupils.\n\nAll 30 pupils injured in the crash were treated.\n",
        # a count for each day is another measure
        "The crash involved 45 vehicles in all.\n\nThe motorway, which carries about "
        "80,000 vehicles a day, reopened.\n",
    ],
)
def test_a_whole_that_agrees_or_is_narrowed_is_silent(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Five people died in a crash on the M4 on Saturday.\n\nIn a separate accident on "
        "the A34, two people died.\n",
        "Three people were injured when a bus hit a wall in Leeds.\n\nElsewhere, eight "
        "people were injured in a pile-up on the M62.\n",
    ],
)
def test_another_instance_of_the_event_meets_no_figure(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive reference whose owner is the earlier figure's subject
        ("Sarah Mills won the seat with 12,408 votes.\n\nMills's 12,480 votes gave her a "
         "majority of 2,011 over Labour.\n", ["NC101"]),
        ("Sarah Mills won the seat with 12,408 votes.\n\nMills's 12,408 votes gave her a "
         "majority of 2,011 over Labour.\n", []),
        # a margin is no total; another year is another figure; another owner
        ("Dana Price won the race by 5,423 votes.\n\nPrice's 49,813 votes came despite "
         "being outspent.\n", []),
        ("Sarah Mills won the seat with 12,408 votes in 2019.\n\nMills's 15,480 votes this "
         "time gave her a majority.\n", []),
        ("Labour won 12,408 votes, beating Sarah Mills.\n\nMills's 9,480 votes put her "
         "second.\n", []),
    ],
)
def test_a_possessive_names_the_subject_of_an_earlier_figure(
    text: str, expected: list[str]
) -> None:
    assert codes(text) == expected


def test_the_whole_of_a_partitive_is_no_restatement_of_the_headline_part() -> None:
    text = "# Six libraries to close\n\nSix of the county's 14 libraries will close in September.\n"
    assert run_checks(text, [restated], path="article.md").codes() == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a whole meets a figure no word after its noun narrows, whatever its clause says
        ("The ship was carrying 1,200 passengers when it ran aground.\n\nAll 1,020 "
         "passengers were taken off safely by lifeboats.\n", ["NC101"]),
        ("The ship was carrying 1,200 passengers when it ran aground.\n\nAll 1,200 "
         "passengers were taken off safely by lifeboats.\n", []),
        # a narrowed whole, a narrowed figure
        ("The ship was carrying 1,200 passengers when it ran aground.\n\nAll 300 "
         "passengers on the lower deck were taken off first.\n", []),
        # a running total that has grown
        ("The club has 300 members.\n\nMembership has grown, and all 320 members will get "
         "a vote.\n", []),
    ],
)
def test_a_whole_meets_a_plain_count_of_its_noun(text: str, expected: list[str]) -> None:
    assert codes(text) == expected
