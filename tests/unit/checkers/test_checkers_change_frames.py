"""NC206 read by a comparison's frame (numcheck/checkers/_levels.py, wave 13): the
direction word on either side of the step, a link or a reference to the old level,
the first level's clause set off by a comma, a step restated as an amount with the
direction after it, and a step whose sentence points back to the level before it."""

from __future__ import annotations

import pytest

from numcheck.checkers import change
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [change]).codes()


# (wrong, right): the wrong step is reported, the right one is not
FRAMES = {
    "the direction word after the step": (
        "Waiting lists stand at 7.64 million, 35% up on 6.21 million a year ago.",
        "Waiting lists stand at 7.64 million, 23% up on 6.21 million a year ago.",
    ),
    "a change noun after the step": (
        "The city recorded 124 murders last year, a 50% increase on the 103 in 2023.",
        "The city recorded 124 murders last year, a 20% increase on the 103 in 2023.",
    ),
    "a comparative and the period's owner": (
        "Profit of $45.2 million was 25% above the previous year's $40.1 million.",
        "Profit of $45.2 million was 13% above the previous year's $40.1 million.",
    ),
    "a percentage the parser gave no change": (
        "Imports of 3.24 million barrels were 40 percent below the 4.1 million barrels "
        "shipped in May.",
        "Imports of 3.24 million barrels were 21 percent below the 4.1 million barrels "
        "shipped in May.",
    ),
    "a reference noun after the link": (
        "Enrolment at the university is 18,250, down 22% from its 2019 peak of 20,120.",
        "Enrolment at the university is 18,250, down 9% from its 2019 peak of 20,120.",
    ),
    "the direction word before the step with 'of'": (
        "The bill comes to £1,995, a rise of 9% on this year's £1,902.",
        "The bill comes to £1,995, a rise of 4.9% on this year's £1,902.",
    ),
    "a reporting period between the new level and the old": (
        "Pre-tax profit rose 18% to £84.2m in the six months to September, from £68.4m a "
        "year earlier.",
        "Pre-tax profit rose 23% to £84.2m in the six months to September, from £68.4m a "
        "year earlier.",
    ),
    "a percent to the new level, then the amount": (
        "Its shares rose 4.2% to 318p, up 19p.",
        "Its shares rose 6.4% to 318p, up 19p.",
    ),
    "a percent to a rate level, then the amount": (
        "Brent crude climbed 3% to $84.10 a barrel, up $4.10.",
        "Brent crude climbed 3% to $84.10 a barrel, up $2.45.",
    ),
    "the first level's clause set off by a comma": (
        "Some 4,212 people were sleeping rough in March, up 25% from 3,790 a year earlier.",
        "Some 4,212 people were sleeping rough in March, up 11% from 3,790 a year earlier.",
    ),
    "an amount and a percent with the direction after them": (
        "Prices rose to 118p a therm on Tuesday, 14.5p or 18% above Monday's close.",
        "Prices rose to 118p a therm on Tuesday, 14.5p or 14% above Monday's close.",
    ),
    "the old level before the step, the new one a sentence back": (
        "Turnout was 38.2%. Turnout fell from 64.9% at the last election, a drop of 16.7 "
        "points.",
        "Turnout was 38.2%. Turnout fell from 64.9% at the last election, a drop of 26.7 "
        "points.",
    ),
    "a sentence that points back to the level": (
        "The firm made a profit of $45.2 million. That was up 25% from $40.1 million a "
        "year earlier.",
        "The firm made a profit of $45.2 million. That was up 13% from $40.1 million a "
        "year earlier.",
    ),
    "a pronoun and a comparative": (
        "The firm made a profit of $45.2 million. It was 25% more than the $40.1 million "
        "it made a year earlier.",
        "The firm made a profit of $45.2 million. It was 13% more than the $40.1 million "
        "it made a year earlier.",
    ),
}


@pytest.mark.parametrize("name", list(FRAMES))
def test_a_comparison_frame(name: str) -> None:
    wrong, right = FRAMES[name]
    assert codes(wrong) == ["NC206"]
    assert codes(right) == []


@pytest.mark.parametrize(
    "text",
    [
        # the percent restates the amount before it: "€6 or 17%" is no level and step
        "A ticket costs €42, €6 or 17% more than last season's €36.",
        # a figure in the clause between: no set-off comparison of the first level
        "Police made 412 arrests over the weekend and charged 90, up 25% from 72 last year.",
        # another clause opens before the step
        "The company employs 4,200 people in the city, where unemployment is up 25% from "
        "3,000 a year ago.",
        # two levels of the kind in the sentence before: the pointer is not resolved
        "The firm made a profit of $45.2 million and paid $12 million in tax. That was up "
        "25% from $40.1 million a year earlier.",
        # a share of a base is no comparison
        "Profit was $45.2 million. It is 30% of the group's $150.6 million total.",
        # a change of a day, no old level
        "The index closed at 7,412, up 0.6% on the day, while the FTSE 250 fell to 20,100.",
    ],
)
def test_no_frame_is_read(text: str) -> None:
    assert codes(text) == []
