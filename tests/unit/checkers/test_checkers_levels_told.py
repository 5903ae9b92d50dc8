"""NC206 through two arrangements of a change's figures (numcheck/checkers/_levels.py):
the amount of change, its new level, then its percent set off by a comma ("rose by
2,300 to 14,100, a 25% jump"; ``amount_then_percent``), and a new level with its own participle
before a comparing word and an old level of the time just before ("9,400 offences
recorded against 10,600 the year before"; ``participle_against``), with "up by" before
the step and modifiers before the old level's reference noun ("the pre-pandemic level
of"). Each wrong text raises
NC206, each right one and each look-alike stays silent."""

from __future__ import annotations

import pytest

from numcheck.testing import run_checks


def nc2(text: str) -> list[str]:
    return [c for c in run_checks(text, builtins=True).codes() if c.startswith("NC2")]


# (wrong, right)
PAIRS = {
    "amount, new level, then 'a N% jump'": (
        "Insurance claims rose by 2,300 to 14,100, a 25% jump, the regulator said.",
        "Insurance claims rose by 2,300 to 14,100, a 19.5% jump, the regulator said.",
    ),
    "amount, new level, then 'or N%'": (
        "The register grew 2,300 to 14,100, or 25%.",
        "The register grew 2,300 to 14,100, or 20%.",
    ),
    "an index's points, new level, then 'down N%'": (
        "The index fell 412 points to 8,100, down 6%.",
        "The index fell 412 points to 8,100, down 4.8%.",
    ),
    "a participle before 'against' and a year before": (
        "Crime fell by a fifth, with 9,400 offences recorded against 10,600 the year before.",
        "Crime fell by 11%, with 9,400 offences recorded against 10,600 the year before.",
    ),
    "'compared with' after a participle": (
        "Revenue rose 18%, with 46.2 million euros booked compared with 41.5 million "
        "euros a year earlier.",
        "Revenue rose 11%, with 46.2 million euros booked compared with 41.5 million "
        "euros a year earlier.",
    ),
    "'up by' before the step and 'on the' before the old level": (
        "Average rent is now 1,450 euros, up by 35% on the 1,180 euros paid in 2022.",
        "Average rent is now 1,450 euros, up by 23% on the 1,180 euros paid in 2022.",
    ),
    "a modifier before the reference noun of the old level": (
        "The airport handled 3.1 million passengers, about 40% above the pre-pandemic "
        "level of 2.6 million.",
        "The airport handled 3.1 million passengers, about 19% above the pre-pandemic "
        "level of 2.6 million.",
    ),
}

LOOK_ALIKES = {
    "a percent with a base of its own after it": (
        "Insurance claims rose by 2,300 to 14,100, up 25% on 2019."
    ),
    "a percent rise since another year": (
        "Insurance claims rose by 2,300 to 14,100, a 25% jump since 2019."
    ),
    "a percent that is a share, not a change": (
        "Insurance claims rose by 2,300 to 14,100, a 25% share of all claims."
    ),
    "'against' with no earlier time is no old level": (
        "Crime fell by a fifth, with 9,400 offences recorded against 10,600 in the county."
    ),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_wrong_change_is_reported(name: str) -> None:
    wrong, _ = PAIRS[name]
    assert "NC206" in nc2(wrong)


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_right_change_is_silent(name: str) -> None:
    _, right = PAIRS[name]
    assert nc2(right) == []


@pytest.mark.parametrize("name", sorted(LOOK_ALIKES))
def test_look_alike_is_silent(name: str) -> None:
    assert nc2(LOOK_ALIKES[name]) == []
