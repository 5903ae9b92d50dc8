"""NC203-NC208: percentages, shares, change arithmetic, conversions and ranges."""

from __future__ import annotations

from numcheck.checkers import change, conversion, ranges, shares
from numcheck.interval import Interval
from numcheck.quantity import Bound, Change, Kind, Level

PCT = {"kind": Kind.PERCENT, "unit": "percent"}


def test_percent_of_count_against_stated_count(story):
    text = "Officials said 40% of the 200 students failed.\nIn all, {} students failed."
    s = story(text.format(95)).add("40%", 40, event="failed", **PCT)
    s.add("200", 200, event="enrolled", thing="students").add("95", 95, event="failed")
    [f] = s.run(shares)
    assert f.rule == "NC203"
    assert "40% of 200 (line 1) is 80," in f.message
    assert f.location.text == "95"
    s = story(text.format(80)).add("40%", 40, event="failed", **PCT)
    s.add("200", 200, event="enrolled", thing="students").add("80", 80, event="failed")
    assert s.run(shares) == []


def test_stated_share_of_part_and_whole(story):
    s = story("In all 95 of the 200 students (40%) failed.")
    s.add("95", 95, thing="students").add("200", 200, thing="students").add("40%", 40, **PCT)
    [f] = s.run(shares)
    assert f.rule == "NC203"
    assert "47.5%" in f.message
    s = story("In all 80 of the 200 students (40%) failed.")
    s.add("80", 80, thing="students").add("200", 200, thing="students").add("40%", 40, **PCT)
    assert s.run(shares) == []


def test_shares_past_one_hundred(story):
    s = story("Of the staff, 60% backed it, 35% opposed it and 10% abstained.")
    for text, value, event in (("60%", 60, "backed"), ("35%", 35, "opposed"), ("10%", 10, "x")):
        s.add(text, value, event=event, thing="staff", **PCT)
    assert s.codes(shares) == ["NC205"]
    s = story("Of the staff, 60% backed it, 30% opposed it and 10% abstained.")
    for text, value, event in (("60%", 60, "backed"), ("30%", 30, "opposed"), ("10%", 10, "x")):
        s.add(text, value, event=event, thing="staff", **PCT)
    assert s.run(shares) == []


def test_levels_of_a_change_are_not_shares(story):
    """"rose to 64.8% ... from 61.5%": two levels of one share, not two shares of a whole.
    The parser marks them (Quantity.level); the checker reads that mark, whatever the
    words between."""
    text = "Support among staff stood at 64.8% this week and 61.5% last month."
    s = story(text).add("64.8%", 64.8, thing="staff", event=None, level=Level.NEW, **PCT)
    s.add("61.5%", 61.5, thing="staff", event=None, level=Level.OLD, **PCT)
    assert s.run(shares) == []
    s = story(text).add("64.8%", 64.8, thing="staff", event=None, **PCT)
    s.add("61.5%", 61.5, thing="staff", event=None, **PCT)
    assert s.run(shares) == []  # told for two times ([share_times]): no parts either
    untimed = "Support among staff stood at 64.8% and 61.5%."
    s = story(untimed).add("64.8%", 64.8, thing="staff", event=None, **PCT)
    s.add("61.5%", 61.5, thing="staff", event=None, **PCT)
    assert s.codes(shares) == ["NC205"]  # the same figures read as shares are summed


def test_shares_of_different_groups_are_not_summed(story):
    s = story("Turnout was 65% and 55% voted yes.")
    s.add("65%", 65, event="turnout", **PCT).add("55%", 55, event="voted", **PCT)
    assert s.run(shares) == []


def test_change_arithmetic(story):
    s = story("Enrolment rose 20% from 40 to 50 pupils.")
    s.add("20%", 20, is_change=True, change=Change.UP, **PCT).add("40", 40).add("50", 50)
    [f] = s.run(change)
    assert f.rule == "NC206"
    assert "25%" in f.message
    s = story("Enrolment rose 25% from 40 to 50 pupils.")
    s.add("25%", 25, is_change=True, change=Change.UP, **PCT).add("40", 40).add("50", 50)
    assert s.run(change) == []


def test_change_given_after_the_levels(story):
    s = story("Enrolment rose to 50 from 40, a 20% increase.")
    s.add("50", 50).add("40", 40).add("20%", 20, **PCT)
    assert s.codes(change) == ["NC206"]


