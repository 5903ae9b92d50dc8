"""NC203 for a count set off before a share whose "of" names the whole (wave 26,
numcheck/checkers/_share_wholes.py and ``_apposed._one``): the whole is a standing figure
told before the count's clause, never the count itself nor a sibling in its sentence;
"the total" may follow an owner ("the region's total") or be "all" and a noun; a
collective noun ([shares.collectives]) names the whole of one thing. Each wrong figure
is found and its right twin is quiet; a frame naming another place or holder, another
time, or a sibling in the count's sentence stays quiet."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.checkers._partitive import PartCues
from numcheck.checkers._share_wholes import WholeWords
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [shares]).codes()


# (wrong, right), desks and registers of our own
WHOLES = {
    "local paper: the count's own noun after an owner": (
        "The district has 240 schools. Inspectors rated 60 schools, or 30% of the "
        "district's schools, as failing.",
        "The district has 240 schools. Inspectors rated 72 schools, or 30% of the "
        "district's schools, as failing.",
    ),
    "wire: across a paragraph": (
        "Northway Foods employs 6,000 staff, the company said.\n\nIt plans to cut 1,000 "
        "jobs, around 25% of its staff, by March.",
        "Northway Foods employs 6,000 staff, the company said.\n\nIt plans to cut 1,500 "
        "jobs, around 25% of its staff, by March.",
    ),
    "club newsletter: a collective noun (membership)": (
        "The club has 3,000 members. Fewer than 500 attended the AGM, around a quarter of "
        "the membership, the secretary said.",
        "The club has 3,000 members. Some 750 attended the AGM, around a quarter of the "
        "membership, the secretary said.",
    ),
    "regulator release: all and a noun": (
        "Across the network 12,000 trains ran in March. Of those, 3,000 were late - a "
        "fifth of all services, the regulator said.",
        "Across the network 12,000 trains ran in March. Of those, 2,400 were late - a "
        "fifth of all services, the regulator said.",
    ),
    "broadcaster: a collective noun (electorate)": (
        "Marsh ward has 10,000 voters. Only 2,000 voted, or 30% of the "
        "electorate, BBC Radio Wessel understands.",
        "Marsh ward has 10,000 voters. Only 3,000 voted, or 30% of the "
        "electorate, BBC Radio Wessel understands.",
    ),
}


@pytest.mark.parametrize("name", list(WHOLES))
def test_a_count_set_off_before_a_share_of_a_named_whole(name: str) -> None:
    wrong, right = WHOLES[name]
    assert codes(wrong) == ["NC203"]
    assert codes(right) == []


@pytest.mark.parametrize(
    "text",
    [
        # another holder: "its" is Mill Road's, no share of the trust's 4,000
        "Hartley Trust employs 4,000 nurses. At Mill Road, 300 nurses, about 30% of its "
        "nurses, work nights, the hospital said.",
        # another place, a collective noun
        "The union has 90,000 members nationally. At the Leeds plant, 450 members, 75% of "
        "its membership there, backed the strike.",
        # another time
        "The county had 300 schools in 2015. This year inspectors rated 60 schools, or 25% "
        "of its schools, as failing, after mergers cut the number to 240.",
        # a sibling in the count's sentence is no whole
        "Smith took 12,000 votes and Jones 9,000 votes, or 40% of the votes cast, with "
        "22,500 votes cast in all.",
        # a subset's own base
        "The airline employs 6,000 staff, 1,500 of them pilots. It will cut 300 pilots, a "
        "fifth of its pilots, by March.",
    ],
)
def test_a_share_of_another_whole_stays_quiet(text: str) -> None:
    assert codes(text) == []


def test_a_collective_of_an_unknown_thing_is_refused() -> None:
    lex = {"shares": {"collectives": {"no_such_thing": ["crowd"]}}}
    with pytest.raises(ValueError, match=r"no thing of measures\.toml"):
        WholeWords(lex, PartCues({}, {"things": {"member": ["members"]}}))


def test_total_words_read_as_a_grammar() -> None:
    totals = ["the total", "all", "total"]
    lex = {"shares": {"totals": totals, "collectives": {"member": ["membership"]}}}
    wholes = WholeWords(lex, PartCues({}, {"things": {"member": ["members"]}}))
    for total in ("the region's total", "its total", "all services", "the total"):
        assert wholes.canonical(total) in wholes
    for other in ("the region's staff", "all adults in the county"):
        assert wholes.canonical(other) == other
    assert wholes.canonical("the membership") == "the members"
    assert wholes.canonical("the club's membership") == "the club's members"
    assert wholes.canonical("the fleet") == "the fleet"
