"""NC203 through a share of a mass pronoun (numcheck/checkers/_partitive.py
``_antecedent``, ``[partitive] mass_pronouns``): "40% of it" stands for the last amount of
money or measure before it, "40% of them" for the last count; and NC202 through a
relative pointer after a comma ("96 people, of whom 41 ..."). Each wrong text raises
NC203 or NC202, each right one and each look-alike stays silent."""

from __future__ import annotations

import pytest

from numcheck.testing import run_checks


def nc2(text: str) -> list[str]:
    return [c for c in run_checks(text, builtins=True).codes() if c.startswith("NC2")]


# (wrong, right)
PAIRS = {
    "a share of 'it' after an amount of money told before": (
        "The fund holds 2.4 billion dollars. About 40% of it, or 600 million dollars, is "
        "in bonds.",
        "The fund holds 2.4 billion dollars. About 25% of it, or 600 million dollars, is "
        "in bonds.",
    ),
    "a share of 'it' after a measure told before": (
        "The tanker carried 80,000 tonnes of crude. Some 30% of it, or 40,000 tonnes, was "
        "spilled.",
        "The tanker carried 80,000 tonnes of crude. Some 50% of it, or 40,000 tonnes, was "
        "spilled.",
    ),
    "a relative 'of whom' after a comma opens a partition of the figure before": (
        "Emergency services treated 96 people, of whom 41 were taken to hospital, 30 "
        "were treated at the scene and 15 were discharged.",
        "Emergency services treated 86 people, of whom 41 were taken to hospital, 30 "
        "were treated at the scene and 15 were discharged.",
    ),
}

LOOK_ALIKES = {
    "'of them' takes the count, not the money beside it": (
        "The fund's 300 investors put in 2.4 billion dollars. About 40% of them, or 120, "
        "are pension funds."
    ),
    "'of it' takes the money, not the count beside it": (
        "The fund's 300 investors put in 2.4 billion dollars. About 40% of it, or 960 "
        "million dollars, came from pension funds."
    ),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_wrong_share_is_reported(name: str) -> None:
    wrong, _ = PAIRS[name]
    assert {"NC202", "NC203"} & set(nc2(wrong))


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_right_share_is_silent(name: str) -> None:
    _, right = PAIRS[name]
    assert nc2(right) == []


@pytest.mark.parametrize("name", sorted(LOOK_ALIKES))
def test_look_alike_is_silent(name: str) -> None:
    assert nc2(LOOK_ALIKES[name]) == []
