"""NC205 is withdrawn from shares that each answer their own question ("80% passed maths
and 75% passed English"): the cases are in share_overlap_cases.py (wave 31, noise31)."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.checkers._share_overlap import OverlapWords, answers_apart, overlap_words
from numcheck.testing import run_checks

from .share_overlap_cases import ARTICLES, ASIDE, STILL, TUNED


def codes(text: str) -> list[str]:
    return run_checks(text, [shares], path="article.txt").codes()


@pytest.mark.parametrize("text", list(TUNED.values()), ids=list(TUNED))
def test_shares_of_separate_questions_may_pass_100(text: str) -> None:
    assert "NC205" not in codes(text)


@pytest.mark.parametrize("text", list(ASIDE.values()), ids=list(ASIDE))
def test_aside_shares_of_separate_questions(text: str) -> None:
    assert "NC205" not in codes(text)


@pytest.mark.parametrize("text", list(STILL.values()), ids=list(STILL))
def test_shares_that_split_one_whole_still_add_past_100(text: str) -> None:
    assert codes(text) == ["NC205"]


@pytest.mark.parametrize("text", list(ARTICLES.values()), ids=list(ARTICLES))
def test_consistent_articles_raise_no_nc205(text: str) -> None:
    assert "NC205" not in codes(text)


def test_a_repeated_verb_before_an_answer_word_splits_one_whole() -> None:
    """The grammar withdraws; the ``answers`` table keeps a question's answers apart."""
    from numcheck.document import Document
    from numcheck.extract import extract_claims
    from numcheck.lexicon import Lexicon
    from numcheck.parsing import parse

    text = TUNED["education: two subjects passed"]
    document = Document.from_text(text, path="article.txt")
    claims = extract_claims(document, parse(document.prose), Lexicon.default())
    group = [c for c in claims if c.quantity.kind.name == "PERCENT"]
    assert answers_apart(document, group, overlap_words(Lexicon.default()["checkers"]))
    assert answers_apart(document, group, OverlapWords())
    assert not answers_apart(document, group, OverlapWords(answers=frozenset({"english"})))
    assert not answers_apart(document, group[:1], OverlapWords())
