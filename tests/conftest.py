"""Suite-wide settings. Hypothesis runs without its per-example deadline: a time limit
is a timed assertion, and on a loaded machine it fails tests whose behaviour is right
(speed is measured in benchmarks/, never asserted in tests)."""

from __future__ import annotations

from hypothesis import settings

settings.register_profile("numcheck", deadline=None)
settings.load_profile("numcheck")
