"""Wave 34 (uc34): unit conversions and day counts told the way eight desks tell them.

The realisation files (data/conv34_*.toml, data/days34_*.toml) were written before
tuning; the ``_aside`` ones were scored only at the end. data/days34b_agency.toml holds
the agency-style starts ("seized the airport Tuesday") the lead's gate counts pointed
to. The unit tests below each fail without the mechanism they name:

- a range converted end by end (``_conv_ranges.py``);
- a round restatement keeps the converted value's first digit (``conversion.py``);
- a price per one unit restated per another (``_money_per.py``);
- a rate restated with its per-unit left as words (``conversion._per_after``);
- "pounds" after a mass is pounds weight (``_glued.as_pounds``);
- an onset's weekday with no "on" (``_starts.py``, ``_day_kin.py``);
- hours after a start (``after_units`` in the lexicon);
- a day of the month without its month (``_starts._monthless_starts``).
"""

from __future__ import annotations

import pytest
from realisation_cases import realisation_cases

from numcheck.checkers import conversion, days
from numcheck.testing import run_checks

FRIDAY = "2026-03-13"  # Monday 9 March is day one of a strike begun that Monday


def _codes(text: str) -> set[str]:
    return set(run_checks(text, builtins=True, path="article.md", date=FRIDAY).codes())


def _check(case: dict[str, str]) -> None:
    codes = set(run_checks(case["text"], builtins=True, path="article.md",
                           date=case.get("date")).codes())
    if case["expect"]:
        assert case["expect"] in codes or (case["expect"] == "NC301" and "NC302" in codes)
    else:
        assert not {c for c in codes if c.startswith(("NC2", "NC3"))}


@pytest.mark.parametrize("case", realisation_cases(
    "conv34_realisations.toml", "days34_realisations.toml", "days34b_agency.toml"))
def test_realisation(case: dict[str, str]) -> None:
    _check(case)


@pytest.mark.parametrize("case", realisation_cases(
    "conv34_realisations_aside.toml", "days34_realisations_aside.toml"))
def test_realisation_aside(case: dict[str, str]) -> None:
    _check(case)


def _conversions(text: str) -> list[str]:
    return [f.message for f in run_checks(text, [conversion])]


def _days(text: str) -> list[str]:
    return [f.message for f in run_checks(text, [days], path="article.md", date=FRIDAY)]


@pytest.mark.parametrize("text", [
    "Highs of 10-12C (60-64F) are expected.",  # 50-53.6F
    "Lows of 2 to 4 metres (7 to 23 feet) are forecast.",  # 6.6-13.1 feet
    "Highs of 30-35C (86-99F) in the south.",  # 86-95F
])
def test_a_range_converts_end_by_end(text: str) -> None:
    assert len(_conversions(text)) == 1


@pytest.mark.parametrize("text", [
    "Highs of 10-12C (50-54F) are expected.",
    "Lows of 2 to 4 metres (7 to 13 feet) are forecast.",  # a bare first end rounds too
    "Highs of 30-35C (86-95F) in the south.",
])
def test_a_right_range_stays_silent(text: str) -> None:
    assert _conversions(text) == []


def test_a_round_restatement_keeps_a_digit() -> None:
    # 7,716lb: ten thousand keeps none of its digits; eight thousand and 9,600 do
    assert len(_conversions("A 3.5-tonne (10,000lb) lorry overturned.")) == 1
    assert _conversions("A 3.5-tonne (8,000lb) lorry overturned.") == []
    assert _conversions("The 4.35-tonne (10,000lb) engine was lifted.") == []  # 9,590lb
    # a hedge is the writer's licence to round further ("about one mile": 0.93 mile)
    assert _conversions("Those within a 1.5-kilometre (about one mile) radius left.") == []


def test_a_price_per_one_unit_restated_per_another() -> None:
    assert len(_conversions("Petrol costs $4 a gallon, or $2.40 a litre.")) == 1
    assert _conversions("Petrol costs $4 a gallon, or $1.06 a litre.") == []
    assert len(_conversions("Beef sells at £3.40 a kilo (£2.54 a pound).")) == 1
    assert _conversions("Beef sells at £3.40 a kilo (£1.54 a pound).") == []
    assert _conversions("Land goes for €20,000 a hectare, or about €8,100 an acre.") == []


@pytest.mark.parametrize("text", [
    "Tickets cost $5 a ride, or $40 a month.",  # a ride is no unit
    "Diesel was $4 a gallon and petrol $3 a litre.",  # two prices, no conversion link
    "Milk is $1 a litre (up from $0.90 a litre).",  # one unit twice
])
def test_prices_per_unit_that_are_no_conversion(text: str) -> None:
    assert _conversions(text) == []


def test_a_rate_restated_with_its_per_unit_as_words() -> None:
    assert _conversions("Yields of 8 tonnes per hectare (3.6 tons an acre).") == []
    assert len(_conversions("Yields of 8 tonnes per hectare (5.2 tons an acre).")) == 1
    # a total in the same unit beside a rate stays no conversion
    assert _conversions("Rain fell at 20mm an hour, 60mm in all.") == []


def test_pounds_after_a_mass_are_pounds_weight() -> None:
    assert len(_conversions("The mine shipped 50,000 tonnes (250 million pounds).")) == 1
    assert _conversions("The mine shipped 50,000 tonnes (110 million pounds).") == []
    assert _conversions("He sold 50 tonnes (£250,000) of grain.") == []


def test_an_onset_weekday_without_on() -> None:
    seized = "Rebels seized the airport Tuesday. The occupation is in its {} day."
    assert len(_days(seized.format("sixth"))) == 1
    assert _days(seized.format("fourth")) == []
    downed = "Dockers downed tools over pay Monday. The strike entered its {} day Friday."
    assert len(_days(downed.format("seventh"))) == 1
    assert _days(downed.format("fifth")) == []


@pytest.mark.parametrize("text", [
    "The union said Tuesday the strike was in its ninth day.",
    "Rebels seized the airport, the army said Tuesday. The siege is in its ninth day.",
    "Rebels stormed the radio station Friday as the siege entered its ninth day.",
])
def test_no_onset_weekday_without_on(text: str) -> None:
    assert _days(text) == []


def test_hours_after_a_start() -> None:
    told = "Rescuers pulled a boy alive on Friday, {} hours after the quake struck on {}."
    assert len(_days(told.format(48, "Monday"))) == 1  # four days: 72 to 120 hours
    assert _days(told.format(48, "Wednesday")) == []
    assert _days(told.format(72, "Monday")) == []  # a day's slack: two times of two days
    assert _days(told.format(120, "Monday")) == []
    # a story's past: no day of the sentence is told
    assert _days("Rescuers pulled a boy alive 48 hours after the quake struck on Monday.") == []


def test_a_day_of_the_month_without_its_month() -> None:
    assert len(_days("The siege began on the 2nd and is now in its 20th day.")) == 1
    assert _days("The siege began on the 2nd and is now in its 12th day.") == []
    # a later day of the month than today's is last month's (Feb. 20 is day one)
    assert _days("The siege began on the 20th, and is now in its 22nd day.") == []
    # an ordinal with a noun of its own is no date
    assert _days("Talks began on the 2nd floor. The strike is in its 20th day.") == []
    assert _days("The siege began on the 2nd battalion's front and is in its 20th day.") == []
