"""A measure told of a named day (numcheck/extract: ``Claim.day`` for measures): two
articles' figures of one day are one fact, whichever day each is published; another
day's measure is another figure."""

from __future__ import annotations

import pytest

from numcheck.checkers import drift
from numcheck.testing import run_checks


def drift_rules(a: str, b: str) -> list[str]:
    texts = {
        "a.md": f"---\ndate: 2026-11-09\n---\n\n{a}\n",
        "b.md": f"---\ndate: 2026-11-10\n---\n\n{b}\n",
    }
    return sorted(f.rule for f in run_checks(texts, [drift]) if f.severity.value != "info")


@pytest.mark.parametrize(
    ("a", "b", "rules"),
    [
        # one day's gust, told on Monday and on Tuesday (weather)
        ("Gusts reached 90mph at Carn Point on Sunday, the Met Office said.",
         "A gust of 120mph was recorded at Carn Point on Sunday, the Met Office said.",
         ["NC401"]),
        ("Gusts reached 90mph at Carn Point on Sunday, the Met Office said.",
         "A gust of 90mph was recorded at Carn Point on Sunday, the Met Office said.", []),
        # two days' gusts are two figures
        ("Gusts reached 90mph at Carn Point on Sunday, the Met Office said.",
         "A gust of 60mph was recorded at Carn Point on Monday, the Met Office said.", []),
    ],
)
def test_a_measure_of_one_named_day(a: str, b: str, rules: list[str]) -> None:
    assert drift_rules(a, b) == rules
