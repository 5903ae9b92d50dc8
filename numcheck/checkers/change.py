"""NC204 and NC206: the arithmetic of a stated change.

"rose from 40 to 50, up 25%" is right and "up 20%" is wrong; "from 10% to 15%, a 5%
increase" confuses percent with percentage points (+5 points, +50%); "rose from 50 to
40" goes the wrong way. Figures are taken as written, each with the precision of its
last digit, so rounded inputs never make a correct statement fire.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from numcheck.checkers import _levels, _relations
from numcheck.checkers._arith import one_sided, stated_change, written
from numcheck.checkers._breakdown import BreakdownCues
from numcheck.checkers._compare import between, compiled, lexicon, sentence_of, squash, words
from numcheck.checkers._compounded import compounds, coordinated_steps
from numcheck.checkers._gaps import GapCues, carried_findings, lead_findings, than_findings
from numcheck.checkers._headline import HeadlineWords
from numcheck.checkers._headline_steps import headline_steps
from numcheck.checkers._level_forms import own_levels, time_based
from numcheck.checkers._levels import LevelCues
from numcheck.checkers._net import NetCues, net_findings
from numcheck.checkers._other_period import OtherPeriodCues, other_period
from numcheck.checkers._range_moves import move_words, told_no_way
from numcheck.checkers._relations import related
from numcheck.checkers._told_before import steps_told_before
from numcheck.checkers._unit_parts import read_alike
from numcheck.checkers._words import (
    describe,
    finding,
    fmt,
    fmt_span,
    like,
    rule_doc,
    said,
    value_of,
)
from numcheck.checkers._worth import WorthCues, worth_findings
from numcheck.claims import Claim
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.findings import Finding, Rule, Severity
from numcheck.hookspecs import hookimpl
from numcheck.interval import Interval
from numcheck.quantity import Change, Kind

RULES = (
    Rule(
        "NC204",
        "percent-vs-points",
        Severity.ERROR,
        "A change between two percentages is given in percent where it is in points (or "
        "the other way round).",
        rule_doc(
            "NC204",
            'For a change between two percentages ("from 10% to 15%"), compares the stated '
            "change with both the difference in percentage points (5) and the relative change "
            "in percent (50%), and reports a change that fits the other one.",
            '"A 5% increase" from 10% is 10.5%, not 15%: the reader gets the size of the '
            "change wrong by a factor.",
            "`The jobless rate rose from 10% to 15%, a 5% increase.`",
            'Write "5 percentage points" (or "a 50% increase").',
        ),
    ),
    Rule(
        "NC206",
        "change-arithmetic",
        Severity.ERROR,
        "A stated change does not match the old and new figures.",
        rule_doc(
            "NC206",
            'For "from A to B" with a stated change ("up 20%", "a rise of 12", '
            '"rose"/"fell"), works out B - A and (B - A) / A from the figures as written '
            "and reports a change of the wrong size or direction. A factor is a change too: "
            '"nearly doubled, from 212 to 409", and a comparison word between two levels, '
            '"9,000, double the 4,000 sold last year" or "twice last year\'s 4,000" '
            "(the figure before the word is the new level). Also known from the lint "
            "ecosystem reference as percent-change-mismatch.",
            "Readers trust the percentage; a wrong one misstates the story's main fact.",
            "`Enrolment rose 20% from 40 to 50 pupils` (40 to 50 is +25%).",
            "Recompute the change from the two figures, or correct the figure that is wrong.",
        ),
    ),
)


@hookimpl
def numcheck_rules() -> Sequence[Rule]:
    return RULES


def _magnitude(span: Interval) -> Interval:
    """The size of a change whatever its sign."""
    low, high = span.low, span.high
    if low >= 0:
        return span
    if high <= 0:
        return Interval(-high, -low)
    return Interval(0.0, max(-low, high))


def _overlaps(claim: Claim, *others: Claim) -> bool:
    loc = claim.location
    return any(loc.start < o.location.end and o.location.start < loc.end for o in others)


def _is_change(document: Document, claim: Claim, change: Mapping[str, Any]) -> bool:
    if claim.is_change or claim.quantity.change is not None:
        return True
    after = squash(document.prose[claim.location.end : claim.location.end + 20]).split()
    cues = set(words(change.get("up_words", ()))) | set(words(change.get("down_words", ())))
    return bool(after) and after[0].strip(",.") in cues


def _wrong_way(
    document: Document, old: Claim, new: Claim, others: list[Claim], direction: str | None
) -> Finding | None:
    return read_alike(_wrong_levels, document, old, new, others, direction)


def _wrong_levels(
    document: Document, old: Claim, new: Claim, others: list[Claim], direction: str | None
) -> Finding | None:
    """ "rose from 50 to 40": the direction word and the figures disagree."""
    a, b = written(old.quantity), written(new.quantity)
    if a is None or b is None or direction is None:
        return None
    diff = b - a
    if (direction == "up" and diff.high < 0) or (direction == "down" and diff.low > 0):
        went = "falls" if direction == "up" else "rises"
        message = (
            f"the copy says {direction}, but {describe(document, old)} to "
            f"{describe(document, new)} {went}"
        )
        return finding("NC206", message, new, [old, *others], document)
    return None


def _check(
    document: Document, old: Claim, new: Claim, step: Claim, direction: str | None
) -> Finding | None:
    return read_alike(_check_levels, document, old, new, step, direction)


def _check_levels(
    document: Document, old: Claim, new: Claim, step: Claim, direction: str | None
) -> Finding | None:
    if _fold(step):  # "a fourfold rise": the new level is four times the old
        return _times(document, old, new, step)
    a, b, x = written(old.quantity), written(new.quantity), stated_change(step.quantity)
    if x is None:  # "a drop of more than a quarter", "up at least 20%": one side of it
        x = one_sided(step.quantity)
    if a is None or b is None or x is None:
        return None
    diff = b - a
    pair = f"{describe(document, old)} to {describe(document, new)}"
    wrong_way = _wrong_way(document, old, new, [step], direction)
    if wrong_way is not None:
        return wrong_way
    relative = diff.divided_by(a)
    rel = _magnitude(relative.scaled(100)) if relative else None
    points = _magnitude(diff)
    percents = old.quantity.kind is Kind.PERCENT and new.quantity.kind is Kind.PERCENT
    va, vb = value_of(old.quantity), value_of(new.quantity)
    say_points = fmt(abs(vb - va)) if va is not None and vb is not None else fmt_span(points)
    nothing = Interval.point(0.0)
    say_rel = (
        fmt(abs(vb - va) / abs(va) * 100) if va and vb is not None else fmt_span(rel or nothing)
    ) + "%"
    kind = step.quantity.kind
    if kind is Kind.RATIO and rel is not None:  # "rose by a fifth", "an increase of half"
        if x.scaled(100).meets(rel):
            return None
        message = f"{pair} is a change of {say_rel}, not {said(document, step)}"
        return finding("NC206", message, step, [old, new], document)
    if kind is Kind.PERCENT and rel is not None:
        if x.meets(rel):
            return None
        if percents and x.meets(points):
            message = (
                f"{pair} is {say_points} percentage points ({say_rel} in percent), but "
                f"{describe(document, step)} gives the points as percent"
            )
            return finding("NC204", message, step, [old, new], document)
        message = f"{pair} is a change of {say_rel}, not {said(document, step)}"
        return finding("NC206", message, step, [old, new], document)
    if kind is Kind.PERCENTAGE_POINT and percents:
        if x.meets(points):
            return None
        if rel is not None and x.meets(rel):
            message = (
                f"{pair} is {say_rel} in percent but {say_points} points; "
                f"{describe(document, step)} gives the percent change as points"
            )
            return finding("NC204", message, step, [old, new], document)
        message = f"{pair} is {say_points} percentage points, not {said(document, step)}"
        return finding("NC206", message, step, [old, new], document)
    # an amount in the unit of either level: "to 84 million euros from 131 million,
    # down 57 million euros" (the old level leaves its unit to the new one)
    unit = next((lv for lv in (old, new) if _same_unit(step, lv)), None)
    if unit is None and _degrees(step, old, new):
        unit = new  # "plunged 33 degrees, from 41F to 14F": a difference in their scale
    if unit is not None:
        if x.meets(points):
            return None
        say = like(abs(vb - va), unit) if va is not None and vb is not None else say_points
        message = f"{pair} is a change of {say}, not {said(document, step)}"
        return finding("NC206", message, step, [old, new], document)
    return None


_TEMPERATURE = "[temperature]"


def _degrees(step: Claim, old: Claim, new: Claim) -> bool:
    """A change in bare degrees between two temperatures of one scale ("the mercury
    dropped 25 degrees overnight, from 50F to 30F"): a difference in that scale."""
    q = step.quantity
    temperatures = old.key.dimension == new.key.dimension == _TEMPERATURE
    same_scale = old.quantity.unit == new.quantity.unit
    return q.kind is Kind.COUNT and q.noun == "degree" and temperatures and same_scale


def _same_unit(amount: Claim, level: Claim) -> bool:
    return amount.quantity.kind is level.quantity.kind and (
        amount.quantity.unit == level.quantity.unit
    )


def _times(document: Document, old: Claim, new: Claim, step: Claim) -> Finding | None:
    return read_alike(_times_levels, document, old, new, step)


def _times_levels(document: Document, old: Claim, new: Claim, step: Claim) -> Finding | None:
    """ "nearly doubled", "halved", "2.5 times as much": the factor new / old."""
    a, b = written(old.quantity), written(new.quantity)
    factor = b.divided_by(a) if a is not None and b is not None else None
    if factor is None or factor.intersects(step.quantity.hard):
        return None
    va, vb = value_of(old.quantity), value_of(new.quantity)
    ratio = fmt(vb / va) if va and vb is not None else fmt_span(factor)
    times = " times" if step.quantity.kind is Kind.COUNT else ""  # "2.5 times as much"
    message = (
        f"{describe(document, old)} to {describe(document, new)} is {ratio} times, "
        f"not {said(document, step)}{times}"
    )
    return finding("NC206", message, step, [old, new], document)


def _difference(document: Document, low: Claim, high: Claim, step: Claim) -> Finding | None:
    """ "46.1% and 42.3%, a gap of 3.5 points": the difference of two figures."""
    a, b, x = written(low.quantity), written(high.quantity), written(step.quantity)
    if a is None or b is None or x is None:
        return None
    gap = _magnitude(b - a)
    if x.meets(gap):
        return None
    va, vb = value_of(low.quantity), value_of(high.quantity)
    size = fmt(abs(vb - va)) if va is not None and vb is not None else fmt_span(gap)
    message = (
        f"{describe(document, high)} and {describe(document, low)} are {size}"
        f"{' points' if step.quantity.kind is Kind.PERCENTAGE_POINT else ''} apart, "
        f"not {said(document, step)}"
    )
    return finding("NC206", message, step, [low, high], document)


def _both(document: Document, amount: Claim, new: Claim, pct: Claim) -> Finding | None:
    """ "closed at $41.20, down $3.80, or 8.4%": the percent of the level before the
    change (the new level less a rise, plus a fall)."""
    way = amount.quantity.change
    a, b, x = written(amount.quantity), written(new.quantity), stated_change(pct.quantity)
    if way is None or a is None or b is None or x is None:
        return None
    old = b - a if way is Change.UP else b + a
    share = a.divided_by(old)
    if share is None or x.meets(share.scaled(100)):
        return None
    va, vb = value_of(amount.quantity), value_of(new.quantity)
    if va is None or vb is None:
        return None
    before_it = vb - va if way is Change.UP else vb + va
    message = (
        f"{describe(document, amount)} from {like(before_it, new)} (before "
        f"{describe(document, new)}) is {fmt(va / before_it * 100)}%, not {said(document, pct)}"
    )
    return finding("NC206", message, pct, [amount, new], document)


def _bound(document: Document, rel: _relations.Relations) -> list[Finding]:
    """Steps tied to their levels by the words between them."""
    out: list[Finding] = []
    for old, new, step, mode in rel.steps:
        if mode == _levels.TIMES:
            found = _times(document, old, new, step)
        elif mode == _levels.DIFFERENCE:
            found = _difference(document, old, new, step)
        elif mode == _levels.BOTH:
            found = _both(document, old, new, step)
        else:
            way = next((d for o, n, d in rel.from_to if o is old and n is new), None)
            found = _check(document, old, new, step, way)
        out += [] if found is None else [found]
    return out


# how many level pairs on each side of a stated change it is tried against, nearest
# first: its levels stand in its clause, and a sentence of thousands of changes stays linear
_NEAREST = 16


def _nearest(starts: Sequence[tuple[int, int]], at: int) -> list[tuple[int, int]]:
    """(distance, index) of the level pairs nearest ``at``, nearest first (``starts``: each
    pair's old-level offset and index, sorted)."""
    i = bisect.bisect_left(starts, (at, -1))
    near = starts[max(0, i - _NEAREST) : i + _NEAREST]
    return sorted((abs(at - start), k) for start, k in near)


def _fold(step: Claim) -> bool:
    """A step written as an N-fold multiple ("a fourfold rise", "a 10-fold increase"):
    the factor from the old level to the new, never a change of N times the old."""
    q = step.quantity
    return q.kind is Kind.RATIO and q.text.lower().rstrip().endswith("fold")


def _clear(
    document: Document, step: Claim, pair: tuple[Claim, Claim], breaks: Sequence[str]
) -> bool:
    """No other clause between a stated change and the levels it is checked against."""
    lo = min(c.location.start for c in pair)
    hi = max(c.location.end for c in pair)
    s, e = step.location.start, step.location.end
    span = (e, lo) if e <= lo else (hi, s) if hi <= s else (s, s)
    text = f" {squash(document.prose[span[0] : span[1]])} "
    return ";" not in text and not any(f" {w} " in text for w in breaks)


_RESTATING = (", or", "or", "(", ", or (")


def _restated_steps(
    document: Document, sentence: Sequence[Claim], steps: Sequence[Claim], bound: set[int]
) -> list[Claim]:
    """ "a 30p rise, or a fifth", "a £40 increase (8%)": a percent or a fraction set after a
    stated change by "or" or a bracket gives the same change again, relative to its old
    level: a step of those levels too."""
    named = {id(c) for c in steps}
    out: list[Claim] = []
    for prev, claim in itertools.pairwise(sentence):
        relative = claim.quantity.kind in (Kind.PERCENT, Kind.RATIO)
        if id(prev) not in named or id(claim) in named or id(claim) in bound or not relative:
            continue
        gap = between(document, prev, claim)
        link = next((r for r in _RESTATING if gap.endswith(r)), None)
        head = gap[: len(gap) - len(link)].split() if link is not None else []
        if link is not None and len(head) <= 2 and all(w.isalpha() for w in head):
            out.append(claim)
            named.add(id(claim))
    return out


def _counts_like(step: Claim, level: Claim) -> bool:
    """A change in amounts counts what its levels count: "cut 800 jobs" is no change of a
    profit of 1.42 billion crowns from 1.18 billion. Percentages fit any levels."""
    if step.quantity.kind in (Kind.PERCENT, Kind.PERCENTAGE_POINT, Kind.RATIO):
        return True
    a, b = step.key.thing, level.key.thing
    return a is None or b is None or a == b


def _before_it(sentence: Sequence[Claim], step: Claim) -> Claim | None:
    """The figure right before a step in its sentence, if any."""
    k = next(i for i, c in enumerate(sentence) if c is step)
    return sentence[k - 1] if k > 0 else None


@hookimpl
def numcheck_check_document(
    document: Document, claims: Sequence[Claim], context: CheckContext
) -> Iterable[Finding]:
    lex, rel = related(document, claims, context)
    change = lex.get("change", {})
    breaks = words(lex.get("levels", {}).get("breaks", ()))
    cues = compiled(LevelCues, lex)
    others = compiled(OtherPeriodCues, lex)
    findings = _bound(document, rel)
    findings += net_findings(document, claims, compiled(NetCues, lex))
    sentences = _relations.by_sentence(document, claims)
    gaps = compiled(GapCues, lex)
    findings += lead_findings(document, sentences, gaps, compiled(BreakdownCues, lex))
    findings += than_findings(document, sentences, gaps)
    findings += carried_findings(document, sentences, gaps)
    findings += worth_findings(document, sentences, compiled(WorthCues, lex))
    for old, new, step, way in steps_told_before(document, sentences, rel.from_to, rel.steps, cues):
        found = _check(document, old, new, step, way)  # "rose 22%. It reached A, from B"
        findings += [] if found is None else [found]
    tied = {id(c) for step in rel.steps for c in step[:3]}
    heads = headline_steps(document, claims, rel.from_to, tied, compiled(HeadlineWords.of, lex))
    for old, new, step, way in heads:  # "Profit falls 30%" over "fell to £42m from £50m"
        found = _check(document, old, new, step, way)
        findings += [] if found is None else [found]
    bound = {id(step) for _, _, step, _ in rel.steps}
    bound |= {id(amount) for amount, _, _, mode in rel.steps if mode == _levels.BOTH}
    paired = {(id(old), id(new)) for old, new, _, _ in rel.steps}
    levels: dict[tuple[int, int], list[tuple[Claim, Claim, str | None]]] = {}
    moves = compiled(move_words, lex, lexicon(context, "hedges"))
    for old, new, direction in rel.from_to:  # "rates fell, pushing sales from": no way
        way = None if direction and told_no_way(document, old, new, moves) else direction
        levels.setdefault(sentence_of(document, old), []).append((old, new, way))
    for sentence in sentences:
        here = levels.get(sentence_of(document, sentence[0]), [])
        if not here:
            continue
        steps = [c for c in sentence if id(c) not in bound and _is_change(document, c, change)]
        steps += _restated_steps(document, sentence, steps, bound)
        # each stated change against the level pair nearest to it in its clause, never a
        # pair whose new level is not the one its own words say it reached ("up 6% at")
        own = own_levels(document, sentence)
        mine: dict[int, list[Claim]] = {}
        starts = sorted((old.location.start, k) for k, (old, _, _) in enumerate(here))
        for step in steps:
            # "4.8 million passengers, 11% more than a year earlier": the level before it
            reached = _before_it(sentence, step) if time_based(document, step, cues) else None
            for _, k in _nearest(starts, step.location.start):
                old, new, _ = here[k]
                if (
                    not _overlaps(step, old, new)
                    and own.get(id(step), new) is new
                    and reached in (None, new)
                    and _clear(document, step, (old, new), breaks)
                    and _counts_like(step, old)
                    and not other_period(document, step, (old, new), others)
                ):
                    mine.setdefault(k, []).append(step)
                    break
        for k, (old, new, direction) in enumerate(here):
            joined = [c for s in mine.get(k, []) for c in coordinated_steps(
                document, sentence, s, (old, new))]
            if k in mine and compounds(old, new, [*mine[k], *joined], direction):
                continue  # "rose 10% last year and 10% this year, from 200 to 242"
            for step in mine.get(k, []):
                found = _check(document, old, new, step, direction)
                findings += [] if found is None else [found]
            if k not in mine and (id(old), id(new)) not in paired:
                wrong_way = _wrong_way(document, old, new, [], direction)
                findings += [] if wrong_way is None else [wrong_way]
    return findings
