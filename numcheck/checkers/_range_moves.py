"""A high-to-low "from A to B" that tells a move, not a range written backwards (NC208).

The parser reads "from A to B" as two levels of a change when one of its change verbs
stands before it ("fell from 500 to 400"), and as a range otherwise. A writer tells a
move with many more words than that table holds: a verb that says a figure moved without
saying which way ("membership went from 500 to 400", "the forecast was revised from 2.1%
to 1.5%"), a verb of a way that is no change word there ("the season was shortened from
38 weeks to 36", "stocks dwindled from", "fares were capped, from £7 to £5"), a noun of a
move ("a switch from 12 to 10 wards"), or a carrier and its object ("taking the squad
from 30 to 22"). Such a pair runs high to low because the figure fell, not because its
ends were swapped, so NC208 is withdrawn. A range word in the clause ("estimates ranged
from 500 to 300", "anywhere from") keeps it: a range is said to be one there.

The words are data (checkers.toml ``[ranges]``, with ``[change]`` and the parser's
hedges.toml ``[change]`` verbs); the look back is bounded (``_REACH`` characters, the
clause's last ``_WORDS`` words), so a long sentence stays linear.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from numcheck.checkers._compare import sentence_of
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile

__all__ = ["MoveWords", "move_words", "told_move"]

_REACH = 100  # characters read before "from"
_WORDS = 10  # words of the clause read before "from"
_TOKEN = lazy_compile(r"[a-z]+(?:['\u2019][a-z]+)?|[;:()\u2014]")
_STOPS = frozenset({";", ":", "(", ")", "\u2014"})
_FROM = "from"


class MoveWords(NamedTuple):
    """Words before "from" that tell a move (``moves``), that tell one only with their
    object between them and "from" (``carriers``), and that open a range (``ranges``)."""

    moves: frozenset[str] = frozenset()
    carriers: frozenset[str] = frozenset()
    ranges: frozenset[str] = frozenset()


def move_words(checkers: Mapping[str, Any], hedges: Mapping[str, Any]) -> MoveWords:
    """The table from the lexicon sections ``checkers`` and ``hedges``."""
    table = checkers.get("ranges", {})
    change = checkers.get("change", {})
    verbs = hedges.get("change", {})
    moves = {
        *table.get("moves", ()), *change.get("up_words", ()), *change.get("down_words", ()),
        *verbs.get("up", ()), *verbs.get("down", ()),
    }
    return MoveWords(
        frozenset(w.lower() for w in moves if " " not in w),
        frozenset(w.lower() for w in table.get("carriers", ())),
        frozenset(w.lower() for w in table.get("range_words", ())),
    )


def told_move(document: Document, claim: Claim, words: MoveWords) -> bool:
    """Whether the range ``claim`` ("from A to B") is a move's two levels: a word of a
    move among the last words of its clause before "from", and no range word there."""
    text = document.prose
    start = claim.location.start
    if text[start:start + len(_FROM)].lower() != _FROM:
        return False  # a dashed or "between" range: no move is told by its ends
    lo = max(sentence_of(document, claim)[0], start - _REACH)
    tokens = _TOKEN.findall(text[lo:start].lower())
    if lo > sentence_of(document, claim)[0] and tokens:
        tokens = tokens[1:]  # the first word may be cut
    stops = [i for i, t in enumerate(tokens) if t in _STOPS]
    tokens = tokens[stops[-1] + 1:] if stops else tokens
    tokens = tokens[-_WORDS:]
    if any(t in words.ranges for t in tokens):
        return False
    last = len(tokens) - 1
    return any(
        t in words.moves or (t in words.carriers and i < last)
        for i, t in enumerate(tokens)
    )
