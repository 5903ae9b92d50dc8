"""Differences stated against levels given elsewhere in the article (NC206).

Two classes, both a difference ``D = A - B`` whose levels are not all in D's clause:

- a lead, gap or margin in points with the leader's share beside it ("puts the party on
  38% - but its 13-point lead ...") against a breakdown elsewhere in the article in
  which that share is the largest ("38% back the party, while 27% back the Union"): the
  lead is the leader's share less the runner-up's;
- "D more/less than <a noun phrase>" after a level A ("an estimated 4 tonnes, about
  3,500 kg more than this seizure"): the noun phrase names an earlier figure B of the
  same measure, found by the word it shares a stem with ("seizing 1,200 kilos"); the
  nearest such figure before it is B.

A difference set beside its level carries that level's approximation in its hedge, so
its hedge counts as 5% (or its last digit's rounding), as for a count beside a share.
Cue words are data (``[gaps]`` in numcheck/lexicon/checkers.toml).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise
from typing import Any

from numcheck.checkers._arith import beside, convert, stated_change, written
from numcheck.checkers._breakdown import BreakdownCues
from numcheck.checkers._compare import before, between, checkable, sentence_of, squash, stem, words
from numcheck.checkers._described import RECENT
from numcheck.checkers._words import describe, finding, fmt, like, said, value_of, where
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.interval import Interval
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Change, Kind, Level


class GapCues:
    def __init__(self, lex: Mapping[str, Any]) -> None:
        cues: Mapping[str, Any] = lex.get("gaps", {})
        self.nouns = frozenset(words(cues.get("nouns", ())))
        self.comparatives = {squash(k): v for k, v in cues.get("comparatives", {}).items()}
        self.referents = frozenset(words(cues.get("referents", ())))
        self.consequences = words(cues.get("consequences", ()))
        self.by_words = frozenset(words(cues.get("by_words", ())))

    def lead(self, document: Document, claim: Claim) -> bool:
        """ "its 13-point lead", "a lead of 13 points", "13 points ahead"."""
        q = claim.quantity
        if q.level is Level.OLD or q.change is not None or claim.is_change:
            return False
        if q.kind is not Kind.PERCENTAGE_POINT and "point" not in q.text.lower():
            return False
        after = squash(document.prose[claim.location.end : claim.location.end + 20]).split()
        first = after[0].strip(".,;:!?)—–") if after else ""
        lead = before(document, claim, 24).split()
        if len(lead) >= 2 and lead[-1] == "by" and lead[-2] in self.by_words:
            return True  # "leads by 9 points"
        return first in self.nouns or (
            len(lead) >= 2 and lead[-1] == "of" and lead[-2] in self.nouns
        )


def _shares(document: Document, sentence: Sequence[Claim], cues: BreakdownCues) -> list[Claim]:
    return [
        c
        for c in sentence
        if c.quantity.kind is Kind.PERCENT
        and not c.is_change
        and c.quantity.change is None
        and c.quantity.level is None
        and not cues.reference(document, c)
        and not cues.progress_of(document, c)
    ]


def lead_findings(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    cues: GapCues,
    breakdown: BreakdownCues,
) -> list[Finding]:
    """A lead in points against the breakdowns in which its leader's share is the top."""
    out: list[Finding] = []
    shares = [_shares(document, s, breakdown) for s in sentences]
    for sentence, own in zip(sentences, shares, strict=True):
        for gap in (c for c in sentence if cues.lead(document, c)):
            leader = [c for c in own if c.location.end <= gap.location.start]
            stated = beside(gap.quantity)
            if not leader or stated is None:
                continue
            found = _against(document, gap, leader[-1], stated, shares)
            out += [] if found is None else [found]
    return out


