"""NC206 when the words before the old level describe it ("from a revised 98 million",
"from a record 4,880", "from a low of 16,800", "than Thursday's close of") and when two
levels are joined by "and", the second of the time just before ("212 on Sunday and 188 a
week earlier"): the grammar of the old level's phrase, from several desks, in words of
our own (numcheck/checkers/_level_forms.py ``old_phrase``, ``earlier_and``)."""

from __future__ import annotations

import pytest

from numcheck.checkers import change
from numcheck.checkers._level_forms import old_phrase
from numcheck.checkers._levels import LevelCues
from numcheck.lexicon import Lexicon
from numcheck.testing import run_checks

# realisation -> (wrong, right)
CHANGES = {
    "business: to A in YEAR, from a revised B": (
        "Exports rose 40% to £126 million in 2025, from a revised £98 million in 2024.",
        "Exports rose 29% to £126 million in 2025, from a revised £98 million in 2024.",
    ),
    "markets: to A, from a record B": (
        "The index fell 25% to 4,620 points, from a record 4,880 points in January.",
        "The index fell 5% to 4,620 points, from a record 4,880 points in January.",
    ),
    "elections: to A, from a low of B": (
        "Membership grew 20% to 18,900, from a low of 16,800 in January.",
        "Membership grew 12.5% to 18,900, from a low of 16,800 in January.",
    ),
    "markets: A, P% higher than WEEKDAY's close of B": (
        "Shares closed at $18.40, 12% higher than Thursday's close of $15.80.",
        "Shares closed at $18.40, 16% higher than Thursday's close of $15.80.",
    ),
    "energy: to A from the provisional B": (
        "Output rose 15% to 412 megawatts from the provisional 380 megawatts.",
        "Output rose 8% to 412 megawatts from the provisional 380 megawatts.",
    ),
    "health: A on DAY and B a week earlier, an increase of P%": (
        "There were 212 patients on Sunday and 188 a week earlier, an increase of 30%.",
        "There were 212 patients on Sunday and 188 a week earlier, an increase of 13%.",
    ),
}


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_a_change_whose_old_level_is_described(name: str) -> None:
    wrong, right = CHANGES[name]
    assert run_checks(wrong, [change]).codes() == ["NC206"]
    assert run_checks(right, [change]).codes() == []


@pytest.mark.parametrize(
    "text",
    [
        # another clause's change beside a described old level
        "Sales rose 29% to £126 million, from a revised £98 million; profit rose 4%.",
        # a percentage-point change between two shares described so
        "Turnout rose 6 points to 58%, from a record low of 52% in 2021.",
        # a rate against a count: not alike
        "Crime rose 10% to 1,240 offences, from a revised rate of 129 per 100,000.",
        # "and" joins two figures of the same time: no earlier mark
        "There were 212 patients on Sunday and 188 on Monday, an increase of 30% on March.",
        # a forecast beside this year's level: no time just before
        "Admissions will reach 4,300 next year and 3,900 this year, up 18% on 2023.",
    ],
)
def test_look_alikes_stay_quiet(text: str) -> None:
    assert run_checks(text, [change]).codes() == []


def test_the_grammar_strips_only_the_old_levels_description() -> None:
    cues = LevelCues(Lexicon.default()["checkers"])
    assert old_phrase(", from a revised", cues) == ", from"
    assert old_phrase("than thursday's close of", cues) == "than"
    assert old_phrase("from a low of", cues) == "from"
    assert old_phrase("from", cues) == "from"
    assert old_phrase("and 40 more in", cues) == "and 40 more in"


def test_a_wrong_modifier_entry_is_refused_loudly() -> None:
    with pytest.raises(ValueError, match="old_modifiers"):
        LevelCues({"levels": {"old_modifiers": ["revised", 3]}})
