"""_day_kin: a noun and a past verb of one event share a stem once the table's endings
come off; a start a year or more back, or after the article, is another episode.
conversion._per_once: a rate's "per" written once comes off the first unit only when
the amount alone converts."""

from __future__ import annotations

import datetime as dt

from numcheck.checkers._day_kin import _recent, _stems
from numcheck.checkers._starts import Start
from numcheck.checkers.conversion import _per_once

NOUNS = ("ation", "ion", "ure", "ing", "ment", "")
VERBS = ("ed", "d")


def _kin(noun: str, verb: str) -> bool:
    return bool(_stems(noun, NOUNS, 4) & _stems(verb, VERBS, 4))


def test_kin_stems() -> None:
    assert _kin("closure", "closed")
    assert _kin("evacuation", "evacuated")
    assert _kin("flooding", "flooded")
    assert _kin("blockade", "blockaded")
    assert _kin("observation", "observed")
    assert not _kin("count", "closed")
    assert not _kin("suspension", "suspended")
    assert not _kin("day", "dayed")  # a stem shorter than four letters is no stem


def _start(year: int | None, month: int, day: int) -> Start:
    return Start((year, month, day), (0, 1), (0, 1), True)


def test_recent() -> None:
    today = dt.date(2026, 3, 13)
    assert _recent(_start(2026, 3, 9), today)
    assert _recent(_start(None, 3, 9), today)
    assert _recent(_start(2025, 12, 28), today)
    assert not _recent(_start(2025, 3, 9), today)  # a year back: another episode
    assert not _recent(_start(2026, 3, 20), today)  # after the article
    assert _recent(_start(2025, 3, 9), None)


def test_per_once() -> None:
    assert _per_once(2e6, "meter ** 3 / day", "cubic_foot") == "meter ** 3"
    assert _per_once(2e6, "meter ** 3 / day", "cubic_foot / day") == "meter ** 3 / day"
    assert _per_once(60.0, "kilometer / hour", "mile / hour") == "kilometer / hour"
    assert _per_once(2.0, "kilogram / meter", "second") == "kilogram / meter"
    assert _per_once(20.0, "millimeter / hour", "millimeter") == "millimeter / hour"
