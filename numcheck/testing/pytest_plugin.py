"""pytest plugin (entry point ``pytest11``) shipping numcheck's test fixtures.

Loaded in every pytest session where numcheck is installed, so it imports nothing
heavy: the engine, pint and hypothesis load only when a fixture is used.

Fixtures:

- ``numcheck_run(text_or_files, plugins=[...], **options)`` -> findings
  (:func:`numcheck.testing.run_checks`);
- ``numcheck_cases(plugins, valid=[...], invalid=[...])``
  (:func:`numcheck.testing.run_cases`);
- ``numcheck_builtins_only``: the test sees numcheck's built-in plugins only (no other
  installed plugin, no plugin environment variables, an empty working directory so no
  ``numcheck_plugins.py`` is picked up).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from numcheck.testing.runner import RunResult


@pytest.fixture
def numcheck_run() -> Callable[..., RunResult]:
    """Run numcheck's pipeline on inline text with the plugins you name."""
    from numcheck.testing.runner import run_checks

    return run_checks


@pytest.fixture
def numcheck_cases() -> Callable[..., None]:
    """textlint-tester style valid/invalid tables (see numcheck.testing.cases)."""
    from numcheck.testing.cases import run_cases

    return run_cases


@pytest.fixture
def numcheck_builtins_only(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Isolate a test from whatever plugins happen to be installed or configured."""
    monkeypatch.setenv("NUMCHECK_LOAD_PLUGINS", "")
    for name in ("NUMCHECK_DISABLE_PLUGINS", "NUMCHECK_TRACE_PLUGINS"):
        monkeypatch.delenv(name, raising=False)
    # an in-repo numcheck_plugins.py in the cwd would be loaded: run from an empty dir
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))
