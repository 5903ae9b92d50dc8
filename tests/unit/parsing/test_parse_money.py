"""Every currency as data (issue #9, part 2): ISO codes, names, symbols, prefixed
dollars, minor units and major-plus-minor sums."""

from __future__ import annotations

import pytest

from numcheck import parse
from numcheck.lexicon import load_section
from numcheck.units import currency_codes


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [("£2.3bn", 2.3e9, "GBP"), ("$5.4m", 5.4e6, "USD"), ("US$5m", 5e6, "USD"),
     ("HK$1.20", 1.2, "HKD"), ("A$1.1 billion", 1.1e9, "AUD"), ("C$40", 40, "CAD"),
     ("NZ$3m", 3e6, "NZD"), ("S$12", 12, "SGD"), ("R$15bn", 15e9, "BRL"),
     ("RM393.8bn", 393.8e9, "MYR"), ("R18.92", 18.92, "ZAR"), ("Rs 5 crore", 5e7, "INR"),
     ("two lakh rupees", 2e5, "INR"), ("25 billion yen", 25e9, "JPY"),
     ("1.8 billion shekels", 1.8e9, "ILS"), ("₪1.8 billion", 1.8e9, "ILS"),
     ("3 billion yuan", 3e9, "CNY"), ("40 million rand", 4e7, "ZAR"),
     ("2 billion lira", 2e9, "TRY"), ("5 billion ringgit", 5e9, "MYR"),
     ("900 billion won", 9e11, "KRW"), ("10 million pesos", 1e7, "PHP"),
     ("₩900bn", 9e11, "KRW"), ("₹500", 500, "INR"), ("₽2bn", 2e9, "RUB"), ("₺40", 40, "TRY"),
     ("SEK 85", 85, "SEK"), ("5,000 TND", 5000, "TND"), ("75 cents", 0.75, "USD"),
     ("18 paise", 0.18, "INR"), ("199.2p", 1.992, "GBP"),
     ("3 dollars 50 cents", 3.5, "USD"), ("4 pounds 20 pence", 4.2, "GBP"),
     ("740 million pounds", 7.4e8, "GBP"), ("3.5m pounds", 3.5e6, "GBP"),
     ("three dollars seventy-five cents", 3.75, "USD"),
     ("6.8 billion Swedish crowns", 6.8e9, "SEK"), ("400 Norwegian crowns", 400, "NOK"),
     ("12 Danish crowns", 12, "DKK")],
)
def test_money(text: str, value: float, code: str) -> None:
    (q,) = parse(f"It cost {text} in all.")
    assert q.kind.value == "money"
    assert q.unit == code
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text", ["ALL 5 survived", "the TOP 10 tips", "known as COP26", "4 pounds of flour",
             "He lost 40 pounds in a year.", "They shipped 2 million pounds of beef."],
)
def test_not_money(text: str) -> None:
    assert all(q.kind.value != "money" for q in parse(text))


def test_all_iso_4217_codes_are_known() -> None:
    codes = currency_codes()
    assert len(codes) >= 150
    assert all(len(c) == 3 and c.isupper() for c in codes)
    assert "_reading" in load_section("currencies")


@pytest.mark.parametrize(
    ("text", "code"),
    [("sales of 3 billion francs ($3.4 billion) rose", "USD"), ("a fine [£40,000] was", "GBP"),
     ('the "€5m" price', "EUR"), ("profit rose —¥2bn in all", "JPY"), ("(US$12m)", "USD")],
)
def test_currency_symbol_after_opening_punctuation(text: str, code: str) -> None:
    """A conversion in parentheses or a figure after a dash keeps its currency."""
    money = [q for q in parse(text) if q.kind.value == "money"]
    assert money
    assert money[-1].unit == code
    assert money[-1].text[0] in "$£€¥U"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Volvo Cars, based in Gothenburg, lost 3 billion crowns in the quarter.", "SEK"),
        ("The Czech utility CEZ will pay 40 billion crowns to the state.", "CZK"),
        ("Oslo's wealth fund earned 2.2 trillion kroner.", "NOK"),
        ("Novo Nordisk, the Danish drugmaker, made 100 billion kroner.", "DKK"),
        ("Tanzanian farmers were paid 900 million shillings.", "TZS"),
        ("The Algerian state oil firm invested 3 billion dinars.", "DZD"),
        ("Argentina's central bank printed 1 trillion pesos.", "ARS"),
        ("Ivory Coast cocoa growers get 1,800 francs a kilo.", "XOF"),
        ("Bahrain's budget gap reached 1.2 billion dinars.", "BHD"),
        ("a 40-billion-crown package for Swedish defence", "SEK"),
        ("the 200-million-euro bridge", "EUR"),
    ],
)
def test_shared_currency_name_takes_the_country_named_nearby(text: str, code: str) -> None:
    """phrasings.md 16.1: a name several countries share reads the code of the
    country a cue word names nearest the figure."""
    money = [q for q in parse(text) if q.kind.value == "money"]
    assert [q.unit for q in money] == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [("It cost 10 million pesos.", "PHP"), ("a fine of 5,000 dinars", "IQD"),
     ("He paid 3 million francs.", "CHF"), ("They raised 8 billion crowns.", "SEK")],
)
def test_shared_currency_name_without_a_cue_takes_the_default(text: str, code: str) -> None:
    assert [q.unit for q in parse(text) if q.kind.value == "money"] == [code]


@pytest.mark.parametrize(
    "text",
    ["The queen keeps four crowns in the tower.", "He needed 2 crowns and a bridge.",
     "Stockholm's museum shows 7 royal crowns."],
)
def test_a_crown_without_a_scale_or_money_is_a_thing(text: str) -> None:
    """A shared name that is also an English noun is money only after a scale word
    or near a cue: "7 royal crowns" has neither directly after the number."""
    assert all(q.kind.value != "money" for q in parse(text))
