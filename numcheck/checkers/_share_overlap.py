"""Shares of one group that each answer their own question (NC205 withdrawal).

"80% of pupils passed maths and 75% passed English": the shares are of one group, yet
they do not split it; each tells who did one thing, and a pupil may have done both. What
says so is the grammar of the list: every later share is told with the same verb as the
one before it and another object ("said they used buses" / "said they used trains"). A
partition of one whole elides the verb ("60% of its sales came from Europe, 35% from
Asia"), changes it ("55% backed the plan, 30% opposed it"), links categories by a copula
("60% were men and 40% were women"), or repeats a verb over the answers to one question
("52% said yes and 48% said no"): those still add to at most 100%, and NC205 stays. A
sentence that says outright that an answer may be given more than once ("respondents
could choose more than one") withdraws it too.

The words are data (checkers.toml ``[share_overlap]``); each share reads a bounded
stretch of words, so a long sentence stays linear.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any, NamedTuple

from numcheck.checkers._compare import sentence_of
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile

__all__ = ["OverlapWords", "answers_apart", "overlap_words"]

_BETWEEN = 14  # words of the earlier share's clause read for its verb
_AFTER = 8  # words after a later share read for its verb and object
_VERB_AT = 3  # a later share's verb stands within its first words ("58% have since had")
_TOKEN = lazy_compile(r"[a-z]+(?:['\u2019][a-z]+)?|[,;:()\d%\u2014]")
_STOPS = frozenset({",", ";", ":", "(", ")", "\u2014", "%"})
_JOINS = frozenset({"and", "or", "but", "while", "whereas"})


class OverlapWords(NamedTuple):
    """``[share_overlap]``: words that are no verb, objects of one question's answers,
    and phrases that say an answer may be given more than once."""

    function_words: frozenset[str] = frozenset()
    answers: frozenset[str] = frozenset()
    cues: tuple[str, ...] = ()


def overlap_words(checkers: Mapping[str, Any]) -> OverlapWords:
    table = checkers.get("share_overlap", {})
    return OverlapWords(
        frozenset(w.lower() for w in table.get("function_words", ())),
        frozenset(w.lower() for w in table.get("answers", ())),
        tuple(w.lower() for w in table.get("cues", ())),
    )


def _words(document: Document, lo: int, hi: int) -> list[str]:
    return _TOKEN.findall(document.prose[lo:hi].lower())


def _clause(tokens: list[str]) -> list[str]:
    """Words up to the first stop or figure."""
    out: list[str] = []
    for t in tokens:
        if t in _STOPS or t[0].isdigit():
            break
        out.append(t)
    return out


def _separate(document: Document, a: Claim, b: Claim, w: OverlapWords) -> bool:
    """``b`` is told bare and right after it a verb of ``a``'s clause, with another
    object, neither an answer ("75% passed English" after "80% passed maths")."""
    before = [t for t in _words(document, a.location.end, b.location.start)[-_BETWEEN:]
              if t not in _STOPS]
    end = sentence_of(document, b)[1]
    after = _clause(_words(document, b.location.end, min(end, b.location.end + 80))[:_AFTER])
    if not after or after[0] == "of":
        return False  # "29% of seats stayed empty": a share that names its whole again
    at_verb = next((i for i, t in enumerate(after[:_VERB_AT]) if t not in w.function_words), -1)
    verb = after[at_verb] if at_verb >= 0 else ""
    if not verb or verb not in before:
        return False
    mine = after[at_verb + 1:]
    at = len(before) - 1 - before[::-1].index(verb)
    theirs = [t for t in before[at + 1:] if t not in _JOINS]
    if not mine or not theirs or mine == theirs:
        return False
    return not (set(mine) | set(theirs)) & w.answers


def answers_apart(document: Document, group: Sequence[Claim], w: OverlapWords) -> bool:
    """Whether the shares of ``group`` each answer their own question: every later share
    repeats the verb of the one before with another object, or the sentence says an
    answer may be given more than once."""
    if len(group) < 2:
        return False
    lo, hi = sentence_of(document, group[0])
    if hi - lo < 2000 and w.cues:
        text = " ".join(_words(document, lo, hi))
        if any(cue in text for cue in w.cues):
            return True
    ordered = sorted(group, key=lambda c: c.location.start)
    return all(_separate(document, a, b, w) for a, b in pairwise(ordered))
