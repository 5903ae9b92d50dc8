"""A move told "from A to B": its ends are two levels, and its way is its own verb's.

NC208. The parser reads "from A to B" as two levels of a change when one of its change
verbs stands before it ("fell from 500 to 400"), and as a range otherwise. A writer tells
a move with many more words than that: a verb that says a figure moved without saying
which way ("membership went from 500 to 400", "the forecast was revised from 2.1% to
1.5%"), a verb of a way that is no change word there ("the season was shortened from 38
weeks to 36", "fares were capped, from £7 to £5"), a noun of a move ("a switch from 12 to
10 wards"), or a carrier and its object ("taking the squad from 30 to 22"). Such a pair
runs high to low because the figure fell, not because its ends were swapped: NC208 is
withdrawn (``told_move``). A range word in the clause ("estimates ranged from 500 to
300", "anywhere from") keeps it.

NC206. A change's way is read from any up or down word before its levels; the levels'
own verb is the nearest word of a move before them. When that word tells no way (a
neutral move or a carrier), an up or down word further back is another figure's
("interest rates fell, pushing sales from 500 to 600", "profits fell as costs went from
£5m to £6m"), and the pair is no move the wrong way (``told_no_way``).

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

__all__ = ["MoveWords", "move_words", "told_move", "told_no_way"]

_REACH = 100  # characters read before "from"
_WORDS = 10  # words of the clause read before "from"
_TOKEN = lazy_compile(r"[a-z]+(?:['\u2019][a-z]+)?|[;:()\u2014]")
_STOPS = frozenset({";", ":", "(", ")", "\u2014"})
_FROM = "from"


class MoveWords(NamedTuple):
    """Words before "from" that tell a move and no way (``neutral``), a move with a way
    (``ways``, the change verbs included), a move only with their object between them and
    "from" (``carriers``), and that open a range (``ranges``)."""

    neutral: frozenset[str] = frozenset()
    ways: frozenset[str] = frozenset()
    carriers: frozenset[str] = frozenset()
    ranges: frozenset[str] = frozenset()


def move_words(checkers: Mapping[str, Any], hedges: Mapping[str, Any]) -> MoveWords:
    """The table from the lexicon sections ``checkers`` and ``hedges``."""
    table = checkers.get("ranges", {})
    change = checkers.get("change", {})
    verbs = hedges.get("change", {})
    ways = {
        *table.get("ways", ()), *change.get("up_words", ()), *change.get("down_words", ()),
        *verbs.get("up", ()), *verbs.get("down", ()),
    }

    def lower(values: Any) -> frozenset[str]:
        return frozenset(w.lower() for w in values if " " not in w)

    return MoveWords(lower(table.get("neutral", ())), lower(ways),
                     lower(table.get("carriers", ())), lower(table.get("range_words", ())))


def _clause(document: Document, claim: Claim, at: int) -> list[str]:
    """The last words of ``claim``'s clause before offset ``at`` (a trailing "from"
    dropped): back to a stop (";", ":", a bracket, a dash), at most ``_WORDS``."""
    text = document.prose
    first = sentence_of(document, claim)[0]
    lo = max(first, at - _REACH)
    tokens = _TOKEN.findall(text[lo:at].lower())
    if lo > first and tokens:
        tokens = tokens[1:]  # the first word may be cut
    stops = [i for i, t in enumerate(tokens) if t in _STOPS]
    tokens = tokens[stops[-1] + 1:] if stops else tokens
    if tokens and tokens[-1] == _FROM:
        tokens = tokens[:-1]
    return tokens[-_WORDS:]


def _mover(tokens: list[str], words: MoveWords) -> str:
    """The nearest word of a move before the pair: "neutral", "way" or ""."""
    last = len(tokens) - 1
    for i in range(last, -1, -1):
        t = tokens[i]
        if t in words.ways:
            return "way"
        if t in words.neutral or (t in words.carriers and i < last):
            return "neutral"
    return ""


def told_move(document: Document, claim: Claim, words: MoveWords) -> bool:
    """Whether the range ``claim`` ("from A to B") is a move's two levels: a word of a
    move among the last words of its clause before "from", and no range word there."""
    start = claim.location.start
    if document.prose[start:start + len(_FROM)].lower() != _FROM:
        return False  # a dashed or "between" range: no move is told by its ends
    tokens = _clause(document, claim, start)
    if any(t in words.ranges for t in tokens):
        return False
    return _mover(tokens, words) != ""


def told_no_way(document: Document, old: Claim, new: Claim, words: MoveWords) -> bool:
    """Whether the nearest word of a move before two levels tells no way: an up or down
    word further back is another figure's."""
    first = old if old.location.start <= new.location.start else new
    return _mover(_clause(document, first, first.location.start), words) == "neutral"
