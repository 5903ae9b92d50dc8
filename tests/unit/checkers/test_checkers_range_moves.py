"""NC208 is withdrawn from a move told by its two levels ("membership went from 52,000
to 41,000"): the cases are in range_moves_cases.py (wave 31, noise31)."""

from __future__ import annotations

import pytest

from numcheck.checkers import ranges
from numcheck.checkers._range_moves import MoveWords, told_move
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.testing import run_checks

from .range_moves_cases import (
    ARTICLES,
    ASIDE,
    SILENT,
    STILL,
    TUNED,
    WAY_ASIDE,
    WAY_STILL,
    WAY_TUNED,
)


def codes(text: str) -> list[str]:
    return run_checks(text, [ranges], path="article.txt").codes()


@pytest.mark.parametrize("text", list(TUNED.values()), ids=list(TUNED))
def test_a_move_told_from_high_to_low_is_no_reversed_range(text: str) -> None:
    assert "NC208" not in codes(text)


@pytest.mark.parametrize("text", list(ASIDE.values()), ids=list(ASIDE))
def test_aside_moves_are_no_reversed_range(text: str) -> None:
    assert "NC208" not in codes(text)


@pytest.mark.parametrize("text", list(STILL.values()), ids=list(STILL))
def test_a_range_written_high_to_low_is_still_reported(text: str) -> None:
    assert codes(text) == ["NC208"]


@pytest.mark.parametrize("text", [*SILENT.values(), *ARTICLES.values()],
                         ids=[*SILENT, *ARTICLES])
def test_look_alikes_and_articles_raise_no_nc208(text: str) -> None:
    assert "NC208" not in codes(text)


def _range(text: str) -> tuple[Document, Claim]:
    from numcheck.extract import extract_claims
    from numcheck.lexicon import Lexicon
    from numcheck.parsing import parse

    document = Document.from_text(text, path="article.txt")
    claims = extract_claims(document, parse(document.prose), Lexicon.default())
    return document, next(c for c in claims if c.quantity.bound.name == "RANGE")


def test_the_table_is_what_withdraws() -> None:
    from numcheck.checkers._range_moves import move_words
    from numcheck.lexicon import Lexicon

    document, claim = _range(TUNED["union: membership went down the years"])
    lex = Lexicon.default()
    assert told_move(document, claim, move_words(lex["checkers"], lex["hedges"]))
    assert not told_move(document, claim, MoveWords())


def test_a_long_sentence_is_read_in_bounded_steps() -> None:
    text = "Membership went " + "and " * 5000 + "from 500 to 400 this year."
    assert codes(text) == ["NC208"]  # the move word is beyond the look back


def change_codes(text: str) -> list[str]:
    from numcheck.checkers import change

    return run_checks(text, [change], path="article.txt").codes()


@pytest.mark.parametrize("text", list(WAY_TUNED.values()), ids=list(WAY_TUNED))
def test_another_figures_way_word_is_not_the_pairs(text: str) -> None:
    assert "NC206" not in change_codes(text)


@pytest.mark.parametrize("text", list(WAY_ASIDE.values()), ids=list(WAY_ASIDE))
def test_aside_another_figures_way_word(text: str) -> None:
    assert "NC206" not in change_codes(text)


@pytest.mark.parametrize("text", list(WAY_STILL.values()), ids=list(WAY_STILL))
def test_the_pairs_own_way_word_still_disagrees(text: str) -> None:
    assert change_codes(text) == ["NC206"]
