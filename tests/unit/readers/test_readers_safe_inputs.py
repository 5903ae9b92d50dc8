"""Hostile inputs on the reading side (issue 11): FIFOs, devices, endless stdin,
UTF-32, unlistable directories, undecodable file names, outward symlinks."""

from __future__ import annotations

import codecs
import io
import os
import sys
from pathlib import Path

import pytest

from numcheck.discovery import find_files
from numcheck.errors import InputError
from numcheck.readers import decode, read_path, read_stdin
from numcheck.readers.files import read_capped
from numcheck.settings import Settings

needs_posix = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")


@needs_posix
def test_a_fifo_in_a_walked_directory_is_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text("About 5.\n")
    os.mkfifo(tmp_path / "x.txt")  # nobody writes to it: opening it would block
    errors: list[InputError] = []
    assert find_files([str(tmp_path)], Settings(), errors=errors) == [
        str(tmp_path / "story.md")]
    [warning] = errors
    assert warning.path == str(tmp_path / "x.txt")
    assert warning.problem == "not a regular file, skipped"


@needs_posix
def test_a_fifo_named_directly_is_not_opened_for_a_blocking_read(tmp_path: Path) -> None:
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file, skipped"):
        read_path(str(fifo))


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_is_not_read() -> None:
    with pytest.raises(InputError, match="not a regular file, skipped"):
        read_path("/dev/zero", max_size=0)  # even with no limit


def test_endless_stdin_is_read_only_to_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    class Endless(io.RawIOBase):
        served = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
            Endless.served += len(buffer)
            buffer[:] = b"a" * len(buffer)
            return len(buffer)

    stream = io.BufferedReader(Endless())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stream))
    with pytest.raises(InputError, match="larger than the 1000-byte limit, skipped"):
        read_stdin(max_size=1000)
    assert Endless.served < 100_000  # one buffer, not the whole stream


def test_read_capped_reads_limit_plus_one_at_most() -> None:
    stream = io.BytesIO(b"x" * 50)
    with pytest.raises(InputError):
        read_capped(stream, 10, "s")
    assert stream.tell() == 11
    assert read_capped(io.BytesIO(b"x" * 10), 10, "s") == b"x" * 10


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_is_detected_by_its_bom(codec: str) -> None:
    bom = codecs.BOM_UTF32_LE if codec.endswith("le") else codecs.BOM_UTF32_BE
    data = bom + "Some 34 died – “quote”.".encode(codec)
    assert decode(data, "a.txt") == "Some 34 died – “quote”."


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="root can list any directory")
def test_an_unlistable_directory_is_an_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.md").write_text("x")
    locked.chmod(0)
    try:
        errors: list[InputError] = []
        find_files([str(tmp_path)], Settings(), errors=errors)
        assert [e.problem for e in errors] == ["cannot list directory: permission denied"]
    finally:
        locked.chmod(0o755)


def test_an_unlistable_directory_is_said_even_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.md").write_text("x")
    real_scandir = os.scandir

    def refuse(path: object) -> object:
        if os.fspath(path) == str(tmp_path):  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", str(tmp_path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", refuse)
    errors: list[InputError] = []
    assert find_files([str(tmp_path)], Settings(), errors=errors) == []
    assert [(e.path, e.problem) for e in errors] == [
        (str(tmp_path), "cannot list directory: permission denied")]
    assert not errors[0].problem.endswith("skipped")  # an error: the run exits 2


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="file names must be bytes")
def test_non_utf8_file_names_round_trip(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9-34.md"
    with open(raw, "wb") as handle:
        handle.write(b"Some 34 died.\n")
    [found] = find_files([str(tmp_path)], Settings(exclude=("*-99.md",)))
    assert os.fsencode(found) == raw
    assert read_path(found).text == "Some 34 died.\n"
    assert find_files([str(tmp_path)], Settings(exclude=("caf?-34.md",))) == []


def test_symlinks_out_of_the_tree_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("password 1234\n")
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "story.md").write_text("About 5.\n")
    (tree / "inside.md").symlink_to(tree / "story.md")
    (tree / "a.txt").symlink_to(outside)
    errors: list[InputError] = []
    found = find_files([str(tree)], Settings(), errors=errors)
    assert found == [str(tree / "inside.md"), str(tree / "story.md")]
    assert [e.problem for e in errors] == [
        "symbolic link out of the tree, skipped (--follow-symlinks reads it)"]
    assert str(tree / "a.txt") in find_files([str(tree)], Settings(), follow_symlinks=True)
