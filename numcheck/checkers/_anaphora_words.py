"""The grammar words ``_anaphora`` reads a definite figure's modifiers by: which word
after the noun opens a reduced relative clause (a participle, regular or irregular),
and which modifiers before the noun are content a part is named by.

A modifier narrows the set ("the 150 workers on the night shift") unless it was said of
the earlier figure; so a modifier the reader cannot see (an irregular participle, a
hyphenated adjective) would turn a part into a restatement of its whole: "the 2,047
people taken to schools" and "the 3,140 full-time nurses" are parts of "2,470 people"
and "4,130 nurses" unless those words were said of them too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from numcheck.checkers._compare import stem
from numcheck.checkers._heads import HeadWords
from numcheck.lexicon import LexiconError


def participles(cues: Mapping[str, Any]) -> frozenset[str]:
    """``[restated] participles``: one lowercase word each, none in -ed (those are read
    by rule); a wrong entry is refused."""
    table = cues.get("participles", [])
    if not isinstance(table, list):
        raise LexiconError("restated.participles", "expected a list of words")
    for i, word in enumerate(table):
        if not (isinstance(word, str) and word.isalpha() and word.islower()) or word.endswith(
            "ed"
        ):
            raise LexiconError(f"restated.participles[{i}]",
                               f"expected one lowercase word not in -ed, got {word!r}")
    return frozenset(table)


def participle(word: str, irregular: frozenset[str]) -> bool:
    """A past participle: regular (in -ed) or one of the irregular ones (data)."""
    return (len(word) > 4 and word.endswith("ed")) or word in irregular


def content(modifiers: list[str], heads: HeadWords) -> tuple[str, ...]:
    """The content stems of modifiers before a noun, a hyphenated one whole ("the 3,140
    full-time nurses" name a part of "4,130 nurses" unless "full-time" was said of them):
    a compound adjective is a content word, never nothing said."""
    whole = tuple(stem(m) for m in modifiers if "-" in m and m.replace("-", "").isalpha())
    return heads.content(modifiers) + whole


__all__ = ["content", "participle", "participles"]
