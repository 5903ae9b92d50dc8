"""The step, plan and window cases of tests/unit/drift/cases/steps_dev.toml (read by
meet_cases.py): a batch told as a step of a running count ("a second group of 80"), a
running count told "of" its plan ("200 of the 600 covered by the deal") and a closed
period's count ("over the weekend") against a total since an onset stay silent; true
contradictions of such counts are still found end to end."""

from __future__ import annotations

import pytest
from meet_cases import Case, load, passes, raised

from numcheck.checkers.drift.aspect import AspectWords
from numcheck.lexicon import Lexicon, LexiconError

DEV = load("steps_dev.toml")


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: Case) -> None:
    assert passes(case), raised(case)


@pytest.mark.parametrize("wrong", [
    {"checkers": {"batches": {"nouns": ["group", "second"]}}},  # a word in both lists
    {"checkers": {"batches": {"openers": ["umpteenth"]}}},  # an opener that is no ordinal
    {"alignment": {"aspect": {"period_nouns": ["the weekend"]}}},  # not one word
])
def test_a_wrong_step_or_period_word_is_rejected(wrong: dict[str, object]) -> None:
    with pytest.raises(LexiconError, match=r"batch|period"):
        AspectWords.from_lexicon(Lexicon.default().extended([wrong]))
