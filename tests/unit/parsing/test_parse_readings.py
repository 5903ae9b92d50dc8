"""Context readings of issue #9's leftovers: ordinals that state no position, records,
model and place names, ages in apposition, margins and negative money, digit grouping,
"a pair" and glued one-letter units. One example per realisation, in words of our own."""

from __future__ import annotations

import pytest

from numcheck import parse
from numcheck.quantity import Bound, Kind, Quantity


def amounts(text: str) -> list[Quantity]:
    return [q for q in parse(text) if q.kind.is_comparable]


def kinds(text: str) -> list[tuple[str, Kind]]:
    return [(q.text, q.kind) for q in parse(text)]


# -- "first" is a position only before a period --------------------------------------
@pytest.mark.parametrize(
    "text",
    ["The airline posted a profit for the first time since 2019.",
     "It was the first rate rise in a decade.",
     "Her first came at the age of 19.",
     "First, the council must approve the plan.",
     "The striker won first prize.",
     "The Lakers went out in the first round."],
)
def test_first_without_a_period_is_no_ordinal(text: str) -> None:
    assert [q for q in parse(text) if q.kind is Kind.ORDINAL] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [("Sales fell in the first quarter.", "first"), ("on the first day of talks", "first day"),
     ("in the first half of the year", "first"), ("during its first week", "first week"),
     ("the second round of voting", "second"), ("the thirty-first minute", "thirty-first minute")],
)
def test_ordinals_that_state_a_position(text: str, span: str) -> None:
    qs = [q for q in parse(text) if q.kind is Kind.ORDINAL]
    assert [q.text for q in qs] == [span]


@pytest.mark.parametrize(
    "text",
    ["The link carried 40 million requests per second.",
     "Its blades turn 300 times a second.",
     "a flow of 12 litres/second and 5 frames each second"],
)
def test_second_after_a_rate_word_is_a_unit_not_an_ordinal(text: str) -> None:
    assert [q for q in parse(text) if q.kind is Kind.ORDINAL] == []


def test_a_second_before_a_noun_stays_an_ordinal() -> None:
    (q,) = parse("The mayor won a second term.")
    assert (q.kind, q.value) == (Kind.ORDINAL, 2)


# -- records, models and places are names ------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["The Tigers' .625 winning percentage leads the division.",
     "He finished as a .312 hitter.", "They played .500 ball all season."],
)
def test_three_place_leading_dot_figures_are_records(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("a .38 calibre revolver", 0.38, None), ("gaps of .002 inches", 0.002, "inch")],
)
def test_other_leading_dot_figures_stay_amounts(text: str, value: float, unit: str | None) -> None:
    (q,) = amounts(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "name"),
    [("The GTX 1080 still runs most games.", "GTX 1080"),
     ("AMD's RX 7900 costs less.", "RX 7900"),
     ("Apple's iPhone 16 sold well.", "iPhone 16"),
     ("Parking moves to Car Park 2 from May.", "Car Park 2"),
     ("The crash closed the road at exit 14.", "exit 14"),
     ("The Xbox 360 was a hit.", "Xbox 360"),
     ("a new Raspberry Pi 4 board", "Pi 4")],
)
def test_model_and_place_names_are_identifiers(text: str, name: str) -> None:
    assert amounts(text) == []
    assert (name, Kind.IDENTIFIER) in kinds(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [("The UN sent 12 more teams.", 12), ("the UN 40 peacekeepers", 40),
     ("The NHS hired 4,000 nurses.", 4000), ("USD 500 in cash", 500)],
)
def test_capitals_before_a_count_or_a_currency_stay_amounts(text: str, value: float) -> None:
    assert [q.value for q in amounts(text)] == [value]


# -- ages in apposition --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "age"),
    [("Maria Lopez, 61, runs the bakery.", 61), ("The driver, 24, was unhurt.", 24),
     ("said Okafor, 33, a nurse", 33), ("Her grandmother, 97, lives alone.", 97)],
)
def test_ages_in_apposition(text: str, age: int) -> None:
    (q,) = amounts(text)
    assert (q.value, q.kind, q.unit, q.bound) == (age, Kind.DURATION, "year", Bound.EXACT)


@pytest.mark.parametrize(
    "text",
    ["In June, 40, not 30, turned up.", "Of the pupils, 12, or a third, passed.",
     "The toll rose to 14, officials said.", "The firm, 250 staff strong, moved."],
)
def test_numbers_between_commas_that_are_no_ages(text: str) -> None:
    assert [q.kind for q in amounts(text) if q.kind is Kind.DURATION] == []


