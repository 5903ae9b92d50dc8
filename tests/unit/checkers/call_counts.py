"""Work as a count of Python calls: a deterministic measure for linearity tests (wall or
CPU time on a shared machine is not; timings belong in benchmarks/)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

__all__ = ["count_calls"]


def count_calls(run: Callable[[], Any]) -> int:
    """Python function calls made while ``run`` runs."""
    calls = 0

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal calls
        if event == "call":
            calls += 1

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return calls
