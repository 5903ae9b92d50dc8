"""_rate_pairs: money restated in another currency at a rate its sentence states, in
words no mark opens ("£2.4bn, which at $1.25 to the pound is $3bn"), or in a sentence
that holds the rate and refers back ("At $1.25 to the pound, that is $3bn"). The
realisation files (data/conv31_*.toml) were written before tuning; the ``_aside`` one
was scored only at the end."""

from __future__ import annotations

import pytest
from realisation_cases import realisation_cases

from numcheck.checkers import conversion
from numcheck.checkers._rate_pairs import _names
from numcheck.checkers._rates import Rate
from numcheck.testing import run_checks


def _check(case: dict[str, str]) -> None:
    codes = set(run_checks(case["text"], builtins=True, path="article.txt").codes())
    if case["expect"]:
        assert "NC207" in codes
    else:
        assert not {c for c in codes if c.startswith(("NC2", "NC3"))}


@pytest.mark.parametrize("case", realisation_cases("conv31_realisations.toml"))
def test_realisation(case: dict[str, str]) -> None:
    _check(case)


@pytest.mark.parametrize("case", realisation_cases("conv31_realisations_aside.toml"))
def test_realisation_aside(case: dict[str, str]) -> None:
    _check(case)


def test_a_rate_names_the_pair() -> None:
    both = Rate(1.24, 1.26, "GBP", "USD", (0, 10))
    one = Rate(85.0, 85.0, "USD", None, (0, 10))
    neither = Rate(1.1, 1.1, None, None, (0, 10))
    assert _names([both], "USD", "GBP")
    assert not _names([both], "EUR", "GBP")
    assert _names([one], "INR", "USD")
    assert not _names([one], "INR", "EUR")
    assert not _names([neither], "GBP", "USD")  # a bare rate places no pair


def codes(text: str) -> list[str]:
    return run_checks(text, [conversion]).codes()


def test_words_between_no_mark_opens() -> None:
    text = "The insurer paid out £2.4 billion, which at $1.25 to the pound is {}."
    assert codes(text.format("$3 billion")) == []
    assert codes(text.format("$2.4 billion")) == ["NC207"]


def test_across_a_sentence_only_when_it_refers_back() -> None:
    back = "The fee was £2.4 billion. At $1.25 to the pound, that is {}."
    assert codes(back.format("$3 billion")) == []
    assert codes(back.format("$2.4 billion")) == ["NC207"]
    assert codes("The fee was £2.4 billion. Rivals paid $2.4 billion at $1.25 to the pound.") == []


def test_no_pair_across_a_list_or_a_change() -> None:
    assert codes("Costs were £2.4 billion and sales $2.4 billion, at $1.25 to the pound.") == []
    assert codes("The bill rose to £2.4 billion from $2.4 billion, at $1.25 to the pound.") == []


def test_no_pair_after_a_bare_comma() -> None:
    # a list of places, each amount in its own currency, beside a rate
    assert codes("Revenue was €12 million in France, £12.5 million in Britain, at 86p to "
                 "the euro.") == []
    assert codes("Revenue was €12 million, £12.5 million in Britain, at 86p to the euro.") == []


def test_a_bare_comma_with_the_rate_right_after_the_second_amount() -> None:
    assert codes("Revenue was €12 million, £10.3 million at 86p to the euro.") == []
    assert codes("Revenue was €12 million, £12.5 million at 86p to the euro.") == ["NC207"]
