"""A figure's own day (extract/days.py ``_own_day``): "182 flights were canceled on Monday
and 64 on Tuesday" dates the 64 to Tuesday, as ``place_of`` places "seven in the UK"."""

from __future__ import annotations

import datetime as dt

import pytest

from numcheck.checkers import drift
from numcheck.claims import Claim
from numcheck.engine import Engine
from numcheck.testing import run_checks
from numcheck.testing.builders import make_document

ENGINE = Engine()


def _days(text: str) -> dict[str, dt.date | None]:
    found = ENGINE.analyse(make_document(text, "a.txt", date="2026-12-02")).claims
    return {c.quantity.text: c.day for c in found if isinstance(c, Claim) and c.quantity.is_amount}


@pytest.mark.parametrize(("text", "first", "second", "one", "two"), [
    ("The airport said 182 flights were canceled on Monday and 64 on Tuesday.",
     "182", "64", 30, 1),
    ("Police arrested 31 people on Saturday and 12 on Sunday, a spokesman said.",
     "31", "12", 28, 29),
    ("The ferry company cancelled 38 sailings on Nov. 29 and 17 on Nov. 30.",
     "38", "17", 29, 30),
    ("On Sunday the brigade answered 260 calls, and 140 on Monday.", "260", "140", 29, 30),
])
def test_an_elliptical_figure_takes_its_own_day(
    text: str, first: str, second: str, one: int, two: int
) -> None:
    days = _days(text)
    assert days[first] == _day(one)
    assert days[second] == _day(two)


def _day(d: int) -> dt.date:
    """A day of the story's week (the article is of Wednesday 2 December 2026)."""
    return dt.date(2026, 12, d) if d < 15 else dt.date(2026, 11, d)


def _rules(a: str, b: str) -> list[str]:
    texts = {"a.md": f"---\ndate: 2026-12-02\n---\n\n{a}\n",
             "b.md": f"---\ndate: 2026-12-01\n---\n\n{b}\n"}
    return sorted(f.rule for f in run_checks(texts, [drift]) if f.rule.startswith("NC4"))


@pytest.mark.parametrize(("a", "b"), [
    ("The airport said 182 flights were canceled on Monday and 64 on Tuesday.",
     "The airport said 182 flights were canceled on Monday."),
    ("Carriers scrapped 410 departures on Sunday and 95 on Monday, the airport said.",
     "The airport said 410 departures were scrapped on Sunday."),
    ("Police arrested 31 people on Saturday and 12 on Sunday, a spokesman said.",
     "Police said 31 people were arrested on Saturday."),
    ("About 48,000 homes lost power on Sunday and 9,000 on Monday, the utility said.",
     "The utility said 48,000 homes lost power on Sunday."),
    ("Some 3,000 workers walked out on Monday and about 1,800 on Tuesday, the union said.",
     "The union said some 3,000 workers walked out on Monday."),
    ("The city recorded 22 inches of snow on Sunday and 4 inches on Monday.",
     "The city recorded 22 inches of snow on Sunday."),
    ("The ferry company cancelled 38 sailings on Nov. 29 and 17 on Nov. 30.",
     "The ferry company said 38 sailings were cancelled on Nov. 29."),
])
def test_another_days_figure_is_no_contradiction(a: str, b: str) -> None:
    assert _rules(a, b) == []


@pytest.mark.parametrize(("a", "b"), [
    ("The airport said 182 flights were canceled on Monday and 64 on Tuesday.",
     "The airport said 71 flights were canceled on Tuesday."),
    ("About 48,000 homes lost power on Sunday and 9,000 on Monday, the utility said.",
     "The utility said 15,000 homes lost power on Monday."),
    ("The airport said 182 flights were canceled on Monday and 64 on Tuesday.",
     "The airport said 212 flights were canceled on Monday."),
    ("Police arrested 31 people on Saturday and 12 on Sunday, a spokesman said.",
     "Police said 19 people were arrested on Sunday."),
])
def test_the_same_days_other_figure_is_still_caught(a: str, b: str) -> None:
    assert _rules(a, b) != []
