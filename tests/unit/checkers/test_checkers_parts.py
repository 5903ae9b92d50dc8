"""NC201-NC202: parts, wholes and totals."""

from __future__ import annotations

import pytest

from numcheck.checkers import parts
from numcheck.quantity import Bound
from numcheck.testing import run_checks


def test_including_more_than_the_whole(story):
    s = story("Eight people were injured, including 10 children.")
    s.add("Eight", 8, event="wounded").add("10", 10, event="wounded", thing="children")
    [f] = s.run(parts)
    assert f.rule == "NC201"
    assert "'10" in f.message
    assert "'Eight" in f.message
    assert f.location.text == "10"
    assert [r.text for r in f.related] == ["Eight"]


def test_including_counts_against_every_figure_before_the_cue(story):
    s = story("34 people died and 8 were injured, including 10 children.")
    s.add("34", 34).add("8", 8, event="wounded").add("10", 10, thing="children")
    assert s.run(parts) == []


def test_part_of_the_whole(story):
    s = story("Officials said 12 of the 10 victims were children.")
    assert story.__name__ == "Story"
    s.add("12", 12, thing="children").add("10", 10, thing="victims")
    assert s.codes(parts) == ["NC201"]
    s = story("Officials said 4 of the 10 victims were children.")
    s.add("4", 4, thing="children").add("10", 10, thing="victims")
    assert s.run(parts) == []


def test_listed_parts_adding_past_the_whole(story):
    s = story("Twelve were hurt, including 7 children and 6 women.")
    s.add("Twelve", 12, event="wounded").add("7", 7, thing="children").add("6", 6, thing="women")
    assert s.codes(parts) == ["NC202"]


def test_region_above_nationwide(story):
    s = story("Nationwide 40 people were killed.\nIn Kharkiv alone 52 were killed.")
    s.add("40", 40).add("52", 52, place="Kharkiv")
    [f] = s.run(parts)
    assert f.rule == "NC201"
    assert "Kharkiv" in f.message
    s = story("Nationwide 40 people were killed.\nIn Kharkiv alone 12 were killed.")
    s.add("40", 40).add("12", 12, place="Kharkiv")
    assert s.run(parts) == []


def test_components_do_not_add_up(story):
    text = "34 people died and 285 were injured.\nThe region counted 318 casualties."
    s = story(text).add("34", 34).add("285", 285, event="wounded")
    s.add("318", 318, event="casualties")
    [f] = s.run(parts)
    assert f.rule == "NC202"
    assert "add up to 319" in f.message
    assert f.location.text == "318"


def test_components_add_up_or_total_is_hedged(story):
    text = "34 people died and 285 were injured.\nThe region counted {} casualties."
    s = story(text.format("319")).add("34", 34).add("285", 285, event="wounded")
    assert s.add("319", 319, event="casualties").run(parts) == []
    s = story(text.format("about 300")).add("34", 34).add("285", 285, event="wounded")
    assert s.add("300", 300, bound=Bound.APPROX, event="casualties").run(parts) == []


def test_components_with_another_window_are_not_summed(story):
    text = "34 people died and 285 were injured.\nThe war has caused 900 casualties."
    s = story(text).add("34", 34, window="last 24 hours")
    s.add("285", 285, event="wounded", window="last 24 hours")
    assert s.add("900", 900, event="casualties").run(parts) == []


def test_a_placeless_figure_is_no_overall_figure(story):
    """A figure with no place is the story's figure (the lead's toll of one street), not
    the whole of the places named elsewhere; told as the whole ("in all"), it is."""
    s = story("5,000 people were injured.\nIn Kherson, 6,000 were injured.")
    s.add("5,000", 5000, event="wounded").add("6,000", 6000, event="wounded", place="Kherson")
    assert s.run(parts) == []
    s = story("In all, 5,000 people were injured.\nIn Kherson, 6,000 were injured.")
    s.add("5,000", 5000, event="wounded").add("6,000", 6000, event="wounded", place="Kherson")
    assert s.codes(parts) == ["NC201"]


def test_totals_of_separate_incidents_are_not_summed(story):
    text = (
        "The storm killed 34 people and 285 were injured.\n"
        "In a separate incident, a crash left 12 casualties."
    )
    s = (
        story(text)
        .add("34", 34, incident="storm")
        .add("285", 285, event="wounded", incident="storm")
    )
    s.add("12", 12, event="casualties", incident="crash")
    assert s.run(parts) == []
    s = (
        story(text)
        .add("34", 34, incident="storm")
        .add("285", 285, event="wounded", incident="storm")
    )
    s.add("12", 12, event="casualties")
    assert s.codes(parts) == ["NC202"]


