"""Hypothesis strategies that write one quantity in many phrasings.

Each strategy yields ``(text, value)``: ``text`` a phrase as news copy writes it
("1.5 million", "1,500,000", "$1.5bn", "US$1.5 billion", "about 2,000"), ``value``
the number it states (``Quantity.value``; hedges keep the written value). Use them
to assert that a checker does not depend on wording::

    from hypothesis import given
    from numcheck.testing.strategies import count_phrasings, hedged

    @given(hedged(count_phrasings(2_000_000)))
    def test_toll_read_the_same(phrase):
        text, value = phrase
        ...

Requires hypothesis (the ``test`` extra: ``pip install 'numcheck[test]'``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

try:
    from hypothesis import strategies as st
except ImportError as err:  # pragma: no cover - depends on the environment
    raise ImportError(
        "numcheck.testing.strategies needs hypothesis; install the test extra: "
        "pip install 'numcheck[test]' (or pip install hypothesis)"
    ) from err

Phrase = tuple[str, float]


@cache
def _data() -> Mapping[str, Any]:
    raw = resources.files(__package__ or "numcheck.testing").joinpath("phrasings.toml")
    return tomllib.loads(raw.read_text(encoding="utf-8"))


def number_words(n: int, *, joiner: str = " ") -> str:
    """``n`` (0 <= n < 10**15) in words: 2_500_000 -> "two million five hundred thousand".

    ``joiner`` goes between hundreds and the rest (" and " for British copy).
    """
    if not 0 <= n < 10**15:
        raise ValueError(f"number_words handles 0 <= n < 10**15, not {n}")
    words = _data()["words"]
    ones, tens = words["ones"], words["tens"]
    if n < 20:
        return str(ones[n])
    if n < 100:
        return str(tens[n // 10]) + ("" if n % 10 == 0 else "-" + ones[n % 10])
    if n < 1000:
        head = f"{ones[n // 100]} {words['hundred']}"
        return head if n % 100 == 0 else head + joiner + number_words(n % 100)
    for scale, info in sorted(_data()["scales"].items(), key=lambda s: -s[1]["power"]):
        unit = 10 ** int(info["power"])
        if n >= unit:
            head = f"{number_words(n // unit, joiner=joiner)} {scale}"
            return head if n % unit == 0 else f"{head} {number_words(n % unit, joiner=joiner)}"
    raise AssertionError("unreachable")  # pragma: no cover


def _decimal(x: float) -> str | None:
    """``x`` with at most two decimals ("1.5", "12", "2.25"), or None if it needs more."""
    for places in (0, 1, 2):
        text = f"{x:.{places}f}"
        if abs(float(text) - x) < 1e-9 * max(1.0, abs(x)):
            return text
    return None


def _scaled(value: int, *, money: bool, words_only: bool = False) -> list[tuple[str, str]]:
    """(number, scale) pairs such as ("1.5", " million"), ("1.5", "mn")."""
    out: list[tuple[str, str]] = []
    for scale, info in _data()["scales"].items():
        unit = 10 ** int(info["power"])
        if value < unit or (scale == "thousand" and not money):
            continue
        number = _decimal(value / unit)
        if number is None or float(number) >= 1000:
            continue
        out.append((number, " " + scale))
        if not words_only:
            out.extend((number, abbr) for abbr in info["money" if money else "count"])
    return out


def phrasings_of(value: int) -> list[str]:
    """Every way this module writes the count ``value`` (a plain list, no hypothesis)."""
    forms = [f"{value:,}"]
    if value < 1000 or 10_000 <= value < 1_000_000:
        # "1500" reads as a year and "1500000000" as an ID: copy groups big digits
        forms.append(str(value))
    if value < 1000:
        forms.extend(number_words(value, joiner=j) for j in _data()["words"]["hundred_joiners"])
    forms.extend(number + scale for number, scale in _scaled(value, money=False))
    for number, scale in _scaled(value, money=False, words_only=True):
        if float(number).is_integer():
            forms.append(f"{number_words(int(float(number)))}{scale}")  # "three million"
    return sorted(set(forms), key=lambda f: (len(f), f))


def money_phrasings_of(value: int, currency: str = "USD") -> list[str]:
    """Every way this module writes ``value`` of ``currency`` ("$1.5bn", "1.5 billion dollars")."""
    info = _data()["currencies"].get(currency)
    if info is None:
        known = ", ".join(sorted(_data()["currencies"]))
        raise ValueError(f"no phrasings for currency {currency!r}; known: {known}")
    numbers = [f"{value:,}", *(n + s for n, s in _scaled(value, money=True))]
    forms = [prefix + number for prefix in info["prefixes"] for number in numbers]
    spelled = [f"{value:,}", *(n + s for n, s in _scaled(value, money=False, words_only=True))]
    forms.extend(f"{number} {word}" for number in spelled for word in info["words"])
    return sorted(set(forms), key=lambda f: (len(f), f))


def count_phrasings(value: int) -> st.SearchStrategy[Phrase]:
    """The phrasings of one count: digits, commas, words, scale words, abbreviations."""
    return st.sampled_from(phrasings_of(value)).map(lambda text: (text, float(value)))


def money_phrasings(value: int, currency: str = "USD") -> st.SearchStrategy[Phrase]:
    """The phrasings of one amount of money: symbols, codes, currency words, scales."""
    return st.sampled_from(money_phrasings_of(value, currency)).map(lambda t: (t, float(value)))


def writable_values(min_value: int = 1, max_value: int = 10**12) -> st.SearchStrategy[int]:
    """Values news copy writes: small counts, and round figures like 1.5 million."""
    round_figures = st.builds(
        lambda mantissa, power: mantissa * 10**power,
        st.integers(1, 999),
        st.integers(0, 10),
    )
    return st.one_of(st.integers(min_value, min(max_value, 99_999)), round_figures).filter(
        lambda v: min_value <= v <= max_value
    )


def counts(min_value: int = 1, max_value: int = 10**12) -> st.SearchStrategy[Phrase]:
    """Any count, in any phrasing."""
    return writable_values(min_value, max_value).flatmap(count_phrasings)


def money(
    currency: str = "USD", min_value: int = 1, max_value: int = 10**12
) -> st.SearchStrategy[Phrase]:
    """Any amount of ``currency``, in any phrasing."""
    return writable_values(min_value, max_value).flatmap(lambda v: money_phrasings(v, currency))


def hedged(
    base: st.SearchStrategy[Phrase], bounds: Sequence[str] = ("approx",)
) -> st.SearchStrategy[Phrase]:
    """``base`` with a hedge of the given kinds in front ("about 2,000"); value unchanged.

    ``bounds`` are keys of the hedge table: approx, below, gt, ge, le.
    """
    table: Mapping[str, list[str]] = _data()["hedges"]
    words = [w for bound in bounds for w in table[bound]]
    return st.tuples(st.sampled_from(words), base).map(lambda p: (f"{p[0]} {p[1][0]}", p[1][1]))


def in_sentence(
    base: st.SearchStrategy[Phrase], templates: Sequence[str]
) -> st.SearchStrategy[Phrase]:
    """Place the phrase in sentences: templates with one ``{}`` ("{} people fled.")."""
    return st.tuples(st.sampled_from(list(templates)), base).map(
        lambda p: (p[0].format(p[1][0]), p[1][1])
    )


__all__ = [
    "Phrase",
    "count_phrasings",
    "counts",
    "hedged",
    "in_sentence",
    "money",
    "money_phrasings",
    "money_phrasings_of",
    "number_words",
    "phrasings_of",
    "writable_values",
]
