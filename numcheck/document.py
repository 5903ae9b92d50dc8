"""The Document value object: one article as read from a file or stdin.

``text`` is the file's text exactly as decoded, and every offset numcheck reports
points into it. ``prose`` has the same length with everything that is not prose
(markup, code, URLs, front matter, comments) blanked to spaces, newlines kept, so
the parser reads only prose yet its offsets stay those of the original file.

``blocks`` (paragraphs, headings, list items, block quotes, table cells, captions)
come from the reader's parser, and ``sentences`` are cut once inside them
(numcheck/segment.py): the claim extractor reads both and never parses markup.
"""

from __future__ import annotations

import bisect
import datetime as dt
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from numcheck.rows import Rows


class Role(StrEnum):
    """What a stretch of a document is, as far as the markup or layout tells."""

    HEADLINE = "headline"
    BODY = "body"
    CAPTION = "caption"
    BOILERPLATE = "boilerplate"


@dataclass(frozen=True, slots=True)
class Region:
    start: int
    end: int
    role: Role

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "role": self.role.value}


@dataclass(frozen=True, slots=True)
class Metadata:
    """Where an article comes from and when; any part may be unknown."""

    source: str | None = None
    date: dt.date | None = None
    headline: str | None = None
    url: str | None = None
    description: str | None = None  # the dek / meta description, when the markup has one
    author: str | None = None  # a byline, kept apart from the outlet (``source``)
    # the story this article belongs to (front matter ``story:``): drift compares claims
    # only within one story set (docs/users/drift.md)
    story: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The ``metadata`` object of docs/users/json.md (unknown parts are null)."""
        return {
            "source": self.source,
            "date": self.date.isoformat() if self.date else None,
            "headline": self.headline,
            "url": self.url,
            "description": self.description,
            "author": self.author,
        }


class BlockKind(StrEnum):
    """What kind of block a stretch of prose sits in (the innermost that says most)."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"  # a block quote (``>``, ``<blockquote>``), not a quotation mark
    TABLE_CELL = "table_cell"
    CAPTION = "caption"  # a figure caption, an image's alt text


@dataclass(frozen=True, slots=True)
class Block:
    """One leaf block of prose: ``start``/``end`` are offsets of its first and last
    prose character (+1). Blocks are sorted and never overlap; ``level`` is a
    heading's level (1-6), else 0.

    ``row`` is the table row or list item a table cell or list item belongs to, as
    the reader's parser saw it (numbered through the document from 0; the cells of one
    row share it, and so do a definition and its term, ``<dt>``/``<dd>``); -1 for any
    other block. numcheck/rows.py reads rows and items from it, never from the markup.
    """

    start: int
    end: int
    kind: BlockKind = BlockKind.PARAGRAPH
    level: int = 0
    row: int = -1

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind.value,
                "level": self.level, "row": self.row}


class DirectiveKind(StrEnum):
    IGNORE = "ignore"  # the next block (paragraph) only
    DISABLE = "disable"  # from here until a matching enable
    ENABLE = "enable"
    FILE = "file"  # the whole document
    INVALID = "invalid"  # a malformed ``numcheck:`` comment: covers nothing, see ``error``


@dataclass(frozen=True, slots=True)
class Directive:
    """A suppression comment found in the document's own markup.

    ``codes`` is empty for "all rules". ``start``/``end`` is the comment's span;
    ``applies_start``/``applies_end`` is the text it covers. ``error`` says what is
    wrong with a malformed comment (kind INVALID, empty coverage), else None.
    """

    kind: DirectiveKind
    codes: tuple[str, ...]
    reason: str | None
    start: int
    end: int
    applies_start: int
    applies_end: int
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "codes": list(self.codes),
            "reason": self.reason,
            "start": self.start,
            "end": self.end,
            "applies_start": self.applies_start,
            "applies_end": self.applies_end,
            "error": self.error,
        }


@dataclass(frozen=True, slots=True)
class LineMap:
    """Offset <-> 1-based line/column in Unicode code points.

    The starts are a machine-integer array, not a tuple of ints: a file of five
    million short lines costs 40 MB here instead of 200 MB.
    """

    line_starts: Sequence[int]

    @classmethod
    def of(cls, text: str) -> LineMap:
        starts = array("q", [0])
        append = starts.append
        find = text.find
        i = find("\n")
        while i != -1:
            append(i + 1)
            i = find("\n", i + 1)
        return cls(starts)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_span(self, line: int, text: str) -> tuple[int, int]:
        """Offsets of a 1-based line's content, without its newline."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(text)
        return start, end


@dataclass(frozen=True)
class Document:
    path: str
    text: str
    prose: str
    format: str = "text"  # text | markdown | html
    metadata: Metadata = field(default_factory=Metadata)
    regions: tuple[Region, ...] = ()
    directives: tuple[Directive, ...] = ()
    # filled in by the document layer when a reader gives none (see __post_init__)
    blocks: tuple[Block, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        if len(self.prose) != len(self.text):
            raise ValueError("prose must have the same length as text")
        if (self.blocks and self.sentences) or self.prose.isspace() or not self.prose:
            return
        from numcheck import segment

        blocks = self.blocks or _blocks(self.prose, self.format)
        object.__setattr__(self, "blocks", blocks)
        if not self.sentences:
            spans = segment.sentences(self.prose, self.format, [b.span for b in blocks])
            object.__setattr__(self, "sentences", tuple(spans))

    @classmethod
    def from_text(cls, text: str, path: str = "<text>", **kwargs: object) -> Document:
        """A plain-text document (every character is prose)."""
        return cls(path=path, text=text, prose=text, **kwargs)  # type: ignore[arg-type]

    @property
    def lines(self) -> LineMap:
        cached: LineMap | None = self.__dict__.get("_lines")
        if cached is None:
            cached = LineMap.of(self.text)
            object.__setattr__(self, "_lines", cached)
        return cached

    def position(self, offset: int) -> tuple[int, int]:
        return self.lines.position(offset)

    @property
    def rows(self) -> Rows:
        """The document's table rows and list items (numcheck/rows.py), read once."""
        cached: Rows | None = self.__dict__.get("_rows")
        if cached is None:
            from numcheck.rows import Rows

            cached = Rows.of(self.blocks)
            object.__setattr__(self, "_rows", cached)
        return cached

    def role_at(self, offset: int) -> Role:
        for region in self.regions:
            if region.start <= offset < region.end:
                return region.role
        return Role.BODY


def _blocks(prose: str, fmt: str) -> tuple[Block, ...]:
    """The blocks of a document whose reader gave none: plain text's as its reader
    reads them (its list items and table rows too), else paragraphs."""
    from numcheck import segment

    if fmt == "text":
        from numcheck.readers.plain import text_blocks

        return text_blocks(prose)
    return tuple(Block(start, end) for start, end in segment.paragraphs(prose, fmt))
