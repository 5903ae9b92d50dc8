"""How drift compares time windows: the span of a figure (docs/maintainers/claims.md,
"Windows as drift compares them").

A window keeps apart figures counted over different spans ("12 died in the last 24
hours" is not "140 have died"). A count since the onset of one of the story's
happenings or since a day of its news cycle is the story's own span, the total a source
gives with no window: its span is None. Dates resolve against the article's date, one
length has one unit; rolling, first and forward windows, frames that outlast a story
(war, pandemic, mission) and every change keep their span.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from numcheck.claims import Claim
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import Lexicon
from numcheck.quantity import Change, Kind
from numcheck.text import norm

__all__ = ["SpanWords", "changes", "particle", "span_of", "window_length"]


def changes(claim: Claim) -> bool:
    """A change, as the claim reader or the parser saw it ("slid 1.8%": the parser reads
    the change from any verb before an amount, the claim reader from its change verbs).
    Before a count of things the parser's direction is most often a phrasal verb's
    particle ("rounded up 40 protesters", "shot down 61 drones": the count is the verb's
    object), so such a count is a change only as the claim reader saw it, or when its
    verb and the particle are a change phrase of hedges.toml [change] ("went up 300
    students"); the key route reads keyed counts by the claim reader too."""
    if claim.is_change:
        return True
    q = claim.quantity
    if q.change is None:
        return False
    return q.kind is not Kind.COUNT or q.unit is not None or not claim.measure or any(
        f"{norm(word)} {_particle(q.change)}" in _turns() for word in claim.measure[1:])


def particle(claim: Claim) -> tuple[str, ...]:
    """The particle of the phrasal verb a count is the object of, as a word said of it
    ("rounded up 40 protesters": ("up",)), when ``changes`` reads it as none: the verb
    itself may be unread ("shot down 61 drones"), and the particle still tells the
    count from one of another verb ("84 drones were launched")."""
    q = claim.quantity
    if q.change is None or changes(claim):
        return ()
    return (_particle(q.change),)


def _particle(change: Change) -> str:
    return "up" if change is Change.UP else "down"


@functools.cache
def _turns() -> frozenset[str]:
    """The change phrases of a verb and its particle ("went up", "edged down")."""
    from numcheck.lexicon import Lexicon

    table = Lexicon.default()["hedges"]["change"]
    return frozenset(norm(str(w)) for side in ("up", "down") for w in table.get(side, ())
                     if str(w).endswith((" up", " down")))


def span_of(window: str | None, claim: Claim, words: SpanWords) -> str | None:
    """The span of ``claim``, whose window normalized (``Alignment.window``) is
    ``window``: None for the story's own span, a "since" date resolved against the
    article's date, else the window."""
    if window is None:
        return None
    parts = window.split()
    if parts[0] != "since" or len(parts) < 2:
        return window
    parts = [w.removesuffix(".") for w in parts]  # "since mar. 2"
    start = words.start(parts[1:], claim.date)
    # a change is over its own span; a figure of one past day ("42 arrests on
    # Wednesday, bringing to 148 the number since the protests began") is no count
    # since a start: the "since" is another figure's of its sentence
    kept = changes(claim) or (
        claim.day is not None and claim.day not in (claim.date, start))
    if start is not None:
        if not kept and claim.date is not None and (
                0 <= (claim.date - start).days < words.cycle):
            return None
        return f"since {start.isoformat()}"
    month = words.months.get(parts[1])
    if month is not None:  # "since mar 2" and "since march 2", told without a date
        window = " ".join(("since", _MONTHS[month - 1], *parts[2:]))
    if kept:
        return window
    if parts[1] in words.weekdays:
        return None  # a weekday is within the week, whatever the date
    if parts[-1] == "began" and words.own(parts[1:-1]):
        return None
    return window


class SpanWords(NamedTuple):
    """windows.toml [since] and measures.toml [incidents.nouns]: the words that tell a
    window from the story's own span (``Alignment.span``)."""

    weekdays: Mapping[str, int] = MappingProxyType({})  # monday -> 0
    months: Mapping[str, int] = MappingProxyType({})  # sept -> 9
    events: frozenset[str] = frozenset()  # the story's happenings: storm, protests
    pronouns: frozenset[str] = frozenset()  # "since it began"
    not_spans: frozenset[str] = frozenset()  # "since records began"
    cycle: int = 8  # days: a start this recent is the story's own (extract/days.PAST_DAYS)

    @classmethod
    def from_lexicon(cls, lex: Lexicon) -> SpanWords:
        from numcheck.extract.days import PAST_DAYS

        since: Mapping[str, Any] = lex["windows"].get("since", {})
        incidents = lex["measures"].get("incidents", {}).get("nouns", {})

        def words(name: str) -> frozenset[str]:
            return frozenset(norm(str(w)) for w in since.get(name, ()))

        return cls(
            weekdays={norm(str(d)): i for i, d in enumerate(since.get("days", ()))},
            months={norm(str(m)): _MONTHS.index(norm(str(m))[:3]) + 1
                    for m in since.get("months", ()) if norm(str(m))[:3] in _MONTHS},
            events=words("story_events") | frozenset(
                norm(str(w)) for name, forms in incidents.items() for w in (name, *forms)),
            pronouns=words("pronouns"),
            not_spans=words("not_spans"),
            cycle=PAST_DAYS,
        )

    def own(self, event: list[str]) -> bool:
        """Whether "since <event> began" counts from one of the story's happenings."""
        phrase = " ".join(event)
        if phrase in self.not_spans:
            return True
        if len(event) == 1 and event[0] in self.pronouns:
            return True
        return bool(event) and (event[-1] in self.events or phrase in self.events)

    def start(self, words: list[str], date: dt.date | None) -> dt.date | None:
        """The day a "since" window counts from, resolved against the article's date
        (a weekday: the last on or before it; "march 2", "march": that day, the first of
        that month, in the article's year or the year before)."""
        if date is None or not words:
            return None
        if len(words) == 1 and words[0] in self.weekdays:
            return date - dt.timedelta(days=(date.weekday() - self.weekdays[words[0]]) % 7)
        month = self.months.get(words[0])
        if month is None or len(words) > 2 or (len(words) == 2 and not words[1].isdigit()):
            return None
        day = int(words[1]) if len(words) == 2 else 1
        for year in (date.year, date.year - 1):
            try:
                start = dt.date(year, month, day)
            except ValueError:
                return None
            if start <= date:
                return start
        return None


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_HOURS_MAX = 72  # a span up to three days is counted in hours, a longer one in days
_LENGTH = lazy_compile(r"(?P<anchor>\w+) (?P<n>\d+) (?P<unit>hours|days|months)")


def window_length(window: str) -> str:
    """One unit per length: up to 72 hours in hours, longer in days; whole years."""
    m = _LENGTH.fullmatch(window)
    if m is None:
        return window
    n, unit = int(m.group("n")), m.group("unit")
    if unit == "days" and n * 24 <= _HOURS_MAX:
        n, unit = n * 24, "hours"
    elif unit == "hours" and n > _HOURS_MAX and n % 24 == 0:
        n, unit = n // 24, "days"
    elif unit == "months" and n % 12 == 0:
        n, unit = n // 12, "years"
    return f"{m.group('anchor')} {n} {unit}"
