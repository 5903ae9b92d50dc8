"""NC101-NC103: restated figures inside one article."""

from __future__ import annotations

from numcheck.checkers import restated
from numcheck.claims import Scope
from numcheck.quantity import Bound, Kind


def test_exact_vs_at_least_is_a_contradiction(story):
    s = story("Blast kills 34 in market.\nRescuers said at least 40 dead were found.")
    s.add("34", 34, scope=Scope.HEADLINE).add("40", 40, bound=Bound.GE)
    [f] = s.run(restated)
    assert f.rule == "NC101"
    assert "'34' (line 1, headline)" in f.message
    assert "at least 40" not in f.message or "40 cannot be 34" in f.message
    assert f.location.line == 2
    assert [r.line for r in f.related] == [1]
    assert f.subject
    assert "line" not in f.subject


def test_rounding_agrees(story):
    s = story("About 5,800 were killed.\nOfficials said 5,840 were killed.")
    s.add("5,800", 5800, bound=Bound.APPROX).add("5,840", 5840)
    assert s.run(restated) == []


def test_hedge_contradicted_by_exact_figure(story):
    s = story("Nearly 500 were killed.\nThe ministry said 512 were killed.")
    s.add("500", 500, bound=Bound.BELOW).add("512", 512)
    [f] = s.run(restated)
    assert f.rule == "NC103"
    assert "512 is not 500" in f.message


def test_hedge_that_fits_is_quiet(story):
    s = story("Nearly 500 were killed.\nThe ministry said 498 were killed.")
    s.add("500", 500, bound=Bound.BELOW).add("498", 498)
    assert s.run(restated) == []


def test_soft_bounds_disagree_is_drift(story):
    s = story("More than 2,000 homes were destroyed.\nIn all 5,000 homes were destroyed.")
    s.add("2,000", 2000, bound=Bound.GT, event="destroyed").add("5,000", 5000, event="destroyed")
    assert s.codes(restated) == ["NC102"]


def test_different_claimant_window_place_or_event_is_not_compared(story):
    text = "Russia said 500 were killed.\nUkraine said 5,800 were killed."
    s = story(text).add("500", 500, claimant="Russia").add("5,800", 5800, claimant="Ukraine")
    assert s.run(restated) == []
    s = story(text).add("500", 500, window="last 24 hours").add("5,800", 5800)
    assert s.run(restated) == []
    s = story(text).add("500", 500, place="Kharkiv").add("5,800", 5800, place="Kyiv")
    assert s.run(restated) == []
    s = story(text).add("500", 500, event="wounded").add("5,800", 5800)
    assert s.run(restated) == []


def test_boilerplate_change_and_non_amounts_are_skipped(story):
    text = "Deaths rose by 40 this week.\n34 were killed.\nAt least 73 were killed."
    s = story(text).add("40", 40, is_change=True).add("34", 34)
    s.add("73", 73, bound=Bound.GE, scope=Scope.BOILERPLATE)
    assert s.run(restated) == []
    s = story("The 1994 deal.\n2022 were killed.").add("1994", 1994, kind=Kind.YEAR)
    assert s.add("2022", 2022).run(restated) == []


def test_quote_is_flagged_as_quote(story):
    s = story('34 were killed.\n"We have 50 killed," the mayor said.')
    s.add("34", 34).add("50", 50, scope=Scope.QUOTE)
    [f] = s.run(restated)
    assert f.location.line == 1  # the copy the desk can change
    assert not f.in_quote
    s = story('"We have 50 killed," the mayor said.\nThe mayor said "34 were killed."')
    s.add("50", 50, scope=Scope.QUOTE).add("34", 34, scope=Scope.QUOTE)
    [f] = s.run(restated)
    assert f.in_quote
    assert "direct quote" in f.message


def test_part_of_whole_is_not_a_restatement(story):
    s = story("In all 285 were killed.\nOf those, 10 of the 285 killed were children.")
    s.add("285", 285).add("10", 10).add("285", 285, nth=1)
    assert s.run(restated) == []


def test_units_convert_before_comparing(story):
    s = story("A 40-mile convoy.\nThe convoy stretched 64 km.")
    s.add("40-mile", 40, kind=Kind.MEASURE, unit="mile", event="long")
    s.add("64 km", 64, kind=Kind.MEASURE, unit="kilometer", event="long")
    assert s.run(restated) == []
    s = story("A 40-mile convoy.\nThe convoy stretched 20 km.")
    s.add("40-mile", 40, kind=Kind.MEASURE, unit="mile", event="long")
    s.add("20 km", 20, kind=Kind.MEASURE, unit="kilometer", event="long")
    assert s.codes(restated) == ["NC101"]


def test_levels_of_a_change_are_not_restatements(story):
    s = story("Deaths rose from 40 to 50 this year.\nOfficials said 50 were killed.")
    s.add("40", 40).add("50", 50).add("50", 50, nth=1)
    assert s.run(restated) == []


def test_figures_of_separate_incidents_are_not_restatements(story):
    text = (
        "The storm killed 34 people.\n\n"
        "In a separate incident, a bus crash on the coast road killed 12 people."
    )
    s = story(text).add("34", 34, thing="people", incident="storm")
    s.add("12", 12, thing="people", incident="crash")
    assert s.run(restated) == []
    # an unknown incident is still compared with either (when no sentence says
    # "separate": that marks another instance whatever the keys say)
    text = "The storm killed 34 people.\n\nOn the coast road, a bus crash killed 12 people."
    s = story(text).add("34", 34, thing="people", incident="storm").add("12", 12, thing="people")
    assert s.codes(restated) == ["NC101"]


def test_separate_incidents_fall_back_walk(story):
    # the same sentence run forces the plain walk: it must skip other incidents too
    text = "The storm killed 34 people.\nA crash killed 12 people and the storm killed 34 people."
    s = story(text).add("34", 34, thing="people", incident="storm")
    s.add("12", 12, thing="people", incident="crash")
    s.add("34", 34, thing="people", incident="storm", nth=1)
    assert s.run(restated) == []


def test_place_vs_nationwide_is_a_part_not_a_restatement(story):
    text = "Nationwide, 5,000 people were injured.\nIn Kherson, 300 were injured."
    s = (
        story(text)
        .add("5,000", 5000, event="wounded")
        .add("300", 300, event="wounded", place="Kherson")
    )
    assert s.run(restated) == []
    s = story(text).add("5,000", 5000, event="wounded", place="nationwide")
    s.add("300", 300, event="wounded", place="Kherson")
    assert s.run(restated) == []


def test_headline_place_is_the_story_place(story):
    s = story("Blast kills 34 in Dorvan.\nRescuers said at least 40 dead were found.")
    s.add("34", 34, scope=Scope.HEADLINE, place="Dorvan").add("40", 40, bound=Bound.GE)
    assert s.codes(restated) == ["NC101"]


def test_messages_quote_prose_not_markup(story):
    text = "<p>The storm killed <b>34</b> people.</p>\n<p>At&nbsp;least 40 people were killed.</p>"
    s = story(text, path="story.html")
    s.add("34</b> people", 34, thing="people")
    s.add("At&nbsp;least 40", 40, bound=Bound.GE, thing="people")
    [f] = s.run(restated)
    assert "<" not in f.message, f.message
    assert "&" not in f.message, f.message
    assert "'34 people' (line 1)" in f.message, f.message
    assert "At least 40 cannot be 34" in f.message, f.message
