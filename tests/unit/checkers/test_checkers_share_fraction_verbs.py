"""A word share before a plural verb ("Of its 7,500 employees, a fifth are agency
workers, about 2,000 people") is a share, not a position ([fraction_reading]
ratio_before in numcheck/lexicon/numbers.toml); a count set off after a share's clause by
an emphasis word (", just 80 services", ", only 80") is the share's count ([shares]
marks)."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [shares], path="article.txt").codes()


# (wrong, right)
CASES = [
    ("Of its 7,500 employees, a fifth are agency workers: about 2,000 people.",
     "Of its 7,500 employees, a fifth are agency workers: about 1,500 people."),
    ("Of its 7,500 employees, a third are agency workers - about 2,000 people.",
     "Of its 7,500 employees, a third are agency workers - about 2,500 people."),
    ("Of the 900 patients, a fifth were children, about 250.",
     "Of the 900 patients, a fifth were children, about 180."),
    ("Only 40% of the line's 250 trains ran on time, just 80 services.",
     "Only 40% of the line's 250 trains ran on time, just 100 services."),
    ("Only 12% of the 3,000 flats meet the standard, a mere 500 homes.",
     "Only 12% of the 3,000 flats meet the standard, a mere 360 homes."),
]


@pytest.mark.parametrize(("wrong", "right"), CASES)
def test_word_share_before_a_verb_and_an_emphasised_count(wrong: str, right: str) -> None:
    assert "NC203" in codes(wrong)
    assert "NC203" not in codes(right)


def test_a_position_before_a_singular_verb_is_no_share() -> None:
    text = ("Of the 900 patients, two died on Monday and a third was found on Tuesday, "
            "250 km away.")
    assert "NC203" not in codes(text)


def test_a_share_of_that_takes_the_amount_before_it() -> None:
    # "of that" points back at a mass, as "of it" does ([partitive] mass_pronouns)
    lead = "The bank lent £36bn to small firms last year. A third of that, "
    wrong = lead + "£15bn, went to start-ups."
    right = lead + "£12bn, went to start-ups."
    assert "NC203" in codes(wrong)
    assert "NC203" not in codes(right)


def test_a_count_told_per_period_closes_its_phrase() -> None:
    # "roughly $11.5bn a year": the count of a share of an annual budget, per year
    lead = "The state spends 18% of its $64bn budget on schools, roughly "
    assert "NC203" in codes(lead + "$9bn a year.")
    assert "NC203" not in codes(lead + "$11.5bn a year.")
