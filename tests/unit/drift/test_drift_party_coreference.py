"""One source under two names is one party; two bodies sharing a word stay two.

A full name and its acronym or legal form, a body and its staff, and a description ("the
company") and the one organisation of its kind a story names are one party: their figures
can contradict (NC401). Bodies that only share a word ("Prairie Electric", "Prairie
Water"; "police", "the Police Federation"), the union and the company, a description
with two candidates: two parties, a dispute shown as information (NC404). Examples in
our own words, across desks."""

from __future__ import annotations

import pytest

from numcheck.checkers.drift.alignment import Alignment, parties_differ
from numcheck.checkers.drift.coreference import same_name
from numcheck.testing.runner import run_checks

ALIGN = Alignment.from_lexicon()
FORMS = ALIGN.words.forms


def page(body: str) -> str:
    """An article of the one story the test tells (two sources naming one body by two
    names share no other name: the story is said, not guessed)."""
    return f"---\ndate: 2025-09-14\nstory: one\n---\n{body}\n"


def drift_rules(a: str, b: str) -> list[str]:
    docs = {name: page(body) for name, body in (("a.md", a), ("b.md", b))}
    found = run_checks(docs, builtins=True)
    return sorted(f.rule for f in found if f.rule.startswith("NC4"))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("ngt", "northern gas transmission", True),
        ("cfa", "country fire authority", True),
        ("raib", "rail accident investigation branch", True),  # "of" is no initial
        ("hse", "health and safety executive", True),
        ("prairie electric", "prairie electric cooperative", True),
        ("halvard foods", "halvard foods plc", True),
        ("kestowe brewing", "kestowe brewing co.", True),
        # two bodies sharing a word, or initials that do not cover the name
        ("prairie electric", "prairie water", False),
        ("police", "police federation", False),
        ("ngt", "northern gas", False),
        ("nht", "northern gas transmission", False),
        ("sonora county", "sonora county medical examiner", False),
        ("halvard foods", "halvard foods workers", False),
    ],
)
def test_one_name_written_two_ways(a: str, b: str, same: bool) -> None:
    assert same_name(a, b, FORMS) is same


@pytest.mark.parametrize(
    ("claimant", "party"),
    [
        ("Environment Agency engineers", "environment agency"),
        ("National Weather Service forecasters", "national weather service"),
        ("council staff", "council"),
        ("Fenwick Water scientists", "fenwick water"),
        # workers of a company are not its voice; a bare staff noun is nobody's body
        ("Prairie Electric workers", "prairie electric workers"),
        ("the engineers", "engineers"),
    ],
)
def test_a_bodys_staff_speak_for_it(claimant: str, party: str) -> None:
    assert ALIGN.party(claimant) == party


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Prairie Electric", "Prairie Water"),
        ("the union", "the company"),
        ("police", "the coroner"),
        ("police", "the Police Federation"),
        ("Halvard Foods workers", "Halvard Foods"),
    ],
)
def test_bodies_that_share_a_word_stay_two(a: str, b: str) -> None:
    assert parties_differ(ALIGN.party(a), ALIGN.party(b))


