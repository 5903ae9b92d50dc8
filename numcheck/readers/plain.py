"""Plain text: every character is prose except metadata lines, directives and links.

Metadata comes from a dateline at the very start (`` date 2022-03-03 More than...``)
or from a block of header lines at the top (``Date: March 3, 2022``, ``Source: AP``).
Those are blanked from the prose (they are metadata, not copy), except the value
of a ``Title:``/``Headline:`` header, which stays prose as the HEADLINE region.
Directive comment lines (``# numcheck: ignore[NC101]``) are blanked too.

Plain text has no markup, so its lists and tables are its layout: a line opened by a
bullet or a number (``- ``, ``* ``, ``+ ``, ``1. ``, ``2) ``, structure.BULLET_GLYPHS) is an item,
and a line between pipes (``| Revenue | £1.38bn |``) a table row whose cells are the
stretches between them (a ``|---|---|`` rule line has none). Each is a block of its own
row (``Block.row``, numcheck/rows.py); the rest of the text is cut into paragraphs as
before (segment.py).
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from numcheck import segment
from numcheck.document import Block, BlockKind, Document, Region, Role
from numcheck.lazyre import lazy_compile
from numcheck.readers.directives import Blocks, Found, is_directive, parse_words, resolve
from numcheck.readers.mask import Span, apply_mask, mask_links
from numcheck.readers.metadata import MetadataBuilder, dateline_words, field_names
from numcheck.readers.structure import BULLET_GLYPHS

_COMMENT_LINE = re.compile(r"^[ \t]*(?:#|//|%)[ \t]*(numcheck\b[^\r\n]*)", re.M | re.I)
_HTML_DIRECTIVE = re.compile(r"<!--(\s*numcheck\b.*?)-->", re.S | re.I)
_HEADER = re.compile(
    r"[ \t]*([A-Za-z][A-Za-z _-]{0,30}?)[ \t]*:[ \t]*([^\r\n]*?)[ \t]*(?:\r?\n|\Z)"
)
_EMPTY_LINE = re.compile(r"[ \t]*\r?\n")
# the marker opening an item
_ITEM = lazy_compile(rf"[ \t]*(?:[-*+{BULLET_GLYPHS}]|\d{{1,2}}[.)])[ \t]+(?=\S)")
_RULE_CELL = lazy_compile(r"\s*:?-+:?\s*")
# a line that may be an item or a table row
_OPENS = re.compile(rf"^[ \t]*[-*+{BULLET_GLYPHS}\d|]", re.M)


@cache
def _dateline() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in dateline_words())
    return re.compile(rf"[ \t]*(?:{words})[ \t]*:?[ \t]+(\d{{4}}-\d{{2}}-\d{{2}})\b", re.I)


def _headers(text: str, meta: MetadataBuilder) -> tuple[list[Span], list[Region]]:
    """The dateline or header block at the top: spans to blank, headline region."""
    masked: list[Span] = []
    regions: list[Region] = []
    dateline = _dateline().match(text)
    if dateline:
        meta.offer("date", dateline.group(1))
        return [dateline.span()], regions
    names = field_names("fields")
    pos = 0
    while (empty := _EMPTY_LINE.match(text, pos)) is not None:
        pos = empty.end()
    while (header := _HEADER.match(text, pos)) is not None:
        label, value = header.group(1), header.group(2)
        if names.get(label.lower()) is None or not value:
            break
        meta.offer(label, value)
        if names[label.lower()] == "headline":
            masked.append((header.start(), header.start(2)))
            regions.append(Region(header.start(2), header.end(2), Role.HEADLINE))
        else:
            masked.append((header.start(), header.end(2)))
        pos = header.end()
    return masked, regions


def read_plain(text: str, path: str) -> Document:
    meta = MetadataBuilder("fields")
    masked, regions = _headers(text, meta)
    comments = list(_COMMENT_LINE.finditer(text))
    comments += [m for m in _HTML_DIRECTIVE.finditer(text) if is_directive(m.group(1))]
    blocks = Blocks(text, {m.start(): m.end() for m in comments}.get)
    found: list[Found] = []
    for match in comments:
        masked.append(match.span())
        found.append(Found(parse_words(match.group(1)), match.start(), match.end(),
                           blocks.line(match.end())))
    prose = mask_links(apply_mask(text, masked))
    return Document(
        path=path,
        text=text,
        prose=prose,
        format="text",
        metadata=meta.build(),
        regions=tuple(regions),
        directives=resolve(found, len(text)),
        blocks=text_blocks(prose),
    )


def text_blocks(prose: str) -> tuple[Block, ...]:
    """The blocks of plain text: its list items and table rows (one row each), and
    paragraphs between them. Linear: only a line that opens with a bullet, a digit or a
    pipe is looked at, once."""
    layout: list[Block] = []
    lines: list[tuple[int, int]] = []  # the spans of the item and table lines
    for opens in _OPENS.finditer(prose):
        start = opens.start()
        end = prose.find("\n", start)
        end = len(prose) if end < 0 else end
        cells = _cells(prose, start, end)
        if cells is not None:
            lines.append((start, end))
            layout += (Block(a, b, kind, 0, len(lines) - 1) for a, b, kind in cells)
    paragraphs = segment.paragraphs(prose, "text")
    if not lines:
        return tuple(Block(a, b) for a, b in paragraphs)
    edges = sorted({edge for line in lines for edge in line})
    starts = [a for a, _ in lines]
    kept = [Block(a, b) for a, b in segment.split_at(paragraphs, prose, edges)
            if not _within(lines, starts, a)]
    return tuple(sorted(kept + layout, key=lambda block: block.start))


def _cells(prose: str, start: int, end: int) -> list[tuple[int, int, BlockKind]] | None:
    """A list item's or table row's cells on the line ``start``-``end``, else None."""
    item = _ITEM.match(prose, start, end)
    if item is not None:
        last = end
        while last > item.end() and prose[last - 1].isspace():
            last -= 1
        return [(item.end(), last, BlockKind.LIST_ITEM)]
    line = prose[start:end]
    left = len(line) - len(line.lstrip())
    right = len(line.rstrip())
    if right - left < 2 or line[left] != "|" or line[right - 1] != "|":
        return None
    cells: list[tuple[int, int, BlockKind]] = []
    at = start + left + 1
    while (bar := prose.find("|", at, start + right)) >= 0:
        a, b = at, bar
        while a < b and prose[a].isspace():
            a += 1
        while b > a and prose[b - 1].isspace():
            b -= 1
        if a < b:
            cells.append((a, b, BlockKind.TABLE_CELL))
        at = bar + 1
    if all(_RULE_CELL.fullmatch(prose, a, b) for a, b, _ in cells):
        return []  # a rule line: part of the table, no cells
    return cells


def _within(lines: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and offset < lines[i][1]
