"""Two figures of one key ten times apart or more by no slip of the pen are two figures
(numcheck/checkers/_slips.py): NC101 withdraws ("48 killed across the province" ...
"3 people were killed ... in the town"), and a figure one slip from the other (a digit
changed, added or dropped, digits swapped, a point or scale word moved) is still raised.
The cases of data/slips28_realisations.toml were written before the mechanism, across
desks; data/slips28_realisations_aside.toml was scored only at the end."""

from __future__ import annotations

import pytest
from realisation_cases import realisation_cases

from numcheck.checkers._slips import digits, far_apart, one_slip
from numcheck.interval import Interval
from numcheck.quantity import Bound, Kind, Quantity
from numcheck.testing import run_checks


def _restated(text: str) -> list[str]:
    codes = run_checks(text, builtins=True, path="article.md").codes()
    return [c for c in codes if c == "NC101"]


@pytest.mark.parametrize(
    "case", realisation_cases("slips28_realisations.toml", "slips28_realisations_aside.toml"))
def test_two_figures_or_one_slip(case: dict[str, str]) -> None:
    assert bool(_restated(case["text"])) == bool(case["expect"])


@pytest.mark.parametrize(
    ("value", "written"),
    [(1340.0, "134"), (0.0452, "452"), (1.46e9, "146"), (62.0, "62"), (-3.5, "35")],
)
def test_digits_are_the_significant_ones(value: float, written: str) -> None:
    assert digits(value) == written


@pytest.mark.parametrize(
    ("x", "y", "slip"),
    [
        ("134", "134", True),  # a point or scale word moved
        ("125", "152", True),  # digits swapped
        ("184", "134", True),  # one changed
        ("62", "6", True),  # one dropped
        ("27", "277", True),  # one added
        ("48", "3", False),
        ("163", "12", False),
        ("214", "9", False),
        ("2", "198", False),
    ],
)
def test_one_slip(x: str, y: str, slip: bool) -> None:
    assert one_slip(x, y) is slip
    assert one_slip(y, x) is slip


def _q(value: float, unit: str | None = None) -> Quantity:
    point = Interval(value, value, True, True)
    return Quantity(text=str(value), start=0, end=len(str(value)), value=value, hard=point,
                    soft=point, kind=Kind.COUNT, bound=Bound.EXACT, unit=unit)


@pytest.mark.parametrize(
    ("x", "y", "apart"),
    [
        (48, 3, True),
        (214, 9, True),
        (48, 9, False),  # five times: a changed digit may reach it
        (62, 6, False),  # one digit dropped
        (340, 27, True),  # a province's toll and one town's
        (9, 140, True),  # a day's arrests and the running total
        (12, 160, False),  # one digit changed: still one figure told two ways
        (1340, 134, False),  # a point moved
        (1250, 1520, False),
        (0, 40, False),
    ],
)
def test_far_apart(x: float, y: float, apart: bool) -> None:
    assert far_apart(_q(x), _q(y)) is apart


def test_two_units_are_left_to_the_conversion_checks() -> None:
    assert not far_apart(_q(48, "km"), _q(3, "mi"))
