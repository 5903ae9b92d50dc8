"""The noun graph (numcheck/checkers/_kinds.py) and the lists it lets NC202 read: parts
named by kinds of the total's thing, in words no story used; lists of other things, of
a selection or with an item that is no figure stay silent."""

from __future__ import annotations

import pytest

from numcheck.checkers import parts
from numcheck.checkers._kinds import Kinds, Relation
from numcheck.testing import run_checks

KINDS = Kinds(
    {"weapon": ["gun"], "gun": ["pistol", "rifle"], "vehicle": ["engine"]},
    {"firefighter": "people"},
    lambda word: word.removesuffix("s"),
)


@pytest.mark.parametrize(
    ("part", "whole", "relation"),
    [
        ({"pistol"}, {"gun"}, Relation.KIND),
        ({"pistol"}, {"weapon"}, Relation.KIND),  # through gun
        ({"gun"}, {"gun"}, Relation.KIND),
        ({"engine"}, {"firefighter"}, Relation.OTHER),  # vehicle vs people
        ({"pensioner"}, {"people"}, Relation.UNKNOWN),
        ({"rifle"}, {"pistol"}, Relation.NEAR),  # siblings: neither is the other
        (set(), {"gun"}, Relation.UNKNOWN),
    ],
)
def test_relation(part: set[str], whole: set[str], relation: Relation) -> None:
    assert KINDS.relation(part, whole) is relation


def codes(text: str) -> list[str]:
    return run_checks(text, [parts], path="article.txt").codes()


# realisation -> (wrong, right)
LISTS = {
    "a colon list of kinds the graph holds": (
        "The patrol recovered 23 weapons: 11 rifles, 7 pistols and 3 grenades.",
        "The patrol recovered 21 weapons: 11 rifles, 7 pistols and 3 grenades.",
    ),
    "a dash list whose nouns the graph does not hold": (
        "The shelter took in 52 animals last winter - 30 kittens, 14 rabbits and 6 ferrets.",
        "The shelter took in 50 animals last winter - 30 kittens, 14 rabbits and 6 ferrets.",
    ),
    "kinds listed in the next sentence": (
        "Customs officers seized 31 firearms at the port. They found 14 handguns, 9 "
        "shotguns and 6 rifles in the container.",
        "Customs officers seized 29 firearms at the port. They found 14 handguns, 9 "
        "shotguns and 6 rifles in the container.",
    ),
}


@pytest.mark.parametrize("case", list(LISTS), ids=list(LISTS))
def test_lists_of_kinds(case: str) -> None:
    wrong, right = LISTS[case]
    assert "NC202" in codes(wrong)
    assert codes(right) == []


SILENT = {
    "other things after a colon": "The 48 firefighters brought 20 tools: 12 engines, 3 ladders "
    "and 2 pumps.",
    "a known part, an unknown total": "The hospital has 400 beds: 120 nurses, 80 doctors and "
    "40 porters.",
    "an item that is no figure": "Seven people died: four drivers, two guards and a nurse.",
    "a selection in the next sentence": "Customs officers seized 31 firearms at the port. "
    "They included 14 handguns, 9 shotguns and 2 rifles.",
    "two kinds in the next sentence (may be some of them)": "Customs officers seized 31 "
    "firearms at the port. They found 14 handguns and 9 shotguns in one crate.",
}


@pytest.mark.parametrize("text", list(SILENT.values()), ids=list(SILENT))
def test_silent(text: str) -> None:
    assert codes(text) == []


# wave 7, second step: a count of the parts' holders, an umbrella event, kinds in the next
# sentence that add up to more, groups that overlap, "half the"
MORE = {
    "'the three depots' hold as many parts, after a comma": (
        "The three depots handled 9,420 parcels on Monday, Leyton 4,310, Acton 3,050 and "
        "Bow 1,940.",
        "The three depots handled 9,300 parcels on Monday, Leyton 4,310, Acton 3,050 and "
        "Bow 1,940.",
    ),
    "an umbrella event ('affected') over its parts' events": (
        "The council said 41 shops were flooded and 17 lost their roofs, a total of 63 "
        "businesses affected.",
        "The council said 41 shops were flooded and 17 lost their roofs, a total of 58 "
        "businesses affected.",
    ),
    "two kinds in the next sentence that add up to more": (
        "Border guards seized 19 firearms. They found 12 pistols and 9 rifles in one lorry.",
        "Border guards seized 21 firearms. They found 12 pistols and 9 rifles in one lorry.",
    ),
}


