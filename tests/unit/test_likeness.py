"""numcheck/likeness.py: a figure's clause words, their features and how alike two
figures' contexts are, weighted by how specific each word is among a group's figures."""

from __future__ import annotations

import pytest

from numcheck.likeness import Specificity, Vocabulary, context_words, likeness


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary.from_lexicon()


def _around(text: str, figure: str, reach: int = 8) -> list[str]:
    start = text.index(figure)
    return context_words(text, (0, len(text)), (start, start + len(figure)), reach)


def test_the_clause_stops_at_another_figure_and_a_clause_mark() -> None:
    text = "Crews pulled 23 residents to safety; paramedics treated 11 for smoke."
    assert _around(text, "23") == ["crews", "pulled", "residents", "to", "safety"]
    assert _around(text, "11") == ["paramedics", "treated", "for", "smoke"]


def test_a_name_led_by_a_letter_is_a_word_not_a_figure() -> None:
    """"the M20", "flight BA117": a road's or a flight's name is a clause word both
    desks may write, not another figure the clause stops at."""
    text = "Police said 180 lorries were queuing on the M20 on Wednesday."
    assert _around(text, "180") == ["police", "said", "lorries", "were", "queuing", "on",
                                    "the", "m20", "on", "wednesday"]


def test_reach_bounds_each_side() -> None:
    text = "one two three four five 7 six seven eight nine"
    assert _around(text, "7", reach=2) == ["four", "five", "six", "seven"]


def test_features_are_lemmas_synonym_sets_and_weaker_hypernyms(vocabulary: Vocabulary) -> None:
    found = vocabulary.features(["the", "homes", "were", "flooded", "said"])
    assert found["home"] == 1.0
    assert found["flood"] == 1.0
    assert 0.0 < found["building"] < 1.0  # measures.toml [hypernyms]: home -> building
    assert not {"the", "were", "said"} & found.keys()
    assert "poll" not in vocabulary.features(["polls"])  # a synonym set's name stands for it
    assert "survey" in vocabulary.features(["polls"])


def test_a_rare_shared_word_says_more_than_a_common_one(vocabulary: Vocabulary) -> None:
    contexts = [vocabulary.features(w.split()) for w in (
        "storm homes flooded village", "storm houses flooded village",
        "storm residents evacuated hall", "storm lines down customers")]
    spec = Specificity(contexts)
    assert spec.weight("storm") < spec.weight("flood")
    same = likeness(contexts[0], contexts[1], spec)
    other = likeness(contexts[0], contexts[2], spec)
    assert same > 0.5 > other
    assert likeness(contexts[0], {}, spec) == 0.0


def test_likeness_is_symmetric_and_at_most_one(vocabulary: Vocabulary) -> None:
    a = vocabulary.features(["firefighters", "rescued", "people", "tower", "block"])
    b = vocabulary.features(["crews", "pulled", "residents", "flats", "brigade"])
    spec = Specificity([a, b])
    assert likeness(a, b, spec) == pytest.approx(likeness(b, a, spec))
    assert likeness(a, a, spec) == pytest.approx(1.0)
