"""NC101 for an age told two ways in one article (numcheck/checkers/_lifespans.py): the
year a thing began against its age, an age range against its oldest or youngest."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks

DATED = "---\ndate: 2026-05-14\n---\n\n"  # front matter: the article's date


def codes(text: str) -> list[str]:
    found = run_checks(text, [restated], path="article.md").codes()
    return [c for c in found if c.startswith("NC10")]


# (text with {} for the age, an age that agrees, one that does not)
BEGUN = [
    # transport desk: a viaduct opened in a year, its age in a compound
    (DATED + "The Carvell viaduct, opened in 1889, carries 40 trains a day.\n\n"
     "Engineers say the {}-year-old viaduct needs new bearings.", "137", "97"),
    # local desk: "is N years old" after the clause that dates it
    (DATED + "The parish hall was built in 1936 by volunteers.\n\n"
     "The hall is {} years old and its roof leaks.", "90", "80"),
    # a person born in a year, the role noun on both sides
    (DATED + "The driver, born in 1971, had driven the route for a decade.\n\n"
     "Police did not name the {}-year-old driver.", "55", "45"),
    # a decade: any age the decade allows
    (DATED + "Its fermenters, installed in the 1960s, are costly to cool.\n\n"
     "Replacing the {}-year-old fermenters will take two years.", "60", "30"),
    # a plural noun, one lemma
    (DATED + "The water main, laid in 1961 under Mill Street, burst on Tuesday.\n\n"
     "Crews will replace the {}-year-old mains next spring.", "65", "56"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), BEGUN)
def test_an_age_against_the_year_the_thing_began(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC101"]


@pytest.mark.parametrize(
    "text",
    [
        # another thing's age
        DATED + "The bridge, built in 1932, was closed.\n\n"
        "The 40-year-old lorry driver was unhurt.",
        # no date: no age to expect
        "The bridge, built in 1932, was closed.\n\nThe 40-year-old bridge will reopen.",
        # two years for one thing: which one the age counts from is unknown
        DATED + "The pier was built in 1890. The pier, opened in 1901, is listed.\n\n"
        "The 125-year-old pier needs repairs.",
        # a hedge that allows the age
        DATED + "The reactor, commissioned in 1967, shut on Friday.\n\n"
        "The nearly 60-year-old reactor will be dismantled.",
        # the age of a person named by the thing
        DATED + "The mill, opened in 1974, closed on Friday.\n\n"
        "The 30-year-old mill manager now runs a cafe.",
        # a year that no verb of beginning names
        DATED + "The mill closed in 1974.\n\nThe 30-year-old mill manager now runs a cafe.",
    ],
)
def test_ages_that_the_year_allows_or_that_name_another_thing(text: str) -> None:
    assert codes(text) == []


RANGED = [
    # transport: the oldest passenger outside the range
    ("The passengers ranged in age from 3 to 79, the airline said.\n\n"
     "The oldest passenger, aged {}, was airlifted to Leeds.", "79", "84"),
    # the youngest of a group of volunteers
    ("The volunteers were aged between 18 and 35.\n\n"
     "The youngest volunteer, aged {}, had left school in June.", "18", "16"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), RANGED)
def test_an_oldest_or_youngest_outside_the_age_range(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC101"]


@pytest.mark.parametrize(
    "text",
    [
        # inside the range: the oldest of a part of the group
        "Patients range in age from 4 to 83.\n\nThe oldest patient still in hospital, aged "
        "70, is stable.",
        # another group's oldest
        "Runners were aged between 18 and 60.\n\nThe oldest spectator, aged 88, cheered.",
    ],
)
def test_extremes_the_range_allows_or_of_another_group(text: str) -> None:
    assert codes(text) == []
