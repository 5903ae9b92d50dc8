"""A partitive of the event's own noun counts a part of the toll (drift/partitives.py):
"six of the dead", "31 of the injured", and the items a list goes on with; a
partitive of a population ("400 of its soldiers were killed") is the toll itself."""

from __future__ import annotations

import pytest
from drift_helpers import drift_rules


def later_rules(first: str, later: str) -> list[str]:
    """``later`` two days after ``first``: a count that only grows cannot be lower."""
    return drift_rules(first, later, "2025-03-03", "2025-03-05")


TOLL = "The fire service said 42 people were killed in the floods in Marlow."


@pytest.mark.parametrize("part", [
    "Six of the dead were schoolchildren, the fire service said.",
    "Officials said eleven of those killed were from the old town.",
    "The Marlow General took 31 of the injured, the council said.",
    "Doctors said 23 of the confirmed cases were in the east of the county.",
])
def test_a_part_of_the_event_is_no_contradiction_of_the_toll(part: str) -> None:
    whole = TOLL.replace("were killed", "were injured") if "injured" in part else TOLL
    whole = whole.replace("people were killed in the floods", "cases were confirmed") \
        if "cases" in part else whole
    assert later_rules(whole, part) == []
    assert drift_rules(whole, part) == []


def test_a_part_of_the_dead_after_the_toll_is_no_fall_of_the_toll() -> None:
    first = "The fire service said 31 people were killed in the blaze."
    later = "The fire service now puts the toll at thirty-one. Seven of the dead were pupils."
    assert later_rules(first, later) == []


def test_the_items_a_partitive_list_goes_on_with_are_parts_too() -> None:
    part = ("In all, 70 people were hurt. The Marlow General took 41 of the injured, "
            "St Anne's 16, and the clinic at Harle nine.")
    assert later_rules("Police said 70 people were injured in the crash.", part) == []


def test_a_lower_toll_two_days_later_is_still_a_contradiction() -> None:
    assert later_rules(TOLL, "The fire service said 30 people were killed in the floods "
                             "in Marlow.") == ["NC401"]


def test_a_partitive_of_a_population_is_the_toll() -> None:
    # the verb gives the event: this is the army's own toll
    a = "The ministry said 400 of its soldiers were killed in the fighting."
    b = "The ministry said 900 soldiers were killed in the fighting."
    assert drift_rules(a, b) == ["NC401"]


def test_a_toll_before_its_part_in_one_sentence_is_still_compared() -> None:
    a = "The toll rose to 19 on Friday, and 12 of the dead were children."
    b = "The toll rose to 31 on Friday."
    assert "NC401" in drift_rules(a, b)


def test_a_bare_figure_of_another_measure_after_the_partitive_is_no_part() -> None:
    # the list's key is the injured; "12 were killed" names its own event
    a = ("The hospital took 31 of the injured, and 12 people were killed in the crash, "
         "police said.")
    b = "Police said 30 people were killed in the crash."
    assert "NC401" in drift_rules(a, b)



@pytest.mark.parametrize(("toll", "part"), [
    # noise35: the whole told by a noun and the event's participle
    ("The floods have killed 31 people, officials said.",
     "Police have identified 17 of the people killed in the floods."),
    ("The coach crash killed nine people, police said.",
     "Two of the people killed in the coach crash died later in hospital, police said."),
])
def test_a_part_of_the_people_the_event_befell_is_no_fall_of_the_toll(toll: str,
                                                                      part: str) -> None:
    assert later_rules(toll, part) == []


def test_a_partitive_whose_verb_follows_its_whole_is_still_the_toll() -> None:
    # "were" ends the whole's words: the participle after it is the figure's own event
    later = "Officials said 24 of the people in the valley were killed in the floods."
    assert later_rules("The floods have killed 31 people, officials said.", later) == ["NC401"]
