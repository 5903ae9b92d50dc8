"""Document metadata: dates as publishers write them, and field-name lookup.

The names numcheck accepts for each field (front-matter keys, header labels,
``<meta>`` names) are data in numcheck/lexicon/documents.toml. A value that cannot
be read (an unparseable date) is left unknown rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from functools import cache

from numcheck.document import Metadata
from numcheck.lexicon import load_section

FIELDS = ("headline", "source", "date", "url", "description", "author", "story")

_ISO = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])")
_COMPACT = re.compile(r"\s*(\d{4})(\d{2})(\d{2})(?:T|\s|$)")
_DAY_MONTH = re.compile(r"(?<![\w])(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MONTH_DAY = re.compile(r"(?<![\w])([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")


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


def _month(word: str) -> int | None:
    """Month number of an English month name or abbreviation (C-locale %b)."""
    try:
        return dt.datetime.strptime(word[:3].title(), "%b").month
    except ValueError:
        return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(value: str) -> dt.date | None:
    """A publication date from the usual spellings; None when unreadable.

    ISO 8601 dates and timestamps (the date as written, no time-zone shift),
    2022/03/03, 20220303, "March 3, 2022", "Mar. 3, 2022", "3 March 2022",
    "Thu, 03 Mar 2022 10:00:00 GMT".
    """
    text = value.strip()
    match = _ISO.match(text) or _COMPACT.match(text)
    if match:
        return _date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _MONTH_DAY.search(text)
    if match and (month := _month(match.group(1))):
        return _date(int(match.group(3)), month, int(match.group(2)))
    match = _DAY_MONTH.search(text)
    if match and (month := _month(match.group(2))):
        return _date(int(match.group(3)), month, int(match.group(1)))
    return None


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