@pytest.mark.parametrize("case", list(MORE), ids=list(MORE))
def test_more_lists(case: str) -> None:
    wrong, right = MORE[case]
    assert "NC202" in codes(wrong)
    assert codes(right) == []


MORE_SILENT = {
    "kinds of another day": "Police seized 19 guns on Monday. On Tuesday they found 12 "
    "pistols and 9 rifles.",
    "a holder count that is not the list's length": "The two depots handled 9,420 parcels "
    "on Monday, Leyton 4,310, Acton 3,050 and Bow 1,940.",
    "groups that overlap": "Of the 75 drivers, 40 work early shifts and 40 work late shifts, "
    "with some covering both.",
}


@pytest.mark.parametrize("text", list(MORE_SILENT.values()), ids=list(MORE_SILENT))
def test_more_silent(text: str) -> None:
    assert codes(text) == []


def test_half_the_base() -> None:
    """ "half the 1,300 staff" takes no "of": still a share of its base (NC203)."""
    from numcheck.checkers import shares

    def share_codes(text: str) -> list[str]:
        return run_checks(text, [shares], path="article.txt").codes()

    assert share_codes("Half the 1,300 staff, about 900, are on zero-hours contracts.") == [
        "NC203"
    ]
    assert share_codes("Half the 1,300 staff, about 650, are on zero-hours contracts.") == []


# wave 7, third step: a list set off by a comma after a total called one or made of kinds,
# bare parts after a colon, verbs that open a breakdown, and a selection after "included"
THIRD = {
    "a comma list after 'a total of'": (
        "A total of 93 people were arrested, 51 men and 38 women.",
        "A total of 89 people were arrested, 51 men and 38 women.",
    ),
    "a comma list of kinds after the total's phrase": (
        "Lifeboat crews saved 36 people, 21 fishermen and 12 tourists.",
        "Lifeboat crews saved 33 people, 21 fishermen and 12 tourists.",
    ),
    "'comprise' opens the list; flats are homes": (
        "The 64 new homes will comprise 40 houses, 18 flats and 9 bungalows.",
        "The 67 new homes will comprise 40 houses, 18 flats and 9 bungalows.",
    ),
    "bare parts after a colon, named by places": (
        "The 212 homes lost were spread across three villages: Kesby (140), Orrin (51) and "
        "Pell (31).",
        "The 222 homes lost were spread across three villages: Kesby (140), Orrin (51) and "
        "Pell (31).",
    ),
    "'covers' opens labelled amounts": (
        "The council's £14.2m capital programme covers schools (£6.1m), highways (£4.8m) "
        "and leisure (£2.6m).",
        "The council's £13.5m capital programme covers schools (£6.1m), highways (£4.8m) "
        "and leisure (£2.6m).",
    ),
}


@pytest.mark.parametrize("case", list(THIRD), ids=list(THIRD))
def test_third_lists(case: str) -> None:
    wrong, right = THIRD[case]
    assert "NC202" in codes(wrong)
    assert codes(right) == []


THIRD_SILENT = {
    "a selection after 'included'": "The 58 staff who lost their jobs included 31 cooks, 19 "
    "cleaners and 6 drivers.",
    "a comma list of things no kind of the total": "Lifeboat crews saved 36 people, 21 "
    "dinghies and 12 kayaks.",
    "a comma list that goes on with no figure": "A total of 93 people were arrested, 51 men, "
    "38 women and a boy.",
}


@pytest.mark.parametrize("text", list(THIRD_SILENT.values()), ids=list(THIRD_SILENT))
def test_third_silent(text: str) -> None:
    assert codes(text) == []


