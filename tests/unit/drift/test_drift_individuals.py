"""A size names one individual (alignment.toml ``[individuals]``, drift/keys.py
``individuals``): "the 18-metre boat" and "the 28-metre trawler" of one story are one
boat, so their sizes meet by the noun-sense table's root (measures.toml [hypernyms],
checkers.toml [kinds]); counts never do (12 trawlers among 30 boats are a part), nor two
kinds of one root (a ferry and a yacht), nor a hypernym where the story names two kinds
under it (a trawler and a cargo ship)."""

from __future__ import annotations

import pytest
from drift_helpers import drift_rules

from numcheck.checkers.drift.alignment import Alignment
from numcheck.checkers.drift.keys import size_class
from numcheck.checkers.drift.senses import roots_of
from numcheck.lexicon import Lexicon, LexiconError


def _rules(a: str, b: str) -> list[str]:
    return [r for r in drift_rules(a, b, "2025-03-04") if r in ("NC401", "NC402", "NC403")]


def test_a_trawler_and_the_boat_of_one_story_are_one_boat() -> None:
    a = ("A fishing boat with five crew went missing off Nord on Sunday, the coastguard "
         "said. The 18-metre boat last radioed at 0400.")
    b = "The coastguard said the 28-metre trawler, the Sea Lark, had not been seen since dawn."
    assert _rules(a, b) == ["NC401"]


@pytest.mark.parametrize(("a", "b"), [
    # two kinds of one root: a ferry is not a yacht
    ("A 95-metre ferry had to swerve to avoid a yacht near Skel harbour, the port said.",
     "The 12-metre yacht had lost its engine, the port said."),
    # the story names two boats: "the vessel" could be either
    ("A 24-metre trawler and a 180-metre cargo ship collided off Brem, the coastguard said.",
     "The 180-metre vessel was not damaged, the coastguard said."),
    # counts: trawlers among boats are a part of them
    ("A storm damaged 30 boats in Orrin harbour on Sunday night, the harbour master said.",
     "Twelve trawlers were damaged, the harbour master said."),
])
def test_other_individuals_and_counts_never_meet(a: str, b: str) -> None:
    assert _rules(a, b) == []


def test_the_size_class_is_the_one_root_of_a_noun() -> None:
    alignment = Alignment.from_lexicon()
    assert size_class(alignment, "trawler", "[length]") == "boat"
    assert size_class(alignment, "cargo ship", "[length]") == "boat"
    assert size_class(alignment, "cocaine", "[mass]") == "drug"
    assert size_class(alignment, "trawler", "count") == "trawler"
    assert size_class(alignment, "child", "[length]") == "child"  # a subgroup


def test_a_noun_of_two_roots_names_no_class() -> None:
    roots = roots_of({"trawler": "boat"}, {"building": ["home"], "property": ["home"],
                                         "boat": ["ship"], "gun": ["rifle"], "rifle": ["gun"]})
    assert roots["trawler"] == "boat"
    assert roots["ship"] == "boat"
    assert "home" not in roots
    assert "gun" not in roots


def test_a_dimension_that_is_not_one_is_rejected() -> None:
    wrong = {"alignment": {"individuals": {"dimensions": ["length"]}}}
    lexicon = Lexicon.default().extended([wrong])
    with pytest.raises(LexiconError, match="individuals"):
        Alignment.from_lexicon(lexicon)
