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
