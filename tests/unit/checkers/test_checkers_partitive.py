"""NC201/NC202 on parts tied to their whole by syntax: every realisation of "part and
whole" in docs/maintainers/phrasings-relations.md (section 1), wrong and right, in
other words than the story corpus."""

from __future__ import annotations

import pytest

from numcheck.checkers import parts
from numcheck.testing import run_checks

# realisation -> (wrong, right): the part is larger than its whole in the first
PARTS = {
    "1 including": (
        "Nine people were hurt, including 12 firefighters.",
        "Nineteen people were hurt, including 12 firefighters.",
    ),
    "2 of whom": (
        "The depot employs 300 people, of whom about 400 work nights.",
        "The depot employs 3,000 people, of whom about 400 work nights.",
    ),
    "3 among them were, after a semicolon": (
        "Officers made 63 arrests; among them were 71 juveniles.",
        "Officers made 63 arrests; among them were 17 juveniles.",
    ),
    "4 N of the M": (
        "Seventeen of the 9 trustees voted to close the museum.",
        "Seven of the 9 trustees voted to close the museum.",
    ),
    "5 them bound to the sentence before": (
        "Twelve hikers were flown to hospital. Fourteen of them were released.",
        "Twelve hikers were flown to hospital. Four of them were released.",
    ),
    "5 among them, the sentence before": (
        "Twelve hikers were flown to hospital. Among them were 14 teenagers.",
        "Twelve hikers were flown to hospital. Among them were four teenagers.",
    ),
    "6 the dead included, a family of N": (
        "Six people died. The dead included a family of five and two nurses.",
        "Seven people died. The dead included a family of five and two nurses.",
    ),
    "7 of the N, part after the comma": (
        "Of the 240 samples sent so far, 310 came back positive.",
        "Of the 2,400 samples sent so far, 310 came back positive.",
    ),
    "8 the wholes include": (
        "The 16 wards won by the coalition include 24 it took from the mayor's party.",
        "The 36 wards won by the coalition include 24 it took from the mayor's party.",
    ),
    "9 most of the M - N -": (
        "Most of the 18 rigs - 25 - were evacuated before the storm.",
        "Most of the 18 rigs - 15 - were evacuated before the storm.",
    ),
    "10 made up N of the M": (
        "Pensioners made up 67 of the 60 passengers on the coach.",
        "Pensioners made up 37 of the 60 passengers on the coach.",
    ),
    "11 of the owner's M": (
        "Some 250,000 of the utility's 120,000 customers were still without power.",
        "Some 25,000 of the utility's 120,000 customers were still without power.",
    ),
    "12 a dozen of them": (
        "Some 8 barges, a dozen of them grain carriers, were stuck at the lock.",
        "Some 40 barges, a dozen of them grain carriers, were stuck at the lock.",
    ),
    "14 N of the owner's M, small counts in words": (
        "Five of the carrier's four freighters were grounded.",
        "Two of the carrier's four freighters were grounded.",
    ),
    "among the M": (
        "Volunteers registered 2,300 children among the 1,900 new arrivals.",
        "Volunteers registered 300 children among the 1,900 new arrivals.",
    ),
    "N of them after a count of the same sentence": (
        "Divers pulled 86 people from the river, 91 of them near the bridge.",
        "Divers pulled 86 people from the river, 19 of them near the bridge.",
    ),
    "among the <event> were, the whole a sentence back": (
        "The toll rose to 14. Among the dead were 16 members of a choir.",
        "The toll rose to 24. Among the dead were 16 members of a choir.",
    ),
    "among the <qualified event> were": (
        "Of the 41 injured, nine were in a serious condition; among the seriously "
        "injured were 12 pupils.",
        "Of the 41 injured, 19 were in a serious condition; among the seriously "
        "injured were 12 pupils.",
    ),
    "N of the <event noun>": (
        "About 2,500 tourists were evacuated. Around 3,900 of the evacuees were British.",
        "About 2,500 tourists were evacuated. Around 900 of the evacuees were British.",
    ),
    "N of those <participle>: the figure of that event, not the nearest": (
        "Police made 23 arrests, and 12 people have been charged. Officers said 26 of "
        "those arrested were under 25.",
        "Police made 23 arrests, and 12 people have been charged. Officers said 14 of "
        "those arrested were under 25.",
    ),
    "of the M <unit>, bare parts take the unit": (
        "Of the 62 miles to be paved, 38 are in the north and 29 in the south.",
        "Of the 62 miles to be paved, 38 are in the north and 24 in the south.",
    ),
}


