"""A spaced dash right after a bare count opens its breakdown when every item after it
carries a label of its own (checkers/_sum_dashed.py ``dashed``): "The death toll rose to
14 — nine in Aldham, three in Cray and one in Pell". A dash glued to its figures is a
score or a range; items labelled by time may be additions, items of a rate or level are
no parts, and two items may be only some of the total."""

from __future__ import annotations

import pytest
from sentence_rules import rules as _rules


@pytest.mark.parametrize("sentence", [
    # disasters, wire
    "The death toll rose to 14 — nine in Aldham, three in Cray and one in Pell.",
    # health, broadcaster
    "The number of confirmed cases reached 318 — 201 in the city, 96 in the suburbs and "
    "20 in rural districts.",
    # transport, local paper
    "Bus cancellations on the network hit 87 – 40 on the coast road, 30 on the valley "
    "line and 14 on the town loop.",
    # crime, local paper
    "Officers have now made 41 – 20 in Kesby, 15 in Orrin and 4 in Pell – since the "
    "disorder began.",
    # elections, wire
    "Complaints to the returning officer totalled 63 — 30 from Labour, 22 from the "
    "Conservatives and 9 from independents.",
    # labour, trade press
    "The redundancy count at the group has reached 1,150 — 700 at Derby, 350 at Crewe "
    "and 80 at head office.",
    # energy, trade press
    "The operator has shut 18 — 9 in the northern field, 5 in the central field and 2 in "
    "the southern block.",
    # education, press release
    "The trust's intake this September is 640 — 300 at Hillside, 220 at Eastgate and 100 "
    "at Northfield.",
    # local government, broadcaster, spaced hyphen
    "Objections to the scheme number 1,240 - 610 by email, 420 by post and 190 at "
    "meetings.",
    # conflict, wire
    "The ministry said the toll had climbed to 212 — 140 in Kesby province, 51 in Orrin "
    "and 31 in Pell.",
    # business, press release
    "Closures announced this year now stand at 48 — 30 in Britain, 12 in France and 4 in "
    "Spain.",
    # conflict, broadcaster: items that each name a kind of the total's thing
    "The death toll rose to 14 — nine civilians, three soldiers and one journalist.",
    # crime, wire: both sides of a complement are all of it
    "Arrests reached 27 — 15 men and 9 women.",
    # science, broadcaster
    "Sightings logged by volunteers reached 96 — 51 from the coast, 40 from the moors and "
    "3 from the city.",
])
def test_a_dashed_breakdown_that_does_not_add_up(sentence: str) -> None:
    assert _rules(sentence) == ["NC202"]


@pytest.mark.parametrize("sentence", [
    # the same breakdowns told right
    "The death toll rose to 14 — nine in Aldham, four in Cray and one in Pell.",
    "Officers have now made 39 – 20 in Kesby, 15 in Orrin and 4 in Pell – since the "
    "disorder began.",
    # a change, no list
    "The death toll from the floods rose to 14 on Monday — up from nine a day earlier.",
    # additions by day to a level reached
    "Cases in the county reached 318 — 40 on Monday and 25 on Tuesday alone.",
    # scores and tallies
    "Leeds won 3 – 1 at home on Saturday and drew 2 – 2 away on Tuesday.",
    "The motion passed 312 – 248, with 14 abstentions.",
    "Leeds won 3-1 in Kesby, 2-0 in Orrin and 4-2 in Pell.",
    # rates and levels by place
    "Inflation stood at 4.1% in March — 3.2% in Wales and 4.5% in Scotland.",
    "The jobless rate was 5.2%: 4.1% in the north, 6.3% in the south and 5.9% in the west.",
    # a series told by time: the first figure is one more item
    "The airline carried 1.2 million passengers in March — 1.4 million in April and 1.5 "
    "million in May.",
    "The port handled 310 ships in January: 290 in February, 305 in March and 330 in April.",
    # differences, not parts
    "The company now employs 2,300 people — 400 more than last year and 900 more than in "
    "2019.",
    "Rainfall reached 80mm — 50mm in Kesby and 65mm in Orrin.",
    # differences, not parts
    "Unemployment fell to 1,200 — 300 fewer than in March and 500 fewer than a year ago.",
    # two items may be only some of the total
    "Arrests after the match reached 27 — 15 in Kesby and 9 in Orrin.",
    # a total placed: an item itself
    "The toll in Kesby rose to 14 — nine in Aldham and three in Cray.",
    # the items are the subject of a clause of their own: some of them
    "Officers arrested 27 on Saturday — 15 men and 9 women have since been charged.",
    "The toll rose to 14 — nine in Aldham and three in Cray were named by police.",
    # the items name their own thing
    "The survey covered 40 — 20 people in Aldham, 15 cars in Cray and 3 dogs in Pell.",
])
def test_consistent_or_no_breakdown(sentence: str) -> None:
    assert _rules(sentence) == []
