"""A figure given under a label (a fact box, a key-figures list, a table row) restated in
the prose of the same article (NC101-NC103).

    - Confirmed cases: 46               ... "More than 50 confirmed cases have been linked"
    <li>Flights cancelled: 212</li>     ... "the airline cancelled 212 flights"
    | Revenue | £1.38bn | £1.30bn |     ... "revenue of £1.83bn had been respectable"

A labelled figure is the first figure of a list item or a table row (numcheck/rows.py)
or of a short "Label: figure" line; its label is the words before it (for a table row,
its one cell before the figure; for an item or a line, the words before the colon). The
label names the figure the way the prose does: a prose figure restates it when the words
of its own phrase (a count's words from the number to its noun, "confirmed cases"; any
other figure's measure, "revenue") are the label's words, as lemmas, no more and no
fewer. A figure in a row of several columns (years, quarters) restates one of them: it
is reported when it fits none. A prose sentence that names a year the box or table does
not name is another year's figure. Lemmas come from the parser's noun lemmatizer.
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.checkers._arith import compared_hard
from numcheck.checkers._compare import checkable, same_party, sentence_of
from numcheck.checkers._heads import lemma
from numcheck.checkers._restate_pair import converted, verdict
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind, Level
from numcheck.rows import Row

_MARKUP = lazy_compile(r"<[^>]*>|&\w+;|\*\*?|__?|`")
_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")
_YEAR = lazy_compile(r"\b(?:1[89]|20)\d\d\b")
_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT, Kind.DURATION})
# words of a label or a phrase that name nothing: hedges and function words
_STOPS = frozenset({"the", "a", "an", "of", "in", "at", "on", "for", "to", "and", "or",
                    "about", "around", "some", "nearly", "almost", "more", "than", "over",
                    "under", "up", "least", "most", "roughly", "approximately", "total",
                    "number", "its", "their", "his", "her", "estimated"})
_LABEL_WORDS = 6  # the longest label read
# how far into its row or line a labelled figure may sit: a label cell or item of six
# words with its markup; a figure further in is none, and a long row is not read per figure
_LEAD_REACH = 300


def _line(document: Document, at: int) -> tuple[int, int]:
    """The offsets of the line that holds ``at``, from the document's line map (a
    search of the text would read a long line once per figure on it: quadratic)."""
    lines = document.lines
    return lines.line_span(lines.position(at)[0], document.text)


def _lemmas(text: str) -> frozenset[str]:
    words = (w.lower().strip("'’") for w in _WORD.findall(_MARKUP.sub(" ", text)))
    return frozenset(lemma(w) for w in words if w and w not in _STOPS)


def _label(document: Document, claim: Claim, index: int) -> tuple[frozenset[str], bool] | None:
    """The label of a labelled figure on row ``index`` (-1: on no row) and whether it
    heads a table row, or None."""
    at = claim.location.start
    if index >= 0:
        row = document.rows[index]
        if at - row.start > _LEAD_REACH:
            return None
        if row.is_table:
            return _cell_label(document, row, at)
        return _colon_label(document.prose[row.start : at])
    start, end = _line(document, at)
    if at - start > _LEAD_REACH or len(document.text[start:end].split()) > 12:
        return None
    return _colon_label(document.text[start:at])


def _cell_label(document: Document, row: Row, at: int) -> tuple[frozenset[str], bool] | None:
    """The label of a table row's first figure: the one cell before it."""
    said = [document.prose[a : min(b, at)] for a, b in row.cells if a < at]
    cells = [c for c in (_MARKUP.sub(" ", c) for c in said) if c.strip()]
    if len(cells) != 1:
        return None  # the row's first figure follows its label cell, and only it
    words = _lemmas(cells[0])
    return (words, True) if 0 < len(words) <= _LABEL_WORDS else None


def _colon_label(lead: str) -> tuple[frozenset[str], bool] | None:
    """The label of "Label: figure": the words before the one colon."""
    body = _MARKUP.sub(" ", lead).rstrip()
    if not body.endswith(":") or ":" in body[:-1]:
        return None
    words = _lemmas(body[:-1])
    return (words, False) if 0 < len(words) <= _LABEL_WORDS else None


def _phrase(document: Document, claim: Claim) -> frozenset[str]:
    """The words a prose figure names itself by: a count's words from the number to its
    noun ("confirmed cases"), any other figure's measure ("revenue")."""
    q = claim.quantity
    if q.kind is Kind.COUNT:
        if not q.noun:
            return frozenset()
        end = sentence_of(document, claim)[1]
        words = _WORD.findall(document.prose[claim.location.end : min(end, q.end + 60)])
        run: list[str] = []
        for word in words[:4]:
            run.append(word)
            if lemma(word) == q.noun:
                return _lemmas(" ".join(run))
        return frozenset()
    return frozenset(lemma(w) for w in claim.measure if w.isalpha() and w not in _STOPS)


