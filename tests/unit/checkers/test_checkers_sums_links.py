"""NC202 and NC203 through the link that joins a list to its total or a share to its
base (wave 10): a bracket, a copula after a definite total, "with" (only some of the
total), a closer after a list of days, a total told in the next sentence ("The total
was 340"), a breakdown whose total's sentence counts its holders, and a share set off
after a count whose base is the sentence before. Each wrong text raises the rule, each
right one and each look-alike stays silent."""

from __future__ import annotations

import pytest

from numcheck.testing import run_checks


def nc2(text: str) -> list[str]:
    return [c for c in run_checks(text, builtins=True).codes() if c.startswith("NC2")]


# (wrong, right): the wrong text raises `rule`, the right one raises no NC2xx
LINKED = {
    "a bracket after the total": (
        "NC202",
        "The airports cancelled 340 flights (210 at Northgate, 140 at Sele) on Monday.",
        "The airports cancelled 350 flights (210 at Northgate, 140 at Sele) on Monday.",
    ),
    "a copula after a definite total": (
        "NC202",
        "The 23 victims were 11 women, 8 men and 5 children.",
        "The 24 victims were 11 women, 8 men and 5 children.",
    ),
    "a list of days closed by 'in all' after a dash": (
        "NC202",
        "Rescuers found 17 survivors on Monday, eight on Tuesday and three on Wednesday "
        "- 30 in all.",
        "Rescuers found 17 survivors on Monday, eight on Tuesday and three on Wednesday "
        "- 28 in all.",
    ),
    "'a toll of' after the list": (
        "NC202",
        "Eleven women, eight men and five children died, a toll of 23.",
        "Eleven women, eight men and five children died, a toll of 24.",
    ),
    "the total in the next sentence, bare": (
        "NC202",
        "Northgate cancelled 210 flights and Sele 140. The total was 340.",
        "Northgate cancelled 210 flights and Sele 140. The total was 350.",
    ),
    "a breakdown whose total counts its holders": (
        "NC202",
        "The trust has 640 beds across its three hospitals. St Mary's has 310, the "
        "General 220 and Westbrook 130.",
        "The trust has 660 beds across its three hospitals. St Mary's has 310, the "
        "General 220 and Westbrook 130.",
    ),
    "a share after a count, its base the sentence before": (
        "NC203",
        "The union has 3,400 members. Some 1,940 voted yes — 67%.",
        "The union has 3,400 members. Some 1,940 voted yes — 57%.",
    ),
    "exclusive states of the set the sentence before counts": (
        "NC202",
        "The ferry was carrying 52 people. Forty-one were rescued, nine are missing and "
        "three are confirmed dead.",
        "The ferry was carrying 53 people. Forty-one were rescued, nine are missing and "
        "three are confirmed dead.",
    ),
    "two items that name every state of their group": (
        "NC202",
        "The network has 62 routes. Nine are running and 50 are suspended.",
        "The network has 59 routes. Nine are running and 50 are suspended.",
    ),
    "a rate noun sets a share off after a part of a whole": (
        "NC203",
        "Of 78,500 registered voters, 48,210 cast a ballot, a turnout of 71.4%.",
        "Of 78,500 registered voters, 48,210 cast a ballot, a turnout of 61.4%.",
    ),
}


@pytest.mark.parametrize("name", sorted(LINKED))
def test_linked(name: str) -> None:
    rule, wrong, right = LINKED[name]
    assert rule in nc2(wrong)
    assert nc2(right) == []


def test_with_is_some_of_the_total() -> None:
    """ "with" opens a list that may leave some out: more than the total is reported,
    less is not."""
    assert "NC202" in nc2("Arrests rose to 63, with 40 in the city centre and 29 in the suburbs.")
    assert nc2("Arrests rose to 63, with 40 in the city centre and 12 in the suburbs.") == []


LOOKALIKES = [
    # a selection: "including" before the list
    "Fourteen boats sank in the harbour, including six trawlers and five yachts.",
    # a copula after an indefinite figure: no whole set
    "Some 40 people were 12 men and 9 women, police said, and the rest children.",
    # two parts after a total whose sentence counts no holders: some of it
    "The trust has 640 beds across its hospitals. St Mary's has 310 and the General 220.",
    # "Of those" two groups after a whole: some of it
    "In all, 58 schools shut. Of those, the north had 21 and the east 19.",
    # the next sentence's total of another window
    "Northgate cancelled 210 flights and Sele 140. The total was 340 last week.",
    # a figure smaller than a part is no total of it
    "Labour won 210 seats and the Tories 140. That makes 140 seats short of a majority.",
    # a share set off after a count of another thing than the base
    "Police deployed 3,000 officers. About 1,200 protesters were arrested, or 12%.",
    # a share with its own base after a bracket
    "Some 4,000 people live in the valley. About 300 were evacuated (62%) of the 480 in "
    "the flood zone.",
    # two shares of one list in one sentence: never each other's base
    "The survey polled 2,000 adults. About 700 backed the plan — 35% — and 900 opposed it "
    "— 45%.",
    # categories that overlap, each with its own verb: no exclusive states
    "The ferry was carrying 52 people. Forty-one were British, nine were crew and two were "
    "children.",
    # two of three exclusive states: some of the set
    "The ferry was carrying 52 people. Forty-one were rescued and nine are missing.",
    # states of a set of another size the sentence names itself
    "Police held 52 people. Twelve were released, nine were charged and three were cautioned.",
    # a share of another time than its base
    "The school has 900 pupils. Some 120 passed the exam — 95% — last summer.",
    # "with" then a figure its own words call the total: it totals the list, no item of it
    "Confirmed cases have risen to 52, with 14 more probable, 66 in all, officials said.",
    "The count stood at 310 homes, with 45 still being assessed, or 355 altogether.",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_silent(text: str) -> None:
    assert nc2(text) == []
