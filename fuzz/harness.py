"""What both atheris harnesses share: ``FUZZ_IGNORE`` and libFuzzer's entry point.

``FUZZ_IGNORE`` names exception classes to let pass while a known crash waits for its
fix, so a run keeps exploring (e.g. ``FUZZ_IGNORE=InvalidOperation``); see README.md.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

import atheris

IGNORED = tuple(name for name in os.environ.get("FUZZ_IGNORE", "").split(",") if name)


def run(test_one_input: Callable[[bytes], None]) -> None:
    """Fuzz ``test_one_input`` with the command line's libFuzzer options."""

    def guarded(data: bytes) -> None:
        try:
            test_one_input(data)
        except Exception as err:
            if type(err).__name__ not in IGNORED:
                raise

    atheris.Setup(sys.argv, guarded if IGNORED else test_one_input)
    atheris.Fuzz()
