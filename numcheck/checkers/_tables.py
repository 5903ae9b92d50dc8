"""Totals and their parts set out as a column: table rows, bullet lines, HTML list items
and definition lists (NC202).

    <tr><td>Yes</td><td>27,940</td></tr>          | Yes      | 27,940 |
    <tr><td>No</td><td>23,010</td></tr>           | All      | 51,370 |
    <tr><td>Total votes</td><td>51,370</td></tr>  | No       | 23,010 |

    The 940 job losses break down as follows:     <p>The 58 schools closed were:</p>
    - production lines: 610                        <ul><li>21 in the north</li>
    - warehousing and dispatch: 240                <li>19 in the east</li> ...
    - offices and laboratory: 70

One reader for every column (wave 10): a *row* is a Markdown table line, a bullet line,
or an HTML row, list item or definition (``<tr>``, ``<li>``, ``<dd>``); consecutive rows
that each give one figure of one kind are a column. Its total is the first or the last
row when its label calls it one (``[sums] total_rows``: "Total", "All sites"), or else
the one figure of the sentence that leads into the column ending in a colon, at least as
large as every row ("The 58 schools closed on Friday were in three areas:"). A column
with a row "of which" or a subtotal nests (``[sums] nested_rows``) and a lead that calls
it a selection ("including:", ``[sums] partial_lists``) lists only some: both are left
alone. Linear in the figures: each is looked at once, each row's label read once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from numcheck.checkers._compare import checkable, sentence_of, squash
from numcheck.checkers._sums import Sum, SumCues, fits
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

_MD_ROW = lazy_compile(r"[ \t]*(?:\|.*\||(?:[-*•–+]|\d{1,2}[.)])[ \t]+\S.*)[ \t]*")
_RULE = lazy_compile(r"^\s*\|?[\s|:-]+\|?\s*$")  # a Markdown table's |---|---| line
_HTML_ROW = re.compile(r"<(?:tr|li|dd)\b[^>]*>", re.IGNORECASE)
_HTML_OPEN = re.compile(r"<(?:tr|li|dt)\b[^>]*>", re.IGNORECASE)  # where a row's label opens
_TAG = re.compile(r"<[^>]*>")
_CLOSE = re.compile(r"</(?:tr|li|dd)\s*>", re.IGNORECASE)
_EMPHASIS = re.compile(r"[*_`|]+")
_PUNCT = lazy_compile(r"[:;,!?()\[\]\"“”]")
_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT})
_LEADS = _KINDS - {Kind.PERCENT}
_REACH = 300  # characters back from a figure to the tag that opens its row


class _Lines:
    """Each figure's line, found by walking the text once in the figures' order (a line
    of thousands of figures is scanned once, not once a figure), and whether the line
    is a Markdown row, asked once a line."""

    def __init__(self, text: str) -> None:
        self.text, self.at, self.start = text, 0, 0
        self.rows: dict[int, tuple[int, int] | None] = {}

    def row(self, claim: Claim) -> tuple[int, int] | None:
        """The Markdown line of a claim given in text order, or None."""
        text, position = self.text, claim.location.start
        newline = text.rfind("\n", self.at, position) if position >= self.at else -1
        if position < self.at:  # out of order: look back from the figure
            newline = text.rfind("\n", 0, position)
            self.start = newline + 1
        elif newline >= 0:
            self.start = newline + 1
        self.at = max(self.at, position)
        if self.start not in self.rows:
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            line = text[self.start : min(end, self.start + _LONGEST)]
            markdown = end - self.start <= _LONGEST and _MD_ROW.fullmatch(line) is not None
            markdown = markdown and not line.lstrip().startswith("<")
            self.rows[self.start] = (self.start, end) if markdown else None
        return self.rows[self.start]


_LONGEST = 2_000  # no table row or bullet line is longer


def _row(document: Document, claim: Claim, lines: _Lines) -> tuple[int, int] | None:
    """The span of the row holding the claim: its Markdown line, or its HTML element from
    the tag that opens its label (``<tr>``, ``<li>``, ``<dt>``) to the tag that closes
    it; None outside a row."""
    found = lines.row(claim)
    if found is not None:
        return found
    text = document.text
    opened = _last(_HTML_ROW, text, claim.location.start - _REACH, claim.location.start)
    if opened is None:
        return None
    label = _last(_HTML_OPEN, text, opened - _REACH, claim.location.start)
    close = _CLOSE.search(text, claim.location.end, claim.location.end + _REACH)
    return (label if label is not None else opened), close.end() if close else claim.location.end


def _last(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """Where the last match of ``pattern`` between ``lo`` and ``hi`` starts, if no
    element closes after it before ``hi`` (a row's own tags only)."""
    found = None
    for match in pattern.finditer(text, max(0, lo), hi):
        found = match.start()
    if found is None:
        return None
    inner = text[found:hi].lower()
    return None if "</tr>" in inner or "</li>" in inner or "</dd>" in inner else found


def _label(document: Document, row: tuple[int, int], claim: Claim) -> str:
    """A row's words without its figure and markup ("total ballots cast")."""
    text = document.text[row[0] : row[1]].replace(claim.location.text, " ")
    return " " + squash(_EMPHASIS.sub(" ", _TAG.sub(" ", text))) + " "


def _columns(
    document: Document, sentences: Sequence[Sequence[Claim]]
) -> list[list[tuple[Claim, tuple[int, int]]]]:
    """Runs of consecutive rows with one figure each; only blank lines, markup and a
    Markdown rule line may stand between two rows."""
    rows: dict[tuple[int, int], list[Claim]] = {}
    lines = _Lines(document.text)
    for sentence in sentences:
        for claim in sentence:
            if checkable(claim) and claim.quantity.kind in _KINDS:
                row = _row(document, claim, lines)
                if row is not None:
                    rows.setdefault(row, []).append(claim)
    text = document.text
    runs: list[list[tuple[Claim, tuple[int, int]]]] = []
    last_end = -1
    for row in sorted(rows):
        amounts = rows[row]
        if len(amounts) != 1 or amounts[0].is_change:
            last_end = -1
            continue
        gap = text[last_end : row[0]] if last_end >= 0 else None
        joined = gap is not None and all(
            _RULE.match(line) or not line.strip() for line in _TAG.sub("", gap).split("\n")
        )
        if joined:
            runs[-1].append((amounts[0], row))
        else:
            runs.append([(amounts[0], row)])
        last_end = row[1]
    return runs


def _lead(
    document: Document,
    run: Sequence[tuple[Claim, tuple[int, int]]],
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
    if end > row[0] or _TAG.sub("", document.text[end : row[0]]).strip():
        return None  # words between the lead and the column
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


def find_table_sums(
    document: Document, sentences: Sequence[Sequence[Claim]], cues: SumCues
) -> list[Sum]:
    """Each column's total with its other rows."""
    out: list[Sum] = []
    by_start = {id(c): i for i, sentence in enumerate(sentences) for c in sentence}
    for run in _columns(document, sentences):
        labels = [_label(document, row, c) for c, row in run]
        if any(f" {w} " in label for label in labels for w in cues.nested_rows):
            continue
        named = [i for i, x in enumerate(labels) if any(f" {w} " in x for w in cues.total_rows)]
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
            if lead is None:
                continue
            total, parts = lead, claims
        if all(p.quantity.kind is total.quantity.kind for p in parts) and fits(
            document, parts, total, cues
        ):
            out.append((tuple(parts), total))
    return out


__all__ = ["find_table_sums"]
