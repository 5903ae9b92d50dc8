"""drift/marked.py: the side a figure's clause picks, and the ``[[marked_off]]`` table
checked when loaded."""

from __future__ import annotations

import pytest

from numcheck.checkers.drift.marked import MarkWords, side
from numcheck.lexicon import LexiconError


def _side(text: str, figure: str) -> str | None:
    from types import SimpleNamespace

    start = text.index(figure)
    claim = SimpleNamespace(location=SimpleNamespace(start=start, end=start + len(figure)))
    return side(claim, text)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "figure", "expect"), [
    ("The union said 2,400 members had voted for a walkout, out of 3,100.", "2,400", "for"),
    ("Some 3,100 members voted in the strike ballot.", "3,100", ""),
    ("Officials said 48,000 voters voted yes in the referendum.", "48,000", "yes"),
    ("Demir polled 11,046 votes to her name.", "11,046", None),
    ("Members voted overwhelmingly in favour, 4,100 of them.", "4,100", None),
    ("4,100 nurses voted overwhelmingly in favour of action.", "4,100", "in favour"),
    ("Health officials said 65 passengers tested positive on arrival.", "65", "positive"),
    ("About 900 passengers were tested for the virus.", "900", ""),
    ("Prosecutors said 15 defendants pleaded guilty on Monday.", "15", "guilty"),
    ("Prosecutors said 4 defendants pleaded not guilty on Monday.", "4", "not guilty"),
    ("The number who voted rose to 3,100 this year.", "3,100", ""),
    ("Some 3,100 members voted in the strike ballot, they said.", "3,100", ""),
])
def test_side(text: str, figure: str, expect: str | None) -> None:
    assert _side(text, figure) == expect


@pytest.mark.parametrize("table", [
    {"forms": ["voted"]},
    [{"forms": ["voted"], "sides": ["for"], "extra": []}],
    [{"forms": ["Voted"], "sides": ["for"]}],
    [{"forms": ["voted for"], "sides": ["for"]}],
    [{"forms": ["voted"], "sides": []}],
    [{"forms": ["voted"], "sides": [3]}],
])
def test_wrong_table_is_refused(table: object) -> None:
    with pytest.raises(LexiconError):
        MarkWords.from_table(table)


def test_default_table_loads() -> None:
    assert any("voted" in forms for forms, _ in MarkWords.default().verbs)
