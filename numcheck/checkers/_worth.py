"""A percent restated as an amount of a base named after it (NC206): "an offer of 6%,
worth £1.08 an hour on the basic rate of £18.00", "a 3% rise, or $1,500 on a $50,000
salary", "the 4.5% levy, equal to €90 on a €2,000 bill".

The amount is linked to the percent by a restating word (``[worth] links``), and the
base follows the amount (and a rate it is given in: "an hour", "a year") after "on"
and at most a few words; the amount must be the percent of the base, with the rounding
of all three. The amount, written between the two, is blamed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._arith import stated_change, written
from numcheck.checkers._compare import between, words
from numcheck.checkers._words import describe, finding, like, said, value_of
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.quantity import Kind

_BASE_WORDS = 5  # words between "on" and the base: "on the basic rate of"


class WorthCues:
    """The ``[worth]`` words, compiled once per lexicon."""

    def __init__(self, lex: Mapping[str, Any]) -> None:
        cues: Mapping[str, Any] = lex.get("worth", {})
        self.links = frozenset(words(cues.get("links", ())))
        self.rates = words(cues.get("rates", ()))
        self.opens = frozenset(words(cues.get("base_opens", ("on",))))


def _base_gap(gap: str, cues: WorthCues) -> bool:
    """ "an hour on the basic rate of", "on a": a rate, then "on" and a few words."""
    for rate in cues.rates:
        if gap == rate or gap.startswith(rate + " "):
            gap = gap[len(rate) :].strip()
            break
    toks = gap.split()
    clean = not any(ch in gap for ch in ",;:()") and not any(c.isdigit() for c in gap)
    return bool(toks) and toks[0] in cues.opens and len(toks) <= _BASE_WORDS + 1 and clean


def worth_findings(
    document: Document, sentences: Sequence[Sequence[Claim]], cues: WorthCues
) -> list[Finding]:
    out: list[Finding] = []
    for sentence in sentences:
        for pct, amount, base in zip(sentence, sentence[1:], sentence[2:], strict=False):
            if pct.quantity.kind is not Kind.PERCENT:
                continue
            a, b = amount.quantity, base.quantity
            if a.kind is not Kind.MONEY or b.kind is not Kind.MONEY or a.unit != b.unit:
                continue
            if between(document, pct, amount).strip(" ,") not in cues.links:
                continue
            if not _base_gap(between(document, amount, base), cues):
                continue
            p, x, n = stated_change(pct.quantity), written(a), written(b)
            if p is None or x is None or n is None:
                continue
            expected = p.scaled(1 / 100) * n
            if x.meets(expected, 0.005):
                continue
            vp, vb = value_of(pct.quantity), value_of(b)
            if vp is None or vb is None:
                continue
            message = (
                f"{said(document, pct)} of {describe(document, base)} is "
                f"{like(vp / 100 * vb, amount)}, not {said(document, amount)}"
            )
            out.append(finding("NC206", message, amount, [pct, base], document))
    return out


__all__ = ["WorthCues", "worth_findings"]
