"""A change's old level read from a sentence before opened by the same subject
(``_earlier._earlier_level``): the change's subject must add no word to that sentence's
lead, or it names another item ("Sales in Germany" is not "Sales in Britain")."""

from __future__ import annotations

import pytest

from numcheck.testing import run_checks

# another item under the same first word: consistent copy, no NC206
OTHER_ITEM = [
    # business, a region's sales beside the group's
    "Sales in Britain were £2.1 billion last year. Sales in Germany fell 10% from "
    "£1.5 billion in 2024.",
    # business, a unit's revenue beside the firm's
    "Revenue was $4.0 billion in the quarter. Revenue at the Asian unit rose 20% from "
    "$1.0 billion a year earlier.",
    # property, two regions' prices
    "Prices in the capital averaged £512,000 in May. Prices in the north rose 4% from "
    "£180,000 a year before.",
    # transport, one line's passengers beside the network's
    "Passengers numbered 2.4 million in October. Passengers on the coastal line fell 8% "
    "from 300,000 a year earlier.",
]

# the same subject: the earlier sentence gives the change's other level
SAME_SUBJECT = [
    # elections: 64.9 to 38.2 is a drop of 26.7 points
    "Turnout was 38.2% on Thursday. Turnout fell from 64.9% at the last election, a drop "
    "of 16.7 points.",
    # business: 3.0 to 4.0 is a rise of a third
    "Revenue was $4.0 billion in the quarter. Revenue rose 20% from $3.0 billion a year "
    "earlier.",
]


@pytest.mark.parametrize("text", OTHER_ITEM)
def test_another_item_under_the_same_first_word_is_no_old_level(text: str) -> None:
    assert "NC206" not in run_checks(text, builtins=True).codes()


@pytest.mark.parametrize("text", SAME_SUBJECT)
def test_the_same_subject_still_gives_the_old_level(text: str) -> None:
    assert "NC206" in run_checks(text, builtins=True).codes()
