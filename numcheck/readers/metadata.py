"""Document metadata: dates as publishers write them, and field-name lookup.

The names numcheck accepts for each field (front-matter keys, header labels,
``<meta>`` names) are data in numcheck/lexicon/documents.toml. A value that cannot
be read (an unparseable date) is left unknown rather than guessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import cache

from numcheck.document import Metadata
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import load_section

FIELDS = ("headline", "source", "date", "url", "description", "author", "story")

_ISO = lazy_compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])")
_LONGEST_DATE = 120  # a date string longer than this is not a date (and not parsed)


@cache
def _section() -> Mapping[str, Mapping[str, list[str]]]:
    data: Mapping[str, Mapping[str, list[str]]] = load_section("documents")["documents"]
    return data


@cache
def field_names(table: str) -> dict[str, str]:
    """Lower-cased key -> metadata field, from ``[documents.<table>]``."""
    names: dict[str, str] = {}
    for name, keys in _section()[table].items():
        for key in keys:
            names.setdefault(key.lower(), name)
    return names


@cache
def _priority(table: str) -> dict[str, int]:
    order: dict[str, int] = {}
    for keys in _section()[table].values():
        for rank, key in enumerate(keys):
            order.setdefault(key.lower(), rank)
    return order


@cache
def dateline_words() -> tuple[str, ...]:
    words: list[str] = _section()["dateline"]["words"]
    return tuple(words)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(value: str) -> dt.date | None:
    """A publication date from the usual spellings; None when unreadable.

    ISO 8601 dates and timestamps are read directly (the date as written, no
    time-zone shift); everything else by python-dateutil (imported on first use):
    20220303, "March 3, 2022", "Mar. 3, 2022", "3rd March 2022", "Thursday, March 3,
    2022", "Thu, 03 Mar 2022 10:00:00 GMT", "Updated March 3rd, 2022 9:00 a.m.".
    A value that leaves the year, month or day unsaid ("March 3") is unknown, not
    filled in from today.
    """
    text = value.strip()
    if not text or len(text) > _LONGEST_DATE:
        return None
    match = _ISO.match(text)
    if match:
        return _date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return _dateutil(text)


def _dateutil(text: str) -> dt.date | None:
    from dateutil import parser

    found = []
    for default in (dt.datetime(1901, 1, 1), dt.datetime(1902, 2, 2)):
        try:
            found.append(parser.parse(text, default=default, fuzzy=True).date())
        except (ValueError, OverflowError, TypeError):
            return None
    # a part dateutil took from the default differs between the two readings
    return found[0] if found[0] == found[1] else None


class MetadataBuilder:
    """Collects candidate values; the best-ranked name for each field wins."""

    def __init__(self, table: str) -> None:
        self._names = field_names(table)
        self._rank = _priority(table)
        self._best: dict[str, tuple[int, int, str]] = {}
        self._seen = 0

    def offer(self, key: str, value: str | None, *, rank: int | None = None) -> bool:
        """Record ``value`` for the field ``key`` names; False for unknown keys."""
        name = self._names.get(key.strip().lower())
        if name is None or value is None:
            return name is not None
        cleaned = " ".join(value.split())
        if not cleaned or (name == "date" and parse_date(cleaned) is None):
            return True
        order = self._rank[key.strip().lower()] if rank is None else rank
        self._seen += 1
        old = self._best.get(name)
        if old is None or (order, self._seen) < old[:2]:
            self._best[name] = (order, self._seen, cleaned)
        return True

    def get(self, name: str) -> str | None:
        best = self._best.get(name)
        return best[2] if best else None

    def build(self, **fallback: str | None) -> Metadata:
        values = {name: self.get(name) or fallback.get(name) for name in FIELDS}
        date_text = values.pop("date")
        return Metadata(date=parse_date(date_text) if date_text else None, **values)