# -- margins and negative money ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [("a margin of error of plus or minus 2.5 percentage points", 2.5),
     ("accurate to +/-4%", 4), ("minus 8 degrees overnight", -8)],
)
def test_a_margin_of_error_is_no_negative_number(text: str, value: float) -> None:
    (q,) = amounts(text)
    assert q.value == value


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("net cash flow was -$7m", -7e6, "USD"), ("a balance of −€1.2bn", -1.2e9, "EUR"),
     ("a loss of £3m", 3e6, "GBP")],
)
def test_negative_money(text: str, value: float, unit: str) -> None:
    (q,) = amounts(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


# -- digit grouping ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [("a crowd of 25 000 fans", 25_000), ("Rs 4,75,000 in fees", 475_000),
     ("₹12,34,56,789", 123_456_789), ("1\u202f250 metres", 1250), ("3,400 homes", 3400)],
)
def test_grouped_digits_are_one_number(text: str, value: float) -> None:
    (q,) = amounts(text)
    assert q.value == value


# -- collective numbers, glued one-letter units ---------------------------------------
def test_a_pair_is_exactly_two_and_a_dozen_is_about_twelve() -> None:
    (pair,) = amounts("A pair of swans nested there.")
    (dozen,) = amounts("about a dozen swans")
    assert (pair.value, pair.bound) == (2, Bound.EXACT)
    assert dozen.bound is Bound.APPROX


@pytest.mark.parametrize(
    ("text", "unit"), [("a 55in screen", "inch"), ("8in of rain", "inch"), ("a 2L bottle", "liter")]
)
def test_glued_single_letter_units(text: str, unit: str) -> None:
    (q,) = amounts(text)
    assert (q.kind, q.unit) == (Kind.MEASURE, unit)


def test_spaced_in_is_the_word() -> None:
    ratio, count = amounts("5 in 20 homes, and 4 in the morning")
    assert (ratio.kind, count.kind, count.unit) == (Kind.RATIO, Kind.COUNT, None)


# -- ordinals written with tens, without hyphens, or with a superlative ----------------
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [("the thirty-second anniversary", "thirty-second", 32),
     ("its sixty fourth season", "sixty fourth", 64),
     ("their eightysixth meeting", "eightysixth", 86),
     ("the ninetyfirst day", "ninetyfirst day", 91),
     ("the third-largest lender", "third-largest", 3),
     ("the second-worst drought", "second-worst", 2)],
)
def test_compound_ordinals(text: str, span: str, value: int) -> None:
    (q,) = parse(text)
    assert (q.text, q.kind, q.value) == (span, Kind.ORDINAL, value)


def test_a_hyphenated_ordinal_that_is_no_superlative_is_no_ordinal() -> None:
    assert parse("a second-hand van and a first-time buyer") == []


# -- "a third": a ratio in context, an ordinal before a noun -------------------------
@pytest.mark.parametrize(
    ("text", "value", "change"),
    [("Profits are up roughly a quarter since May.", 0.25, "up"),
     ("The fine was reduced by a third on appeal.", 1 / 3, "down"),
     ("a fifth more than last year", 0.2, "up"),
     ("Shoppers bought a quarter fewer umbrellas.", 0.25, "down"),
     ("almost a fifth who said no", 0.2, None)],
)
def test_fraction_words_in_context_are_ratios(text: str, value: float, change: str | None) -> None:
    (q,) = amounts(text)
    assert (q.kind, q.value) == (Kind.RATIO, pytest.approx(value))
    assert (q.change.value if q.change else None) == change


@pytest.mark.parametrize("text", ["He sought a third term.", "a fifth straight defeat"])
def test_fraction_words_before_a_noun_are_ordinals(text: str) -> None:
    assert [q.kind for q in parse(text)] == [Kind.ORDINAL]


@pytest.mark.parametrize(
    "text",
    ["Of its staff, a fifth are agency workers.", "Of the patients, a third were children.",
     "Of the members, a quarter have left."],
)
def test_fraction_words_before_a_plural_verb_are_shares(text: str) -> None:
    # a plural verb agrees with a share of a group, never with one thing in a row
    assert [q.kind for q in parse(text)] == [Kind.RATIO]


def test_fraction_words_before_a_singular_verb_stay_positions() -> None:
    # "Two bodies were found and a third was found later": the third body
    assert [q.kind for q in parse("Two were found and a third was found later.")] == [
        Kind.COUNT, Kind.ORDINAL]


# -- multiples: "N times", "-fold", "10x", "twice", "double" -------------------------
@pytest.mark.parametrize(
    ("text", "span", "kind", "value"),
    [("Rents are 4.5 times the national average.", "4.5 times", Kind.RATIO, 4.5),
     ("roughly six times as much water", "roughly six times", Kind.RATIO, 6),
     ("a 30-fold increase", "30-fold", Kind.RATIO, 30),
     ("a fourfold increase in claims", "fourfold", Kind.RATIO, 4),
     ("Exports grew tenfold.", "tenfold", Kind.RATIO, 10),
     ("a 5x speed-up", "5x", Kind.RATIO, 5),
     ("nearly twice the legal limit", "nearly twice", Kind.RATIO, 2),
     ("more than double the previous record", "more than double", Kind.RATIO, 2),
     ("She has won twice since June.", "twice", Kind.COUNT, 2),
     ("He was stopped four times.", "four", Kind.COUNT, 4)],
)
def test_multiples(text: str, span: str, kind: Kind, value: float) -> None:
    (q,) = amounts(text)
    assert (q.text, q.kind, q.value) == (span, kind, value)