def test_share_of_them_set_off_by_dashes() -> None:
    """ "30% of them - 250 -": the count between dashes is the share's, never its base."""
    from numcheck.checkers import shares

    def found(text: str) -> list[str]:
        return [f.message for f in run_checks(text, [shares], path="article.txt")]

    wrong = found("The trust treated 640 patients, and 30% of them - 250 - were children.")
    assert len(wrong) == 1
    assert "30% of 640" in wrong[0]
    assert found("The trust treated 640 patients, and 30% of them - 192 - were children.") == []


KIN = {
    "'of the detainees' names the figure said 'detained'": (
        "Police said 150 people were detained, with 180 of the detainees later released.",
        "Police said 150 people were detained, with 80 of the detainees later released.",
    ),
    "'of the protesters' names the figure said 'protested'": (
        "About 300 people protested outside the hall. Police moved 380 of the protesters on.",
        "About 300 people protested outside the hall. Police moved 40 of the protesters on.",
    ),
}


@pytest.mark.parametrize("case", list(KIN), ids=list(KIN))
def test_part_named_by_kin_of_the_verb(case: str) -> None:
    wrong, right = KIN[case]
    assert "NC201" in codes(wrong)
    assert codes(right) == []


GUARDED = {
    "a comma list closed by 'among them'": "The fire killed 12 people, three children and two "
    "firefighters among them.",
    "a comma list of other years": "Lifeboat crews saved 36 people last year, 21 fishermen in "
    "2023 and 12 tourists in 2022.",
    "'plus' adds an extra to the list": "The council owns 3,000 homes: 1,800 houses and 1,200 "
    "flats, plus 300 garages.",
    "kin of another period": "Some 150 people were detained on Friday. Last year 400 of the "
    "detainees held at the site were freed.",
    "kinds in a separate incident": "Customs seized 31 firearms at the port. In a separate raid "
    "they found 14 handguns and 19 shotguns.",
}


@pytest.mark.parametrize("text", list(GUARDED.values()), ids=list(GUARDED))
def test_guarded(text: str) -> None:
    assert codes(text) == []


ELIDED = {
    "a share opening its sentence, its base the count before": (
        "The survey reached 5,000 households. Two in five, or 2,600, said they were "
        "struggling.",
        "The survey reached 5,000 households. Two in five, or 2,000, said they were "
        "struggling.",
    ),
    "after a semicolon, with a hedge": (
        "The trust employs 8,000 staff; roughly a quarter, some 2,900, work nights.",
        "The trust employs 8,000 staff; roughly a quarter, some 2,000, work nights.",
    ),
}


@pytest.mark.parametrize("case", list(ELIDED), ids=list(ELIDED))
def test_share_with_an_elided_base(case: str) -> None:
    from numcheck.checkers import shares

    wrong, right = ELIDED[case]
    assert run_checks(wrong, [shares], path="article.txt").codes() == ["NC203"]
    assert run_checks(right, [shares], path="article.txt").codes() == []


@pytest.mark.parametrize(
    "text",
    [
        "The council employs 900 people. In 2019, a third, or 400, worked part-time.",
        "The council has a budget of £45m. Two-thirds, or 800 staff, work in care.",
        "Turnout was 64%, with 12 of the 40 wards still to report.",
    ],
)
def test_no_elided_base(text: str) -> None:
    from numcheck.checkers import shares

    assert run_checks(text, [shares], path="article.txt").codes() == []


def test_a_restricted_pronoun_names_a_whole_of_its_own() -> None:
    """NC205: "58% of those voting" is a share of the voters, not of the electorate."""
    from numcheck.checkers import shares

    def share_codes(text: str) -> list[str]:
        return run_checks(text, [shares], path="article.txt").codes()

    turnout = "Turnout was 64% of the 52,000 electorate; 58% of those voting backed it."
    assert share_codes(turnout) == []
    assert share_codes("Of the 52,000 voters, 64% backed the plan and 58% of them opposed it.") == [
        "NC205"
    ]
