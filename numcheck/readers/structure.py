"""Helpers the readers share to build a Document's blocks from what they kept.

A reader collects the spans of the file that stay prose (``kept``) and, for each
leaf block its parser reports, the kept spans inside it; ``BlockBuilder`` turns
those into sorted, non-overlapping :class:`~numcheck.document.Block` values trimmed
to their first and last prose character.
"""

from __future__ import annotations

from numcheck.document import Block, BlockKind
from numcheck.lazyre import lazy_compile
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


# Bullets that typed copy uses and CommonMark does not ("• 140 homes in Kesby",
# "– 12 killed"): a paragraph line opened by one is a list item (plain text reads them
# in plain.py); "-", "*", "+" and "1." are the parsers' own list markers.
BULLET_GLYPHS = "•–·▪◦‣►"
GLYPH_ITEM = lazy_compile(rf"[ \t]*[{BULLET_GLYPHS}][ \t]+(?=\S)")


def keep_only(text: str, kept: list[Span]) -> str:
    """``text`` with everything outside the ``kept`` spans blanked (line breaks stay)."""
    return apply_mask(text, complement(kept, len(text)))


class BlockBuilder:
    """Collects leaf blocks in text order; empty or overlapping ones are dropped."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.blocks: list[Block] = []

    def add(self, spans: list[Span], kind: BlockKind = BlockKind.PARAGRAPH,
            level: int = 0, row: int = -1) -> Block | None:
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
        block = Block(start, end, kind, level, row)
        self.blocks.append(block)
        return block

    def result(self) -> tuple[Block, ...]:
        """The blocks, with paragraphs of bullet lines (GLYPH_ITEM) cut into items."""
        bulleted = {i for i, block in enumerate(self.blocks)
                    if block.kind is BlockKind.PARAGRAPH and _has_glyph(self.text, block)}
        if not bulleted:
            return tuple(self.blocks)
        row = max((block.row for block in self.blocks), default=-1) + 1
        out: list[Block] = []
        for i, block in enumerate(self.blocks):
            if i not in bulleted:
                out.append(block)
                continue
            for piece in _glyph_pieces(self.text, block):
                if piece.kind is BlockKind.LIST_ITEM:
                    piece = Block(piece.start, piece.end, piece.kind, 0, row)
                    row += 1
                out.append(piece)
        return tuple(out)


def _line_starts(text: str, block: Block) -> list[int]:
    starts = [block.start]
    at = text.find("\n", block.start, block.end)
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1, block.end)
    return starts


def _has_glyph(text: str, block: Block) -> bool:
    """Whether the paragraph opens with a bullet line, or has two of them."""
    if GLYPH_ITEM.match(text, block.start, block.end):
        return True
    hits = 0
    for start in _line_starts(text, block):
        hits += GLYPH_ITEM.match(text, start, block.end) is not None
        if hits == 2:
            return True
    return False


def _glyph_pieces(text: str, block: Block) -> list[Block]:
    """The paragraph cut at its bullet lines: the text before the first stays a
    paragraph; each bullet line, with the unbulleted lines after it (a wrapped item),
    is an item whose text starts after the bullet. Rows are set by the caller."""
    pieces: list[Block] = []
    cut = [(m.end(), start) for start in _line_starts(text, block)
           if (m := GLYPH_ITEM.match(text, start, block.end)) is not None]
    ends = [start for _, start in cut[1:]] + [block.end]
    if cut[0][1] > block.start:
        pieces.append(_trimmed(text, block.start, cut[0][1], BlockKind.PARAGRAPH))
    pieces += [_trimmed(text, a, b, BlockKind.LIST_ITEM)
               for (a, _), b in zip(cut, ends, strict=True)]
    return [piece for piece in pieces if piece.start < piece.end]


def _trimmed(text: str, start: int, end: int, kind: BlockKind) -> Block:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Block(start, end, kind)


Kind = tuple[BlockKind, int, int]  # a block's kind, heading level and row (Block.row)
PLAIN: Kind = (BlockKind.PARAGRAPH, 0, -1)
_ROW_TAGS = frozenset({"tr", "li", "dt", "dd"})


class RowNumbers:
    """Numbers table rows and list items as their elements open (``Block.row``): a row
    at each ``<tr>``, ``<li>`` and ``<dt>``; a ``<dd>`` joins the row of the ``<dt>``
    right before it (the term labels its definition, as a row's first cell labels it),
    and any other ``<dd>`` is a row of its own."""

    def __init__(self) -> None:
        self.count = 0
        self.term = -1  # the row of a <dt> no <dd> has joined yet

    def open(self, tag: str) -> int:
        """The row of a table row or list item (``tr``, ``li``, ``dt``, ``dd``) opening."""
        if tag == "dd" and self.term >= 0:
            row, self.term = self.term, -1
            return row
        row = self.count
        self.count += 1
        self.term = row if tag == "dt" else -1
        return row

    def opened(self, tag: str, outer: Kind) -> Kind:
        """The kind of the text inside a block element ``tag`` that opens inside
        ``outer``: a cell is on the row of the ``<tr>`` around it (a row of its own
        outside any), an element of no kind of its own takes its parent's."""
        kind = TAG_KINDS.get(tag)
        if tag in _ROW_TAGS:
            row = self.open(tag)
            return (outer[0], outer[1], row) if kind is None else (kind, 0, row)
        if tag in ("td", "th"):
            return BlockKind.TABLE_CELL, 0, outer[2] if outer[2] >= 0 else self.open(tag)
        if kind is None:
            return outer
        return kind, int(tag[1]) if kind is BlockKind.HEADING else 0, -1
