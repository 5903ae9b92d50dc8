"""Figures a headline restates from the body: "Cap up 10%" over "the cap rises to
£1,717 from £1,586, a 9% rise"; "Brewer fined £250,000" over the lede's "A brewery
was fined £205,000 at Crown Court".

A headline's percentage change names what changed by the words before it ("Cap up",
"Fares to rise", "Shares in Orla jump"). The body's percentage changes in the same
direction whose sentence names one of those words are what the headline restates; the
headline must fit one of them (the checker compares them as restatements). A headline
whose words name no body change is left alone. Stop words are data (``[restated]
headline_stops`` in numcheck/lexicon/checkers.toml, with the ``[described]`` stops).

A headline's level is said by the verb that governs it ("fined £250,000", "jailed for
six years", "to spend £5m"): the lede (the body's first paragraph) restates it with the
same verb, in the same unit dimension, as the only figure of that dimension in its
sentence ("fined £205,000 and ordered to pay £45,000 costs" is a sum's parts), and
with the same object if both name one ("to spend £5m on roads" is not restated by
"will spend £2m on potholes"). The
headline must fit one of the lede's figures of its verb; a headline whose verb the lede
does not use is left alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from numcheck.checkers._compare import checkable, cue_set, sentence_of, stem
from numcheck.checkers._heads import lemma
from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

_WORD = lazy_compile(r"[^\W\d_][\w’'-]*")
_SUBJECT_WORDS = 4  # the headline's words before its figure that name what changed
_REACH = 60  # characters read around a figure for its verb and object


class HeadlineWords(NamedTuple):
    stops: frozenset[str]
    links: frozenset[str]  # words between a verb and its figure ("jailed for", "paid out")
    verb_stops: frozenset[str]  # no verb ("is", "the", "of", "up")

    @classmethod
    def of(cls, lex: Mapping[str, Any]) -> HeadlineWords:
        restated: Mapping[str, Any] = lex.get("restated", {})
        described: Mapping[str, Any] = lex.get("described", {})
        return cls(
            cue_set(restated, "headline_stops") | cue_set(described, "stops"),
            cue_set(restated, "verb_links"),
            cue_set(restated, "head_stops") | cue_set(restated, "snapshot_stops"),
        )


def percent_change(claim: Claim) -> bool:
    """A percentage told as a change ("up 10%", "a 9% rise"), not a level of one."""
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
    body = [c for c in claims if c.scope is Scope.BODY and percent_change(c)]
    out: list[tuple[Claim, list[Claim]]] = []
    for head in claims:
        if head.scope is not Scope.HEADLINE or not percent_change(head):
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


def _verb(document: Document, claim: Claim, w: HeadlineWords) -> str | None:
    """The stem of the verb that governs a figure: the word before it, past links."""
    start = max(sentence_of(document, claim)[0], claim.location.start - _REACH)
    lead = [x.lower() for x in _WORD.findall(document.prose[start : claim.location.start])]
    while lead and lead[-1] in w.links:
        lead.pop()
    if not lead or lead[-1] in w.verb_stops or len(lead[-1]) < 3:
        return None
    return stem(lead[-1])


_OBJECT_LINKS = frozenset({"on", "for", "into", "towards", "toward"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "new", "more"})


def _object(document: Document, claim: Claim) -> str | None:
    """What a figure is spent on or given for, right after it ("£5m on roads")."""
    end = min(sentence_of(document, claim)[1], claim.location.end + _REACH)
    tail = document.prose[claim.location.end : end]
    after = [x.lower() for x in _WORD.findall(tail)]
    if after and after[0] not in _OBJECT_LINKS and claim.quantity.noun:
        after = after[1:]  # the counted noun: "300 jobs for ..."
    if len(after) < 2 or after[0] not in _OBJECT_LINKS:
        return None
    rest = [x for x in after[1:4] if x not in _DETERMINERS]
    return stem(lemma(rest[0])) if rest else None


def _lede(document: Document, claims: Sequence[Claim]) -> tuple[int, int] | None:
    """The offsets of the body's first paragraph."""
    first = next((c for c in claims if c.scope is Scope.BODY), None)
    if first is None:
        return None
    end = document.prose.find("\n\n", first.location.start)
    return sentence_of(document, first)[0], len(document.prose) if end < 0 else end


def _level(claim: Claim) -> bool:
    q = claim.quantity
    return checkable(claim) and not claim.is_change and q.change is None and q.level is None


def headline_levels(
    document: Document, claims: Sequence[Claim], w: HeadlineWords
) -> list[tuple[Claim, list[Claim]]]:
    """Each headline level with the lede's figures of its verb and dimension."""
    heads = [c for c in claims if c.scope is Scope.HEADLINE and _level(c)]
    lede = _lede(document, claims) if heads else None
    if lede is None:
        return []
    body = [
        c
        for c in claims
        if c.scope is Scope.BODY and lede[0] <= c.location.start < lede[1] and _level(c)
    ]
    spans = {id(c): sentence_of(document, c) for c in body}
    count = Counter((c.key.dimension, spans[id(c)]) for c in body)
    alone = [c for c in body if count[(c.key.dimension, spans[id(c)])] == 1]
    said = {id(c): (_verb(document, c, w), _object(document, c)) for c in alone}
    out: list[tuple[Claim, list[Claim]]] = []
    for head in heads:
        verb = _verb(document, head, w)
        if verb is None:
            continue
        thing = _object(document, head)
        found = [
            c
            for c in alone
            if c.key.dimension == head.key.dimension
            and said[id(c)][0] == verb
            and thing in (None, said[id(c)][1] or thing)  # "£2m on potholes"
        ]
        if found:
            out.append((head, found))
    return out


__all__ = ["HeadlineWords", "headline_changes", "headline_levels", "percent_change"]
