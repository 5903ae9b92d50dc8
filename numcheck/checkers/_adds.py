"""Which figures add up: an amount (a count, money spent, tonnes) is the sum of its
parts; a level (a price, a fare, a rate, a turnout, a temperature, an age) is not.

A level told for the whole and then per place, group or period ("Bus fares rose to
£2.40 - £2.10 in the villages and £2.60 in the town", "Turnout was 41% - 38% in Lowton,
44% in Brackley and 43% in Tarn") is no breakdown: its items are the levels of its
groups, and no sum of them meets it or stays under 100%. Whether a figure is a level is
a property of the figure and the noun it sizes, stated once here and asked by the parts
and shares checkers before they sum (numcheck/checkers/parts.py ``_sums``,
numcheck/checkers/shares.py ``_sum_past_whole``).

The evidence is the noun, never the absence of one: a figure is a level when the noun
it sizes is a level noun of its kind (``[adds] levels`` in
numcheck/lexicon/checkers.toml, keyed by kind: a percentage of a turnout, money of
fares, a measure of temperature), told as the subject of its clause ("Turnout was 41%",
"Bus fares rose to £2.40") or right after it ("a 41% turnout"); when a word of
``[sums] intensive`` makes it a level per member ("averaged 28 pupils"); or when it is
a percentage keyed by a thing that is an amount itself (measures.toml ``[amounts]``)
and a level noun of percentages (a turnout, never a revenue), with no "of" after it. A level noun
that is the object of a preposition ("spending on fares") or the modifier of another
noun ("fare revenue") sizes nothing here: the figure is an amount.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._compare import sentence_of
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import LexiconError
from numcheck.quantity import Kind

__all__ = ["AddCues"]

_REACH = 80  # characters of the figure's clause read before it
_BEFORE = 3  # words before a level noun that must hold no preposition
_CLAUSE = lazy_compile(r"[,;:()—–]|\s-\s")
_TAIL = lazy_compile(r"[,;:.()—–]|\s-\s")
_WORD = lazy_compile(r"[a-z]+")
_KINDS = {"percent": Kind.PERCENT, "money": Kind.MONEY, "measure": Kind.MEASURE}


def _single_words(values: Any, name: str) -> frozenset[str]:
    """A lexicon list of single lowercase words; anything else is refused loudly."""
    if not isinstance(values, (list, tuple)) or not all(
        isinstance(v, str) and re.fullmatch(r"[a-z]+", v) for v in values
    ):
        raise LexiconError(name, "expected a list of single lowercase words")
    return frozenset(values)


class AddCues:
    """The ``[adds]`` vocabulary: level nouns by kind, the words that link a subject to
    its figure, and the prepositions that take a noun out of the subject."""

    def __init__(self, lex: Mapping[str, Any], measures: Mapping[str, Any]) -> None:
        adds: Mapping[str, Any] = lex.get("adds", {})
        # "turnout was 58%": a percentage keyed by a thing that is an amount itself is
        # that amount's value (measures.toml ``[amounts]``), no share of a base
        self.amounts = frozenset(measures.get("amounts", {}).get("things", ()))
        levels = adds.get("levels", {})
        if not isinstance(levels, Mapping) or not set(levels) <= set(_KINDS):
            raise LexiconError("adds.levels", f"expected a table keyed by {sorted(_KINDS)}")
        self.levels = {
            _KINDS[k]: _single_words(v, f"adds.levels.{k}") for k, v in levels.items()
        }
        dimensions = adds.get("dimensions", ())
        if not isinstance(dimensions, (list, tuple)) or not all(
            isinstance(d, str) and re.fullmatch(r"\[[a-z_]+\]", d) for d in dimensions
        ):
            raise LexiconError("adds.dimensions", "expected a list of pint dimensions")
        self.dimensions = frozenset(dimensions)
        self.links = _single_words(adds.get("links", ()), "adds.links")
        self.governors = _single_words(adds.get("governors", ()), "adds.governors")
        sums: Mapping[str, Any] = lex.get("sums", {})
        self.intensive = _single_words(sums.get("intensive", ()), "sums.intensive")
        self.labels = _single_words(sums.get("labels", ()), "sums.labels")

    def never_adds(self, claim: Claim) -> bool:
        """Whether ``claim``'s dimension is one whose figures never add ("31C"): a level
        whatever noun it sizes, which no figure is a part of."""
        return claim.key.dimension in self.dimensions

    def level(self, document: Document, claim: Claim, valued: bool = True) -> bool:
        """Whether ``claim`` is a level, not an amount: see the module docstring
        (``valued``: whether a percentage keyed by an amount may be its value)."""
        if self.never_adds(claim):
            return True  # "Temperatures peaked at 31C"
        nouns = self.levels.get(claim.quantity.kind, frozenset())
        start = max(sentence_of(document, claim)[0], claim.location.start - _REACH)
        lead = _CLAUSE.split(document.prose[start : claim.location.start].lower())[-1]
        said = _WORD.findall(lead)
        end = claim.location.end
        tail = _TAIL.split(document.prose[end : end + _REACH].lower(), maxsplit=1)[0]
        after = _WORD.findall(tail)
        if not (self.intensive.isdisjoint(said) and self.intensive.isdisjoint(after)):
            return True  # "averaged 28 pupils", "median pay was £31,000"
        if valued and self._valued(claim):
            return after[:1] != ["of"]  # "turnout was 41%", never "41% of revenue"
        if not nouns:
            return False
        if after[:1] and after[0] in nouns:
            return True  # "a 41% turnout"
        for i in range(len(said) - 1, -1, -1):
            if said[i] in nouns:
                return self._subject(said, i)
        return False

    def _subject(self, said: list[str], i: int) -> bool:
        """Whether the level noun at ``i`` heads the subject the figure is told of: only
        link words between it and the figure ("Turnout was", "fares rose to"), and no
        preposition just before it ("spending on fares")."""
        if not all(w in self.links for w in said[i + 1 :]):
            return False  # "fare revenue rose to", "turnout in Lowton was"
        return not any(w in self.governors for w in said[max(0, i - _BEFORE) : i])

    def one_whole(self, document: Document, group: Sequence[Claim]) -> list[Claim]:
        """The shares of ``group`` that may be shares of one whole: a level is none
        ("Turnout was 41%"), and when every share told after it carries a label of its
        own ("- 38% in Lowton, 44% in Brackley"), those are the levels of its groups."""
        # "60% of revenue came from Europe, 30% from Asia": one "of" makes the amount
        # the base of every share of the group keyed by it
        valued = not any(self._valued(c) and self._of(document, c) for c in group)
        levels = [c for c in group if self.level(document, c, valued)]
        if not levels:
            return list(group)
        first, dropped = levels[0].location.start, {id(c) for c in levels}
        rest = [c for c in group if id(c) not in dropped]
        later = [c for c in rest if c.location.start > first]
        if later and all(self._labelled(document, c) for c in later):
            return [c for c in rest if c.location.start < first]
        return rest

    def _labelled(self, document: Document, claim: Claim) -> bool:
        """A figure set in a place or group by the phrase right after it ("38% in
        Lowton", "5.1% for two-year fixes"): ``[sums] labels`` and a word."""
        after = _WORD.findall(document.prose[claim.location.end : claim.location.end + 30].lower())
        return claim.place is not None or (len(after) > 1 and after[0] in self.labels)

    def _valued(self, claim: Claim) -> bool:
        """A percentage keyed by a thing that is an amount itself and a level noun of
        percentages ("turnout"; never "revenue", whose percentages are its shares)."""
        thing = claim.key.thing
        return (
            claim.quantity.kind is Kind.PERCENT
            and thing in self.amounts
            and thing in self.levels.get(Kind.PERCENT, ())
        )

    @staticmethod
    def _of(document: Document, claim: Claim) -> bool:
        """A figure "of" something: "60% of revenue"."""
        after = _WORD.findall(document.prose[claim.location.end : claim.location.end + 12].lower())
        return after[:1] == ["of"]
