"""A figure told as an expectation or as a level still to come, against one told as fact.

Two sources that give one measure of one holder two values contradict each other only
when both tell what is or was. A figure its own clause tells as someone's expectation
("Analysts had expected a profit of £52m", "the government has promised to build
300,000 homes a year", "the union is demanding a rise of 9%") or as the new level of a
move still to come ("the fare will rise to £3.50 in January") is another fact than a
figure told as the outcome or the level now ("made a profit of £47m", "completed
212,000 homes last year", "a single fare costs £3.20"): a forecast and its outcome, a
target and what was done, a level to come and the level now. The evidence is the
grammar of the clause before the figure, read as data (alignment.toml ``[expected]``):

- ``EXPECTED``: a word of ``expecting`` stands among the figure's own words before it:
  after any other figure, comma, ";" or ":" (the words of another figure or another
  clause are not its own: "ahead of forecasts, and said it would cut 1,200 jobs");
- ``TO_COME``: a word of ``future`` stands there, and they end in a move of ``moves``
  right before the figure ("will rise to", "is set to reach");
- ``ABLE``: a word of ``able`` stands there ("the ferry can carry up to 2,000
  passengers"): a capacity, not what was carried;
- ``FUTURE``: a word of ``future`` stands there without a move to the figure ("Norbank
  will cut 650 jobs"), or a word of either list stands earlier in its clause ("would
  rise from £1.60 to £2": the clause's future is the figure's too): compared as it is;
- ``""``: none of these in its clause, a figure told as what is or was.

``apart`` withdraws a verdict only between an ``EXPECTED``, ``TO_COME`` or ``ABLE``
figure and a ``""`` one: two forecasts, two targets, two plans or a plan and a forecast are still
compared, and so is any pair a future word could make one fact of. A holder's own plan
("plans to cut", "will cut", "aims to cut") is no expectation; an estimate ("estimated") is a hedged
count of what happened, no expectation either.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any, NamedTuple

from numcheck.claims import Claim
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import Lexicon, LexiconError

__all__ = ["ABLE", "EXPECTED", "FUTURE", "TO_COME", "ExpectedWords", "apart", "told_as"]

EXPECTED = "expected"  # "analysts had expected £52m", "has promised to build 300,000"
TO_COME = "to come"  # "will rise to £3.50": the new level of a move still to come
ABLE = "able"  # "the ferry can carry up to 2,000": a capacity, not what it carried
FUTURE = "future"  # "will cut 650 jobs": a plan's figure, neither fact nor expectation
_TOLD_AS_FACT = ""

_REACH = 160  # characters read before a figure: linear in a long sentence
_TAG = lazy_compile(r"<[^>]*>")
_TOKEN = lazy_compile(r"[a-z]+(?:'[a-z]+)?")
_CLAUSE = lazy_compile(r"[;:\u2014]")  # the figure's clause starts after these
_OWN = lazy_compile(r"[,;:\u2014]|\d")  # its own words: after another figure or a comma
_ENDS = 2  # words between a move and its figure ("rise to about", "reach a record")


class ExpectedWords(NamedTuple):
    """alignment.toml ``[expected]``: words of an expectation, of the future, of a move."""

    expecting: frozenset[str] = frozenset()
    future: tuple[tuple[str, ...], ...] = ()
    able: tuple[tuple[str, ...], ...] = ()
    moves: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon | None = None) -> ExpectedWords:
        return _words(lexicon or Lexicon.default())


@cache
def _words(lexicon: Lexicon) -> ExpectedWords:
    table: Mapping[str, Any] = lexicon["alignment"].get("expected", {})

    def phrases(name: str) -> tuple[tuple[str, ...], ...]:
        out = tuple(tuple(str(p).lower().split()) for p in table.get(name, ()))
        if any(not p or not all(w.isalpha() for w in p) for p in out):
            raise LexiconError(f"alignment.expected.{name}", "words only")
        return out

    expecting = phrases("expecting")
    if any(len(p) != 1 for p in expecting):
        raise LexiconError("alignment.expected.expecting", "one word each")
    return ExpectedWords(expecting=frozenset(p[0] for p in expecting),
                         future=phrases("future"), able=phrases("able"),
                         moves=phrases("moves"))


def told_as(claim: Claim, text: str | None, words: ExpectedWords) -> str:
    """How ``claim``'s own clause tells it: ``EXPECTED``, ``TO_COME``, ``FUTURE`` or
    ``""`` (module docstring); ``text``: its document's text."""
    start, end = claim.sentence
    if text is None or end <= start:
        return _TOLD_AS_FACT
    before = text[max(start, claim.location.start - _REACH):claim.location.start]
    before = _TAG.sub(" ", before).lower().replace("\u2019", "'")
    clause = _TOKEN.findall(_after_last(_CLAUSE, before))
    own = _TOKEN.findall(_after_last(_OWN, before))
    if words.expecting.intersection(own):
        return EXPECTED
    if any(_holds(own, phrase) for phrase in words.able):
        return ABLE
    future = any(_holds(own, phrase) for phrase in words.future)
    tail = own[-(max((len(m) for m in words.moves), default=0) + _ENDS):]
    if future and any(_holds(tail, move) for move in words.moves):
        return TO_COME
    if future or words.expecting.intersection(clause) or any(
            _holds(clause, phrase) for phrase in words.future):
        return FUTURE  # "would rise from £1.60 to £2": the clause's future is the figure's
    return _TOLD_AS_FACT


def _after_last(cut: re.Pattern[str], text: str) -> str:
    cuts = list(cut.finditer(text))
    return text[cuts[-1].end():] if cuts else text


def apart(a: str, b: str) -> bool:
    """Whether two figures told as ``a`` and ``b`` (``told_as``) are two facts: one an
    expectation, a level to come or a capacity, the other told as what is or was."""
    return _TOLD_AS_FACT in (a, b) and bool({a, b} & {EXPECTED, TO_COME, ABLE})


def _holds(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(tokens[i:i + n]) == phrase for i in range(len(tokens) - n + 1))
