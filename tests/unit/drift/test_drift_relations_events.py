"""The relation table's lexicon events and new measures (alignment.toml [relations
.measures], drift/relations.py): an event a measure goes by (``events``) relates as the
measure does, and the table's rows of several desks bring one figure given for two
neighbouring measures together as measure drift (NC403), while each measure's own figure
stays silent."""

from __future__ import annotations

from typing import Any

import pytest

from numcheck.checkers.drift.alignment import Alignment
from numcheck.checkers.drift.relations import Kin, build
from numcheck.lexicon import LexiconError
from numcheck.testing.runner import run_checks

EVENTS = ("exported", "produced", "killed")
KEY = "alignment.relations.measures"


def test_an_event_relates_as_the_measure_it_goes_by() -> None:
    table = build({"flow": {}, "exports": {"words": ["export"], "events": ["exported"],
                                           "is": "flow"},
                   "output": {"words": ["output"], "events": ["produced"], "is": "flow"}},
                  EVENTS)
    assert table.kin("exported", "produced") is Kin.SIBLING
    assert table.kin("exported", "output") is Kin.SIBLING
    assert table.kin("exported", "exports") is None  # one measure, two names
    assert table.canonical("produced") == "output"
    assert table.kin("killed", "exported") is None


def test_the_shipped_table_relates_events_and_measures_of_several_desks() -> None:
    alignment = Alignment.from_lexicon()
    assert alignment.kin("exported", "produced") == "sibling"
    assert alignment.kin("imported", "exported") == "sibling"
    assert alignment.kin("exported", "exports") is None
    assert alignment.kin("delayed", "cancelled") == "sibling"
    assert alignment.kin("hired", "cut") == "sibling"
    assert alignment.kin("sheltered", "evacuated") == "sibling"
    assert alignment.kin("ill", "hospitalised") == "sibling"
    assert alignment.kin("deficit", "debt") == "sibling"
    assert alignment.kin("salary", "package") == "part"
    assert alignment.kin("ballots", "electorate") == "part"
    assert alignment.head_measure("vote") == "ballots"
    # the missing are left apart from the dead: their equal figures are common
    assert alignment.kin("missing", "killed") is None


@pytest.mark.parametrize(
    ("table", "key", "says"),
    [
        ({"a": {"words": ["x"], "events": ["nothing"]}}, f"{KEY}.a.events", "no lexicon event"),
        ({"a": {"words": ["x"], "events": ["killed"]}, "killed": {"siblings": ["a"]}},
         f"{KEY}.a.events", "table of its own"),
        ({"a": {"words": ["x"], "events": ["exported"]},
          "b": {"words": ["y"], "events": ["exported"]}}, f"{KEY}.b.events", "already goes by"),
        ({"a": {"words": ["x"], "events": "exported"}}, f"{KEY}.a.events", "list of strings"),
    ],
)
def test_a_wrong_event_is_refused_with_its_key(table: dict[str, Any], key: str,
                                               says: str) -> None:
    with pytest.raises(LexiconError) as info:
        build(table, EVENTS)
    assert info.value.key == key
    assert says in str(info.value)


def _rules(a: str, b: str) -> list[str]:
    docs = {"a.md": f"---\ndate: 2025-08-11\n---\n{a}\n",
            "b.md": f"---\ndate: 2025-08-11\n---\n{b}\n"}
    return sorted(f.rule for f in run_checks(docs, builtins=True)
                  if f.rule.startswith("NC4") and f.severity.value != "info")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Tarnow mine produced 1.9 million tonnes of copper last year, the ministry said.",
         "The Tarnow mine exported 1.9 million tonnes of copper last year, the ministry said."),
        ("A total of 48,210 votes were cast in the Westmarch by-election, the returning "
         "officer said.",
         "There were 48,210 valid votes in the Westmarch by-election, the returning officer "
         "said."),
        ("Airlines cancelled 1,200 flights at Keswell airport on Thursday, the operator said.",
         "About 1,200 flights were delayed at Keswell airport on Thursday, the operator said."),
        ("Carvo Motors will hire 420 workers at its Brenford plant next year, the company said.",
         "Carvo Motors will cut 420 jobs at its Brenford plant next year, the company said."),
        ("About 3,600 people were evacuated from Port Lenn on Monday, the mayor said.",
         "About 3,600 people spent Monday night in emergency shelters in Port Lenn, the mayor "
         "said."),
        ("Valmora's budget deficit reached 4.6 billion euros last year, the finance ministry "
         "said.",
         "Valmora's public debt stood at 4.6 billion euros last year, the finance ministry "
         "said."),
    ],
)
def test_one_figure_for_two_neighbouring_measures_is_measure_drift(a: str, b: str) -> None:
    assert _rules(a, b) == ["NC403"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Tarnow mine produced 1.9 million tonnes of copper last year, the ministry said.",
         "The Tarnow mine exported 1.2 million tonnes of copper last year, the ministry said."),
        ("A total of 48,210 votes were cast in the Westmarch by-election, the returning "
         "officer said.",
         "Of the 48,210 votes cast in Westmarch, 47,860 were valid, the returning officer "
         "said."),
        ("Airlines cancelled 1,200 flights at Keswell airport on Thursday, the operator said, "
         "and 2,900 were delayed.",
         "Some 1,200 flights were cancelled at Keswell airport on Thursday, the operator said."),
        ("Carvo Motors will cut 420 jobs at its Brenford plant next year and hire 150 "
         "engineers, the company said.",
         "Carvo Motors will cut 420 jobs at its Brenford plant next year, the company said."),
        ("Valmora's budget deficit reached 4.6 billion euros last year, the finance ministry "
         "said.",
         "Valmora's public debt stood at 61 billion euros last year and its deficit at 4.6 "
         "billion euros, the finance ministry said."),
    ],
)
def test_each_measure_with_its_own_figure_stays_silent(a: str, b: str) -> None:
    assert _rules(a, b) == []
