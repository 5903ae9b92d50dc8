"""drift/denominators.py: a denominator after a sum and a capitalized month spelt like
a modal are no evidence of a level or an estimate (aspect.sized)."""

from __future__ import annotations

from numcheck.checkers.drift.aspect import AspectWords
from numcheck.checkers.drift.denominators import denominated, words_of

MONTHS = AspectWords.from_lexicon().months
PER = AspectWords.from_lexicon().per


def test_a_capitalized_month_after_the_first_word_is_dropped() -> None:
    assert words_of(", payable in May to holders", MONTHS, False) == [
        "payable", "in", "to", "holders"]


def test_the_modal_stays() -> None:
    assert "may" in words_of(" the figure may rise", MONTHS, False)


def test_a_month_word_opening_the_sentence_stays() -> None:
    assert words_of("May be paid later", MONTHS, True)[0] == "may"


def test_a_denominator_names_its_noun() -> None:
    assert denominated(["a", "share", "payable"], PER) == 1
    assert denominated(["per", "tonne"], PER) == 1


def test_no_denominator() -> None:
    assert denominated(["shares", "rose"], PER) == -1
    assert denominated(["a"], PER) == -1


def test_the_lexicon_lists_the_denominator_words() -> None:
    assert {"a", "per", "each"} <= PER
