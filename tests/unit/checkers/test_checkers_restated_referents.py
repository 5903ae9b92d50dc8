"""NC101-NC103 for one object's measure named twice by two words of one kind
(``[restated.referents]``; numcheck/checkers/_restate_referents.py), on the real
pipeline."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.checkers._restate_referents import ReferentWords
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return [c for c in run_checks(text, [restated]).codes() if c.startswith("NC10")]


# (text with {} for the restated figure, a figure that agrees, one that does not)
RESTATED = [
    # transport: a bridge, then its span told by an extent word
    ("The 430-metre bridge over the Lune reopened on Monday after repairs.\n\n"
     "Engineers said the span, {} metres long, had been checked for cracks.", "430", "450"),
    # disasters: a dam, then its embankment
    ("The 28-metre dam above Holcombe failed on Sunday night.\n\n"
     "Inspectors had warned in March that the embankment, {} metres high, was seeping.",
     "28", "32"),
    # shipping: a freighter, then the vessel
    ("The 220-metre freighter ran aground in the channel on Friday.\n\n"
     "Tugs were unable to shift the {}-metre vessel before the tide turned.", "220", "270"),
    # local government: a bypass, then its route
    ("The council approved the 12-mile bypass on Thursday.\n\n"
     "The route, {} miles long, will cost £90m.", "12", "21"),
    # weather: a levee, then the embankment
    ("Crews reinforced the 9-metre levee overnight.\n\n"
     "The embankment, {} metres high, was holding, the mayor said.", "9", "6"),
    # business: a contract, then the deal's value
    ("The council signed the £14m contract with Arden Build in May.\n\n"
     "The deal, worth £{}m, runs for five years.", "14", "41"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), RESTATED)
def test_an_object_restated_by_another_name(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) != []


@pytest.mark.parametrize(
    "text",
    [
        # another object of the kind, not definite
        "The 430-metre bridge over the Lune reopened on Monday.\n\n"
        "A 200-metre footbridge nearby stays shut.",
        # a part: a modifier before the noun
        "The 430-metre bridge over the Lune reopened on Monday.\n\n"
        "Its main span, 180 metres long, was repainted.",
        # before and after: another year
        "The 28-metre dam was built in 1931.\n\n"
        "The embankment, raised in 1978, is now 32 metres high.",
        # a conversion that agrees
        "The city's 41-kilometre network was shut for an hour.\n\n"
        "Engineers walked every bend of the 25-mile system.",
        # two ships
        "The 220-metre freighter ran aground in the channel.\n\n"
        "A 180-metre tanker anchored nearby was not damaged.",
        # another kind: a line of the network
        "The 41-kilometre network was shut on Monday.\n\nThe line, 14 km long, reopened later.",
        # other years
        "The 310-metre tower was finished in 2004.\n\n"
        "The 240-metre building next to it dates from 1972.",
        # a second deal
        "The council signed the £14m contract with Arden Build in May.\n\n"
        "A second deal, worth £11m, went to Kerr Ltd.",
        # a possessive naming another owner
        "The council signed the £14m contract with Arden Build in May.\n\n"
        "Kerr's £11m deal was signed a week later.",
        # a fine cut on appeal
        "The regulator imposed a £3m fine on the bank.\n\nOn appeal, the penalty was cut to £2m.",
    ],
)
def test_look_alikes_do_not_alarm(text: str) -> None:
    assert codes(text) == []


def test_one_in_another_unit_in_one_sentence() -> None:
    text = ("The rest of the city's 41-kilometre network is running normally, although trams "
            "are slowed on every bend of the 14-mile system.")
    assert codes(text) != []


def test_a_noun_in_two_kinds_is_refused() -> None:
    lex = {"restated": {"referents": {"kinds": {"a": ["dam"], "b": ["dam"]}}}}
    with pytest.raises(ValueError, match="dam"):
        ReferentWords.of(lex)


def test_a_phrase_is_refused() -> None:
    lex = {"restated": {"referents": {"kinds": {"a": ["sea wall"]}}}}
    with pytest.raises(ValueError, match="single nouns"):
        ReferentWords.of(lex)
