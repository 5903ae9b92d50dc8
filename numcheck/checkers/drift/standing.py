"""Which levels stand still over a story's days: one fact whichever day it is told.

A level that is not counted up (people without power, in shelters, missing; a river's
level; a count no event keys) was compared only within a day: another day's figure is
another fact. Two kinds of such a figure are one fact over the story, so two days'
values that differ contradict:

- a state's peak, told once it has passed ("at the height of the storm, about 48,000
  homes lost power", "the river peaked at 5.2 metres"): one moment of the story,
  whatever day an article retells it; two peaks naming two weekdays ("peaked at 92
  mph on Monday", "at 71 mph on Wednesday") are two moments;
- a figure of a named period both sources name ("in 2025", "in the third quarter").

Either figure told as moved or as its day's state ("still", "now", "remain", "down
from") keeps the pair apart. The words are data (measures.toml ``[standing]``); the
judge (verdicts.py) compares two days' figures as one day's when both stand alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Any, NamedTuple

from numcheck.checkers.drift.alignment import Alignment
from numcheck.checkers.drift.aspect import AspectWords
from numcheck.checkers.drift.habitual import HabitWords, rate
from numcheck.checkers.drift.measured import changes
from numcheck.checkers.drift.remainder import RemainderWords
from numcheck.checkers.drift.stable import (
    CAPACITY,
    PropertyWords,
    attributive,
    capacity,
    held,
    holder,
    named,
    stable,
    unmarked,
)
from numcheck.claims import Claim
from numcheck.extract.distances import standing_distance
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import Lexicon
from numcheck.text import norm

__all__ = ["COUNTED", "HELD", "PEAK", "PERIOD", "PROPERTY", "RATE", "REVISED", "StandingWords",
           "corrected", "holders_meet", "kind", "rated", "stands"]

PEAK = "peak"  # a state's peak, told once it passed: one moment of the story
PERIOD = "period"  # a figure of a named period ("in 2025")
PROPERTY = "property"  # a thing's stable property (stable.py): "the bridge is 430 metres long"
HELD = "held"  # a count of things a thing holds, told as no event or move (stable.held)
COUNTED = "counted"  # a count of things no event keys, told as no move or past fact (unmarked)
REVISED = "revised"  # a count whose article tells earlier figures as corrected (corrected)
RATE = "rate/"  # a habitual rate, with its unit ("rate/day"): habitual.py

_TAG = lazy_compile(r"<[^>]*>")
_WORD = lazy_compile(r"[a-z]+(?:'[a-z]+)?")
_YEAR = lazy_compile(r"(?:19|20)\d\d")
_DIGITS = "0123456789"
_SENTENCE = lazy_compile(r"(?<=[.!?])\s+|\n+")
_NUMBER = lazy_compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_BRIDGE = frozenset({"on", "late", "early"})  # "said on Sunday", "said late Sunday"
_REACH = 120  # characters read each side of a figure for a peak: linear in a long sentence


class StandingWords(NamedTuple):
    """measures.toml ``[standing]``: words of a peak, of a move, of periods."""

    peaks: frozenset[str] = frozenset()  # "peak", "peaked"
    peak_phrases: tuple[tuple[str, ...], ...] = ()  # "at the height of"
    moves: frozenset[str] = frozenset()  # "still", "now", "remain"
    move_phrases: tuple[tuple[str, ...], ...] = ()  # "down from"
    periods: frozenset[str] = frozenset()  # "quarter", and windows.toml [since] months
    open_periods: frozenset[str] = frozenset()  # "this", "so far"
    weekdays: frozenset[str] = frozenset()  # windows.toml [since] days
    telling: frozenset[str] = frozenset()  # alignment.toml [aspect] telling: "said"
    revisions: frozenset[str] = frozenset()  # "corrected", "revised"
    revision_phrases: tuple[tuple[str, ...], ...] = ()  # "counted twice", "first gave"
    numerals: tuple[tuple[str, int], ...] = ()  # numbers.toml [units], [tens]: "eleven"
    properties: PropertyWords = PropertyWords()  # [properties]
    habits: HabitWords = HabitWords()  # [habitual]
    remainders: RemainderWords = RemainderWords()  # [standing] remainders: "still", "all but"
    aspect: AspectWords = AspectWords()  # alignment.toml [aspect]: the past, a current state

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon | None = None) -> StandingWords:
        return _words(lexicon or Lexicon.default())


@cache
def _words(lexicon: Lexicon) -> StandingWords:
    table: Mapping[str, Any] = lexicon["measures"].get("standing", {})
    since: Mapping[str, Any] = lexicon["windows"].get("since", {})

    def words(name: str, source: Mapping[str, Any] = table) -> list[str]:
        return [norm(str(w)) for w in source.get(name, ())]

    moves, peaks, revisions = words("moves"), words("peaks"), words("revisions")
    numbers = lexicon["numbers"]
    return StandingWords(
        peaks=frozenset(w for w in peaks if " " not in w),
        peak_phrases=tuple(tuple(w.split()) for w in peaks if " " in w),
        moves=frozenset(w for w in moves if " " not in w),
        move_phrases=tuple(tuple(w.split()) for w in moves if " " in w),
        periods=frozenset(words("periods")) | frozenset(words("months", since)),
        open_periods=frozenset(words("open_periods")),
        weekdays=frozenset(words("days", since)),
        telling=frozenset(words("telling", lexicon["alignment"].get("aspect", {}))),
        properties=PropertyWords.from_lexicon(lexicon),
        habits=HabitWords.from_lexicon(lexicon),
        remainders=RemainderWords.from_lexicon(lexicon),
        aspect=AspectWords.from_lexicon(lexicon),
        revisions=frozenset(w for w in revisions if " " not in w),
        revision_phrases=tuple(tuple(w.split()) for w in revisions if " " in w),
        numerals=tuple((norm(str(w)), int(v)) for name in ("units", "tens")
                       for w, v in numbers.get(name, {}).items()),
    )


def stands(claim: Claim, span: str | None, alignment: Alignment, text: str | None,
           words: StandingWords) -> str:
    """How ``claim`` (its span as drift compares it: ``span``) stands over the story's
    days: ``PEAK`` for a state's peak (with the weekday it names, if any: "peak
    sunday"), ``PERIOD`` for a figure of a named period, "" for neither. Never a
    change, a count counted up, a figure whose sentence tells it as moved; without its
    document's text nothing is read so."""
    if text is None or claim.is_change:
        return ""
    if alignment.grows(claim):
        told = corrected(text, words)
        return " ".join((REVISED, *told)) if told else ""
    if span is not None and not _closed(span, alignment, words):
        return ""
    if _moved(claim, text, words):
        return ""
    peak = _peak(claim, text, words)
    if peak is not None:
        return peak  # the parser may read "peaked at" as a change: a peak is a level
    if claim.key.event is None and standing_distance(claim.measure):
        # "Kelvedge, 35 miles up the coast": two places that stay put (extract/distances.py)
        return " ".join((PROPERTY, claim.measure[0]))
    per = rate(claim, text, words.habits)
    if per is not None:
        # "the line carries 14,000 passengers a day": a habitual rate, with its holder
        return " ".join((RATE + per, named(claim, text, words.properties))).strip()
    if claim.key.event is None and capacity(claim, text, words.properties):
        # "the hall can seat 800": what a thing can hold, compared only with the same
        return " ".join((CAPACITY, named(claim, text, words.properties))).strip()
    if claim.key.event is None and stable(claim, text, words.properties):
        # "the firm employs 1,200 people": told on any day, one fact; with its holder
        who = (named if attributive(claim, text, words.properties) else holder)(
            claim, text, words.properties)  # "the mayor serves a four-year term": mayor
        return " ".join((PROPERTY, who)).strip()
    if held(claim, alignment, text, words.properties):
        return " ".join((HELD, holder(claim, text, words.properties))).strip()
    if span is None and unmarked(claim, alignment, text, words.properties, words.aspect):
        return " ".join((COUNTED, holder(claim, text, words.properties))).strip()
    if span is not None and claim.key.event is None and not changes(claim):
        return PERIOD  # events carry their own flags (measures.toml [cumulative])
    return ""


