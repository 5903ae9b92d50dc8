"""Conflict-casualties rules through numcheck's real pipeline, with the test kit."""

from __future__ import annotations

from collections.abc import Callable

import numcheck_conflict_casualties as cc
from hypothesis import given, settings

from numcheck.testing import RunResult, assert_findings, run_checks
from numcheck.testing.strategies import count_phrasings, in_sentence

Run = Callable[..., RunResult]
Cases = Callable[..., None]


def test_casualty_cases(numcheck_cases: Cases) -> None:
    numcheck_cases(
        [cc],
        valid=[
            "The blast killed 120 people and wounded 300. There were 420 casualties.",
            "Shelling killed 200 soldiers. Civilian casualties stood at 150.",
            "The UN says 2.1 million refugees have fled abroad, and 6.5 million people are "
            "internally displaced.",
        ],
        invalid=[
            (
                "The blast killed 120 people and wounded 300. There were 350 casualties.",
                [("CC101", "350")],
            ),
            (
                "The UN says 2.1 million refugees have crossed into neighbouring countries. "
                "The UN says 1.5 million people have been displaced in all.",
                [("CC102", "1.5 million")],
            ),
        ],
    )


DAY1 = "The health ministry said 320 people had been killed since the war began.\n"
DAY2 = "The health ministry said 250 people had been killed since the war began.\n"


def test_falling_toll_across_articles(numcheck_run: Run) -> None:
    docs = {
        "mon.md": f"---\ndate: 2022-03-01\nsource: Wire\n---\n{DAY1}",
        "tue.md": f"---\ndate: 2022-03-02\nsource: Wire\n---\n{DAY2}",
    }
    found = numcheck_run(docs, plugins=[cc])
    assert_findings(found, [("CC103", "250")])
    (finding,) = found
    assert finding.location.path == "tue.md"
    assert finding.related[0].path == "mon.md"


def test_a_stated_correction_explains_the_fall(numcheck_run: Run) -> None:
    corrected = DAY2.replace("said", "revised its count and said")
    docs = {
        "mon.md": f"---\ndate: 2022-03-01\n---\n{DAY1}",
        "tue.md": f"---\ndate: 2022-03-02\n---\n{corrected}",
    }
    assert numcheck_run(docs, plugins=[cc]) == []


def test_lexicon_extension_reaches_the_claims(numcheck_run: Run) -> None:
    text = "The strike left 41 people killed in action and 93 maimed, 104 casualties in all."
    found = numcheck_run(text, plugins=[cc])
    assert_findings(found, [("CC101", "104")])


@settings(max_examples=60, deadline=None)
@given(
    in_sentence(
        count_phrasings(3_000_000),
        ["The UN says 3.8 million refugees fled abroad; in all {} people were displaced."],
    )
)
def test_refugee_rule_does_not_depend_on_wording(phrase: tuple[str, float]) -> None:
    text, _ = phrase
    assert_findings(run_checks(text, [cc]), [("CC102", None)])
