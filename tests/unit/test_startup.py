"""numcheck.startup: the collector paused for a process's start-up, never a host's."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from numcheck import startup
from numcheck.cli import main
from numcheck.engine import Engine

SEED = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))[0]


@pytest.fixture
def collector() -> Iterator[None]:
    enabled, frozen = gc.isenabled(), gc.get_freeze_count()
    yield
    startup.release()
    if gc.get_freeze_count() > frozen:
        gc.unfreeze()  # the test's own freeze: the rest of the session collects as before
    gc.enable() if enabled else gc.disable()


def test_paused_until_the_engine_is_built(collector: None) -> None:
    gc.enable()
    startup.hold()
    assert not gc.isenabled()
    Engine()
    assert gc.isenabled()


def test_a_host_without_hold_keeps_its_collector(collector: None) -> None:
    gc.disable()  # a host that runs with the collector off
    Engine()
    assert not gc.isenabled()
    gc.enable()
    frozen = gc.get_freeze_count()
    assert main(["check", str(SEED)]) == 0
    assert gc.isenabled()
    assert gc.get_freeze_count() <= frozen


def test_the_process_entry_point_collects_after_start_up(tmp_path: Path) -> None:
    code = (
        "import gc, runpy, sys\n"
        "import numcheck.engine as e\n"
        "built = e.Engine.__init__\n"
        "def init(self, *a, **k):\n"
        "    assert not gc.isenabled()\n"
        "    built(self, *a, **k)\n"
        "    assert gc.isenabled() and gc.get_freeze_count() > 0\n"
        "    print('released', file=sys.stderr)\n"
        "e.Engine.__init__ = init\n"
        f"sys.argv = ['numcheck', 'check', {str(SEED)!r}]\n"
        "runpy.run_module('numcheck', run_name='__main__')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "released" in result.stderr
    assert "0 findings" in result.stdout
