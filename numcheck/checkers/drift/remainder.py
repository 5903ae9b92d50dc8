"""What remains of a state told beside its onset: one day's two figures of one measure.

A count that can fall (people without power, in hospital, missing, in shelters:
measures.toml ``[cumulative]`` false) is told two ways on one day: its onset, everyone
the state reached ("a fire cut power to 150,000 homes", "about 150,000 homes lost
power"), and what still holds of it ("about 20,000 homes were still without power",
"restored to all but 20,000"). The remainder is a part of the onset, not a rival level
of the same day: the judge (verdicts.py) compares such a pair only when the remainder
is the larger (a part above its whole). The words are data (measures.toml
``[standing] remainders``); they are read in the figure's own clause, a few words each
side, so a long sentence stays linear.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from numcheck.claims import Claim
from numcheck.lexicon import Lexicon
from numcheck.text import norm

__all__ = ["RemainderWords", "remains"]

_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"[a-z]+|[,;:.()!?]")
_CLAUSE = frozenset(",;:.()!?")
_BEFORE, _AFTER = 3, 8  # words read before and after the figure, in its clause
_REACH = 80  # characters read each side of the figure


class RemainderWords(NamedTuple):
    """measures.toml ``[standing] remainders``: words and phrases of what still holds."""

    single: frozenset[str] = frozenset()  # "still", "remain"
    phrases: tuple[tuple[str, ...], ...] = ()  # "all but", "yet to"

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon | None = None) -> RemainderWords:
        return _words(lexicon or Lexicon.default())


@cache
def _words(lexicon: Lexicon) -> RemainderWords:
    table: Any = lexicon["measures"].get("standing", {})
    found = [norm(str(w)) for w in table.get("remainders", ())]
    return RemainderWords(frozenset(w for w in found if " " not in w),
                          tuple(tuple(w.split()) for w in found if " " in w))


def remains(claim: Claim, text: str | None, words: RemainderWords) -> bool:
    """Whether ``claim`` is told as what still holds of its state: a word of
    ``remainders`` in its own clause, up to a few words before the figure ("all but
    20,000") or after it ("20,000 homes were still without power")."""
    if text is None or claim.is_change or not (words.single or words.phrases):
        return False
    start, end = claim.location.start, claim.location.end
    before = _clause(_WORD.findall(_TAG.sub(" ", text[max(0, start - _REACH):start]).lower())[::-1])
    after = _clause(_WORD.findall(_TAG.sub(" ", text[end:end + _REACH]).lower()))
    near = before[:_BEFORE][::-1] + after[:_AFTER]
    if any(t in words.single for t in near):
        return True
    return any(tuple(near[i:i + len(p)]) == p for p in words.phrases
               for i in range(len(near) - len(p) + 1))


def _clause(tokens: list[str]) -> list[str]:
    """The words up to the first mark."""
    out: list[str] = []
    for t in tokens:
        if t in _CLAUSE:
            break
        out.append(t)
    return out
