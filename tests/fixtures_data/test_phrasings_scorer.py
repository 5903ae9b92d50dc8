"""benchmarks/phrasings.py scores what it says it scores, and never crashes on a thin Quantity.

The parser is being rewritten while this scorer is in use: a Quantity without ``noun``
or ``low``/``high`` must score as "n/a" or through its hard interval, a change read as
one range must cost both gold quantities, and a score read as a count must show up as a
false positive on a not-amount span.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", BENCH / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


phrasings = _load("phrasings")


@dataclass(frozen=True)
class Hard:
    low: float
    high: float


@dataclass(frozen=True)
class Thin:
    """A Quantity as an older parser builds it: no noun, no low/high."""

    text: str
    start: int
    end: int
    value: float | None
    kind: str
    bound: str
    unit: str | None = None
    change: str | None = None
    hard: Hard = Hard(0, 0)


def gold(text: str, start: int, kind: str, value: Any, unit: Any = None, **kw: Any) -> Any:
    q = {"text": text, "start": start, "kind": kind, "value": value, "low": None,
         "high": None, "unit": unit, "bound": "exact", "change": None, "noun": None}  # fmt: skip
    q.update(kw)
    return q


@pytest.fixture(scope="module")
def units() -> Any:
    return phrasings.Units()


def run(record: dict[str, Any], preds: list[Any], units: Any) -> tuple[dict[str, Any], list[str]]:
    errors: list[str] = []
    views = [phrasings.view(p) for p in preds]
    return phrasings.score_record(record, views, units, errors).scores(), errors


def test_a_change_read_as_a_range_costs_both_quantities(units: Any) -> None:
    text = "The index slipped 0.6 per cent to 7,412."
    record = {"id": "t-1", "desk": "t", "text": text, "not_amounts": [], "quantities": [
        gold("0.6 per cent", 18, "percent", 0.6, "percent", change="down"),
        gold("7,412", 34, "count", 7412),
    ]}  # fmt: skip
    merged = Thin("0.6 per cent to 7,412", 18, 39, None, "percent", "range", "percent",
                  "down", Hard(0.6, 7412))  # fmt: skip
    s, errors = run(record, [merged], units)
    assert s["value"]["r"] == 0.0
    assert s["span"]["r"] == 0.5
    assert any("MISS '7,412'" in e for e in errors)
    assert s["noun_acc"] == "n/a"


def test_right_reading_scores_one_and_a_score_is_a_false_positive(units: Any) -> None:
    text = "They drew 1-1 before 60,214 fans and 12 GB of photos."
    record = {"id": "t-2", "desk": "t", "text": text,
              "not_amounts": [{"text": "1-1", "start": 10, "kind": "score"}],
              "quantities": [gold("60,214", 21, "count", 60214, noun="fan"),
                             gold("12 GB", 37, "measure", 12, "gigabyte")]}  # fmt: skip
    preds = [
        Thin("1-1", 10, 13, None, "count", "range", hard=Hard(1, 1)),
        Thin("60,214", 21, 27, 60214, "count", "exact"),
        Thin("12 GB", 37, 42, 12, "measure", "exact", "gigabyte"),
        Thin("photos", 46, 52, None, "identifier", "exact"),  # not an amount: ignored
    ]
    s, _ = run(record, preds, units)
    assert s["predicted"] == 3
    assert s["fp_on_not_amounts"] == 1
    assert s["value+unit"]["r"] == 1.0
    assert s["value+unit"]["p"] == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("pred", "gold_unit", "same"),
    [
        ("kilometer ** 2", "kilometer ** 2", True),
        ("km ** 2", "kilometer ** 2", True),  # pint reads both as the same unit
        ("square_kilometer", "kilometer ** 2", False),  # stock pint cannot read it
        ("cc", "cubic_centimeter", True),
        ("mile", "kilometer", False),  # convertible, but not with factor 1
        ("USD", "USD", True),
        ("dollar", "USD", False),
        (None, None, True),
    ],
)
def test_units_are_judged_by_a_stock_registry(
    units: Any, pred: str | None, gold_unit: str | None, same: bool
) -> None:
    assert units.same(pred, gold_unit) is same
