"""NC201-NC202: parts larger than their whole, and components that do not add up to a total.

"8 were injured, including 10 children" cannot be; nor can a region's toll above the
national toll, or "34 died and 285 were injured" beside "319 casualties" (sums use the
figures' intervals, so hedged and rounded figures only fire when no reading adds up).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import reduce
from typing import Any

from numcheck.checkers import _relations
from numcheck.checkers._compare import (
    arith,
    before,
    checkable,
    describe,
    finding,
    lexicon,
    rule_doc,
    same_party,
    same_sentence,
    squash,
    words,
)
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
            "Adds the components of a total (killed + wounded = casualties, and the parts "
            'listed after "including") with their intervals and reports a stated total '
            "that no reading of the components can reach.",
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


def _joined(document: Document, claims: Sequence[Claim]) -> str:
    return " + ".join(describe(document, c) for c in claims)


def _parts_of(document: Document, relations: _relations.Relations) -> list[Finding]:
    out: list[Finding] = []
    for members, wholes in relations.parts:
        whole = _total(wholes)
        what = _joined(document, wholes)
        over = [m for m in members if arith(m.quantity).low > whole.high]
        for member in over:
            message = (
                f"{describe(document, member)} is part of {what}, but "
                f"{member.quantity.text} is more than {whole.high:,.0f}"
            )
            out.append(finding("NC201", message, member, wholes, document))
        if not over and len(members) > 1 and _total(members).low > whole.high:
            message = (
                f"the parts {_joined(document, members)} add up to more than {what} "
                f"({_total(members).low:,.0f} > {whole.high:,.0f})"
            )
            out.append(finding("NC202", message, members[0], [*members[1:], *wholes], document))
    return out


def _compatible(a: Claim, b: Claim) -> bool:
    return (
        a.key.qualifiers == b.key.qualifiers
        and a.window == b.window
        and same_party(a.claimant, b.claimant)
        and a.key.dimension == b.key.dimension
    )


def _regions(document: Document, claims: Sequence[Claim], lex: Mapping[str, Any]) -> list[Finding]:
    cues = words(lex.get("whole_cues", ()))
    out: list[Finding] = []
    wholes = [
        c
        for c in claims
        if (c.place and squash(c.place) in cues)
        or any(cue in before(document, c, 40) for cue in cues)
    ]
    for whole in wholes:
        for part in claims:
            if (
                part is whole
                or not part.place
                or part.place == whole.place
                or part.key.event != whole.key.event
                or not _compatible(part, whole)
            ):
                continue
            if arith(part.quantity).low > arith(whole.quantity).high:
                message = (
                    f"{describe(document, part)} in {part.place} is more than the overall "
                    f"{describe(document, whole)}"
                )
                out.append(finding("NC201", message, part, [whole], document))
    return out


def _components(
    document: Document, claims: Sequence[Claim], lex: Mapping[str, Any]
) -> list[Finding]:
    out: list[Finding] = []
    for total_event, parts in lex.get("totals", {}).items():
        totals = [c for c in claims if c.key.event == total_event]
        if not totals:
            continue
        for first in claims:
            if first.key.event != parts[0]:
                continue
            rest = [
                next(
                    (
                        c
                        for c in claims
                        if c.key.event == event
                        and same_sentence(c, first, document)
                        and _compatible(c, first)
                    ),
                    None,
                )
                for event in parts[1:]
            ]
            if any(c is None for c in rest):
                continue
            group = [first, *(c for c in rest if c is not None)]
            stated = _total(group)
            for total in totals:
                if not all(_compatible(total, c) and total.place == c.place for c in group):
                    continue
                if not arith(total.quantity).intersects(stated):
                    message = (
                        f"{_joined(document, group)} add up to {stated.low:,.0f}"
                        + ("" if stated.width == 0 else f" to {stated.high:,.0f}")
                        + f", but {describe(document, total)} gives {total.quantity.text}"
                    )
                    out.append(finding("NC202", message, total, group, document))
    return out


@hookimpl
def numcheck_check_document(
    document: Document, claims: Sequence[Claim], context: CheckContext
) -> Iterable[Finding]:
    lex = lexicon(context)
    counts = [
        c for c in claims if checkable(c) and c.quantity.kind is Kind.COUNT and not c.is_change
    ]
    relations = _relations.find(document, counts, lex)
    return [
        *_parts_of(document, relations),
        *_regions(document, counts, lex),
        *_components(document, counts, lex),
    ]
