"""Figures no lexicon key names, aligned across sources by their measure
(numcheck/checkers/drift/measured.py): the same budget, sentence, speed or deficit
told with other digits is a contradiction; sub-figures, other parties, other days and
figures with modifiers of their own stay silent."""

from __future__ import annotations

import pytest

from numcheck.checkers import drift
from numcheck.testing import run_checks

DAY = "2025-03-04"


def drift_rules(a: str, b: str, date_a: str = DAY, date_b: str = DAY) -> list[str]:
    texts = {
        "a.md": f"---\ndate: {date_a}\n---\n\n{a}\n",
        "b.md": f"---\ndate: {date_b}\n---\n\n{b}\n",
    }
    return sorted(f.rule for f in run_checks(texts, [drift]))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a compound against an "of" phrase (council, trade press)
        ("Councillors approved a £318 million budget for next year.",
         "The county's budget of £381 million was approved by councillors."),
        # the same verb frame, other digits (court copy, tabloid)
        ("The former treasurer was jailed for 54 months at Leeds Crown Court.",
         "Crook treasurer jailed for 45 months after raiding club funds."),
        # one speed in two units: 90 km/h is not 90 mph (transport desk)
        ("The coach was travelling at 90 km/h when it left the road.",
         "Investigators said the coach was travelling at 90 mph before the crash."),
        # a US spelling and a label in a fact box (business)
        ("Quarterly turnover of $2.14 billion topped forecasts.",
         "Turnover: $2.41 billion"),
        # a shortfall stated both ways (local government, wire)
        ("The district faces an $82 million shortfall next year.",
         "Officials warned of a shortfall of $28 million next year."),
    ],
)
def test_one_measure_other_digits_contradicts(a: str, b: str) -> None:
    assert drift_rules(a, b) == ["NC401"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # agreeing: the same figure rounded, the same speed converted
        ("Councillors approved a £318 million budget for next year.",
         "The county's budget of about £320 million was approved."),
        ("The coach was travelling at 90 km/h when it left the road.",
         "The coach was travelling at 56 mph, police said."),
        # modifiers of their own: a part of the budget, not the budget
        ("The county set an operating budget of £318 million.",
         "Its roads budget of £41 million will pay for 60 miles of repairs."),
        # one source gives two budgets of different size: which one is meant is a guess
        ("The city's $3.6 billion operating budget includes a $41 million repair budget.",
         "The budget of $14 million was approved on Tuesday."),
        # other parties: a measure read this loosely is no ground for a dispute
        ("The union said the shortfall of $82 million was invented.",
         "The district said the shortfall of $28 million was real."),
    ],
)
def test_agreeing_or_unaligned_figures_stay_silent(a: str, b: str) -> None:
    assert drift_rules(a, b) == []


def test_levels_of_other_days_are_other_facts() -> None:
    a = "The district faces an $82 million shortfall."
    b = "A shortfall of $28 million remains."
    assert drift_rules(a, b) == ["NC401"]
    assert drift_rules(a, b, DAY, "2025-03-11") == []


@pytest.mark.parametrize(
    ("a", "b", "rules"),
    [
        # "damaged or destroyed" counts both: the same number given as destroyed is drift
        ("The wildfire destroyed 58 homes, the sheriff said.",
         "Assessors have counted 58 homes damaged or destroyed by the wildfire.", ["NC403"]),
        ("Floodwater destroyed 212 houses.",
         "In all, 212 homes were destroyed or damaged, the council said.", ["NC403"]),
        # fewer damaged-or-destroyed than destroyed cannot be
        ("The wildfire destroyed 58 homes.",
         "About 40 houses were destroyed or damaged in the blaze.", ["NC403"]),
        # more damaged-or-destroyed than destroyed is how it should be
        ("The wildfire destroyed 58 homes, the sheriff said.",
         "Assessors have counted 140 homes damaged or destroyed by the wildfire.", []),
    ],
)
def test_damaged_or_destroyed_is_a_composite(a: str, b: str, rules: list[str]) -> None:
    assert drift_rules(a, b) == rules


