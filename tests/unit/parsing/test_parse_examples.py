"""Example tests: each phrase from issue 2 and the design's seed stories.

The article text here is invented; it reuses the phrasing of the seed stories.
"""

from __future__ import annotations

import math

import pytest

from numcheck import parse
from numcheck.quantity import Bound, Change, Kind, Quantity


def one(text: str, phrase: str | None = None) -> Quantity:
    """The quantity whose text is ``phrase`` (or the only one)."""
    qs = parse(text)
    for q in qs:
        assert text[q.start : q.end] == q.text
    if phrase is None:
        assert len(qs) == 1, [q.text for q in qs]
        return qs[0]
    hits = [q for q in qs if q.text == phrase]
    assert hits, f"{phrase!r} not in {[q.text for q in qs]}"
    return hits[0]


def texts(text: str) -> list[str]:
    return [q.text for q in parse(text)]


# -- seed phrases ------------------------------------------------------------------
def test_nearly_500_is_below_and_excludes_500() -> None:
    q = one("saying nearly 500 of its troops had been killed", "nearly 500")
    assert q.bound is Bound.BELOW
    assert q.value == 500
    assert q.hedge == "nearly"
    assert 498 in q.hard
    assert 500 not in q.hard
    assert 450 in q.hard
    assert 449 not in q.hard


def test_almost_1600_contains_1597() -> None:
    q = one("and almost 1,600 wounded", "almost 1,600")
    assert q.bound is Bound.BELOW
    assert 1597 in q.hard
    assert 1600 not in q.hard


def test_exact_counts_are_points() -> None:
    q = one("498 soldiers were killed and 1,597 wounded", "498")
    assert q.hard.low == q.hard.high == 498
    assert q.granularity == 1
    assert one("498 soldiers were killed and 1,597 wounded", "1,597").value == 1597


def test_about_5800_and_5840_intersect() -> None:
    about = one("about 5,800 Russians have been killed")
    bare = one("killed 5,840 Russian soldiers")
    assert about.bound is Bound.APPROX
    assert about.hard.contains(5840)
    assert bare.hard.intersects(about.hard)
    round_ = one("killed 5,800 Russian soldiers")
    assert round_.granularity == 100
    assert 5840 in round_.hard
    assert 5850 not in round_.hard


def test_as_low_as_to_more_than_is_one_range() -> None:
    q = one("estimates have ranged from as low as 500 to more than 5,000.")
    assert q.bound is Bound.RANGE
    assert q.value is None
    assert q.hard.low == 500
    assert math.isinf(q.hard.high)
    assert q.soft.high == 6000
    assert q.text.endswith("more than 5,000")


def test_more_than_2000_soft_and_hard() -> None:
    q = one("more than 2,000 civilians have been killed")
    assert q.bound is Bound.GT
    assert 2000 not in q.hard
    assert 2001 in q.hard
    assert 10**6 in q.hard
    assert q.soft.high == 3000


def test_about_2000_overlaps_more_than_2000_softly() -> None:
    about = one("civilian casualties is about 2,000")
    more = one("more than 2,000 civilians")
    assert about.hard.intersects(more.hard)
    assert 1999 in about.hard
    assert 1999 not in more.hard


def test_more_than_one_million_vs_one_million() -> None:
    more = one("More than 1 million people have fled")
    assert more.value == 1_000_000
    assert more.soft.high == 2_000_000
    assert more.hedge == "More than"
    words = one("One million refugees have fled")
    assert words.value == 1_000_000
    assert words.granularity == 1_000_000
    assert words.hard.intersects(more.hard)


def test_convoys() -> None:
    q = one("a roughly 40-mile convoy of Russian tanks")
    assert (q.kind, q.unit, q.head, q.bound) == (Kind.MEASURE, "mile", "convoy", Bound.APPROX)
    assert q.text == "roughly 40-mile"
    v = one("the mileslong Russian military convoy threatening the capital")
    assert (v.kind, v.unit, v.bound, v.value, v.head) == (
        Kind.MEASURE, "mile", Bound.VAGUE, None, "convoy")
    assert v.hard.intersects(q.hard)


@pytest.mark.parametrize(
    ("text", "value"),
    [("the capital of 3 million people", 3e6), ("its 44 million residents", 44e6),
     ("73 million people under heat alerts", 73e6)],
)
def test_scaled_counts(text: str, value: float) -> None:
    q = one(text)
    assert q.kind is Kind.COUNT
    assert q.value == value
    assert q.granularity == 1e6


