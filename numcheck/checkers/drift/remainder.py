"""What remains of a state told beside its onset: one day's two figures of one measure.

A count that can fall (people without power, in hospital, missing, in shelters:
measures.toml ``[cumulative]`` false) is told two ways on one day: its onset, everyone
the state reached ("a fire cut power to 150,000 homes", "about 150,000 homes lost
power"), and what still holds of it ("about 20,000 homes were still without power",
"restored to all but 20,000"). The remainder is a part of the onset, not a rival level
of the same day: the judge (verdicts.py) compares such a pair only when the remainder
is the larger (a part above its whole). The onset must be told as one, by a word of
entering the state ("lost", "left", "reported", "taken to hospital"): "29 people were
missing" or "the number missing fell to 29" is a level of the day like the remainder,
and the two still contradict. The words are data (measures.toml ``[standing]
remainders`` and ``onsets``); they are read in the figure's own clause, a few words
each side, so a long sentence stays linear.
"""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple

from numcheck.claims import Claim
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import Lexicon
from numcheck.text import norm

__all__ = ["ONSET", "REST", "RemainderWords", "told"]

REST = "rest"  # what still holds of the state: "20,000 still without power"
ONSET = "onset"  # the state's reach, told as entered: "150,000 lost power"

_TAG = lazy_compile(r"<[^>]*>")
_WORD = lazy_compile(r"[a-z]+|[,;:.()!?]")
_CLAUSE = frozenset(",;:.()!?")
_BEFORE, _AFTER = 3, 8  # words read before and after the figure, in its clause
_REACH = 80  # characters read each side of the figure


class RemainderWords(NamedTuple):
    """measures.toml ``[standing] remainders`` and ``onsets``: words and phrases of what
    still holds, and of entering the state."""

    single: frozenset[str] = frozenset()  # "still", "remain"
    phrases: tuple[tuple[str, ...], ...] = ()  # "all but", "yet to"
    onsets: frozenset[str] = frozenset()  # "lost", "reported"
    onset_phrases: tuple[tuple[str, ...], ...] = ()  # "at the height of"

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon | None = None) -> RemainderWords:
        return _words(lexicon or Lexicon.default())


@cache
def _words(lexicon: Lexicon) -> RemainderWords:
    table: Any = lexicon["measures"].get("standing", {})
    found = [norm(str(w)) for w in table.get("remainders", ())]
    onsets = [norm(str(w)) for w in table.get("onsets", ())]
    return RemainderWords(frozenset(w for w in found if " " not in w),
                          tuple(tuple(w.split()) for w in found if " " in w),
                          frozenset(w for w in onsets if " " not in w),
                          tuple(tuple(w.split()) for w in onsets if " " in w))


def told(claim: Claim, text: str | None, words: RemainderWords) -> str:
    """How ``claim`` tells its state, from the words of its own clause up to a few
    before the figure ("all but 20,000") and after it ("were still without power"):
    ``REST`` (a word of ``remainders``), ``ONSET`` (a word of ``onsets`` and none of
    them) or ""."""
    if text is None or claim.is_change or not (words.single or words.phrases):
        return ""
    start, end = claim.location.start, claim.location.end
    before = _clause(_WORD.findall(_TAG.sub(" ", text[max(0, start - _REACH):start]).lower())[::-1])
    after = _clause(_WORD.findall(_TAG.sub(" ", text[end:end + _REACH]).lower()))
    near = before[:_BEFORE][::-1] + after[:_AFTER]
    if _holds(near, words.single, words.phrases):
        return REST
    return ONSET if _holds(near, words.onsets, words.onset_phrases) else ""


def _holds(near: list[str], single: frozenset[str],
           phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(t in single for t in near) or any(
        tuple(near[i:i + len(p)]) == p for p in phrases for i in range(len(near) - len(p) + 1))


def _clause(tokens: list[str]) -> list[str]:
    """The words up to the first mark."""
    out: list[str] = []
    for t in tokens:
        if t in _CLAUSE:
            break
        out.append(t)
    return out
