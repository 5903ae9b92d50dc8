"""A sum named only by the verb that takes it (numcheck/extract/sums.py, measures.toml
``[verbs.sums]``): "fined the bank $2.4 million" is a fine, as "a fine of $2.4 million"."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import cases, check_case, claim


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the verb's head, the subject's and the object's heads
        ("Regulators fined Northbank $2.4 million on Monday.", "$2.4 million",
         ("fine", "northbank", "regulator")),
        ("Northbank was fined $2.4m by the regulator.", "$2.4m", ("fine", "northbank")),
        # a preposition of the verb, a hedge before the sum
        ("The house sold for $3.4 million.", "$3.4 million", ("price", "house")),
        ("The painting sold for a total of £6.2 million.", "£6.2 million",
         ("price", "painting")),
        ("The council fined the owners a further £5,000.", "£5,000",
         ("fine", "council", "owner")),
        # a pronoun subject with no object names nothing
        ("She was fined £5,000 in Leeds.", "£5,000", ()),
        # every inflection, irregular pasts included
        ("The firm spent $3 billion on two plants.", "$3 billion", ("spending", "firm")),
        ("Graham Pollard siphoned off £2.4 million from the trust.", "£2.4 million",
         ("theft", "pollard")),
        # not a verb of the table: unchanged
        ("She paid £300 for the ticket.", "£300", ("paid for", "ticket")),
    ],
)
def test_a_sum_verb_names_its_sum(text: str, figure: str, expected: tuple[str, ...]) -> None:
    assert claim(text, figure)[1] == expected


@pytest.mark.parametrize("case", cases("verb_sums_dev.toml"))
def test_verb_sum_cases(case: dict[str, Any]) -> None:
    check_case(case)
