"""The lexicon schema: a plugin's addition must fit the built-in data's shape."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from numcheck.engine import Engine
from numcheck.errors import ConfigError
from numcheck.lexicon import Lexicon, LexiconError, validate
from numcheck.settings import Settings


@pytest.mark.parametrize(
    ("addition", "key", "says"),
    [
        ({"hedges": {"prefix": {"approx": "circa"}}}, "hedges.prefix.approx", "expected a list"),
        ({"hedgs": {"prefix": {}}}, "hedgs", "did you mean 'hedges'"),
        ({"hedges": {"prefix": {"aprox": ["circa"]}}}, "hedges.prefix.aprox", "'approx'"),
        ({"units": {"units": {"furlong": {"forms": "furlongs"}}}}, "units.units.furlong.forms",
         "expected a list"),
        ({"units": {"units": {"furlong": {"frms": ["furlongs"]}}}}, "units.units.furlong.frms",
         "unknown key"),
        ({"hedges": {"prefix": {"approx": ["circa", 3]}}}, "hedges.prefix.approx[1]",
         "expected a string"),
        ({"numbers": {"units": {"dozenish": "twelve"}}}, "numbers.units.dozenish",
         "expected a number"),
    ],
)
def test_wrong_shapes_name_the_key(addition: dict[str, Any], key: str, says: str) -> None:
    with pytest.raises(LexiconError) as info:
        validate(addition)
    assert info.value.key == key
    assert says in str(info.value)


@pytest.mark.parametrize(
    "addition",
    [
        {"hedges": {"prefix": {"approx": ["circa"]}}},
        {"units": {"units": {"furlong": {"dimension": "[length]", "forms": ["furlongs"],
                                         "factor": 201.168}}}},
        {"numbers": {"units": {"dozenish": 12}}},
        {"currencies": {"XBT": {"names": ["bitcoin"]}}},
        {"vague": {"phrases": {"a smattering": {"low": 2, "high": 9}}}},
    ],
)
def test_right_shapes_pass_and_keep_the_builtin_words(addition: dict[str, Any]) -> None:
    validate(addition)
    merged = Lexicon.default().extended([addition])
    assert "about" in merged["hedges"]["prefix"]["approx"]


PLUGIN = '''
from numcheck import hookimpl

@hookimpl
def numcheck_lexicon():
    return {"hedges": {"prefix": {"approx": "circa"}}}
'''


def test_engine_error_names_plugin_and_key(tmp_path: Path) -> None:
    path = tmp_path / "house_words.py"
    path.write_text(PLUGIN, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        Engine(Settings(plugins=(str(path),)))
    message = str(info.value)
    assert "house_words" in message
    assert "hedges.prefix.approx" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("addition", "key", "says"),
    [
        # claim sections: named tables are closed, so a misspelt table is caught
        ({"measures": {"hypernym": {"paramedic": "people"}}}, "measures.hypernym",
         "did you mean 'hypernyms'"),
        ({"measures": {"grammar": {"auxilaries": ["ought"]}}}, "measures.grammar.auxilaries",
         "did you mean 'auxiliaries'"),
        ({"alignment": {"participant": {"subgroups": ["pilot"]}}}, "alignment.participant",
         "did you mean 'participants'"),
        ({"claimants": {"cues": {"verb": ["opined"]}}}, "claimants.cues.verb", "'verbs'"),
        # open tables keep the kind of their entries
        ({"measures": {"hypernyms": {"paramedic": ["people"]}}}, "measures.hypernyms.paramedic",
         "expected a string"),
        ({"measures": {"cumulative": {"killed": "yes"}}}, "measures.cumulative.killed",
         "expected a boolean"),
        ({"measures": {"things": {"paramedic": ["paramedics", 3]}}},
         "measures.things.paramedic[1]", "expected a string"),
        ({"windows": {"numbers": {"seventeen": [17]}}}, "windows.numbers.seventeen",
         "expected a number or a string"),
        # a flag for an event nobody reads is a misspelt event
        ({"measures": {"cumulative": {"evacuatd": False}}}, "measures.cumulative.evacuatd",
         "did you mean 'evacuated'"),
    ],
)
def test_claim_sections_declare_their_shapes(addition: dict[str, Any], key: str, says: str
                                             ) -> None:  # fmt: skip
    with pytest.raises(LexiconError) as info:
        validate(addition)
    assert info.value.key == key
    assert says in str(info.value)


@pytest.mark.parametrize(
    "addition",
    [
        {"measures": {"things": {"paramedic": ["paramedics", "ambulance crews"]},
                      "hypernyms": {"paramedic": "worker"},
                      "event_things": {"evacuees": "people"}}},
        {"measures": {"events": {"quarantined": ["quarantined", "in quarantine"]},
                      "cumulative": {"quarantined": False}}},
        {"alignment": {"windows": {"last fortnight": "last 14 days"},
                       "participants": {"subgroups": ["pilot"]},
                       "composites": {"harmed": ["killed", "wounded"]}}},
        {"windows": {"units": {"sennight": ["days", 7]}, "numbers": {"seventeen": 17}}},
        {"claimants": {"possessors": {"french": ["france", "paris"]}}},
    ],
)
def test_claim_sections_take_new_entries_of_their_kind(addition: dict[str, Any]) -> None:
    validate(addition)


def test_a_plans_future_word_must_be_a_word_of_revisable() -> None:
    """[aspect] prospective is a subset of revisable (drift/aspect.py): a word there that
    no estimate or update reads is a misspelling, rejected loudly when the words load."""
    from numcheck.checkers.drift.aspect import AspectWords

    lexicon = Lexicon.default().extended(
        [{"alignment": {"aspect": {"prospective": ["wil"]}}}])
    with pytest.raises(LexiconError, match=r"alignment\.aspect\.prospective"):
        AspectWords.from_lexicon(lexicon)
