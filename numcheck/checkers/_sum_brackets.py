"""Lists in brackets after their total, read from one sentence (why its own module: the
bracket is one concern of ``_sums`` and the file had reached its size limit).

Two grammars: each item a figure in brackets after its label ("made in London (210),
Manchester (150) and Leeds (40)", ``bracket_list``), and one bracket after the total
holding every item as its label, then its figure ("212 homes (Kesby 140, Orrin 51 and
Pell 31)", ``label_first``), as a key-facts box or a results table writes a breakdown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from numcheck.checkers._compare import between
from numcheck.checkers._sum_clauses import (
    CUE_REACH,
    MAX_GAP,
    MAX_ITEMS,
    PARTITION,
    SEPARATOR,
    SOME,
    Opener,
    alike,
    counted_as,
)
from numcheck.checkers._sum_cues import SumCues
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Bound, Kind

_CLAUSE_WORDS = 8  # words from a total to the label of its first bracketed item
_HOLDER_WORDS = 4  # words of the total's own phrase before its bracket: "homes last year ("
_LABEL_WORDS = 4  # words naming an item before its figure: "St Anne's", "the leisure centre"
_AMOUNTS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)  # a share or a rate is no sum of its items
# a label: words with no digit and no mark, hyphens and apostrophes inside words
_LABEL = lazy_compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*(?:['’]s?)?")
# between two items: a separator, then the next item's label
_NEXT = lazy_compile(
    r"\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?P<label>[^,;:()]*?)\s*$"
)


def bracket_list(
    document: Document, sentence: Sequence[Claim], k: int, cues: SumCues
) -> tuple[str, Opener | None]:
    """ "The 412 arrests were made in London (210), Manchester (150) and Leeds (40)": a
    list whose every item is a figure in brackets after its label, in the clause of the
    total before it, names the total's parts: all of it when three or more, some of it
    when two."""
    total, first = sentence[k - 1], sentence[k]
    gap = document.prose[total.location.end : first.location.start]
    if not gap.endswith("(") or any(m in gap[:-1] for m in ",;:.()—–"):
        return PARTITION, None
    if len(gap.split()) - 1 > _CLAUSE_WORDS:
        return PARTITION, None
    members = in_brackets(document, sentence, k, cues)
    if len(members) < 2 or not _bracketed_figure(document, first):
        return PARTITION, None
    # the list opens before its first bracket, which ``_bracketed`` would close it at
    return (PARTITION if len(members) > 2 else SOME), (first.location.start - 1, False)


def _bracketed_figure(document: Document, claim: Claim) -> bool:
    text, at = document.prose, claim.location
    return text[at.start - 1 : at.start] == "(" and text[at.end : at.end + 1] == ")"


def in_brackets(
    document: Document, sentence: Sequence[Claim], k: int, cues: SumCues
) -> list[Claim]:
    """The items from ``sentence[k]`` on of a list whose every item is a figure in
    brackets after its label ("sales (1,800), logistics (1,300) and ..."); a figure of a
    label ("two universities (nine)": right before the bracket, no separator between)
    counts the label's holders, no item of the list."""
    text = document.prose
    run = [sentence[k]]
    j, closed = k, False  # "A (1), B (2) and C (3)": after "and" the list has ended
    while j + 1 < len(sentence) and len(run) < MAX_ITEMS and not closed:
        step = 1
        if not _bracketed_figure(document, sentence[j + 1]) and j + 2 < len(sentence):
            label, worded = sentence[j + 1], between(document, sentence[j + 1], sentence[j + 2])
            if (
                label.quantity.kind is Kind.COUNT
                and re.search(r"[a-z]", worded)  # "160 km/h (120 mph)": a conversion
                and SEPARATOR.search(worded) is None
            ):
                step = 2  # the label's own count
        item = sentence[j + step]
        gap = text[sentence[j].location.end : item.location.start]
        if (
            not _bracketed_figure(document, item)
            or len(gap) > MAX_GAP + CUE_REACH
            or "." in gap
            or SEPARATOR.search(text[sentence[j].location.end : sentence[j + 1].location.start])
            is None
            or not alike(item, run[0])
            or cues.no_item(document, item)
        ):
            break
        run.append(item)
        closed = "and" in gap.replace(",", " ").split()
        j += step
    return run


def label_first(
    document: Document, sentence: Sequence[Claim], k: int, cues: SumCues
) -> tuple[str, Opener | None]:
    """ "The storm damaged 212 homes (Kesby 140, Orrin 51 and Pell 31)": a bracket right
    after the total's own phrase holding nothing but items, each a short label and then
    its bare figure, breaks the total down: all of it when three or more, some of it when
    two. Every item must name its part first and the bracket must close on the last
    figure; a leading word of ``[sums] not_labels`` ("up 40", "last year 180", "against
    1,150") makes the bracket a comparison, not a breakdown."""
    total, first = sentence[k - 1], sentence[k]
    text = document.prose
    if total.quantity.kind not in _AMOUNTS or first.quantity.kind not in _AMOUNTS:
        return PARTITION, None
    gap = text[total.location.end : first.location.start]
    head, bracket, label = gap.partition("(")
    if not bracket or any(m in head for m in ",;:.)—–") or len(head.split()) > _HOLDER_WORDS:
        return PARTITION, None
    labels = [label]
    members = [first]
    for j in range(k + 1, min(len(sentence), k + MAX_ITEMS)):
        step = text[members[-1].location.end : sentence[j].location.start]
        if ")" in step or len(step) > MAX_GAP:
            break
        m = _NEXT.match(step)
        if m is None:
            return PARTITION, None  # "(Kesby 140 on the first night, ...)": not label-first
        labels.append(m.group("label"))
        members.append(sentence[j])
    closes = text[members[-1].location.end : members[-1].location.end + 2].lstrip()
    if len(members) < 2 or not closes.startswith(")"):
        return PARTITION, None  # the bracket goes on after the last figure
    named = [_named(lab, cues) for lab in labels]
    if None in named or len(set(named)) < len(named):
        return PARTITION, None
    if any(
        c.quantity.bound in (Bound.RANGE, Bound.VAGUE) or c.quantity.level is not None
        for c in (total, *members)
    ):
        return PARTITION, None  # "20 to 30 mm (coast 10-15, hills 25-40)": levels by place
    if any(
        m.quantity.noun is not None or not alike(m, first) or not counted_as(m, total)
        or m.is_change for m in members
    ):
        return PARTITION, None  # "(Kesby 140 houses, ...)": items of their own thing
    how = PARTITION if len(members) > 2 else SOME
    return how, (total.location.end + len(head) + 1, False)


def _named(label: str, cues: SumCues) -> str | None:
    """The label an item names before its figure, lowercased; None when the words are no
    name of a part: empty, too long, a digit or a mark in them, a preposition or article
    last ("rose to"), or a word of ``not_labels``."""
    said = label.split()
    if not 1 <= len(said) <= _LABEL_WORDS or not all(_LABEL.fullmatch(w) for w in said):
        return None
    low = [w.lower() for w in said]
    if low[-1] in cues.labels or low[-1] in cues.holders or low[-1] in ("a", "an", "of"):
        return None
    if any(w in cues.not_labels for w in low):
        return None
    return " ".join(low)
