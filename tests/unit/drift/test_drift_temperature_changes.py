"""A temperature change told in Celsius by one source and Fahrenheit by another is one
change: it converts by the factor alone (drift/differences.py). Changes converted wrongly
and levels that disagree are still reported (temperature_change_cases.py)."""

from __future__ import annotations

import pytest
import temperature_change_cases as C
from drift_helpers import drift_rules

from numcheck.checkers.drift.differences import converts
from numcheck.testing.builders import make_claim, make_document

_DRIFT = ("NC401", "NC402", "NC403", "NC404", "NC405")


def _drift(a: str, b: str) -> list[str]:
    return [r for r in drift_rules(a, b) if r in _DRIFT]


@pytest.mark.parametrize(("a", "b"), [*C.TUNED.values(), *C.ASIDE.values(),
                                      *C.SILENT.values()], ids=[*C.TUNED, *C.ASIDE, *C.SILENT])
def test_one_change_in_two_scales_is_silent(a: str, b: str) -> None:
    assert _drift(a, b) == []


@pytest.mark.parametrize(("a", "b"), list(C.STILL.values()), ids=list(C.STILL))
def test_changes_and_levels_that_disagree_are_reported(a: str, b: str) -> None:
    assert _drift(a, b) == ["NC401"]


def test_a_level_keeps_the_offset_and_a_change_drops_it() -> None:
    doc = make_document("It rose 2.5F, to 93F.", "a.md")
    level = make_claim(doc, "93F", unit="degF")
    change = make_claim(doc, "2.5F", unit="degF", is_change=True)
    ratio = (5 / 9, -160 / 9)
    assert converts(level, ratio) == ratio
    assert converts(change, ratio) == (5 / 9, 0.0)
    assert converts(change, None) is None
