"""A change told with its new level, its old level in the next (or the previous)
sentence told of the time just before (numcheck/checkers/_earlier.py,
``find_told_apart``)."""

from __future__ import annotations

import pytest

from numcheck.checkers._earlier import _kin, _marks
from numcheck.checkers._levels import LevelCues
from numcheck.lexicon import Lexicon
from numcheck.testing import run_checks


def _nc2(text: str) -> set[str]:
    return {c for c in run_checks(text, builtins=True).codes() if c.startswith("NC2")}


@pytest.mark.parametrize(
    "text",
    [
        "Net sales rose 30% to $520 million. A year earlier they were $470 million.",
        "The jobless rate fell 2 points to 5.1% in March. The previous month it stood at 5.5%.",
        "Last winter 140 cm of snow fell at the pass. Snowfall rose 50% to 300 cm this winter.",
        "Enrolment grew 10% to 1,500 pupils in 2024. In 2023 enrolment was 1,200 pupils.",
    ],
)
def test_wrong_change_against_the_level_told_apart(text: str) -> None:
    assert _nc2(text) & {"NC204", "NC206"}


@pytest.mark.parametrize(
    "text",
    [
        # right arithmetic
        "Net sales rose 10% to $520 million. A year earlier they were $470 million.",
        # a time further back is no old level of the change
        "Net sales rose 10% to $520 million. Five years ago they were $300 million.",
        # a time ahead
        "Net sales rose 10% to $520 million. Next year the firm expects $700 million.",
        # the other sentence names another measure
        "Net sales rose 10% to $520 million. A year earlier the firm paid $90 million for a rival.",
        # two figures of the measure there: which one is unknown
        "Net sales rose 10% to $520 million. A year earlier they were $300 million in Europe "
        "and $170 million in Asia.",
        # no time told: another thing of the same kind
        "Visits rose 10% to 52,000. The library next door drew 30,000.",
        # another paragraph
        "Net sales rose 10% to $520 million.\n\nA year earlier they were $300 million.",
        # the same time on both sides
        "Net sales rose 10% last year to $520 million. Last year costs were $300 million.",
    ],
)
def test_silent_look_alikes(text: str) -> None:
    assert not _nc2(text)


def test_marks_read_one_period_back_not_a_span_to_now() -> None:
    cues = LevelCues(Lexicon.default()["checkers"])
    assert _marks("a year earlier it was 58%", cues) == {"a year earlier"}
    assert _marks("at the last election it was 58%", cues) == {"last election"}
    assert _marks("twelve months ago it had 44,500 members", cues) == {"twelve months ago"}
    assert _marks("in the last year, 800 people left", cues) == set()
    assert _marks("ten years ago it was 58%", cues) == set()


def test_kin_heads() -> None:
    assert _kin("member", "membership")
    assert _kin("passenger", "passengers")
    assert not _kin("revenue", "payment")


def test_a_day_before_the_article_is_the_time_before() -> None:
    text = "The death toll now stands at 212, up 14%. On Monday it was 150."
    found = run_checks(text, builtins=True, date="2026-03-05").codes()
    assert "NC206" in found
    right = "The death toll now stands at 212, up 41%. On Monday it was 150."
    assert not [c for c in run_checks(right, builtins=True, date="2026-03-05").codes()
                if c.startswith("NC2")]


def test_a_part_of_a_group_is_no_level_of_it() -> None:
    text = "The firm's workforce grew 10% to 5,500. A year earlier, 300 of its staff were idle."
    assert not _nc2(text)
