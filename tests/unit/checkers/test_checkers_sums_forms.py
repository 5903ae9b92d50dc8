"""NC202 on more list forms: bulleted breakdowns, parts named only by a modifier ("six
gold, eight silver"), a code among the parts ("on 5G"), roundings that share only an
edge, and agreeing lists that must stay silent."""

from __future__ import annotations

import pytest

from numcheck.checkers import parts
from numcheck.testing import run_checks


def codes(text: str, path: str = "article.txt") -> list[str]:
    return run_checks(text, [parts], path=path).codes()


# (wrong, right)
LISTS = {
    "bullets after a colon, labels before the figures": (
        "The 940 redundancies break down as follows:\n\n- assembly: 610\n- logistics: 240\n"
        "- offices: 70\n",
        "The 940 redundancies break down as follows:\n\n- assembly: 630\n- logistics: 240\n"
        "- offices: 70\n",
    ),
    "bullets, money, figures first": (
        "The county will spend $12.4 million on roads this year:\n\n"
        "* $7.1 million for resurfacing\n* $3.2 million for bridges\n"
        "* $1.6 million for signals\n",
        "The county will spend $11.9 million on roads this year:\n\n"
        "* $7.1 million for resurfacing\n* $3.2 million for bridges\n"
        "* $1.6 million for signals\n",
    ),
    "parts named by a modifier of the total's noun": (
        "The team brought home 23 medals - nine gold, seven silver and five bronze.",
        "The team brought home 21 medals - nine gold, seven silver and five bronze.",
    ),
    "a code among the parts": (
        "The carrier will invest 4.1 billion kronor: 2.2 billion in 5G, 1.1 billion in "
        "fibre and 0.6 billion in data centres.",
        "The carrier will invest 3.9 billion kronor: 2.2 billion in 5G, 1.1 billion in "
        "fibre and 0.6 billion in data centres.",
    ),
    "three parts, each the subject of its own verb": (
        "The tribunal heard 23 appeals: 11 were upheld, eight dismissed and three "
        "withdrawn before the hearing.",
        "The tribunal heard 22 appeals: 11 were upheld, eight dismissed and three "
        "withdrawn before the hearing.",
    ),
    "three parts with verbs and objects of their own": (
        "Officers stopped 31 drivers: 17 were given warnings, nine got fines and four "
        "lost their licences.",
        "Officers stopped 30 drivers: 17 were given warnings, nine got fines and four "
        "lost their licences.",
    ),
    "roundings that share only an edge": (
        "Spending totals 9.5 billion: 5.2 billion on wards, 2.9 billion on staff and "
        "1.6 billion on drugs.",
        "Spending totals 9.7 billion: 5.2 billion on wards, 2.9 billion on staff and "
        "1.6 billion on drugs.",
    ),
}


@pytest.mark.parametrize("name", list(LISTS))
def test_a_list_that_does_not_add_up(name: str) -> None:
    wrong, right = LISTS[name]
    path = "article.md" if "\n-" in wrong or "\n*" in wrong else "article.txt"
    assert codes(wrong, path) == ["NC202"]
    assert codes(right, path) == []


@pytest.mark.parametrize(
    "text",
    [
        # "a total of" after a list belongs to the figure after it
        "Sales were 4,200 units in Europe, 3,100 in Asia and 2,900 in America, a total "
        "of 10,200 units.",
        # a bulleted selection, not a breakdown
        "The chain's 180 stores include:\n\n- 40 in Scotland\n- 25 in Wales\n",
        "Among the 300 new hires:\n\n- 120 engineers\n- 45 designers\n",
        # bullets interrupted by a paragraph
        "The plan cuts 500 posts:\n\n- 200 in sales\n\nUnions object.\n\n- 100 in IT\n",
        # two outcomes of some of the whole: not a partition
        "Police held 40 people: 12 were charged and 3 were released.",
        # exact counts: a point on the edge of nothing
        "The crash killed 29 people: 17 men and 12 women.",
    ],
)
def test_not_a_missing_sum(text: str) -> None:
    path = "article.md" if "\n-" in text else "article.txt"
    assert codes(text, path) == []
