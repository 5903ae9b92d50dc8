"""Atomic writes: the old file or the new one, never half of either."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from numcheck.workflow.output import OutputError, emit, write_atomic


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    write_atomic(str(target), "first")
    write_atomic(str(target), "second ✓")
    assert target.read_text(encoding="utf-8") == "second ✓"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temp left


def test_missing_directory_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as err:
        write_atomic(str(tmp_path / "nope" / "report.json"), "x")
    assert "does not exist" in str(err.value)
    assert not (tmp_path / "nope").exists()


def test_failure_midway_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.json"
    target.write_text("old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError, match="No space left"):
        write_atomic(str(target), "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_keeps_existing_permissions(tmp_path: Path) -> None:
    target = tmp_path / "r.txt"
    target.write_text("x")
    target.chmod(0o640)
    write_atomic(str(target), "y")
    assert target.stat().st_mode & 0o777 == 0o640


def test_emit_to_stdout_is_utf8(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    emit("40 km → 25 miles\n", None)
    assert capsysbinary.readouterr().out == "40 km → 25 miles\n".encode()


def test_directory_target_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a directory"):
        write_atomic(str(tmp_path), "x")


# -- non-regular targets, permissions, stale temps, SIGTERM (issue 11, items 2 and 12) --


def test_a_symlink_keeps_pointing_at_its_target(tmp_path: Path) -> None:
    real = tmp_path / "reports" / "report.json"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    write_atomic(str(link), "new")
    assert link.is_symlink()
    assert real.read_text() == "new"
    assert sorted(p.name for p in real.parent.iterdir()) == ["report.json"]


def test_a_character_device_is_written_through_not_replaced(tmp_path: Path) -> None:
    write_atomic(os.devnull, "discarded")
    assert Path(os.devnull).is_char_device()


def test_a_fifo_is_written_through(tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_atomic(str(fifo), "through the pipe")
    reader.join(timeout=10)
    assert received == [b"through the pipe"]
    assert fifo.is_fifo()


def test_a_read_only_file_is_refused_not_clobbered(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("keep me")
    target.chmod(0o444)
    with pytest.raises(OutputError, match="read-only"):
        write_atomic(str(target), "new")
    assert target.read_text() == "keep me"


def test_stale_temps_of_dead_runs_are_removed(tmp_path: Path) -> None:
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = tmp_path / f".report.json.numcheck-{dead}.tmp"
    stale.write_text("half")
    other = tmp_path / ".notes.txt.numcheck-1.tmp"  # another target's: not ours to judge
    other.write_text("x")
    write_atomic(str(tmp_path / "report.json"), "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == [other.name, "report.json"]


def test_sigterm_mid_write_leaves_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import signal

    target = tmp_path / "report.json"
    target.write_text("old")

    def terminated(fd: int) -> None:
        os.kill(os.getpid(), signal.SIGTERM)  # as `kill` would, mid-write

    monkeypatch.setattr(os, "fsync", terminated)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(str(target), "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]
    assert target.read_text() == "old"
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


def test_a_closed_pipe_ends_output_quietly_and_a_full_device_is_an_error() -> None:
    """``numcheck ... | head -c0`` and ``> /dev/full``: no internal error, no traceback."""
    import subprocess
    import sys

    code = ("from numcheck.workflow.output import write_stdout\n"
            "write_stdout('x' * 1_000_000)\nprint('done', file=__import__('sys').stderr)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.close()  # `| head -c0`
    _, err = proc.communicate(timeout=60)
    assert err.decode().strip() == "done"
    if not Path("/dev/full").exists():
        return
    story = Path(__file__).resolve().parents[3] / "seeds"
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "numcheck", "check", str(story),
                                 "--no-progress"], stdout=full, stderr=subprocess.PIPE,
                                check=False)
    assert result.returncode == 2
    assert result.stderr.decode() == ("numcheck: error: cannot write the report to stdout: "
                                      "No space left on device\n")


@pytest.mark.skipif(os.name != "posix", reason="closes descriptors with the shell's rules")
@pytest.mark.parametrize(("closed", "argv", "message"), [
    ("stdout", ["check", "story.txt"], "cannot write the report to stdout: it is closed"),
    ("stdin", ["check", "-"], "-: cannot read: stdin is closed"),
])
def test_a_closed_stdout_or_stdin_is_a_one_line_error(
        tmp_path: Path, closed: str, argv: list[str], message: str) -> None:
    """``numcheck check story.txt >&-`` and ``numcheck check - <&-``: Python starts with
    sys.stdout (sys.stdin) None; that was an internal error."""
    import subprocess
    import sys

    (tmp_path / "story.txt").write_text("The storm killed 34 people.\n", encoding="utf-8")
    fd = 1 if closed == "stdout" else 0
    proc = subprocess.run([sys.executable, "-m", "numcheck", *argv, "--isolated", "--no-progress"],
                          cwd=tmp_path, stderr=subprocess.PIPE, check=False,
                          preexec_fn=lambda: os.close(fd))
    assert proc.returncode == 2
    assert proc.stderr.decode().splitlines()[-1] == f"numcheck: error: {message}"


def test_dev_stdout_is_written_through(capfd: pytest.CaptureFixture[str]) -> None:
    if not Path("/dev/stdout").exists():
        pytest.skip("no /dev/stdout on this system")
    write_atomic("/dev/stdout", "to the terminal\n")
    assert capfd.readouterr().out == "to the terminal\n"
