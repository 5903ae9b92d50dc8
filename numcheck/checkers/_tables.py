"""Totals stated as the last row of a table (NC202).

    <tr><td>Yes</td><td>27,940</td></tr>          | Yes      | 27,940 |
    <tr><td>No</td><td>23,010</td></tr>           | No       | 23,010 |
    <tr><td>Total votes</td><td>51,370</td></tr>  | Total    | 50,950 |

Consecutive table rows (HTML cells or Markdown pipes) that each give one figure, the
first of them whose label calls it a total (``[sums] total_rows``), state that total
and its parts: the rows above it. A table with rows "of which" or a subtotal is a
nesting, not one partition, and is left alone (``[sums] nested_rows``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from numcheck.checkers._compare import checkable, squash
from numcheck.checkers._sums import Sum, SumCues, fits
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

_ROW = re.compile(r"<t[dh]\b|^\s*\|.*\|\s*$", re.IGNORECASE)
_RULE = lazy_compile(r"^\s*\|?[\s|:-]+\|?\s*$")  # a Markdown table's |---|---| line
_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT})


def _line(document: Document, claim: Claim) -> tuple[int, str]:
    """The line number and text of the line holding the claim."""
    text = document.text
    start = text.rfind("\n", 0, claim.location.start) + 1
    end = text.find("\n", claim.location.end)
    return text.count("\n", 0, start), text[start : len(text) if end < 0 else end]


def _label(document: Document, claim: Claim) -> str:
    """A row's words without its figure and markup ("total ballots cast")."""
    line = _line(document, claim)[1].replace(claim.quantity.text, " ")
    return " " + squash(re.sub(r"<[^>]*>|[|]", " ", line)) + " "


def _rows(document: Document, sentences: Sequence[Sequence[Claim]]) -> list[list[Claim]]:
    """Runs of table rows on consecutive lines, one figure a row (a cell may be a
    sentence of its own, so figures are counted by line)."""
    lines: dict[int, list[Claim]] = {}
    for sentence in sentences:
        for claim in sentence:
            if checkable(claim) and claim.quantity.kind in _KINDS:
                lines.setdefault(_line(document, claim)[0], []).append(claim)
    text = document.text.split("\n")
    runs: list[list[Claim]] = []
    last = -2
    for number in sorted(lines):
        amounts = lines[number]
        if len(amounts) != 1 or amounts[0].is_change or not _ROW.search(text[number]):
            last = -2
            continue
        between = text[last + 1 : number] if last >= 0 else None
        if between is not None and all(_RULE.match(x) or not x.strip() for x in between):
            runs[-1].append(amounts[0])
        else:
            runs.append([amounts[0]])
        last = number
    return runs


def find_table_sums(
    document: Document, sentences: Sequence[Sequence[Claim]], cues: SumCues
) -> list[Sum]:
    """Each table's first total row with the rows above it."""
    out: list[Sum] = []
    for run in _rows(document, sentences):
        labels = [_label(document, c) for c in run]
        if any(f" {w} " in label for label in labels for w in cues.nested_rows):
            continue
        totals = (i for i, x in enumerate(labels) if any(f" {w} " in x for w in cues.total_rows))
        at = next(totals, None)
        if at is None or at < 2:
            continue
        total, parts = run[at], run[:at]
        if all(p.quantity.kind is total.quantity.kind for p in parts) and fits(
            document, parts, total, cues
        ):
            out.append((tuple(parts), total))
    return out


__all__ = ["find_table_sums"]
