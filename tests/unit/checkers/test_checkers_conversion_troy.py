"""NC207 and the troy ounce: an ounce of a precious metal converts at 31.1 g, any other
ounce at 28.35 g; "troy ounces" named outright converts at the troy factor alone."""

from __future__ import annotations

import pytest
from troy_cases import ASIDE, CONSISTENT, LOOK_ALIKES, STILL_WRONG

from numcheck.checkers import conversion
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [conversion]).codes()


@pytest.mark.parametrize(("text", "desk"), CONSISTENT + ASIDE)
def test_an_ounce_of_a_precious_metal_converts_as_troy(text: str, desk: str) -> None:
    assert codes(text) == [], desk


@pytest.mark.parametrize(("text", "desk"), STILL_WRONG)
def test_a_conversion_neither_ounce_reaches_is_reported(text: str, desk: str) -> None:
    assert codes(text) == ["NC207"], desk


@pytest.mark.parametrize(("text", "desk", "wrong"), LOOK_ALIKES)
def test_other_ounces_keep_the_avoirdupois_factor(text: str, desk: str, wrong: bool) -> None:
    assert codes(text) == (["NC207"] if wrong else []), desk
