"""NC202 on running totals: an earlier level, what was added and taken away, and the new
level (docs/maintainers/phrasings-relations.md, section 2, running totals), wrong and
right."""

from __future__ import annotations

import pytest

from numcheck.checkers import parts
from numcheck.testing import run_checks

# (wrong, right)
RUNNING = {
    "level, inflow and outflow in one sentence": (
        "The club, which had 40 members in January, gained 12 and lost 5, bringing its roll to 48.",
        "The club, which had 40 members in January, gained 12 and lost 5, bringing its roll to 47.",
    ),
    "money: a balance, receipts and payments": (
        "The fund had $2.1 million in January, received $600,000 and paid out $250,000, "
        "taking its balance to $2.55 million.",
        "The fund had $2.1 million in January, received $600,000 and paid out $250,000, "
        "taking its balance to $2.45 million.",
    ),
    "the event's figure and the level before it, around the new level": (
        "A landslide on Sunday killed six miners.\n\nThe deaths brought to 93 the number "
        "of miners killed at the pit since 1990. Before the landslide, 88 had died.",
        "A landslide on Sunday killed six miners.\n\nThe deaths brought to 94 the number "
        "of miners killed at the pit since 1990. Before the landslide, 88 had died.",
    ),
    "counts of distinct days since the start, one given elsewhere": (
        "Officers detained 31 people on Saturday, the police said.\n\nThey made 17 arrests "
        "on Thursday and 22 on Friday, bringing to 64 the number of arrests since the "
        "strike began.",
        "Officers detained 31 people on Saturday, the police said.\n\nThey made 17 arrests "
        "on Thursday and 22 on Friday, bringing to 70 the number of arrests since the "
        "strike began.",
    ),
}


@pytest.mark.parametrize("name", sorted(RUNNING))
def test_a_running_total_that_its_parts_do_not_make(name: str) -> None:
    wrong, right = RUNNING[name]
    assert run_checks(wrong, [parts]).codes() == ["NC202"]
    assert run_checks(right, [parts]).codes() == []


@pytest.mark.parametrize(
    "text",
    [
        # additions since the start may be fewer than the total: earlier days count too
        "They made 17 arrests on Thursday and 22 on Friday, bringing to 90 the number "
        "of arrests since the strike began.",
        # a verb numcheck does not know after a level: no sum is trusted
        "The fund had $2.1 million, got $600,000 and handed back $250,000, taking its "
        "balance to $2.45 million.",
        # figures of other things in the sentence are not flows
        "The firm, which employs 5,000 people in 12 countries, hired 300 graduates, "
        "bringing its workforce to 5,300.",
        # takeaways without the level they came from
        "The army lost 12 soldiers on Monday and 9 on Tuesday, bringing to 40 the number "
        "killed since the offensive began.",
    ],
)
def test_what_a_running_total_allows_is_quiet(text: str) -> None:
    assert run_checks(text, [parts]).codes() == []
