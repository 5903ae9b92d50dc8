"""A change counted from the time of the level told in the sentence before it
(numcheck/checkers/_since.py, used by ``find_told_apart`` in _earlier.py)."""

from __future__ import annotations

import pytest

from numcheck.checkers._levels import LevelCues
from numcheck.checkers._since import SinceCues
from numcheck.lexicon import Lexicon
from numcheck.testing import run_checks


def _nc2(text: str) -> set[str]:
    return {c for c in run_checks(text, builtins=True).codes() if c.startswith("NC2")}


@pytest.mark.parametrize(
    "text",
    [
        # a since mark and a pointing subject
        "The backlog at the crown courts stood at 58,000 cases two years ago. It has since "
        "grown by a quarter to 67,000 cases, the ministry said.",
        "Food bank parcels handed out in the city totalled 41,000 at the start of the "
        "pandemic. The number has since climbed by half, to 52,000, organisers said.",
        # a later month of one sequence, the figure pointing back
        "Unemployment claims in the county stood at 12,300 in March. By September the "
        "figure had fallen 40%, to 10,900, the agency said.",
        # a day before, the change's lead a pronoun
        "Shares in the lender closed at 412 pence on Monday. On Tuesday they slid 8% to "
        "398 pence as investors digested the results.",
    ],
)
def test_wrong_change_counted_since_the_level_before(text: str) -> None:
    assert _nc2(text) & {"NC204", "NC206"}


@pytest.mark.parametrize(
    "text",
    [
        # right arithmetic
        "The backlog at the crown courts stood at 58,000 cases two years ago. It has since "
        "grown by 16% to 67,000 cases.",
        # a part: a word of its own in the change's lead
        "The university enrolled 31,000 students in 2023. Since then international "
        "enrolment has fallen 20% to 4,800, the registrar said.",
        "The festival sold 90,000 tickets in 2023. Since then sales of weekend passes have "
        "risen 50% to 12,000, organisers said.",
        # a part named after the new level
        "There were 820 burglaries in the borough in January. In February they fell 20% to "
        "700 in the town centre alone.",
        # a base of its own ("since 2019")
        "The clinic treated 4,100 patients in 2023. It has treated 30% more since 2019, "
        "reaching 5,200.",
        # a forecast
        "The airline flew 14 million passengers in 2024. It has since said it expects "
        "traffic to grow 8% to 16 million.",
        # the old level's sentence names no time
        "The charity handed out 41,000 parcels. The number has since climbed by half, to "
        "52,000.",
        # points, not percent
        "Support for the measure stood at 48% in January. It has since risen 6 points to 54%.",
        # an earlier month after a later one
        "Claims stood at 12,300 in September. By March the figure had fallen 40%, to 10,900.",
    ],
)
def test_silent_look_alikes(text: str) -> None:
    assert not _nc2(text)


def test_a_wrong_entry_is_refused_loudly() -> None:
    lex = dict(Lexicon.default()["checkers"])
    lex["levels"] = {**lex["levels"], "ordered_times": [["q1", "q2"]]}
    with pytest.raises(ValueError, match="ordered_times"):
        SinceCues(lex)


def test_marks_compiled_from_the_lexicon() -> None:
    cues = LevelCues(Lexicon.default()["checkers"])
    assert cues.since.since is not None
    assert cues.since.since.search("a month later stocks had")
    assert cues.since.since.search("it has since")
    assert not cues.since.since.search("since 2019 it")
