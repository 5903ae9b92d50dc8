"""An institution's name places an article in its town (drift/stories.py ``places_of``,
windows.toml [places] institutions), as the claim extractor places its figures: "at
Norton Crown Court" and "in Norton" do not split one story."""

from __future__ import annotations

from numcheck.checkers import drift
from numcheck.checkers.drift.stories import places_of
from numcheck.testing import run_checks
from numcheck.testing.builders import make_document

INSTITUTIONS = frozenset({"crown", "court", "general", "infirmary", "royal"})


def test_an_institution_names_its_town() -> None:
    document = make_document("Nine men were sentenced at Norton Crown Court", "a.txt")
    assert places_of(document, institutions=INSTITUTIONS) == {"norton"}


def test_a_name_of_institution_words_only_names_no_place() -> None:
    document = make_document("Nine men were sentenced at Crown Court", "a.txt")
    assert places_of(document, institutions=INSTITUTIONS) == frozenset()


def test_a_court_and_its_town_are_one_story() -> None:
    texts = {
        "a.md": "---\ndate: 2025-04-12\n---\n\nFourteen members of a drugs gang were jailed "
                "at Norton Crown Court on Friday.\n",
        "b.md": "---\ndate: 2025-04-12\n---\n\nTwelve members of a drugs gang were jailed "
                "in Norton on Friday, police said.\n",
    }  # fmt: skip
    found = run_checks(texts, [drift])
    assert [f.rule for f in found if f.rule.startswith("NC40")] == ["NC401"]


def test_two_hospitals_in_two_towns_stay_apart() -> None:
    texts = {
        "a.md": "---\ndate: 2025-04-12\n---\n\nNineteen patients were treated at Leeds "
                "General Infirmary after the coach crash on Friday.\n",
        "b.md": "---\ndate: 2025-04-12\n---\n\nSix patients were treated at Bradford Royal "
                "Infirmary after a separate crash in Bradford on Friday.\n",
    }  # fmt: skip
    assert not [f for f in run_checks(texts, [drift]) if f.rule.startswith("NC40")]
