"""NC203 on a share whose count stands earlier in the article, named by the share's
subject, place or verb (docs/maintainers/phrasings-relations.md, shares); wrong and
right, in other words than the story corpus."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.testing import run_checks

# realisation -> (wrong, right)
DESCRIBED = {
    "the subject names the count: 'The layoffs, X% of its N staff'": (
        "The retailer said it would lay off 900 workers.\n\n"
        "The layoffs, about 12% of its 5,000 workers, will hit stores first.",
        "The retailer said it would lay off 900 workers.\n\n"
        "The layoffs, about 18% of its 5,000 workers, will hit stores first.",
    ),
    "a place after 'of them': 'N staff, X% of them at <place>'": (
        "The Fenwick depot employs 420 drivers.\n\n"
        "The haulier employs 2,100 drivers nationally, about 30% of them at Fenwick.",
        "The Fenwick depot employs 420 drivers.\n\n"
        "The haulier employs 2,100 drivers nationally, about 20% of them at Fenwick.",
    ),
    "a verb after 'of which': 'N, X% of which will be <verb>ed'": (
        "The county will resurface 45 miles of road this summer.\n\n"
        "It looks after 900 miles of road, about 9% of which will be resurfaced.",
        "The county will resurface 45 miles of road this summer.\n\n"
        "It looks after 900 miles of road, about 5% of which will be resurfaced.",
    ),
    "a place subject with a copula: '<Place> is home to X% of the N'": (
        "Kerala's elephant population rose to 5,700 last year.\n\n"
        "Kerala is home to about 40% of the country's wild elephants, estimated at 27,000.",
        "Kerala's elephant population rose to 5,700 last year.\n\n"
        "Kerala is home to about 21% of the country's wild elephants, estimated at 27,000.",
    ),
    "a subject with its own base: '<Place> office, which employs N, will lose X of its staff'": (
        "The group will cut 1,000 jobs, split between Lyon (600) and Porto (400).\n\n"
        "The Porto office, which employs 1,200 people, will lose almost half of its staff.",
        "The group will cut 1,000 jobs, split between Lyon (600) and Porto (400).\n\n"
        "The Porto office, which employs 1,200 people, will lose about a third of its staff.",
    ),
}


@pytest.mark.parametrize("name", sorted(DESCRIBED))
def test_a_share_against_the_earlier_count_its_words_name(name: str) -> None:
    wrong, right = DESCRIBED[name]
    assert run_checks(wrong, [shares]).codes() == ["NC203"]
    assert run_checks(right, [shares]).codes() == []


@pytest.mark.parametrize(
    "text",
    [
        # no earlier count shares a word with the share's subject
        "The firm hired 300 engineers.\n\nThe new plant, about 6% of its 24,000 staff, opens "
        "in May.",
        # an earlier count in other units is no reading of the share
        "The city will repave 62 miles (100 km) of streets.\n\nIt maintains 1,150 miles of "
        "streets, about 5% of which will be repaved.",
        # the count the words name is of another thing: stores are no part of staff
        "The chain has 300 stores in Texas.\n\nIt employs 5,000 people, about 20% of "
        "them in Texas.",
        # one of two counts the words name fits: the share may mean that one
        "Rail staff at Crewe number 300 and at Derby 800.\n\nThe operator employs 4,000 "
        "people, about 20% of them at Derby or Crewe.",
    ],
)
def test_a_share_no_earlier_count_contradicts_is_quiet(text: str) -> None:
    assert run_checks(text, [shares]).codes() == []


def test_a_share_that_fits_none_of_the_counts_it_names_lists_them() -> None:
    text = (
        "Output cuts of 900,000 barrels start in May. Kuwait's own cut of 300,000 barrels "
        "follows.\n\nThe cuts amount to about 9% of the group's output of 30 million barrels."
    )
    [found] = run_checks(text, [shares])
    assert found.location.text == "about 9%"
    assert {r.text for r in found.related} >= {"900,000 barrels", "30 million barrels"}


# A count stated sentences before its share may be a round figure: its rounding counts.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 800 may be anything from 750: about 5% of 14,500 (725 to 798) meets it
        ("The bank will cut 800 jobs.\n\n"
         "The job cuts, about 5% of its 14,500 staff, will come over two years.", []),
        ("The council will close 60 libraries.\n\n"
         "The closures, about 9% of its 700 libraries, start in May.", []),
        # far outside the rounding: still wrong
        ("The bank will cut 800 jobs.\n\n"
         "The job cuts, about 9% of its 14,500 staff, will come over two years.", ["NC203"]),
        # an exact count is a point: no rounding to lean on
        ("The airline will cut 812 jobs.\n\n"
         "The job cuts, about 7.5% of its 14,500 staff, will come over two years.",
         ["NC203"]),
    ],
)
def test_an_earlier_round_count_keeps_its_rounding(text: str, expected: list[str]) -> None:
    assert run_checks(text, [shares]).codes() == expected
