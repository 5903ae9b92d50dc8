"""A whole count under 100 spelled out is as exact in arithmetic as its digits
(numcheck/checkers/_arith.written): "Eighty" is 80, not 75 to 85."""

from __future__ import annotations

from numcheck import parse
from numcheck.checkers._arith import written
from numcheck.interval import Interval
from numcheck.testing import run_checks


def test_spelled_small_count_is_a_point() -> None:
    [q] = parse("Eighty")
    assert written(q) == Interval(80.0, 80.0)


def test_spelled_scaled_figure_keeps_its_rounding() -> None:
    [q] = parse("two million")
    span = written(q)
    assert span is not None
    assert span.width > 0


def test_spelled_item_in_a_list_that_misses_its_total() -> None:
    text = "Ten teachers, 25 nurses and 8 paramedics marched, 45 public-sector workers in all."
    assert "NC202" in run_checks(text, builtins=True).codes()
    assert run_checks(text.replace("45", "43"), builtins=True).codes() == []
