"""A level compared with another by a multiplier word between them: "sales reached
9,000, double the 4,000 sold last year", "twice last year's 4,000", "nearly double
the 4,000 it sold a year earlier". The figure before the word is the new level, the one
after it the old, and the word the factor (``[levels] comparisons``, with its hedge).
change.py checks the factor against the two levels (NC206) as it does "doubled to 9,000
from 4,000". "N times as many as" is not read so: on an unseen batch it raised two false
alarms for the two it found on a gate (a count of times is written loosely).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from numcheck.checkers._levels import TIMES, LevelCues, Pair, Step, alike, factor_at
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

__all__ = ["find_compared"]

_HEAD_WORDS = 4  # words between the new level and the comparison: "9,000 cars, three"
_TAIL_WORDS = 5  # words between the comparison and the old level: "as many as the"


def find_compared(
    document: Document, sentence: Sequence[Claim], taken: set[int], cues: LevelCues
) -> tuple[list[Pair], list[Step]]:
    """The (old, new) pairs and their factor steps of one sentence's comparisons, among
    figures no other reading took (``taken``: ids)."""
    pairs: list[Pair] = []
    steps: list[Step] = []
    free = [c for c in sentence if id(c) not in taken]
    for i, new in enumerate(free[:-1]):
        old = free[i + 1]
        step = _word(document, new.location.end, old.location.start, new, cues)
        if step is None and i + 2 < len(free) and _close(document, new, old, free[i + 2]):
            mid, old = old, free[i + 2]  # the parser reads "double", "twice" as figures
            step = _word(document, mid.location.start, mid.location.end, new, cues,
                         inside=True)
        if step is None and i + 2 < len(free) and _factor_of(document, new, free[i + 1],
                                                            free[i + 2], cues):
            step, old = free[i + 1], free[i + 2]  # "12,000, a quarter of the 2019 level of"
        if step is not None and alike(new, old) and id(new) not in taken:
            pairs.append((old, new, None))
            steps.append((old, new, step, TIMES))
            taken.update((id(old), id(new), id(step)))
    return pairs, steps


def _word(document: Document, start: int, end: int, new: Claim, cues: LevelCues,
          inside: bool = False) -> Claim | None:
    """The factor a comparison word between ``start`` and ``end`` states, as a claim at
    the word (with its hedge), when the words around it are few, hold no figure and no
    break (``inside``: the span is the parser's own figure for the word, "double")."""
    if cues.comparison is None:
        return None
    m = cues.comparison.search(document.prose, start, end)
    if m is None:
        return None
    if not inside and not (_plain(document.prose[start:m.start()], _HEAD_WORDS, cues)
                           and _plain(document.prose[m.end():end], _TAIL_WORDS, cues)):
        return None
    return factor_at(document, new, m, cues)


def _close(document: Document, new: Claim, step: Claim, old: Claim) -> bool:
    """A figure for the factor between two levels, with few plain words around it."""
    head = document.prose[new.location.end:step.location.start]
    tail = document.prose[step.location.end:old.location.start]
    return len(head.split()) <= _HEAD_WORDS and len(tail.split()) <= _TAIL_WORDS + 1 and not any(
        ch.isdigit() or ch in ";:()" for ch in head + tail)


def _plain(words: str, most: int, cues: LevelCues) -> bool:
    """At most ``most`` words, no digit, no clause mark and no word of another clause."""
    if any(ch.isdigit() or ch in ";:()" for ch in words) or len(words.split()) > most:
        return False
    said = f" {' '.join(words.lower().split())} "
    return not any(f" {w} " in said for w in cues.breaks)


_OWNERS = frozenset({"the", "its", "their", "his", "her", "this", "that"})
_LEVEL_PHRASE = 6  # the new level's own phrase before the factor: "tonnes in the first half,"
_DESCRIBING = 2  # words between the owner and the reference noun: "the pre-war", "its 2019"
_YEAR = lazy_compile(r"(?:19|20)\d\ds?(?:['’]s)?")
_TIMES = lazy_compile(r"\btimes\Z", re.IGNORECASE)


def _factor_of(document: Document, new: Claim, mid: Claim, old: Claim, cues: LevelCues) -> bool:
    """A fraction or a count of times between a level and an old level: "12,000, a quarter
    of the 2019 figure of 40,000", "1,500, half its 2007 peak of 4,200", "9,000, three
    times the 2019 level of 4,000", "four times the 4,000", "twice the 2019 level of".
    A fraction needs the old level named as a level of another time (a reference noun of
    ``[levels] time_references``, or a year or an ``old_modifiers`` word before it): "a tenth
    of the trust's budget of £18m" is a share, the share checkers' reading. A multiple
    needs only its owner ("the 4,000") or a noun and "of" ("the pre-war volume of").
    After a direction word ("down a third on") the figure is the size of a change, not a
    factor."""
    q = mid.quantity
    high = q.hard.high
    fraction = 0 < high < 1
    said_factor = cues.comparison is not None and cues.comparison.search(q.text)
    if q.kind is not Kind.RATIO or not (fraction or said_factor or _TIMES.search(q.text.rstrip())):
        return False
    head = document.prose[new.location.end:mid.location.start]
    said = set(head.lower().replace(",", " ").split())
    if not _plain(head, _LEVEL_PHRASE, cues) or said & (cues.up | cues.down | {"by"}):
        return False
    tail = document.prose[mid.location.end:old.location.start]
    if any(ch in ";:()" for ch in tail):
        return False
    toks = tail.lower().split()
    if fraction and toks[:1] == ["of"]:
        toks = toks[1:]
    if not toks or toks[0] not in _OWNERS:
        return False
    if len(toks) == 1:
        return not fraction  # "three times the 4,000"
    if len(toks) < 3 or toks[-1] != "of" or not (toks[-2] in cues.references or not fraction):
        return False
    middle = toks[1:-1] if toks[-2] not in cues.references else toks[1:-2]
    if len(middle) > _DESCRIBING or not all(_describes(w, cues) for w in middle):
        return False
    timed = toks[-2] in cues.time_references or any(
        _YEAR.fullmatch(w) or w in cues.old_words for w in middle)
    return timed or not fraction


def _describes(word: str, cues: LevelCues) -> bool:
    """A word that only describes a reference noun: a year, or a word of letters (and
    hyphens) that starts no other clause and tells no direction."""
    if _YEAR.fullmatch(word):
        return True
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return letters.isalpha() and word not in cues.breaks and word not in cues.up | cues.down
