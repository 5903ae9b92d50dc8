"""[batches] of checkers.toml: a batch of a whole, or a share of each member, is no
restatement."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.checkers._restate_batch import BatchCues
from numcheck.lexicon import LexiconError
from numcheck.testing import run_checks


@pytest.mark.parametrize(
    "text",
    [
        "The men were the first of 600 prisoners to be freed under the deal. The first "
        "120 prisoners, 60 from each side, crossed on Tuesday.",
        "Donors pledged 40 relief flights for the islands. The first 12 flights, four from "
        "each country, landed on Friday, and a final wave of 10 is due next week.",
    ],
)
def test_a_batch_is_no_restated_whole(text: str) -> None:
    assert run_checks(text, [restated]).codes() == []


def test_two_tellings_of_one_batch_still_meet() -> None:
    text = (
        "The first 120 prisoners crossed the bridge on Tuesday, officials said.\n\n"
        "Both sides confirmed the exchange went smoothly. The first 150 prisoners crossed "
        "the bridge on Tuesday, a mediator said."
    )
    assert run_checks(text, [restated]).codes() == ["NC101"]


def test_a_batch_cue_of_two_words_is_refused_loudly() -> None:
    with pytest.raises(LexiconError):
        BatchCues.of({"ordinals": ["the first"]})
