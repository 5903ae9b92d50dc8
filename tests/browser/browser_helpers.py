"""Helpers of the browser tests (importable: conftest.py puts this folder on sys.path)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

ROOT = Path(__file__).resolve().parents[2]
# --headless is Playwright's own; the rest keep Chromium off the (closed) network and
# quiet: no background requests, component updates, sync or QUIC probes.
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def unavailable(reason: str) -> NoReturn:
    """Skip with the reason locally; fail when CI is set (CI must run browser tests)."""
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        pytest.fail(f"browser tests cannot run: {reason}. In CI, .ci/run installs Debian's "
                    "chromium and chromium-driver with apt-get, and Playwright comes with "
                    "the 'test' extra", pytrace=False)
    pytest.skip(f"browser tests skipped: {reason} (CI runs them; `apt-get install chromium "
                "chromium-driver` and `pip install -e '.[test]'` to run them here)")


def chromium_path() -> str:
    return os.environ.get("NUMCHECK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


class Opened:
    """A page with a report loaded; ``requests`` are every URL it asked for."""

    def __init__(self, browser: Browser, file: Path, width: int, height: int) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height})
        # nothing but the file itself may load: anything else is aborted and recorded
        self.context.route(lambda url: not url.startswith("file:"), lambda route: route.abort())
        self.page: Page = self.context.new_page()
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message),
                                               dialog.dismiss()))
        self.page.goto(file.as_uri())

    def close(self) -> None:
        self.context.close()


def render(out: Path, *paths: Path) -> Path:
    """``numcheck check --isolated --output-format html`` with the built-in plugins only,
    run from the repository root (paths inside it are shown relative, as a user types
    them)."""
    from numcheck.cli import main

    shown = [str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in paths]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NUMCHECK_LOAD_PLUGINS", "")
        patch.delenv("NUMCHECK_DISABLE_PLUGINS", raising=False)
        patch.chdir(ROOT)
        code = main(["check", "--isolated", "--no-progress", "--output-format", "html",
                     "--output-file", str(out), *shown])
    assert code in (0, 1), f"numcheck check exited {code}"
    return out
