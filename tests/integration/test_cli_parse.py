"""``numcheck parse`` end to end: positions, JSON contract, bad input, stdin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from numcheck.cli import main

STORY_MD = """---
title: Port blast
source: Example News
date: 2022-03-03
---

# Port blast

Officials said nearly 500 troops were killed, see `code 1234` and https://x.org/77.
"""


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["parse", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.md"
    path.write_text(STORY_MD, encoding="utf-8")
    return path


def test_text_output_points_at_the_original_file(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, str(story))
    assert (code, err) == (0, "")
    [line] = [row for row in out.splitlines() if "nearly 500" in row]
    assert line.startswith(f"{story}:9:16  nearly 500  →  ")
    assert line.endswith(", nearly)")
    figures = out.replace(str(story), "")  # the tmp path may hold digits ("pytest-77")
    assert "1234" not in figures
    assert "77" not in figures


def test_json_contract(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, str(story), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["version"] == 1
    assert data["view"] == "quantities"
    assert data["errors"] == []
    [document] = data["documents"]
    assert document["path"] == str(story)
    assert document["format"] == "markdown"
    assert document["metadata"]["date"] == "2022-03-03"
    assert document["metadata"]["source"] == "Example News"
    assert document["regions"][0]["role"] == "headline"
    quantity = next(q for q in document["quantities"] if q["text"] == "nearly 500")
    text = story.read_text(encoding="utf-8")
    assert text[quantity["start"]:quantity["end"]] == "nearly 500"
    assert (quantity["line"], quantity["column"]) == (9, 16)
    assert (quantity["end_line"], quantity["end_column"]) == (9, 26)
    assert quantity["hedge"] == "nearly"
    assert quantity["bound"] == "below"
    for key in ("value", "low", "high", "low_inclusive", "high_inclusive", "unit", "kind",
                "change", "soft_low", "soft_high", "granularity", "iso"):
        assert key in quantity


def test_columns_count_code_points(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "u.txt"
    path.write_text("“😀” — about 40 people\n", encoding="utf-8")
    _, out, _ = run_cli(capsys, str(path), "--format", "json")
    quantity = json.loads(out)["documents"][0]["quantities"][0]
    # “ 😀 ” space — space: six code points (not UTF-8 bytes, not UTF-16 units) before
    assert (quantity["line"], quantity["column"], quantity["end_column"]) == (1, 7, 15)


def test_bad_paths_are_reported_and_the_rest_is_printed(
    story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "img.txt"
    binary.write_bytes(b"\x00\x01\x02")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 with 12 seats".encode("latin-1"))
    missing = tmp_path / "missing.md"
    code, out, err = run_cli(capsys, str(missing), str(binary), str(story), str(latin),
                             str(tmp_path / "sub"), "--format", "json")
    assert code == 2
    assert err.splitlines() == [
        f"numcheck: error: {missing}: no such file or directory",
        f"numcheck: error: {tmp_path / 'sub'}: no such file or directory",
        f"numcheck: error: {binary}: binary file, skipped",
        f"numcheck: error: {latin}: not valid UTF-8 at byte 3 (use --encoding)",
    ]
    data = json.loads(out)  # still one valid JSON document
    assert [d["path"] for d in data["documents"]] == [str(story)]
    assert {e["path"] for e in data["errors"]} == {str(missing), str(binary), str(latin),
                                                   str(tmp_path / "sub")}


def test_encoding_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 with about 12 seats".encode("latin-1"))
    code, out, _ = run_cli(capsys, str(latin), "--encoding", "latin-1")
    assert code == 0
    assert "about 12" in out
    code, out, err = run_cli(capsys, str(latin), "--encoding", "klingon")
    assert (code, out) == (2, "")
    assert err == "numcheck: error: unknown encoding 'klingon' (--encoding)\n"


def test_directory_and_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "empty.md").write_text("")
    (tmp_path / "d" / "a.txt").write_text("About 40 people.\n")
    code, out, _ = run_cli(capsys, str(tmp_path / "d"), "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert [Path(d["path"]).name for d in data["documents"]] == ["a.txt", "empty.md"]
    assert data["documents"][1]["quantities"] == []


def test_claims_view_shape(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, str(story), "--format", "json", "--view", "claims")
    assert code == 0, err
    document = json.loads(out)["documents"][0]
    assert "quantities" not in document
    claim = next(c for c in document["claims"] if c["quantity"]["text"] == "nearly 500")
    assert (claim["line"], claim["column"], claim["end_column"]) == (9, 16, 26)
    assert claim["quantity"]["line"] == 9
    assert claim["date"] == "2022-03-03"
    assert claim["source"] == "Example News"


def test_output_is_deterministic(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = run_cli(capsys, str(story), str(story.parent), "--format", "json")
    second = run_cli(capsys, str(story.parent), str(story), "--format", "json")
    assert first == second


def test_stdin_with_filename_subprocess(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "numcheck", "parse", "-", "--stdin-filename", "draft.html",
         "--format", "json"],
        input=b"<p>Nearly 500 troops</p><script>var x = 999;</script>",
        capture_output=True, check=False, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    [document] = json.loads(result.stdout)["documents"]
    assert (document["path"], document["format"]) == ("draft.html", "html")
    assert [q["text"] for q in document["quantities"]] == ["Nearly 500"]
    assert document["quantities"][0]["column"] == 4


def test_piped_stdin_is_the_default_input(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "numcheck", "parse"], input=b"about 40 people\n",
        capture_output=True, check=False, cwd=tmp_path,
    )
    assert result.returncode == 0
    assert result.stdout.decode().startswith("-:1:1  about 40  →  ")
