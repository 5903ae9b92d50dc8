"""The two-article cases of a figure told as a verb's object
(tests/unit/extract/data/verb_objects_dev.toml): a sum taken in by a verb of earning
("Lumara brought in 410 million francs") against the same sum named by its noun
("Lumara sales"), a count told with a phrasal verb ("shot down 61 drones") against the
same count told another way. Scored end to end, every built-in checker on: a planted
case is right when a drift warning or error joins its two figures, a look-alike when
nothing raises a warning or error (end_to_end_cases.py). verb_objects_aside.toml, the
aside third, is scored apart (``end_to_end_cases.score``), never asserted."""

from __future__ import annotations

import pytest
from end_to_end_cases import right
from event_verb_cases import DATA, load, planted_share
from story_cases import Case

DEV = load("verb_objects_dev.toml")

# planted problems still missed, and why (see docs/maintainers/claims.md, "A figure
# told as a verb's object")
KNOWN_MISSES = {
    # paired, then judged a dispute between two claimants (NC404 info): residents against
    # rights groups, a fire chief against fire officials, a group against its fighters
    "homes torn down against homes destroyed",
    "homes burned down against homes destroyed by the fire",
    "helicopters shot down against helicopters destroyed",
    # the other side's sum is misread: "hit $84 million at the weekend" is read as a
    # speed's verb frame ("hit at"), "Toll revenue" as a death toll (event killed), and
    # "Bramwell's revenue over Christmas was" names no measure
    "film took in against ticket sales",
    "toll bridge took in against toll revenue",
    "group took in against group revenue",
    # descriptors that do not fit: the title ("Ironclad Tactics") against "first-week"
    "game grossed against first-week sales",
}
# look-alikes still alarmed
KNOWN_ALARMS: set[str] = set()


@pytest.mark.parametrize("case", DEV, ids=[c.name for c, _ in DEV])
def test_case(case: tuple[Case, tuple[str, str]]) -> None:
    story, figures = case
    known = KNOWN_MISSES | KNOWN_ALARMS
    if story.name in known:
        assert not right(story, figures), f"{story.name} passes now: drop it from the list"
        return
    assert right(story, figures), story.name


def test_about_half_the_cases_are_planted() -> None:
    assert 0.3 < planted_share(DEV) < 0.7
    assert (DATA / "verb_objects_aside.toml").exists()
