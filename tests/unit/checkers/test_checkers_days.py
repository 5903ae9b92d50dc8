"""NC301-NC302: day counts and weekdays (inclusive counting: the start is day one)."""

from __future__ import annotations

import datetime as dt

from numcheck.checkers import days
from numcheck.quantity import Kind

MARCH_3 = dt.date(2022, 3, 3)  # a Thursday; 24 February 2022 was a Thursday too
TEXT = (
    "The siege entered its {} day on {}.\nIt began with the Feb. 24 invasion.\nThe March 1 attack."
)


def build(story, ordinal, value, weekday="Thursday", date=MARCH_3, iso="--02-24"):
    s = story(TEXT.format(ordinal, weekday), date=date)
    s.add(f"{ordinal} day", value, kind=Kind.ORDINAL, event=None, head="day")
    s.add("Feb. 24", None, kind=Kind.DATE, event=None, iso=iso)
    return s


def test_eighth_day_on_march_3_counts_inclusively(story):
    assert build(story, "eighth", 8).run(days) == []


def test_exclusive_count_is_reported(story):
    [f] = build(story, "seventh", 7).run(days)
    assert f.rule == "NC301"
    assert "day 8, not day 7" in f.message
    assert "Thursday 24 February 2022" in f.message
    assert [r.text for r in f.related] == ["Feb. 24"]


def test_weekday_moves_the_reference_day(story):
    # "ninth day on Friday" in a story dated Thursday: Friday 4 March is day 9
    assert build(story, "ninth", 9, weekday="Friday").run(days) == []


def test_wrong_weekday_with_right_count(story):
    [f] = build(story, "eighth", 8, weekday="Saturday").run(days)
    assert f.rule == "NC302"


def test_without_article_date_the_weekday_is_checked(story):
    s = build(story, "eighth", 8, weekday="Friday", date=None, iso="2022-02-24")
    [f] = s.run(days)
    assert f.rule == "NC302"
    assert "Thursday 3 March 2022" in f.message
    s = build(story, "eighth", 8, date=None, iso="2022-02-24")
    assert s.run(days) == []


def test_unknown_year_and_date_is_quiet(story):
    assert build(story, "fifth", 5, weekday="Friday", date=None).run(days) == []


def test_start_date_from_settings(story):
    s = story("The strike entered its third day on Monday.", date=dt.date(2024, 6, 3))
    s.add("third day", 3, kind=Kind.ORDINAL, event=None, head="day")
    assert s.run(days, start_date="2024-06-01") == []
    assert s.codes(days, start_date="2024-05-31") == ["NC301"]


def test_second_week(story):
    s = story("The war entered its second week.\nIt began with the Feb. 24 invasion.", date=MARCH_3)
    s.add("second week", 2, kind=Kind.ORDINAL, event=None, head="week")
    s.add("Feb. 24", None, kind=Kind.DATE, event=None, iso="--02-24")
    assert s.run(days) == []


def test_other_ordinals_and_ambiguous_starts_are_ignored(story):
    text = "Talks began for a second round.\nThe Feb. 24 invasion and the March 1 attack."
    s = story(text, date=MARCH_3).add("second", 2, kind=Kind.ORDINAL, event=None)
    s.add("Feb. 24", None, kind=Kind.DATE, event=None, iso="--02-24")
    assert s.run(days) == []
    s = build(story, "seventh", 7)
    s.add("March 1", None, kind=Kind.DATE, event=None, iso="--03-01")
    assert s.run(days) == []


YEAR_TEXT = "The siege entered its eighth day on {}.\nIt began with the Feb. 24 invasion{}."


def build_year(story, weekday, tail, year_at=None):
    s = story(YEAR_TEXT.format(weekday, tail), date=None)
    s.add("eighth day", 8, kind=Kind.ORDINAL, event=None, head="day")
    s.add("Feb. 24", None, kind=Kind.DATE, event=None, iso="--02-24")
    if year_at is not None:
        s.add(year_at, float(year_at), kind=Kind.YEAR, event=None)
    return s


def test_year_beside_a_yearless_start_dates_it(story):
    # no article date: "in 2022" beside "Feb. 24" is enough to check the weekday
    [f] = build_year(story, "Friday", " in 2022", "2022").run(days)
    assert f.rule == "NC302"
    assert "Thursday 3 March 2022" in f.message
    assert build_year(story, "Thursday", " in 2022", "2022").run(days) == []


