"""Figures of one batch or of each member: parts of a whole, never the whole restated.

"The men were the first of 600 prisoners to be freed under the deal. The first 120
prisoners, 60 from each side, crossed on Tuesday": 120 is the first batch of the 600 and
60 the share of each side, not two other tellings of 600. The words are data
(``[batches]`` of checkers.toml, which drift reads too: ``ordinals``, ``nouns``,
``each_after``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from numcheck.checkers._compare import before, compiled, cue_set, squash
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lexicon import LexiconError
from numcheck.quantity import Kind

_AFTER = 40  # characters after a figure read for "from each" (its noun between)
_NOUN_WORDS = 2  # words of a figure's noun between it and "each"


class BatchCues(NamedTuple):
    ordinals: frozenset[str]
    nouns: frozenset[str]
    each: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, table: Mapping[str, Any]) -> BatchCues:
        """The cues of ``[batches]``; an entry of more than one word where one word is
        read (an ordinal, a batch noun) is refused loudly: it could never match."""
        for name in ("ordinals", "nouns"):
            for i, word in enumerate(table.get(name, ())):
                if not isinstance(word, str) or len(word.split()) != 1:
                    raise LexiconError(f"batches.{name}[{i}]", f"expected one word, got {word!r}")
        each = tuple(sorted({tuple(squash(p).split()) for p in table.get("each_after", ())}))
        return cls(cue_set(table, "ordinals"), cue_set(table, "nouns"), each)


def _batched(words: list[str], cues: BatchCues) -> bool:
    """ "the first 120", "a second group of 80", "a first batch of": an ordinal right
    before the figure, or before a batch noun and "of" right before it."""
    if words[-1:] and words[-1] in cues.ordinals:
        return True
    return len(words) >= 3 and words[-1] == "of" and words[-2] in cues.nouns and (
        words[-3] in cues.ordinals
    )


def _each(document: Document, claim: Claim, cues: BatchCues) -> bool:
    """ "60 from each side", "two planes each": a figure for each member of a set."""
    raw = document.prose[claim.location.end : claim.location.end + _AFTER]
    words = squash(re.split(r"[,.;:()\u2014\u2013]", raw, maxsplit=1)[0]).split()
    for skip in range(min(_NOUN_WORDS, len(words)) + 1):
        rest = tuple(words[skip:])
        if any(rest[: len(p)] == p for p in cues.each):
            return True
    return False


def batch_part(document: Document, claim: Claim, table: Mapping[str, Any]) -> str | None:
    """Which batch a count is ("batch first", "batch second") or "each" for a share of
    each member, or None."""
    if claim.quantity.kind is not Kind.COUNT:
        return None  # "the first 24 hours": a window, not a batch
    cues = compiled(BatchCues.of, table)
    if not cues.ordinals and not cues.each:
        return None
    words = [w.strip(",") for w in before(document, claim, 40).split()]
    if _batched(words, cues):
        return "batch " + next(w for w in reversed(words) if w in cues.ordinals)
    return "each" if _each(document, claim, cues) else None