def corrected(text: str, words: StandingWords) -> tuple[str, ...]:
    """The figures an article tells as corrected (its sentences holding a word of
    ``[standing] revisions``: "police first gave the toll as 11 before correcting it",
    "revised the toll down to nine, from 11"), as whole numbers written plainly ("11");
    read once per article."""
    return _corrected(text, words)


@lru_cache(maxsize=256)
def _corrected(text: str, words: StandingWords) -> tuple[str, ...]:
    found: set[str] = set()
    numerals = dict(words.numerals)
    for sentence in _SENTENCE.split(_TAG.sub(" ", text)):
        tokens = _WORD.findall(sentence.lower())
        if not _holds(tokens, words.revisions, words.revision_phrases):
            continue
        found.update(n.replace(",", "") for n in _NUMBER.findall(sentence) if "." not in n)
        found.update(str(numerals[t]) for t in tokens if t in numerals)
    return tuple(sorted(found))


def told_corrected(standing: str, value: float | None) -> bool:
    """Whether a figure of ``value`` is one its article tells as corrected (``REVISED``)."""
    if value is None or kind(standing) != REVISED or value != int(value):
        return False
    return str(int(value)) in standing.split()[1:]


def rated(standing: str) -> bool:
    """Whether a figure stands as a habitual rate ("rate/day ...")."""
    return standing.startswith(RATE)


