"""NC202 on parts listed against a whole given in an earlier sentence: named by a noun
("Of the money, ...", "The turbines ...: A and B") or by nothing, as a breakdown by
place (docs/maintainers/phrasings-relations.md, sections 1 and 2), wrong and right."""

from __future__ import annotations

import pytest

from numcheck.checkers import parts
from numcheck.testing import run_checks

# (wrong, right)
DETACHED = {
    "'Of the <kind of amount>,' intro, a rate in between": (
        "The treasurer took $850,000 from the club over nine years. He wrote 140 cheques "
        "of about $6,000 each. Of the cash, $520,000 went on cars and $390,000 on a boat.",
        "The treasurer took $850,000 from the club over nine years. He wrote 140 cheques "
        "of about $6,000 each. Of the cash, $520,000 went on cars and $310,000 on a boat.",
    ),
    "'Of the <thing>,' intro": (
        "The airline cancelled 412 flights on Sunday. Of the flights, 260 were domestic, "
        "120 were to Europe and 49 were long-haul.",
        "The airline cancelled 412 flights on Sunday. Of the flights, 260 were domestic, "
        "120 were to Europe and 32 were long-haul.",
    ),
    "definite noun phrase before a colon": (
        "The developer plans 240 flats on the old depot site. The flats will be built in "
        "three stages: 90 in 2026, 80 in 2027 and 85 in 2028.",
        "The developer plans 240 flats on the old depot site. The flats will be built in "
        "three stages: 90 in 2026, 80 in 2027 and 70 in 2028.",
    ),
    "breakdown by place in the next sentence": (
        "Eleven people were killed when the storm crossed the coast overnight.\n\n"
        "Six died in Marren, four in Holt and two in the fishing port of Esk, police said.",
        "Eleven people were killed when the storm crossed the coast overnight.\n\n"
        "Six died in Marren, four in Holt and one in the fishing port of Esk, police said.",
    ),
}


@pytest.mark.parametrize("name", sorted(DETACHED))
def test_parts_listed_against_an_earlier_whole(name: str) -> None:
    wrong, right = DETACHED[name]
    assert run_checks(wrong, [parts]).codes() == ["NC202"]
    assert run_checks(right, [parts]).codes() == []


@pytest.mark.parametrize(
    "text",
    [
        # two places need not be all of them: below the whole is fine
        "Nine people were injured in the blasts. Four were hurt in Dorne and two in Kell.",
        # the earlier figure is another place's: a sibling, not the whole
        "Eight people died in Arden on Monday. Six died in Marren, four in Holt and two "
        "in Esk on Tuesday.",
        # another year's toll is not the whole this week's places split
        "The 2015 floods killed 48 people. Five died in Marren, three in Holt and two "
        "in Esk on Sunday.",
        # a figure per item is no whole: the parts go back to the total before it
        "The charity lost $90,000. Its 30 volunteers raised about $3,000 each. Of the "
        "money, $60,000 was recovered and $25,000 written off.",
    ],
)
def test_what_is_not_a_detached_partition_is_quiet(text: str) -> None:
    assert run_checks(text, [parts]).codes() == []


def test_two_parts_above_the_whole_they_split() -> None:
    text = "Nine people were injured in the blasts. Six were hurt in Dorne and five in Kell."
    assert run_checks(text, [parts]).codes() == ["NC202"]


def test_a_share_of_it_names_the_amount_before() -> None:
    text = "The town spent $4.1 million on flood work, $2.6 million of it on walls and "
    assert run_checks(text + "$1.8 million on pumps.", [parts]).codes() == ["NC202"]
    assert run_checks(text + "$1.5 million on pumps.", [parts]).codes() == []


def test_parts_listed_among_a_whole_need_not_be_all_of_it() -> None:
    text = "Thirty-two people were hurt. Among them, 12 were treated in Holt, 9 in Marren "
    assert run_checks(text + "and 4 in Esk.", [parts]).codes() == []
    assert run_checks(text + "and 14 in Esk.", [parts]).codes() == ["NC202"]
