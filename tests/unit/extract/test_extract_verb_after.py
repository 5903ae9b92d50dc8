"""The two-article cases of a count whose verb follows a modifier of its noun
(tests/unit/extract/data/verb_after_dev.toml, extract/measure.py ``_verb_after``): "All
9,200 tickets for the cup final were snapped up" against "fans snapped up 2,900
tickets". Scored end to end, every built-in checker on (end_to_end_cases.py).
verb_after_aside.toml, the aside third, is scored apart, never asserted."""

from __future__ import annotations

import pytest
from end_to_end_cases import right
from event_verb_cases import DATA, load, planted_share
from story_cases import Case

DEV = load("verb_after_dev.toml")

# planted problems still missed, and why (docs/maintainers/claims.md, "A count's verb
# after a modifier of its noun")
KNOWN_MISSES = {
    # one descriptor, two claimants the index does not take for one party ("Council
    # crews" / "the council"), or paired and judged a dispute ("police" / "the fire
    # service": NC404 info)
    "trees along the avenue felled",
    "cars in the car park damaged",
    # one side keyed by an event its passive names ("have been delayed", "will be
    # scrapped": cancelled), the other measured by its active verb: two routes
    "parcels at the depot delayed",
    "posts at the council to go",
    # no preposition opens the modifier ("5,400 seats a day on ... trains")
    "seats on the trains cut",
}
KNOWN_ALARMS: set[str] = set()


@pytest.mark.parametrize("case", DEV, ids=[c.name for c, _ in DEV])
def test_case(case: tuple[Case, tuple[str, str]]) -> None:
    story, figures = case
    if story.name in KNOWN_MISSES | KNOWN_ALARMS:
        assert not right(story, figures), f"{story.name} passes now: drop it from the list"
        return
    assert right(story, figures), story.name


def test_about_half_the_cases_are_planted() -> None:
    assert 0.3 < planted_share(DEV) < 0.7
    assert (DATA / "verb_after_aside.toml").exists()
