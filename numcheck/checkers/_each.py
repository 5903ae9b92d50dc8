"""Totals of equal shares: "Three countries sent two planes each, a total of eight".

A figure given per item ("two planes each", "£20,000 apiece", "Each of the five schools
will get £20,000") times the number of items (a count of other things before it in the
sentence, "three countries", or the names listed before it, "from Italy, Spain and
Croatia") must meet the total the sentence states ("a total of eight", "48 in all").
Cue words are data: the rate words (``[partitive] rates``) and the total cues
(``[sums]``) of numcheck/lexicon/checkers.toml.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from numcheck.checkers._compare import lead_of, sentence_of, squash, words
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*"
_NAMES = lazy_compile(rf"\b{_NAME}(?:, {_NAME})*,? and {_NAME}\b")
_PER = ("each", "apiece", "a piece")
_EACH_OF = lazy_compile(r"\beach of (?:the|its|their|these|those)$")
# the items after the share: "£500 each to 260 households", "£20,000 apiece for the 12"
_TO_ITEMS = lazy_compile(
    r"^(?:each|apiece|a piece) (?:to|for|among|between|across)(?: (?:the|its|their|these|those))?$"
)


class Shares(NamedTuple):
    """``per`` each of ``items`` (a count figure, or the names listed) make ``total``."""

    per: Claim
    items: Claim | tuple[str, ...]
    total: Claim


def find_each(
    document: Document, sentence: Sequence[Claim], lex: Mapping[str, Any]
) -> list[Shares]:
    """The equal-share totals of one sentence's figures."""
    sums: Mapping[str, Any] = lex.get("sums", {})
    before = words(sums.get("total_before", ()))
    after = words(sums.get("total_after", ()))
    found: list[Shares] = []
    for j, total in enumerate(sentence):
        if j < 1 or not _is_total(document, total, before, after):
            continue
        for i in range(j - 1, -1, -1):
            per = sentence[i]
            if not _alike(per, total) or per.is_change:
                continue
            if ";" in document.prose[per.location.end : total.location.start]:
                break  # "15 each; the hospital has a total of 640": another clause
            if None not in (per.key.thing, total.key.thing) and per.key.thing != total.key.thing:
                break
            items = _items(document, sentence, i)
            if items is not None:
                found.append(Shares(per, items, total))
            break
    return found


def _alike(a: Claim, b: Claim) -> bool:
    qa, qb = a.quantity, b.quantity
    return qa.kind is qb.kind and a.key.dimension == b.key.dimension and qa.unit == qb.unit


def _is_total(
    document: Document, total: Claim, before: Sequence[str], after: Sequence[str]
) -> bool:
    lead = lead_of(document, total)
    if any(lead.endswith(" " + c) or lead == c for c in before):
        return True
    tail = squash(document.prose[total.location.end : total.location.end + 25])
    tail = re.sub(r"^[a-z'’-]+ ", "", tail) if not any(tail.startswith(c) for c in after) else tail
    return any(re.match(rf"{re.escape(c)}\b", tail) for c in after)


def _items(document: Document, sentence: Sequence[Claim], i: int) -> Claim | tuple[str, ...] | None:
    """How many items ``sentence[i]`` is given for, when it is given per item: "two
    planes each", "12 players each", "30 officers each worked 12 hours", "each of the
    five schools will get 20,000", "from Italy, Spain and Croatia: two planes each",
    "£500 each to 260 households"."""
    per = sentence[i]
    start = sentence_of(document, per)[0]
    # the nearest count after and before it, read lazily (no list of a sentence per figure)
    later = next((c for c in map(sentence.__getitem__, range(i + 1, len(sentence)))
                  if c.quantity.kind is Kind.COUNT and not c.is_change), None)
    gap = squash(document.prose[per.location.end : later.location.start]) if later else ""
    if later and _TO_ITEMS.match(gap):
        return later  # "grants of £500 each to 260 households"
    earlier = next((c for c in map(sentence.__getitem__, range(i - 1, -1, -1))
                    if c.quantity.kind is Kind.COUNT and not c.is_change), None)
    if earlier is not None and earlier.key.thing != per.key.thing:
        count = earlier
        if ";" in document.prose[count.location.end : per.location.start]:
            return None
        lead = squash(document.prose[start : count.location.start])
        if _each_after(document, per) or _each_after(document, count) or _EACH_OF.search(lead):
            return count
        return None
    if earlier is not None or not _each_after(document, per):
        return None
    names = list(_NAMES.finditer(document.prose[start : per.location.start]))
    if not names:
        return None
    return tuple(re.split(r",? and |, ", names[-1].group(0)))


def _each_after(document: Document, claim: Claim) -> bool:
    """ "two planes each", "12 each", "£20,000 apiece": the figure is per item (the
    word within its noun phrase, before any punctuation)."""
    tail = squash(document.prose[claim.location.end : claim.location.end + 40])
    words_ = re.split(r"[,.;:()—–]", tail, maxsplit=1)[0].split()[:4]
    phrase = " " + " ".join(words_) + " "
    return any(f" {p} " in phrase for p in _PER)
