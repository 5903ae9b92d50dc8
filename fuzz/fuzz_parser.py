"""Coverage-guided fuzzing of the parser with atheris (libFuzzer).

    python fuzz/fuzz_parser.py WORKDIR fuzz/corpus/parser -max_total_time=600 -timeout=10

(see fuzz/README.md). Each input is read as UTF-8 text (invalid bytes replaced)
and parsed; the parser must not raise, and every quantity must satisfy the
contract the rest of numcheck relies on. A violation raises, which libFuzzer
saves as a crash file.
"""

from __future__ import annotations

import json
import math

import atheris
from harness import run

with atheris.instrument_imports(include=["numcheck"]):
    from numcheck import parse


def check(text: str) -> None:
    previous = 0
    for q in parse(text):
        if not (previous <= q.start < q.end <= len(text)) or text[q.start:q.end] != q.text:
            raise AssertionError(f"bad span {q.start}:{q.end} {q.text!r}")
        previous = q.end
        for interval in (q.hard, q.soft):
            if interval.low > interval.high or math.isnan(interval.low) or math.isnan(
                    interval.high):
                raise AssertionError(f"bad interval {interval} for {q.text!r}")
        json.dumps(q.to_json(), allow_nan=False)


def test_one_input(data: bytes) -> None:
    check(data.decode("utf-8", "replace"))


if __name__ == "__main__":
    run(test_one_input)
