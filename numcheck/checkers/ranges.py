"""NC208: a range written high to low ("between 500 and 300").

The parser stores a range as an interval, which has no order; so this checker reads
the two ends of the range phrase back through the public parser (the one place a
checker looks at a span's words), and also catches "between A and B" left as two
figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

from numcheck.checkers._compare import before, between, checkable, compiled, lexicon
from numcheck.checkers._range_moves import move_words, told_move
from numcheck.checkers._relations import range_ends
from numcheck.checkers._words import describe, finding, fmt, rule_doc, said, where
from numcheck.claims import Claim
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.findings import Finding, Rule, Severity
from numcheck.hookspecs import hookimpl
from numcheck.quantity import Bound, Quantity

_ONE_SIDED = frozenset({Bound.GT, Bound.GE, Bound.LT, Bound.LE})

RULES = (
    Rule(
        "NC208",
        "range-out-of-order",
        Severity.WARNING,
        "A range is written with its high end first.",
        rule_doc(
            "NC208",
            'Reports a range whose first end is larger than its second ("between 500 and '
            '300", "15-10 miles"). Ends with their own one-sided hedges ("at most 100 and '
            'at least 20") are not reported.',
            "A reversed range is usually a typo for another number, and reads oddly even when "
            "it is not.",
            "`between 500 and 300 people`.",
            "Write the low end first, and check that both ends are right.",
        ),
    ),
)


@hookimpl
def numcheck_rules() -> Sequence[Rule]:
    return RULES


def _reversed(a: Quantity, b: Quantity) -> bool:
    if a.value is None or b.value is None or a.bound in _ONE_SIDED or b.bound in _ONE_SIDED:
        return False
    return a.value > b.value


@hookimpl
def numcheck_check_document(
    document: Document, claims: Sequence[Claim], context: CheckContext
) -> Iterable[Finding]:
    findings: list[Finding] = []
    amounts = sorted((c for c in claims if checkable(c)), key=lambda c: c.location.start)
    moves = compiled(move_words, lexicon(context), lexicon(context, "hedges"))
    for claim in amounts:
        if claim.quantity.bound is not Bound.RANGE:
            continue
        ends = range_ends(document, claim)
        if ends is not None and _reversed(ends[0].quantity, ends[1].quantity) and not (
            told_move(document, claim, moves)  # "went from 500 to 400": a move
        ):
            low, high = fmt(ends[1].quantity.value or 0), fmt(ends[0].quantity.value or 0)
            message = f"{describe(document, claim)} runs from high to low; write {low} to {high}"
            findings.append(finding("NC208", message, claim, [], document))
    for first, second in pairwise(amounts):
        if (
            between(document, first, second) == "and"
            and before(document, first, 20).endswith("between")
            and _reversed(first.quantity, second.quantity)
        ):
            message = (
                f"'between {said(document, first)} and {said(document, second)}' "
                f"({where(first)}) runs from high to low"
            )
            findings.append(finding("NC208", message, first, [second], document))
    return findings
