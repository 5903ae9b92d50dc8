"""A figure of a keyed event retold under its noun with no determiner, its digits one
slip of the pen off (``_restate_bridge.slipped``, restate34): "Police seized 1,240
handbags" ... "We took 1,420 handbags off the streets". Each realisation raises
NC101-NC103, each look-alike none."""

from __future__ import annotations

import pytest

from numcheck.checkers._restate_bridge import slipped
from numcheck.testing import run_checks

RESTATED = ("NC101", "NC102", "NC103")

SLIPPED = [
    ("courts-quote-transposed",
     "Police seized 1,240 handbags in raids on Thursday. \"We took 1,420 handbags off the "
     "streets today,\" Detective Inspector Ann Cole said. Two men were arrested."),
]

SLIPPED_SILENT = [
    ("courts-quote-agrees",
     "Police seized 1,240 handbags in raids on Thursday. \"We took 1,240 handbags off the "
     "streets today,\" Detective Inspector Ann Cole said. Two men were arrested."),
    ("homes-two-digits",
     "In Leeds, floods damaged 45 homes on Tuesday, the council said. Engineers worked "
     "through the night. Some 54 homes lost power, the network operator said."),
    ("workers-part",
     "The plant employs 1,250 workers, the company said. Unions called the plan a blow. "
     "Some 125 workers will lose their jobs by March."),
]



def _restated(text: str) -> list[str]:
    codes = run_checks(text, builtins=True, path="article.md").codes()
    return [c for c in codes if c in RESTATED]


@pytest.mark.parametrize(("name", "text"), SLIPPED, ids=[n for n, _ in SLIPPED])
def test_retold_one_slip_off(name: str, text: str) -> None:
    assert _restated(text), name


@pytest.mark.parametrize(("name", "text"), SLIPPED_SILENT, ids=[n for n, _ in SLIPPED_SILENT])
def test_look_alike_stays_silent(name: str, text: str) -> None:
    assert not _restated(text), name


class _Q:
    def __init__(self, value: float) -> None:
        self.value = value


class _C:
    def __init__(self, value: float) -> None:
        self.quantity = _Q(value)


@pytest.mark.parametrize(("x", "y", "expected"), [
    (1240, 1420, True),   # transposed, three digits
    (316, 361, True),
    (4850, 4860, True),   # one digit changed
    (45, 54, False),      # two digits: the determiner rule decides
    (1240, 1240, False),  # one value: nothing misstated
    (1240, 2480, False),  # no single slip
])
def test_slipped_reads_three_digits_one_slip(x: float, y: float, expected: bool) -> None:
    assert slipped(_C(x), _C(y)) is expected  # type: ignore[arg-type]