def test_eighth_day_and_first_seven_days() -> None:
    q = one("on the eighth day of the war")
    assert (q.kind, q.value, q.unit, q.text) == (Kind.ORDINAL, 8, "day", "eighth day")
    d = one("in the first seven days of the conflict")
    assert (d.kind, d.value, d.unit) == (Kind.DURATION, 7, "day")


def test_dates_years_and_non_war_numbers() -> None:
    assert one("before the Feb. 24 invasion").iso == "--02-24"
    y = one("its decision in 1994 to remove")
    assert y.kind is Kind.YEAR
    assert y.value == 1994
    assert one("Copyright © 2022 Dow Jones").kind is Kind.YEAR
    assert one("known as COP26, is").kind is Kind.IDENTIFIER
    assert parse("served. 87990cbe856818d5eddac44c7b1cdeb8") == []


# -- numerals ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [("1,234", 1234), ("1234", 1234), ("1.5", 1.5), ("½", 0.5), ("3½", 3.5),
     ("twenty-three", 23), ("one million", 1e6), ("a hundred", 100), ("zero", 0),
     ("one hundred and five", 105), ("1.5 million", 1.5e6), ("2bn", 2e9), ("10k", 1e4),
     ("3 million and a half", 3.5e6), ("half a million", 5e5), ("1\u00a0000", 1000),
     ("two dozen", 24), ("4.2 trillion", 4.2e12)],
)
def test_numerals(text: str, value: float) -> None:
    q = one(f"there were {text} of them")
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [("$3.4 billion", 3.4e9, "USD"), ("€2.1bn", 2.1e9, "EUR"), ("£18 million", 18e6, "GBP"),
     ("$ 2.38 billion", 2.38e9, "USD"), ("US$5m", 5e6, "USD"), ("HK$10bn", 1e10, "HKD"),
     ("5 million euros", 5e6, "EUR"), ("USD 40", 40, "USD")],
)
def test_money(text: str, value: float, code: str) -> None:
    q = one(f"it cost {text} last year")
    assert (q.kind, q.unit, q.text) == (Kind.MONEY, code, text)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("two-thirds", 2 / 3), ("a quarter", 0.25), ("one in five", 0.2), ("three quarters", 0.75),
     ("1 in 4", 0.25)],
)
def test_ratios(text: str, value: float) -> None:
    q = one(f"{text} of the residents")
    assert q.kind is Kind.RATIO
    assert q.value == pytest.approx(value)
    assert q.unit is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("9,800 of them work in Basel - almost a third.", 1 / 3),
     ("Output rose by a fifth, from 50 to 60 tonnes.", 0.2),
     ("Sales fell by an eighth; costs did not.", 0.125)],
)
def test_a_fraction_that_ends_its_clause_is_a_ratio(text: str, value: float) -> None:
    [q] = [q for q in parse(text) if q.kind is Kind.RATIO]
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["for a third time", "a fifth round of talks"])
def test_a_fraction_word_before_a_noun_is_an_ordinal(text: str) -> None:
    assert one(text).kind is Kind.ORDINAL


def test_half_of() -> None:
    assert one("half of the city").kind is Kind.RATIO


@pytest.mark.parametrize(
    ("text", "phrase", "bound"),
    [
        ("Some 300 of the 640 delegates, almost half, walked out.", "almost half", Bound.BELOW),
        ("Just over half, the poll found, want a recount.", "Just over half", Bound.ABOVE),
        ("Turnout fell by roughly half.", "roughly half", Bound.APPROX),
    ],
)
def test_a_hedged_half_that_ends_its_clause_is_a_ratio(
    text: str, phrase: str, bound: Bound
) -> None:
    q = one(text, phrase)
    assert (q.kind, q.value, q.bound) == (Kind.RATIO, 0.5, bound)


@pytest.mark.parametrize("text", ["The first half, she said, was dull.", "Fold it in half."])
def test_a_bare_half_that_ends_its_clause_is_no_ratio(text: str) -> None:
    assert [q.text for q in parse(text) if q.kind is Kind.RATIO] == []


