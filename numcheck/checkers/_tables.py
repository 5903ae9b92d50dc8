"""Totals and their parts set out as a column: table rows, bullet lines, HTML list items
and definition lists (NC202).

    <tr><td>Yes</td><td>27,940</td></tr>          | Yes      | 27,940 |
    <tr><td>No</td><td>23,010</td></tr>           | All      | 51,370 |
    <tr><td>Total votes</td><td>51,370</td></tr>  | No       | 23,010 |

    The 940 job losses break down as follows:     <p>The 58 schools closed were:</p>
    - production lines: 610                        <ul><li>21 in the north</li>
    - warehousing and dispatch: 240                <li>19 in the east</li> ...
    - offices and laboratory: 70

One reader for every column: a *row* is a table row or list item as the file's reader
saw it (numcheck/rows.py: a Markdown table row or list item, an HTML ``<tr>``, ``<li>``
or ``<dt>``/``<dd>``, a plain-text bullet or pipe line); consecutive rows that each give
one figure of one kind are a column. Its total is the first or the last
row when its label calls it one (``[sums] total_rows``: "Total", "All sites"), or else
the one figure of the sentence that leads into the column ending in a colon, at least as
large as every row ("The 58 schools closed on Friday were in three areas:"). A column
with a row "of which" or a subtotal nests (``[sums] nested_rows``) and a lead that calls
it a selection ("including:", ``[sums] partial_lists``) lists only some: both are left
alone. Linear in the figures: each is looked at once, each row's label read once.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from numcheck.checkers._compare import checkable, sentence_of, squash, stem
from numcheck.checkers._sum_cues import SumCues
from numcheck.checkers._sums import Sum, fits
from numcheck.claims import Claim
from numcheck.document import BlockKind, Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind
from numcheck.rows import Row

_TAG = lazy_compile(r"<[^>]*>")
_EMPHASIS = lazy_compile(r"[*_`|]+")
_PUNCT = lazy_compile(r"[:;,!?()\[\]\"“”]")
_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT})
_LEADS = _KINDS - {Kind.PERCENT}
_MINUS = frozenset("-−–‑")


def _label(document: Document, row: Row, claim: Claim) -> str:
    """A row's words without its figure, markup and punctuation ("total ballots cast";
    "- Total: 5,025" is a total row)."""
    text = document.prose[row.start : row.end].replace(claim.location.text, " ")
    return " " + _PUNCT.sub(" ", squash(_EMPHASIS.sub(" ", text))) + " "


def _columns(
    document: Document, sentences: Sequence[Sequence[Claim]]
) -> list[list[tuple[Claim, Row]]]:
    """Runs of consecutive rows with one figure each in one cell: a table of several
    columns of figures ("H1 2026", "H1 2025") is read column by column. A row with no
    figure or several in that cell, another block, or rows of another kind (a list
    after a table) end a run."""
    rows = document.rows
    found: dict[int, dict[int, list[Claim]]] = {}
    for sentence in sentences:
        for claim in sentence:
            if checkable(claim) and claim.quantity.kind in _KINDS:
                at = rows.at(claim.location.start)
                if at >= 0:
                    cell = _column(document, rows[at], claim.location.start)
                    found.setdefault(at, {}).setdefault(cell, []).append(claim)
    runs: list[list[tuple[Claim, Row]]] = []
    open_runs: dict[int, tuple[int, list[tuple[Claim, Row]]]] = {}  # cell -> (last row, run)
    for at in sorted(found):
        for cell, amounts in found[at].items():
            if len(amounts) != 1 or amounts[0].is_change:
                open_runs.pop(cell, None)
                continue
            last, run = open_runs.get(cell, (-2, []))
            # a list right after a table (or a table after a list) is another block
            if run and at == last + 1 and rows.joined(at) and rows[at].kind is rows[at - 1].kind:
                run.append((amounts[0], rows[at]))
            else:
                run = [(amounts[0], rows[at])]
                runs.append(run)
            open_runs[cell] = (at, run)
        for cell in [c for c in open_runs if c not in found[at]]:
            del open_runs[cell]  # a row without a figure in that cell ends its column
    return runs


def _column(document: Document, row: Row, offset: int) -> int:
    """The column of the row's cell holding ``offset``, counting the empty cells a reader
    leaves out by the markup between the cells ("| Total | | 2,194 |", "<td></td>"): the
    total row's figure stands in the column of the rows' figures above it."""
    cell = _cell(row, offset)
    text, skipped = document.text, 0
    for (_, end), (start, _) in zip(row.cells[:cell], row.cells[1 : cell + 1], strict=True):
        gap = text[end:start].lower()
        marks = gap.count("<td") + gap.count("<th") if "<" in gap else gap.count("|")
        skipped += max(0, marks - 1)
    return cell + skipped


def _minus(document: Document, claim: Claim) -> bool:
    """A figure glued to a minus sign the parser left unread ("-1.2" in a column headed
    "Change"): a signed column is a column of changes, which the unsigned figures do not
    add up (+4.1, -1.2, +0.8, -0.6 make +3.1)."""
    at = claim.location.start
    value = claim.quantity.value
    return at > 0 and document.prose[at - 1] in _MINUS and (value is None or value > 0)


def _cell(row: Row, offset: int) -> int:
    """The index of the cell of ``row`` that holds ``offset`` (0 for a list item)."""
    for i, (start, end) in enumerate(row.cells):
        if start <= offset < end:
            return i
    return 0


def _lead(
    document: Document,
    run: Sequence[tuple[Claim, Row]],
    sentences: Sequence[Sequence[Claim]],
    by_start: dict[int, int],
    cues: SumCues,
) -> Claim | None:
    """The one figure of the sentence leading into the column, ending in a colon, as
    large as every row: "The 58 schools closed on Friday were in three areas:"."""
    claim, row = run[0]
    largest = max(c.quantity.hard.low for c, _ in run)
    index = by_start.get(id(claim))
    if index is None or index == 0:
        return None
    lead = sentences[index - 1]
    start, end = sentence_of(document, lead[0])
    if not row.after <= end <= row.start:
        return None  # words between the lead and the column: it does not end the block
    said = _EMPHASIS.sub(" ", _TAG.sub(" ", document.text[start:end])).rstrip()
    if not said.endswith(":"):
        return None
    plain = " " + _PUNCT.sub(" ", squash(said)) + " "
    if any(f" {w} " in plain for w in cues.partial_lists):
        return None  # "Its 40 stores include:": a selection
    amounts = [  # a percentage before the column ("turnout 64%:") is no total of shares
        c for c in lead if checkable(c) and not c.is_change and c.quantity.kind in _LEADS
    ]
    big = [c for c in amounts if c.quantity.hard.high >= largest]
    return big[0] if len(big) == 1 else None


_CAPTIONS = frozenset({BlockKind.CAPTION, BlockKind.HEADING})
_WORD = lazy_compile(r"[a-z][a-z'-]+")
_BEFORE = 2  # paragraphs before a caption read for the figure it breaks down


class _Flat:
    """The blocks' ends and the figures in text order, made once per document so that a
    column reads its caption and the figures before it by bisection."""

    def __init__(self, document: Document, sentences: Sequence[Sequence[Claim]]) -> None:
        self.ends = [b.end for b in document.blocks]
        self.claims = sorted((c for s in sentences for c in s), key=lambda c: c.location.start)
        self.starts = [c.location.start for c in self.claims]

    def within(self, lo: int, hi: int) -> Sequence[Claim]:
        at = bisect.bisect_left(self.starts, lo)
        return self.claims[at : bisect.bisect_left(self.starts, hi)]


def _captioned(
    document: Document, run: Sequence[tuple[Claim, Row]], flat: _Flat, cues: SumCues
) -> Claim | None:
    """ "Schools closed, by area" over a column after "74 are closed today": a caption
    or heading right before the table that breaks a thing and its state down by a
    dimension (``[sums] caption_breakdowns``) names the figure of the paragraphs just
    before it that counts that thing (its key) and says every other word of the caption's
    head after it in its clause; one such figure, as large as every row, totals the
    column. A caption calling the rows a selection ("Top areas", "including") names none."""
    blocks = document.blocks
    at = bisect.bisect_left(flat.ends, run[0][1].after)
    if at >= len(blocks) or blocks[at].end != run[0][1].after:
        return None
    while at >= 0 and blocks[at].row >= 0:
        at -= 1  # the header rows ("| Area | Closed |")
    if at < 1 or blocks[at].kind not in _CAPTIONS:
        return None
    caption = _PUNCT.sub(" ", squash(document.text[blocks[at].start : blocks[at].end]))
    head = next((caption.split(f" {w} ")[0] for w in cues.breakdowns if f" {w} " in caption),
                None)
    if head is None or any(f" {w} " in f" {caption} " for w in cues.partial_lists):
        return None
    named = {stem(w) for w in _WORD.findall(head)} - {stem(w) for w in cues.caption_stop}
    if len(named) < 2:
        return None  # a thing and what befell it, at least
    lo = min(b.start for b in blocks[max(0, at - _BEFORE) : at])
    largest = max(c.quantity.hard.low for c, _ in run)
    found = [
        c for c in flat.within(lo, blocks[at].start)
        if checkable(c) and not c.is_change and c.quantity.kind in _LEADS
        and c.key.thing is not None and stem(c.key.thing) in named
        and named - {stem(c.key.thing)} <= _said_after(document, c)
    ]
    return found[0] if len(found) == 1 and found[0].quantity.hard.high >= largest else None


def _said_after(document: Document, claim: Claim) -> set[str]:
    """The stems of the words after a figure in its clause ("74 are closed today")."""
    after = document.prose[claim.location.end : claim.location.end + 60].lower()
    clause = re.split(r"[,;:.()—–]|\d", after, maxsplit=1)[0]
    return {stem(w) for w in _WORD.findall(clause)}


def find_table_sums(
    document: Document, sentences: Sequence[Sequence[Claim]], cues: SumCues
) -> list[Sum]:
    """Each column's total with its other rows."""
    out: list[Sum] = []
    by_start = {id(c): i for i, sentence in enumerate(sentences) for c in sentence}
    flat: _Flat | None = None
    for run in _columns(document, sentences):
        if any(_minus(document, c) for c, _ in run):
            continue  # a signed column: its minus signs are not in the figures
        labels = [_label(document, row, c) for c, row in run]
        if any(f" {w} " in label for label in labels for w in cues.nested_rows):
            continue
        named = [i for i, x in enumerate(labels) if any(f" {w} " in x for w in cues.total_rows)]
        if not named:  # "| Group | £4.3bn |" last under its divisions
            named = [i for i in (0, len(labels) - 1) if labels[i].strip() in cues.whole_rows]
        claims = [c for c, _ in run]
        if named and named[0] in (0, len(run) - 1) and len(run) > 2:
            at = named[0]
            total, parts = claims[at], claims[:at] + claims[at + 1 :]
            if at == 0 and len(named) > 1:
                continue  # "All" first and "Total" last: two totals, no guess
            if at > 0:
                parts = claims[:at]
        elif named or len(run) < 2:
            continue  # a total row in the middle: a subtotal
        else:
            lead = _lead(document, run, sentences, by_start, cues)
            flat = flat or _Flat(document, sentences)
            lead = lead or _captioned(document, run, flat, cues)
            if lead is None:
                continue
            total, parts = lead, claims
        if total.quantity.kind is Kind.PERCENT and total.quantity.value != 100:
            continue  # a column of changes or rates ("+8%", ... "+7%"): it has no sum
        if all(p.quantity.kind is total.quantity.kind for p in parts) and fits(
            document, parts, total, cues
        ):
            out.append((tuple(parts), total))

    return out + _total_columns(document, sentences, cues)


