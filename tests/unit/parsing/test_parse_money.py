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
    "text", ["ALL 5 survived", "the TOP 10 tips", "known as COP26", "4 pounds of flour"],
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
