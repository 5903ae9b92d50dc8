"""The first level's clause before a comparison set off by a comma ("4,212 people were
sleeping rough in March, up 25% from 3,300"): how much of it may stand between the level
and the step (moved here from _levels.py, which is near its size limit).

A calendar date in that clause is its time, not a figure: "The county has spent $1.9
million since Nov. 1, up 45% from $1.4 million" ("on Aug. 2, 2025", "in the week to 14
February"). The month names come from the date parser's own table (lexicon/dates.toml
``[months]``), so checker and extractor agree on what a date is; a day number counts as
part of a date only next to a month name ("in 12 districts" stays a figure). A year
("in fiscal 2025", "the 2024-25 season", "in Q3 2025") is a time too: read as a count it
would be a figure of the sentence, never inside the gap between two of them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from numcheck.checkers._level_forms import frame_words, phrases
from numcheck.lexicon import load_section

if TYPE_CHECKING:
    from numcheck.checkers._levels import LevelCues

_CLAUSE_WORDS = 12  # words of the first level's clause before a comparison set off
_ARTICLES = frozenset({"a", "an"})
# a day of the month ("1", "21st") and a year ("2025"): only next to a month name
_DAY = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_MARK = "date"  # what a date leaves in its clause: one word, no digit, no comma


def month_names(table: Iterable[object]) -> tuple[str, ...]:
    """The month names of a ``[months]`` table, lower-cased, longest first; refused loudly
    when an entry is not a name (a digit or a blank would make every figure a date)."""
    names = set()
    for name in table:
        if not isinstance(name, str) or not name.strip() or any(ch.isdigit() for ch in name):
            raise ValueError(f"dates.toml [months]: a month name, got {name!r}")
        names.add(name.strip().lower())
    return tuple(sorted(names, key=len, reverse=True))


@functools.cache
def _dates() -> re.Pattern[str]:
    names = month_names(load_section("dates").get("months", {}))
    month = "(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)"
    days = phrases(load_section("checkers").get("levels", {}).get("date_weekdays", ()),
                   "date_weekdays")
    weekday = "(?:(?:" + "|".join(re.escape(d) for d in days) + r"),?\s+)?" if days else ""
    date = weekday + "(?:" + (
        rf"{month}\s+{_DAY}(?:,?\s+{_YEAR})?"  # "nov. 1", "aug. 2, 2025"
        rf"|{_DAY}\s+{month}(?:\s+{_YEAR})?"  # "14 february", "2 august 2025"
        rf"|{month}\s+{_YEAR}"  # "march 2025"
        rf"|(?:(?:q[1-4]|h[12])\s+)?(?:fy)?{_YEAR}(?:[-–/]\d\d(?:\d\d)?)?"  # "q3 2025", "2024-25"
    ) + ")"  # after a weekday or none: "tuesday, nov. 3"
    return re.compile(rf"(?<![\w.,])(?:{date})(?![\w,.]?\d)(?!\w)")


def without_dates(text: str) -> str:
    """``text`` (squashed, lower-case) with each calendar date in it made one word."""
    return _dates().sub(_MARK, text)


def one_clause(gap: str, cues: LevelCues) -> bool:
    """No clause break between two levels ("from 23% in February, while ... fell to 15%")."""
    text = f" {gap} "
    return ";" not in gap and not any(f" {w} " in text for w in cues.breaks)


def clause_set_off(g1: str, cues: LevelCues) -> bool:
    """ "4,212 people were sleeping rough in March, up 25% from": the first level's clause
    goes on (its predicate, a place, a time), then a comma sets the comparison off, with
    its direction word or article at most. No figure (a date is the clause's time) and no
    other clause between. Asides may stand between clause and comparison, each set off by
    commas and opened by a determiner ("$6.3 billion, the highest since 2008, up 40%
    from", "31,200, the best in a decade and up 4% on"): see ``_asides``."""
    parts = without_dates(g1).split(",")
    if len(parts) < 2:
        return False
    clause, asides, tail = parts[0], parts[1:-1], parts[-1]
    told, joined, frame = tail.rpartition(" and ")  # "the best in a decade and up"
    if joined and told.split()[:1] and told.split()[0] in _OPENERS:
        asides, tail = [*asides, told], frame
    toks = frame_words(tail.split(), cues.up | cues.down)
    if len(toks) > 1 or (toks and toks[0] not in cues.up | cues.down | _ARTICLES):
        return False
    words_in = clause.split()
    return (
        (len(words_in) > 0 or bool(asides))
        and len(words_in) <= _CLAUSE_WORDS
        and _plain(clause, cues)
        and all(_aside(a, cues) for a in asides)
    )


# the determiners that open an aside set off between a level and its comparison
_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this"})
_ASIDE_WORDS = 8


def _plain(text: str, cues: LevelCues) -> bool:
    """No figure, no other clause, no bracket or dash in ``text``."""
    return (not any(ch.isdigit() for ch in text) and one_clause(text, cues)
            and not any(m in text for m in "()—–:"))


def _aside(text: str, cues: LevelCues) -> bool:
    """An appositive noun phrase between commas, about the level before it: a determiner,
    then a few plain words ("the highest since 2008", "a record for the month", "its
    busiest month yet"); a new subject's clause opens with none of these."""
    toks = text.split()
    return 0 < len(toks) <= _ASIDE_WORDS and toks[0] in _OPENERS and _plain(text, cues)
