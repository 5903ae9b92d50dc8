"""numcheck.parsing.trie: lexicon phrases -> one regex atom, as few groups as it needs."""

from __future__ import annotations

import re

import pytest

from numcheck.parsing.trie import alternation

PHRASES = ["dollar", "dollars", "dong", "d", "s", "rand", "a lot of", "a lot", "-fold", "x"]


@pytest.mark.parametrize("phrase", PHRASES)
def test_every_phrase_matches_whole(phrase: str) -> None:
    assert re.fullmatch(alternation(PHRASES), phrase.upper(), re.IGNORECASE)


def test_the_longest_phrase_is_preferred() -> None:
    pattern = re.compile(alternation(PHRASES), re.IGNORECASE)
    assert pattern.match("dollars and cents").group() == "dollars"
    assert pattern.match("a  lot of it").group() == "a  lot of"  # a space matches a run
    assert pattern.match("a lot more").group() == "a lot"
    assert pattern.match("rands").group() == "rand"
    assert pattern.match("yen") is None


@pytest.mark.parametrize("words", [["a", "b"], ["s"], ["dollar", "dollars"], PHRASES,
                                   ["the", "them", "then"]])
def test_the_result_is_one_atom(words: list[str]) -> None:
    # callers follow it with ?, {n} or * : that must apply to the whole alternation
    body = alternation(words)
    longest = max(words, key=len)
    assert re.fullmatch(f"{body}?", "")
    assert re.fullmatch(f"{body}?", longest)
    assert re.fullmatch(f"{body}{{2}}", longest + words[0])
    assert not re.fullmatch(f"{body}?", longest + longest)


def test_no_group_it_does_not_need() -> None:
    # re parses every group in Python: these tries are most of the parser's
    # compile time in a cold start (docs/maintainers/startup.md)
    assert alternation(["dollar", "dollars"]) == "(?:dollars?)"
    assert alternation(["up", "us"]) == "(?:u[ps])"
    assert alternation(["a", "b", "c"]) == "[abc]"
    assert alternation(["climb", "climbed", "climbs"]) == "(?:climb(?:ed|s)?)"


def test_case_kept_without_fold_and_nothing_matches_nothing() -> None:
    assert re.fullmatch(alternation(["iPhone", "IBEX"], fold=False), "iPhone")
    assert not re.fullmatch(alternation(["iPhone"], fold=False), "iphone")
    assert re.search(alternation([]), "anything") is None