def kind(standing: str) -> str:
    """How a figure stands, less what it names: "peak sunday" -> "peak"."""
    return standing.partition(" ")[0]


def holders_meet(a: str, b: str) -> bool:
    """Two properties' holders can be one thing: the same name, or a name said by one
    side only ("the school" and "Hillcrest Primary"; "Hillcrest" and "Oakfield" are two)."""
    x, y = a.partition(" ")[2], b.partition(" ")[2]
    return not x or not y or x == y


def _closed(span: str, alignment: Alignment, words: StandingWords) -> bool:
    """A span naming one closed period: a year, a month or a word of ``periods`` ("in
    2025", "in March", "third quarter"); no rolling window, no count since a start, no
    open period ("this year", "so far"). A relative span ("overnight", "on the first
    day") names no period: two days' such figures are two."""
    parts = span.split()
    if alignment.is_rolling(span) or set(parts) & words.open_periods:
        return False
    return any(_YEAR.fullmatch(w) or w in words.periods for w in parts)


def _peak(claim: Claim, text: str, words: StandingWords) -> str | None:
    """A state's peak told in the figure's own stretch of its sentence (from the figure
    before it to the figure after it: "At the peak, 84,000 customers were in the dark",
    "the river peaked at 5.2 metres"): ``PEAK`` with the weekdays the stretch names as
    its fact's (a river that peaked on Sunday and on Wednesday peaked twice), read
    within ``_REACH`` characters; None when no word of a peak is there."""
    start, end = claim.sentence
    before = text[max(start, claim.location.start - _REACH):claim.location.start]
    after = text[claim.location.end:min(end, claim.location.end + _REACH)]
    cut = max(before.rfind(d) for d in _DIGITS)
    stop = min((k for k in (after.find(d) for d in _DIGITS) if k >= 0), default=len(after))
    tokens = _WORD.findall(_TAG.sub(" ", before[cut + 1:] + " " + after[:stop]).lower())
    if not _holds(tokens, words.peaks, words.peak_phrases):
        return None
    return " ".join((PEAK, *_days(tokens, words)))


def _days(tokens: list[str], words: StandingWords) -> list[str]:
    """The weekdays a stretch names as its fact's, not its telling's ("said Sunday
    morning" dates the telling, as aspect.moment reads a sentence)."""
    days = set()
    for i, token in enumerate(tokens):
        day = token.removesuffix("'s")
        if day not in words.weekdays:
            continue
        k = i - 1
        while k >= 0 and tokens[k] in _BRIDGE:
            k -= 1
        if k < 0 or tokens[k] not in words.telling:
            days.add(day)
    return sorted(days)


def _moved(claim: Claim, text: str, words: StandingWords) -> bool:
    """Its sentence tells it as moved or as its day's state (read once per sentence: a
    sentence of thousands of figures is read once, not once per figure)."""
    start, end = claim.sentence
    if end <= start:
        return False
    return _sentence_moved(text, start, end, words)


@lru_cache(maxsize=4096)
def _sentence_moved(text: str, start: int, end: int, words: StandingWords) -> bool:
    tokens = _WORD.findall(_TAG.sub(" ", text[start:end]).lower())
    return _holds(tokens, words.moves, words.move_phrases)


def _holds(tokens: list[str], single: frozenset[str],
           phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``tokens`` hold a word of ``single`` or a phrase of ``phrases``."""
    if any(t in single for t in tokens):
        return True
    for phrase in phrases:
        size = len(phrase)
        if any(tuple(tokens[i:i + size]) == phrase for i in range(len(tokens) - size + 1)):
            return True
    return False
