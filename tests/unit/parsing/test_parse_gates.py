"""Phrase gates: a regex of lexicon phrases is compiled only where a phrase may start.

The currency-name and second-end hedge regexes cost ~40 M instructions to compile, a
tenth of a cold parse; most articles never need them (docs/maintainers/startup.md).
A gate may only say "none of these phrases can start here"; what it lets through is
read by the regex as before.
"""

from __future__ import annotations

import pytest

from numcheck.parsing import Parser, lexdata
from numcheck.parsing.lextables import starts
from numcheck.parsing.numeric import may_start
from numcheck.quantity import Kind


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> Parser:
    monkeypatch.setattr(lexdata, "_CACHE", {})  # a Compiled of its own, nothing compiled
    return Parser()


def test_an_article_without_currency_words_or_hedged_second_ends(fresh: Parser) -> None:
    found = fresh.parse("The council cut 40 jobs, between 5 and 10 a week, 12 miles away.")
    assert [q.value for q in found][:1] == [40]
    built = fresh.compiled.__dict__
    assert "currency_fwd" not in built
    assert "hedge_fwd" not in built


@pytest.mark.parametrize(("text", "unit"), [
    ("He was paid 40 dollars.", "USD"), ("It cost 12 Hong Kong dollars", "HKD"),
    ("a fine of 300 EUROS", "EUR"), ("paid 40\u00a0dollars", "USD"),
])
def test_currency_names_still_read(fresh: Parser, text: str, unit: str) -> None:
    money = [q for q in fresh.parse(text) if q.kind is Kind.MONEY]
    assert [q.unit for q in money] == [unit]


@pytest.mark.parametrize(("text", "hedge", "high"), [
    ("between 5 and about 10 people", "between … about", 15.0),
    ("from 5 to ~10 people", "from … ~", 15.0),
    ("from 5 to more than 10 people", "from … more than", float("inf")),
])
def test_hedged_second_ends_still_read(fresh: Parser, text: str, hedge: str,
                                       high: float) -> None:
    (found,) = fresh.parse(text)
    assert found.text == text.removesuffix(" people")
    assert found.hedge == hedge
    assert found.hard.high == high


def test_the_gate_reads_letter_runs_as_the_phrases_do() -> None:
    gate = starts(["about", "in excess of", "~", ">="])
    assert gate == (frozenset({"about", "in"}), frozenset({"~", ">"}))
    text = "About 5, in 6, inside 7, ~8, >=9, 10"
    assert may_start(gate, text, 0)
    assert may_start(gate, text, text.index("in 6"))
    assert not may_start(gate, text, text.index("inside"))
    assert may_start(gate, text, text.index("~"))
    assert may_start(gate, text, text.index(">"))
    assert not may_start(gate, text, text.index("10"))
    assert may_start(gate, "\u0130n 5", 0)  # a non-ASCII letter: the regex decides
    assert starts(["\u00e9cus", "about"]) is None  # a phrase that starts so: no gate
