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
