"""A level compared with another by a multiplier word between them: "sales reached
9,000, double the 4,000 sold last year", "twice last year's 4,000", "nearly double
the 4,000 it sold a year earlier". The figure before the word is the new level, the one
after it the old, and the word the factor (``[levels] comparisons``, with its hedge).
change.py checks the factor against the two levels (NC206) as it does "doubled to 9,000
from 4,000". "N times as many as" is not read so: on an unseen batch it raised two false
alarms for the two it found on a gate (a count of times is written loosely).
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.checkers._levels import TIMES, LevelCues, Pair, Step, alike, factor_at
from numcheck.claims import Claim
from numcheck.document import Document

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
