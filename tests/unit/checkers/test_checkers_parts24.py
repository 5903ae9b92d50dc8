"""Wave 24 (parts24): two things a list reader must know of a total before it adds its
items. A breakdown's items vary along one dimension the total leaves open: a total
fixed only in time ("118 crashes in May,") is the whole of items labelled by place,
route, source or purpose, never of items labelled by time, which are its siblings
(checkers/_sum_cues.py ``sibling_label``). And a level per member (an average, a
median) is no whole: the figures of its groups are levels too (``[sums] intensive``)."""

from __future__ import annotations

import pytest
from sentence_rules import rules as _rules

from numcheck.checkers._sum_cues import SumCues
from numcheck.lexicon import Lexicon, LexiconError


@pytest.mark.parametrize("sentence", [
    # wire, transport
    "The airline cancelled 340 flights on Friday, 210 at Northgate, 90 at Sele and 60 at "
    "Brill.",
    # local paper, roads
    "The county recorded 118 crashes in May, 60 on motorways, 41 on A-roads and 27 on "
    "minor roads.",
    # trade press, shipping
    "The port handled 940 ships last month, 400 from Asia, 310 from Europe and 250 from "
    "Africa.",
    # broadcaster, crime
    "Police made 212 arrests over the weekend, 120 in the city centre, 70 at the stadium "
    "and 32 at the station.",
    # press release, charity
    "The charity handed out 2,300 parcels in December, 1,200 for families, 700 for "
    "pensioners and 300 for students.",
    # local paper, health
    "The hospital admitted 95 patients on Monday, 40 at Kesby, 30 at Orrin and 12 at Pell.",
    # wire, elections
    "Officials counted 48,000 postal votes on Sunday, 21,000 from Arlo, 15,000 from Brede "
    "and 9,000 from Cray.",
    # trade press, energy
    "The network connected 640 homes this year, 310 in Kesby, 200 in Orrin and 90 in Pell.",
])
def test_a_total_fixed_in_time_and_its_breakdown_by_place(sentence: str) -> None:
    assert _rules(sentence) == ["NC202"]


@pytest.mark.parametrize("sentence", [
    # the same totals when the breakdown adds up
    "The airline cancelled 340 flights on Friday, 190 at Northgate, 90 at Sele and 60 at "
    "Brill.",
    "The county recorded 118 crashes in May, 50 on motorways, 41 on A-roads and 27 on "
    "minor roads.",
    # a series in time: the first figure is an item, not the total
    "The airport handled 1.2 million passengers in March, 1.4 million in April and 1.5 "
    "million in May.",
    "The trust treated 1,250 patients in April, 1,180 in March and 1,090 in February.",
    "The army said it had lost 40 vehicles in May, 22 in June and 18 in July.",
    "Police made 212 arrests on Friday, 120 on Saturday, 70 on Sunday and 22 on Monday.",
    "Turnout was 48,000 in 2022, 51,000 in 2018 and 46,000 in 2014, records show.",
    "The union balloted 3,400 members in June, 2,100 in July and 1,900 in August.",
    # a total with a place of its own: an item of a list by place
    "The firm sold 4,200 units in Europe, 3,100 in Asia and 2,600 in Africa.",
])
def test_siblings_in_time_and_breakdowns_that_add_up(sentence: str) -> None:
    assert _rules(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Classes averaged 28 pupils last term, 24 in Leeds, 30 in York and 31 in Hull.",
    "Median pay was 31,000 pounds: 34,000 pounds for men and 28,000 pounds for women.",
    "The typical school had 420 pupils, 380 in towns and 510 in cities.",
    "Each ward has an average of 5,200 voters, 4,900 in the north, 5,600 in the south and "
    "5,100 in the west.",
    "Patients waited an average of 41 days, 35 in Leeds, 44 in York and 47 in Hull.",
    "The mean order was 64 dollars, 58 dollars online and 71 dollars in stores.",
])
def test_a_level_per_member_is_no_whole(sentence: str) -> None:
    assert _rules(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The storm damaged 212 homes, 140 in Kesby, 51 in Orrin and 31 in Pell, an average of "
    "70 a village.",
    # "mean" as a verb: no level per member
    "The cuts mean 1,200 jobs will go, 700 in Ghent, 300 in Lyon and 150 in Porto.",
])
def test_a_total_beside_an_average_still_adds_up(sentence: str) -> None:
    assert _rules(sentence) == ["NC202"]


def _cues(intensive: object) -> SumCues:
    lex = dict(Lexicon.default()["checkers"])
    lex["sums"] = {**lex["sums"], "intensive": intensive}
    return SumCues(lex, {})


def test_the_intensive_table_refuses_a_wrong_entry() -> None:
    assert "median" in _cues(["average", "median"]).intensive
    for wrong in (["average", "per cent"], "average", ["Average"], [3]):
        with pytest.raises(LexiconError, match=r"sums\.intensive"):
            _cues(wrong)
