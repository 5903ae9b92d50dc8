"""Workflow linearity: stacked suppression comments and identical findings (issue 11).

Run: ``.venv-test/bin/python benchmarks/workflow_linearity.py``. Each case runs at
1x, 2x, 4x and 8x its base size and prints the time and the ratio of per-item
times against 1x: linear stays near 1x, quadratic grows to ~8x at 8x. Cases:

- ``ignore``: n paragraphs, each an ``ignore[NC101]`` comment over a finding
  (was 16 s at n = 4,000);
- ``nested``: n ``disable`` ranges that all run to the end of the text;
- ``html``: n ignore comments before unclosed HTML blocks, read by the HTML
  reader, then suppressed (was 43 s at n = 10,000);
- ``fingerprints``: n identical findings fingerprinted (salting).

The peer measured in the same run is sorting the same findings (n log n).
``generators()`` is importable, so benchmarks/adversarial.py can add these rows.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "unit" / "workflow"))

from numcheck.findings import Finding, Location, Rule, Severity
from numcheck.fingerprint import fingerprints
from numcheck.workflow.suppress import apply_suppressions

RULES = {"NC101": Rule("NC101", "restated-figure-contradiction", Severity.ERROR, "r")}


def _stacked(n: int, nested: bool) -> Callable[[], object]:
    from test_workflow_linear import stacked  # the tests' generator: one definition

    document, findings = stacked(n, nested=nested)
    return lambda: apply_suppressions(findings, {document.path: document}, RULES)


def _html(n: int) -> Callable[[], object]:
    from numcheck.readers import read_text

    text = "<!-- numcheck: ignore[NC101] --><div><p>34 died\n" * n

    def run() -> object:
        document = read_text(text, "page.html")
        starts = [d.applies_start for d in document.directives]
        findings = [Finding("NC101", "m", Location(document.path, s, s + 2, 1, 1, 1, 3, "34"),
                            severity=Severity.ERROR) for s in starts]
        return apply_suppressions(findings, {document.path: document}, RULES)

    return run


def _fingerprints(n: int) -> Callable[[], object]:
    same = [Finding("NC101", "m", Location("a.md", 0, 2, 1, 1, 1, 3, "34"))] * n
    return lambda: fingerprints(same)


def _sorting(n: int) -> Callable[[], object]:
    items = [Finding("NC101", f"m{i % 97}", Location("a.md", i, i + 2, 1, 1, 1, 3, "34"))
             for i in range(n)]
    return lambda: sorted(items, key=Finding.sort_key)


def generators() -> dict[str, tuple[int, Callable[[int], Callable[[], object]]]]:
    """name -> (base size, make(n) -> a zero-argument run)."""
    return {
        "ignore": (1000, lambda n: _stacked(n, nested=False)),
        "nested": (1000, lambda n: _stacked(n, nested=True)),
        "html": (1250, _html),
        "fingerprints": (1000, _fingerprints),
        "peer: sort": (1000, _sorting),
    }


def timed(run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    print(f"load average {os.getloadavg()[0]:.2f}; ratio = per-item time vs 1x")
    print(f"{'case':14} " + "  ".join(f"{m}x: time (ratio)".rjust(20) for m in (1, 2, 4, 8)))
    for name, (base, make) in generators().items():
        cells, first = [], 0.0
        for multiple in (1, 2, 4, 8):
            n = base * multiple
            seconds = timed(make(n))
            first = first or seconds / n
            cells.append(f"{seconds * 1000:9.1f} ms ({seconds / n / first:4.2f}x)")
        print(f"{name:14} " + "  ".join(c.rjust(20) for c in cells))


if __name__ == "__main__":
    main()
