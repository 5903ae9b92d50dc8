"""NC207 on the real pipeline: money converted at a rate the copy states, and durations
restated in another unit. Without a stated rate, currencies are never compared."""

from __future__ import annotations

import pytest

from numcheck.checkers import conversion
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [conversion]).codes()


# (text with {} for the converted figure, a right figure, a wrong one)
RATES = [
    # a rate in the sentence: "<amount> to the <currency>"
    ("Turnover reached €4.6bn, or {} at 87p to the euro, the group said.", "about £4bn",
     "about £4.6bn"),
    ("The club paid 60 million euros ({} at $1.09 to the euro) for the striker.",
     "$65 million", "$55 million"),
    # "per <currency>": the other currency is the converted one
    ("Exports were worth 9 billion lira ({}, at 32 per dollar).", "$281 million",
     "$310 million"),
    # an unnamed rate: either direction may be meant
    ("The estate sold for €3.5m ({} at the current exchange rate of 0.85).", "£3m", "£3.5m"),
    ("Damage was put at £12 million ({} at a rate of 1.17).", "€14 million", "€12 million"),
    ("He was fined 2.5 million euros ({}) at the current rate of $1.08.", "$2.7 million",
     "$2.3 million"),
    # a wire footer holds for the whole article
    ("Quarterly profit rose to 8.1 billion Norwegian crowns ({}).\n\n"
     "($1 = 10.8 Norwegian crowns)", "$750 million", "$810 million"),
    ("Net income was 2.4 billion Swiss francs ({}) in the half.\n\n($1 = 0.9 Swiss francs)",
     "$2.67 billion", "$2.4 billion"),
    # "pounds" alone reads as a mass; set equal to one unit of money it is the currency
    ("The trust spent £3.2 million ({}) on the roof.\n\n($1 = 0.79 pounds)", "$4.05 million",
     "$3.6 million"),
    ("A season ticket now costs €950 ({}).\n\n(£1 = 1.16 euros)", "£819", "£1,100"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), RATES)
def test_money_at_a_stated_rate(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC207"]


@pytest.mark.parametrize(
    "text",
    [
        "Revenue was €2.3bn (£2.9bn) in the year.",  # no rate: nothing to check
        "The fund holds €40m (£60m) of bonds; gold traded at $2,300 per ounce.",
        # a rate between two other currencies says nothing about this pair
        "Sales were ¥500bn ($4bn), and the euro bought 0.86 pounds, at 0.86 to the euro.",
        # a mass set equal to a mass is no exchange rate
        "The crate held £2,000 ($2,900) of tea, and 1 kilogram = 2.2 pounds.",
    ],
)
def test_money_without_an_applicable_rate_is_not_checked(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ("He was jailed for 40 months — {}.", "more than three years", "nearly four years"),
        ("The works will take 18 months ({}).", "a year and a half", "three years"),
        ("The launch window lasts 72 hours, or {}.", "three days", "two days"),
    ],
)
def test_a_duration_restated_in_another_unit(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC207"]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ("Sales rose to 9.1 billion Norwegian crowns ($860 million). Profit was 2.2 billion "
         "crowns ({}).\n\n($1 = 10.6 Norwegian crowns)", "$208 million", "$260 million"),
        ("Copenhagen's budget is 48 billion Danish kroner. The metro cost 25 billion crowns "
         "({}) at 6.9 to the dollar, after 20 billion Danish crowns last year.",
         "$3.6 billion", "$2.5 billion"),
    ],
)
def test_a_currency_by_its_short_name_after_its_full_name(
    text: str, right: str, wrong: str
) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC207"]