def test_double_without_a_comparison_is_no_number() -> None:
    assert amounts("a double room and a triple jump") == []


def test_a_range_of_multiples() -> None:
    (q,) = amounts("levels 20 to 50 times higher than normal")
    assert (q.kind, q.bound, q.hard.low, q.hard.high) == (Kind.RATIO, Bound.RANGE, 20, 50)


# -- "a ratio of A to B", h:m:s, old years, metres, "Sh" ------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [("a staff-to-child ratio of 1 to 8", 1 / 8), ("a gender ratio of 3 to 2", 1.5)],
)
def test_a_ratio_of_a_to_b(text: str, value: float) -> None:
    (q,) = amounts(text)
    assert (q.kind, q.value) == (Kind.RATIO, pytest.approx(value))


def test_a_per_base_with_commas_is_one_ratio() -> None:
    (q,) = amounts("about 3 in 10,000 births")
    assert q.value == pytest.approx(3e-4)


def test_hours_minutes_seconds_are_a_time() -> None:
    assert kinds("She won in 2:19:42 on Sunday.") == [("2:19:42", Kind.TIME)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [("The mill was built in 1791.", Kind.YEAR), ("a charter granted before 1400", Kind.YEAR),
     ("since 1850 workers joined", Kind.COUNT), ("a total of 1850", Kind.COUNT)],
)
def test_years_before_1900_need_a_cue(text: str, kind: Kind) -> None:
    assert [q.kind for q in parse(text)] == [kind]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("Waves of up to 9m hit the pier.", 9, "meter"), ("the 1.98m centre", 1.98, "meter"),
     ("He swam the 400m in record time.", 400, "meter"), ("a 2m fine", 2e6, None)],
)
def test_a_glued_m_is_metres_in_context(text: str, value: float, unit: str | None) -> None:
    (q,) = amounts(text)
    assert (q.value, q.unit) == (value, unit)


def test_kenyan_shillings_written_sh() -> None:
    (q,) = amounts("a Sh2.1 billion tender")
    assert (q.value, q.unit) == (2.1e9, "KES")


@pytest.mark.parametrize(
    ("text", "span"),
    [("Buses run every half hour.", "half hour"), ("It took half an hour.", "half an hour"),
     ("a half hour drive", "a half hour")],
)
def test_half_a_time_unit_is_half_of_it(text: str, span: str) -> None:
    (q,) = amounts(text)
    assert (q.text, q.value, q.unit) == (span, 0.5, "hour")


@pytest.mark.parametrize("text", ["half an hour later", "results for the half year"])
def test_half_a_unit_that_names_a_time_or_period_is_no_amount(text: str) -> None:
    assert amounts(text) == []


def test_zero_in_n_is_no_ratio() -> None:
    assert all(q.kind is not Kind.RATIO for q in amounts("cut to zero in three days"))


@pytest.mark.parametrize(
    ("text", "bound"),
    [("a vaccine for children under two", Bound.LT), ("free travel for people over 60", Bound.GT),
     ("Riders must be 14 or older.", Bound.GE)],
)
def test_hedged_ages_after_person_nouns(text: str, bound: Bound) -> None:
    (q,) = amounts(text)
    assert (q.kind, q.unit, q.bound) == (Kind.DURATION, "year", bound)


@pytest.mark.parametrize(
    "text",
    ["reaching patients within eight minutes", "people over 5,000", "children under 3 kg",
     "more than 40 people"],
)
def test_hedged_numbers_that_are_no_ages(text: str) -> None:
    assert all(q.unit != "year" for q in amounts(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [("a quarter of a million visitors", 250_000), ("three-quarters of a billion dollars", 7.5e8),
     ("half of a million", 500_000)],
)
def test_fractions_of_a_scale_word(text: str, value: float) -> None:
    assert amounts(text)[0].value == value


@pytest.mark.parametrize(
    "text", ["the search for patient zero", "his number one priority", "back at ground zero"]
)
def test_number_words_in_names_are_no_numbers(text: str) -> None:
    assert amounts(text) == []


def test_the_first_half_is_a_period_not_a_ratio() -> None:
    assert [q.kind for q in parse("profits in the second half of the year")] == [Kind.ORDINAL]


@pytest.mark.parametrize(
    ("text", "kind"),
    [("about 40 times lighter than steel", Kind.RATIO),
     ("nearly 10 times a web search", Kind.RATIO), ("four times a week", Kind.COUNT)],
)
def test_n_times_before_a_comparison_or_an_article(text: str, kind: Kind) -> None:
    assert amounts(text)[0].kind is kind
