"""Fuzz suites: hypothesis against every input surface, with two profiles.

``fuzz_settings`` is the profile the suites use: ``fast`` (the default, CI: a few
seconds per suite) or ``deep`` (``HYPOTHESIS_PROFILE=deep``: thousands of examples
per test, for a nightly job or before a release; see tests/fuzz/README.md). The
profile is applied per test, not globally, so the rest of the suite keeps its own
settings. Every crash a run found stays as an ``@example``.

(Tests run with --import-mode=importlib, so this directory is put on sys.path for
fuzz_profile and fuzz_strategies.)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
