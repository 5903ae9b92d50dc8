"""NC203 from the share grammar's ``earlier``/``set_off`` pattern (wave 21): a share set
off after its count, bare or pointing back ("1,320 turtles, or 40%,"; "1,100 jobs, a
quarter of the workforce,"), whose base is the last figure before it that counts the
count's thing, in its sentence or the one before. Each wrong figure is found and its
right twin is quiet; a share of another base stays quiet: told for another time, of a
subset or a scope the count's sentence opens with, of a figure of another
thing that stands between, or a share with a noun phrase of its own."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.checkers._share_grammar import Pattern
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [shares]).codes()


# (wrong, right)
TOLD_BEFORE = {
    "a bare share, the base in the sentence before": (
        "The survey tagged 4,400 turtles along the coast. Researchers later found 1,320 "
        "turtles, or 40%, nesting on the same beaches.",
        "The survey tagged 4,400 turtles along the coast. Researchers later found 1,320 "
        "turtles, or 30%, nesting on the same beaches.",
    ),
    "a bare share, the base earlier in its sentence": (
        "The college enrolled 6,200 students this autumn, and 1,900 students, roughly a "
        "quarter, came from outside the region.",
        "The college enrolled 6,200 students this autumn, and 1,900 students, roughly 30%, "
        "came from outside the region.",
    ),
    "a share of the workforce, the base a kind of its thing": (
        "Corran Mills employs 3,200 people at its two plants. On Monday it said 1,100 "
        "jobs, a quarter of the workforce, would go by spring.",
        "Corran Mills employs 3,200 people at its two plants. On Monday it said 1,100 "
        "jobs, a third of the workforce, would go by spring.",
    ),
}


@pytest.mark.parametrize("name", list(TOLD_BEFORE))
def test_a_share_of_a_base_told_before(name: str) -> None:
    wrong, right = TOLD_BEFORE[name]
    assert codes(wrong) == ["NC203"]
    assert codes(right) == []


@pytest.mark.parametrize(
    "text",
    [
        # a share at another time: last year's base, this year's count
        "The borough has 8,600 tenants on its books. Last year 2,100 tenants, or 22%, "
        "were in arrears when it had 9,500 tenants.\n\nThis year 1,720 tenants, or 20%, "
        "are behind on rent.",
        # a subset the count's sentence opens with
        "The chain has 400 stores across Britain. In Scotland, 60 stores, or 30%, will "
        "close by June, the company said.",
        "The plant employs 2,400 workers. On the night shift, 210 workers, or 35%, walked "
        "out on Tuesday.",
        # the same for the reader of a share set off after a count (_apposed._elided_before)
        "The county has 90,000 pupils. At Hillside Academy, 300 pupils, or 25%, are "
        "entitled to free meals.",
        "The operator ran 12,000 buses in September. On rural routes, 1,500 buses, or 30%, "
        "were late.",
        # a share with a noun phrase of its own: a share of another whole
        "The trust employs 9,000 staff. It said 2,100 nurses, or 18% of the region's "
        "nurses, were agency workers.",
        # a turnout is no share of the votes cast
        "Voters cast 48,000 ballots in Fenwick, a turnout of 61%. Ellen Marsh won 22,600 "
        "votes, or 47%, up 3 percentage points.",
        # a share of another year's base
        "The survey tagged 4,400 turtles along the coast in 2025. This year researchers "
        "found 1,320 turtles, or 30%, on the same beaches.",
    ],
)
def test_a_share_of_another_base_stays_quiet(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    "raw",
    [
        {"order": "CSB", "gaps": ["earlier", "set_off"], "count": "kind"},
        {"order": "BCS", "gaps": ["mark", "earlier"], "count": "kind"},
        {"order": "BSC", "gaps": ["earlier", "set_off"], "count": "kind"},
        {"order": "CBS", "gaps": ["set_off", "mark"], "count": "kind"},
    ],
)
def test_earlier_and_set_off_only_where_they_read(raw: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="share_grammar"):
        Pattern.of(raw)


def test_a_share_of_those_told_before() -> None:
    """ "a third of those checked": a pointer back and one word ([share_grammar] pointers)."""
    wrong = ("Inspectors checked 760 homes after the flood. They found 390 homes, a third of "
             "those checked, unfit to live in.")
    right = wrong.replace("390", "250")
    assert codes(wrong) == ["NC203"]
    assert codes(right) == []
