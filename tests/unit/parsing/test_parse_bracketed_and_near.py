"""Three misreadings found on wave 34's copy, each read as a class:

- an anchor word after an opening bracket or quote: a currency code ("(SEK 18.3bn)",
  "[USD 5m]"), a date ("(Oct. 3)"), a named identifier ("(Route 66)") read as they
  are read without the bracket;
- a hedge of closeness ending in "under"/"below"/"above" ("just under half", "well
  above 40%") bounds the figure; only after a change verb does it make a level;
- an ordinal before a unit word that opens a hyphened compound ("the tenth
  day-long strike") counts the noun the compound qualifies, not days.
"""

from __future__ import annotations

import pytest

from numcheck import parse
from numcheck.quantity import Kind, Level


def _only(text: str, start: str) -> tuple[str, Kind, str | None, Level | None]:
    for q in parse(text):
        if text[q.start:].startswith(start):
            return q.text, q.kind, q.unit, q.level
    raise AssertionError(f"no figure at {start!r} in {text!r}: {[q.text for q in parse(text)]}")


@pytest.mark.parametrize(("text", "start", "kind", "unit"), [
    ("Revenue was 18.3 billion kronor (SEK 18.3bn) last year.", "SEK", Kind.MONEY, "SEK"),
    ("The fine, 2m euros (USD 2.2m), was paid.", "USD", Kind.MONEY, "USD"),
    ("Sales rose to NOK 4.1bn [NOK 4.1bn restated].", "NOK 4.1bn restated", Kind.MONEY, "NOK"),
    ("The vote was held on Friday (Oct. 3) in the town hall.", "Oct. 3", Kind.DATE, None),
    ("Traffic on the old road (Route 66) doubled.", "Route 66", Kind.IDENTIFIER, None),
    ("Revenue was SEK 18.3bn.", "SEK", Kind.MONEY, "SEK"),  # unchanged without a bracket
])
def test_an_anchor_word_after_a_bracket_reads_as_without_it(
        text: str, start: str, kind: Kind, unit: str | None) -> None:
    _, got_kind, got_unit, _ = _only(text, start)
    assert (got_kind, got_unit) == (kind, unit)


@pytest.mark.parametrize("text", ["(ABC 5) was the code.", "(UK 12) read the sign."])
def test_three_capitals_that_are_no_currency_stay_no_money(text: str) -> None:
    assert all(q.kind is not Kind.MONEY for q in parse(text))


@pytest.mark.parametrize(("text", "start"), [
    ("Just under half of the 1,200 passengers were tourists.", "Just under half"),
    ("Just under 500 people came to the meeting.", "Just under 500"),
    ("Turnout was well above 40% in the north.", "well above 40%"),
    ("A little under a third of the staff voted.", "A little under"),
])
def test_a_hedge_of_closeness_is_no_level(text: str, start: str) -> None:
    assert _only(text, start)[3] is None


@pytest.mark.parametrize(("text", "start"), [
    ("Brent fell below $80 a barrel.", "below $80"),
    ("Shares fell just below 400p on Friday.", "just below 400p"),
    ("Prices climbed past $90 a barrel.", "climbed past $90"),
])
def test_after_a_change_verb_a_level_word_still_makes_a_level(text: str, start: str) -> None:
    assert _only(text, start)[3] is Level.NEW


@pytest.mark.parametrize(("text", "start", "unit"), [
    ("On the tenth day-long stoppage, crews walked out.", "tenth", None),
    ("It was the 3rd week-old ceasefire to fail.", "3rd", None),
    ("The strike entered its tenth day on Monday.", "tenth", "day"),
    ("On the fifth day of the strike, talks resumed.", "fifth", "day"),
])
def test_an_ordinal_before_a_hyphened_unit_compound_counts_no_days(
        text: str, start: str, unit: str | None) -> None:
    _, kind, got_unit, _ = _only(text, start)
    assert (kind, got_unit) == (Kind.ORDINAL, unit)
