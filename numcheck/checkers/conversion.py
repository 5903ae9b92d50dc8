"""NC207: a stated unit conversion that is wrong ("5 km (3.5 miles)").

The first figure is taken as the writer's value; the restated one may be rounded as
written ("40 miles (64 km)" and "(60 km)" are both fine). pint does the conversion,
imported only when an article actually states one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from numcheck.checkers import _relations
from numcheck.checkers._arith import compared_hard, convert
from numcheck.checkers._compare import lexicon
from numcheck.checkers._words import describe, finding, fmt, rule_doc
from numcheck.claims import Claim
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.findings import Finding, Rule, Severity
from numcheck.hookspecs import hookimpl

_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")
SLACK = 0.005  # writers use 1.6 km to the mile; allow half a percent beyond rounding

RULES = (
    Rule(
        "NC207",
        "conversion-mismatch",
        Severity.ERROR,
        "A unit conversion given in the copy is wrong.",
        rule_doc(
            "NC207",
            'Converts a figure with the unit given beside it ("40 miles (64 km)", "40 '
            'miles, or 64 km") and reports a restated value that no rounding of the '
            "conversion reaches.",
            "Conversions are easy to get wrong by hand (miles vs kilometres, the wrong "
            "factor), and readers abroad rely on them.",
            "`a 5 km (3.5 miles) route` — 5 km is 3.1 miles.",
            "Recompute the conversion and round it to the precision of the original figure.",
        ),
    ),
)


@hookimpl
def numcheck_rules() -> Sequence[Rule]:
    return RULES


def _check(document: Document, stated: Claim, restated: Claim) -> Finding | None:
    q, r = stated.quantity, restated.quantity
    if q.value is None or not q.unit or not r.unit or q.unit == r.unit:
        return None
    value = convert(q.value, q.unit, r.unit)
    if value is None:
        return None
    allowed = compared_hard(r)
    slack = SLACK * abs(value)
    if allowed.low - slack <= value <= allowed.high + slack:
        return None
    numeral = _NUMERAL.search(r.text)
    as_written = (
        r.text[: numeral.start()] + fmt(value) + r.text[numeral.end() :]
        if numeral
        else f"{fmt(value)} {r.unit}"
    )
    message = (
        f"{describe(document, stated)} is {as_written}, but the copy gives "
        f"{describe(document, restated)}"
    )
    return finding("NC207", message, restated, [stated], document)


@hookimpl
def numcheck_check_document(
    document: Document, claims: Sequence[Claim], context: CheckContext
) -> Iterable[Finding]:
    rel = _relations.find(document, claims, lexicon(context))
    found = (_check(document, a, b) for a, b in rel.conversions)
    return [f for f in found if f is not None]
