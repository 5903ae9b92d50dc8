"""NC101-NC103: a definite figure whose relative clause retells the earlier figure's
verb and then names where, when or for what in a phrase never said of it is a part
("laid off 420 staff in March" ... "the 380 staff who were laid off from the Kelby
plant"); the same clause repeating the earlier figure's words is still compared
(numcheck/checkers/_restate_adjunct.py)."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def restated_codes(text: str) -> list[str]:
    return [c for c in run_checks(text, [restated]).codes() if c.startswith("NC10")]


PARTS = [
    "The firm laid off 420 staff in March.\n\n"
    "The 380 staff who were laid off from the Kelby plant got redundancy pay.",
    "About 2,300 drivers walked out on Monday.\n\n"
    "The 1,900 drivers who walked out in the city depots met at noon.",
    "The chain hired 300 staff this year.\n\n"
    "The 250 staff who were hired for the Christmas season will leave in January.",
    "Officials evacuated 1,200 residents on Friday.\n\n"
    "The 900 residents who were evacuated from the riverside streets went to the school.",
    "Firefighters rescued 64 people from the blaze.\n\n"
    "The 12 people who were rescued from the roof were taken to hospital.",
    "Some 3,100 cyclists took part in the ride.\n\n"
    "The 800 cyclists who took part for the hospice raised money.",
    "The clinic vaccinated 2,400 children last month.\n\n"
    "The 700 children who were vaccinated at schools got a sticker.",
]

RETOLD = [
    "The firm laid off 420 staff in March.\n\n"
    "The 380 staff who were laid off in March got redundancy pay.",
    "About 2,300 drivers walked out on Monday.\n\n"
    "The 1,900 drivers who walked out met at noon.",
    "The storm flooded 240 homes in Marsh Lane.\n\n"
    "The 210 homes that were flooded in Marsh Lane had no insurance.",
    "Firefighters rescued 64 people from the roof.\n\n"
    "The 46 people who were rescued from the roof were taken to hospital.",
]


@pytest.mark.parametrize("text", PARTS)
def test_a_clause_adding_a_phrase_names_a_part(text: str) -> None:
    assert restated_codes(text) == []


@pytest.mark.parametrize("text", RETOLD)
def test_a_clause_repeating_the_earlier_words_is_compared(text: str) -> None:
    assert restated_codes(text) != []


def test_a_part_above_its_whole_is_still_reported() -> None:
    text = ("The firm laid off 420 staff in March.\n\n"
            "The 480 staff who were laid off from the Kelby plant got redundancy pay.")
    assert restated_codes(text) != []
