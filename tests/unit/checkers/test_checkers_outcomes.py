"""[partitive] outcomes: a figure of another outcome is no later part of its whole."""

from __future__ import annotations

import pytest

from numcheck.checkers import parts
from numcheck.checkers._outcomes import outcome_groups
from numcheck.lexicon import Lexicon, LexiconError
from numcheck.testing import run_checks


@pytest.mark.parametrize(
    "text",
    [
        "Health officials said 112 civilians had been killed, among them 35 children, "
        "and 430 wounded.",
        "The ministry said 80 people died, including 20 children, and 260 were wounded "
        "in the shelling.",
        "Police said 15 people were killed, of whom 4 were children; 60 more were hurt.",
        "The storm killed 30 people, among them eight children, and injured 140, "
        "officials said.",
        "The carmaker said it had cut 500 jobs, including 120 managers, and hired 900 "
        "engineers.",
        "Police arrested 40 people, including 11 teenagers, and charged 65 others over "
        "earlier unrest.",
    ],
)
def test_a_coordinate_outcome_is_no_part(text: str) -> None:
    assert run_checks(text, [parts]).codes() == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Officials said 22 miners were killed, among them 30 apprentices, and 40 were "
         "injured.", "30"),
        ("Medics said 45 people were killed, including 52 children, and 120 were "
         "wounded.", "52"),
    ],
)
def test_a_selection_larger_than_its_whole_is_still_found(text: str, part: str) -> None:
    found = run_checks(text, [parts])
    assert found.codes() == ["NC201"]
    assert [f.location.text for f in found] == [part]


def test_a_wrong_outcome_entry_is_refused_loudly() -> None:
    measures = Lexicon.default()["measures"]
    with pytest.raises(LexiconError):
        outcome_groups({"partitive": {"outcomes": [[["killed"], ["woundd"]]]}}, measures)
    with pytest.raises(LexiconError):
        outcome_groups({"partitive": {"outcomes": [[["killed"], ["killed"]]]}}, measures)
    with pytest.raises(LexiconError):
        outcome_groups({"partitive": {"outcomes": [[["killed"]]]}}, measures)
    groups = outcome_groups(Lexicon.default()["checkers"], measures)
    assert groups["wounded"][0] == groups["killed"][0] != groups["hired"][0]
