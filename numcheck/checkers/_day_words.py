"""The words of a sentence that the day checks read, read once per sentence.

A day count asks of its sentence whether it tells the present, the past or days to
come, and which weekday it names. A sentence holding many counts (a list flattened to
one line, a wire digest, hostile input) would be read once per count, in time of the
square of its length (and the cube, with a start's weekdays blanked for each): here
each sentence is read once and the answers are kept.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from numcheck.checkers._compare import squash
from numcheck.document import Document

__all__ = ["Day", "SentenceWords", "Span"]

Span = tuple[int, int]
Day = tuple[int, int, int]  # where a weekday is written (start, end) and its index
_STRIP = ",.;:?!\"'()"
_FAR = 1 << 62


class SentenceWords:
    """The words and weekdays of one document's sentences, each read on first use.

    ``skip``: where the article's starts are written; a start's weekday ("which began on
    Monday") is not the day a sentence tells, so ``spoken`` and ``weekday`` leave it out.
    """

    def __init__(self, document: Document, names: Sequence[str], skip: Sequence[Span]) -> None:
        self._prose = document.prose
        self._names = tuple(names)
        self._skip = sorted(skip)
        self._ends = _running_max(self._skip)
        self._pattern = (
            re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b", re.IGNORECASE)
            if names else None
        )
        self._words: dict[Span, tuple[str, ...]] = {}
        self._sets: dict[Span, frozenset[str]] = {}
        self._spoken: dict[Span, frozenset[str]] = {}
        self._days: dict[Span, list[Day]] = {}
        self._told_days: dict[Span, list[Day]] = {}
        self._memo: dict[tuple[str, Span], bool] = {}

    def words(self, span: Span) -> tuple[str, ...]:
        """The sentence's words in order, lower-cased, stripped of punctuation."""
        found = self._words.get(span)
        if found is None:
            text = squash(self._prose[span[0] : span[1]])
            found = self._words[span] = tuple(t.strip(_STRIP) for t in text.split())
        return found

    def told(self, span: Span) -> frozenset[str]:
        """The sentence's words as a set."""
        found = self._sets.get(span)
        if found is None:
            found = self._sets[span] = frozenset(self.words(span))
        return found

    def spoken(self, span: Span) -> frozenset[str]:
        """The sentence's words outside the starts written in it."""
        found = self._spoken.get(span)
        if found is None:
            lo, hi = span
            pieces, at = [], lo
            for a, b in self._within(lo, hi):
                pieces.append(self._prose[at : max(at, a)])
                at = max(at, b)
            pieces.append(self._prose[at:hi] if at < hi else "")
            text = squash(" ".join(pieces))
            found = self._spoken[span] = frozenset(t.strip(_STRIP) for t in text.split())
        return found

    def once(self, name: str, span: Span, answer: Callable[[], bool]) -> bool:
        """``answer()`` for the sentence, asked once whatever the number of its counts."""
        key = (name, span)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = answer()
        return found

    def days(self, span: Span) -> list[Day]:
        """Every weekday written in the sentence, starts' too, in order."""
        found = self._days.get(span)
        if found is None:
            found = self._days[span] = (
                [] if self._pattern is None else [
                    (m.start(), m.end(), self._names.index(m.group(1).lower()))
                    for m in self._pattern.finditer(self._prose, span[0], span[1])
                ]
            )
        return found

    def weekday(self, span: Span, at: int, extra: Span | None = None) -> int | None:
        """The weekday nearest offset ``at`` in the sentence (by where each starts; a tie
        goes to the name first in the alphabet), outside the starts and ``extra``: its
        index in ``names``, or None."""
        told = self._told_days.get(span)
        if told is None:
            told = self._told_days[span] = [d for d in self.days(span) if not self._in_skip(d[0])]
        i = bisect_left(told, (at, -1, -1))
        best: tuple[int, str, int] | None = None
        for j in (*range(i - 1, max(-1, i - 4), -1), *range(i, min(len(told), i + 3))):
            start, _, index = told[j]
            if extra is not None and extra[0] <= start < extra[1]:
                continue
            candidate = (abs(start - at), self._names[index], index)
            if best is None or candidate < best:
                best = candidate
        return None if best is None else best[2]

    def _in_skip(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a start's span."""
        i = bisect_right(self._skip, (offset, _FAR)) - 1
        return i >= 0 and self._ends[i] > offset

    def _within(self, lo: int, hi: int) -> list[Span]:
        """The start spans that meet ``[lo, hi)``, in order."""
        i = bisect_left(self._ends, lo + 1)
        out: list[Span] = []
        while i < len(self._skip) and self._skip[i][0] < hi:
            if self._skip[i][1] > lo:
                out.append(self._skip[i])
            i += 1
        return out


def _running_max(spans: Sequence[Span]) -> list[int]:
    """For each span (sorted by start), the furthest end of it and those before it."""
    out: list[int] = []
    furthest = -1
    for _, end in spans:
        furthest = max(furthest, end)
        out.append(furthest)
    return out
