"""Helpers the readers share to build a Document's blocks from what they kept.

A reader collects the spans of the file that stay prose (``kept``) and, for each
leaf block its parser reports, the kept spans inside it; ``BlockBuilder`` turns
those into sorted, non-overlapping :class:`~numcheck.document.Block` values trimmed
to their first and last prose character.
"""

from __future__ import annotations

from numcheck.document import Block, BlockKind
from numcheck.readers.mask import Span, apply_mask, complement

# HTML elements that start or end a block of text (a sentence and a paragraph end
# at each): used by the HTML reader and for raw HTML blocks inside Markdown
BLOCK_TAGS = frozenset({
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td",
    "th", "caption", "section", "article", "aside", "header", "footer", "nav", "main",
    "pre", "hr", "br", "title", "address", "details", "summary", "body", "html", "form",
    "fieldset", "legend", "center",
})
TAG_KINDS = {
    **{f"h{n}": BlockKind.HEADING for n in range(1, 7)},
    "li": BlockKind.LIST_ITEM, "dd": BlockKind.LIST_ITEM, "dt": BlockKind.LIST_ITEM,
    "td": BlockKind.TABLE_CELL, "th": BlockKind.TABLE_CELL, "caption": BlockKind.CAPTION,
    "blockquote": BlockKind.QUOTE, "figcaption": BlockKind.CAPTION,
}


def keep_only(text: str, kept: list[Span]) -> str:
    """``text`` with everything outside the ``kept`` spans blanked (line breaks stay)."""
    return apply_mask(text, complement(kept, len(text)))


class BlockBuilder:
    """Collects leaf blocks in text order; empty or overlapping ones are dropped."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.blocks: list[Block] = []

    def add(self, spans: list[Span], kind: BlockKind = BlockKind.PARAGRAPH,
            level: int = 0) -> Block | None:
        """A block over the kept ``spans`` (in order), trimmed of white space."""
        text = self.text
        start = end = -1
        for a, b in spans:
            while a < b and text[a].isspace():
                a += 1
            if a < b:
                start = a if start < 0 else start
                while b > a and text[b - 1].isspace():
                    b -= 1
                end = b
        if start < 0 or (self.blocks and start < self.blocks[-1].end):
            return None
        block = Block(start, end, kind, level)
        self.blocks.append(block)
        return block

    def result(self) -> tuple[Block, ...]:
        return tuple(self.blocks)
