"""Totals broken down in a bulleted list (NC202).

    The 940 job losses break down as follows:
    - production lines: 610
    - warehousing and dispatch: 240
    - offices and laboratory: 70

A line ending in a colon that states one figure, followed at once by bullet lines each
giving one figure of the same kind, states a total and its partition. A lead-in that
calls the list a selection ("including:", "among them:", "highlights:") does not; cue
words are data (``[sums] partial_lists`` in numcheck/lexicon/checkers.toml).
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.checkers._compare import checkable, sentence_of, squash
from numcheck.checkers._sums import Sum, SumCues, fits
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

_BULLET = lazy_compile(r"[ \t]*(?:[-*•–+]|\d{1,2}[.)])[ \t]+")
_BETWEEN = lazy_compile(r"\s*")
_PUNCT = lazy_compile(r"[:;,!?()\[\]\"“”]")
_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.MEASURE})


def _amounts(sentence: Sequence[Claim]) -> list[Claim]:
    return [
        c for c in sentence if checkable(c) and not c.is_change and c.quantity.kind in _KINDS
    ]


def _bullet(document: Document, claim: Claim, after: int) -> bool:
    """Whether the claim's sentence is the next bullet line after offset ``after``."""
    start = sentence_of(document, claim)[0]
    text = document.text
    line = text.rfind("\n", 0, start) + 1
    if line < after or not _BETWEEN.fullmatch(text, after, line):
        return False
    marker = _BULLET.match(text, line)
    return marker is not None and not text[marker.end() : start].strip()


def find_bulleted(
    document: Document, sentences: Sequence[Sequence[Claim]], cues: SumCues
) -> list[Sum]:
    """Each colon-ended sentence's figure with the figures of the bullet lines after it."""
    out: list[Sum] = []
    for i, sentence in enumerate(sentences):
        start, end = sentence_of(document, sentence[0])
        lead = document.text[start:end].rstrip()
        totals = _amounts(sentence)
        if not lead.endswith(":") or len(totals) != 1:
            continue
        said = " " + _PUNCT.sub(" ", squash(lead)) + " "
        if any(f" {w} " in said for w in cues.partial_lists):
            continue  # "Its 40 stores include:": a selection
        total, members, after = totals[0], [], end
        for following in sentences[i + 1 :]:
            found = [c for c in _amounts(following) if c.quantity.kind is total.quantity.kind]
            if len(found) != 1 or not _bullet(document, found[0], after):
                break
            members.append(found[0])
            after = sentence_of(document, found[0])[1]
        if len(members) > 1 and fits(document, members, total, cues):
            out.append((tuple(members), total))
    return out


__all__ = ["find_bulleted"]
