"""Parties: two mentions of one source are one party (their figures can contradict,
NC401); two different sources stay two (a dispute, NC404 info). Cases in our own words,
across desks and registers (wire, local, trade press; US and UK)."""

from __future__ import annotations

import pytest

from numcheck.checkers.drift.alignment import Alignment, parties_differ
from numcheck.testing.runner import run_checks

ALIGN = Alignment.from_lexicon()


def article(body: str) -> str:
    return f"---\ndate: 2025-06-02\n---\n{body}\n"


def drift_rules(a: str, b: str) -> list[str]:
    found = run_checks({"a.md": article(a), "b.md": article(b)}, builtins=True)
    return sorted(f.rule for f in found if f.rule.startswith("NC4"))


@pytest.mark.parametrize(
    ("claimant", "party"),
    [
        # an office, not its holder's name
        ("Mayor Ileana Drost", "mayor"),
        ("the mayor's office", "mayor"),
        ("County Coroner Ruth Abbey", "county coroner"),
        ("the county coroner's office", "county coroner"),
        ("Chief Constable Mark Eddery", "chief constable"),
        # a person, not an honorific
        ("Dr Amal Haddad", "amal haddad"),
        # a body, not its voice
        ("the fire service spokesman", "fire service"),
        ("Brannock Rail spokeswoman Tess Lyle", "brannock rail"),
        ("the ministry's spokesperson", "ministry"),
        ("Arden County Sheriff's Office", "arden county sheriff"),
        # a name, not the word describing it
        ("grid operator Voltra", "voltra"),
        # the people of a body by their domain
        ("transport authorities", "transport officials"),
        ("police officials", "police"),
        # a body's own office stays its name
        ("the county elections office", "county elections office"),
    ],
)
def test_claimants_reduce_to_their_party(claimant: str, party: str) -> None:
    assert ALIGN.party(claimant) == party


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        ("health officials", "national health agency", False),
        ("transport officials", "transport ministry", False),
        ("health officials", "police", True),
        ("health officials", "regional health protection team", True),
        ("city administration", "regional administration", True),
        ("mayor", "union", True),
    ],
)
def test_the_people_of_a_body_speak_for_it(a: str, b: str, differ: bool) -> None:
    assert parties_differ(a, b) is differ


@pytest.mark.parametrize(
    ("a", "b", "rules"),
    [
        # one source under two wordings: a contradiction
        ("Mayor Ileana Drost said 38 homes were destroyed.",
         "Thirty-one homes were destroyed, the mayor's office said.", ["NC401"]),
        ("Four people were killed, the fire service spokesman said.",
         "The fire service said six people were killed.", ["NC401"]),
        ("Health officials said 212 people were infected.",
         "The national health agency said 140 people were infected.", ["NC401"]),
        ("Governor Ana Price said 900 people were evacuated.",
         "The governor's office said 1,400 people were evacuated.", ["NC401"]),
        # two sources: a dispute, shown as information
        ("Police said 30 people were injured.", "Organisers said 120 people were injured.",
         ["NC404"]),
        ("The union said 5,000 workers walked out.",
         "Brannock Rail said 1,200 workers walked out.", ["NC404"]),
        ("The interior ministry said 44 people were killed.",
         "Relief Without Borders said 90 people were killed.", ["NC404"]),
        ("Health officials said 212 people were infected.",
         "Police said 140 people were infected.", ["NC404"]),
    ],
)
def test_one_source_is_one_party_and_two_are_two(a: str, b: str, rules: list[str]) -> None:
    assert drift_rules(a, b) == rules
