"""Linear time on hostile input (issue #11, item 1).

Every regex the parser compiles passes a static ReDoS audit (tests/unit/parsing/redos.py
on regexploit's parse), and parse time grows linearly with the input: checked by
comparing CPU time at two sizes in one run (linear is 16x for 16x the input,
quadratic 256x), never against a wall-clock threshold.
"""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from numcheck import parse
from numcheck.parsing import default_parser

pytest.importorskip("regexploit")
_spec = importlib.util.spec_from_file_location("redos_audit", Path(__file__).with_name("redos.py"))
assert _spec is not None
assert _spec.loader is not None
redos = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(redos)

PATTERNS = default_parser().compiled.patterns()


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_redos_in_compiled_patterns(name: str) -> None:
    pattern = PATTERNS[name]
    assert redos.audit(pattern.pattern, pattern.flags) == []


@pytest.mark.parametrize(
    "bad", [r"\s*,?\s+(?:or so)", r"(a+)+b", r"x\s+(?:and\s+)?\s*y", r"(?:\s+|\s*-)\s+z"]
)
def test_the_audit_finds_known_redos(bad: str) -> None:
    assert redos.audit(bad) != []


def _cpu(fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return max(best, 1e-4)


SOUPS = {
    "whitespace after a number": lambda n: "34" + " " * n,
    "whitespace after a hedged number": lambda n: "about 34" + " \t" * (n // 2) + ",",
    "numbers and commas": lambda n: ("1,000, " * (n // 7 + 1))[:n],
    "hyphens": lambda n: ("1-2-" * (n // 4 + 1))[:n],
    "hedges": lambda n: ("more than " * (n // 10 + 1))[:n] + "5",
    "newlines": lambda n: "5\n" * (n // 2),
}


@pytest.mark.parametrize("name", sorted(SOUPS))
def test_parse_time_is_linear(name: str) -> None:
    make = SOUPS[name]
    small, big = make(1_000), make(16_000)
    parse(small)  # warm the pattern compilation
    ratio = _cpu(lambda: parse(big)) / _cpu(lambda: parse(small))
    assert ratio < 64, f"{name}: 16x the input took {ratio:.0f}x the time"
