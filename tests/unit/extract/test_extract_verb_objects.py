"""The two-article cases of a figure told as a verb's object
(tests/unit/extract/data/verb_objects_dev.toml): a sum taken in by a verb of earning
("Lumara brought in 410 million francs") against the same sum named by its noun
("Lumara sales"), a count told with a phrasal verb ("shot down 61 drones") against the
same count told another way. Scored end to end, every built-in checker on: a planted
case is right when a drift warning or error joins its two figures, a look-alike when
nothing raises a warning or error. verb_objects_aside.toml, the aside third, is scored
apart (``score``), never asserted."""

from __future__ import annotations

import pytest
from event_verb_cases import DATA, load, planted_share
from story_cases import Case

DEV = load("verb_objects_dev.toml")
ACCEPT = ("NC401", "NC402")

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


def _findings(case: Case) -> list[tuple[str, str, frozenset[str]]]:
    """(rule, severity, the texts of its figures) of every finding, all checkers on."""
    from numcheck.testing import run_checks

    out = []
    for f in run_checks(case.articles, builtins=True):
        texts = frozenset(case.articles[loc.path][loc.start:loc.end]
                          for loc in (f.location, *f.related) if loc.path in case.articles)
        out.append((f.rule, f.severity.name.lower(), texts))
    return out


def right(case: Case, figures: tuple[str, str]) -> bool:
    """End to end: the planted contradiction is reported, or the look-alike is silent."""
    findings = _findings(case)
    if not case.expect:
        return not any(sev in ("warning", "error") for _, sev, _ in findings)
    return any(rule in ACCEPT and any(any(f in t or t in f for t in texts)
                                      for f in figures)
               for rule, _, texts in findings)


def score(name: str) -> tuple[int, int, int, int]:
    """(planted found, planted, look-alikes alarmed, look-alikes), end to end."""
    found = planted = alarmed = alike = 0
    for case, figures in load(name):
        ok = right(case, figures)
        if case.expect:
            planted, found = planted + 1, found + ok
        else:
            alike, alarmed = alike + 1, alarmed + (not ok)
    return found, planted, alarmed, alike


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
