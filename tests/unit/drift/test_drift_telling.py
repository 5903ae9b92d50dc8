"""The telling cases of tests/unit/drift/cases/telling_dev.toml (pair_cases.py): one count
told by two desks' ordinary verbs of its holder's relation ("employs" / "work",
"operates" / "its", "counted" / "found"; drift/telling.py) is paired and found; a whole
and its site, two claimants, a capacity and a load, an old level and a new one stay
silent. And the schema of ``[descriptors] telling`` refuses a wrong entry loudly."""

from __future__ import annotations

import pytest
from key_cases import assert_right, planted_share
from pair_cases import KeyCase, load, right

from numcheck.checkers.drift.telling import telling_sets
from numcheck.lexicon import LexiconError

DEV = load("telling_dev.toml")

# no known alarm: "which can house 600 people", by another route than telling words
# ("house" and "sheltering" share a synonym set there), is a capacity told so (noise35:
# drift/projected.py ``ABLE``), another fact than the 240 sheltering
KNOWN_ALARMS: set[str] = set()


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN_ALARMS)


def test_about_half_the_cases_are_look_alikes() -> None:
    assert 0.3 < planted_share(DEV) < 0.7


def test_sets_read_as_lemmas() -> None:
    assert telling_sets([["Employ", "work"]], []) == (frozenset({"employ", "work"}),)


@pytest.mark.parametrize(("groups", "message"), [
    (["employ"], "expected a list of words"),
    ([[]], "expected a list of words"),
    ([["employ", 3]], "expected one word"),
    ([["take part"]], "expected one word"),
    ([["employ"], ["employ", "work"]], "in set 0 too"),
    ([["net", "work"]], "siblings"),
])
def test_wrong_entries_are_refused(groups: list[object], message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        telling_sets(groups, [["gross", "net"]])


def test_built_in_lexicon_loads() -> None:
    from numcheck.checkers.drift.alignment import Alignment

    alignment = Alignment.from_lexicon()
    assert alignment.telling
    assert alignment.holding
    assert alignment.capacity
