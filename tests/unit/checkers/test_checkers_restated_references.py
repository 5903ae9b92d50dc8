"""NC101-NC103 on the real pipeline: a figure restated by reference ("the 221 dead",
"Price's 49,813 votes", "the 168-guest reception", "the 421 million trips figure")
against the figure the article gave first, whoever speaks in the later sentence."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [restated]).codes()


# (text with {} for the restated figure, a figure that agrees, one that does not)
REALISATIONS = [
    # "the N <noun>": a definite phrase presupposes the figure given before
    ("At least 64 people were killed when the dam burst, the agency said.\n\n"
     "The mayor declared a day of mourning for the {} dead.", "64", "46"),
    # a possessor on both sides, whatever the clauses around them say
    ("Okafor's 12,407 votes were a record for the ward since 1998.\n\n"
     "Okafor's {} votes came from every district, her campaign said.", "12,407", "12,470"),
    # a compound adjective: the figure counts the noun inside it
    ("Twelve diners at a 90-seat restaurant in Leeds fell ill.\n\n"
     "Inspectors closed the {}-seat restaurant on Friday.", "90", "60"),
    # "the N <noun> figure", in a quote
    ("The plant will supply 340,000 homes with power.\n\n"
     'The minister said: "The {} homes figure is conservative."', "340,000", "430,000"),
    # several earlier figures for the noun: it must fit one of them
    ("The firm employs 5,200 workers and will hire 300 workers next year.\n\n"
     "On Monday, managers told the {} workers about the plan.", "5,200", "2,500"),
    # "their N <noun>", measures with units
    ("Police found 240 kilograms of heroin in a van.\n\n"
     "The {} kilograms of heroin had a street value of £9m.", "240", "420"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), REALISATIONS)
def test_a_figure_restated_by_reference(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC101"]


@pytest.mark.parametrize(
    "text",
    [
        # a subset: another event, or a place the first figure does not have
        "Floods killed 19 people across the region.\n\nThe 40 people rescued by boat were safe.",
        "Some 3,000 pupils attend the town's schools.\n\nThe 12 pupils injured were treated.",
        "The storm killed 19 people.\n\nThe 7 victims in Orle were buried on Friday.",
        # a reference without an event names the whole, not the part an event picked out
        "Twelve pupils were injured when the gym roof collapsed.\n\n"
        "The 300 pupils were sent home early.",
        # a superlative, an extra or remaining set: not the same set
        "The index has 40 members.\n\nThe 10 largest members fell.",
        "Rebels held 30 hostages.\n\nThe 12 remaining hostages were freed.",
        "The hospital has 300 beds.\n\nThe 40 new beds open in May.",
        # no earlier figure for the noun: a first mention
        "The 27 member states agreed to the plan on Friday.",
        # an earlier level a change started from is not what the reference names
        "Ridership rose to 412 million trips from 371 million trips.\n\n"
        "The 412 million trips were a record.",
        # a compound adjective describes its head, not a set counted before
        "Twenty-four cars left the rails.\n\nThe 112-car train was travelling at 38 mph.",
        # a modifier after the noun narrows the set
        "The plant employs 900 workers.\n\nThe union said the 150 workers on the night "
        "shift would strike.",
        "The plan will cut 500 jobs.\n\nMinisters praised the 2,000 jobs created by the "
        "new port.",
        # "that" before a figure starts a clause; it does not refer back
        "The town has 200 households.\n\nThe mayor said that 95 households had flood insurance.",
        # a year, a day count: not counts of a noun
        "The 2011 floods killed 56 people.\n\nThe 2024 floods were smaller.",
    ],
)
def test_not_a_restatement(text: str) -> None:
    assert codes(text) == []


# the event written before the noun ("the 14 injured officers") is the event, not a
# modifier narrowing the set; a place said of the reference's own verb does not narrow it
EVENT_BEFORE_NOUN = [
    # police desk
    ("Eighteen officers were hurt during Saturday's disorder, the force said.\n\n"
     "The {} injured officers were treated at Westfield General.", "18", "14"),
    # mountain rescue, US register
    ("Seven hikers remain missing in the canyon, rangers said Tuesday.\n\n"
     "Relatives of the {} missing hikers are being housed in Flagstaff.", "seven", "nine"),
    # labour: striking workers after "walked out"
    ("About 2,300 bus drivers walked out on Monday.\n\n"
     "The {} striking drivers want a 9% raise.", "2,300", "3,200"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), EVENT_BEFORE_NOUN)
def test_an_event_before_the_noun(text: str, right: str, wrong: str) -> None:
    assert [c for c in codes(text.format(right)) if c.startswith("NC10")] == []
    assert [c for c in codes(text.format(wrong)) if c.startswith("NC10")] != []


@pytest.mark.parametrize(
    "text",
    [
        # a subgroup named by another modifier
        "Eighteen officers were injured on Saturday.\n\n"
        "The four injured mounted officers were taken to hospital.",
        # a place after the noun narrows the set
        "Eighteen officers were injured on Saturday.\n\n"
        "The six injured officers in Leeds were treated at the scene.",
        # another event before the noun
        "Eighteen officers were injured on Saturday.\n\n"
        "The 30 arrested protesters were released on bail.",
        # a remaining part
        "Twelve climbers were missing on Monday; five were found alive.\n\n"
        "The seven remaining missing climbers are feared dead.",
    ],
)
def test_not_the_same_set(text: str) -> None:
    assert [c for c in codes(text) if c.startswith("NC10")] == []


# a modifier the earlier figure's own sentence says of it names the same set ("the 710
# Ashby workers" after "740 workers at its Ashby pit"); a modifier after the event word
# narrows the set like one after the noun, unless it only says when, and a part cannot
# be larger than its set
SAID_BEFORE = [
    # business desk: the place said of the earlier figure, before the noun here
    ("Corran Steel will lay off 740 workers at its Ashby plant.\n\n"
     "The council said the {} Ashby workers losing their jobs need retraining.", "740", "710"),
    # schools: "from Brindle Academy" before, "Brindle" as a modifier after
    ("In total 96 pupils from Brindle Academy fell ill after the trip.\n\n"
     "The {} Brindle pupils who fell ill have all recovered.", "96", "69"),
    # transport: the event before the noun, the place after it earlier
    ("The airline cancelled 146 flights from Dunmore on Friday.\n\n"
     "Passengers on the {} cancelled Dunmore flights were offered refunds.", "146", "164"),
    # a time after the event word says when, not which
    ("Fire crews said 38 homes were destroyed on Saturday.\n\n"
     "Insurers began assessing the {} homes destroyed on Saturday.", "38", "36"),
    # a part larger than its event's set restates it wrongly
    ("Police arrested 37 people after the match.\n\n"
     "The {} people arrested for assault were held overnight.", "12", "42"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), SAID_BEFORE)
def test_modifiers_said_of_the_earlier_figure(text: str, right: str, wrong: str) -> None:
    assert [c for c in codes(text.format(right)) if c.startswith("NC10")] == []
    assert [c for c in codes(text.format(wrong)) if c.startswith("NC10")] != []


@pytest.mark.parametrize(
    "text",
    [
        # a modifier after the event word narrows the set
        "Firefighters rescued 64 residents from the tower.\n\n"
        "The 18 residents rescued from the top floors were treated for smoke.",
        "Police arrested 37 people after the match.\n\n"
        "The 12 people arrested for assault were held overnight.",
        # a partitive's part shares its sentence with the whole's modifier
        "A fire shut two of the refinery's three crude units.\n\n"
        "The refinery's three crude units can process 340,000 barrels a day.",
        # a modifier not said of the earlier figure still narrows it
        "The storm damaged 2,100 homes across the county.\n\n"
        "The 340 damaged Eskby homes will be inspected first.",
    ],
)
def test_a_narrower_set(text: str) -> None:
    assert [c for c in codes(text) if c.startswith("NC10")] == []


# a definite change ("the 2.4% fall") restates an earlier change of the same direction
CHANGES = [
    # markets desk
    ("Shares in Corran fell 4.2% on Tuesday.\n\n"
     "Analysts blamed the {} fall on a profit warning.", "4.2%", "2.4%"),
    # council budget, words for percent
    ("Council tax will rise 4.99 percent from April.\n\n"
     "Opposition councillors said the {} rise was the largest in a decade.", "4.99 percent",
     "5.99 percent"),
    # two changes told before: the phrase must fit one of them
    ("Sales fell 4.2 percent and profit fell 12 percent in the quarter.\n\n"
     "The chairman blamed the {} fall on the weather.", "12 percent", "8 percent"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), CHANGES)
def test_a_change_restated_by_a_definite_phrase(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC101"]


@pytest.mark.parametrize(
    "text",
    [
        # a modifier the earlier change's sentence does not say: another change
        "Prices rose 3 percent in March.\n\nThe 5 percent rise in rents came later.",
        # the other direction, or an indefinite change
        "Sales fell 4 percent.\n\nThe 9 percent rise in costs hurt margins.",
        "Sales fell 4 percent.\n\nA 9 percent fall in exports followed.",
    ],
)
def test_not_the_change_told_before(text: str) -> None:
    assert codes(text) == []


# A modifier after the noun (restate18b, not landed: one more error outside the gold on
# an unseen batch): figures described alike after their noun are not yet read as one,
# and figures described apart stay quiet whatever comes of that.
@pytest.mark.parametrize(
    "text",
    [
        # another description: a part
        "The plant employs 900 workers across three shifts.\n\n"
        "Managers met unions on Tuesday.\n\n"
        "The 750 workers on the night shift will move to days, the company said.",
        # no description on the earlier figure: the later one names a part of it
        "The ferry was carrying 400 passengers when it lost power.\n\n"
        "Tugs reached it within two hours.\n\n"
        "The 312 passengers on the lower deck were moved first, the coastguard said.",
    ],
)
def test_another_description_stays_quiet(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a hyphenated modifier before the noun names a part unless said of the whole
        "The trust employs 4,130 nurses across its three hospitals.\n\n"
        "The 3,140 full-time nurses get the pay rise in April; part-time staff follow.",
        "The scheme has 2,600 tenants.\n\nThe 2,100 low-income tenants pay no rent this winter.",
        "The college enrolled 980 students this year.\n\n"
        "The 760 first-year students start on Monday.",
    ],
)
def test_hyphenated_modifier_names_a_part(text: str) -> None:
    assert codes(text) == []


def test_hyphenated_modifier_said_of_both_restates() -> None:
    text = ("The trust employs 4,130 full-time nurses.\n\n"
            "The {} full-time nurses get the pay rise in April.")
    assert codes(text.format("4,130")) == []
    assert codes(text.format("4,310")) != []


@pytest.mark.parametrize(
    "text",
    [
        # an irregular participle after the noun narrows the set as one in -ed does
        "Rescue teams have evacuated 2,470 people since Sunday.\n\n"
        "The 1,900 people taken to schools will stay there until Friday.",
        "Rescue teams have evacuated 2,470 people since Sunday.\n\n"
        "The 2,047 people taken to schools will stay there until Friday.",
    ],
)
def test_irregular_participle_names_a_part(text: str) -> None:
    assert codes(text) == []


def test_irregular_participle_said_of_both_restates() -> None:
    text = ("Crews have taken 2,470 people to schools since Sunday.\n\n"
            "The {} people taken to schools will stay there until Friday.")
    assert codes(text.format("2,470")) == []
    assert codes(text.format("2,570")) != []


def test_participles_schema_refuses_a_wrong_entry() -> None:
    from numcheck.checkers._anaphora_words import participles as _participles
    from numcheck.lexicon import LexiconError

    assert _participles({"participles": ["taken"]}) == frozenset({"taken"})
    for wrong in (["closed"], ["Taken"], ["taken off"], "taken"):
        with pytest.raises(LexiconError):
            _participles({"participles": wrong})


def test_participle_complement_said_of_the_earlier_retells() -> None:
    """A participle whose complement was said of the earlier figure retells its clause in
    another verb; one whose complement was not names a part."""
    text = ("Paramedics treated 57 people for heat exhaustion at the festival on Sunday.\n\n"
            "The {} people seen by paramedics were mostly young adults.")
    assert codes(text.format("57")) == []
    assert codes(text.format("75")) != []
    part = ("Paramedics treated 57 people for heat exhaustion at the festival on Sunday.\n\n"
            "The 45 people seen by doctors at the county hospital were mostly young adults.")
    assert codes(part) == []