def test_a_figure_given_as_a_part_is_no_overall_figure() -> None:
    # "Two of the hurt" is a part of the eleven, not the toll a place's figure must stay under
    text = (
        "Eleven people were hurt in a fire at the Arden depot in Kell on Sunday, police "
        "said. Two of the hurt were in a critical condition."
    )
    assert run_checks(text, [parts]).codes() == []
    wider = "Nine people were hurt nationwide on Sunday. In Kell, 11 people were hurt."
    assert run_checks(wider, [parts]).codes() == ["NC201"]


def test_a_whole_of_a_narrower_kind_is_no_overall_figure(story):
    # "Five children were killed" overall does not count the 31 people killed in Veshk;
    # nor do 20 civilians count 25 soldiers; 20 people count 25 soldiers (a contradiction)
    s = story("In Veshk, 31 people were killed.\nFive children were killed.")
    s.add("31", 31, thing="people", place="Veshk").add("Five", 5, thing="child")
    assert s.run(parts) == []
    s = story("In Dol, 25 soldiers were killed.\nOverall, 20 civilians were killed.")
    s.add("25", 25, thing="soldier", place="Dol").add("20", 20, thing="civilian")
    assert s.run(parts) == []
    s = story("In Dol, 25 soldiers were killed.\nOverall, 20 people were killed.")
    s.add("25", 25, thing="soldier", place="Dol").add("20", 20, thing="people")
    assert s.codes(parts) == ["NC201"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place the figure spans is that place's whole, not a part of another figure
        ("The storm damaged 2,100 homes across the county. The 340 damaged homes in "
         "Eskby will be inspected first.", []),
        ("Floods damaged 300 homes across Wendshire. In Eskby, 340 homes were damaged.",
         ["NC201"]),
        ("Floods damaged 300 homes throughout Wendshire. In Eskby, 40 homes were damaged.",
         []),
    ],
)
def test_a_place_the_figure_spans_is_its_whole(text: str, expected: list[str]) -> None:
    assert run_checks(text, [parts]).codes() == expected


@pytest.mark.parametrize(
    "period",
    ["last year", "each year", "in a typical year", "a year earlier", "annually"],
)
def test_a_place_figure_of_another_period_is_no_part(story, period):
    """A background statistic ("There were 312 cases in England last year") is neither
    a place's part of the story's figure nor above it."""
    text = f"The outbreak has grown to 27 cases in all.\nThere were 312 cases in England {period}."
    s = story(text).add("27", 27, event="infected")
    s.add("312", 312, event="infected", place="England")
    assert s.run(parts) == []
    s = story("The outbreak has grown to 27 cases in all.\nThere are 312 cases in England.")
    s.add("27", 27, event="infected").add("312", 312, event="infected", place="England")
    assert s.codes(parts) == ["NC201"]


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was 41%, with 30,114 ballots cast, including 96 that were spoilt, from an "
        "electorate of 73,500.",
        "The fund paid 420 claims, including 35 from farmers, out of 1,900 lodged.",
    ],
)
def test_a_list_after_including_ends_before_a_figure_of_another_noun(text):
    assert run_checks(text, [parts]).codes() == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 410 applicants were sorted into three bands: 120 who qualified at once, 200 "
         "who need a test and 80 who were turned away.", ["NC202"]),
        ("The 410 applicants were sorted into three bands: 120 who qualified at once, 210 "
         "who need a test and 80 who were turned away.", []),
        ("Its 900 members split into two camps: 520 who back the deal and 410 who oppose "
         "it.", ["NC202"]),
        ("Its 900 members split into two camps: 520 who back the deal and 380 who oppose "
         "it.", []),
    ],
)
def test_parts_named_by_a_classifier_noun_count_the_total(text, expected):
    """ "fall into two groups: 95 who ... and 180 who ...": "group" names the parts, not
    a thing of their own."""
    assert run_checks(text, [parts]).codes() == expected


def test_a_part_of_a_figure_of_its_sentence_has_that_figure_for_overall() -> None:
    """"1,240 civilians killed in the region this year, 190 of them children": the 190 are
    some of the 1,240, not a place's share of the 14 the story leads with."""
    text = (
        "---\ntitle: Shelling of Veska market kills 14\ndate: 2025-08-03\n---\n\n"
        "# Shelling of Veska market kills 14\n\n"
        "At least 14 people were killed and 37 wounded when shells struck a market on "
        "Saturday morning, officials said.\n\n"
        "The United Nations says 1,240 civilians have been killed in the region this year, "
        "190 of them children.\n"
    )
    assert run_checks(text, [parts], path="article.md").codes() == []
