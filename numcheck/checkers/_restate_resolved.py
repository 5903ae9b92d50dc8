"""A definite figure that repeats an earlier figure word for word points at that figure:
"Greenline will withdraw 14 routes and add 12 routes in Ashby" ... "the loss of those 14
routes" restates the 14, not the 12.

The definite phrase ("the", "those", a possessive: ``[restated] determiners`` and
``demonstratives``) with the value and counted noun of an earlier figure (or of an
earlier bare number of its kind: "plans 30 this year" ... "the 30 stores planned") is
positive evidence of which figure it restates. A group of like figures
(``_restate_groups``) may still hold it against another earlier figure it never pointed
at; that finding is dropped. A finding against a later figure stays ("the 36 flats" ...
"the 32 flats": the later one is the misstatement).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from numcheck.checkers._compare import before, checkable, cue_set, same_place, same_sentence
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding

Places = Callable[[Claim], "frozenset[str] | None"]
_PUNCT = "\"“”‘’'(),.;:"
_POSSESSIVE = ("'s", "’s", "s'", "s’")


def _definite(document: Document, claim: Claim, restated: Mapping[str, Any]) -> bool:
    words = [x.strip(_PUNCT) for x in before(document, claim, 30).split()]
    if not words or before(document, claim, 2).endswith((",", ";", ":")):
        return False
    last = words[-1]
    definite = cue_set(restated, "determiners") | cue_set(restated, "demonstratives")
    return last in definite or (len(last) > 3 and last.endswith(_POSSESSIVE))


def _repeats(later: Claim, earlier: Claim) -> bool:
    """The same exact value, kind, unit and counted noun (or none said before)."""
    a, b = later.quantity, earlier.quantity
    return (
        a.value is not None
        and a.value == b.value
        and a.kind is b.kind
        and a.unit == b.unit
        and a.bound is b.bound
        and (b.noun is None or b.noun == a.noun)
    )


def _places_fit(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    """No place on one side ("mostly in Scotland" may be said of the verb), or the same."""
    return a is None or b is None or same_place(a, b)


def antecedents(
    document: Document, ordered: Sequence[Claim], lex: Mapping[str, Any], place_of: Places
) -> dict[int, int]:
    """The start of each definite figure that repeats an earlier one, with that figure's
    start (the nearest such). Earlier figures are looked up by their exact value, kind,
    unit and bound, so a long article costs one pass, not a scan back per figure."""
    restated = lex.get("restated", {})
    out: dict[int, int] = {}
    seen: dict[tuple[object, ...], list[Claim]] = {}
    for later in ordered:
        if not checkable(later):
            continue
        q = later.quantity
        key = (q.value, q.kind, q.unit, q.bound)
        if q.value is not None and _definite(document, later, restated):
            for earlier in reversed(seen.get(key, ())):
                if (
                    not same_sentence(earlier, later, document)
                    and _repeats(later, earlier)
                    and _places_fit(place_of(later), place_of(earlier))
                ):
                    out[later.location.start] = earlier.location.start
                    break
        seen.setdefault(key, []).append(later)
    return out


def unpointed(findings: Sequence[Finding], resolved: Mapping[int, int]) -> list[Finding]:
    """The findings that hold no resolved reference against an earlier figure other than
    the one it repeats."""
    kept: list[Finding] = []
    for f in findings:
        spans = (f.location, *f.related)
        drop = False
        if len(spans) == 2 and f.rule in ("NC101", "NC102", "NC103"):
            a, b = sorted(spans, key=lambda s: s.start)
            drop = b.start in resolved and resolved[b.start] != a.start
        if not drop:
            kept.append(f)
    return kept


__all__ = ["antecedents", "unpointed"]
