"""NC101-NC103: one article restating the same figure with values that cannot all be right.

The headline says 40, the body 34; the lede says "nearly 500", a later paragraph the
exact 512. Claims are compared only when they measure the same thing (key), over the
same window, in the same place, from compatible claimants, and are amounts that are
not changes, parts or conversions of another figure.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

from numcheck.checkers._ages import age_findings, is_age
from numcheck.checkers._anaphora import closest, references
from numcheck.checkers._arith import compared_hard, compared_soft, convert, precision
from numcheck.checkers._compare import (
    before,
    checkable,
    compiled,
    cue_set,
    party_words,
    place_key,
    same_incident,
    same_party,
    same_place,
    same_sentence,
    squash,
    story_places,
    words,
)
from numcheck.checkers._headline import HeadlineWords, headline_changes
from numcheck.checkers._index import Earliest, Parties, Spans
from numcheck.checkers._relations import related
from numcheck.checkers._temperatures import temperature_findings
from numcheck.checkers._words import describe, finding, rule_doc, said
from numcheck.claims import Claim, Scope
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.findings import Finding, Rule, Severity
from numcheck.hookspecs import hookimpl
from numcheck.interval import Interval
from numcheck.quantity import Bound, Quantity

_HEDGED = frozenset(
    {Bound.BELOW, Bound.ABOVE, Bound.APPROX, Bound.GT, Bound.GE, Bound.LT, Bound.LE}
)

RULES = (
    Rule(
        "NC101",
        "restated-figure-contradiction",
        Severity.ERROR,
        "The same figure is restated in one article with values that cannot both be true.",
        rule_doc(
            "NC101",
            "Compares every figure with the other figures of the article that measure the "
            "same thing (same event, qualifiers, unit dimension, time window, place and "
            "claimant) and reports two whose hard bounds (what the words allow) do not meet. "
            'A figure restated by reference ("the 221 dead", "Price\'s 49,813 votes", "the '
            '168-guest reception") is compared with the earlier figures for the same noun, '
            "whoever speaks in its sentence, and reported when it fits none of them.",
            "Headlines, ledes and captions are written apart from the body and drift from it; "
            "readers see both.",
            "`34 people died in the blast` (line 3) and `at least 40 dead` (line 9): at least "
            "40 cannot be 34.",
            "Make the figures agree, or say why they differ (a different window, place or "
            'source: "by Tuesday", "in the city", "according to police").',
        ),
    ),
    Rule(
        "NC102",
        "restated-figure-drift",
        Severity.WARNING,
        "A restated figure fits the words of the other but not their usual reading.",
        rule_doc(
            "NC102",
            "Reports two restatements of the same figure whose hard bounds meet but whose "
            'soft bounds (the pragmatic reading: "more than 2,000" reads as 2,000 to about '
            "3,000) do not.",
            "Technically compatible figures that read differently confuse readers.",
            "`more than 2,000 homes` (line 2) and `5,000 homes` (line 8).",
            'Use the same figure with a fitting hedge ("about 5,000", "more than 4,000").',
        ),
    ),
    Rule(
        "NC103",
        "hedge-contradicted",
        Severity.ERROR,
        "A hedged figure is contradicted by the exact figure given elsewhere in the article.",
        rule_doc(
            "NC103",
            "Reports a hedge (nearly, more than, about, at least ...) whose direction or "
            "tolerance excludes the exact figure the article gives for the same thing, when "
            "the two are close (the hedge word, not the number, is wrong).",
            '"Nearly 500" tells the reader the figure is below 500; if the story also says '
            "512, one of them is wrong.",
            "`nearly 500 killed` (line 1) and `512 people were killed` (line 6).",
            'Fix the hedge ("more than 500", "about 500") or use the exact figure.',
        ),
    ),
)


@hookimpl
def numcheck_rules() -> Sequence[Rule]:
    return RULES


def _converted(q: Quantity, interval: Interval, to_unit: str | None) -> Interval | None:
    if q.unit == to_unit or q.unit is None or to_unit is None:
        return interval if q.unit == to_unit else None
    zero, one = convert(0.0, q.unit, to_unit), convert(1.0, q.unit, to_unit)
    if zero is None or one is None:
        return None
    return interval.scaled(one - zero, zero)


def _things_match(a: Claim, b: Claim, generic: set[str]) -> bool:
    ta, tb = a.key.thing, b.key.thing
    if ta == tb:
        return True
    return (ta is None or ta in generic) and (tb is None or tb in generic)


def _lower(text: str) -> str:
    """ "Nearly 500" from a headline reads "nearly 500" inside a sentence."""
    return text[:1].lower() + text[1:] if text[:1].isalpha() else text


def _close(hedged: Quantity, exact: Quantity, tolerance: float) -> bool:
    if hedged.value is None or exact.value is None:
        return False
    allowed = max((hedged.granularity or 0) / 2, tolerance * abs(hedged.value))
    return abs(exact.value - hedged.value) <= allowed


def _compare(document: Document, first: Claim, second: Claim, tolerance: float) -> Finding | None:
    unit = first.quantity.unit
    hard = _converted(second.quantity, compared_hard(second.quantity), unit)
    soft = _converted(second.quantity, compared_soft(second.quantity), unit)
    if hard is None or soft is None:
        return None
    primary, other = second, first
    if second.scope is Scope.QUOTE and first.scope is not Scope.QUOTE:
        primary, other = first, second
    pair = f"{describe(document, first)} vs {describe(document, second)}"
    qa, qb = first.quantity, second.quantity
    ta, tb = said(document, first), said(document, second)
    if not compared_hard(qa).intersects(hard):
        bounds = (qa.bound, qb.bound)
        if Bound.EXACT in bounds and any(b in _HEDGED for b in bounds):
            exact, hedged = (qa, qb) if qa.bound is Bound.EXACT else (qb, qa)
            te, th = (ta, tb) if exact is qa else (tb, ta)
            if _close(hedged, exact, tolerance):
                message = f"{pair}: {te} is not {_lower(th)}; fix the hedge or the figure"
                return finding("NC103", message, primary, [other], document)
        if qb.bound in _HEDGED and qa.bound not in _HEDGED:
            why = f"{tb} cannot be {ta}"
        elif qa.bound in _HEDGED and qb.bound not in _HEDGED:
            why = f"{ta} cannot be {tb}"
        else:
            why = f"{ta} and {tb} cannot both be right"
        return finding("NC101", f"{pair}: {why}", primary, [other], document)
    if not compared_soft(qa).intersects(soft):
        message = (
            f"{pair}: the words allow both, but '{ta}' reads as {compared_soft(qa)} "
            f"and '{tb}' as {compared_soft(qb)}"
        )
        return finding("NC102", message, primary, [other], document)
    return None


def _headline(document: Document, body: Claim, head: Claim, tolerance: float) -> Finding | None:
    """A headline's change against the body's: as a restatement, and then at two
    significant digits, or its last written digit if coarser ("up 10%" over a 9% rise: a
    headline may round 6.3% to 6%, not 9% to 10%)."""
    found = _compare(document, body, head, tolerance)
    v, b = head.quantity.value, body.quantity.value
    if found is not None or v is None or b is None or v == 0 or head.quantity.bound in _HEDGED:
        return found
    step = max(precision(head.quantity), 10.0 ** (math.floor(math.log10(abs(v))) - 1))
    if abs(b - v) <= step / 2 + 1e-9:
        return None
    message = (
        f"{describe(document, head)} vs {describe(document, body)}: the headline rounds "
        f"{said(document, body)} to {said(document, head)}"
    )
    return finding("NC102", message, head, [body], document)


def _added(document: Document, claim: Claim, added: frozenset[str]) -> bool:
    """A figure of a set added to another ("14 more", "another 7", "a further 30")."""
    after = squash(document.prose[claim.location.end : claim.location.end + 20]).split()
    before_words = before(document, claim, 20).split()
    return bool(after[:1] and after[0].strip(",.") in added) or bool(
        before_words[-1:] and before_words[-1] in added
    )


_Verdict = Callable[[Document, Claim, Claim, float], "Finding | None"]
_ALL = "*"  # the node holding every claimant (or every incident)
_GENERIC = "*generic*"  # the thing class of "people", "those" and unnamed things
_party = party_words
Places = Callable[[Claim], "frozenset[str] | None"]
_Node = tuple[object, object, object, object]  # thing, claimant, place, incident


class _Group:
    """The figures of one key seen so far, indexed by thing, claimant, place, incident, unit.

    Each figure goes into four nodes (its claimant or every claimant, times its
    incident or every incident) of its place, so a new figure asks only the nodes of
    compatible parties for the earliest figure its interval misses, instead of
    walking the group. A figure without a place is the whole story's: it meets only
    other figures without one (a placed figure is a part of it, see ``place_key``).
    """

    def __init__(self, generic: set[str], place_of: Places) -> None:
        self.generic = generic
        self.place_of = place_of
        self.claims: list[Claim] = []
        self.nodes: dict[_Node, dict[str | None, Earliest]] = {}
        self.claimants: Parties = Parties()
        self.places: Parties = Parties()

    def thing(self, claim: Claim) -> object:
        t = claim.key.thing
        return _GENERIC if t is None or t in self.generic else t

    def add(self, claim: Claim) -> None:
        position = len(self.claims)
        self.claims.append(claim)
        ck, pk = _party(claim.claimant), self.place_of(claim)
        if ck is not None:
            self.claimants.add(ck)
        if pk is not None:
            self.places.add(pk)
        q = claim.quantity
        hard, soft = compared_hard(q), compared_soft(q)
        for c in {ck, _ALL}:
            for i in {claim.key.incident, _ALL}:
                units = self.nodes.setdefault((self.thing(claim), c, pk, i), {})
                units.setdefault(q.unit, Earliest()).add(position, hard, soft)

    @staticmethod
    def _keys(key: frozenset[str] | None, parties: Parties) -> list[object]:
        if not key:  # unknown (or only "the"): compatible with every party
            return [_ALL]
        return [None, *parties.compatible(key)]

    def earliest_apart(self, claim: Claim, before: int) -> int | None:
        """The first compatible figure before position ``before`` that ``claim`` misses."""
        q, best = claim.quantity, None
        thing = self.thing(claim)
        pk = self.place_of(claim)
        places = [None] if pk is None else list(self.places.compatible(pk))
        incident = claim.key.incident
        incidents = [_ALL] if incident is None else [None, incident]
        nodes = [
            (thing, c, p, i)
            for c in self._keys(_party(claim.claimant), self.claimants)
            for p in places
            for i in incidents
        ]
        for node in nodes:
            for unit, earliest in self.nodes.get(node, {}).items():
                hard = _converted(q, compared_hard(q), unit)
                soft = _converted(q, compared_soft(q), unit)
                if hard is None or soft is None:
                    continue
                at = earliest.first_apart(hard, soft, before)
                if at is not None and (best is None or at < best):
                    best = at
        return best


def _walk(
    document: Document,
    group: Sequence[Claim],
    later: Claim,
    tolerance: float,
    generic: set[str],
    place_of: Places,
) -> Finding | None:
    """The plain walk over every earlier figure; used when the index cannot decide."""
    for earlier in group:
        if (
            same_sentence(earlier, later, document)
            or not _things_match(earlier, later, generic)
            or not same_incident(earlier, later)
            or not same_party(earlier.claimant, later.claimant)
            or not same_place(place_of(earlier), place_of(later))
        ):
            continue
        found = _compare(document, earlier, later, tolerance)
        if found is not None:
            return found
    return None


def _check_group(
    document: Document,
    claims: Sequence[Claim],
    tolerance: float,
    generic: set[str],
    place_of: Places,
) -> list[Finding]:
    """Each figure against the first earlier one it contradicts (as the plain walk would)."""
    group = _Group(generic, place_of)
    findings: list[Finding] = []
    run_start = 0  # where the trailing run of figures from the current sentence starts
    for i, later in enumerate(claims):
        if i and not same_sentence(claims[i - 1], later, document):
            run_start = i
        at = group.earliest_apart(later, run_start)
        found = None
        if at is not None:
            earlier = claims[at]
            found = (
                None
                if same_sentence(earlier, later, document)
                else _compare(document, earlier, later, tolerance)
            )
            if found is None:  # a sentence split across the run: fall back to the walk
                found = _walk(document, claims[:i], later, tolerance, generic, place_of)
        if found is not None:
            findings.append(found)
        group.add(later)
    return findings


@hookimpl
def numcheck_check_document(
    document: Document, claims: Sequence[Claim], context: CheckContext
) -> Iterable[Finding]:
    lex, relations = related(document, claims, context)
    skip = relations.involved()
    levels = Spans(relations.levels())
    generic = set(words(lex.get("generic_things", ())))
    cues, story = words(lex.get("whole_cues", ())), story_places(claims)
    places = {id(c): place_key(c, cues, story) for c in claims}

    def place_of(claim: Claim) -> frozenset[str] | None:
        return places[id(claim)]

    added = cue_set(lex.get("restated", {}), "added")
    groups: dict[tuple[object, ...], list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: c.location.start):
        if not checkable(claim) or claim.is_change or id(claim) in skip:
            continue
        loc = claim.location
        if levels.overlaps(loc.start, loc.end):
            continue  # "from 40 to 50": two levels of a change, not a restatement
        if claim.key.event is None:
            continue  # no event ("3 million people"): a population, not a toll; never guess
        if is_age(document, claim):
            continue  # "Police named one of the dead as Peter Allard, 61": an age
        if _added(document, claim, added):
            continue  # "51 cases, with 14 more suspected": another set, not the same one
        key = (claim.key.event, claim.key.qualifiers, claim.key.dimension, claim.window)
        groups.setdefault(key, []).append(claim)
    findings: list[Finding] = []
    tolerance = context.settings.tolerance
    for group in groups.values():
        findings += _check_group(document, group, tolerance, generic, place_of)
    amounts = [c for c in sorted(claims, key=lambda c: c.location.start) if checkable(c)]
    findings += age_findings(document, amounts)
    converted = {id(b) for _, b in relations.conversions}
    findings += temperature_findings(document, amounts, converted, lex)
    flagged = {f.location.start for f in findings}
    ordered = sorted(claims, key=lambda c: c.location.start)
    restated: list[tuple[tuple[Claim, list[Claim]], _Verdict]] = [
        (r, _compare) for r in references(document, ordered, lex, place_of)
    ]
    heads = headline_changes(document, ordered, compiled(HeadlineWords.of, lex))
    restated += [(h, _headline) for h in heads]
    for (later, earlier), compare in restated:
        if later.location.start in flagged:
            continue
        verdicts = [compare(document, e, later, tolerance) for e in earlier]
        found = [v for v in verdicts if v is not None]
        if len(found) == len(verdicts):  # it fits none of the figures it refers to
            findings.append(found[closest(later, earlier)])
    return findings