def test_percent_vs_points(story):
    s = story("The jobless rate rose from 10% to 15%, a 5% increase.")
    s.add("10%", 10, **PCT).add("15%", 15, **PCT).add("5%", 5, nth=1, **PCT)
    [f] = s.run(change)
    assert f.rule == "NC204"
    assert "percentage points" in f.message
    s = story("The jobless rate rose from 10% to 15%, up 5 percentage points.")
    s.add("10%", 10, **PCT).add("15%", 15, **PCT)
    s.add("5 percentage points", 5, kind=Kind.PERCENTAGE_POINT, is_change=True)
    assert s.run(change) == []
    s = story("The jobless rate rose from 10% to 15%, a 50% increase.")
    s.add("10%", 10, **PCT).add("15%", 15, **PCT).add("50%", 50, **PCT)
    assert s.run(change) == []


def test_wrong_direction(story):
    s = story("Sales rose from 50 to 40 units.")
    s.add("50", 50).add("40", 40)
    assert s.codes(change) == ["NC206"]
    s = story("Sales fell from 50 to 40 units.")
    assert s.add("50", 50).add("40", 40).run(change) == []


def test_conversion(story):
    mile = {"kind": Kind.MEASURE, "unit": "mile"}
    km = {"kind": Kind.MEASURE, "unit": "kilometer"}
    s = story("A convoy of 40 miles (64 km) stood still.")
    assert s.add("40 miles", 40, **mile).add("64 km", 64, **km).run(conversion) == []
    s = story("A convoy of 40 miles (60 km) stood still.")
    assert s.add("40 miles", 40, **mile).add("60 km", 60, **km).run(conversion) == []
    s = story("The 5 km (3.5 miles) route.")
    s.add("5 km", 5, **km).add("3.5 miles", 3.5, **mile)
    [f] = s.run(conversion)
    assert f.rule == "NC207"
    assert "3.11 mile" in f.message


def test_conversion_between_unrelated_units_is_quiet(story):
    s = story("It costs $5 (4 kg).")
    s.add("$5", 5, kind=Kind.MEASURE, unit="USD").add("4 kg", 4, kind=Kind.MEASURE, unit="kg")
    assert s.run(conversion) == []


def test_range_out_of_order_as_two_figures(story):
    s = story("Officials said between 500 and 300 people fled.")
    assert s.add("500", 500).add("300", 300).codes(ranges) == ["NC208"]
    s = story("Officials said between 300 and 500 people fled.")
    assert s.add("300", 300).add("500", 500).run(ranges) == []


def test_range_with_one_sided_ends_is_not_reversed(story):
    s = story("Between 500 and 300 people fled.")
    assert s.add("500", 500, bound=Bound.LE).add("300", 300, bound=Bound.GE).run(ranges) == []


def test_change_with_levels_parsed_as_one_range(story):
    s = story("Enrolment rose 20% from 40 to 50 pupils.")
    s.add("20%", 20, is_change=True, change=Change.UP, **PCT)
    s.add("from 40 to 50", None, bound=Bound.RANGE, hard=Interval(40, 50))
    [f] = s.run(change)
    assert f.rule == "NC206"
    assert [r.text for r in f.related] == ["40", "50"]


def test_count_that_restates_the_base_is_not_a_share(story):
    text = "Officials said 40% of the 200 residents were evacuated.\nAll 200 residents left."
    s = story(text).add("40%", 40, event="evacuated", **PCT)
    s.add("200", 200, event="evacuated").add("200", 200, nth=1, event="evacuated")
    assert s.run(shares) == []


def test_range_quantity_read_in_written_order(story):
    s = story("Rangers expect between 500 and 300 visitors.")
    s.add("between 500 and 300", None, bound=Bound.RANGE, hard=Interval(300, 500))
    [f] = s.run(ranges)
    assert f.rule == "NC208"
    assert "write 300 to 500" in f.message
    s = story("Rangers expect between 300 and 500 visitors.")
    s.add("between 300 and 500", None, bound=Bound.RANGE, hard=Interval(300, 500))
    assert s.run(ranges) == []


def test_a_sum_of_points_adds_up_through_float_noise() -> None:
    from numcheck.checkers._arith import adds_up

    parts = Interval.point(221.4) + Interval.point(127.0) + Interval.point(64.2)
    assert parts.low != 412.6  # 412.59999999999997 in floats
    assert adds_up(Interval.point(412.6), parts)
    assert not adds_up(Interval.point(416.6), parts)
    assert not adds_up(Interval(5.0, float("inf")), Interval.point(4.0))  # "at least five"
