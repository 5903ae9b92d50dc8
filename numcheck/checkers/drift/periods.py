"""A figure's window that dates it to a past period, as the extractor files it.

``Extractor._past`` (numcheck/extract/__init__.py, extract/days.py) gives a figure of a
sentence telling of another period its window: a year ("in 2019", from "The 2019
floods left 40 dead" or "In a linked trial last year, ..."), a month ("in 2026-01"), a
past day ("on 2026-05-14") or a closed span of past days ("from 2026-07-18 to
2026-07-24"). Such a figure is that period's, not the story's own: evidence, read from
the copy, that it is no neighbouring measure of a current figure.
"""

from __future__ import annotations

import re

from numcheck.claims import Claim

__all__ = ["other_period", "past_period"]

_PAST = re.compile(r"(?:in \d{4}(?:-\d\d)?|on \d{4}-\d\d-\d\d|from \d{4}-\d\d-\d\d to \S+)")


def past_period(window: str | None) -> bool:
    """Whether ``window`` is one the extractor gives a past period's figure."""
    return window is not None and _PAST.fullmatch(window) is not None


def other_period(a: Claim, b: Claim) -> bool:
    """Two figures filed under two windows, one of them a past period: "The 2011
    earthquake killed 85" and "85 were injured this week" are two periods' figures,
    whatever their measures; two figures of one past period ("in 2011" both) are not."""
    return a.window != b.window and (past_period(a.window) or past_period(b.window))