def _against(
    document: Document,
    gap: Claim,
    leader: Claim,
    stated: Interval,
    shares: Sequence[Sequence[Claim]],
) -> Finding | None:
    top = leader.quantity.value
    pairs: list[tuple[Claim, Claim]] = []
    for group in shares:
        ranked = sorted(group, key=lambda c: -(c.quantity.value or 0.0))
        if leader in group or len(ranked) < 2 or ranked[0].quantity.value != top:
            continue
        if ranked[1].quantity.value == top:
            continue  # a tie at the top: no runner-up
        pairs.append((ranked[0], ranked[1]))
    if not pairs:
        return None
    for first, second in pairs:
        a, b = written(first.quantity), written(second.quantity)
        if a is None or b is None or stated.meets(a - b, 1e-9):
            return None
    first, second = pairs[0]
    va, vb = value_of(first.quantity), value_of(second.quantity)
    if va is None or vb is None:
        return None
    message = (
        f"{describe(document, first)} and {describe(document, second)} are {fmt(va - vb)} "
        f"points apart, not {said(document, gap)}"
    )
    return finding("NC206", message, gap, [leader, first, second], document)


_STEM = lazy_compile(r"[a-z]{4,}")


def _around(document: Document, claim: Claim) -> frozenset[str]:
    """The stems of the words near a figure (its clause, 40 characters either side)."""
    start, end = sentence_of(document, claim)
    lo = max(start, claim.location.start - 40)
    hi = min(end, claim.location.end + 40)
    return frozenset(stem(w) for w in _STEM.findall(document.prose[lo:hi].lower()))


# figures looked back over for a step's level ("4 tonnes, about 3,500 kg more than"): it
# stands a figure or two before; reading the whole clause back for every figure of one
# long sentence would be quadratic (benchmarks/adversarial.py comma-soup)
_LOOKBACK = 8


def than_findings(
    document: Document, sentences: Sequence[Sequence[Claim]], cues: GapCues
) -> list[Finding]:
    """ "A, D more than <the noun>": D against A less the figure the noun names."""
    out: list[Finding] = []
    history: list[Claim] = []
    near: dict[int, frozenset[str]] = {}

    def around(claim: Claim) -> frozenset[str]:
        if id(claim) not in near:
            near[id(claim)] = _around(document, claim)
        return near[id(claim)]

    for sentence in sentences:
        for i, step in enumerate(sentence):
            back = range(i - 1, max(-1, i - 1 - _LOOKBACK), -1)
            level = next((sentence[j] for j in back if _measure(sentence[j], step)), None)
            found = (
                None if level is None else _than(document, level, step, history, cues, around)
            )
            out += [] if found is None else [found]
        history.extend(sentence)
    return out


def _measure(a: Claim, b: Claim) -> bool:
    """Two figures of one measure, in units that convert ("4 tonnes", "1,200 kilos")."""
    qa, qb = a.quantity, b.quantity
    if qa.kind is not qb.kind or a.key.dimension != b.key.dimension:
        return False
    if qa.unit == qb.unit:
        return qa.kind in (Kind.COUNT, Kind.MONEY, Kind.MEASURE)
    return qa.kind is Kind.MEASURE and qa.unit is not None and qb.unit is not None


def _in(span: Interval | None, claim: Claim, unit: str | None) -> Interval | None:
    """``span`` (a reading of ``claim``) in ``unit``."""
    have = claim.quantity.unit
    if span is None or have == unit:
        return span
    factor = convert(1.0, have, unit) if have is not None and unit is not None else None
    return None if factor is None else span.scaled(factor)


