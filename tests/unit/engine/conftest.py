"""Engine tests run with numcheck's built-in plugins only (no installed third parties)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _builtins_only(numcheck_builtins_only: None) -> None:
    """Every test here sees the built-in plugins only (the test kit's fixture)."""
