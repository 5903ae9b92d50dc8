"""Bad input never produces a traceback or a half-written file (real subprocesses)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

CRASH = """from numcheck import hookimpl

@hookimpl
def numcheck_check_document(document, claims, context):
    raise ZeroDivisionError("house rule divided by zero")
"""


@dataclass
class Result:
    code: int
    out: str
    err: str


def numcheck(cwd: Path, *args: str, timeout: float = 120) -> Result:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NUMCHECK_", "GITHUB_"))}
    proc = subprocess.run([sys.executable, "-m", "numcheck", "check", "--no-progress", *args],
                          cwd=cwd, capture_output=True, timeout=timeout, env=env, check=False)
    result = Result(proc.returncode, proc.stdout.decode("utf-8", "replace"),
                    proc.stderr.decode("utf-8", "replace"))
    assert "Traceback" not in result.err, result.err
    return result


def test_invalid_utf8_names_the_byte_and_encoding_fixes_it(tmp_path: Path) -> None:
    latin = "Caf\u00e9 owners said 12 shops closed.\n".encode("latin-1")
    (tmp_path / "latin.txt").write_bytes(latin)
    (tmp_path / "good.txt").write_text("Nothing wrong here.\n")
    result = numcheck(tmp_path, "latin.txt", "good.txt")
    assert result.code == 2
    assert "numcheck: error: latin.txt: not valid UTF-8 at byte 3 (use --encoding)" in result.err
    assert "in 1 file" in result.out  # the good file was still checked
    assert numcheck(tmp_path, "latin.txt", "--encoding", "latin-1").code == 0
    result = numcheck(tmp_path, "latin.txt", "--encoding", "klingon")
    assert result.code == 2
    assert result.err.count("\n") == 1


def test_binary_file_is_skipped_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    result = numcheck(tmp_path, "photo.txt")
    assert result.code == 0
    assert "numcheck: warning: photo.txt: binary file, skipped" in result.err


def test_empty_file_is_fine(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_text("")
    result = numcheck(tmp_path, "empty.md")
    assert (result.code, result.out, result.err) == (0, "0 findings in 1 file\n", "")


def test_50mb_file_is_skipped_by_default(tmp_path: Path) -> None:
    big = tmp_path / "dump.txt"
    with big.open("wb") as handle:  # real text: a sparse file would read as binary NULs
        line = b"the river rose through the night and crews worked on.\n"
        handle.write(line * (50 * 1024 * 1024 // len(line) + 1))
    result = numcheck(tmp_path, "dump.txt")
    assert result.code == 0
    assert "dump.txt: larger than the 10485760-byte limit, skipped" in result.err


@pytest.mark.slow
def test_50mb_file_checked_when_the_limit_is_lifted(tmp_path: Path) -> None:
    big = tmp_path / "dump.txt"
    para = b"the river rose through the night and crews worked on.\n" * 10 + b"\n"
    big.write_bytes(para * (50 * 1024 * 1024 // len(para) + 1))
    result = numcheck(tmp_path, "dump.txt", "--max-file-size", "0", timeout=300)
    assert result.code == 0
    assert result.out == "0 findings in 1 file\n"


def test_1mb_line_without_newlines(tmp_path: Path) -> None:
    words = "the river rose through the night and residents moved to higher ground "
    body = words * (1024 * 1024 // len(words) + 1)
    middle = 512 * 1024
    claim = "Officials said 34 people died; later at least 40 people died. "
    text = body[:middle] + claim + body[middle : 1024 * 1024 - len(claim)]
    assert len(text) == 1024 * 1024
    assert "\n" not in text
    (tmp_path / "line.txt").write_text(text)
    result = numcheck(tmp_path, "line.txt", "--select", "NC1")
    assert result.code in (0, 1)
    assert result.out.endswith("in 1 file\n")
    assert len(result.out) < 10_000  # excerpts are trimmed, not a megabyte of source


def test_malformed_config(tmp_path: Path) -> None:
    (tmp_path / "numcheck.toml").write_text('select = ["NC1"\n')
    (tmp_path / "a.md").write_text("x\n")
    result = numcheck(tmp_path, "a.md")
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith("numcheck: error: numcheck.toml: invalid TOML")
    assert result.err.count("\n") == 1


def test_unparsable_baseline(tmp_path: Path) -> None:
    (tmp_path / "baseline.json").write_text("{\"version\": 1, \"findings\": [")
    (tmp_path / "a.md").write_text("x\n")
    result = numcheck(tmp_path, "a.md", "--baseline", "baseline.json")
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith("numcheck: error: baseline.json: baseline is not valid JSON")
    assert result.err.count("\n") == 1


def test_output_file_in_missing_directory_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("x\n")
    for flag in ("--output-file", "--write-baseline"):
        result = numcheck(tmp_path, "a.md", flag, "out/report.json")
        assert result.code == 2
        assert result.out == ""
        assert "does not exist" in result.err
        assert result.err.count("\n") == 1
        assert not (tmp_path / "out").exists()


def test_existing_output_file_is_replaced_whole(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("x\n")
    report = tmp_path / "report.json"
    report.write_text("old report")
    assert numcheck(tmp_path, "a.md", "--output-format", "json", "--output-file",
                    "report.json").code == 0
    assert report.read_text().startswith('{\n  "version": 1')
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "report.json"]


def test_crashing_plugin_run_continues(tmp_path: Path) -> None:
    (tmp_path / "crash.py").write_text(CRASH)
    (tmp_path / "a.md").write_text("# 34 dead\n\nLater at least 40 people died.\n")
    result = numcheck(tmp_path, "a.md", "--plugin", "crash.py", "--select", "NC1",
                      "--output-format", "concise")
    lines = result.out.splitlines()
    assert any(" NC001 " in line and "ZeroDivisionError" in line for line in lines)
    assert any(" NC101 " in line for line in lines)  # the built-ins still ran
    assert result.code == 1


def test_missing_path_and_bad_flag_values(tmp_path: Path) -> None:
    result = numcheck(tmp_path, "nope.md")
    assert result.code == 2
    assert "nope.md: no such file or directory" in result.err
    assert numcheck(tmp_path, "--date", "3 March").code == 2
    result = numcheck(tmp_path, "--per-file-ignores", "NC1")
    assert result.code == 2
    assert "expected GLOB:CODES" in result.err
