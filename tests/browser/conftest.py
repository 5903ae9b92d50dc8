"""Browser tests of the html report: the system's Chromium, driven by Playwright.

Chromium is Debian's (``.ci/run`` installs the packages chromium and chromium-driver);
Playwright for Python (the ``test`` extra) only drives it through
``executable_path``, and never downloads a browser. One browser per test module.

Without Chromium or Playwright the tests skip with the reason on a developer's
machine, and FAIL when ``CI`` is set: CI must run them. Screenshots are written to
``test-artifacts/`` at the repository root (git-ignored; ``NUMCHECK_TEST_ARTIFACTS``
names another directory). docs/maintainers/browser-tests.md has the details.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from browser_helpers import CHROMIUM_FLAGS, ROOT, chromium_path, unavailable

if TYPE_CHECKING:
    from playwright.sync_api import Browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    path = chromium_path()
    if not os.access(path, os.X_OK):
        unavailable(f"no Chromium at {path}")
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError as err:
        unavailable(f"Playwright for Python is not installed ({err})")
    with sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=path, headless=True,
                                                  args=CHROMIUM_FLAGS, timeout=60_000)
        except Error as err:
            unavailable(f"Chromium at {path} did not start: {str(err).splitlines()[0]}")
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    folder = Path(os.environ.get("NUMCHECK_TEST_ARTIFACTS") or ROOT / "test-artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


