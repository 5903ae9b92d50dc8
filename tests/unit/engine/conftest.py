"""Engine tests run with numcheck's built-in plugins only (no installed third parties).

(Tests run with --import-mode=importlib, so this directory is put on sys.path for
isolation_helpers.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(autouse=True)
def _builtins_only(numcheck_builtins_only: None) -> None:
    """Every test here sees the built-in plugins only (the test kit's fixture)."""
