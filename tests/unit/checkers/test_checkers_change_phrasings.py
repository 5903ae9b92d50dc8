"""NC204/NC206 on every realisation of a change in docs/maintainers/phrasings-relations.md
(section 4), wrong and right, in other words than the story corpus."""

from __future__ import annotations

import pytest

from numcheck.checkers import change
from numcheck.testing import run_checks

# realisation -> (wrong, right)
CHANGES = {
    "1 rose X% to A from B": (
        "Group profit rose 28% to EUR 412 million from EUR 349 million.",
        "Group profit rose 18% to EUR 412 million from EUR 349 million.",
    ),
    "2 A, up from B (the direction)": (
        "Ridership reached 3.1 million, down from 2.6 million a year earlier.",
        "Ridership reached 3.1 million, up from 2.6 million a year earlier.",
    ),
    "3 fell to A this year from B, a X% drop": (
        "Applications fell to 8,400 this year from 11,200, a 35% drop.",
        "Applications fell to 8,400 this year from 11,200, a 25% drop.",
    ),
    "4 nearly doubled, from A to B": (
        "The number of burglaries nearly doubled, from 212 to 309.",
        "The number of burglaries nearly doubled, from 212 to 409.",
    ),
    "5 tripled, from A to B": (
        "Rents have tripled since 2015, from $700 to $1,500 for a one-bedroom flat.",
        "Rents have tripled since 2015, from $700 to $2,100 for a one-bedroom flat.",
    ),
    "6 halved, to A from B": (
        "Hospital admissions halved in a month, to 200 from 300.",
        "Hospital admissions halved in a month, to 150 from 300.",
    ),
    "8 closed at A, down X, or P%": (
        "The shares closed at $41.20, down $3.80, or 9.4%.",
        "The shares closed at $41.20, down $3.80, or 8.4%.",
    ),
    "9 an increase of X% takes it to A from B": (
        "An increase of 16% takes the levy to £1,590 from £1,500.",
        "An increase of 6% takes the levy to £1,590 from £1,500.",
    ),
    "11 points between two percentages": (
        "Turnout dropped 9 points, from 68% to 61%.",
        "Turnout dropped 7 points, from 68% to 61%.",
    ),
    "12 a word fraction as the change": (
        "Output rose by a third, from 50,000 to 60,000 tonnes.",
        "Output rose by a fifth, from 50,000 to 60,000 tonnes.",
    ),
    "13 X% higher than last year's B, at A": (
        "Arrests were 40 per cent higher than last year's 310, at 474.",
        "Arrests were 40 per cent higher than last year's 310, at 434.",
    ),
    "14 a direction word only": (
        "The deficit widened to $1.1 billion from $1.6 billion.",
        "The deficit narrowed to $1.1 billion from $1.6 billion.",
    ),
    "to A <words> from B, an increase of X%": (
        "Thefts rose to 41 last year from 29 in 2022, an increase of 29%.",
        "Thefts rose to 41 last year from 29 in 2022, an increase of 41%.",
    ),
    "A, up from B, a X% increase (the unit left to the first level)": (
        "The drug brought in 410 million francs, up from 260 million, a 47% increase.",
        "The drug brought in 410 million francs, up from 260 million, a 58% increase.",
    ),
    "A, up X% from the B": (
        "The river peaked at 6.8 metres on Monday, up 70% from the 4.2 metres on Friday.",
        "The river peaked at 6.8 metres on Monday, up 62% from the 4.2 metres on Friday.",
    ),
    "A, X% less than the B": (
        "The probe cost $118 million, 40% less than the $180 million budgeted.",
        "The probe cost $118 million, 34% less than the $180 million budgeted.",
    ),
    "rose X% to reach A from B (a verb of arriving after 'to')": (
        "Revenue grew 40% to reach £4.9m from £4.0m.",
        "Revenue grew 22% to reach £4.9m from £4.0m.",
    ),
    "slid X% to close at A from B": (
        "The index slid 6% to close at 7,050 from 7,300.",
        "The index slid 3% to close at 7,080 from 7,300.",
    ),
    "rose N-fold, from B to A (new = N x old)": (
        "Cases rose fourfold, from 40 in March to 120 in May.",
        "Cases rose fourfold, from 40 in March to 160 in May.",
    ),
    "from B to A, a N-fold increase": (
        "Claims went from 40 to 120, a 4-fold increase.",
        "Claims went from 40 to 160, a 4-fold increase.",
    ),
    "to A ..., from B, an increase of an amount": (
        "The cap rose to £1,717 a year for a typical home, from £1,568, an increase of £194.",
        "The cap rose to £1,717 a year for a typical home, from £1,568, an increase of £149.",
    ),
    "rises by an amount to A from B (money to the penny)": (
        "The minimum wage rises by 98p to £11.44 an hour from £10.42.",
        "The minimum wage rises by £1.02 to £11.44 an hour from £10.42.",
    ),
    "more than doubled, from A to B": (
        "The party more than doubled its seat count, from 12 to 23.",
        "The party more than doubled its seat count, from 12 to 25.",
    ),
    "nearly doubled to A from B": (
        "Net income nearly doubled to $612 million from $402 million.",
        "Net income nearly doubled to $762 million from $402 million.",
    ),
    "N times as much: A against B": (
        "Plants pay 2.5 times as much for power as rivals: £180 a megawatt-hour against £86.",
        "Plants pay 2.1 times as much for power as rivals: £180 a megawatt-hour against £86.",
    ),
    "an increase of nearly a half, between two percentages": (
        "Wind supplied 17% of power last year, up from 13%, an increase of nearly a half.",
        "Wind supplied 19% of power last year, up from 13%, an increase of nearly a half.",
    ),
    "A and B, a gap of X points": (
        "The mayor had 46.1% and her rival 42.3%, a gap of 3.5 points.",
        "The mayor had 46.1% and her rival 42.3%, a gap of 3.8 points.",
    ),
    "percent for points": (
        "The jobless rate rose from 10% to 15%, a 5% increase.",
        "The jobless rate rose from 10% to 15%, a 50% increase.",
    ),
    "nearly halved: a cut of nearly half leaves just over half": (
        "Arrests nearly halved to 200 from 560 a year earlier.",
        "Arrests nearly halved to 290 from 560 a year earlier.",
    ),
    "more than halved: under half is left": (
        "Queues more than halved, from 48 minutes to 26.",
        "Queues more than halved, from 48 minutes to 21.",
    ),
}


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_a_change_that_does_not_match_its_levels(name: str) -> None:
    wrong, right = CHANGES[name]
    assert run_checks(wrong, [change]).codes() in (["NC206"], ["NC204"])
    assert run_checks(right, [change]).codes() == []


