"""A partitive opener names the figures of its sentence: "Of the dead, 12 were from
Tarrow", "Of those arrested, 29 are from Dunmere", "Of the injured, 14 are in a serious
condition".

The opener says whom its figures are a part of without a figure of its own (the
extractor's ``_partitive`` reads "Of the 186 guests, 73 ..."): its words are read for a
lexicon event ("dead" -> killed, "arrested" -> detained) and thing, and the figure is a
part of the article's last earlier figure of that event (the extractor links it, so
drift leaves it out as a subset and "12 of the dead were from Tarrow" is never set
against the toll). Without an event, or without an earlier figure of it, nothing is
named. docs/maintainers/claims.md, "A figure named by the phrase it belongs to".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from numcheck.extract.vocab import Vocab, match_phrase
from numcheck.lazyre import lazy_compile

# "Of the dead,", "Of those arrested,", "Of all the injured,": at most three words
_OPENER = lazy_compile(
    r"[\s\"“‘']*of[ \t]+(?:all[ \t]+)?(?:the|those|these)[ \t]+"
    r"((?:[a-z][\w'’-]*[ \t]+){0,2}[a-z][\w'’-]*)[ \t]*,[ \t]*"
    r"(?:(?:about|around|roughly|some|nearly|almost|at[ \t]+least|more[ \t]+than|only|just)"
    r"[ \t]+)?",
    re.IGNORECASE)


class Opener(NamedTuple):
    thing: str | None
    qualifiers: tuple[str, ...]
    event: str


def opener_of(text: str, start: int, at: int, vocab: Vocab) -> Opener | None:
    """The opener of the sentence starting at ``start`` when it ends right before the
    figure at ``at``; None when there is none or it names no event."""
    if at - start > 60:
        return None
    m = _OPENER.fullmatch(text, start, at)
    if m is None:
        return None
    words = m.group(1).lower().split()
    event: str | None = None
    thing: str | None = None
    qualifiers: list[str] = []
    j = 0
    while j < len(words):
        ev = match_phrase(vocab.events, words, j)
        th = vocab.thing_at(words, j)
        ql = match_phrase(vocab.qualifiers, words, j)
        if ev is not None and event is None:
            event = ev[0]
            thing = thing or vocab.event_things.get(words[j]) or vocab.event_nouns.get(words[j])
            j += ev[1]
        elif th is not None:
            thing, j = th[0], j + th[1]
        elif ql is not None:
            qualifiers.append(ql[0])
            j += ql[1]
        else:
            return None  # a word the lexicon does not know: "Of the remaining victims"
    if event is None:
        return None
    return Opener(thing, tuple(qualifiers), event)
