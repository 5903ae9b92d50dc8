"""A figure in a table cell is named by its row's label, as "Revenue: £1.38bn" is by its
label; a year heading its column is the figure's period.

Fact boxes and result tables hold a story's figures one per cell, with the noun a cell
or a line away (docs/maintainers/phrasings.md §17, ``slot.table_cell``): the words around
a cell are only its neighbours' figures, so no phrase reader names it. The reader here
reads the cell as the label frame the row writes ("Pubs owned | 1,140" -> "Pubs owned:
1,140") with the same readers a label in prose has (subject.py, measure.py), so a table
names exactly what a fact box line would.

Only tables whose figure columns are headed by a period or by nothing are read: there
each row is one measure told for one or more periods. A table whose columns are headed
by names ("| Region | Hatay | Adana |") tells one measure for several parts, and its
row label named on a cell would make a part meet the story's whole. A column headed by
a year before the table's latest names that year's figure (its window, "in 2024"): it
never meets the story's current figure.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.extract.ends import unnamed
from numcheck.extract.keys import key_for
from numcheck.extract.measure import measure_of
from numcheck.extract.subject import read
from numcheck.extract.vocab import Vocab
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

__all__ = ["name_cells"]

Cell = tuple[int, int]
_YEAR = lazy_compile(r"(?:FY|fiscal\s+)?((?:19|20)\d\d)(?:[-/]\d\d)?", re.IGNORECASE)
_LABEL = lazy_compile(r"[^\W\d_]")  # a row label has letters
_LABEL_WORDS = 6  # a row label is a short noun phrase, not a sentence


def name_cells(document: Document, claims: Sequence[Claim], vocab: Vocab) -> list[Claim]:
    """``claims`` with each unnamed figure of a period table named by its row label."""
    out = list(claims)
    tables = _tables(document)
    if not tables:
        return out
    where: dict[int, tuple[list[list[Cell]], int, int, int]] = {}
    for rows in tables:
        if not _by_period(document.prose, rows):
            continue
        for r, row in enumerate(rows[1:], start=1):
            for c, (start, end) in enumerate(row[1:], start=1):
                where[start] = (rows, r, c, end)
    if not where:
        return out
    cells = sorted(where)
    for i, claim in enumerate(out):
        q = claim.quantity
        if not unnamed(claim) or claim.scope is Scope.BOILERPLATE or not q.kind.is_comparable:
            continue
        i_cell = bisect.bisect_right(cells, q.start) - 1
        if i_cell < 0:
            continue
        rows, r, c, end = where[cells[i_cell]]
        if q.end > end:
            continue
        out[i] = _named(document, claim, rows, r, c, vocab)
    return out


def _tables(document: Document) -> list[list[list[Cell]]]:
    """The document's tables (numcheck/rows.py) as rows of cells."""
    tables = [[list(row.cells) for row in rows] for rows in document.rows.tables()]
    for rows in tables:
        if len(rows) > 1 and len(rows[0]) == len(rows[1]) - 1:
            # an empty corner cell is no block: "| | 2025 | 2024 |"
            rows[0].insert(0, (rows[0][0][0], rows[0][0][0]))
    return tables


def _by_period(text: str, rows: list[list[Cell]]) -> bool:
    """A table of rows of one measure each: two or more rows, a row label before every
    figure, and its figure columns headed by years or by nothing (or only one)."""
    if len(rows) < 2:
        return False
    width = len(rows[0])
    if width < 2 or any(len(row) != width for row in rows):
        return False
    heads = [_text(text, cell) for cell in rows[0][1:]]
    if width > 2 and not all(not h or _YEAR.fullmatch(h) for h in heads):
        return False
    return all(_label(_text(text, row[0])) is not None for row in rows[1:])


def _label(words: str) -> str | None:
    if not _LABEL.search(words) or len(words.split()) > _LABEL_WORDS:
        return None
    return words


def _text(text: str, cell: Cell) -> str:
    return " ".join(text[cell[0] : cell[1]].split())


def _named(document: Document, claim: Claim, rows: list[list[Cell]], r: int, c: int,
           vocab: Vocab) -> Claim:
    """The claim read as the label frame "<row label>: <figure>"."""
    text = document.prose
    q = claim.quantity
    label = _text(text, rows[r][0])
    frame = f"{label}: {q.text}"
    at = len(label) + 2
    figure = dataclasses.replace(q, start=at, end=len(frame))
    reading = read(frame, at, len(frame), 0, len(frame), vocab, counted=q.kind is Kind.COUNT)
    measure = measure_of(frame, figure, 0, len(frame), vocab, 0)
    thing = reading.thing or reading.default_thing
    if thing is None and reading.event is None and not measure:
        return claim
    key = key_for(q, thing, reading.event, reading.qualifiers, claim.key.incident)
    window = _period(text, rows[0][c], rows) or claim.window
    return dataclasses.replace(claim, key=key, measure=measure, window=window,
                               subject=claim.subject or label)


def _period(text: str, head: Cell, rows: list[list[Cell]]) -> str | None:
    """ "in 2024" for a column headed by a year before the latest year heading the table
    (a results table dated 2026 tells 2025 as its current year, 2024 as the year before)."""
    m = _YEAR.fullmatch(_text(text, head))
    if m is None:
        return None
    years = [int(y.group(1)) for cell in rows[0] if (y := _YEAR.fullmatch(_text(text, cell)))]
    year = int(m.group(1))
    return f"in {year}" if year < max(years) else None