def test_year_far_from_the_start_is_not_its_year(story):
    # "the worst since 1945": a year in the sentence, but not the start's year
    far = ", the worst attack on a European capital since 1945"
    assert build_year(story, "Friday", far, "1945").run(days) == []


def test_yearless_start_without_any_date_stays_quiet(story):
    assert build_year(story, "Friday", "").run(days) == []


def test_year_before_the_start_is_not_its_year(story):
    # "In 2023, a year after the Feb. 24 invasion": 2023 dates the sentence, not the start
    # (taken as the start's year, Saturday would be reported: day 8 was Friday 3 March 2023)
    s = story(
        "The siege entered its eighth day on Saturday.\n"
        "In 2023, a year after the Feb. 24 invasion.",
        date=None,
    )
    s.add("eighth day", 8, kind=Kind.ORDINAL, event=None, head="day")
    s.add("2023", 2023.0, kind=Kind.YEAR, event=None)
    s.add("Feb. 24", None, kind=Kind.DATE, event=None, iso="--02-24")
    assert s.run(days) == []


# -- NC302 for a date written with its weekday ("on Friday, March 3") ---------------------


def dated(story, text, phrase, iso, date=MARCH_3):
    s = story(text, date=date)
    s.add(phrase, None, kind=Kind.DATE, event=None, iso=iso)
    return s


def test_weekday_before_a_date_is_checked(story):
    s = dated(story, "Talks were held on Friday, March 3, officials said.", "March 3", "--03-03")
    [f] = s.run(days)
    assert f.rule == "NC302"
    assert "Thursday 3 March 2022" in f.message
    assert "not a Friday" in f.message
    right = "Talks were held on Thursday, March 3, officials said."
    assert dated(story, right, "March 3", "--03-03").run(days) == []


def test_weekday_after_a_date_is_checked(story):
    wrong = "The vote is set for March 5, a Friday, in the capital."
    assert dated(story, wrong, "March 5", "--03-05").codes(days) == ["NC302"]
    right = "The vote is set for March 4 (Friday) in the capital."
    assert dated(story, right, "March 4", "--03-04").run(days) == []


def test_a_written_year_needs_no_article_date(story):
    text = "The ceasefire began on Friday, March 3, 2022, at noon."
    s = dated(story, text, "March 3, 2022", "2022-03-03", date=None)
    assert s.codes(days) == ["NC302"]
    # the same weekday is right in 2023 (Friday 3 March 2023), whatever the article's date
    text = "The ceasefire began on Friday, March 3, 2023, at noon."
    assert dated(story, text, "March 3, 2023", "2023-03-03").run(days) == []


def test_without_any_year_a_weekday_date_is_quiet(story):
    s = dated(story, "Talks were held on Friday, March 3.", "March 3", "--03-03", date=None)
    assert s.run(days) == []


def test_a_yearless_date_takes_the_nearest_year(story):
    # dated Friday 30 December 2022: "Monday, Jan. 2" is 2 January 2023 (a Monday)
    text = "Schools reopen on Monday, Jan. 2, the ministry said."
    late = dt.date(2022, 12, 30)
    assert dated(story, text, "Jan. 2", "--01-02", date=late).run(days) == []
    wrong = text.replace("Monday", "Tuesday")
    assert dated(story, wrong, "Jan. 2", "--01-02", date=late).codes(days) == ["NC302"]


def test_a_weekday_elsewhere_in_the_sentence_is_not_the_dates(story):
    text = "On Friday officials said the talks of March 3 had failed."
    assert dated(story, text, "March 3", "--03-03").run(days) == []


def test_dates_at_the_calendars_ends_do_not_overflow(story):
    # issue #11 item 13: an article dated 9999-12-30 raised OverflowError (NC001)
    last = dt.date(9999, 12, 30)  # a Thursday
    s = build(story, "eighth", 8, weekday="Friday", date=last, iso="9999-12-23")
    assert s.codes(days) == ["NC302"]  # day 8 is Thursday 30 December 9999
    s = build(story, "eighth", 8, weekday="Thursday", date=last, iso="9999-12-23")
    assert s.codes(days) == []
    # a count that runs past year 9999 without a date, and one before year 1
    s = build(story, "eighth", 3_000_000, weekday="Friday", date=None, iso="9999-12-23")
    assert s.codes(days) == []
    first = dt.date(1, 1, 2)
    s = build(story, "ninth", 9, weekday="Monday", date=first, iso="0001-01-01")
    assert s.codes(days) == ["NC301"]
