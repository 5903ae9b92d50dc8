"""Report tests run with numcheck's built-in plugins only; report_helpers is importable.

(Tests run with --import-mode=importlib, so this directory is put on sys.path.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(autouse=True)
def _builtins_only(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
                   ) -> None:
    monkeypatch.setenv("NUMCHECK_LOAD_PLUGINS", "")
    for name in ("NUMCHECK_DISABLE_PLUGINS", "NUMCHECK_TRACE_PLUGINS"):
        monkeypatch.delenv(name, raising=False)
    # an in-repo numcheck_plugins.py in the cwd would be loaded: run from an empty dir
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))