@pytest.mark.parametrize(
    "text",
    [
        # 10: the old level is not given
        "Wheat futures slid 4.5 percent on the week to $5.92 a bushel.",
        # 15: no levels at all
        "Prices rose for a fifth month; the index is up 3.2% year on year.",
        # two changes in one sentence: each against its own levels
        "The adult rate rises 14.8% to £8.60 from £7.49, and the apprentice rate rises "
        "21.2% to £6.40 from £5.28.",
        "Revenue rose 6% to €2.4bn, while headcount grew 31% since 2021, to 17,300 from 13,200.",
        # a change in another clause is not checked against these levels
        "The index shed 612 points to 37,890, and the tech index slid 3.7% to 15,212 from 15,790.",
        # levels of two clauses are not one change
        "The Greens are up 4 points from 23% in May, while Labour fell to 15% from 19%.",
        # a round percent change is rounded: +41% is "40%"
        "Gas prices have jumped 40% since the summer, to 110p a therm from 78p.",
        # "from A to B" without a change word is a range
        "Temperatures will range from 12 to 18C on Sunday.",
    ],
)
def test_what_is_not_a_wrong_change_is_quiet(text: str) -> None:
    assert run_checks(text, [change]).codes() == []


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        ("Regular pay growth slowed to 4.8 percent from 5.1 percent.",
         "Regular pay growth quickened to 4.8 percent from 5.1 percent."),
        ("Wage growth cooled to 3.9% in March from 4.4% in February.",
         "Wage growth rose to 3.9% in March from 4.4% in February."),
    ],
)
def test_a_rate_named_growth_may_slow(right: str, wrong: str) -> None:
    """"growth" names a rate, which moves either way: the verb tells the direction."""
    assert run_checks(right, [change]).codes() == []
    assert run_checks(wrong, [change]).codes() == ["NC206"]
