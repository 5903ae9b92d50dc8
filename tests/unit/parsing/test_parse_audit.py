"""The phase-3 parser audit: one test per finding (the article text is invented)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from numcheck import parse
from numcheck.quantity import Bound, Kind, Quantity


def only(text: str) -> Quantity:
    qs = parse(text)
    assert len(qs) == 1, [(q.text, q.kind.value) for q in qs]
    assert text[qs[0].start : qs[0].end] == qs[0].text
    return qs[0]


# -- 1. a hedge right after an opening quote, bracket or dash ----------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "hedge", "bound"),
    [
        ("“nearly 500 people”", "nearly 500", "nearly", Bound.BELOW),
        ("(nearly 500)", "nearly 500", "nearly", Bound.BELOW),
        ("—nearly 500", "nearly 500", "nearly", Bound.BELOW),
        ("‘about 300’", "about 300", "about", Bound.APPROX),
        ('"almost 1,600"', "almost 1,600", "almost", Bound.BELOW),
        ("[roughly 40 miles]", "roughly 40 miles", "roughly", Bound.APPROX),
        ("'over 2,000'", "over 2,000", "over", Bound.GT),
        ("«about 12»", "about 12", "about", Bound.APPROX),
        ("“more than 2,000”", "more than 2,000", "more than", Bound.GT),
        ("(~500)", "~500", "~", Bound.APPROX),
    ],
)
def test_hedge_after_opening_punctuation(text: str, phrase: str, hedge: str, bound: Bound) -> None:
    q = only(text)
    assert (q.text, q.hedge, q.bound) == (phrase, hedge, bound)


HEDGED = ["nearly 500", "about 300", "almost 1,600", "more than 2,000", "at least 12",
          "up to 40", "fewer than 9", "an estimated 7,000", "roughly 3 million", "over 80"]
WRAPS = [("“", "”"), ("‘", "’"), ('"', '"'), ("'", "'"), ("(", ")"), ("[", "]"),
         ("—", "—"), ("–", ""), ("« ", " »"), ("(“", "”)")]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(HEDGED), st.sampled_from(WRAPS), st.sampled_from(["", "said ", "x: "]))
def test_wrapping_a_hedged_phrase_changes_nothing(phrase: str, wrap: tuple[str, str],
                                                  lead: str) -> None:
    bare = only(f"{lead}{phrase} people")
    wrapped = only(f"{lead}{wrap[0]}{phrase}{wrap[1]} people")
    assert (wrapped.text, wrapped.value, wrapped.hedge, wrapped.bound) == (
        bare.text, bare.value, bare.hedge, bare.bound)
    assert (wrapped.hard, wrapped.soft) == (bare.hard, bare.soft)


# -- 2. "m" is million unless a length reading is clear -----------------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [("1.5m people fled", "1.5m", 1.5e6), ("a loss of 1m", "1m", 1e6),
     ("some 2.5m refugees", "some 2.5m", 2.5e6), ("3M viewers", "3M", 3e6),
     ("it sold 40m copies", "40m", 4e7)],
)
def test_m_is_million(text: str, phrase: str, value: float) -> None:
    (q,) = [q for q in parse(text) if q.text == phrase]
    assert (q.kind, q.unit, q.value) == (Kind.COUNT, None, pytest.approx(value))
    assert q.granularity is not None
    assert q.granularity >= 1e5


@pytest.mark.parametrize(
    ("text", "unit"),
    [("a 1.5m wall", "meter"), ("he is 1.9m tall", "meter"), ("waves 5m high", "meter"),
     ("a 10m-long tunnel", "meter"), ("she won the 100m sprint", "meter"),
     ("the 200m freestyle", "meter"), ("a 30m2 flat", "meter ** 2"),
     ("a 30m² flat", "meter ** 2"), ("it was 3 m away", "meter"), ("$5m", "USD")],
)
def test_m_is_metres_in_length_context(text: str, unit: str) -> None:
    q = parse(text)[0]
    assert q.unit == unit, (q.text, q.kind, q.unit)


# -- 3. edge cases ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [("lows of -5°C overnight", "-5°C", -5, "degree_Celsius"),
     ("(-12°F)", "-12°F", -12, "degree_Fahrenheit"),
     ("temperatures of minus 5 degrees", "minus 5", -5, None),
     ("it fell to minus 3°C", "minus 3°C", -3, "degree_Celsius"),
     ("temperatures of -7 overnight", "-7", -7, None),
     ("growth of -2.5%", "-2.5%", -2.5, "percent")],
)
def test_negative_numbers(text: str, phrase: str, value: float, unit: str | None) -> None:
    (q,) = [q for q in parse(text) if q.text == phrase]
    assert (q.value, q.unit) == (value, unit)
    assert q.value in q.hard


@pytest.mark.parametrize(
    "text", ["scores 10-5 and 12-3", "pages 10-15", "a 20-30 minute walk", "between 5 -10"]
)
def test_hyphens_between_numbers_stay_positive(text: str) -> None:
    amounts = [q for q in parse(text) if q.is_amount]  # scores are identifiers
    assert all(q.hard.low >= 0 for q in amounts), [(q.text, q.hard) for q in amounts]


@pytest.mark.parametrize(
    ("text", "value"),
    [("3/4 of voters", 0.75), ("nearly 2/3 of the seats", 2 / 3), ("a 2/3 majority", 2 / 3),
     ("1/3 of them", 1 / 3)],
)
def test_slash_fractions(text: str, value: float) -> None:
    (q,) = [q for q in parse(text) if "/" in q.text]
    assert (q.kind, q.value) == (Kind.RATIO, pytest.approx(value))


@pytest.mark.parametrize(
    "text", ["on 3/4 the talks resumed", "dated 12/25/2021", "Friday 3/4",
             "until 3/15"]
)
def test_slash_dates_in_date_context(text: str) -> None:
    (q,) = [q for q in parse(text) if "/" in q.text]
    assert q.kind is Kind.DATE


@pytest.mark.parametrize(("text", "value"), [("½ of them", 0.5), ("¾ of voters", 0.75),
                                              ("⅓ of the city", 1 / 3)])
def test_vulgar_fractions_are_exact_ratios(text: str, value: float) -> None:
    q = parse(text)[0]
    assert (q.kind, q.value) == (Kind.RATIO, pytest.approx(value))
    assert q.hard.low == q.hard.high == pytest.approx(value)
    words = parse(text.replace("½", "half"))[0] if "½" in text else None
    if words is not None:
        assert (words.kind, words.hard) == (q.kind, q.hard)


def test_mixed_vulgar_numbers_keep_their_half_step() -> None:
    q = parse("3½ miles")[0]
    assert (q.value, q.granularity) == (3.5, 0.5)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [("a 10-year-old boy", "10-year-old", 10, "year"), ("aged 40", "40", 40, "year"),
     ("she is 30 years old", "30 years old", 30, "year"),
     ("a six-month-old baby", "six-month-old", 6, "month"),
     ("at age 70, he", "70", 70, "year")],
)
def test_ages_are_exact_durations(text: str, phrase: str, value: float, unit: str) -> None:
    (q,) = [q for q in parse(text) if q.text == phrase]
    assert (q.kind, q.value, q.unit, q.bound) == (Kind.DURATION, value, unit, Bound.EXACT)
    assert q.hard.low == q.hard.high == value
    assert q.granularity == 1


def test_aged_range() -> None:
    q = only("men aged 18 to 60 may not leave")
    assert (q.bound, q.unit, q.hard.low, q.hard.high) == (Bound.RANGE, "year", 18, 60)


@pytest.mark.parametrize(
    ("text", "phrase", "unit"),
    [("2 million barrels a day", "2 million barrels a day", "oil_barrel / day"),
     ("5 million barrels per day", "5 million barrels per day", "oil_barrel / day"),
     ("60 miles an hour", "60 miles an hour", "mile / hour"),
     ("100 megawatts a year", "100 megawatts a year", "megawatt / year")],
)
def test_rates_are_one_quantity(text: str, phrase: str, unit: str) -> None:
    q = only(f"they said {text} in all")
    assert (q.text, q.unit, q.kind) == (phrase, unit, Kind.MEASURE)


@pytest.mark.parametrize("text", ["1,000 people a day fled", "$5 a day", "2% a year",
                                  "3,000 refugees an hour crossed"])
def test_rate_after_other_kinds_is_not_a_duration(text: str) -> None:
    kinds = [q.kind for q in parse(text)]
    assert kinds
    assert Kind.DURATION not in kinds


@pytest.mark.parametrize("text", ["it lasted a day", "a day after the invasion",
                                  "killed 300 people in a day", "for a week"])
def test_a_day_is_still_a_duration_elsewhere(text: str) -> None:
    assert Kind.DURATION in [q.kind for q in parse(text)], [q.text for q in parse(text)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("support rose 2 points to 45% in May", "2 points"),
     ("unemployment, at 4.1%, fell 0.3 points", "0.3 points"),
     ("up 3 percentage points", "3 percentage points"),
     ("Labour's lead grew 5 points; it now polls 40 percent", "5 points")],
)
def test_points_near_a_percent_are_percentage_points(text: str, phrase: str) -> None:
    (q,) = [q for q in parse(text) if q.text == phrase]
    assert (q.kind, q.unit) == (Kind.PERCENTAGE_POINT, "percentage_point")


@pytest.mark.parametrize(
    "text", ["he scored 20 points in the game", "the Dow fell 500 points, or 1.5%",
             "the FTSE 100 index rose 30 points, or 0.4%"]
)
def test_points_elsewhere_are_counts(text: str) -> None:
    assert Kind.PERCENTAGE_POINT not in [q.kind for q in parse(text)]


@pytest.mark.parametrize(
    "text",
    ["The Tallin 30 slipped 1.1%, ending the day at 2,340.7 points.",
     "Its benchmark gauge, up 0.8% on the week, finished at 812 points."],
)
def test_points_above_a_hundred_are_no_percentage_points(text: str) -> None:
    """A difference of two percentages is never more than 100 points: an index level."""
    (q,) = [q for q in parse(text) if q.value is not None and q.value > 100]
    assert q.kind is Kind.COUNT
