"""Counts that name a thing but no event, aligned across sources by what is said of
them (Claim.measure: the noun, the verb it is the subject or object of, the noun that
governs it by "of", a possessor, a year; numcheck/checkers/drift/measured.py), and the
same number written in two units of one dimension."""

from __future__ import annotations

import pytest

from numcheck.checkers import drift
from numcheck.testing import run_checks

DAY = "2025-05-06"


def drift_rules(a: str, b: str, date_a: str = DAY, date_b: str = DAY) -> list[str]:
    texts = {
        "a.md": f"---\ndate: {date_a}\n---\n\n{a}\n",
        "b.md": f"---\ndate: {date_b}\n---\n\n{b}\n",
    }
    return sorted(f.rule for f in run_checks(texts, [drift]))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a sample size: "survey" and "poll" are one set of words (politics desk)
        ("The survey of 2,013 voters was carried out by telephone last week.",
         "Pollsters said the poll of 2,310 voters had a margin of error of 3 points."),
        # the object of one verb (health desk; tabloid relative clause)
        ("St Bride's hospital employs 4,200 staff across two sites.",
         "The trust, which employs 2,400 staff, said no wards would close."),
        # the subject of one verb, hedged (farming, wire)
        ("Organisers said about 150 tractors were taking part in the go-slow.",
         "More than 400 tractors were taking part, organisers said."),
        # one head read through the lexicon: lorries are trucks (US/UK spelling)
        ("Some 90 lorries were queuing at the border post.",
         "About 190 trucks were queuing at the border post on the same stretch."),
    ],
)
def test_one_count_other_digits_contradicts(a: str, b: str) -> None:
    assert drift_rules(a, b) == ["NC401"]


def test_a_counted_up_figure_cannot_fall() -> None:
    """Ballots counted, people rescued: a count that only grows, lower on a later day."""
    rules = drift_rules("Election officials said 2.2 million ballots had been counted.",
                        "Election officials said 1.9 million ballots had been counted.",
                        "2025-05-05", "2025-05-08")
    assert rules == ["NC401"]


@pytest.mark.parametrize(
    ("a", "b", "date_b"),
    [
        # one speed, the unit changed and the number kept, a day later, other sources
        ("The lorry was travelling at 56 mph, the haulier said.",
         "Police said the lorry was travelling at 56 km/h on the bend.", "2025-05-07"),
        # one figure, other units, the same day
        ("The coach was travelling at 80 km/h on the descent.",
         "The coach was travelling at 80 mph on the descent, the firm said.", DAY),
    ],
)
def test_the_same_number_in_another_unit_contradicts(a: str, b: str, date_b: str) -> None:
    assert drift_rules(a, b, DAY, date_b) == ["NC401"]


@pytest.mark.parametrize(
    ("a", "b", "date_b"),
    [
        # nothing said alike: a head alone is any group of people
        ("The plant employs 1,200 people.", "About 800 people attended the meeting.", DAY),
        # agreeing, rounded and hedged
        ("The survey of 2,013 voters was carried out by telephone.",
         "The poll of about 2,000 voters was carried out online.", DAY),
        # the other article gives the matching figure too: its other figure is another
        ("The factory employs 1,200 people.",
         "The factory employs 1,200 people. Its parent employs 9,000 people worldwide.", DAY),
        # another time: a year in the clause
        ("The mill employs 600 people.", "In the 1980s the mill employed 3,000 people.", DAY),
        # another owner
        ("The county's 14 libraries will stay open.",
         "The city's 41 libraries will stay open.", DAY),
        # another day, and the count can fall (people taking part)
        ("Organisers said about 150 tractors were taking part.",
         "More than 400 tractors were taking part, organisers said.", "2025-05-09"),
        # a rising count, higher later: news, not a contradiction
        ("Officials said 1.9 million ballots had been counted.",
         "Officials said 2.2 million ballots had been counted.", "2025-05-08"),
        # one speed converted: agreeing units
        ("The lorry was travelling at 90 km/h.", "The lorry was travelling at 56 mph.", DAY),
    ],
)
def test_agreeing_or_other_figures_stay_silent(a: str, b: str, date_b: str) -> None:
    assert not {"NC401", "NC402", "NC403"} & set(drift_rules(a, b, DAY, date_b))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # the same count for neighbouring things of one event: accounts, not people
        ("About 48,000 customers were without power on Sunday night, the utility said.",
         "Some 48,000 people lost power when the storm hit.", ["NC403"]),
        ("Officials said 1,250 households were evacuated from the valley.",
         "In all, 1,250 people were evacuated from the valley, officials said.", ["NC403"]),
    ],
)
def test_one_number_for_neighbouring_things_is_measure_drift(
    a: str, b: str, expected: list[str]
) -> None:
    assert drift_rules(a, b) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # different figures for customers and people: two measures, both may be true
        ("About 48,000 customers were without power.", "Some 110,000 people lost power."),
        # small counts coincide
        ("Eight households were evacuated.", "Eight people were evacuated."),
    ],
)
def test_neighbouring_things_with_other_figures_stay_silent(a: str, b: str) -> None:
    assert not {"NC401", "NC402", "NC403"} & set(drift_rules(a, b))


