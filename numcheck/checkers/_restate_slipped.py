"""A figure that names nothing, retold one slip off under the same head word (NC101).

"sold the bonds at an average yield of 4.62%" ... "a yield of 4.26% was the price of weak
demand"; "Snow 18cm deep covered the road" ... "the snow, 13cm deep, closed the pass".
One of the two figures names no noun, measure or event the lexicon keys, so no group
holds it (``_restate_grouping``: "population: nothing named") and the figures are never
compared. A figure told wrong is most often one slip from the right one (``_slips``: a
digit changed, added, dropped or two swapped); that is evidence the two are one figure
when the copy also says one thing of both and nothing that tells them apart.

The evidence required (never the absence of a difference alone):

- one quantity kind (money, a measure, a percentage, a duration: never a bare count,
  where a slip is any neighbouring tally) and unit, in two sentences;
- one of the two left out as naming nothing, the other grouped or left out as a
  population (never a change, a part, a share, an age or a figure another checker
  reads);
- the significant digits one slip apart, two digits at least on one side;
- a head word: a content word among the nearest of its clause on either side of the
  later figure said in the nearest words of the earlier one's ("yield", "snow", "fine");
- of one span, moment and update words, years, named days, incident, party and place
  (``_restate_bridge.one_time``).

A later figure that fits none of the earlier figures it so retells (an earlier one with
the same digits says the copy agrees with itself) is reported when the words of the two
cannot both be true (NC101): the slip is the only evidence that they are one figure, and
a pair whose words allow both ("up to 18cm" ... "up to 13cm") is no slip of the pen.
``restated.py`` then withdraws what another period or holder explains.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from numcheck.checkers._compare import checkable, compiled, sentence_of
from numcheck.checkers._restate_bridge import one_time
from numcheck.checkers._restate_clause import fits_none
from numcheck.checkers._restate_grouping import Grouping
from numcheck.checkers._restate_retold import Retellings, said_near
from numcheck.checkers._slips import digits, one_slip
from numcheck.checkers._snapshots import days_of
from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.quantity import Kind

__all__ = ["slipped_findings", "why_not"]

_KINDS = frozenset({Kind.MONEY, Kind.MEASURE, Kind.PERCENT, Kind.DURATION})
_NOTHING = "population: nothing named"
_BARE = frozenset({_NOTHING, "population: thing, no measure"})  # never an old level
_PUNCT = "\"“”‘’'(),.;:"
_ENDS = (",", ";", ":", ".", "!", "?", "—")
_NEAREST = 3  # content words read on each side of a figure for its head word
_WINDOW = 80  # characters read beside a figure (never the whole of a long sentence)
_REACH = 24  # earlier figures of one unit a figure is held against
_SHORTEST = 4  # letters of a head word's stem at least ("cost", "fine", "snow")


def _side(tokens: list[str], w: Retellings, leftward: bool) -> list[str]:
    """The stems of the nearest content words of a run of tokens read away from the
    figure, up to a clause mark (read leftward, a word ending in one is past it)."""
    out: list[str] = []
    for token in tokens:
        if leftward and token.endswith(_ENDS):
            break
        word = token.strip(_PUNCT).lower()
        out += [s for s in w.heads.content([word]) if len(s) >= _SHORTEST]
        if len(out) >= _NEAREST or token.endswith(_ENDS):
            break
    return out[:_NEAREST]


def heads(document: Document, claim: Claim, w: Retellings) -> frozenset[str]:
    """The stems of the content words nearest a figure in its clause, either side."""
    start, end = sentence_of(document, claim)
    prose = document.prose
    left = prose[max(start, claim.location.start - _WINDOW) : claim.location.start].split()
    right = prose[claim.location.end : min(end, claim.location.end + _WINDOW)].split()
    if len(left) == 1 and left[0].lower() in w.prepositions and right and right[0] == ",":
        right = right[1:]  # "At 3.1 million euros, the expedition was cheap": its head
    return frozenset(_side(left[::-1], w, True) + _side(right, w, False))


def _unit(claim: Claim) -> tuple[object, ...]:
    return claim.quantity.kind, claim.quantity.unit, claim.key.dimension


def _slipped(a: Claim, b: Claim) -> bool:
    """Significant digits one slip apart (or the same), two digits at least on a side."""
    x, y = a.quantity.value, b.quantity.value
    if x is None or y is None:
        return False
    dx, dy = digits(x), digits(y)
    return bool(dx and dy) and max(len(dx), len(dy)) >= 2 and one_slip(dx, dy)


def slipped_findings(
    document: Document, g: Grouping, lex: Mapping[str, Any], tolerance: float, told: set[int]
) -> list[Finding]:
    """Figures naming nothing retold one slip off under one head word, each later one
    against the earlier figures it so retells; none for a figure already in a finding
    (``told``: start offsets)."""
    w = compiled(Retellings.of, lex)
    by_unit: dict[tuple[object, ...], list[Claim]] = {}
    found_heads: dict[int, frozenset[str]] = {}
    findings: list[Finding] = []

    def head(claim: Claim) -> frozenset[str]:
        if id(claim) not in found_heads:
            found_heads[id(claim)] = heads(document, claim, w)
        return found_heads[id(claim)]

    def eligible(claim: Claim) -> bool:
        why = g.left_out.get(id(claim))
        return (why is None and id(claim) in g.key_of) or why in _BARE

    for later in g.ordered:
        q = later.quantity
        if q.kind not in _KINDS or later.is_change or later.scope is Scope.BOILERPLATE:
            continue  # the cheapest tests first
        if not checkable(later) or not eligible(later):
            continue
        earlier = by_unit.setdefault(_unit(later), [])
        if later.location.start not in told:
            bare = g.left_out.get(id(later)) == _NOTHING
            retold = [
                other for other in earlier[-_REACH:]
                if (bare or g.left_out.get(id(other)) == _NOTHING)
                and _slipped(other, later)
                and head(later) & head(other)
                and one_time(document, other, later, g, lex)
                and _same_days(document, other, later, lex)
                and not framed(document, later, other, w)
                and not framed(document, other, later, w)
            ]
            finding = fits_none(document, later, retold, tolerance)
            # the slip is the only evidence the two are one figure: a pair whose words
            # allow both (a drift of readings, NC102) is no slip of the pen
            if finding is not None and finding.rule == "NC101":
                findings.append(finding)
                told |= {at.start for at in (finding.location, *finding.related)}
        earlier.append(later)
    return findings


def framed(document: Document, claim: Claim, other: Claim, w: Retellings) -> bool:
    """Whether the sentence of ``claim`` opens with a frame ("For cardiology, the wait
    is 16 weeks", "In the county contest, ...") naming a word not said of ``other``:
    another set than the other figure's."""
    start = sentence_of(document, claim)[0]
    tokens = document.prose[start : claim.location.start].split()
    if not tokens or tokens[0].strip(_PUNCT).lower() not in w.prepositions:
        return False
    frame: list[str] = []
    for token in tokens:
        frame.append(token)
        if token.endswith(_ENDS):
            break
    said = set(said_near(document, other))
    return any(s not in said for s in w.heads.content(frame[1:]))


def _same_days(document: Document, a: Claim, b: Claim, lex: Mapping[str, Any]) -> bool:
    """The same named days or none on one side ("on Sunday" ... "on Monday": two)."""
    x, y = days_of(document, a, lex), days_of(document, b, lex)
    return not (x and y and not x & y)


def why_not(document: Document, g: Grouping, lex: Mapping[str, Any], a: Claim,
            b: Claim) -> str:
    """The first condition of this reader two figures fail (for the funnel's blind class
    counts: benchmarks/restated_shapes.py), or "met"."""
    w = compiled(Retellings.of, lex)
    earlier, later = sorted((a, b), key=lambda c: c.location.start)
    bare = [g.left_out.get(id(c)) == _NOTHING for c in (earlier, later)]
    ready = [(g.left_out.get(id(c)) is None and id(c) in g.key_of)
             or g.left_out.get(id(c)) in _BARE for c in (earlier, later)]
    checks = (
        ("kind", all(c.quantity.kind in _KINDS and not c.is_change for c in (a, b))),
        ("unit", _unit(a) == _unit(b)),
        ("left out otherwise", all(ready) and any(bare)),
        ("digits", _slipped(earlier, later)),
        ("head word", bool(heads(document, earlier, w) & heads(document, later, w))),
        ("one time", one_time(document, earlier, later, g, lex)),
        ("days", _same_days(document, earlier, later, lex)),
        ("frame", not framed(document, later, earlier, w)
         and not framed(document, earlier, later, w)),
    )
    return next((name for name, ok in checks if not ok), "met")
