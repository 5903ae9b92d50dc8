"""The first level's clause before a comparison set off by a comma ("4,212 people were
sleeping rough in March, up 25% from 3,300"): how much of it may stand between the level
and the step (moved here from _levels.py, which is near its size limit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from numcheck.checkers._level_forms import frame_words

if TYPE_CHECKING:
    from numcheck.checkers._levels import LevelCues

_CLAUSE_WORDS = 12  # words of the first level's clause before a comparison set off
_ARTICLES = frozenset({"a", "an"})


def one_clause(gap: str, cues: LevelCues) -> bool:
    """No clause break between two levels ("from 23% in February, while ... fell to 15%")."""
    text = f" {gap} "
    return ";" not in gap and not any(f" {w} " in text for w in cues.breaks)


def clause_set_off(g1: str, cues: LevelCues) -> bool:
    """ "4,212 people were sleeping rough in March, up 25% from": the first level's clause
    goes on (its predicate, a place, a time), then a comma sets the comparison off, with
    its direction word or article at most. No figure and no other clause between."""
    head, comma, tail = g1.rpartition(",")
    toks = frame_words(tail.split(), cues.up | cues.down)
    if not comma or len(toks) > 1 or (toks and toks[0] not in cues.up | cues.down | _ARTICLES):
        return False
    words_in = head.split()
    return (
        0 < len(words_in) <= _CLAUSE_WORDS
        and not any(ch.isdigit() for ch in head)
        and one_clause(head, cues)
        and not any(m in head for m in ",()—–:")
    )
