"""NC202 on listed partitions: every way reporters list the parts of a stated total
(docs/maintainers/phrasings-relations.md, section 2), wrong and right."""

from __future__ import annotations

import pytest

from numcheck.checkers import parts
from numcheck.testing import run_checks

# (wrong, right): the same realisation with a sum that misses and one that adds up
LISTS = {
    "'in all' before the list, past the count of what holds the parts": (
        "In all, 340 flights were cancelled at the two airports: 210 at Northgate and 150 "
        "at Sele.",
        "In all, 340 flights were cancelled at the two airports: 210 at Northgate and 130 "
        "at Sele.",
    ),
    "colon list, parts a kind of the whole": (
        "Fourteen boats sank: six trawlers, five yachts and two ferries.",
        "Fourteen boats sank: six trawlers, five yachts and three ferries.",
    ),
    "dash list, A in X, B in Y and C in Z": (
        "The storm destroyed 212 homes - 140 in Kesby, 51 in Orrin and 31 in Pell.",
        "The storm destroyed 212 homes - 140 in Kesby, 51 in Orrin and 21 in Pell.",
    ),
    "em dash": (
        "Police made 30 arrests — 12 on Friday and 14 on Saturday.",
        "Police made 26 arrests — 12 on Friday and 14 on Saturday.",
    ),
    "split between, figures in parentheses": (
        "The 1,900 job cuts are split between the Ghent plant (1,150) and head office (650).",
        "The 1,900 job cuts are split between the Ghent plant (1,150) and head office (750).",
    ),
    "bringing the total to": (
        "Nine people died in Aldham and three in Cray, bringing the total to 14.",
        "Nine people died in Aldham and three in Cray, bringing the total to 12.",
    ),
    "a long labelled list, then bringing the total to": (
        "They sold 340 units in March, 290 in April and 260 in May, bringing the total "
        "to 880.",
        "They sold 340 units in March, 290 in April and 260 in May, bringing the total "
        "to 890.",
    ),
    "a closed list, then one more part after 'with'": (
        "The 47 seats went 31 to Labour, 12 to the Greens and two to independents, with "
        "four vacant.",
        "The 47 seats went 31 to Labour, 12 to the Greens and two to independents, with "
        "two vacant.",
    ),
    "a closed list, then one more part in a clause of its own": (
        "Voters cast 28,410 ballots: the Greens took 11,200, Labour 9,850 and independents "
        "7,000, while 260 were spoiled.",
        "Voters cast 28,310 ballots: the Greens took 11,200, Labour 9,850 and independents "
        "7,000, while 260 were spoiled.",
    ),
    "in all, after the total": (
        "Killed were 14 soldiers and 5 civilians; 21 dead in all.",
        "Killed were 14 soldiers and 5 civilians; 19 dead in all.",
    ),
    "for a total of": (
        "The fund gave 40 grants in May and 25 in June, for a total of 75.",
        "The fund gave 40 grants in May and 25 in June, for a total of 65.",
    ),
    "opener verb far from its subject, components labelled": (
        "The 2,650 delegates, most of them first-time attendees from rural branches, "
        "were divided between the morning session (1,420) and the evening session (1,130).",
        "The 2,650 delegates, most of them first-time attendees from rural branches, "
        "were divided between the morning session (1,420) and the evening session (1,230).",
    ),
    "a combined total far before the colon": (
        "Four care homes with a combined 260 residents will be sold by the county "
        "under a plan approved on Tuesday: Elm Court (72), Hillview (95) and Rowans (88).",
        "Four care homes with a combined 260 residents will be sold by the county "
        "under a plan approved on Tuesday: Elm Court (72), Hillview (95) and Rowans (93).",
    ),
    "broke down as follows, labelled, semicolons": (
        "The 3,120 ballots broke down as follows: for 1,804; against 1,262; blank 64.",
        "The 3,120 ballots broke down as follows: for 1,804; against 1,252; blank 64.",
    ),
    "for a majority of": (
        "Labour took 28 seats, the Greens 9 and independents three, for a majority of 41.",
        "Labour took 28 seats, the Greens 9 and independents three, for a majority of 40.",
    ),
    "the list ends at a figure of another kind": (
        "The 600 volunteers were split between Alder Park (350) and the harbour (260) "
        "and worked for 6 hours.",
        "The 600 volunteers were split between Alder Park (350) and the harbour (250) "
        "and worked for 6 hours.",
    ),
}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_a_list_that_misses_its_total(name: str) -> None:
    wrong, right = LISTS[name]
    assert run_checks(wrong, [parts]).codes() == ["NC202"]
    assert run_checks(right, [parts]).codes() == []


@pytest.mark.parametrize(
    "text",
    [
        # a running total: the list is what was added, not the whole
        "Officials reported a further 7 deaths and 3 injuries, bringing the total to 25.",
        # the parts do other things than the whole: not a partition
        "Police arrested 40 people: 12 were charged and 3 were released.",
        # the figure before the colon ("the two airports") is not the total of the list;
        # 340 is, and the parts make it (wave 7: 210 + 150 against 340 is reported)
        "In all, 340 flights were cancelled at the two airports: 210 at Northgate and 130 at Sele.",
        # hedged figures that can add up
        "About 300 homes were damaged: 180 in Kesby and 140 in Orrin.",
    ],
)
def test_what_is_not_a_partition_is_quiet(text: str) -> None:
    assert run_checks(text, [parts]).codes() == []


def test_additions_to_a_running_total_may_not_exceed_it() -> None:
    # "a further ..." adds to an earlier count: the additions are a part of the new
    # total, so only a sum above it is wrong
    over = "Medics reported a further 16 deaths and 11 on Sunday, bringing the toll to 24."
    [finding] = run_checks(over, [parts])
    assert finding.rule == "NC202"
    below = over.replace("bringing the toll to 24", "bringing the toll to 60")
    assert run_checks(below, [parts]).codes() == []


def test_a_part_bound_to_them_is_a_part_of_its_antecedent() -> None:
    text = "Twelve passengers were taken to hospital. Fourteen of them were later released."
    [finding] = run_checks(text, [parts])
    assert finding.rule == "NC201"
    fine = text.replace("Fourteen of them", "Four of them")
    assert run_checks(fine, [parts]).codes() == []


def test_a_tally_is_not_a_list() -> None:
    text = "The council approved the plan 7-0, with two members absent."
    assert run_checks(text, [parts]).codes() == []


def test_the_total_is_the_figure_the_cue_follows() -> None:
    text = (
        "The pledges come from Arvia (500,000 bpd), Belos (211,000) and Corra (40,000) "
        "— 751,000 bpd in all."
    )
    assert run_checks(text, [parts]).codes() == []
    assert run_checks(text.replace("751,000", "761,000"), [parts]).codes() == ["NC202"]
