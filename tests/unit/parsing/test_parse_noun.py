"""The counted noun: `noun` is the lemma of what a count counts (issue #9, part 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from numcheck import parse
from numcheck.parsing import default_parser


def noun_of(text: str, phrase: str | None = None) -> str | None:
    qs = parse(text)
    if phrase is None:
        assert len(qs) == 1, [q.text for q in qs]
        return qs[0].noun
    return next(q.noun for q in qs if q.text == phrase)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Police seized 3.1 million tablets.", "tablet"),
        ("an eight-cylinder engine", "cylinder"),
        ("a 1,200-page report", "page"),
        ("4,000 people fled the city", "people"),
        ("nearly 500 of its troops had been killed", "troop"),
        ("3 Russian soldiers were captured", "soldier"),
        ("one Russian soldier was killed", "soldier"),
        ("one person fled", "person"),
        ("dozens of protesters gathered", "protester"),
        ("between 10 and 20 children", "child"),
        ("100 more people arrived", "people"),
        ("40 US troops", "troop"),
        ("five casualties", "casualty"),
        ("12 aircraft were grounded", "aircraft"),
        ("two crises", "crisis"),
        ("the 27 member states", "state"),
        ("500 lives were lost", "life"),
        # a name or a noun with no singular before a plural noun modifies it
        ("31 Abrams tanks were sent", "tank"),
        ("200 police officers were deployed", "officer"),
        ("12 arms dealers were charged", "dealer"),
        ("300 customs officers went on strike", "officer"),
        ("about 1,900 overseas runners", "runner"),
        ("500 police were deployed", "police"),
        # a regular plural is the noun, whatever -s word follows it
        ("A pack of 28 capsules costs pharmacies less", "capsule"),
        ("Each of the 4 satellites weighs more", "satellite"),
        ("200 buses", "bus"),
        ("15 movies", "movie"),
        ("30 heroes", "hero"),
        ("four shoes", "shoe"),
        ("9 archives", "archive"),
        ("20 churches", "church"),
        ("6 gunmen", "gunman"),
        # accented letters are letters
        ("The fire destroyed 14 cafés", "café"),
        ("some 200 naïve investors", "investor"),
    ],
)
def test_counted_noun_lemma(text: str, noun: str) -> None:
    assert noun_of(text) == noun


@pytest.mark.parametrize(
    "text",
    ["34 died on Monday", "The toll rose to 12.", "40 miles", "5 million euros", "12%",
     "in 1994", "F-16", "about 100 others"],
)
def test_nothing_counted_is_null(text: str) -> None:
    assert all(q.noun is None for q in parse(text))


def test_noun_in_json() -> None:
    (q,) = parse("3.1 million tablets")
    data = q.to_json()
    assert data["noun"] == "tablet"
    assert list(data)[-2:] == ["noun", "level"]  # fields are only ever added, at the end


def test_noun_stays_on_its_line() -> None:
    assert noun_of("The toll was 34\nPeople said") is None


# Plurals across desks; the rule must agree with the simplemma lemmatizer on them,
# except where simplemma reads the word as a verb (lives -> "live"): a counted
# noun is a noun.
NEWS_PLURALS = Path(__file__).with_name("news_plurals.txt")
VERB_READINGS = {"lives", "wives", "halves", "leaves", "thieves", "shelves", "diagnoses"}
# plurals counted as such (pluralia tantum in news: "$5 billion in goods")
PLURALIA = {"goods"}


def test_lemmas_agree_with_simplemma() -> None:
    simplemma = pytest.importorskip("simplemma")
    nouns = default_parser().compiled.nouns
    words = NEWS_PLURALS.read_text(encoding="utf-8").split()
    assert len(words) > 250
    differ = [
        (w, nouns.lemma(w), simplemma.lemmatize(w, lang="en").lower())
        for w in words
        if w not in VERB_READINGS | PLURALIA
    ]
    assert [d for d in differ if d[1] != d[2]] == []


def test_verb_readings_are_real_nouns() -> None:
    nouns = default_parser().compiled.nouns
    assert [nouns.lemma(w) for w in sorted(VERB_READINGS)] == [
        "diagnosis", "half", "leaf", "life", "shelf", "thief", "wife",
    ]
