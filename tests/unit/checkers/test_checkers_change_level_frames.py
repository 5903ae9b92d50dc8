"""A new level told as a noun of its own ("to an average of", "to a low of": [change]
to_words), an old level in a "having been" clause ([levels] old_clauses), and results
copy's bare bracketed prior level ("rose 7% to £21.4bn (£18.3bn)": numcheck/checkers/
_levels.py): each pairs the levels its step is checked against."""

from __future__ import annotations

import pytest

from numcheck.checkers import change
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [change], path="article.txt").codes()


# (wrong, right)
CASES = [
    ("Rents rose 9.2% in the year to June, to an average of $2,310 from $2,180.",
     "Rents rose 6% in the year to June, to an average of $2,310 from $2,180."),
    ("Rents rose 9.2% to a high of $2,310 from $2,180.",
     "Rents rose 6% to a high of $2,310 from $2,180."),
    ("Unemployment fell 0.4 points to a low of 3.8% from 4.4%.",
     "Unemployment fell 0.6 points to a low of 3.8% from 4.4%."),
    ("Broadcast revenue soared 48% to £3.1bn, having been £2.5bn in the previous cycle.",
     "Broadcast revenue soared 24% to £3.1bn, having been £2.5bn in the previous cycle."),
    ("Net sales rose 7% year on year to £21.4bn (£18.3bn).",
     "Net sales rose 17% year on year to £21.4bn (£18.3bn)."),
]


@pytest.mark.parametrize(("wrong", "right"), CASES)
def test_levels_told_in_their_own_frames(wrong: str, right: str) -> None:
    assert {"NC206", "NC204"} & set(codes(wrong))
    assert not {"NC206", "NC204"} & set(codes(right))


@pytest.mark.parametrize(
    "text",
    [  # a conversion in brackets, and a note in brackets, are no prior level
        "Net sales rose 7% to £21.4bn ($27.1bn).",
        "Net sales rose 7% to £21.4bn (£18.3bn excluding disposals).",
    ],
)
def test_brackets_that_hold_no_prior_level(text: str) -> None:
    assert "NC206" not in codes(text)
