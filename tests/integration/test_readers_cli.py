"""The reading side of ``numcheck check`` on hostile trees and streams (subprocesses,
each with a timeout: a hang fails the test instead of blocking the suite)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

STORY = "Officials said 34 people died.\n"


def numcheck(cwd: Path, *args: str, stdin: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NUMCHECK_", "GITHUB_"))}
    proc = subprocess.run(
        [sys.executable, "-m", "numcheck", "check", "--no-progress", "--output-format", "json",
         *args], cwd=cwd, capture_output=True, text=True, timeout=120, env=env, check=False,
        stdin=stdin if stdin is not None else subprocess.DEVNULL)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_fifo_in_a_walked_directory_is_a_warning_not_a_hang(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text(STORY)
    os.mkfifo(tmp_path / "x.txt")
    proc = numcheck(tmp_path, ".")
    assert proc.returncode == 0, proc.stderr
    assert "numcheck: warning: x.txt: not a regular file, skipped" in proc.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_devices_and_endless_stdin_do_not_exhaust_memory(tmp_path: Path) -> None:
    proc = numcheck(tmp_path, "/dev/zero")
    assert proc.returncode == 0, proc.stderr
    assert "/dev/zero: not a regular file, skipped" in proc.stderr
    with open("/dev/zero", "rb") as zero:
        proc = numcheck(tmp_path, "-", "--max-file-size", "1MB", stdin=zero.fileno())
    assert "-: larger than the 1048576-byte limit, skipped" in proc.stderr


def test_gitignored_files_are_not_read_unless_no_ignore(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("public/\n")
    (tmp_path / "story.md").write_text(STORY)
    (tmp_path / "public").mkdir()
    (tmp_path / "public" / "index.html").write_text("<p>At least 40 people died.</p>")
    proc = numcheck(tmp_path, ".")
    assert json.loads(proc.stdout)["summary"]["files"] == 1, proc.stdout
    proc = numcheck(tmp_path, ".", "--no-ignore")
    assert json.loads(proc.stdout)["summary"]["files"] == 2, proc.stdout


def test_bad_exclude_pattern_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text(STORY)
    (tmp_path / "numcheck.toml").write_text("exclude = ['[z-a]']\n")
    proc = numcheck(tmp_path, ".")
    assert proc.returncode == 2
    assert "bad pattern '[z-a]'" in proc.stderr


def test_symlink_out_of_the_tree_needs_follow_symlinks(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("At least 40 people died.\n")
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "story.md").write_text(STORY)
    (tree / "a.txt").symlink_to(secret)
    proc = numcheck(tree, ".")
    # a warning, as documented (docs/users/inputs.md): the run was not an input failure
    assert "warning: a.txt: symbolic link out of the tree, skipped" in proc.stderr
    assert proc.returncode == 0, proc.stderr
    proc = numcheck(tree, ".", "--follow-symlinks")
    assert "symbolic link" not in proc.stderr
