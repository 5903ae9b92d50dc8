"""Cross-source alignment end to end: which figures of two articles are the same fact.

Each case is two short articles of one story (same day unless stated) run through the
whole pipeline with the built-in plugins; the drift rules they must (or must not) give.
The wording is not the story corpus's: each case is one realisation of a class in
docs/maintainers/phrasings-relations.md (sections 9-11).
"""

from __future__ import annotations

import pytest

from numcheck.testing.runner import run_checks


def article(body: str, date: str = "2024-10-14") -> str:
    return f"---\ndate: {date}\n---\n{body}\n"


def drift_rules(a: str, b: str, *, date_a: str = "2024-10-14", date_b: str = "2024-10-14"
                ) -> list[str]:  # fmt: skip
    found = run_checks({"a.md": article(a, date_a), "b.md": article(b, date_b)}, builtins=True)
    return sorted(f.rule for f in found if f.rule.startswith("NC4"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # shares of one base that count different things (the base is not the measure)
        ("Nausea was reported by 44% of patients on the drug.",
         "Treatment was stopped by 16.6% of patients on the drug."),
        ("In the eastern wards, Ms Okafor won 61% of the vote.",
         "Ms Okafor was elected with 52.4% of the vote."),
        ("About 30% of households in the district lost power.",
         "Only 12% of households have signed up for the scheme."),
        # word fractions are shares too
        ("Fewer than a third of voters backed the plan, the poll found.",
         "Two-thirds of voters opposed the plan, the poll found."),
    ],
)
def test_percents_of_one_base_are_not_one_measure(a: str, b: str) -> None:
    assert drift_rules(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "rules"),
    [
        ("Turnout was 58.1%, the election commission said on Monday.",
         "The election commission put turnout at nearly 55% on Monday.", ["NC401"]),
        ("Turnout was 58.1%, the election commission said on Monday.",
         "The election commission put turnout at about 58% on Monday.", []),
        ("Turnout was one in three, the election commission said on Monday.",
         "The election commission put turnout at one in two on Monday.", ["NC401"]),
    ],
)
def test_a_percent_that_is_an_amount_aligns(a: str, b: str, rules: list[str]) -> None:
    assert drift_rules(a, b) == rules


@pytest.mark.parametrize(
    ("a", "b", "rules"),
    [
        # one group named by role in one source and by its kind in the other
        ("The company said on Thursday that 28 miners were still trapped.",
         "Thirty-two workers remain trapped, the company said on Thursday.", ["NC401"]),
        ("The sheriff's office said 5,100 people were under evacuation orders.",
         "About 3,200 residents were under evacuation orders, the sheriff's office said.",
         ["NC401"]),
        ("Union organisers said 640 nurses walked off the job.",
         "About 650 workers walked off the job, union organisers said.", []),
        # roles beside each other, and subgroups, are other people
        ("The coastguard said nine passengers were rescued.",
         "Eleven crew were rescued, the coastguard said.", []),
        ("Police said 12 children were injured in the crash.",
         "Police said 40 people were injured in the crash.", []),
        ("Police said one driver was killed in the crash.",
         "Police said two people were killed in the crash.", []),
    ],
)
def test_participants_named_by_role_align_with_their_kinds(
    a: str, b: str, rules: list[str]
) -> None:
    assert drift_rules(a, b) == rules


def test_a_past_event_dated_by_month_and_year_is_kept_apart() -> None:
    a = "Two people were killed in the pile-up, police said on Tuesday."
    b = ("Police said two people were killed on Tuesday. In November 2019, 19 vehicles "
         "crashed at the same junction and one person was killed, police said.")
    assert drift_rules(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "rules"),
    [
        # an incident at one place: the street and the town describe the same place
        ("Two people died in a house fire on Kingsley Street, Dunmore, fire officials said.",
         "Three people died in the house fire in Dunmore, fire officials said.", ["NC401"]),
        # a figure that names no place, in a story filed from one place only
        ("The floods killed 14 people in Arlo, officials said.",
         "ARLO, May 3 - The floods killed 19 people, officials said.", ["NC401"]),
        # a regional toll and one town's figure: a part, not a restatement
        ("The floods killed 40 people across the region, officials said, in Arlo, Benton "
         "and Cray.", "In Arlo, 12 people died in the floods, officials said.", []),
        ("The storm killed 40 people, officials said. Arlo and Benton were worst hit.",
         "The storm killed 12 people in Arlo, officials said.", []),
    ],
)
def test_asymmetric_places(a: str, b: str, rules: list[str]) -> None:
    assert drift_rules(a, b) == rules


@pytest.mark.parametrize(
    ("a", "b", "rules"),
    [
        # a short description of a party named in full by the other source
        ("Two people were killed, Lowland Fire and Rescue Service said.",
         "Three people were killed, the fire service said.", ["NC401"]),
        ("Police said 40 people were arrested.",
         "West Riding Police said 52 people were arrested.", ["NC401"]),
        # two parties: a dispute, shown as information
        ("The union said 2,000 workers walked out.",
         "The company said 800 workers walked out.", ["NC404"]),
    ],
)
def test_a_party_described_and_named_is_one_party(a: str, b: str, rules: list[str]) -> None:
    assert drift_rules(a, b) == rules


@pytest.mark.parametrize(
    ("a", "date_a", "b", "date_b", "rules"),
    [
        # Thursday's count told on Thursday and again on Friday: one fact
        ("The union said 38,000 members walked out.", "2025-02-06",
         "The union said 28,000 members walked out on Thursday.", "2025-02-07", ["NC401"]),
        # Thursday's and Friday's counts of a daily figure: two facts
        ("The union said 38,000 members walked out on Thursday.", "2025-02-07",
         "The union said 41,000 members were on strike on Friday.", "2025-02-07", []),
        ("On Monday, 340 flights were cancelled, the airport said.", "2025-02-04",
         "The airport said 90 flights were cancelled on Tuesday.", "2025-02-04", []),
    ],
)
def test_counts_of_one_day_align_by_the_day_they_name(
    a: str, date_a: str, b: str, date_b: str, rules: list[str]
) -> None:
    assert drift_rules(a, b, date_a=date_a, date_b=date_b) == rules


def test_british_doubled_l_verbs_lemmatize_to_their_verb() -> None:
    # simplemma keeps "travell" for "travelling": descriptors compare verbs, not spellings
    from numcheck.checkers.drift.alignment import Alignment

    content = Alignment.from_lexicon().content
    assert content(["travelling"]) == content(["travelled"]) == content(["traveling"])
    assert content(["cancelled"]) == content(["canceled"])
    assert content(["rolled"]) == frozenset({"roll"})  # a word of its own
    assert content(["filling"]) != content(["filing"])
