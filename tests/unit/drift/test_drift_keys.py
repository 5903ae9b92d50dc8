"""Blocking keys (checkers/drift/keys.py): which blocks the claim index links."""

from __future__ import annotations

import pytest

from numcheck.checkers.drift.keys import BlockKey, block_key, event_of, linked
from numcheck.claims import Claim


def key(thing: str | None, event: str | None, *, place: str | None = None,
        dimension: str = "count", change: bool = False) -> BlockKey:
    return (thing, event, (), dimension, place, change)


@pytest.mark.parametrize(("a", "b"), [
    (key("people", "killed"), key("people", "killed", place="dunmore")),  # places aside
    (key("people", "casualties"), key("people", "killed")),  # a composite and its part
    (key("people", "killed"), key("people", "casualties")),
    (key("people", "detained"), key("people", "charged")),  # sibling events
    (key("people", "without_power"), key("customer", "without_power")),  # sibling things
    (key("~net_income", None, dimension="EUR"), key("~operating_profit", None, dimension="EUR")),
])
def test_blocks_the_index_compares_are_linked(a: BlockKey, b: BlockKey) -> None:
    assert linked(a, b)


@pytest.mark.parametrize(("a", "b"), [
    (key("people", "killed"), key("people", "evacuated")),  # two measures
    (key("people", "killed"), key("child", "killed")),  # a subgroup is a part
    (key("people", "killed"), key("people", "killed", change=True)),  # change and level
    (key("people", "killed"), key("people", "killed", dimension="percent")),
    (key("people", "casualties"), key("soldier", "killed")),  # a part of another thing
    (key("people", "without_power"), key("customer", "evacuated")),
    (key("~budget", None, dimension="GBP"), key("~cost", None, dimension="GBP")),
])
def test_other_blocks_are_not_linked(a: BlockKey, b: BlockKey) -> None:
    assert not linked(a, b)


def _claim(text: str, figure: str) -> Claim:
    from numcheck.engine import analyse_document, make_parser
    from numcheck.lexicon import Lexicon
    from numcheck.readers import read_text

    lexicon = Lexicon.default()
    doc = read_text(text, "a.txt")
    start = text.index(figure)
    claims = analyse_document(doc, make_parser(lexicon, 0.0), lexicon).claims
    return next(c for c in claims if c.location.start <= start < c.location.end)


@pytest.mark.parametrize(("text", "figure", "event"), [
    ("Some 1,490 jobs will be lost at the Halvey plant, the company said.", "1,490", "cut"),
    ("The 940 jobs lost at the plant include 300 in the cutting shop.", "940", "cut"),
    # "would recruit about 2,000 temporary employees": the claim reader now reads the
    # verb itself in any inflection (extract/verbs.py), so its key names the event
])
def test_an_event_said_only_in_the_descriptor_is_read_by_lemma(
        text: str, figure: str, event: str) -> None:
    claim = _claim(text, figure)
    assert claim.key.event is None
    assert event_of(claim) == event
    assert block_key(claim)[1] == event


@pytest.mark.parametrize(("text", "figure"), [
    ("Rescuers have brought nine miners out alive from the mine.", "nine"),  # not "brought in"
    ("The company employs 58,000 people across the country.", "58,000"),
    ("About 300 members remain without a contract.", "300"),
])
def test_a_descriptor_naming_no_event_form_names_none(text: str, figure: str) -> None:
    assert event_of(_claim(text, figure)) is None


def test_the_dead_and_the_injured_are_neighbouring_measures() -> None:
    assert linked(key("people", "killed"), key("people", "wounded"))
