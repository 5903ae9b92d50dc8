"""NC203: a count that says it is what a share leaves ("... are still ...", "leaving N",
"the remaining N") is the complement of the share, never the share's own count,
wherever it stands (before the share, after a dash, in the next sentence); a count
that the share's own clause says is the share stays its count."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [shares], path="article.txt").codes()


# complements that agree with the share: silent
AGREE = {
    "the rest before the share, set off by a comma": (
        "With 4,100 pupils still off sick, about 83% of the 24,000 on the roll were in "
        "class on Monday."
    ),
    "the rest after a dash": (
        "Roughly 90% of the 52,000 households that lost water are back on supply - 5,300 "
        "households are yet to be reconnected."
    ),
    "the rest in the next sentence, its noun first": (
        "The airline has rebooked about 70% of the 18,000 stranded passengers. Some "
        "5,500 passengers remain stuck in Lisbon."
    ),
    "the rest after 'but'": (
        "Engineers have restored signal to about 95% of the 64,000 subscribers affected, "
        "but 3,100 subscribers are still offline."
    ),
    "the share's own count with 'still' in the share's clause": (
        "About 12% of the 40,000 tenants, or 4,900, are still waiting for repairs."
    ),
}


@pytest.mark.parametrize("text", AGREE.values(), ids=list(AGREE))
def test_a_complement_that_agrees_is_silent(text: str) -> None:
    assert "NC203" not in codes(text)


# complements that do not fit the share: reported as the rest of it
WRONG = {
    "the rest before the share": (
        "With 9,100 pupils still off sick, about 83% of the 24,000 on the roll were in "
        "class on Monday."
    ),
    "the rest after a dash": (
        "Roughly 90% of the 52,000 households that lost water are back on supply - 15,300 "
        "households are yet to be reconnected."
    ),
    "the rest in the next sentence": (
        "The airline has rebooked about 70% of the 18,000 stranded passengers. Some "
        "11,500 passengers remain stuck in Lisbon."
    ),
}


@pytest.mark.parametrize("text", WRONG.values(), ids=list(WRONG))
def test_a_complement_that_does_not_fit_is_reported(text: str) -> None:
    assert "NC203" in codes(text)


def test_a_count_given_as_a_share_of_its_own_base_is_no_later_base() -> None:
    """"Low-cost airlines carried 6.1 million, two thirds of the total": the 6.1 million
    are a part; "4.4 million passengers, nearly half" in the next sentence is no share of
    them. A count in the sentence before that is no part still is."""
    text = (
        "Brennock airport handled 9.2 million passengers in 2024. Low-cost airlines carried "
        "6.1 million, two thirds of the total. Holiday flights to Spain and Greece "
        "accounted for 4.4 million passengers, nearly half."
    )
    assert run_checks(text, [shares], path="article.txt").codes() == []
    planted = "The union has 3,400 members. Some 1,940 voted yes — 67%."
    assert run_checks(planted, [shares], path="article.txt").codes() == ["NC203"]


RESULTS_LISTS = {
    "a key-facts list, name and party": (
        "Result:\n\n- Obi (Green): 14,386 (38.2%)\n- Pryce (Labour): 13,182 (35.0%)\n"
        "- Hale (Conservative): 6,402 (17.0%)\n"
    ),
    "a list of regions, a dash before each share": (
        "Cases by region:\n\n- North: 1,240 — 41%\n- South: 1,010 — 33%\n- West: 790 — 26%\n"
    ),
    "two sentences, each count with its share": (
        "The Greens took 14,386 votes (38.2%). Labour took 13,182 (35.0%)."
    ),
}


@pytest.mark.parametrize("text", RESULTS_LISTS.values(), ids=list(RESULTS_LISTS))
def test_a_count_set_off_with_its_own_share_is_no_base_of_the_next(text: str) -> None:
    """Each line of a results list gives a count and its share of a total left unsaid:
    the line before is a sibling, never the base of the next line's share (13,182 is
    not 35.0% of 14,386)."""
    assert codes(text) == []