def _than(
    document: Document,
    level: Claim,
    step: Claim,
    history: Sequence[Claim],
    cues: GapCues,
    around: Callable[[Claim], frozenset[str]],
) -> Finding | None:
    if not _measure(level, step) or not (step.is_change or step.quantity.change is not None):
        return None
    lead = document.prose[sentence_of(document, step)[0] : step.location.start].rstrip()
    if not lead.endswith(","):  # "4 tonnes ..., about 3,500 kg more than": an aside
        return None
    tail = squash(document.prose[step.location.end : sentence_of(document, step)[1]])
    way = next((v for k, v in cues.comparatives.items() if tail.startswith(k + " ")), None)
    if way is None:
        return None
    rest = tail.split()[len(next(k for k in cues.comparatives if tail.startswith(k)).split()) :]
    if not rest or rest[0] not in cues.referents or any(ch.isdigit() for ch in rest[1][:1]):
        return None
    noun = re.sub(r"[^a-z]", "", rest[1]) if len(rest) > 1 else ""
    if len(noun) < 4:
        return None
    stems = {stem(noun)}
    named = [
        c
        for c in history[-RECENT:]
        if _measure(c, level) and checkable(c) and around(c) & stems
    ]
    if not named:
        return None
    base, unit = named[-1], level.quantity.unit
    a = written(level.quantity)
    b = _in(written(base.quantity), base, unit)
    d = _in(beside(step.quantity), step, unit)
    if a is None or b is None or d is None:
        return None
    diff = a - b if way == "up" else b - a
    if d.meets(diff, 1e-9):
        return None
    va = value_of(level.quantity)
    vb = _in(Interval.point(value_of(base.quantity) or 0.0), base, unit)
    if va is None or vb is None:
        return None
    size = like(abs(va - vb.low), level)
    message = (
        f"{describe(document, level)} less {describe(document, base)} is {size}, "
        f"not {said(document, step)}"
    )
    return finding("NC206", message, step, [level, base], document)


_AT = (", to", ", at", "to", "at")


def carried_findings(
    document: Document, sentences: Sequence[Sequence[Claim]], cues: GapCues
) -> list[Finding]:
    """The amount that says what a percent change means must be that percent of the
    level before it (the new level less the amount); the amount, written second, is
    blamed."""
    out: list[Finding] = []
    for amount, new, pct in carried(document, sentences, cues):
        b, p, x = written(new.quantity), stated_change(pct.quantity), written(amount.quantity)
        way = amount.quantity.change
        if b is None or p is None or x is None or way is None or p.high >= 100:
            continue
        up = way is Change.UP
        lo, hi = p.low / 100, p.high / 100
        expected = Interval(
            b.low * lo / (1 + lo) if up else b.low * lo / (1 - lo),
            b.high * hi / (1 + hi) if up else b.high * hi / (1 - hi),
        )
        if x.meets(expected, 0.5):
            continue
        vb, vp = value_of(new.quantity), value_of(pct.quantity)
        if vb is None or vp is None:
            continue
        r = vp / 100
        size = vb * r / (1 + r) if up else vb * r / (1 - r)
        message = (
            f"{said(document, pct)} ({where(pct)}) {'up' if up else 'down'} to "
            f"{said(document, new)} is {like(size, amount)} "
            f"(from {like(vb - size if up else vb + size, new)}), not {said(document, amount)}"
        )
        out.append(finding("NC206", message, amount, [pct, new], document))
    return out


def carried(
    document: Document, sentences: Sequence[Sequence[Claim]], cues: GapCues
) -> list[tuple[Claim, Claim, Claim]]:
    """ "Council tax is going up 4.99%. That means the bill will go up by £110, to
    £2,114": (amount, new level, percent), the percent stated in the sentence before
    the one that says what it means in money. Only when that sentence gives one
    percent change and the other gives none."""
    out: list[tuple[Claim, Claim, Claim]] = []
    for prev, sentence in pairwise(sentences):
        pcts = [c for c in prev if c.quantity.kind is Kind.PERCENT and _changes(c)]
        if len(pcts) != 1 or any(c.quantity.kind is Kind.PERCENT for c in sentence):
            continue
        for amount, new in pairwise(sentence):
            if not _changes(amount) or _changes(new) or not _measure(amount, new):
                continue
            gap = between(document, amount, new)  # ", to", "a year, to"
            if len(gap.split()) > 4 or not any(gap == a or gap.endswith(" " + a) for a in _AT):
                continue
            start = sentence_of(document, amount)[0]
            lead = squash(document.prose[start : amount.location.start])
            if any(f" {c} " in f" {lead} " for c in cues.consequences):
                out.append((amount, new, pcts[0]))
    return out


def _changes(claim: Claim) -> bool:
    return claim.is_change or claim.quantity.change is not None
