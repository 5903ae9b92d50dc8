""""up to" after a verb whose particle is "up" is the level reached, not a ceiling
(hedges.toml [governed] up_verbs, up_modals), and a spaced dash and a word set off an
aside, not a range ("208 - or 42% -") (wave 23, shares23)."""

from __future__ import annotations

import pytest

from numcheck import parse
from numcheck.quantity import Quantity


def figure(text: str, at: str) -> Quantity:
    i = text.index(at)
    return next(q for q in parse(text) if q.start <= i < q.end)


@pytest.mark.parametrize(
    ("text", "at", "bound"),
    [
        ("Attendance went up to 9,600 from 8,000.", "9,600", "exact"),
        ("Fees will go up to £9,535 next year.", "9,535", "exact"),
        ("The jobless rate ticked up to 4.3%.", "4.3", "exact"),
        ("Yields crept back up to 4.3% from 4.1%.", "4.3", "exact"),
        ("Fines can go up to £5,000.", "5,000", "le"),
        ("Bonuses could not go up to 20% of pay.", "20", "le"),
        ("The army will move up to 400 troops.", "400", "le"),
        ("Prices rose by up to 10%.", "10", "le"),
        ("Up to 400 people died.", "400", "le"),
    ],
)
def test_up_to_after_a_moving_verb(text: str, at: str, bound: str) -> None:
    assert figure(text, at).bound.value == bound


def test_spaced_dash_and_or_is_an_aside() -> None:
    qs = parse("Of the 640 patients, 208 - or 42% - were over 70.")
    assert [q.kind.value for q in qs][:3] == ["count", "count", "percent"]


def test_suspended_hyphen_stays_a_range() -> None:
    q = figure("Staff work 10- or 12-hour shifts.", "10")
    assert (q.hard.low, q.hard.high) == (10, 12)
