"""Every telling of the figure a restatement contradicts (NC101).

"The council spent £1.3m on the library" (paragraph 2) ... "a £1.3m refit" is not the
evidence here; "£1.3m" in the lede and "£1.3m" again in paragraph 4, both bare, are
one figure told twice, and "the £3.1m the council spent" misstates both. A reader that
pairs the later figure with one telling (the one its subject and verb retell) is right
about the error and silent about the other telling, which an editor may read as the
figure meant. So a finding of one figure against one other names, besides, every
telling of that other figure in the article: the evidence that two figures are one
is everything a claim says of its amount, told alike:

- one quantity kind, unit and dimension, and the same value and bounds (a hedge that
  differs is another reading: "about £1.3m" is not "£1.3m");
- the same noun (or none) and both levels or both changes ("rose by £1.3m" is no level
  of £1.3m);
- never in the later figure's own sentence (a figure beside it is a part or a
  comparison there, no telling) and never a boilerplate figure;
- the first ``_MOST`` of the first ``_READ`` tellings in the copy (a document of one
  value said a thousand times stays linear and its findings short).

Only the related spans of an NC101 finding change: no finding is raised or dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from numcheck.checkers._compare import checkable, sentence_of
from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.findings import Finding

# NC101 only: one figure told with two values. A headline's finding (NC102) sets the
# headline against the body's figure it summarises, and a hedge's (NC103) one bound
# against one figure; neither says the other figure is one told several times.
_RULES = frozenset({"NC101"})
_READ = 32  # tellings of one figure read at most (a list of one value stays linear)
_MOST = 4  # further tellings named at most


def _told(claim: Claim) -> tuple[object, ...]:
    """What a claim says of its amount: two claims that say the same are one telling."""
    q = claim.quantity
    return (q.kind, q.unit, claim.key.dimension, q.value, q.hard, q.bound, q.noun,
            claim.is_change)


def with_tellings(
    document: Document, findings: Sequence[Finding], claims: Sequence[Claim]
) -> list[Finding]:
    """The findings, each of one figure against one other with the other's further
    tellings among its related spans."""
    ends = {at.start for f in findings if f.rule in _RULES and len(f.related) == 1
            for at in (f.location, *f.related)}
    if not ends:
        return list(findings)  # the common case: nothing to name
    at = {c.location.start: c for c in claims if c.location.start in ends}
    values = {c.quantity.value for c in at.values()}
    alike: dict[tuple[object, ...], list[Claim]] = {}
    for c in claims:  # the value first: most figures tell another
        if c.quantity.value in values and checkable(c) and c.scope is not Scope.BOILERPLATE:
            alike.setdefault(_told(c), []).append(c)
    out: list[Finding] = []
    for f in findings:
        later = at.get(f.location.start)
        earlier = at.get(f.related[0].start) if len(f.related) == 1 else None
        if f.rule not in _RULES or later is None or earlier is None or not (
            checkable(later) and checkable(earlier)
        ):
            out.append(f)
            continue
        start, end = sentence_of(document, later)
        more = [
            c.location for c in alike.get(_told(earlier), ())[:_READ]
            if c is not earlier and c is not later
            and not start <= c.location.start < end
        ][:_MOST]
        out.append(replace(f, related=(*f.related, *more)) if more else f)
    return out


__all__ = ["with_tellings"]
