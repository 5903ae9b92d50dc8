"""How an "or" join between two events is read (drift/widened.py): the words of
``[widened]`` in alignment.toml, checked when loaded."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any, NamedTuple

from numcheck.lexicon import Lexicon, LexiconError

__all__ = ["JoinWords"]


class JoinWords(NamedTuple):
    """``[widened]`` of alignment.toml: how an "or" join is read. ``links`` join two
    events ("or", "and/or", "and or"); ``skipped`` words may stand after the link
    ("or are missing", "or even destroyed"); a word of ``not_a_measure`` after it names
    no measure ("or more", "or will be"); ``function`` words are no content of an
    event's forms ("ordered to leave": ordered, leave)."""

    links: tuple[tuple[str, ...], ...] = ()
    skipped: frozenset[str] = frozenset()
    not_a_measure: frozenset[str] = frozenset()
    function: frozenset[str] = frozenset()

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> JoinWords:
        """The table checked: each field a list of lower-case words (a link may be a
        phrase); a wrong entry raises LexiconError naming it."""
        unknown = set(table) - _FIELDS
        if unknown:
            raise LexiconError(f"{_KEY}.{sorted(unknown)[0]}", f"not one of {sorted(_FIELDS)}")
        got = {name: _words(table, name, phrases=name == "links") for name in _FIELDS}
        return cls(links=tuple(tuple(w.split()) for w in got["links"]),
                   skipped=frozenset(got["skipped"]),
                   not_a_measure=frozenset(got["not_a_measure"]),
                   function=frozenset(got["function"]))

    @classmethod
    def default(cls) -> JoinWords:
        return _default()


_KEY = "alignment.widened"
_FIELDS = frozenset({"links", "skipped", "not_a_measure", "function"})
_ENTRY = re.compile(r"[a-z]+(?:[-/][a-z]+)*")


def _words(table: Mapping[str, Any], name: str, *, phrases: bool) -> list[str]:
    values = table.get(name, [])
    if not isinstance(values, list):
        raise LexiconError(f"{_KEY}.{name}", "expected a list of words")
    for value in values:
        parts = str(value).split(" ") if phrases else [str(value)]
        if not isinstance(value, str) or not all(_ENTRY.fullmatch(p) for p in parts):
            raise LexiconError(f"{_KEY}.{name}", f"{value!r} is not lower-case words")
    return [str(v) for v in values]


@cache
def _default() -> JoinWords:
    return JoinWords.from_table(Lexicon.default()["alignment"].get("widened", {}))
