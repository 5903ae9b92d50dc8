"""A figure's window that dates it to a past year, as the extractor files it.

``Extractor._past`` (numcheck/extract/__init__.py, extract/days.py) gives a figure of a
sentence telling of an earlier year its window: "in 2019" ("The 2019 floods left 40
dead"), "in 2025" from "last year" ("In a linked trial last year, ..."). Such a figure
is that year's, not the story's own: evidence, read from the copy, that it is no
neighbouring measure of a current figure. A past day or month ("on 2026-05-14", "in
2026-01") is left out: it is as often the story's own event told weeks later.
"""

from __future__ import annotations

from numcheck.claims import Claim
from numcheck.lazyre import lazy_compile

__all__ = ["other_period", "past_period"]

_PAST = lazy_compile(r"in \d{4}")


def past_period(window: str | None) -> bool:
    """Whether ``window`` is one the extractor gives a past year's figure."""
    return window is not None and _PAST.fullmatch(window) is not None


def other_period(a: Claim, b: Claim) -> bool:
    """Two figures filed under two windows, one of them a past period: "The 2011
    earthquake killed 85" and "85 were injured this week" are two periods' figures,
    whatever their measures; two figures of one past period ("in 2011" both) are not."""
    return a.window != b.window and (past_period(a.window) or past_period(b.window))