def _prose(claim: Claim) -> bool:
    q = claim.quantity
    return (
        checkable(claim)
        and q.kind in _KINDS
        and not claim.is_change
        and q.change is None
        and q.level is not Level.OLD
        and claim.part_of is None
    )


def _rows(document: Document, claims: Sequence[Claim]) -> list[int]:
    """The row of each figure (numcheck/rows.py), -1 for a figure on none."""
    rows = document.rows
    if not rows:
        return [-1] * len(claims)  # prose only: no figure is looked up
    return [rows.at(claim.location.start) for claim in claims]


def labelled_findings(
    document: Document, claims: Sequence[Claim], tolerance: float
) -> list[Finding]:
    """Each prose figure against the labelled figures whose label is its phrase."""
    labels: list[tuple[Claim, frozenset[str], list[Claim]]] = []
    seen: set[tuple[int, int]] = set()  # a row, or a line: one labelled figure each
    where = _rows(document, claims)
    by_row: dict[int, list[Claim]] = {}  # each row's figures, read once for all rows
    for claim, index in zip(claims, where, strict=True):
        if index >= 0 and checkable(claim):
            by_row.setdefault(index, []).append(claim)
    for claim, index in zip(claims, where, strict=True):
        box = (index, -1) if index >= 0 else (-1, _line(document, claim.location.start)[0])
        if box in seen or not _prose(claim):
            continue
        label = _label(document, claim, index)
        if label is None:
            continue
        seen.add(box)
        words, row = label
        kind = claim.quantity.kind
        cells = [c for c in by_row[index] if c.quantity.kind is kind] if row else [claim]
        labels.append((claim, words, cells))
    if not labels:
        return []
    findings: list[Finding] = []
    for claim, index in zip(claims, where, strict=True):
        if index >= 0 or not _prose(claim):
            continue  # a figure of the box itself ("Outlook: Q4 revenue of $4.4 billion")
        phrase = _phrase(document, claim)
        if not phrase:
            continue
        lo, hi = sentence_of(document, claim)
        years = set(_YEAR.findall(document.prose[lo:hi]))
        for labelled, words, cells in labels:
            if words != phrase or not same_party(labelled.claimant, claim.claimant):
                continue
            if years and not years <= _box_years(document, labelled):
                continue  # "revenue of £1.1bn in 2019": another year's figure
            if any(_fits(claim, cell) for cell in cells):
                continue
            first, second = sorted((cells[0], claim), key=lambda c: c.location.start)
            found = verdict(document, first, second, tolerance)
            if found is not None:
                findings.append(found)
                break
    return findings


def breakdown_members(document: Document, claims: Sequence[Claim]) -> dict[int, frozenset[str]]:
    """The figures that are members of a breakdown, by claim id, with their label.

    A list or table that gives one counted noun under different labels ("- Northfield:
    10 homes damaged", "- Eastbrook: 11 homes damaged") breaks a whole down by those
    labels: each row is its label's figure, as "in Northfield" would make it, never a
    restatement of its sibling or of the whole. A key-figures box gives a different
    measure on each row ("Deaths: 34", "Injured: 120"), so it is no breakdown.
    """
    rows: dict[str, list[tuple[int, frozenset[str]]]] = {}
    for claim, index in zip(claims, _rows(document, claims), strict=True):
        q = claim.quantity
        if not q.noun or not checkable(claim):
            continue  # a figure with no noun of its own is named by its label
        label = _label(document, claim, index)
        if label is None or q.noun in label[0]:
            continue
        rows.setdefault(q.noun, []).append((id(claim), label[0]))
    return {
        cid: words
        for members in rows.values()
        if len({words for _, words in members}) > 1
        for cid, words in members
    }


def _fits(claim: Claim, cell: Claim) -> bool:
    q, c = claim.quantity, cell.quantity
    hard = converted(q, compared_hard(q), c.unit)
    return hard is not None and hard.intersects(compared_hard(c))


def _box_years(document: Document, labelled: Claim) -> set[str]:
    """The years a labelled figure's box or table names: its line and the lines of the
    block of non-blank lines around it."""
    text = document.text
    start = text.rfind("\n\n", 0, labelled.location.start)
    end = text.find("\n\n", labelled.location.end)
    return set(_YEAR.findall(text[max(0, start) : len(text) if end < 0 else end]))


__all__ = ["breakdown_members", "labelled_findings"]
