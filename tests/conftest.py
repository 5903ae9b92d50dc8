"""Suite-wide settings. Hypothesis runs without its per-example deadline: a time limit
is a timed assertion, and on a loaded machine it fails tests whose behaviour is right
(speed is measured in benchmarks/, never asserted in tests)."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import settings

# story_cases.py, the case-file format the drift and extract tests share, is importable
# (tests run with --import-mode=importlib)
sys.path.insert(0, str(Path(__file__).parent))

settings.register_profile("numcheck", deadline=None)
settings.load_profile("numcheck")
