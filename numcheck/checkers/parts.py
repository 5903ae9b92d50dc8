"""NC201-NC202: parts larger than their whole, and components that do not add up to a total.

"8 were injured, including 10 children" cannot be; nor can a region's toll above the
national toll, or "34 died and 285 were injured" beside "319 casualties" (sums use the
figures' intervals, so hedged and rounded figures only fire when no reading adds up).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import reduce
from typing import Any

from numcheck.checkers import _relations
from numcheck.checkers._adds import AddCues
from numcheck.checkers._arith import adds_up, arith
from numcheck.checkers._compare import (
    before,
    checkable,
    compiled,
    lexicon,
    place_key,
    same_incident,
    same_party,
    sentence_near,
    sentence_of,
    squash,
    story_places,
    words,
)
from numcheck.checkers._each import find_each
from numcheck.checkers._elided_scale import ScaleWords, no_amounts, rescaled
from numcheck.checkers._index import Outside
from numcheck.checkers._part_kinds import of_their_kind
from numcheck.checkers._partitive import PartCues
from numcheck.checkers._relations import related
from numcheck.checkers._running import RunningCues, find_running
from numcheck.checkers._sum_cues import SumCues
from numcheck.checkers._sum_hedges import summed
from numcheck.checkers._tallies import split_findings
from numcheck.checkers._unit_parts import in_whole_unit
from numcheck.checkers._words import describe, finding, like, rule_doc, said, value_of
from numcheck.claims import Claim
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.findings import Finding, Rule, Severity
from numcheck.hookspecs import hookimpl
from numcheck.interval import Interval
from numcheck.quantity import Kind

RULES = (
    Rule(
        "NC201",
        "part-exceeds-whole",
        Severity.ERROR,
        "A part is larger than the whole it belongs to.",
        rule_doc(
            "NC201",
            'Reports a figure given as part of another ("including 10 children", "10 of '
            "the 8 injured\", a city's toll beside the nationwide toll of the same thing) "
            "whose smallest possible value is above the whole's largest.",
            "A part larger than its whole is always an error in one of the two figures.",
            "`8 people were injured, including 10 children`.",
            "Correct the part or the whole; if the part belongs to a larger group, say so "
            '("of the 42 casualties, 10 were children").',
        ),
    ),
    Rule(
        "NC202",
        "components-total-mismatch",
        Severity.ERROR,
        "Components do not add up to the total the article states.",
        rule_doc(
            "NC202",
            "Adds the components of a total (killed + wounded = casualties; a list after "
            'the total, "14 boats sank: six trawlers, five yachts and two ferries", '
            '"split between A and B", "140 in Kesby, 51 in Orrin and 21 in Pell"; a list '
            'before it, "bringing the total to", "in all", "for a total of"; the parts '
            'listed after "including"; parts of a whole given earlier, "Of the money, '
            '$1.6 million ...", "The turbines will go up in two phases: 56 ... and 54 ...", '
            'or broken down by place in the next sentence, "Six died in Marren, four in '
            'Holt and one in Esk"; equal shares, "three countries sent two planes each, '
            'a total of eight") with their intervals and reports a stated total '
            "that no reading of the components can reach. A part may name a kind of the "
            "total's thing (trawlers are boats). Additions to a running total (\"a further "
            '7 ...") and two listed groups are only a part of it: they are reported when '
            "they add up to more.",
            "Readers add up figures; a sum that does not match signals a wrong number.",
            "`34 people died and 285 were injured` (line 2) and `318 casualties` (line 7): "
            "34 + 285 = 319.",
            "Correct the total or the component; if the total has another window or place, say so.",
        ),
    ),
)


@hookimpl
def numcheck_rules() -> Sequence[Rule]:
    return RULES


def _total(claims: Iterable[Claim]) -> Interval:
    return reduce(lambda a, b: a + b, (arith(c.quantity) for c in claims))


def _summed(claims: Iterable[Claim]) -> Interval:
    return reduce(lambda a, b: a + b, (summed(c.quantity) for c in claims))


def _joined(document: Document, claims: Sequence[Claim]) -> str:
    return " + ".join(describe(document, c) for c in claims)


def _parts_of(
    document: Document, relations: _relations.Relations, cues: SumCues, adds: AddCues
) -> list[Finding]:
    out: list[Finding] = []
    for members, wholes in relations.parts:
        if any(cues.is_intensive(document, w) or adds.never_adds(w) for w in wholes):
            continue  # "averaged 28 pupils, 30 in York", "31C, 33C on the coast": levels
        whole = _total(wholes)
        what = _joined(document, wholes)
        # "about 2 tonnes of cocaine, 1,500 pounds of it": over as written and in the
        # whole's unit (_unit_parts; the unit withdraws, it never adds a finding)
        spans = {id(m): in_whole_unit(m, wholes[0]) for m in members}
        over = [m for m in members if min(spans[id(m)].low, arith(m.quantity).low) > whole.high]
        for member in over:
            message = (
                f"{describe(document, member)} is part of {what}, but "
                f"{said(document, member)} is more than {whole.high:,.0f}"
            )
            out.append(finding("NC201", message, member, wholes, document))
        summed = reduce(lambda a, b: a + b, spans.values(), Interval.point(0))
        least = min(summed.low, _total(members).low)
        if not over and len(members) > 1 and least > whole.high:
            message = (
                f"the parts {_joined(document, members)} add up to more than {what} "
                f"({least:,.0f} > {whole.high:,.0f})"
            )
            out.append(finding("NC202", message, members[0], [*members[1:], *wholes], document))
    return out


def _sums(
    document: Document,
    relations: _relations.Relations,
    cues: SumCues,
    adds: AddCues,
    scales: ScaleWords | None = None,
) -> list[Finding]:
    """A listed partition ("14 boats: six trawlers, five yachts and three ferries")
    whose components no reading adds up to the total; never against a level per
    member ("Median pay was £31,000: £34,000 for men and £28,000 for women", "Bus
    fares rose to £2.40 - £2.10 in the villages and £2.60 in the town")."""
    out: list[Finding] = []
    for members, total in relations.sums:
        # a hedged figure stands for one step of its written precision (_sum_hedges)
        if adds_up(summed(total.quantity), _summed(members)):
            continue
        elided = rescaled(members, total, scales)
        if elided is not None and (
            adds_up(arith(total.quantity), elided[0]) or no_amounts(members, total, scales)
        ):
            continue  # "£4.2 million: 3 million and 1.2", "Terminals 2 and 3" (_elided_scale)
        if cues.is_intensive(document, total) or adds.level(document, total):
            continue
        written = sum(value_of(m.quantity) or 0.0 for m in members)
        sums = like(elided[1] if elided is not None else written, total)
        message = (
            f"{_joined(document, members)} add up to {sums}, but "
            f"{describe(document, total)} gives {said(document, total)}"
        )
        out.append(finding("NC202", message, total, members, document))
    return out


def _compatible(a: Claim, b: Claim) -> bool:
    return (
        a.key.qualifiers == b.key.qualifiers
        and a.window == b.window
        and same_party(a.claimant, b.claimant)
        and a.key.dimension == b.key.dimension
        and same_incident(a, b)
    )


def _bucket(claim: Claim) -> tuple[object, ...]:
    """What ``_compatible`` needs equal; the claimant is compared one by one."""
    return (claim.key.qualifiers, claim.window, claim.key.dimension)


def _regions(
    document: Document,
    claims: Sequence[Claim],
    lex: Mapping[str, Any],
    parts: frozenset[int] = frozenset(),
    kinds: SumCues | None = None,
    held: frozenset[int] = frozenset(),
) -> list[Finding]:
    """A place's figure above the overall one: each place's figure against the overall
    figures of its event and bucket that are below it (at most CAP of them); a part
    whose whole is a figure of its sentence (``held``) has that whole for overall.

    Overall is a figure told as the whole (``_told_whole``: "nationwide", "in total",
    "across the county") that is not itself a part ("Two of the injured": ids in
    ``parts``); a part is a figure with a place of its own (``place_key``)."""
    cues, story = words(lex.get("whole_cues", ())), story_places(claims)
    periods = words(lex.get("other_periods", ()))
    # "There were 312 cases in England last year": a statistic of another period
    other: dict[tuple[int, int], bool] = {}  # per sentence: a 0.2 MB sentence is read once
    claims = [c for c in claims if not _of_another_period(document, c, periods, other)]
    spanning = words(lex.get("spanning", ()))
    spans = {id(c) for c in claims if _spans(document, c, spanning)}
    places = {id(c): None if id(c) in spans else place_key(c, cues, story) for c in claims}
    wholes: dict[tuple[object, ...], list[Claim]] = {}
    for c in claims:
        if c.key.event is None or id(c) in parts:
            continue  # no event ("3 million people"): a population, never an overall toll
        if id(c) in spans or _told_whole(document, c, cues):
            wholes.setdefault((c.key.event, *_bucket(c)), []).append(c)
    below = {
        key: Outside((arith(w.quantity).low, arith(w.quantity).high, w) for w in group)
        for key, group in wholes.items()
    }
    order = {id(c): i for i, c in enumerate(claims)}
    pairs: list[tuple[Claim, Claim]] = []
    for part in claims:
        index = below.get((part.key.event, *_bucket(part))) if places[id(part)] else None
        if index is None or id(part) in held:
            continue
        low = arith(part.quantity).low
        for whole in index.below(low):
            if (
                part is not whole
                and part.sentence != whole.sentence  # told together: a breakdown
                and part.place != whole.place
                and same_incident(part, whole)
                and same_party(part.claimant, whole.claimant)
                and low > arith(whole.quantity).high
                and (kinds is None or kinds.counts_within(part.key.thing, whole.key.thing))
            ):
                pairs.append((whole, part))
    out: list[Finding] = []
    for whole, part in sorted(pairs, key=lambda p: (order[id(p[0])], order[id(p[1])])):
        message = (
            f"{describe(document, part)} in {part.place} is more than the overall "
            f"{describe(document, whole)}"
        )
        out.append(finding("NC201", message, part, [whole], document))
    return out


def _told_whole(document: Document, claim: Claim, cues: Sequence[str]) -> bool:
    """A figure told as the whole of the places named elsewhere: a whole cue right before
    it ("Nationwide, 40 ...", "a total of 300") or in its clause after it ("40 were hurt
    nationwide"); a place it spans ("across the county") is one too. A figure with no
    place, or the headline's, is only the story's figure: the lead's toll of one street,
    a headline's "Eight jailed", a past year's count; a place's figure above it is no
    contradiction."""
    if claim.place is not None and squash(claim.place) in cues:
        return True
    start = claim.location.end  # bounded: a sentence of 20,000 figures stays linear
    end = min(sentence_of(document, claim)[1], start + 40)
    clause = re.split(r"[,;:.(\u2013\u2014]", document.prose[start:end])[0]
    said = f"{before(document, claim, 40)} | {clause}".lower()
    near = " " + " ".join(re.findall(r"[\w']+", said)) + " "
    return any(f" {cue} " in near for cue in cues)


def _spans(document: Document, claim: Claim, spanning: Sequence[str]) -> bool:
    """A figure whose place is one it spans ("2,100 homes across the county",
    "throughout Wendshire"): that place's whole, no part of it."""
    if not claim.place or not spanning:
        return False
    start, end = sentence_near(document, claim)  # not the whole sentence per figure
    said = squash(document.prose[start:end])
    place = squash(claim.place)
    return any(f"{p} {place}" in said or f"{p} the {place}" in said for p in spanning)


def _of_another_period(
    document: Document, claim: Claim, periods: Sequence[str], seen: dict[tuple[int, int], bool]
) -> bool:
    """A figure whose sentence names another period than the story's ("last year", "a
    year earlier", "each year"): a background statistic, neither a place's part of this
    story's figure nor its whole (a figure of a past year has a window of its own)."""
    span = sentence_of(document, claim)
    if span not in seen:
        raw = document.prose[span[0] : span[1]].lower()
        text = " " + " ".join(re.sub(r"[^\w'\s]", " ", raw).split()) + " "
        seen[span] = any(f" {p} " in text for p in periods)
    return seen[span]


def _first_compatible(candidates: Sequence[Claim], first: Claim) -> Claim | None:
    return next((c for c in candidates if _compatible(c, first)), None)


def _components(
    document: Document, claims: Sequence[Claim], lex: Mapping[str, Any]
) -> list[Finding]:
    """Components of one sentence against the stated totals of their bucket and place that
    no reading of the sum reaches (the CAP furthest off on each side)."""
    by_event: dict[tuple[object, ...], list[Claim]] = {}
    for c in claims:
        by_event.setdefault((sentence_of(document, c), c.key.event), []).append(c)
    out: list[Finding] = []
    for total_event, parts in lex.get("totals", {}).items():
        totals: dict[tuple[object, ...], list[Claim]] = {}
        for c in claims:
            if c.key.event == total_event:
                totals.setdefault((*_bucket(c), c.place), []).append(c)
        if not totals:
            continue
        outside = {
            key: Outside((arith(t.quantity).low, arith(t.quantity).high, t) for t in group)
            for key, group in totals.items()
        }
        order = {id(c): i for group in totals.values() for i, c in enumerate(group)}
        for first in claims:
            if first.key.event != parts[0]:
                continue
            span = sentence_of(document, first)
            rest = [_first_compatible(by_event.get((span, e), ()), first) for e in parts[1:]]
            if any(c is None for c in rest):
                continue
            group = [first, *(c for c in rest if c is not None)]
            if len({(*_bucket(c), c.place) for c in group}) != 1:
                continue  # no total can be compatible with all of them and in each place
            index = outside.get((*_bucket(first), first.place))
            if index is None:
                continue
            stated = _total(group)
            candidates = {id(t): t for t in index.outside(stated.low, stated.high)}
            for total in sorted(candidates.values(), key=lambda t: order[id(t)]):
                if not all(
                    same_party(total.claimant, c.claimant) and same_incident(total, c)
                    for c in group
                ):
                    continue
                if not arith(total.quantity).intersects(stated):
                    message = (
                        f"{_joined(document, group)} add up to {stated.low:,.0f}"
                        + ("" if stated.width == 0 else f" to {stated.high:,.0f}")
                        + f", but {describe(document, total)} gives {said(document, total)}"
                    )
                    out.append(finding("NC202", message, total, group, document))
    return out


def _members(relations: _relations.Relations) -> frozenset[int]:
    """ids of the figures given as a part of another or listed in a sum."""
    ids = {id(c) for members, _ in relations.parts for c in members}
    ids.update(id(c) for members, _ in relations.sums for c in members)
    return frozenset(ids)


def _held(relations: _relations.Relations) -> frozenset[int]:
    """ids of the parts whose whole is a figure of their own sentence ("1,240 civilians
    have been killed in the region this year, 190 of them children"): that figure is
    their overall (_parts_of checks them against it), never one told elsewhere."""
    ids = {
        id(m)
        for members, wholes in relations.parts
        for m in members
        if any(w.sentence == m.sentence for w in wholes)
    }
    ids.update(id(m) for members, t in relations.sums for m in members if t.sentence == m.sentence)
    return frozenset(ids)


def _totals(relations: _relations.Relations) -> frozenset[int]:
    """ids of the figures a list or a part is already checked against."""
    ids = {id(total) for _, total in relations.sums}
    ids.update(id(w) for _, wholes in relations.parts for w in wholes)
    return frozenset(ids)


def _running_cues(lex: Mapping[str, Any], parts: PartCues) -> RunningCues:
    return RunningCues(lex, parts.lemma, parts.named)


def _running(
    document: Document, claims: Sequence[Claim], context: CheckContext, done: frozenset[int]
) -> list[Finding]:
    """A new level that the earlier level and the flows do not make ("had 412 stores,
    opened 18 and closed 7, taking its estate to 421"), or additions since the start
    that exceed the running total."""
    lex = lexicon(context)
    parts = _relations.part_cues(lex, lexicon(context, "measures"))
    cues = compiled(_running_cues, lex, parts)
    out: list[Finding] = []
    for run in find_running(document, claims, cues):
        if id(run.total) in done:
            continue
        terms = [(run.level, 1)] if run.level is not None else []
        terms.extend(run.flows)
        made = Interval.point(0)
        for claim, sign in terms:
            made = made + arith(claim.quantity) if sign > 0 else made - arith(claim.quantity)
        total = arith(run.total.quantity)
        if made.intersects(total) if run.exact else made.low <= total.high:
            continue
        written = " ".join(
            ("" if i == 0 else "+ " if sign > 0 else "- ") + describe(document, claim)
            for i, (claim, sign) in enumerate(terms)
        )
        reached = f"{made.low:,.0f}" + ("" if made.width < 1 else f" to {made.high:,.0f}")
        verb = "make" if run.exact else "add up to at least"
        message = (
            f"{written} {verb} {reached}, but {describe(document, run.total)} gives "
            f"{said(document, run.total)}"
        )
        out.append(finding("NC202", message, run.total, [c for c, _ in terms], document))
    return out


def _equal_shares(
    document: Document, claims: Sequence[Claim], lex: Mapping[str, Any]
) -> list[Finding]:
    """ "Three countries sent two planes each, a total of eight": 3 x 2 is not 8."""
    out: list[Finding] = []
    for sentence in _relations.by_sentence(document, claims):
        for shares in find_each(document, sentence, lex):
            if isinstance(shares.items, tuple):
                n, times = float(len(shares.items)), ", ".join(shares.items)
                items = Interval.point(n)
            else:
                n, times = value_of(shares.items.quantity) or 0.0, describe(document, shares.items)
                items = arith(shares.items.quantity)
            made = arith(shares.per.quantity) * items
            if made.intersects(arith(shares.total.quantity)):
                continue
            reached = like((value_of(shares.per.quantity) or 0.0) * n, shares.total)
            message = (
                f"{describe(document, shares.per)} for each of {times} make {reached}, but "
                f"{describe(document, shares.total)} gives {said(document, shares.total)}"
            )
            related = [shares.per, *([shares.items] if isinstance(shares.items, Claim) else [])]
            out.append(finding("NC202", message, shares.total, related, document))
    return out


def _flowing(claim: Claim) -> bool:
    """Levels and flows are counts or money."""
    return checkable(claim) and claim.quantity.kind in (Kind.COUNT, Kind.MONEY)


@hookimpl
def numcheck_check_document(
    document: Document, claims: Sequence[Claim], context: CheckContext
) -> Iterable[Finding]:
    # the relations of every figure (lists of money add up too); regions and components
    # compare counts
    lex, relations = related(document, claims, context)
    kinds = _relations.sum_cues(lex, lexicon(context, "measures"))
    relations = of_their_kind(relations, kinds.kinds)  # 212,000 trucks: no part of people
    counts = [
        c for c in claims if checkable(c) and c.quantity.kind is Kind.COUNT and not c.is_change
    ]
    adds = compiled(AddCues, lex, lexicon(context, "measures"))
    return [
        *_parts_of(document, relations, kinds, adds),
        *_sums(document, relations, kinds, adds, compiled(ScaleWords, lexicon(context, "scales"))),
        *_regions(document, counts, lex, _members(relations), kinds, _held(relations)),
        *_components(document, counts, lex),
        *_equal_shares(document, [c for c in claims if checkable(c)], lex),
        *split_findings(document, claims, lex),
        *_running(document, [c for c in claims if _flowing(c)], context, _totals(relations)),
    ]
