"""checkers/holders.py: who a figure is told of, read in the clause before it."""

from __future__ import annotations

import pytest

from numcheck.checkers.holders import HolderWords, apart, tellers, told_of

W = HolderWords.from_lexicon()


def held(sentence: str, figure: str) -> frozenset[str]:
    return told_of(sentence, 0, sentence.index(figure), W)


@pytest.mark.parametrize(("sentence", "figure", "words"), [
    ("Magistrates fined Lee Ash £1,200 for his part.", "£1,200", {"lee", "ash"}),
    ("His co-defendant, Carl Moss, was fined £800.", "£800", {"carl", "moss"}),
    ("Harwell Council set a budget of £310m.", "£310m", {"harwell"}),
    ("Labour's Rhian Pugh won 18,420 votes.", "18,420", {"labour", "rhian", "pugh"}),
    ("The nearby Fenwick Infirmary had 3,100 patients.", "3,100", {"fenwick", "infirmary"}),
])
def test_holders_named(sentence: str, figure: str, words: set[str]) -> None:
    assert held(sentence, figure) == words


@pytest.mark.parametrize(("sentence", "figure"), [
    ("The haulier was fined £80,000.", "£80,000"),  # a description: no name
    ("The Bristol firm won a £8m contract.", "£8m"),  # a name modifying a description
    ("The Leeds start-up raised £35m.", "£35m"),
    ("Nine people were killed and 38 wounded.", "38"),  # a number word; a new clause
    ("Cases linked to Pellow bakery reached 27.", "27"),  # a name in a phrase
    ("Qaderan attack: toll rises to nine.", "nine"),  # after a colon
    ("Envoy Novik Hale said 14 people died.", "14"),  # a speaker
    ("In March, 40 homes flooded.", "40"),  # a month
    ("Quarterly revenue was $2.81 billion.", "$2.81"),  # a sentence's first word alone
    ("Ash was fined £2,100.", "£2,100"),
    ("In Northmoor 2,475 homes were left without a roof.", "2,475"),  # a capital "In"
])
def test_no_holder(sentence: str, figure: str) -> None:
    assert held(sentence, figure) == frozenset()


def test_two_holders_are_apart() -> None:
    assert apart(frozenset({"lee", "ash"}), frozenset({"carl", "moss"}))
    assert apart(held("Greyfield Bank made £2.1bn.", "£2.1bn"),
                 held("Rival Lowmoor Bank made £1.4bn.", "£1.4bn"))


def test_one_holder_named_two_ways_meets() -> None:
    assert not apart(held("Lee Ash, 34, was fined £1,200.", "£1,200"),
                     held("Ash was fined £2,100.", "£2,100"))
    assert not apart(held("Labour's Rhian Pugh won 18,420 votes.", "18,420"),
                     held("Ms Pugh won 16,420 votes.", "16,420"))


def test_a_side_naming_no_one_is_apart_from_no_one() -> None:
    assert not apart(frozenset({"corrin", "haulage"}), frozenset())


def test_a_body_word_tells_no_holder_from_another() -> None:
    # "Harwell Council" and "Stanmere Council" share only "council"
    assert apart(held("Harwell Council set £310m.", "£310m"),
                 held("Stanmere Council set £285m.", "£285m"))


def test_a_teller_is_no_holder() -> None:
    words = tellers(["Westmark Public Health", None, "the agency"])
    assert {"westmark", "public", "health"} <= words
    assert held("Westmark Public Health has tied 24 infections.", "24") - words == frozenset()
