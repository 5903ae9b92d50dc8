"""``numcheck parse`` text output shows dates and times as ISO, amounts as intervals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from numcheck.cli import main

STORY = (
    "The talks on Feb. 24, 2022 began at 9:30 a.m. and resumed on March 3.\n"
    "Nearly 500 people left on 3/4, officials said.\n"
)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "talks.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def lines(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, str]:
    assert main(["parse", *args]) == 0
    out = capsys.readouterr().out
    return {row.split("  ")[1]: row.split("→  ", 1)[1] for row in out.splitlines()}


def test_dates_and_times_print_as_iso(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    got = lines(capsys, str(story))
    assert got["Feb. 24, 2022"] == "2022-02-24  (date)"
    assert got["March 3"] == "--03-03  (date)"
    assert got["9:30 a.m."] == "09:30  (time)"
    assert got["3/4"] == "?  (date)"  # month/day or day/month: not said
    assert got["Nearly 500"] == "[450, 500)  (count, Nearly)"


def test_json_keeps_the_contract(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--format", "json", str(story)]) == 0
    [doc] = json.loads(capsys.readouterr().out)["documents"]
    date = next(q for q in doc["quantities"] if q["text"] == "Feb. 24, 2022")
    assert (date["kind"], date["iso"], date["low"], date["high"]) == ("date", "2022-02-24",
                                                                     None, None)
    keys = set(date)
    assert {"text", "start", "end", "value", "low", "high", "unit", "kind", "hedge", "bound",
            "change", "iso", "line", "column"} <= keys