def _header(document: Document, row: Row) -> list[str]:
    """A row's cells as plain lowercase words, markup and punctuation dropped."""
    return [
        " ".join(_PUNCT.sub(" ", squash(_EMPHASIS.sub(" ", _TAG.sub(" ", document.prose[a:b]))))
        .split())
        for a, b in row.cells
    ]


def _total_columns(
    document: Document, sentences: Sequence[Sequence[Claim]], cues: SumCues
) -> list[Sum]:
    """ "| Region | Cars | Vans | Lorries | Total |": a table whose header names its first
    or last figure column a total (the whole cell one of ``[sums] total_rows``) gives, in
    each row, that cell's figure as the sum of the row's figures in the columns between.
    A header of a nested or derived column (``nested_rows``: change, share) or a row
    without one figure in each of those columns is left alone."""
    rows = document.rows
    cells: dict[tuple[int, int], list[Claim]] = {}
    for sentence in sentences:
        for claim in sentence:
            at = rows.at(claim.location.start)
            if at >= 0 and rows[at].is_table:
                cells.setdefault((at, _cell(rows[at], claim.location.start)), []).append(claim)
    index = {id(row): i for i, row in enumerate(rows)}
    out: list[Sum] = []
    for table in rows.tables():
        head = _header(document, table[0])
        first = index[id(table[0])]
        if len(table) < 2 or any((first, k) in cells for k in range(len(head))):
            continue  # no header row of words
        body = [index[id(r)] for r in table[1:]]
        figured = sorted({k for at in body for k in range(len(head)) if (at, k) in cells})
        if len(figured) < 3 or any(f" {w} " in f" {h} " for h in head for w in cues.nested_rows):
            continue
        totals = [k for k in (figured[0], figured[-1]) if head[k] in cues.total_rows]
        if len(totals) != 1:
            continue
        col = totals[0]
        others = [k for k in figured if k != col]
        for at in body:
            row = [cells.get((at, k), []) for k in others]
            told = cells.get((at, col), [])
            if len(told) != 1 or any(len(c) != 1 for c in row):
                continue
            parts, total = tuple(c[0] for c in row), told[0]
            if not checkable(total) or not all(checkable(p) for p in parts):
                continue
            kind = total.quantity.kind
            if kind in _LEADS and all(p.quantity.kind is kind for p in parts) and fits(
                document, parts, total, cues, loose=True
            ):
                out.append((parts, total))
    return out


__all__ = ["find_table_sums"]