def test_percent_and_points() -> None:
    p = one("inflation was 3.9% in May")
    assert (p.kind, p.unit, p.value, p.granularity) == (Kind.PERCENT, "percent", 3.9, 0.1)
    assert one("up 12 percent").kind is Kind.PERCENT
    pp = one("rose 2 percentage points")
    assert (pp.kind, pp.unit) == (Kind.PERCENTAGE_POINT, "percentage_point")


# -- hedges --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("hedge", "bound"),
    [("about", Bound.APPROX), ("around", Bound.APPROX), ("roughly", Bound.APPROX),
     ("approximately", Bound.APPROX), ("some", Bound.APPROX), ("an estimated", Bound.APPROX),
     ("nearly", Bound.BELOW), ("almost", Bound.BELOW), ("just under", Bound.BELOW),
     ("not quite", Bound.BELOW), ("more than", Bound.GT), ("over", Bound.GT),
     ("above", Bound.GT), ("upwards of", Bound.GT), ("in excess of", Bound.GT),
     ("topped", Bound.GT), ("well over", Bound.GT), ("just over", Bound.ABOVE),
     ("slightly more than", Bound.ABOVE), ("at least", Bound.GE), ("no fewer than", Bound.GE),
     ("up to", Bound.LE), ("as many as", Bound.LE), ("at most", Bound.LE), ("within", Bound.LE),
     ("fewer than", Bound.LT), ("less than", Bound.LT), ("under", Bound.LT), ("below", Bound.LT)],
)
def test_hedges(hedge: str, bound: Bound) -> None:
    q = one(f"officials said {hedge} 300 people")
    assert q.bound is bound
    assert q.hedge == hedge
    assert q.text == f"{hedge} 300"


def test_well_over_is_clearly_above() -> None:
    q = one("well over 1,000 people")
    assert q.soft.low > 1000
    assert 1000 not in q.hard


def test_suffix_hedges() -> None:
    assert one("500 or so people").bound is Bound.APPROX
    assert one("500 or more people").bound is Bound.GE


def test_tolerance_is_a_parameter() -> None:
    from numcheck.parsing import Parser

    q = Parser(tolerance=0.25).parse("about 1,234 people")[0]
    assert q.hard.low == pytest.approx(1234 * 0.75)


# -- ranges --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("between 20 and 30", 20, 30), ("20 to 30", 20, 30), ("20-30", 20, 30),
     ("20–30", 20, 30), ("from 20 to 30", 20, 30),
     ("an estimated 2 million to 3 million", 1.5e6, 3.5e6),
     ("between $5 million and $7 million", 5e6, 7e6), ("at most 100 and at least 20", 20, 100),
     ("2 to 3 million", 2e6, 3e6), ("5-10%", 5, 10)],
)
def test_ranges(text: str, low: float, high: float) -> None:
    q = one(f"they counted {text} yesterday")
    assert q.bound is Bound.RANGE
    assert q.value is None
    assert (q.hard.low, q.hard.high) == (pytest.approx(low), pytest.approx(high))


def test_rose_from_a_to_b_is_a_change_not_a_range() -> None:
    qs = parse("unemployment rose from 5% to 7% in a year")
    assert [q.text for q in qs][:2] == ["5%", "7%"]
    assert qs[1].change is None  # both are levels: the change (2 points) is not written
    assert qs[0].change is None


@pytest.mark.parametrize(
    ("text", "pair"),
    [("the Senate voted 52-48 on Tuesday", "52-48"), ("the sides drew 1-1", "1-1"),
     ("a 7-2 vote", "7-2"), ("a 5-4 decision", "5-4"), ("a 10-12 record", "10-12"),
     ("it was a 50-50 call", "50-50"), ("a 3-5 defeat", "3-5")],
)
def test_scores_are_not_ranges_nor_counts(text: str, pair: str) -> None:
    """Scores, vote tallies and records name a result (semantics.md "Not counts")."""
    (q,) = parse(text)
    assert (q.text, q.kind) == (pair, Kind.IDENTIFIER)


def test_change_direction() -> None:
    assert one("sales rose 12% last year", "12%").change is Change.UP
    assert one("unemployment fell to 3.9%", "3.9%").change is None  # the new level
    assert one("unemployment fell by 0.2 points to 3.9%", "0.2 points").change is Change.DOWN


