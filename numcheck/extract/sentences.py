"""The frame a claim is read in: the document's sentences and paragraphs, and quotes.

Sentences and blocks come from the Document (cut once by numcheck/segment.py from
the reader's block structure); this module only finds direct quotations inside the
paragraphs and keeps the span starts for bisection, once per article, so Claimants,
Names and the extractor share one frame instead of each rebuilding it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from numcheck.document import Document

Span = tuple[int, int]

_QUOTE_MARK = re.compile(r"[\"“”„«»]")


def quote_spans(text: str, paragraphs: Sequence[Span]) -> list[Span]:
    """Direct quotations, from opening to closing mark inclusive.

    Double quote marks alternate open/close within a paragraph whatever their glyph
    (copy mixes “ ” and " freely, and mistypes closers); a quote left open runs to the
    paragraph's end, as in news style where a continued quote has no closer.
    """
    spans: list[Span] = []
    for p_start, p_end in paragraphs:
        opened: int | None = None
        for m in _QUOTE_MARK.finditer(text, p_start, p_end):
            if opened is None:
                opened = m.start()
            else:
                spans.append((opened, m.end()))
                opened = None
        if opened is not None:
            spans.append((opened, p_end))
    return spans


def find_span(spans: Sequence[Span], starts: Sequence[int], offset: int) -> int:
    """Index of the span containing ``offset``, or -1 (``starts`` = span starts)."""
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and spans[i][0] <= offset < spans[i][1]:
        return i
    return -1


@dataclass(frozen=True)
class Frame:
    """Sentences, paragraphs (the document's blocks) and quotes, with their starts."""

    sentences: Sequence[Span]
    paragraphs: Sequence[Span]
    quotes: Sequence[Span]
    s_starts: list[int] = field(init=False)
    p_starts: list[int] = field(init=False)
    q_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        for name, spans in (("s_starts", self.sentences), ("p_starts", self.paragraphs),
                            ("q_starts", self.quotes)):
            object.__setattr__(self, name, [s for s, _ in spans])

    @classmethod
    def of(cls, document: Document, abbreviations: frozenset[str] | None = None) -> Frame:
        """The document's own frame; ``abbreviations`` other than the built-in ones
        (a plugin's lexicon) cut the sentences again with those."""
        from numcheck import segment

        paragraphs = [b.span for b in document.blocks]
        sentences: Sequence[Span] = document.sentences
        if abbreviations is not None and abbreviations != segment.default_abbreviations():
            sentences = segment.sentences(document.prose, document.format, paragraphs,
                                          abbreviations)
        return cls(sentences, paragraphs, quote_spans(document.prose, paragraphs))

    def sentence(self, offset: int) -> int:
        return find_span(self.sentences, self.s_starts, offset)

    def paragraph(self, offset: int) -> int:
        return find_span(self.paragraphs, self.p_starts, offset)

    def quote(self, offset: int) -> int:
        return find_span(self.quotes, self.q_starts, offset)
