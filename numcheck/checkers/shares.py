"""NC203 and NC205: percentages against the counts they describe, and shares past 100%.

"40% of 200 students" is 80 students, so a later "95 students" for the same group is
wrong; "95 of the 200 students (40%)" is wrong too (47.5%). Shares of one whole listed
together ("60% of voters backed A and 45% backed B") cannot sum past 100%.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Any

from numcheck.checkers import _relations
from numcheck.checkers._adds import AddCues
from numcheck.checkers._apposed import Stated, is_rest, is_share
from numcheck.checkers._arith import beside, compared_hard, one_sided, written
from numcheck.checkers._breakdown import BreakdownCues, past_whole, share_groups
from numcheck.checkers._compare import (
    between,
    checkable,
    compiled,
    lexicon,
    sentence_of,
    words,
)
from numcheck.checkers._index import Outside
from numcheck.checkers._pointed import PointedCues, pointed_counts
from numcheck.checkers._relations import related, share_cues
from numcheck.checkers._share_complement import complement_fits, restates_complement
from numcheck.checkers._share_overlap import answers_apart, overlap_words
from numcheck.checkers._share_parts import estimate, share_fraction, stated_share
from numcheck.checkers._share_restated import restated_pairs
from numcheck.checkers._share_times import ShareTimes
from numcheck.checkers._words import (
    describe,
    finding,
    fmt,
    fmt_span,
    like,
    rule_doc,
    said,
    value_of,
    where,
)
from numcheck.claims import Claim
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.findings import Finding, Rule, Severity
from numcheck.hookspecs import hookimpl
from numcheck.interval import Interval
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Bound, Kind

RULES = (
    Rule(
        "NC203",
        "percent-count-mismatch",
        Severity.ERROR,
        "A percentage of a stated count does not match the count the article gives.",
        rule_doc(
            "NC203",
            "Works out `x% of N` (and `n of the N`, given with a percentage) from the figures "
            "as written, with their rounding, and reports a stated count or percentage that "
            "does not fit.",
            "A percentage and a count of the same group are two views of one number; when "
            "they disagree, one is wrong.",
            "`40% of the 200 students failed` (line 2) and `95 students failed` (line 5): "
            "40% of 200 is 80.",
            "Recompute the percentage or correct the count.",
        ),
    ),
    Rule(
        "NC205",
        "shares-exceed-whole",
        Severity.WARNING,
        "Shares of one whole listed together add up to more than 100%.",
        rule_doc(
            "NC205",
            "Adds the percentages one sentence gives for the same group (same measured "
            'thing, or the same base after "of") and reports when even their lowest '
            "readings sum past 100%.",
            "Shares of one whole cannot exceed the whole; a sum past 100% means a wrong "
            "figure, or overlapping groups the copy should say overlap.",
            "`Of the 300 staff, 60% backed the deal, 35% opposed it and 10% abstained`.",
            'Correct the shares, or say that the groups overlap ("respondents could choose '
            'more than one").',
        ),
    ),
)


@hookimpl
def numcheck_rules() -> Sequence[Rule]:
    return RULES


_SIDE = {Bound.LT: "under ", Bound.LE: "at most ", Bound.GT: "over ", Bound.GE: "at least "}

# how a share reads its base, by ``Stated.mode``
_OF = {"share": "of", "rest": "left of", "over": "over", "under": "under"}


def _factor(fraction: Interval, mode: str) -> Interval:
    """The multiple of the base the count is: the share, the rest, or the base and more."""
    if mode == "rest" or mode == "under":
        return Interval(1 - fraction.high, 1 - fraction.low)
    if mode == "over":
        return Interval(1 + fraction.low, 1 + fraction.high)
    return fraction


def _back(ratio: float, mode: str) -> float:
    """The share a count over its base stands for (``_factor`` read backwards)."""
    return {"share": ratio, "rest": 1 - ratio, "under": 1 - ratio, "over": ratio - 1}[mode]


def _reverse(document: Document, told: Stated, stated: Interval, whole: Interval) -> Finding:
    """The share restates the count: what share the count is, against the share."""
    share, base, count = told.share, told.base, told.count
    ratio = stated.divided_by(whole)
    x, n = value_of(count.quantity), value_of(base.quantity)
    pct = None if x is None or not n else 100 * _back(x / n, told.mode)
    share_pct = fmt_span(ratio.scaled(100)) if ratio is not None else "?"
    if ratio is not None and math.isinf(whole.high):
        share_pct = f"at most {100 * ratio.high:.3g}"
    elif pct is not None:
        share_pct = f"{pct:.3g}" if abs(pct) < 100 else fmt(pct)
    message = (
        f"{said(document, count)} {_OF[told.mode]} {said(document, base)} ({where(count)}) "
        f"is {share_pct}%, not {said(document, share)}"
    )
    return finding("NC203", message, share, [count, base], document)


def _described(document: Document, groups: Sequence[Sequence[Stated]]) -> list[Finding]:
    """ "The job cuts, about 6% of its 24,000 staff" after "cut 1,200 jobs": a share whose
    words name earlier counts, reported when it fits none of them."""
    out: list[Finding] = []
    for group in groups:
        if any(_fits(told, loose=True) is not False for told in group):
            continue
        share, base = group[0].share, group[0].base
        counts = [t.count for t in group]
        if len(counts) == 1:
            out += _told(document, group)
            continue
        listed = " or ".join(describe(document, c) for c in counts)
        message = f"{listed} of {said(document, base)} is not {said(document, share)}"
        out.append(finding("NC203", message, share, [*counts, base], document))
    return out


def _fits(told: Stated, loose: bool = False) -> bool | None:
    """Whether the count is the share of the base it is stated as (None: cannot tell).
    ``loose``: a count stated sentences before the share ("will cut 800 jobs" ... "the
    job cuts, about 5% of its 14,500 staff") may be a round figure: its coarse rounding
    counts too."""
    fraction, whole = share_fraction(told.share), one_sided(told.base.quantity)
    stated_count = beside(told.count.quantity)
    if fraction is None or whole is None or stated_count is None:
        return None
    if loose:
        stated_count = stated_count.hull(compared_hard(told.count.quantity))
    return stated_count.meets(_factor(fraction, told.mode) * whole, 0.5)


def _told(
    document: Document, stated: Sequence[Stated], rest_before: Sequence[str] = ()
) -> list[Finding]:
    """ "two-thirds of its 421 stores, or 240": a count set beside a share of its base
    must be that share of the base, with both figures' rounding. A complement with its
    own share set after it ("the other 160, a quarter") is read by ``_share_complement``."""
    out: list[Finding] = []
    for told in stated:
        if restates_complement(document, told, rest_before):
            if complement_fits(told) is not False:
                continue
            told = replace(told, mode="share")
        share, base, count = told.share, told.base, told.count
        fraction, whole = share_fraction(share), one_sided(base.quantity)
        stated_count = beside(count.quantity)
        if fraction is None or whole is None or stated_count is None:
            continue
        expected = _factor(fraction, told.mode) * whole
        if stated_count.meets(expected, 0.5):
            continue
        if share.location.start > count.location.start:
            # "9,800 of them — almost a third", "200 troops, a fifth of the 1,200": the
            # share restates the count, so the share is what is off
            out.append(_reverse(document, told, stated_count, whole))
            continue
        x, n = value_of(share.quantity), value_of(base.quantity)
        factor = 1 / 100 if share.quantity.kind is Kind.PERCENT else 1.0
        point = None if x is None else _factor(Interval.point(x * factor), told.mode).low
        estimate = fmt_span(expected) if point is None or n is None else like(point * n, count)
        estimate = _SIDE.get(share.quantity.bound, "") + estimate  # "under 110"
        pct, whole_said = said(document, share), said(document, base)
        of = f"{whole_said} {'plus' if told.mode == 'over' else 'less'} {pct}"
        if told.mode == "share":
            of = f"{pct} of {whole_said}"
        message = (
            f"{of} ({where(share)}) is {estimate}, "
            f"but {describe(document, count)} gives {said(document, count)}"
        )
        out.append(finding("NC203", message, count, [share, base], document))
    return out


def _ends(span: Interval | None) -> tuple[float, float]:
    return (0.0, 0.0) if span is None else (span.low, span.high)


def _counts_share(count: Claim, pct: Claim, base: Claim) -> bool:
    """Does ``count`` count the same share as "pct of base"? Never guessed from nothing."""
    if pct.key.event is not None:
        return count.key.event == pct.key.event and count.key.qualifiers == pct.key.qualifiers
    same = count.key.thing == base.key.thing and count.key.event == base.key.event
    if same and count.key.event is None:
        # "about 11% of its 17,300-strong workforce" ... "Another 400 staff will be
        # moved": the thing alone ties a share only to a count told with it
        return False
    return same and (base.key.thing is not None or base.key.event is not None)


def _share_key(pct: Claim, base: Claim) -> object:
    """The bucket ``_counts_share`` looks in: by event when the percentage names one."""
    if pct.key.event is not None:
        return ("event", pct.window, pct.key.event, pct.key.qualifiers)
    if base.key.thing is None and base.key.event is None:
        return None  # never guessed from nothing
    return ("thing", pct.window, base.key.thing, base.key.event)


def _count_index(
    claims: Sequence[Claim], bases: set[int]
) -> dict[object, tuple[Outside[Claim], dict[int, int]]]:
    """Stated counts by both bucket keys, sorted by their ends; with their text order."""
    buckets: dict[object, list[Claim]] = {}
    for count in claims:
        if count.quantity.kind is not Kind.COUNT or count.is_change or id(count) in bases:
            continue
        if written(count.quantity) is None:
            continue
        ck = count.key
        buckets.setdefault(("event", count.window, ck.event, ck.qualifiers), []).append(count)
        buckets.setdefault(("thing", count.window, ck.thing, ck.event), []).append(count)
    index: dict[object, tuple[Outside[Claim], dict[int, int]]] = {}
    for key, group in buckets.items():
        spans = ((*_ends(written(c.quantity)), c) for c in group)
        index[key] = (Outside(spans), {id(c): i for i, c in enumerate(group)})
    return index


def _counts(
    document: Document, claims: Sequence[Claim], rel: _relations.Relations
) -> list[Finding]:
    """Each "x% of N" against the stated counts of its group that miss x% of N (at most
    CAP on each side, the furthest off first)."""
    out: list[Finding] = []
    bases = {id(base) for _, base in rel.percent_of}
    index = _count_index(claims, bases)
    for pct, base in rel.percent_of:
        p, n = written(pct.quantity), written(base.quantity)
        bucket = index.get(_share_key(pct, base))
        if p is None or n is None or bucket is None:
            continue
        expected = p.scaled(1 / 100) * n
        outside, order = bucket
        found = {id(c): c for c in outside.outside(expected.low - 0.5, expected.high + 0.5)}
        for count in sorted(found.values(), key=lambda c: order[id(c)]):
            if count is base or not _counts_share(count, pct, base):
                continue
            stated = written(count.quantity)
            if stated is None or stated.meets(expected, 0.5):
                continue
            if not compared_hard(count.quantity).intersects(compared_hard(base.quantity)):
                message = (
                    f"{said(document, pct)} of {said(document, base)} ({where(pct)}) is "
                    f"{estimate(pct, base, expected, 1 / 100)}, but "
                    f"{describe(document, count)} gives {said(document, count)}"
                )
                out.append(finding("NC203", message, count, [pct, base], document))
    return out


_RESTATES = ("(", ", or", "or", "—", "–", ", or about", ", or some", ", about", ", roughly")


# a second figure set off by a pair of marks is an apposition of the first: ", about
# 45%," "- roughly a half -", "(nearly half)"
_OPENS = {",": (",", "."), "-": ("-", ","), "–": ("–", ","), "—": ("—", ","), "(": (")",)}
_CLOSE = lazy_compile(r"\s*([,.;)]|[-–—](?=\s))")


def _set_off(document: Document, gap: str, second: Claim) -> bool:
    """Whether ``second`` is set off from the figure before it by an opening mark that
    ends ``gap`` and the matching close right after it: ", about 45%, had" (hedged
    figures carry their hedge, so the gap ends at the mark)."""
    closes = _OPENS.get(gap[-1:]) if gap else None
    if closes is None:
        return False
    m = _CLOSE.match(document.prose, second.location.end)
    return m is not None and m.group(1) in closes


def _share_twice(document: Document, sentence: Sequence[Claim]) -> list[Finding]:
    """ "Three out of every four respondents (74 percent)": a share restated as a
    percentage (or the other way round) right after it must agree with it."""
    out: list[Finding] = []
    for a, b in pairwise(sentence):
        kinds = {a.quantity.kind, b.quantity.kind}
        if kinds != {Kind.RATIO, Kind.PERCENT} or not (is_share(a) and is_share(b)):
            continue
        gap = between(document, a, b)
        words_in = gap.split()
        if len(words_in) > 4 or not (
            any(gap.endswith(m) for m in _RESTATES) or _set_off(document, gap, b)
        ):
            continue
        x, y = share_fraction(a), share_fraction(b)
        if x is None or y is None or x.meets(y, 0.005):
            continue
        ratio = a if a.quantity.kind is Kind.RATIO else b
        value = value_of(ratio.quantity)
        pct = f"{fmt(100 * value)}%" if value is not None else "?"
        other = b if ratio is a else a
        message = f"{describe(document, ratio)} is {pct}, not {said(document, other)}"
        out.append(finding("NC203", message, b, [a], document))
    return out


def _sum_past_whole(
    document: Document,
    sentence: Sequence[Claim],
    changing: set[int],
    base_of: dict[int, float | None],
    cues: BreakdownCues,
    lex: Mapping[str, Any],
    adds: AddCues,
) -> list[Finding]:
    out: list[Finding] = []
    times = compiled(ShareTimes, lex)
    timed = [
        (part, needed)
        for group, needed in share_groups(document, sentence, changing, base_of, cues)
        for part in times.split(document, group)
    ]
    for group, needed in timed:
        if not past_whole(group, needed):
            continue
        kept = adds.one_whole(document, group)  # a level and its groups' levels: no shares
        if len(kept) < len(group) and not past_whole(kept, needed):
            continue
        group = kept
        if answers_apart(document, group, compiled(overlap_words, lex)):
            continue  # "80% passed maths and 75% passed English": two questions
        total = sum(value_of(c.quantity) or 0.0 for c in group)
        listed = " + ".join(describe(document, c) for c in group)
        message = f"shares of one group add up to more than 100%: {listed} = {fmt(total)}%"
        out.append(finding("NC205", message, group[-1], group[:-1], document))
    return out


def _spans(findings: Iterable[Finding]) -> set[tuple[int, int]]:
    """The spans a finding holds (first or related)."""
    return {(loc.start, loc.end) for f in findings for loc in (f.location, *f.related)}


def _reported(held: set[tuple[int, int]], sentence: Sequence[Claim]) -> set[int]:
    """ids of the figures of ``sentence`` whose span a finding already holds (``held``,
    kept as findings are made: rebuilding it per sentence was quadratic)."""
    return {id(c) for c in sentence if (c.location.start, c.location.end) in held}


@hookimpl
def numcheck_check_document(
    document: Document, claims: Sequence[Claim], context: CheckContext
) -> Iterable[Finding]:
    lex, rel = related(document, claims, context)
    cues = compiled(BreakdownCues, lex)
    usable = [c for c in claims if checkable(c)]
    limits: Mapping[str, Any] = lex.get("limits", {})
    after, lead = words(limits.get("rest_after", ())), words(limits.get("rest_before", ()))
    findings = _told(document, rel.stated, lead) + _described(document, rel.described)
    told = {id(c) for t in rel.stated for c in (t.share, t.count)}
    # "Nearly 40% of the 5,000 homes were damaged. That is about 2,000 homes."
    taken = told | {id(c) for pair in rel.from_to for c in pair[:2]}
    taken |= {id(c) for step in rel.steps for c in step[:3]}
    pointed = pointed_counts(
        document, _relations.by_sentence(document, claims), rel.percent_of, taken,
        compiled(PointedCues, lex),
    )
    findings += _told(document, pointed, lead)
    told |= {id(c) for t in pointed for c in (t.share, t.count)}
    # a count that is what a share leaves ("41,000 are still in the dark") is not its count
    counted = [
        c for c in usable if id(c) not in told and not is_rest(document, c, after, lead)
    ]
    findings += _counts(document, counted, rel)
    changing = {id(c) for old, new, _ in rel.from_to for c in (old, new)}
    base_of = {id(p): b.quantity.value for p, b in rel.percent_of}
    in_pct_of = {id(p) for p, _ in rel.percent_of} | told
    parts_at: dict[tuple[int, int], list[tuple[tuple[Claim, ...], tuple[Claim, ...]]]] = {}
    for members, wholes in rel.parts:
        if checkable(wholes[0]):
            parts_at.setdefault(sentence_of(document, wholes[0]), []).append((members, wholes))
    grammar = share_cues(lex, lexicon(context, "measures")).grammar
    told_of = {id(t.share): t for t in (*rel.stated, *pointed)}
    pct_base = {id(p): b for p, b in rel.percent_of}
    of_base = {k: b for k, b in pct_base.items() if k not in told}
    held = _spans(findings)
    attributive = frozenset(words(lex.get("shares", {}).get("attributive_nouns", ())))
    adds = compiled(AddCues, lex, lexicon(context, "measures"))
    for sentence in _relations.by_sentence(document, usable):
        parts = parts_at.get(sentence_of(document, sentence[0]), [])
        found = stated_share(
            document, sentence, parts, in_pct_of, cues.joins, attributive, of_base
        )
        held |= _spans(found)
        found += restated_pairs(
            document, sentence, parts, pct_base, told_of, grammar, _reported(held, sentence)
        )
        found += _share_twice(document, sentence)
        found += _sum_past_whole(document, sentence, changing, base_of, cues, lex, adds)
        held |= _spans(found)
        findings += found
    return findings
