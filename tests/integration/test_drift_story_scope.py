"""``numcheck check`` with several stories in one run: --story-scope and `story-scope`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from numcheck.cli import main

FLOOD = "---\ntitle: Floods\ndate: 2023-06-12\n{extra}---\n\n" \
        "The floods have killed 116 people, officials said.\n"  # fmt: skip
# two tolls within ten times of each other: further apart by no slip of the pen they are
# two figures whatever the scope (checkers/_slips.py), and the scope would go untested
QUAKE = "---\ntitle: Quake\ndate: 2023-06-12\n{extra}---\n\n" \
        "The earthquake killed 340 people, officials said.\n"  # fmt: skip


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NUMCHECK_OUTPUT_FORMAT", raising=False)
    for name, text in (("flood/a.md", FLOOD), ("quake/b.md", QUAKE)):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text.format(extra=""), encoding="utf-8")
    return tmp_path


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    try:
        code = main(["check", "--no-progress", "--isolated", "--select", "NC4",
                     "--output-format", "json", *args])  # fmt: skip
    except SystemExit as done:  # usage errors leave through argparse
        code = int(done.code or 0)
    out, err = capsys.readouterr()
    rules = [f["rule"] for f in json.loads(out)["findings"]] if code in (0, 1) else []
    return code, rules, err


def test_by_default_a_flood_and_a_quake_are_two_stories(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # issue #14: story-aware drift by default; "all" (or its old name "run") compares
    # everything the run holds
    assert check(capsys, ".")[:2] == (0, [])
    assert check(capsys, ".", "--story-scope", "all")[:2] == (1, ["NC401"])
    assert check(capsys, ".", "--story-scope", "run")[:2] == (1, ["NC401"])


def test_by_default_one_story_told_twice_is_compared(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    later = FLOOD.replace("2023-06-12", "2023-06-14").replace("116", "96")
    (newsroom / "flood" / "c.md").write_text(later.format(extra=""), encoding="utf-8")
    assert check(capsys, ".")[:2] == (1, ["NC401"])  # a toll cannot fall
    # a month later it is another story, whatever it says
    (newsroom / "flood" / "c.md").write_text(
        later.replace("2023-06-14", "2023-07-30").format(extra=""), encoding="utf-8"
    )
    assert check(capsys, ".")[:2] == (0, [])


def test_directory_scope_from_the_command_line(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert check(capsys, ".", "--story-scope", "directory")[:2] == (0, [])


def test_story_scope_from_the_config(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (newsroom / "numcheck.toml").write_text('story-scope = "directory"\n', encoding="utf-8")
    code = main(["check", "--no-progress", "--select", "NC4", "--output-format", "json", "."])
    assert (code, json.loads(capsys.readouterr().out)["findings"]) == (0, [])
    code = main(["check", "--no-progress", "--select", "NC4", "--story-scope", "run", "."])
    assert code == 1  # the command line beats the config


def test_story_metadata_groups_files_in_file_scope(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert check(capsys, ".", "--story-scope", "file")[:2] == (0, [])
    for name, text in (("flood/a.md", FLOOD), ("quake/b.md", QUAKE)):
        (newsroom / name).write_text(text.format(extra="story: valley\n"), encoding="utf-8")
    assert check(capsys, ".", "--story-scope", "file")[:2] == (1, ["NC401"])


def test_a_bad_scope_is_one_line_with_a_suggestion(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = check(capsys, ".", "--story-scope", "directories")
    assert code == 2
    assert "did you mean 'directory'?" in err
    assert len(err.strip().splitlines()) == 1
    (newsroom / "numcheck.toml").write_text('story-scope = "files"\n', encoding="utf-8")
    code = main(["check", "--no-progress", "."])
    err = capsys.readouterr().err
    assert code == 2
    assert "bad value for 'story-scope'" in err
    assert "did you mean 'file'?" in err
    (newsroom / "numcheck.toml").write_text('story_scope = "file"\n', encoding="utf-8")
    assert main(["check", "--no-progress", "."]) == 2
    assert "did you mean 'story-scope'?" in capsys.readouterr().err