@pytest.mark.parametrize(
    ("text", "figure", "window"),
    [
        # a record set against a year is this year's figure
        ("Sunday's turnout of 77.3% was the highest since 1998.", "77.3%", None),
        ("Exports fell 4% in March, their biggest drop since 2009.", "4%", None),
        # a figure counted from a year on, or of a past year, keeps that year
        ("Since 2019, 400 people have died on the road.", "400", "in 2019"),
        ("It was the worst rioting since 2011, when 3,100 people were arrested.", "3,100",
         "in 2011"),
        ("The area last burned in 2018, when a fire scorched 41,000 acres.", "41,000 acres",
         "in 2018"),
    ],
)
def test_a_record_year_is_no_window(text: str, figure: str, window: str | None) -> None:
    from numcheck.engine import Engine
    from numcheck.testing.builders import make_document

    claims = Engine().analyse(make_document(text, "a.txt", date="2025-03-10")).claims
    assert next(c.window for c in claims if c.quantity.text == figure) == window



@pytest.mark.parametrize(
    ("a", "b"),
    [
        # what a change verb's new level is of, with or without the change amount
        ("The central bank raised its policy rate by 350 basis points to 45% on Thursday.",
         "The central bank raised its benchmark one-week repo rate by 250 basis points "
         "to 42.5% on Thursday."),
        ("The regulator cut the price cap by £100 to £1,650 a year.",
         "Ofgem lowered its price cap to £1,560 a year on Friday."),
        ("The insurer increased its annual premium by 8% to £610.",
         "The insurer increased its annual premium to £601."),
    ],
)
def test_the_object_of_a_change_is_its_measure(a: str, b: str) -> None:
    assert drift_rules(a, b) == ["NC401"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two rates of one bank, two measures
        ("The bank raised its deposit rate to 4%.", "The bank raised its lending rate to 4.5%."),
        # the same new level, told as the object and as the subject
        ("The bank raised its policy rate by half a point to 5.25%.",
         "The bank's key rate rose to 5.25% on Thursday."),
        # another object of the same verb
        ("The bank raised its main rate to 5.25%.",
         "The bank raised its inflation forecast to 3.1%."),
    ],
)
def test_other_objects_or_agreeing_levels_stay_silent(a: str, b: str) -> None:
    assert drift_rules(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "date_b"),
    [
        # one vehicle's speed, told through other verbs, in other units (transport desk)
        ("The tram was travelling at about 69 km/h, investigators said.",
         "The tram entered the curve at more than 55mph.", DAY),
        ("The train was going at 25 mph as it approached the platform.",
         "The train hit the buffers at 52 mph.", DAY),
        # the same number in another unit
        ("The train, carrying 300 passengers, was travelling at 110 km/h.",
         "The train was travelling at 110 mph.", DAY),
        # a hedged speed has its slack in its bounds: 70 mph is no rounded 90 km/h
        ("Investigators said the coach was travelling at about 90 km/h.",
         "Tachograph data suggest it was doing about 70 mph.", DAY),
        # a fact of the event is the same whichever day it is told
        ("The coach hit the barrier at 90 km/h.",
         "The coach was travelling at 70 mph, police said.", "2025-03-07"),
        ("The former treasurer was jailed for 54 months.",
         "Crook treasurer jailed for 45 months.", "2025-03-09"),
    ],
)
def test_a_speed_of_one_subject_contradicts(a: str, b: str, date_b: str) -> None:
    assert drift_rules(a, b, DAY, date_b) == ["NC401"]


@pytest.mark.parametrize(
    ("a", "b", "date_b"),
    [
        # agreeing once converted, another verb of the same movement
        ("The coach was travelling at 90 km/h when it left the road.",
         "The coach hit the barrier at 56 mph.", DAY),
        ("The ferry was sailing at 18 knots.", "The ferry struck the rocks at 18 knots.", DAY),
        ("Investigators said the coach was travelling at about 90 km/h.",
         "Tachograph data suggest it was doing about 56 mph.", DAY),
        # two vehicles, two speeds
        ("The lorry was travelling at 56 mph.", "The car was travelling at 90 mph.", DAY),
        # other measures of one storm or one market, on other days: other facts (a peak
        # told with no day of its own is the story's one peak: drift/standing.py)
        ("Gusts peaked at 92 mph on Monday.", "Gusts peaked at 71 mph on Wednesday.",
         "2025-03-06"),
        ("Shares were trading at 412p.", "Shares were trading at 398p.", "2025-03-06"),
        ("Gusts peaked at 92 mph.", "The lorry was travelling at 56 mph.", DAY),
    ],
)
def test_other_subjects_or_days_or_agreeing_speeds_stay_silent(
    a: str, b: str, date_b: str
) -> None:
    assert drift_rules(a, b, DAY, date_b) == []
