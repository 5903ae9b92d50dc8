"""Day counts end to end: a yearless start ("the Feb. 24 invasion") is checked once the
article has a date (``--date``), and stays quiet without one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from numcheck.cli import main

# the structure of a wire story: the count with a weekday in the lede, a yearless start
# further down, no dateline and no metadata
ARTICLE = (
    "PORT TESSAR (NW) — The blockade of Port Tessar entered its {} day on {} as "
    "ferries stayed in harbour and fuel ran short, officials said.\n\n"
    "Trawler crews have been idle since the Feb. 24 blockade, when patrol boats "
    "closed the harbour mouth.\n"
)


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, *args: str) -> list[str]:
    path = tmp_path / "tessar.txt"
    path.write_text(text, encoding="utf-8")
    code = main(["check", str(path), "--select", "NC3", "--output-format", "json", *args])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert code == (1 if findings else 0)
    return [f["rule"] for f in findings]


def test_right_count_on_the_day_is_quiet(tmp_path, capsys):
    text = ARTICLE.format("eighth", "Thursday")
    assert run(tmp_path, capsys, text, "--date", "2022-03-03") == []


def test_the_count_is_checked_against_the_date(tmp_path, capsys):
    # the same story counting exclusively: Thursday 3 March is day 8, not day 7
    text = ARTICLE.format("seventh", "Thursday")
    assert run(tmp_path, capsys, text, "--date", "2022-03-03") == ["NC301"]


def test_wrong_weekday_is_reported(tmp_path, capsys):
    # day 8 is Thursday 3 March; the story says Saturday
    text = ARTICLE.format("eighth", "Saturday")
    assert run(tmp_path, capsys, text, "--date", "2022-03-03") == ["NC302"]


def test_published_the_next_day_the_weekday_still_fits(tmp_path, capsys):
    # a Friday paper reporting Thursday's events: "eighth day on Thursday" is right
    text = ARTICLE.format("eighth", "Thursday")
    assert run(tmp_path, capsys, text, "--date", "2022-03-04") == []
    # but the same count in the present tense, dated Friday, is a day short
    present = text.replace("entered its eighth day on Thursday", "is in its eighth day")
    assert run(tmp_path, capsys, present, "--date", "2022-03-04") == ["NC301"]


def test_a_week_later_the_count_is_wrong(tmp_path, capsys):
    text = ARTICLE.format("eighth", "Thursday")
    assert run(tmp_path, capsys, text, "--date", "2022-03-10") == ["NC301"]


def test_without_any_date_a_yearless_start_is_quiet(tmp_path, capsys):
    # any weekday fits Feb. 24 of some year: nothing to check
    assert run(tmp_path, capsys, ARTICLE.format("eighth", "Saturday")) == []


def test_a_year_beside_the_start_is_enough(tmp_path, capsys):
    text = ARTICLE.format("eighth", "Saturday").replace(
        "Feb. 24 blockade", "Feb. 24 blockade in 2022"
    )
    assert run(tmp_path, capsys, text) == ["NC302"]


def test_a_date_with_the_wrong_weekday(tmp_path, capsys):
    # 3 March 2022 was a Thursday
    text = "PORT TESSAR (NW) — Talks on the blockade were held on {}, March 3, officials said.\n"
    assert run(tmp_path, capsys, text.format("Friday"), "--date", "2022-03-03") == ["NC302"]
    assert run(tmp_path, capsys, text.format("Thursday"), "--date", "2022-03-03") == []
    # no year anywhere: any weekday fits 3 March of some year
    assert run(tmp_path, capsys, text.format("Friday")) == []
