"""NC101 for a person's age given twice in one article, on the real pipeline."""

from __future__ import annotations

import pytest

from numcheck.checkers import parts, restated
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [restated]).codes()


# (text with {} for the restated age, an age that agrees, one that does not)
REALISATIONS = [
    # a titled name, then "the N-year-old <title>"
    ("Coach Dana Reyes, 61, announced her retirement on Monday.\n\n"
     "The {}-year-old coach led the team to three titles.", "61", "16"),
    # a full name, then the surname alone
    ("Firefighter Tomas Berg, 38, was treated for burns.\n\n"
     "Berg, {}, has served with the brigade since 2009.", "38", "39"),
    # "aged N" in the appositive
    ("Chief executive Priya Nair, aged 52, will step down in June.\n\n"
     "Nair, aged {}, joined the bank in 1998.", "52", "25"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), REALISATIONS)
def test_a_persons_age_restated(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC101"]


@pytest.mark.parametrize(
    "text",
    [
        # two people share a surname: "Smith" alone could be either
        "John Smith, 45, and Jane Smith, 43, were rescued.\n\nSmith, 44, was released later.",
        # two drivers: "the 30-year-old driver" could be either
        "Driver Ann Lee, 52, and driver Tom Ray, 30, were hurt.\n\n"
        "The 30-year-old driver was later released.",
        # "a N-year-old" introduces someone new
        "Pilot Sam Okoro, 41, landed safely.\n\nA 29-year-old pilot was also on board.",
        # a town and a count, not a name and an age
        "In Leeds, 45 homes flooded.\n\nIn Leeds, 54 homes lost power.",
    ],
)
def test_not_the_same_persons_age(text: str) -> None:
    assert codes(text) == []


def test_an_age_is_not_a_restated_count() -> None:
    text = (
        "The pile-up left two people dead and 27 hurt.\n\n"
        "Police named one of the dead as Peter Allard, 61, from Hamley."
    )
    assert codes(text) == []


# an age given again in a relative clause, under a courtesy title or the surname alone
RELATIVE = [
    # obituary register: the full name, then "Mr <surname>, who was N,"
    ("The lifeboat's former coxswain, Ewan Tarrant, 74, died at home on Sunday.\n\n"
     "Mr Tarrant, who was {}, served on the crew for three decades.", "74", "47"),
    # US court copy: "who is N" and a woman's title
    ("Judge Carla Whitmore, 58, was sworn in on Friday.\n\n"
     "Ms. Whitmore, who is {}, previously led the county public defender's office.",
     "58", "59"),
    # trade press: "who turned N" and no title at all
    ("Founder Ravi Mehta, 66, is handing the firm to his deputy.\n\n"
     "Mehta, who turned {} in March, said he would stay on the board.", "66", "67"),
    # "N years old" closing the clause
    ("The oldest finisher was Agnes Kovacs, 81.\n\n"
     "Kovacs, who is {} years old, ran her first marathon in 1990.", "81", "80"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), RELATIVE)
def test_an_age_restated_in_a_relative_clause(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC101"]


@pytest.mark.parametrize(
    "text",
    [
        # an age at another time
        "Nurse Hilda Brann, 63, retired last week.\n\n"
        "Brann, who was 19 when she joined the ward, trained hundreds of students.",
        # his widow under a woman's title is someone else
        "The driver, Owen Pryce, 71, died at the scene.\n\n"
        "His widow, Mrs Pryce, who is 69, was not in the car.",
        # a man's and a woman's title for one surname: "Pryce" could be either
        "Owen Pryce, 71, and his wife were driving home. Mr Pryce died; Mrs Pryce was hurt."
        "\n\nPryce, who is 69, is in hospital.",
        # a height, not an age
        "Striker Leon Ade, 24, scored twice.\n\nAde, who is 6ft, headed the winner.",
        # two full names share the surname
        "Rita Osei, 40, and Kofi Osei, 45, were rescued.\n\nOsei, who is 42, thanked the crew.",
    ],
)
def test_not_an_age_of_the_same_person(text: str) -> None:
    assert codes(text) == []


# a bare definite "the N-year-old" (no noun after it) stands for someone the article has
# already given that age: (text with {} for it, an age that fits, one that fits no one)
BARE = [
    # court copy: the bare nominal as the subject of a verb with an object
    ("Carpenter Dean Hollis, 47, was jailed for six years at Truro Crown Court.\n\n"
     "The {}-year-old admitted 11 counts of burglary at an earlier hearing.", "47", "74"),
    # two people: it may be either, so it fits when it is one of them
    ("Oliver Grange, 63, and his partner Sunil Desai, 58, were each fined 12,000 pounds.\n\n"
     "The {}-year-old told the court he had not understood the rules.", "58", "68"),
    # a clause mark after it; the person introduced by "a N-year-old man"
    ("A 19-year-old man was charged after a cyclist, Aled Rhys, 44, was hurt.\n\n"
     "The {}-year-old, from Alvaston, will appear before magistrates.", "19", "91"),
    # a possessive after it; the age given as "a woman of N"
    ("A woman of 88 was found safe after going missing for 14 hours.\n\n"
     "The {}-year-old's son thanked the 60 volunteers.", "88", "85"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), BARE)
def test_a_bare_n_year_old_refers_to_an_age_given(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC101"]


@pytest.mark.parametrize(
    "text",
    [
        # a noun after it: "the 56-year-old van driver" is someone new
        "Gareth Pryce, 34, died in the crash.\n\nThe 56-year-old van driver was not hurt.",
        # an adjective in -ed before its noun
        "Ann Lee, 52, was elected.\n\nThe 61-year-old retired teacher came second.",
        # no age given before it: nothing to compare with
        "The airline cancelled 146 flights.\n\nThe 45-year-old pilot was praised.",
        # an age the article gave in a way not read as one ("now 54"), or as a decade
        "Tom Ray, now 54, was hurt.\n\nThe 54-year-old was treated in hospital.",
        "Jones, in his 50s, and Ann Lee, 38, were hurt.\n\nThe 55-year-old was discharged.",
        # an earlier age given first in a headline-like compound
        "54-year-old Ian Marsh was jailed on Friday.\n\nThe 54-year-old showed no emotion.",
    ],
)
def test_a_bare_n_year_old_that_fits(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Of the 47 confirmed cases, 29 are adults.\n\nThe median age is 34, and the oldest "
        "case is 81.",
        "The crash injured 14 passengers. The youngest victim was just four.",
        "Eleven patients were treated, aged between 3 and 71.",
    ],
)
def test_an_age_said_by_a_superlative_or_the_word_age_is_no_count(text: str) -> None:
    assert codes(text) == []


def test_the_oldest_case_is_an_age_not_the_case_count() -> None:
    html = (
        "<html><body><article><h1>Outbreak update: 18 November</h1>\n"
        "<p>The number of confirmed cases linked to the outbreak has risen to 47, up from 31 "
        "on Friday.</p>\n<p>Of the 47 confirmed cases, 29 are adults and 18 are children. "
        "Eleven people have been treated in hospital, of whom six have since been "
        "discharged.</p>\n<table><tr><th>Area</th><th>Confirmed</th></tr>\n"
        "<tr><td>Dunmere town</td><td>28</td></tr><tr><td>Kelby</td><td>11</td></tr>"
        "<tr><td>Other</td><td>8</td></tr>\n<tr><td>Total</td><td>47</td></tr></table>\n"
        "<p>All cases fell ill between 2 and 14 November. The median age is 34, and the "
        "oldest case is {age}.</p>\n</article></body></html>\n"
    )
    assert run_checks(html.format(age=81), [restated], path="update.html").codes() == []


def test_an_age_is_no_part_of_a_count_before_it() -> None:
    text = (
        "Of the 47 confirmed cases, 29 are adults and 18 are children. Eleven people have "
        "been treated in hospital, of whom six have since been discharged.\n\n"
        "All cases fell ill between 2 and 14 November. The median age is 34, and the oldest "
        "case is 81.\n"
    )
    assert run_checks(text, [parts]).codes() == []