def named(*claimants: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in claimants:
        party = ALIGN.party(c)
        assert party is not None
        out.setdefault(party, set()).add(c)
    return out


@pytest.mark.parametrize(
    ("claimants", "resolved"),
    [
        (("the company", "Corvid Systems Inc"), {"company": "corvid systems inc"}),
        (("the firm", "Halvard Foods plc", "police"), {"firm": "halvard foods plc"}),
        (("the union", "Allied Bakers' Union"), {"union": "allied bakers' union"}),
        (("the utility", "Prairie Electric Cooperative", "Prairie Electric"),
         {"utility": "prairie electric cooperative"}),
        (("the relief office", "UN Relief Coordination Office"),
         {"relief office": "united nations"}),
        # two companies: "the company" names neither
        (("the company", "Halvard Foods plc", "Brannock Rail Ltd"), {}),
        # the union is no company, the company no union
        (("the union", "Corvid Systems Inc"), {}),
        (("the company", "Allied Bakers' Union"), {}),
        # a name of no known kind is not guessed; two descriptions stay two
        (("the operator", "Tramlink"), {}),
        (("the company", "the union"), {}),
        (("the relief office", "UN refugee agency"), {}),
        # an agent's own body; two agents with a department: neither
        (("the force", "Police"), {"force": "police"}),
        (("the department", "Police", "firefighters"), {}),
    ],
)
def test_a_description_is_the_one_organisation_of_its_kind(
    claimants: tuple[str, ...], resolved: dict[str, str]
) -> None:
    assert ALIGN.resolve(named(*claimants)) == resolved


@pytest.mark.parametrize(
    ("a", "b", "rules"),
    [
        # one body under two names: a contradiction
        ("The Country Fire Authority said 212 homes were destroyed.",
         "The CFA said 122 homes were destroyed.", ["NC401"]),
        ("Environment Agency engineers said 640 people were evacuated.",
         "The Environment Agency said 460 people were evacuated.", ["NC401"]),
        ("Kestowe Brewing Co. said 31 staff were injured in the blast.",
         "Kestowe Brewing said 13 staff were injured in the blast.", ["NC401"]),
        ("Halvard Foods plc said 30 workers were injured in the fire.",
         "Thirteen workers were injured, the company said.", ["NC401"]),
        # agreeing: silent
        ("The Country Fire Authority said 212 homes were destroyed.",
         "The CFA said about 210 homes were destroyed.", []),
        ("Halvard Foods plc said 30 workers were injured in the fire.",
         "About 30 workers were injured, the company said.", []),
        # two bodies: a dispute
        ("Prairie Electric said 31 people were injured.",
         "Prairie Water said 13 people were injured.", ["NC404"]),
        ("Halvard Foods plc said 30 workers were injured in the fire.",
         "The union said 90 workers were injured.", ["NC404"]),
        ("Police said four people were killed in the crash.",
         "The coroner said six people were killed in the crash.", ["NC404"]),
        ("Police said 40 officers were injured.",
         "The Police Federation said 90 officers were injured.", ["NC404"]),
    ],
)
def test_one_source_under_two_names_across_articles(a: str, b: str, rules: list[str]) -> None:
    assert drift_rules(a, b) == rules


def test_a_description_with_two_candidates_names_neither() -> None:
    docs = {
        "a.md": page("Halvard Foods plc said 30 workers were injured."),
        "b.md": page("Brannock Rail Ltd said 30 workers were injured."),
        "c.md": page("The company said 12 workers were injured."),
    }
    found = run_checks(docs, builtins=True)
    assert sorted({f.rule for f in found if f.rule.startswith("NC4")}) == ["NC404"]


@pytest.mark.parametrize(
    ("a", "b", "rules"),
    [
        # "the department", "the force": the police's own body, when no other is named
        ("Police said 40 officers were injured.",
         "Fourteen officers were injured, the department said.", ["NC401"]),
        ("Police said 40 officers were injured.",
         "Fourteen officers were injured, the force said.", ["NC401"]),
        # a body named in full after its agent noun is the agent's ("city police department")
        ("Police said 40 officers were injured.",
         "The city police department said 14 officers were injured.", ["NC401"]),
        # another agent's department stays another party
        ("Police said 40 officers were injured.",
         "The health department said 14 officers were injured.", ["NC404"]),
    ],
)
def test_an_agents_own_body(a: str, b: str, rules: list[str]) -> None:
    assert drift_rules(a, b) == rules


def test_a_bare_figure_echoing_one_side_of_a_dispute_contradicts_neither() -> None:
    """The union says 900 walked out, the company 300; a third article's bare 900 is the
    union's figure retold: no contradiction with the company (their dispute is shown)."""
    docs = {
        "a.md": page("The Allied Bakers' Union said 900 workers were injured."),
        "b.md": page("Halvard Foods plc said 300 workers were injured."),
        "c.md": page("In all, 900 workers were injured."),
    }
    rules = sorted({f.rule for f in run_checks(docs, builtins=True) if f.rule.startswith("NC4")})
    assert rules == ["NC404"]


def test_a_bare_figure_still_contradicts_the_one_party_giving_figures() -> None:
    docs = {
        "a.md": page("Halvard Foods plc said 300 workers were injured."),
        "c.md": page("In all, 900 workers were injured."),
    }
    rules = sorted({f.rule for f in run_checks(docs, builtins=True) if f.rule.startswith("NC4")})
    assert rules == ["NC401"]


@pytest.mark.parametrize(
    ("claimant", "party"),
    [
        # a state's or the UN's organ is the state's, the UN's
        ("Russian Defence Ministry", "russia"),
        ("UN Relief Coordination Office", "united nations"),
        ("the British Army", "united kingdom"),
        ("the White House", "united states"),
        # a name holding a country's name is its own party
        ("UK Fireball Network", "uk fireball network"),
        ("British Airways", "british airways"),
        ("Russian Railways", "russian railways"),
    ],
)
def test_a_name_holding_a_countrys_name_is_not_the_state(claimant: str, party: str) -> None:
    assert ALIGN.party(claimant) == party


def test_an_airline_and_the_ministry_of_its_country_are_two_parties() -> None:
    assert drift_rules("British Airways said 40 passengers were injured.",
                       "The UK transport ministry said 14 passengers were injured.") == ["NC404"]
