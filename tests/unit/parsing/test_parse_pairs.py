"""Two numbers side by side that are not a range (issue #9's leftovers; NC208 false alarms):
results and comparisons running down, odds "N to one", asides set off by a spaced dash."""

from __future__ import annotations

import pytest

from numcheck import parse
from numcheck.quantity import Bound, Kind, Quantity


@pytest.mark.parametrize(
    "text",
    [
        "Her lead shrank to four points, 47.2% to 43.2%, overnight.",
        "The motion passed 212 to 198 after a late-night debate.",
        "Home sides won 61% to 39% of the matches last season.",
        "Polls gave Labour 38 per cent to 31 per cent for the Tories.",
        "City beat United 3 to 2 in extra time.",
    ],
)
def test_a_pair_running_down_without_between_is_two_figures(text: str) -> None:
    qs = parse(text)
    assert all(q.bound is not Bound.RANGE for q in qs), [q.text for q in qs]
    assert len([q for q in qs if q.value is not None]) >= 2


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Supporters were outnumbered nearly three to one.", 3),
        ("The board voted 4 to 1 in favour of the merger.", 4),
        ("Bookmakers had the colt at 50 to 1 on Friday.", 50),
        ("Rivals outspent her two to one.", 2),
    ],
)
def test_odds_down_to_one_are_one_ratio(text: str, value: float) -> None:
    [q] = parse(text)
    assert (q.kind, q.value) == (Kind.RATIO, value)


@pytest.mark.parametrize(
    "text",
    [
        "Of the 90 victims, 30% — 27 people — were over 80.",
        "Staff costs rose 12% – 380 posts – in a year.",
        "Almost half — 212 of the 440 flats — failed the check.",
    ],
)
def test_a_spaced_dash_sets_off_an_aside_not_a_range(text: str) -> None:
    qs = parse(text)
    assert all(q.bound is not Bound.RANGE for q in qs), [q.text for q in qs]


@pytest.mark.parametrize(
    "text",
    [
        "Between 500 and 300 people fled.",  # NC208 still sees a range written backwards
        "Forecasters expect 5 to 8 inches of snow.",
        "Fares will rise by 3–5% in March.",
        "Tickets cost £20 – £35 each.",
        "It will take 20 to 30 minutes.",
    ],
)
def test_ranges_stay_ranges(text: str) -> None:
    qs = parse(text)
    assert any(q.bound is Bound.RANGE for q in qs), [q.text for q in qs]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The trail climbs for half a mile.", 0.5, "mile"),
        ("Hail up to three-quarters of an inch across.", 0.75, "inch"),
        ("The dunes moved a third of a metre overnight.", 1 / 3, "meter"),
        ("Crews cleared two-thirds of a mile of road.", 2 / 3, "mile"),
        ("A quarter mile of track was washed away.", 0.25, "mile"),
        ("The queue took half an hour to clear.", 0.5, "hour"),
    ],
)
def test_a_fraction_of_one_unit_is_a_measure(text: str, value: float, unit: str) -> None:
    [q] = parse(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text",
    [
        "Crews spent a sixth day at the site.",
        "She won a third term.",
        "a second week of talks",
        # after a word that would make a bare fraction a change, a day is still numbered
        "Rescuers are working through a third day.",
        "Prices are up for a second straight week.",
    ],
)
def test_an_ordinal_before_a_unit_stays_an_ordinal(text: str) -> None:
    assert all(q.kind is Kind.ORDINAL for q in parse(text))


@pytest.mark.parametrize(
    "text",
    [
        "The 10-year Treasury yield rose to 4.21%.",
        "Two-year gilts rallied after the data.",
        "The yield on the 30-year bond hit a record.",
        "Investors sold five-year German bunds.",
        "The 10-year government bond yield fell.",
    ],
)
def test_a_term_naming_a_debt_instrument_is_no_duration(text: str) -> None:
    assert not [q for q in parse(text) if q.kind is Kind.DURATION]


@pytest.mark.parametrize(
    "text",
    ["The 34-month trial ended in May.", "He signed a three-year contract.",
     "For 10 years the bond market was calm.", "a 10-year plan to issue bonds"],
)
def test_other_terms_stay_durations(text: str) -> None:
    assert [q.kind for q in parse(text)] == [Kind.DURATION]


