"""Short realisations of restatements, changes and day counts, written as reporters on
different desks would write them (tests/data/realisations/): half planted problems, half
agreeing look-alikes that must stay silent. The aside slice was drawn at random before
tuning and is scored only at the end of a wave (``python -m
tests.unit.checkers.test_checkers_realisations aside``); the tests hold the dev slice:
every look-alike silent, and the planted ones found at least as often as recorded.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from numcheck.checkers import change, days, restated
from numcheck.testing import run_checks

DATA = Path(__file__).resolve().parents[2] / "data" / "realisations"
RULES = {
    "restated": {"NC101", "NC102", "NC103"},
    "change": {"NC204", "NC206"},
    "days": {"NC301", "NC302"},
}
FOUND_AT_LEAST = 15  # planted dev cases found; raised as the readers gain


def _load(name: str) -> tuple[str, list[dict[str, Any]]]:
    data = json.loads((DATA / f"restated_changes_days_{name}.json").read_text("utf-8"))
    return str(data["date"]), list(data["cases"])


def flagged(case: dict[str, Any], date: str) -> bool:
    """A finding of the case's family at warning or error."""
    found = run_checks(case["text"], [restated, change, days], path=case["path"], date=date)
    return any(f.rule in RULES[case["family"]] and f.severity.value != "info" for f in found)


def score(name: str) -> dict[str, tuple[int, int]]:
    """Per family and expectation: (cases that behaved, cases)."""
    date, cases = _load(name)
    out: dict[str, tuple[int, int]] = {}
    for case in cases:
        key = f"{case['family']} {case['expect']}"
        good = flagged(case, date) == (case["expect"] == "flag")
        ok, n = out.get(key, (0, 0))
        out[key] = (ok + good, n + 1)
    return out


_DATE, _DEV = _load("dev")


_SILENT = [c for c in _DEV if c["expect"] == "silent"]


@pytest.mark.parametrize("case", _SILENT, ids=lambda c: c["id"])
def test_a_look_alike_stays_silent(case: dict[str, Any]) -> None:
    assert not flagged(case, _DATE)


def test_planted_cases_found() -> None:
    planted = [c for c in _DEV if c["expect"] == "flag"]
    assert sum(flagged(c, _DATE) for c in planted) >= FOUND_AT_LEAST


if __name__ == "__main__":  # aggregate figures only: the aside slice is never listed
    for family, (ok, n) in sorted(score(sys.argv[1] if len(sys.argv) > 1 else "dev").items()):
        print(f"{family:20} {ok}/{n}")
