"""Two numbers side by side that are not a range (issue #9's leftovers; NC208 false alarms):
results and comparisons running down, odds "N to one", asides set off by a spaced dash."""

from __future__ import annotations

import pytest

from numcheck import parse
from numcheck.quantity import Bound, Kind


@pytest.mark.parametrize(
    "text",
    [
        "Her lead shrank to four points, 47.2% to 43.2%, overnight.",
        "The motion passed 212 to 198 after a late-night debate.",
        "Home sides won 61% to 39% of the matches last season.",
        "Polls gave Labour 38 per cent to 31 per cent for the Tories.",
        "City beat United 3 to 2 in extra time.",
    ],
)
def test_a_pair_running_down_without_between_is_two_figures(text: str) -> None:
    qs = parse(text)
    assert all(q.bound is not Bound.RANGE for q in qs), [q.text for q in qs]
    assert len([q for q in qs if q.value is not None]) >= 2


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Supporters were outnumbered nearly three to one.", 3),
        ("The board voted 4 to 1 in favour of the merger.", 4),
        ("Bookmakers had the colt at 50 to 1 on Friday.", 50),
        ("Rivals outspent her two to one.", 2),
    ],
)
def test_odds_down_to_one_are_one_ratio(text: str, value: float) -> None:
    [q] = parse(text)
    assert (q.kind, q.value) == (Kind.RATIO, value)


@pytest.mark.parametrize(
    "text",
    [
        "Of the 90 victims, 30% — 27 people — were over 80.",
        "Staff costs rose 12% – 380 posts – in a year.",
        "Almost half — 212 of the 440 flats — failed the check.",
    ],
)
def test_a_spaced_dash_sets_off_an_aside_not_a_range(text: str) -> None:
    qs = parse(text)
    assert all(q.bound is not Bound.RANGE for q in qs), [q.text for q in qs]


@pytest.mark.parametrize(
    "text",
    [
        "Between 500 and 300 people fled.",  # NC208 still sees a range written backwards
        "Forecasters expect 5 to 8 inches of snow.",
        "Fares will rise by 3–5% in March.",
        "Tickets cost £20 – £35 each.",
        "It will take 20 to 30 minutes.",
    ],
)
def test_ranges_stay_ranges(text: str) -> None:
    qs = parse(text)
    assert any(q.bound is Bound.RANGE for q in qs), [q.text for q in qs]
