"""The grammar of a measure phrase: where the noun after "N <unit> of" ends.

Reporters on every desk follow an amount's noun with what was done to it or where it
was: "340 kilos of cocaine hidden in a lorry", "410 kilos of the drug behind a false
wall", "3,000 litres of diesel spilt into the river". The thing is the head of the noun
phrase, so the phrase ends at a past participle or a preposition. Regular participles end
in -ed (``subject.noun_phrase`` knows them); ``measures.toml [measure_phrase]`` lists the
irregular ones and the prepositions the general grammar does not, as data.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from numcheck.lexicon import LexiconError
from numcheck.text import norm

_FIELDS = ("participles", "prepositions")


def phrase_ends(data: Mapping[str, Any], things: Mapping[str, Any]) -> frozenset[str]:
    """The words that end a measured noun phrase; a wrong entry raises ``LexiconError``.

    An entry must be one lowercase word, and never a word a ``[things]`` entry starts with: a thing
    that ended its own phrase could never be keyed (a wrong entry would silently unkey
    every figure of that thing, so it is refused loudly instead).
    """
    for name in data:
        if name not in _FIELDS:
            raise LexiconError(f"measure_phrase.{name}", f"unknown field (expected one of {_FIELDS})")
    out: set[str] = set()
    for name in _FIELDS:
        items = data.get(name, ())
        if not isinstance(items, list):
            raise LexiconError(f"measure_phrase.{name}", "expected a list of words")
        for i, item in enumerate(items):
            key = f"measure_phrase.{name}[{i}]"
            if not isinstance(item, str) or not item or item != item.strip().lower() or " " in item:
                raise LexiconError(key, f"expected one lowercase word, got {item!r}")
            if norm(item) in things:
                raise LexiconError(key, f"{item!r} starts a thing in [things]: it cannot end a phrase")
            out.add(norm(item))
    return frozenset(out)
