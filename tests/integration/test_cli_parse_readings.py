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


def test_parse_reads_the_settings_check_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The config's tolerance and the plugins' lexicon reach ``numcheck parse``."""
    story = tmp_path / "desk" / "story.txt"
    story.parent.mkdir()
    monkeypatch.chdir(story.parent)  # the desk's own config: trusted to load its plugins
    story.write_text("About 1,230 people fled, and give or take 340 stayed.\n")
    default = lines(capsys, str(story), "--isolated")
    (tmp_path / "desk" / "numcheck.toml").write_text(
        'tolerance = 0.5\nplugins = ["words.py"]\n')
    (tmp_path / "desk" / "words.py").write_text(
        "from numcheck import hookimpl\n\n@hookimpl\ndef numcheck_lexicon():\n"
        "    return {'hedges': {'prefix': {'approx': ['give or take']}}}\n")
    configured = lines(capsys, str(story))
    assert default["About 1,230"].startswith("[1,107, 1,353]")
    assert configured["About 1,230"].startswith("[615, 1,845]")  # tolerance 0.5
    assert "give or take 340" not in default  # the plugin's hedge is not built in
    assert configured["give or take 340"].startswith("[170, 510]")
    assert main(["check", "--no-progress", "--show-settings", str(story)]) == 0
    assert '"tolerance": 0.5' in capsys.readouterr().out
