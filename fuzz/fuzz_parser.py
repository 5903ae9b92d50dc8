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
import os
import sys

import atheris

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


#: exception class names to let pass while a known crash waits for its fix, so a
#: run keeps exploring (e.g. FUZZ_IGNORE=InvalidOperation); see fuzz/README.md
IGNORED = tuple(name for name in os.environ.get("FUZZ_IGNORE", "").split(",") if name)


def guarded(data: bytes) -> None:
    try:
        test_one_input(data)
    except Exception as err:
        if type(err).__name__ not in IGNORED:
            raise


def main() -> None:
    atheris.Setup(sys.argv, guarded if IGNORED else test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