@pytest.mark.parametrize(
    "text",
    [
        # never named in full: "crowns" could be any of four currencies
        "Profit was 2.2 billion crowns ($900 million).\n\n($1 = 10.6 Norwegian crowns)",
        # two crowns named: which one is meant is unclear
        "It earned 5 billion Swedish crowns ($470 million) and 3 billion Danish crowns "
        "($430 million); costs were 1 billion crowns ($900 million).\n\n"
        "($1 = 10.5 Swedish crowns)",
    ],
)
def test_a_short_name_that_names_no_one_currency(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ("Waves 15ft ({}) high hit the pier.", "5m", "8m"),
        ("The crane lifted the hull 120 feet ({}) above the dock.", "37m", "50m"),
    ],
)
def test_a_glued_m_after_a_length_is_metres(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC207"]


def test_a_glued_m_elsewhere_stays_million() -> None:
    assert codes("The 40-mile pipeline (£20m) opened; it cost £20m, or 23m euros.") == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # a compound measure converts as a whole, not its last part
        ("The suspect, 6 feet 2 inches ({}) tall, fled.", "1.88 metres", "1.68 metres"),
        ("The baby weighed 7 lb 4 oz ({}).", "3.3 kg", "4.3 kg"),
        ("The climb took 2 hours 15 minutes ({}).", "135 minutes", "175 minutes"),
        # a conversion after the measure's adjective
        ("The ship, 190 metres long ({}), ran aground.", "623 feet", "720 feet"),
        ("The wall is 12 feet high, or {}, along the river.", "3.7 metres", "4.5 metres"),
    ],
)
def test_compound_measures_and_adjectives(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC207"]


# (text with {} for the converted figure, a right figure, a wrong one): a conversion after
# a few words that finish the first figure's phrase, or set off by a bare comma
LINKED = [
    ("The pipeline will run 310 km across the plain (about {}), the ministry said.",
     "193 miles", "240 miles"),
    ("Crews laid 12 miles of cable last month (roughly {}).", "19 km", "25 km"),
    ("The blade is 107 metres long overall ({}).", "351 feet", "330 feet"),
    ("The river peaked at 5.8 metres, about {}, on Sunday.", "19 feet", "15 feet"),
    ("Thermometers read 41 degrees Celsius, or {}, at noon.", "106 degrees Fahrenheit",
     "96 degrees Fahrenheit"),
    ("Hail up to three-quarters of an inch ({}) fell in minutes.", "about 2 cm",
     "about 4 cm"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), LINKED)
def test_a_conversion_after_a_few_words_or_a_comma(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC207"]


# (text with {} for the converted figure, a right figure, a wrong one): a mark that opens
# an aside (a bracket, a dash of any length, a slash, a comma), then at most a connective
MARKED = [
    ("Winds gusted to 90 mph - some {} - as the storm came ashore.", "145 km/h", "90 km/h"),
    ("Winds gusted to 90 mph – some {} – as the storm came ashore.", "145 km/h", "90 km/h"),
    ("The lorry was doing 56 mph [{}] when it hit the barrier.", "90 km/h", "70 km/h"),
    ("Gusts reached 90 mph/{} on the ridge.", "145 km/h", "120 km/h"),
    ("The spire rises 404 feet (that is, {}) above the square.", "123 metres", "140 metres"),
    ("The dam is 1.2 km long, which is about {}.", "three-quarters of a mile",
     "half a mile"),
    ("The reservoir holds 45 million cubic metres, equivalent to {}.",
     "about 12 billion gallons", "about 4 billion gallons"),
    ("The route climbs 2,000 metres - or {} - in a day.", "6,560 feet", "5,000 feet"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), MARKED)
def test_a_conversion_after_a_mark_and_a_connective(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC207"]


@pytest.mark.parametrize(
    "text",
    [
        # a dash or a comma between one unit's figures, or after a phrase: no conversion
        "The trail is 40 miles - 20 miles longer than the old one.",
        "He ran 10 miles, or 5 miles more than last year.",
        "The road is 40 miles long and the bridge (2 km) is new.",
        "Runners covered 26 miles; the relay team (10 km) started later.",
        "Winds reached 60 mph at the coast, 40 km/h inland.",
        "Turbines 150 metres tall will stand 2 miles offshore (3.2 km).",
        "The lake is 3 miles wide, 12 km long.",
    ],
)
def test_other_measures_nearby_are_no_conversion(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Storm Idris dumped 140mm of rain in 36 hours, more than a month's worth.",
        "The depot holds 48 hours of fuel, or about two weeks' worth at the old rate.",
    ],
)
def test_a_figure_worth_of_a_thing_restates_no_duration(text: str) -> None:
    """"a month's worth" measures rain by time: no conversion of "36 hours"."""
    assert run_checks(text, [conversion]).codes() == []


@pytest.mark.parametrize(
    "text",
    [
        # a smaller unit after a bare comma, less than one of the larger: one measure's rest
        "Kipruto won in 2 hours, 5 minutes and 41 seconds, the third-fastest time.",
        "The swim took 1 hour, 12 minutes, well inside the cut-off.",
        "The foal stood 5 feet, 3 inches at the shoulder.",
    ],
)
def test_the_rest_of_a_compound_measure_is_no_conversion(text: str) -> None:
    assert codes(text) == []


def test_a_comma_conversion_of_the_same_size_is_still_checked() -> None:
    assert codes("The quake struck at a depth of 10 kilometers, 9 miles, near the town.") == [
        "NC207"
    ]
