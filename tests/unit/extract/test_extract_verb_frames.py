"""Verb frames (numcheck/extract/verbs.py ``Frame``, measures.toml [verbs.frames]): a verb
whose event only its complement after the object names ("admitted 63 children to
hospital", "took 35 fighters prisoner", "left 5,000 homes without power"), read as the
figure's object and in the passive; two-article cases in data/verb_frames_dev.toml."""

from __future__ import annotations

import pytest
from event_verb_cases import check, load
from extract_helpers import ENGINE, claim, make_document
from story_cases import Case

from numcheck.extract.verbs import frames_from
from numcheck.extract.vocab import vocab_for
from numcheck.lexicon import LexiconError, validate

DEV = load("verb_frames_dev.toml")
# planted problems still missed, and why: "admitted" is also a claimant's cue verb ("the
# minister admitted"), so "Doctors in Pemberly" are read as the figure's source and the
# pair has two sources
# pair has two sources. "take _ to hospital", "rush _ to hospital" and "pull _ from the
# rubble" are held back: on the gates the first cost a measure-drift find, and on
# development the last paired rescue counts the judge read as moved on (NC405), not as
# a contradiction
KNOWN_MISSES = {"rushed to hospital against taken to hospital"}


@pytest.mark.parametrize("case", DEV, ids=[c.name for c, _ in DEV])
def test_case(case: tuple[Case, tuple[str, str]]) -> None:
    check(case, KNOWN_MISSES)


@pytest.mark.parametrize(("text", "figure", "event"), [
    ("Doctors admitted 63 children to hospital on Monday.", "63", "hospitalised"),
    ("Officials said 31 guests were admitted to Tarnby Royal Infirmary.", "31", "hospitalised"),
    ("Soldiers took 35 fighters prisoner near Kalden.", "35", "captured"),
    ("The storm left 5,000 homes without power, officials said.", "5,000", "without_power"),
    ("Crews dug 27 people out of the rubble.", "27", "rescued"),
    ("The flood left 12 people dead on Sunday.", "12", "killed"),
    ("Officers took 28 fans into custody on Saturday.", "28", "detained"),
    ("Some 2,600 families lost their homes in the cyclone.", "Some 2,600", "fled"),
])
def test_a_frame_names_the_event(text: str, figure: str, event: str) -> None:
    assert event in claim(text, figure)[0].split()


@pytest.mark.parametrize(("text", "figure"), [
    ("The council took 12 landlords to court on Tuesday.", "12"),
    ("The ministry admitted 40 errors in the report.", "40"),
    ("The firm left 300 staff at the old site.", "300"),
])
def test_the_verb_without_its_complement_names_nothing(text: str, figure: str) -> None:
    named = set(claim(text, figure)[0].split())
    assert not {"hospitalised", "without_power", "fled", "captured"} & named


def test_the_complement_may_not_leave_the_clause() -> None:
    frames = vocab_for(None).verbs.frames_ending_at(["the", "team", "took"])
    assert frames is not None
    words = ["12", "landlords", ",", "and", "a", "prisoner"]
    assert not any(f.matches(words, j) is not None for f in frames[0] for j in range(3))


def test_a_frame_without_its_object_slot_is_rejected() -> None:
    with pytest.raises(ValueError, match="object slot"):
        frames_from({"hospitalised": ["admit to hospital"]}, {})
    with pytest.raises(ValueError, match="object slot"):
        frames_from({"hospitalised": ["admit _ "]}, {})


def test_a_frame_of_an_unknown_event_is_a_misspelling() -> None:
    with pytest.raises(LexiconError) as info:
        validate({"measures": {"verbs": {"frames": {"hospitalisd": ["rush _ to hospital"]}}}})
    assert info.value.key == "measures.verbs.frames.hospitalisd"


def test_a_frame_verb_is_no_claimant_cue() -> None:
    """ "admitted" is a cue verb ("the minister admitted ..."), but not when its
    complement makes it an event: the source is the one who said it."""
    text = ("Doctors in Pemberly admitted 63 children to hospital on Monday, "
            "the health board said.")
    claims = ENGINE.analyse(make_document(text, "a.md")).claims
    assert next(c for c in claims if c.quantity.text == "63").claimant == "health board"
