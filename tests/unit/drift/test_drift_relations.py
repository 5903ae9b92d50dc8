"""The measure relation table (alignment.toml [relations.measures], drift/relations.py):
its schema refuses wrong entries by key, and the index brings a part and its whole, or
two siblings, together so one figure given for both is measure drift (NC403)."""

from __future__ import annotations

from typing import Any

import pytest

from numcheck.checkers.drift.alignment import Alignment
from numcheck.checkers.drift.relations import Kin, build
from numcheck.lexicon import LexiconError
from numcheck.testing.runner import run_checks

EVENTS = ("killed", "wounded", "casualties")


def test_the_shipped_table_relates_measures_of_several_desks() -> None:
    alignment = Alignment.from_lexicon()
    assert alignment.kin("output", "exports") == "sibling"  # two kinds of one flow
    assert alignment.kin("footage", "reports") == "part"
    assert alignment.kin("reports", "footage") == "whole"
    assert alignment.kin("revenue", "profit") == "sibling"
    assert alignment.kin("killed", "casualties") == "part"  # [composites] still read
    assert alignment.kin("exports", "flow") is None  # a class no figure names
    assert alignment.head_measure("shipment") == "exports"
    # a capacity is the most a thing can do: output at full capacity is its figure too
    assert alignment.kin("capacity", "output") is None


@pytest.mark.parametrize(
    ("table", "key", "says"),
    [
        ({"a": {"words": ["x"], "part_of": ["nowhere"]}}, "alignment.relations.measures.a"
         ".part_of", "no measure"),
        ({"a": {"words": ["x"], "wholes": ["killed"]}}, "alignment.relations.measures.a"
         ".wholes", "unknown key"),
        ({"a": {"words": ["x"]}, "b": {"words": ["x"]}}, "alignment.relations.measures.b"
         ".words", "already names"),
        ({"a": {"words": "x"}}, "alignment.relations.measures.a.words", "list of strings"),
        ({"a": {"is": "b"}, "b": {"is": "a"}}, "alignment.relations.measures.a.is", "cycle"),
        ({"a": {"words": ["x"], "part_of": ["b"], "siblings": ["b"]}, "b": {"words": ["y"]}},
         "alignment.relations.measures.a.part_of", "sibling"),
        ({"a": {"words": ["x"], "siblings": ["a"]}}, "alignment.relations.measures.a",
         "itself"),
        ({"a": ["x"]}, "alignment.relations.measures.a", "expected a table"),
    ],
)
def test_a_wrong_entry_is_refused_with_its_key(table: dict[str, Any], key: str,
                                               says: str) -> None:
    with pytest.raises(LexiconError) as info:
        build(table, EVENTS)
    assert info.value.key == key
    assert says in str(info.value)


def test_hypernyms_make_siblings_and_pass_on_wholes() -> None:
    table = build({"flow": {}, "output": {"words": ["output"], "is": "flow"},
                   "exports": {"words": ["export"], "is": "flow"},
                   "trade": {"words": ["trade"]},
                   "reexports": {"words": ["reexport"], "is": "exports"},
                   "toll": {"words": ["toll"], "part_of": ["casualties"]}}, EVENTS)
    assert table.kin("output", "exports") is Kin.SIBLING
    assert table.kin("reexports", "exports") is Kin.PART  # a kind of a named measure
    assert table.kin("reexports", "output") is Kin.SIBLING  # inherited
    assert table.kin("toll", "casualties") is Kin.PART
    assert table.kin("trade", "output") is None


def _rules(a: str, b: str, day_a: str = "2025-08-11", day_b: str = "2025-08-12") -> list[str]:
    docs = {"a.md": f"---\ndate: {day_a}\n---\n{a}\n", "b.md": f"---\ndate: {day_b}\n---\n{b}\n"}
    return sorted(f.rule for f in run_checks(docs, builtins=True)
                  if f.rule.startswith("NC4") and f.severity.value != "info")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Rostavia's copper exports were 1.9 million tonnes last year, the ministry said.",
         "Rostavia's copper output was 1.9 million tonnes last year, the ministry said."),
        ("The network received 1,400 reports of the fireball, it said.",
         "The network received 1,400 videos of the fireball, it said."),
        ("At least 47 civilians were killed in the shelling of Vorsk, the regional "
         "administration said.",
         "The regional administration said the shelling of Vorsk caused 47 casualties."),
        # a sibling thing named by its measure alone: customers against people
        ("About 212,000 customers were without power across Calder County, the utility said.",
         "The storm cut electricity to 212,000 people across Calder County, the utility said."),
        # homes and the people in them
        ("Officials said 340 homes were evacuated along the Nell river.",
         "Officials said 340 people were evacuated along the Nell river."),
    ],
)
def test_one_figure_for_a_part_and_its_whole_or_two_siblings_is_measure_drift(
        a: str, b: str) -> None:
    assert _rules(a, b) == ["NC403"]


@pytest.mark.parametrize(
    ("a", "b", "day_b"),
    [
        # siblings with their own figures: two measures, no contradiction
        ("Rostavia's copper exports were 1.2 million tonnes last year, the ministry said.",
         "Rostavia's copper output was 1.9 million tonnes last year, the ministry said.",
         "2025-08-12"),
        # a part genuinely smaller than its whole
        ("The network received 1,400 reports of the fireball, it said.",
         "The network received 210 videos of the fireball, it said.", "2025-08-12"),
        # a subgroup's figure of the same event: the dead may all be civilians
        ("At least 12 people were killed in the shelling of Vorsk, the administration said.",
         "Twelve civilians were killed in the shelling of Vorsk, the administration said.",
         "2025-08-12"),
        # sibling things with their own figures
        ("About 212,000 customers were without power across Calder County, the utility said.",
         "The storm cut electricity to 480,000 people across Calder County, the utility said.",
         "2025-08-12"),
        # a utility's customers called homes: one figure, not two things
        ("About 120,000 homes were without power across Calder County, the utility said.",
         "Some 120,000 customers were without power across Calder County, the utility said.",
         "2025-08-12"),
        # a whole told days before its part: the part has grown since
        ("Officials said 31 casualties had been counted after the shelling of Vorsk.",
         "Officials said 40 civilians have now been killed in the shelling of Vorsk.",
         "2025-08-14"),
    ],
)
def test_look_alikes_stay_silent(a: str, b: str, day_b: str) -> None:
    assert _rules(a, b, day_b=day_b) == []


@pytest.mark.parametrize(
    ("addition", "key"),
    [
        ({"alignment": {"relations": {"measure": {}}}}, "alignment.relations.measure"),
        ({"alignment": {"relations": {"measures": {"x": {"wholes": ["a"]}}}}},
         "alignment.relations.measures.x.wholes"),
        ({"alignment": {"relations": {"measures": {"x": {"words": "a"}}}}},
         "alignment.relations.measures.x.words"),
    ],
)
def test_a_plugin_addition_of_the_wrong_shape_is_refused(addition: dict[str, Any],
                                                         key: str) -> None:
    from numcheck.lexicon import validate

    with pytest.raises(LexiconError) as info:
        validate(addition)
    assert info.value.key == key