@pytest.mark.parametrize("name", sorted(PARTS))
def test_a_part_larger_than_its_whole(name: str) -> None:
    wrong, right = PARTS[name]
    assert set(run_checks(wrong, [parts]).codes()) <= {"NC201", "NC202"}
    assert run_checks(wrong, [parts]).codes() != []
    assert run_checks(right, [parts]).codes() == []


# realisation -> (wrong, right): listed parts of one whole that must add up to it
PARTITIONS = {
    "of the N, three parts": (
        "Of the 19 dead, 11 were in Alma, 6 in Besk and 4 in Cray, the agency said.",
        "Of the 21 dead, 11 were in Alma, 6 in Besk and 4 in Cray, the agency said.",
    ),
    "of the N, three parts with their own verbs": (
        "Of the 41 crew, nine have been rescued, four are dead and 32 remain missing.",
        "Of the 45 crew, nine have been rescued, four are dead and 32 remain missing.",
    ),
    "of its N, parts short of the whole": (
        "Of its 12 instruments, 5 were built by universities, 4 by the agency and 2 by firms.",
        "Of its 11 instruments, 5 were built by universities, 4 by the agency and 2 by firms.",
    ),
    "N of them and the rest": (
        "The state recorded 62 tiger deaths last year, 34 of them from disease and the "
        "rest, 21, from poaching.",
        "The state recorded 62 tiger deaths last year, 34 of them from disease and the "
        "rest, 28, from poaching.",
    ),
    "the wholes include two groups": (
        "The union's 52,000 members include 6,400 cleaners and 47,800 nurses.",
        "The union's 54,200 members include 6,400 cleaners and 47,800 nurses.",
    ),
}


@pytest.mark.parametrize("name", sorted(PARTITIONS))
def test_listed_parts_that_miss_their_whole(name: str) -> None:
    wrong, right = PARTITIONS[name]
    assert run_checks(wrong, [parts]).codes() == ["NC202"]
    assert run_checks(right, [parts]).codes() == []


@pytest.mark.parametrize(
    "text",
    [
        # groups that may overlap (each with a verb of its own) are not added up
        "Of the 52 defendants, 31 were convicted and 30 were women.",
        # two parts short of the whole: the list need not be complete
        "Of the 300 seats, the Liberals won 150 and the Greens 100.",
        # a part of a group the copy also counts, tied to the nearest whole before it
        "Eight people were injured and 20 were treated for smoke, including 10 children.",
        # a part of the dead in one province is not the toll
        "The quake killed 2,100 people. In Harel province, 12 of the dead were teachers.",
        "All but three of the 27 crew were rescued.",
        # an age set off by commas is not a listed part
        "Two people died. Police named one of the dead as Peter Allard, 61, of Hamley.",
        # "them" stands for the change's figure, not a figure of the sentence before
        "Attacks rose to 41 from 29. The force has lost 164 men since 2014, 104 of them "
        "in combat.",
        # "those arrested" are the arrests, not the nearer figure of those charged
        "Police made 23 arrests, and 12 people have been charged. Officers said 14 of "
        "those arrested were under 25.",
        # a compound adjective after a comma is not a part of the list
        "Two people died and 27 were injured, four of them critically, in a 45-car pile-up.",
    ],
)
def test_what_is_not_a_part_larger_than_its_whole_is_quiet(text: str) -> None:
    assert run_checks(text, [parts]).codes() == []


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        ("Of the 63 cases, 41 are children under 10, 15 are aged 10 to 19 and seven are adults.",
         "Of the 63 cases, 41 are children under 10, 15 are aged 10 to 19 and nine are adults."),
        ("Of the 120 people arrested, 70 were aged 18 to 24, 30 were aged 25 to 40 and 20 "
         "were older.",
         "Of the 120 people arrested, 70 were aged 18 to 24, 30 were aged 25 to 40 and 28 "
         "were older."),
    ],
)
def test_a_span_of_years_naming_a_part_is_no_end_of_the_parts(right: str, wrong: str) -> None:
    """"children under 10", "aged 10 to 19": the ages label a part, the list goes on."""
    assert run_checks(right, [parts], path="article.txt").codes() == []
    assert run_checks(wrong, [parts], path="article.txt").codes() == ["NC202"]
