"""Changes a headline restates from the body: "Cap up 10%" over "the cap rises to
£1,717 from £1,586, a 9% rise".

A headline's percentage change names what changed by the words before it ("Cap up",
"Fares to rise", "Shares in Orla jump"). The body's percentage changes in the same
direction whose sentence names one of those words are what the headline restates; the
headline must fit one of them (the checker compares them as restatements). A headline
whose words name no body change is left alone. Stop words are data (``[restated]
headline_stops`` in numcheck/lexicon/checkers.toml, with the ``[described]`` stops).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from numcheck.checkers._compare import checkable, cue_set, sentence_of
from numcheck.checkers._heads import lemma
from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

_WORD = lazy_compile(r"[^\W\d_][\w’'-]*")
_SUBJECT_WORDS = 4  # the headline's words before its figure that name what changed


@dataclass(frozen=True, slots=True)
class HeadlineWords:
    stops: frozenset[str]

    @classmethod
    def of(cls, lex: Mapping[str, Any]) -> HeadlineWords:
        restated: Mapping[str, Any] = lex.get("restated", {})
        described: Mapping[str, Any] = lex.get("described", {})
        return cls(cue_set(restated, "headline_stops") | cue_set(described, "stops"))


def _changes(claim: Claim) -> bool:
    q = claim.quantity
    return (
        checkable(claim)
        and q.kind is Kind.PERCENT
        and q.change is not None
        and (claim.is_change or q.level is None)
    )


def _lemmas(text: str, w: HeadlineWords) -> set[str]:
    found = (x.lower().removesuffix("'s").removesuffix("’s") for x in _WORD.findall(text))
    return {lemma(x) for x in found if len(x) > 2 and x not in w.stops}


def headline_changes(
    document: Document, claims: Sequence[Claim], w: HeadlineWords
) -> list[tuple[Claim, list[Claim]]]:
    """Each headline change with the body changes it restates (nearest first)."""
    body = [c for c in claims if c.scope is Scope.BODY and _changes(c)]
    out: list[tuple[Claim, list[Claim]]] = []
    for head in claims:
        if head.scope is not Scope.HEADLINE or not _changes(head):
            continue
        start = sentence_of(document, head)[0]
        lead = document.prose[start : head.location.start].split()[-_SUBJECT_WORDS:]
        subject = _lemmas(" ".join(lead), w)
        if not subject:
            continue
        found = []
        for claim in body:
            if claim.quantity.change is not head.quantity.change:
                continue
            lo, hi = sentence_of(document, claim)
            if subject & _lemmas(document.prose[lo:hi], w):
                found.append(claim)
        if found:
            out.append((head, found))
    return out


__all__ = ["HeadlineWords", "headline_changes"]
