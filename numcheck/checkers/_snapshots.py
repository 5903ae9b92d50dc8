"""What a figure's sentence says of it besides its key: a reading at a moment, an update,
a part named by a modifier. Two figures of one key restate one another only when these
agree (numcheck/checkers/restated.py adds them to the key it groups figures by).

- "By noon, 23 people had been rescued" ... "By evening, 41 had been rescued": readings
  at two moments of a count that rose through the day, not one figure given twice;
- "Nearly 400 homes were without power" ... "120 homes were still without power": an
  update (`updates`: still, remaining, initially, later ...);
- "Eighteen officers were injured" ... "Four mounted officers were injured when a
  barricade collapsed": a part, named by a word before the noun that the other lacks;
- "Five people died in a crash on the M4" ... "In a separate accident, two people
  died": another instance of the event (`other_instances`), which meets no figure.

The words are data (``[restated]`` in numcheck/lexicon/checkers.toml).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, NamedTuple

from numcheck.checkers._compare import compiled, cue_set, sentence_of, squash
from numcheck.checkers._heads import lemma
from numcheck.claims import Claim
from numcheck.document import Document

UPDATE = "update"  # the key word of a later reading, the one a headline is held to
_CLOCK = r"\d{1,2}(?:[:.]\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d"


def _alternatives(cues: Mapping[str, Any], name: str) -> str:
    """The words of list ``name``, longest first, as one regex alternation."""
    found = sorted((squash(w) for w in cues.get(name, ())), key=len, reverse=True)
    return "|".join(re.escape(w) for w in found) or "(?!)"


class SnapshotWords(NamedTuple):
    moment: re.Pattern[str]
    # each a word list as one pattern over " sentence ": a word standing apart
    updates: re.Pattern[str]
    earlier: re.Pattern[str]
    stops: frozenset[str]
    others: re.Pattern[str]

    @classmethod
    def of(cls, lex: Mapping[str, Any]) -> SnapshotWords:
        cues: Mapping[str, Any] = lex.get("restated", {})

        moment = re.compile(
            rf"\b(?:{_alternatives(cues, 'snapshot_openers')}) (?:[\w']+ ){{0,2}}?"
            rf"(?P<at>{_alternatives(cues, 'moments')}|{_CLOCK})\b"
        )
        def apart(name: str) -> re.Pattern[str]:
            return re.compile(rf" (?:{_alternatives(cues, name)})(?=[ ,])")

        return cls(moment, apart("updates"), apart("earlier_readings"),
                   cue_set(cues, "snapshot_stops"), apart("other_instances"))


def snapshot(document: Document, claim: Claim, lex: Mapping[str, Any]) -> tuple[str, ...]:
    """The moment, update and part words of a figure, to add to its key: () for a
    figure its sentence says nothing more of."""
    w = compiled(SnapshotWords.of, lex)
    start, end = sentence_of(document, claim)
    said, other = _sentence_says(document.prose, start, end, w)
    parts = tuple(f"of {x}" for x in part_words(claim, w))
    # another instance is its own: it meets no figure of another
    return (*said, *parts, *((f"other#{start}",) if other else ()))


@lru_cache(maxsize=256)
def _sentence_says(
    prose: str, start: int, end: int, w: SnapshotWords
) -> tuple[tuple[str, ...], bool]:
    """The moment and update words of ``prose[start:end]``, and whether it tells another
    instance: read once per sentence (a sentence of thousands of figures asks for each)."""
    sentence = squash(prose[start:end])
    out: list[str] = []
    found = w.moment.search(sentence)
    if found is not None:
        out.append("at " + found.group("at").replace(" ", ""))
    padded = f" {sentence} "
    if w.earlier.search(padded):
        out.append("earlier")
    elif w.updates.search(padded):
        out.append(UPDATE)
    return tuple(out), w.others.search(padded) is not None


class DayWords(NamedTuple):
    """``day_openers`` then one of ``days``, as one pattern over a squashed sentence;
    ``owned``: one of ``days`` as a possessive ("Friday's count", "Sunday's vote"), the day
    that owns the occasion a noun names."""

    named: re.Pattern[str]
    owned: re.Pattern[str]

    @classmethod
    def of(cls, lex: Mapping[str, Any]) -> DayWords:
        cues: Mapping[str, Any] = lex.get("restated", {})
        days = _alternatives(cues, "days")
        return cls(
            re.compile(rf"\b(?:{_alternatives(cues, 'day_openers')}) (?P<day>{days})\b"),
            re.compile(rf"\b(?P<day>{days})'s\b"),
        )


# the days of each sentence of the last document read, per pattern: a sentence is read
# once, not once per figure in it (a sentence of a thousand figures stays linear); the
# document object itself is the key, so a later document never meets an earlier one's days
_READ: dict[str, tuple[object, object, dict[tuple[int, int], frozenset[str]]]] = {}


def _days_in_sentence(
    which: str, pattern: re.Pattern[str], document: Document, claim: Claim
) -> frozenset[str]:
    """The ``day`` groups ``pattern`` finds in a figure's sentence, each sentence read once
    per document (``which`` names the pattern's cache)."""
    read = _READ.get(which)
    if read is None or read[0] is not document or read[1] is not pattern:
        read = _READ[which] = (document, pattern, {})
    bounds = sentence_of(document, claim)
    days = read[2].get(bounds)
    if days is None:
        sentence = squash(document.prose[bounds[0] : bounds[1]])
        days = read[2][bounds] = frozenset(m.group("day") for m in pattern.finditer(sentence))
    return days


def days_of(document: Document, claim: Claim, lex: Mapping[str, Any]) -> frozenset[str]:
    """The days a figure's sentence names ("on Sunday", "by Monday evening"): two figures
    whose sentences name days and share none are readings on two days."""
    return _days_in_sentence("named", compiled(DayWords.of, lex).named, document, claim)


def owned_days(document: Document, claim: Claim, lex: Mapping[str, Any]) -> frozenset[str]:
    """The days a figure's sentence names as possessives ("Friday's count had put her 38
    votes ahead"): the occasion its noun is of, not a day something else was done on ("on
    Sunday, a day after the 168-guest reception" names the visit's day)."""
    return _days_in_sentence("owned", compiled(DayWords.of, lex).owned, document, claim)


def days_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both name a day and no day is in both: two days' readings."""
    return bool(a) and bool(b) and not a & b


def part_words(claim: Claim, w: SnapshotWords) -> list[str]:
    """The words before a figure's noun that its key does not already say: "mounted" of
    "four mounted officers" (not "police" of "police officers": the thing itself)."""
    key = claim.key
    said = set(squash(claim.event or "").split()) | set(key.qualifiers)
    said |= set((key.thing or "").split("_")) | w.stops
    subject = squash(claim.subject or "").split()[:-1]
    return sorted({lemma(x) for x in subject if x.isalpha() and x not in said} - said)


def moments_of(key: tuple[object, ...]) -> tuple[tuple[object, ...], tuple[object, ...]]:
    """A group key without its moment and update, and those."""
    said = tuple(
        x for x in key if isinstance(x, str) and (x.startswith("at ") or x in (UPDATE, "earlier"))
    )
    return tuple(x for x in key if x not in said), said


def when(said: tuple[object, ...]) -> tuple[int, object]:
    """A moment's order: an earlier reading first, a later one ("still") last."""
    return (0 if "earlier" in said else 2 if UPDATE in said else 1), said


def parts_of(key: tuple[object, ...]) -> tuple[tuple[object, ...], frozenset[object]]:
    """A group key without its part words, and those words."""
    words = frozenset(x for x in key if isinstance(x, str) and x.startswith("of "))
    return tuple(x for x in key if x not in words), words


__all__ = [
    "UPDATE", "days_apart", "days_of", "moments_of", "owned_days", "parts_of", "snapshot", "when",
]
