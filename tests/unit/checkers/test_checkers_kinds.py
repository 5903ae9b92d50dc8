"""The noun graph (numcheck/checkers/_kinds.py) and the lists it lets NC202 read: parts
named by kinds of the total's thing, in words no story used; lists of other things, of
a selection or with an item that is no figure stay silent."""

from __future__ import annotations

import pytest

from numcheck.checkers import parts
from numcheck.checkers._kinds import Kinds, Relation
from numcheck.testing import run_checks

KINDS = Kinds(
    {"weapon": ["gun"], "gun": ["pistol", "rifle"], "vehicle": ["engine"]},
    {"firefighter": "people"},
    lambda word: word.removesuffix("s"),
)


@pytest.mark.parametrize(
    ("part", "whole", "relation"),
    [
        ({"pistol"}, {"gun"}, Relation.KIND),
        ({"pistol"}, {"weapon"}, Relation.KIND),  # through gun
        ({"gun"}, {"gun"}, Relation.KIND),
        ({"engine"}, {"firefighter"}, Relation.OTHER),  # vehicle vs people
        ({"pensioner"}, {"people"}, Relation.UNKNOWN),
        ({"rifle"}, {"pistol"}, Relation.UNKNOWN),  # siblings: neither is the other
        (set(), {"gun"}, Relation.UNKNOWN),
    ],
)
def test_relation(part: set[str], whole: set[str], relation: Relation) -> None:
    assert KINDS.relation(part, whole) is relation


def codes(text: str) -> list[str]:
    return run_checks(text, [parts], path="article.txt").codes()


# realisation -> (wrong, right)
LISTS = {
    "a colon list of kinds the graph holds": (
        "The patrol recovered 23 weapons: 11 rifles, 7 pistols and 3 grenades.",
        "The patrol recovered 21 weapons: 11 rifles, 7 pistols and 3 grenades.",
    ),
    "a dash list whose nouns the graph does not hold": (
        "The shelter took in 52 animals last winter - 30 kittens, 14 rabbits and 6 ferrets.",
        "The shelter took in 50 animals last winter - 30 kittens, 14 rabbits and 6 ferrets.",
    ),
    "kinds listed in the next sentence": (
        "Customs officers seized 31 firearms at the port. They found 14 handguns, 9 "
        "shotguns and 6 rifles in the container.",
        "Customs officers seized 29 firearms at the port. They found 14 handguns, 9 "
        "shotguns and 6 rifles in the container.",
    ),
}


@pytest.mark.parametrize("case", list(LISTS), ids=list(LISTS))
def test_lists_of_kinds(case: str) -> None:
    wrong, right = LISTS[case]
    assert "NC202" in codes(wrong)
    assert codes(right) == []


SILENT = {
    "other things after a colon": "The 48 firefighters brought 20 tools: 12 engines, 3 ladders "
    "and 2 pumps.",
    "a known part, an unknown total": "The hospital has 400 beds: 120 nurses, 80 doctors and "
    "40 porters.",
    "an item that is no figure": "Seven people died: four drivers, two guards and a nurse.",
    "a selection in the next sentence": "Customs officers seized 31 firearms at the port. "
    "They included 14 handguns, 9 shotguns and 2 rifles.",
    "two kinds in the next sentence (may be some of them)": "Customs officers seized 31 "
    "firearms at the port. They found 14 handguns and 9 shotguns in one crate.",
}


@pytest.mark.parametrize("text", list(SILENT.values()), ids=list(SILENT))
def test_silent(text: str) -> None:
    assert codes(text) == []
