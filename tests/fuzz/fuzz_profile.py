"""The fuzz profile chosen by ``HYPOTHESIS_PROFILE`` (fast by default)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "fast")
_HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
_EXAMPLES = {"fast": 40, "deep": 5000}


def fuzz_settings(scale: float = 1.0) -> settings:
    """Settings for one fuzz test; ``scale`` trims slow targets (examples x scale)."""
    examples = max(5, int(_EXAMPLES.get(PROFILE, _EXAMPLES["fast"]) * scale))
    return settings(max_examples=examples, deadline=None, suppress_health_check=_HEALTH,
                    print_blob=True)
