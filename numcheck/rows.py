"""Table rows and list items, as the file's own parser saw them (``Block.row``).

Three readers need a document's rows: the claim extractor names a table cell by its
row's label (extract/tables.py), the sums checker reads a column of rows as a total and
its parts (checkers/_tables.py), and the restatement checker reads a row's or an item's
label (checkers/_labelled.py). They read them here, from the blocks the readers made: a
Markdown table row or list item, an HTML ``<tr>``, ``<li>`` or ``<dt>``/``<dd>`` pair, a
plain-text bullet or pipe-table line (numcheck/readers/). No one reads the markup again:
a format whose rows this does not see is taught to its reader.

A row is a run of consecutive blocks with one ``Block.row``; its cells are those
blocks' spans (a list item has one, or a paragraph each; a definition has its term's
and its own). Rows are in text order and never overlap, so the row holding an offset is
one bisection, and the whole reading is linear in the blocks.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from numcheck.document import Block, BlockKind

__all__ = ["Row", "Rows"]

Span = tuple[int, int]
_KINDS = (BlockKind.TABLE_CELL, BlockKind.LIST_ITEM)


@dataclass(frozen=True, slots=True)
class Row:
    """One table row or list item: its cells' spans in order, the kind of its blocks
    (``TABLE_CELL`` or ``LIST_ITEM``) and where the block before it ends (-1 at the
    document's start), which tells whether it continues the row before it."""

    cells: tuple[Span, ...]
    kind: BlockKind
    after: int = -1

    @property
    def start(self) -> int:
        return self.cells[0][0]

    @property
    def end(self) -> int:
        return self.cells[-1][1]

    @property
    def span(self) -> Span:
        return self.start, self.end

    @property
    def is_table(self) -> bool:
        return self.kind is BlockKind.TABLE_CELL


class Rows(Sequence[Row]):
    """A document's rows in text order, with the lookups the readers of rows need."""

    __slots__ = ("_rows", "_starts")

    def __init__(self, rows: Sequence[Row] = ()) -> None:
        self._rows = tuple(rows)
        self._starts = [row.start for row in self._rows]

    @classmethod
    def of(cls, blocks: Sequence[Block]) -> Rows:
        """The rows of a document's blocks (sorted, never overlapping)."""
        rows: list[Row] = []
        cells: list[Span] = []
        kind, after, current = BlockKind.PARAGRAPH, -1, -1
        for i, block in enumerate(blocks):
            same = block.row == current and bool(cells)
            if cells and not same:
                rows.append(Row(tuple(cells), kind, after))
                cells = []
            if block.row < 0 or block.kind not in _KINDS:
                current = -1
                continue
            if not cells:
                kind, after = block.kind, blocks[i - 1].end if i else -1
            cells.append(block.span)
            current = block.row
        if cells:
            rows.append(Row(tuple(cells), kind, after))
        return cls(rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index: int) -> Row:  # type: ignore[override]
        return self._rows[index]

    def __iter__(self) -> Iterator[Row]:
        return iter(self._rows)

    def at(self, offset: int) -> int:
        """The index of the row whose span holds ``offset``, else -1."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return i if i >= 0 and offset < self._rows[i].end else -1

    def joined(self, index: int) -> bool:
        """Whether row ``index`` follows the row before it with no other block between
        (the next row of one table or list, or the first of one right after it)."""
        return index > 0 and self._rows[index - 1].end == self._rows[index].after

    def tables(self) -> list[list[Row]]:
        """The tables: runs of joined table rows."""
        tables: list[list[Row]] = []
        previous = False
        for i, row in enumerate(self._rows):
            if not row.is_table:
                previous = False
                continue
            if previous and self.joined(i):
                tables[-1].append(row)
            else:
                tables.append([row])
            previous = True
        return tables
