"""NC301 on a date said twice in one clause: as a date and as a time before the article's
day ("began 20 days ago on March 4", "on Feb. 21, three weeks ago").

"N days ago" is a date counted back from the article's date; a date written beside it
in the same clause names the same day, so the two must agree (a day's slack for an
article dated the day after it was written, more for weeks and fortnights:
``after_units`` in ``[days]``). A weekday beside it is left alone (the weekday is itself
read from the article's date), and so is a hedged or approximate duration ("about three
weeks ago", "some 20 days ago").
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._compare import sentence_of, squash
from numcheck.checkers._starts import iso_parts
from numcheck.checkers._words import describe, finding, said
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Bound, Kind

_AGO = lazy_compile(r"\s*ago\b", re.IGNORECASE)
_GAP = frozenset({"", "on", ",", ", on", "(", "( on", "-", "—", "–", ", or on", "or"})


def _day(parts: tuple[int | None, int, int], today: dt.date) -> dt.date | None:
    year, month, day = parts
    if year is None:  # the latest such day on or before the article's
        year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _beside(
    document: Document, duration: Claim, dates: Sequence[Claim], starts: Sequence[int]
) -> Claim | None:
    """The date written right before or after "N days ago" in its sentence (``dates``:
    the article's dates in order of position, ``starts`` their offsets)."""
    span = sentence_of(document, duration)
    end = duration.location.end
    ago = _AGO.match(document.prose, end)
    if ago is None:
        return None
    after = ago.end()
    i = bisect_left(starts, after)
    nearest = [*dates[i : i + 1], *dates[max(0, i - 2) : i]]  # the next one, those before
    for date in nearest:
        if sentence_of(document, date) != span:
            continue
        if date.location.start >= after:
            gap = document.prose[after : date.location.start]
        elif date.location.end <= duration.location.start:
            gap = document.prose[date.location.end : duration.location.start]
        else:
            continue
        if squash(gap).strip() in _GAP:
            return date
    return None


def ago_findings(
    document: Document, claims: Sequence[Claim], lex: Mapping[str, Any]
) -> list[Finding]:
    """Each "N days ago" against the date written beside it."""
    today = document.metadata.date
    if today is None:
        return []
    units: Mapping[str, Sequence[int]] = lex.get("after_units", {"day": (1, 0), "week": (7, 1)})
    dates = sorted(
        (c for c in claims if c.quantity.kind is Kind.DATE and iso_parts(c.quantity.iso)),
        key=lambda c: c.location.start,
    )
    starts = [d.location.start for d in dates]
    out: list[Finding] = []
    for duration in claims:
        q = duration.quantity
        per, slack = units.get(q.unit or "", (0, 0))
        if q.kind is not Kind.DURATION or not per or q.value is None or q.bound is not Bound.EXACT:
            continue
        date = _beside(document, duration, dates, starts)
        parts = iso_parts(date.quantity.iso) if date is not None else None
        start = _day(parts, today) if parts is not None else None
        if date is None or start is None:
            continue
        gap, stated = (today - start).days, q.value * per
        if abs(gap - stated) <= max(slack, 1):
            continue
        message = (
            f"{describe(document, duration)}: {said(document, date)} is {gap} days before "
            f"the article's date ({today.isoformat()}), not {said(document, duration)}"
        )
        out.append(finding("NC301", message, duration, [date], document))
    return out


__all__ = ["ago_findings"]