# -- vague -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "phrase",
    ["dozens of", "scores of", "hundreds of", "thousands of", "tens of thousands of",
     "hundreds of thousands of", "millions of", "several", "a few", "a handful of",
     "a couple of"],
)
def test_vague(phrase: str) -> None:
    q = parse(f"{phrase} people fled")[0]
    assert q.bound is Bound.VAGUE
    assert q.value is None
    assert q.kind is Kind.COUNT
    assert 0 < q.hard.low <= q.soft.low <= q.soft.high <= q.hard.high


def test_vague_order() -> None:
    hundreds = one("hundreds of people")
    thousands = one("thousands of people")
    assert hundreds.hard.high <= thousands.hard.low


# -- units, durations, dates -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "unit"),
    [("15 kilometres", "kilometer"), ("20 metres", "meter"), ("3 tonnes", "metric_ton"),
     ("60 mph", "mile / hour"), ("90 km/h", "kilometer / hour"), ("40 sq km", "kilometer ** 2"),
     ("500 acres", "acre"), ("20 hectares", "hectare"), ("1,000 barrels", "oil_barrel"),
     ("9 gallons", "gallon"), ("300 megawatts", "megawatt"), ("5 cubic meters", "meter ** 3"),
     ("30km", "kilometer"), ("-", None)][:-1],
)
def test_units(text: str, unit: str) -> None:
    q = one(f"about {text} away".replace("about ", ""))
    assert (q.kind, q.unit) == (Kind.MEASURE, unit)


@pytest.mark.parametrize(
    ("text", "unit", "head"),
    [("a 15-kilometer zone", "kilometer", "zone"), ("a four-hour meeting", "hour", "meeting")],
)
def test_compounds(text: str, unit: str, head: str) -> None:
    q = parse(text)[0]
    assert (q.unit, q.head) == (unit, head)


def test_counted_noun_compound() -> None:
    q = one("a 1,200-page report")
    assert (q.kind, q.value, q.unit, q.head) == (Kind.COUNT, 1200, None, "report")


@pytest.mark.parametrize(
    ("text", "value", "unit", "bound"),
    [("a week", 1, "week", Bound.EXACT), ("nearly a month", 1, "month", Bound.BELOW),
     ("three decades", 3, "decade_of_years", Bound.EXACT), ("48 hours", 48, "hour", Bound.EXACT)],
)
def test_durations(text: str, value: float, unit: str, bound: Bound) -> None:
    q = one(f"it lasted {text}.")
    assert (q.kind, q.value, q.unit, q.bound) == (Kind.DURATION, value, unit, bound)


@pytest.mark.parametrize(
    ("text", "iso"),
    [("Feb. 24", "--02-24"), ("March 13, 2019", "2019-03-13"), ("2022-03-03", "2022-03-03"),
     ("24 February 2022", "2022-02-24")],
)
def test_dates(text: str, iso: str) -> None:
    q = one(f"on {text} they met")
    assert (q.kind, q.iso, q.text) == (Kind.DATE, iso, text)


def test_time() -> None:
    q = one("at 9:30 a.m. on Thursday")
    assert (q.kind, q.value, q.iso) == (Kind.TIME, 9.5, "09:30")


# -- not quantities -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["F-16", "COP26", "Covid-19", "G7", "Article 5", "Route 66", "Interstate 40", "911",
     "Boeing 737", "Block 12B"],
)
def test_identifiers(text: str) -> None:
    qs = parse(f"they mentioned {text} again")
    assert all(q.kind is Kind.IDENTIFIER for q in qs), [(q.text, q.kind) for q in qs]


@pytest.mark.parametrize(
    "text",
    ["call +1 212 555 0123 now", "write to press5@example.com", "see https://ex.com/a/2022/03",
     "commit 87990cbe856818d5eddac44c7b1cdeb8", "(212) 555-0123"],
)
def test_no_quantities(text: str) -> None:
    assert [q for q in parse(text) if q.kind is not Kind.IDENTIFIER] == []


# -- unicode offsets ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["“nearly 500” troops", "🚀🚀 about 5,800 dead", "between 20–30 km", "İstanbul: 1 000 people",
     "ﬁve ﬁres and 3 million", "thin\u2009space 1\u202f000 people"],
)
def test_offsets_exact_in_unicode(text: str) -> None:
    qs = parse(text)
    assert qs
    for q in qs:
        assert text[q.start : q.end] == q.text
