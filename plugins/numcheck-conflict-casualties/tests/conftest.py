"""Run this suite from a checkout where the plugin is not pip-installed yet."""

from __future__ import annotations

import sys
from pathlib import Path

try:
    import numcheck_conflict_casualties  # noqa: F401
except ImportError:  # pragma: no cover - depends on how the suite is run
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
