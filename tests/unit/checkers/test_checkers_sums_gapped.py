"""NC202 on lists whose verb is said once and left out of the later parts (gapping), and on
listed parts a complement goes on to close: wrong and right, in other words than the story
corpus; lists that are not partitions stay silent."""

from __future__ import annotations

import pytest

from numcheck.checkers import parts
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [parts], path="article.txt").codes()


# realisation -> (wrong, right)
GAPPED = {
    "'A <verb> X of the T, B Y and C Z' (money)": (
        "The road fund pays £2.4m of the £9.1m, the rail budget £3.9m and parish "
        "councils £2.2m.",
        "The road fund pays £2.4m of the £8.5m, the rail budget £3.9m and parish "
        "councils £2.2m.",
    ),
    "'A <verb> X of the T <noun>, B Y and C Z' (counts)": (
        "Northgate supplied 12 of the 30 ambulances, Eastvale 9 and the army 10.",
        "Northgate supplied 12 of the 31 ambulances, Eastvale 9 and the army 10.",
    ),
    "a repeated preposition: 'A accounts for X of the T, B for Y and C for Z'": (
        "Of the 96 complaints, the north accounts for 40, the coast for 31 and the city "
        "for 19.",
        "Of the 90 complaints, the north accounts for 40, the coast for 31 and the city "
        "for 19.",
    ),
    "an opening whole, then a clause head before the list": (
        "Of the 27 medals won in Paris, the rowers took nine, the cyclists eight and the "
        "sailors five.",
        "Of the 22 medals won in Paris, the rowers took nine, the cyclists eight and the "
        "sailors five.",
    ),
    "'Among the N', a clause head, then parts adding up to more": (
        "Among the 15 arrested, detectives named seven dealers, six couriers and three "
        "lookouts.",
        "Among the 16 arrested, detectives named seven dealers, six couriers and three "
        "lookouts.",
    ),
    "listed parts, then 'the remaining N' closes the partition": (
        "Of the 60 flights cancelled, 31 were domestic, 14 to Spain and nine to France; "
        "the remaining eight went to Italy.",
        "Of the 62 flights cancelled, 31 were domestic, 14 to Spain and nine to France; "
        "the remaining eight went to Italy.",
    ),
    "listed parts, then 'The other N' in the next sentence": (
        "Of the 45 schools shut, 20 are in Ayr, 12 in Troon and seven in Irvine. The other "
        "four are in Largs.",
        "Of the 43 schools shut, 20 are in Ayr, 12 in Troon and seven in Irvine. The other "
        "four are in Largs.",
    ),
}


@pytest.mark.parametrize("name", sorted(GAPPED))
def test_a_gapped_list_against_its_whole(name: str) -> None:
    wrong, right = GAPPED[name]
    assert codes(wrong) == ["NC202"]
    assert codes(right) == []


@pytest.mark.parametrize(
    "text",
    [
        # a part of the first part, not a next item
        "Northgate supplied 12 of the 30 ambulances, 4 of them new.",
        # another clause after the whole
        "The Reds won 12 of the 20 seats, with 5 going to the Greens.",
        # groups that may overlap after "Among the N"
        "Among the 40 arrested, 12 were women and 30 were over 18.",
        # one figure after a clause head is no list
        "Of the 41 injured, the youngest was 3.",
        # listed parts that a complement closes are no partition by themselves
        "Of the 43 confirmed cases, 23 are in Pellow, 11 in Hythe and five in Brockhurst; "
        "the remaining four live outside the county.",
    ],
)
def test_not_a_partition_stays_silent(text: str) -> None:
    assert codes(text) == []


# a state after an event and its negation against the number the event reached
STATES = {
    "homes back on and still waiting, against the homes cut off": (
        "The storm cut power to 62,000 homes on Monday. With 38,000 homes back on, 21,000 "
        "are still waiting for crews.",
        "The storm cut power to 62,000 homes on Monday. With 38,000 homes back on, 24,000 "
        "are still waiting for crews.",
    ),
    "hostages freed and still held, against those seized": (
        "Gunmen seized 52 passengers from the bus. By Friday 30 passengers had been freed "
        "and 19 were still held.",
        "Gunmen seized 52 passengers from the bus. By Friday 30 passengers had been freed "
        "and 22 were still held.",
    ),
    "branches reopened and still shut, against those closed": (
        "The flood closed 75 bank branches. Some 48 branches have reopened and 20 remain shut.",
        "The flood closed 75 bank branches. Some 48 branches have reopened and 27 remain shut.",
    ),
}


@pytest.mark.parametrize("name", sorted(STATES))
def test_a_state_and_its_negation_against_the_whole(name: str) -> None:
    wrong, right = STATES[name]
    assert codes(wrong) == ["NC202"]
    assert codes(right) == []


def test_a_state_and_another_place_leave_a_third_group() -> None:
    # back home and in shelters: some may stay with family
    text = (
        "About 5,000 people were evacuated. Some 2,000 people are back home and 1,500 are "
        "still in shelters."
    )
    assert codes(text) == []