def _at(text: str, at: str) -> Quantity | None:
    i = text.index(at)
    return next((q for q in parse(text) if q.start <= i < q.end), None)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("The raid netted 64 - about a fifth of the gang.", "64"),
        ("Shops shed 900 - roughly 4% of staff.", "900"),
        ("The unit sold 3,100 - 12% of its stock.", "3,100"),
    ],
)
def test_a_spaced_hyphen_before_a_hedged_or_smaller_figure_is_an_aside(text: str, at: str) -> None:
    """phrasings.md 16.4: the first figure stays a plain count, never a range end."""
    q = _at(text, at)
    assert q is not None
    assert q.bound is Bound.EXACT
    assert q.kind is Kind.COUNT


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("United lined up in a 3-4-3.", "3-4"),
        ("The hotline is 1-888-555-0123.", "888"),
        ("Jones was 4-for-6 with a homer.", "4-"),
        ("She won 6-3, 4-6, 6-2.", "4-6"),
    ],
)
def test_chains_records_and_runs_of_scores_name_no_range(text: str, at: str) -> None:
    q = _at(text, at)
    assert q is None or q.kind is Kind.IDENTIFIER


@pytest.mark.parametrize(
    ("text", "unit"),
    [("Rents may climb 2 - 4% this year.", "percent"), ("Tickets cost £30 - £45.", "GBP"),
     ("Allow 15 - 20 minutes.", "minute")],
)
def test_a_spaced_hyphen_between_rising_ends_is_a_range(text: str, unit: str) -> None:
    (q,) = [q for q in parse(text) if q.bound is Bound.RANGE]
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [("a one-in-eight risk", 1 / 8), ("One-in-three pupils were absent.", 1 / 3),
     ("a one-in-a-thousand event", 1e-3), ("six out of every ten homes", 0.6),
     ("three of every four loans", 0.75), ("two out of the five judges", 0.4),
     ("a 1-in-50 chance", 0.02), ("five-in-six firms", 5 / 6)],
)
def test_word_ratios_written_open_or_hyphenated(text: str, value: float) -> None:
    """phrasings.md 16.5."""
    (q,) = [q for q in parse(text) if q.kind is Kind.RATIO]
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text", ["a three-in-one printer", "Police found two in the boot.", "one in 2024"]
)
def test_no_ratio_without_a_larger_denominator(text: str) -> None:
    assert all(q.kind is not Kind.RATIO for q in parse(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Kesby lost 140 homes and Pell 31 - 212 homes in all.", ["140", "31", "212"]),
     ("Kesby 140, Pell 31 – 212 in total, officials said.", ["140", "31", "212"]),
     ("Fares will rise 3 - 5% in all zones.", ["3 - 5%"]),
     ("Estimates range from 31 - 40 homes overall.", ["from 31 - 40"]),
     ("between 200-250 homes in all", ["between 200-250"])],
)
def test_a_spaced_dash_before_a_total_is_no_range(text: str, expected: list[str]) -> None:
    """A figure closed as a total ("212 homes in all") after a spaced dash ends a list of
    parts; it is no range's high end (hedges.toml [range] total_after)."""
    assert [q.text for q in parse(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Three libraries will cut their opening hours from 48 to 36 hours a week.",
        "She cut the term by a third for her guilty plea, from eight years to five years.",
        "The council reduced the speed limit on the bypass from 60 to 40 miles an hour.",
    ],
)
def test_a_change_verb_before_its_object_makes_from_a_to_b_two_levels(text: str) -> None:
    """A change verb a few words before "from A to B" (its object, a by-phrase between)
    makes the pair the change's old and new level, never a range written backwards."""
    qs = parse(text)
    assert all(q.bound is not Bound.RANGE for q in qs), [q.text for q in qs]


def test_from_a_to_b_without_a_change_verb_stays_a_range() -> None:
    qs = parse("Temperatures in the valley will range from 12 to 18C on Sunday.")
    assert any(q.bound is Bound.RANGE for q in qs), [q.text for q in qs]
