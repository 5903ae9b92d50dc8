"""NC202 through the pieces of the list grammar wave 11 added: a list opened by a
subject that points back to a total of the sentence before (numcheck/checkers/
_carried.py), "between them" and "out of" as links, a gapped list that repeats its
first item's preposition, a complement whose nearest figure is the whole or whose
parts are its own sentence's, and a time in the attribution after a breakdown. Each
wrong text raises NC202, each right one and each look-alike stays silent."""

from __future__ import annotations

import pytest

from numcheck.testing import run_checks


def nc2(text: str) -> list[str]:
    return [c for c in run_checks(text, builtins=True).codes() if c.startswith("NC2")]


# (wrong, right)
PAIRS = {
    "the total's noun, whose plural is no added s": (
        "The operator runs 40 buses. The buses are split between Leeds (25) and York (14).",
        "The operator runs 39 buses. The buses are split between Leeds (25) and York (14).",
    ),
    "a pronoun opens the list of the sentence before's total": (
        "The squad has 23 players. It is made up of 12 forwards and 10 backs.",
        "The squad has 22 players. It is made up of 12 forwards and 10 backs.",
    ),
    "'these' and an opener with a mark": (
        "The council approved 340 grants last year. These break down as follows: 210 "
        "for homes, 95 for businesses and 40 for charities.",
        "The council approved 345 grants last year. These break down as follows: 210 "
        "for homes, 95 for businesses and 40 for charities.",
    ),
    "the total's own noun after 'the'": (
        "The airline cancelled 340 flights on Thursday. The flights were split between "
        "Northgate (210), Sele (95) and Brackwater (45).",
        "The airline cancelled 350 flights on Thursday. The flights were split between "
        "Northgate (210), Sele (95) and Brackwater (45).",
    ),
    "'between them' closes a list": (
        "Okafor scored 14 points and Lindqvist 11, 27 between them, as Harbour City won.",
        "Okafor scored 14 points and Lindqvist 11, 25 between them, as Harbour City won.",
    ),
    "'out of' after a list: some of the whole, reported when more": (
        "Labour polled 2,310 votes, the Greens 1,845 and the Conservatives 960, out of "
        "5,025 cast.",
        "Labour polled 2,310 votes, the Greens 1,845 and the Conservatives 960, out of "
        "5,215 cast.",
    ),
    "a gapped list repeats its first item's preposition": (
        "The floods damaged 212 homes. Kesby accounted for 140, Orrin for 51 and Pell for 31.",
        "The floods damaged 222 homes. Kesby accounted for 140, Orrin for 51 and Pell for 31.",
    ),
    "'the rest' after a partitive whose whole is the nearest figure": (
        "Thirty of the 46 passengers were British; the rest, 14, were Irish.",
        "Thirty of the 46 passengers were British; the rest, 16, were Irish.",
    ),
    "a complement closes its own sentence's parts against the total before": (
        "The hospital has 120 beds. Seventy are on the surgical wards, and the other 40 "
        "are in the maternity unit.",
        "The hospital has 110 beds. Seventy are on the surgical wards, and the other 40 "
        "are in the maternity unit.",
    ),
    "a time in the attribution dates the report, not the items": (
        "# Storm leaves 19 dead across three provinces\n\nEleven people died in Santa "
        "Rosa, five in Orval and two in Benin Sur, officials said on Monday.",
        "# Storm leaves 18 dead across three provinces\n\nEleven people died in Santa "
        "Rosa, five in Orval and two in Benin Sur, officials said on Monday.",
    ),
    "'between them' opens the next sentence, after a count of the holders": (
        "Rovers have 18 titles and United 12. Between them the two clubs have won 31.",
        "Rovers have 18 titles and United 12. Between them the two clubs have won 30.",
    ),
    "a tally of three sides after a split verb, more than its body": (
        "A poll of 22 economists had split 14-6-3 between a quarter point, a half point "
        "and no move.",
        "A poll of 23 economists had split 14-6-3 between a quarter point, a half point "
        "and no move.",
    ),
    "a list told one item a sentence, then 'In all'": (
        "Holt recorded 48 cases. Marren recorded 27. Esk recorded 15. In all, 95 cases "
        "were recorded across the district.",
        "Holt recorded 48 cases. Marren recorded 27. Esk recorded 15. In all, 90 cases "
        "were recorded across the district.",
    ),
    "a group noun's count is an item of the selection": (
        "The seven victims confirmed so far include a family of four and five residents "
        "of the care home, police say.",
        "The nine victims confirmed so far include a family of four and five residents "
        "of the care home, police say.",
    ),
    "a comma list of places after its total ('A in X, B in Y')": (
        "The storm damaged 212 homes, 140 in Kesby, 51 in Orrin and 31 in Pell, the "
        "council said.",
        "The storm damaged 222 homes, 140 in Kesby, 51 in Orrin and 31 in Pell, the "
        "council said.",
    ),
    "a total whose own phrase ends in 'between them' is called one": (
        "The two sides lost 73 fighters between them, 41 rebels and 30 soldiers, the "
        "monitor said.",
        "The two sides lost 71 fighters between them, 41 rebels and 30 soldiers, the "
        "monitor said.",
    ),
    "every item a figure in brackets after its label": (
        "The 412 arrests were made in London (210), Manchester (150) and Leeds (40).",
        "The 400 arrests were made in London (210), Manchester (150) and Leeds (40).",
    ),
    "two places after a comma are some of the total: reported when more": (
        "The company will shed 1,700 jobs, 1,150 in Ghent and 650 in Antwerp.",
        "The company will shed 1,900 jobs, 1,150 in Ghent and 650 in Antwerp.",
    ),
    "a two-sided vote of a counted panel": (
        "The five-member panel voted 4-2 to approve the plan.",
        "The six-member panel voted 4-2 to approve the plan.",
    ),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_wrong_raises_right_is_silent(name: str) -> None:
    wrong, right = PAIRS[name]
    assert "NC202" in nc2(wrong)
    assert nc2(right) == []


LOOKALIKES = [
    # no subject pointing back: two items with verbs of their own may be some of them
    "The squad has 23 players. Twelve are forwards and ten are backs.",
    # another paragraph: the pronoun may point elsewhere
    "The charity has 23 shops.\n\nIt is made up of 12 forwards and 10 backs.",
    # a selection, not an opener
    "The squad has 23 players and 40 staff. They include 12 forwards and 10 backs.",
    # "3 out of 10" with no comma is a partitive, no list's whole
    "Smith made 7 of 9 shots and Jones 3 out of 10, the coach said.",
    # a preposition before a later item unlike the first's ties it to another noun
    "The firm made 212 sales. It reported a net loss of 140, against a forecast of 51.",
    # a complement of another event than the whole's
    "Police arrested 12 people on Friday. Five were released and the other six were charged.",
    # a complement far from the whole: not its remainder
    "The club has 300 members. Last season 75 joined, and the other 40 renewed.",
    # the time is the items' own, not the attribution's
    "Nineteen people died in the storm. Eleven were injured in Santa Rosa, five in Orval "
    "and two in Benin Sur.",
    # a tally's sides below its body leave room for abstentions and absences
    "The 12-member committee voted 7-3-1 in favour, with one absent.",
    # a count set off by a comma, or smaller than a side, is not the body of the vote
    "After 10 ballots, the jury voted 7-5.",
    "Two members abstained as the board voted 9-2.",
    # one item a sentence: another measure in between ends the list
    "The storm killed 12 people. It destroyed 40 homes. In all, 60 homes were damaged.",
    # a total with a place of its own is an item of the list, not its total
    "Sales were 4,200 units in Europe, 3,100 in Asia and 2,900 in America.",
    # brackets set off by a comma after the total: a selection may follow
    "The team scored 40 goals, with Smith (12), Jones (9) and Brown (7) leading the way.",
    # a score is no tally of a body
    "Harbour City beat Kesby 3-1 in front of 2 fans.",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_silent(text: str) -> None:
    assert not [c for c in nc2(text) if c in ("NC201", "NC202")]
