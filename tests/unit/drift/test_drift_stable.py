"""A stable property of a thing told on two days (checkers/drift/stable.py): "the firm
employs 1,200 people" and "which employs 1,800 people" contradict whichever day each is
told, while a level of a changing situation ("are without power", "in shelters", a
price), a property told as moved ("now employs 900 after the cuts") and two holders (two
schools, a site and its group) stay apart."""

from __future__ import annotations

from typing import Any

import pytest
from drift_helpers import analysed, drift_rules

from numcheck.checkers.drift.stable import PropertyWords, holder, reading
from numcheck.checkers.drift.standing import holders_meet
from numcheck.lexicon import LexiconError, validate


def _reading(sentence: str, figure: str) -> tuple[str, str]:
    engine, doc, claim = analysed(sentence, figure)
    return reading(claim, doc.text, PropertyWords.from_lexicon(engine.lexicon))


def _rules(a: str, b: str) -> list[str]:
    return [r for r in drift_rules(a, b, "2026-06-01", "2026-06-03") if r in ("NC401", "NC402")]


@pytest.mark.parametrize(("sentence", "figure", "frame"), [
    ("The firm employs 1,200 people at its Ashcombe plant, its chief executive said.",
     "1,200", "verb"),
    ("The stadium seats 32,000 spectators, the club said.", "32,000", "verb"),
    ("Harrow Bank, which is rated at 420 MW, is the largest wind farm on the coast.",
     "420 MW", "verb"),
    ("The company will pay the fine of £3.8 million from its reserves.", "£3.8 million",
     "noun"),
    ("The hospital has 450 beds, the trust said.", "450", "having"),
    ("The bridge is 430 metres long and carries two lanes.", "430 metres", "dimension"),
    ("Greyholm said its 430 buses were parked at two depots.", "430", "held"),
])
def test_a_property_by_its_frame(sentence: str, figure: str, frame: str) -> None:
    assert _reading(sentence, figure) == (frame, "")


@pytest.mark.parametrize(("sentence", "figure", "name"), [
    ("Hillcrest Primary has 620 pupils, the head said.", "620", "hillcrest primary"),
    ("Dornley Foods, which employs 1,800 people, said so.", "1,800", "dornley foods"),
    ("The school, which has 540 pupils, was inspected.", "540", ""),
    ("After a long wait, St Brannock's Hospital has 520 beds.", "520",
     "st brannock hospital"),
])
def test_the_holder_of_a_property(sentence: str, figure: str, name: str) -> None:
    engine, doc, claim = analysed(sentence, figure)
    assert holder(claim, doc.text, PropertyWords.from_lexicon(engine.lexicon)) == name


def test_two_names_are_two_holders_and_one_name_meets_none() -> None:
    assert not holders_meet("property hillcrest primary", "property oakfield primary")
    assert holders_meet("property hillcrest primary", "property")
    assert holders_meet("held greyholm", "held greyholm")


@pytest.mark.parametrize(("sentence", "figure", "veto"), [
    ("After the cuts, Dornley Foods now employs 900 people, it said.", "900", "update"),
    ("The queue is 14 miles long, police said on Monday.", "14 miles", "level"),
    ("The contract is expected to be worth $60 million, the council said.", "$60 million",
     "update"),
])
def test_a_property_told_as_moved_or_a_level(sentence: str, figure: str, veto: str) -> None:
    assert _reading(sentence, figure)[1] == veto


@pytest.mark.parametrize(("sentence", "figure"), [
    ("About 12,000 homes are without power, the utility said.", "12,000"),
    ("Some 300 people are in shelters, the council said.", "300"),
    ("A litre of petrol costs 152p, the motoring group said.", "152p"),
])
def test_a_level_has_no_frame(sentence: str, figure: str) -> None:
    assert _reading(sentence, figure)[0] == ""


@pytest.mark.parametrize(("a", "b"), [
    ("Dornley Foods announced a new product line on Monday. The firm employs 1,200 people "
     "at its Ashcombe plant, its chief executive said.",
     "Dornley Foods, which employs 1,800 people at its Ashcombe plant, said the line would "
     "launch in the autumn."),
    ("The Harrow Bank wind farm began exporting power on Monday. The site is rated at 350 "
     "MW, its owner said.",
     "Harrow Bank, which is rated at 420 MW, is the largest wind farm on the coast, its "
     "owner said."),
    ("Crowds packed Ferris Park for the opening match on Saturday. The stadium seats "
     "32,000 spectators, the club said.",
     "The club said Ferris Park, which seats 28,000 spectators, had sold out for the season."),
    ("The regulator fined Pellor Water over sewage spills, it said on Monday. The fine of "
     "£4.2 million is the largest it has imposed.",
     "Pellor Water said it would not appeal. The company will pay the fine of £3.8 million "
     "from its reserves, a spokesman said."),
])
def test_two_days_values_of_one_property_contradict(a: str, b: str) -> None:
    assert _rules(a, b) == ["NC401"]


@pytest.mark.parametrize(("a", "b"), [
    ("Storm Orla brought down lines. About 12,000 homes are without power, the utility said.",
     "Crews worked through the night. About 4,500 homes are still without power, the "
     "utility said."),
    ("Dornley Foods announced a restructuring on Monday. The firm employs 1,200 people at "
     "its Ashcombe plant, it said.",
     "After the cuts, Dornley Foods now employs 900 people at its Ashcombe plant, it said."),
    ("Inspectors rated Hillcrest Primary outstanding. Hillcrest Primary has 620 pupils, the "
     "head said.",
     "Inspectors rated Oakfield Primary good. Oakfield Primary has 410 pupils, its head said."),
    ("Floodwater forced families from their homes. Some 300 people are in shelters, the "
     "council said.",
     "As the water receded, 120 people are in shelters, the council said."),
    ("The housing minister set out the plan. The target is 5,000 homes a year, she said.",
     "The minister raised the target to 8,000 homes a year, her department said."),
    ("Halden employs 1,200 people at the plant, the company said.",
     "Halden employs 25,000 people, the company said."),  # the site's and the group's
])
def test_levels_moves_and_two_holders_agree(a: str, b: str) -> None:
    assert _rules(a, b) == []


def test_a_misspelt_key_of_the_properties_table_is_refused() -> None:
    addition: dict[str, Any] = {"alignment": {"properties": {"verb": ["staffs"]}}}
    with pytest.raises(LexiconError) as info:
        validate(addition)
    assert info.value.key == "alignment.properties.verb"


def test_a_word_that_is_no_string_is_refused() -> None:
    addition: dict[str, Any] = {"alignment": {"properties": {"verbs": ["staffs", 3]}}}
    with pytest.raises(LexiconError) as info:
        validate(addition)
    assert info.value.key == "alignment.properties.verbs[1]"
