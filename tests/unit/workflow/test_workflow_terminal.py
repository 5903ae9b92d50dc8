"""The terminal: colour by the usual conventions, -q/-v, a transient progress bar."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from numcheck.workflow.terminal import ProgressBar, colour_wanted, progress_for

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
DRAFT = ("# Storm leaves 34 dead\n\nThe storm killed 34 people on Tuesday.\n\n"
         "Later the toll rose: at least 40 people died in the storm.\n")


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("env", "tty", "expected"),
    [({}, True, True), ({}, False, False), ({"NO_COLOR": "1"}, True, False),
     ({"FORCE_COLOR": "1"}, False, True), ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, True, False),
     ({"TERM": "dumb"}, True, False)],
)
def test_colour_follows_no_color_force_color_and_the_tty(
    env: dict[str, str], tty: bool, expected: bool
) -> None:
    stream = Tty() if tty else io.StringIO()
    assert colour_wanted(stream, env) is expected


def nc(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items()
            if k not in ("NO_COLOR", "FORCE_COLOR") and not k.startswith("NUMCHECK_")}
    return subprocess.run([sys.executable, "-m", "numcheck", "check", *args],
                          cwd=cwd, env={**base, **env}, capture_output=True, text=True,
                          check=False, timeout=120)


def test_colour_only_where_a_person_reads_it(tmp_path: Path) -> None:
    (tmp_path / "draft.md").write_text(DRAFT)
    plain = nc(tmp_path, "draft.md")
    assert not ANSI.search(plain.stdout)  # a pipe: no colour
    coloured = nc(tmp_path, "draft.md", FORCE_COLOR="1")
    assert ANSI.search(coloured.stdout)
    assert ANSI.sub("", coloured.stdout) == plain.stdout  # the same text, styled
    assert not ANSI.search(nc(tmp_path, "draft.md", FORCE_COLOR="1", NO_COLOR="1").stdout)
    for fmt in ("json", "sarif", "github", "junit"):
        assert not ANSI.search(nc(tmp_path, "draft.md", "--output-format", fmt,
                                  FORCE_COLOR="1").stdout)
    nc(tmp_path, "draft.md", "--output-file", "report.txt", FORCE_COLOR="1")
    assert (tmp_path / "report.txt").read_text() == plain.stdout


def test_quiet_and_verbose(tmp_path: Path) -> None:
    (tmp_path / "draft.md").write_text(DRAFT)
    (tmp_path / "numcheck.toml").write_text('fail-on = "error"\n')
    normal = nc(tmp_path, "draft.md", "--output-format", "concise")
    quiet = nc(tmp_path, "draft.md", "--output-format", "concise", "-q")
    assert normal.stdout.splitlines()[:-1] == quiet.stdout.splitlines()
    assert "in 1 file" in normal.stdout.splitlines()[-1]
    assert quiet.returncode == normal.returncode == 1
    verbose = nc(tmp_path, "draft.md", "-v")
    assert "numcheck: info: config numcheck.toml" in verbose.stderr
    assert re.search(r"numcheck: info: read and check: \d+\.\d\d s", verbose.stderr)


def test_a_short_piped_run_never_imports_rich(tmp_path: Path) -> None:
    (tmp_path / "draft.md").write_text(DRAFT)
    code = ("import sys\nfrom numcheck.cli import main\nmain(['check', 'draft.md'])\n"
            "print('rich' in sys.modules, file=sys.stderr)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                            text=True, check=False, timeout=120)
    assert result.stderr.strip().splitlines()[-1] == "False"


def _drawn(stream: Tty, text: str) -> bool:
    """Wait (up to 10 s, the machine may be busy) for the bar's thread to draw ``text``."""
    deadline = time.monotonic() + 10
    while text not in ANSI.sub("", stream.getvalue()):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_the_bar_shows_progress_then_drift_and_disappears() -> None:
    stream = Tty()
    bar = ProgressBar(stream, delay=0)
    assert bar.shown.wait(10)
    bar(1, 2, "desk/a.md")
    assert _drawn(stream, "checking a.md")
    assert _drawn(stream, "1/2")
    assert "eta" in ANSI.sub("", stream.getvalue())
    bar(2, 2, "desk/b.md")  # last document: the cross-document step runs next
    assert _drawn(stream, "comparing documents (drift)")
    bar.close()
    assert stream.getvalue().endswith("\x1b[2K")  # transient: the bar's line is erased


def test_no_bar_for_short_runs_or_pipes() -> None:
    stream = Tty()
    bar = ProgressBar(stream, delay=5)
    bar(1, 1, "a.md")
    bar.close()
    assert stream.getvalue() == ""  # finished before the delay: nothing drawn
    assert progress_for(True, io.StringIO()) is None  # stderr is not a terminal
    assert progress_for(False, Tty()) is None  # --no-progress or -q