@pytest.mark.parametrize(
    ("a", "b", "date_b"),
    [
        # a noun the unit qualifies and a subject of one synonym set, units swapped
        ("A 2,000-metre plume of smoke hung over the port.",
         "Smoke rose to about 2,000 feet, the fire service said.", "2025-05-07"),
        # the subject of a plain verb against a compound, units swapped
        ("The depot covers 35 hectares beside the ring road.",
         "The owners want to sell the 35-acre depot.", DAY),
    ],
)
def test_a_measure_read_from_its_subject_or_head_swaps_units(
    a: str, b: str, date_b: str
) -> None:
    assert drift_rules(a, b, DAY, date_b) == ["NC401"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # converted: agreeing
        ("The depot covers 35 hectares beside the ring road.",
         "The owners want to sell the 86-acre depot."),
        # another head with the same number and another unit: not one figure
        ("The depot covers 35 hectares.", "The 35-acre park next door will stay."),
    ],
)
def test_converted_or_other_heads_stay_silent(a: str, b: str) -> None:
    assert not {"NC401", "NC402", "NC403"} & set(drift_rules(a, b))


BRIDGE = "The Halden bridge, which opened in 1974, is {} long."


@pytest.mark.parametrize(
    ("frame", "metric", "imperial", "rules"),
    [
        # a round figure's bounds hold its rounding: no more slack on conversion
        (BRIDGE, "430 metres", "1,500ft", ["NC401"]),
        (BRIDGE, "430 metres", "1,400ft", []),  # 1,410.8 ft, rounded by its converter
        (BRIDGE, "430 metres", "1,411ft", []),
        (BRIDGE, "1,300ft", "400 metres", []),  # 396 m
        (BRIDGE, "1,300ft", "300 metres", ["NC401"]),
    ],
)
def test_a_converted_property_other_in_size_contradicts(
    frame: str, metric: str, imperial: str, rules: list[str]
) -> None:
    """A thing's property in two units, told a day apart."""
    assert drift_rules(frame.format(metric), frame.format(imperial), DAY, "2025-05-07") == rules


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the subject of a change verb, one span of weeks said differently (retail)
        ("Comparable store sales rose 2.7% in the 13 weeks to December 28, it said.",
         "The chain said comparable store sales rose 7.2% over the 13 weeks."),
        # an index on one day, other verbs (markets, wire and tabloid)
        ("The blue-chip index slid 1.8% on Tuesday as bond yields rose.",
         "On a grim Tuesday the blue-chip index dropped 8.1%."),
    ],
)
def test_one_change_other_digits_contradicts(a: str, b: str) -> None:
    assert drift_rules(a, b) == ["NC401"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one thing's changes over different spans: a day's move and the year's
        ("Corby Foods shares rose 3.4% in early trading.",
         "Corby Foods shares have gained 22% this year."),
        # different things that changed
        ("Group sales rose 4% in the quarter.", "Like-for-like sales rose 2% in the quarter."),
        # agreeing: rounded and hedged
        ("Comparable store sales rose 2.7% in the 13 weeks to December 28.",
         "Comparable store sales rose nearly 3% over the 13 weeks."),
    ],
)
def test_changes_over_other_spans_or_of_other_things_stay_silent(a: str, b: str) -> None:
    assert not {"NC401", "NC402", "NC403"} & set(drift_rules(a, b))


@pytest.mark.parametrize(
    ("a", "b", "silent"),
    [
        # a share labelled by its name in a list and after "with" (politics, wire)
        ("Final shares: Labour 34.2%, Conservatives 28.9%, Reform 17.5%.",
         "Labour finished first, ahead of the Conservatives with 29.8% and Reform with 17.5%.",
         False),
        # agreeing: the same shares in another order
        ("Final shares: Labour 34.2%, Conservatives 28.9%, Reform 17.5%.",
         "Reform 17.5%, Conservatives 28.9%, Labour 34.2%: the count is complete.", True),
        # other names with neighbouring figures (trade press market shares)
        ("Market shares: Acme 21.4%, Bolt 12.4%.", "Cobalt 12.1% and Dray 21.7% trail.", True),
        # a place opening the sentence is no label of a share
        ("In Ohio 48.2% voted yes.", "In Texas 52.1% voted yes.", True),
    ],
)
def test_a_share_labelled_by_its_name(a: str, b: str, silent: bool) -> None:
    rules = set(drift_rules(a, b)) & {"NC401", "NC402", "NC403"}
    assert rules == (set() if silent else {"NC401"})
