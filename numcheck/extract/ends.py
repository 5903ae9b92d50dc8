"""The two ends of one change name one measure: "revenue rose to £4.1bn from £3.66bn",
"fell from 90 truckloads a week to 45", "a dividend of 14.2p, up from 13.8p".

The parser says which end of a change a figure is (``Quantity.level``); the words
around an end often name nothing ("from £3.66bn", "to 45"), while the other end, in the
same clause, does. An end that names nothing takes what the other end names: its key and
measure for a new level (a current figure of the story), its measure only for an old
level (drift's measured and likeness routes and the restatement checks leave old levels
out, so the name lets no new pair meet). Read only when the two ends stand in one clause
with nothing but a short phrase between them (no clause mark, no conjunction, no other
amount): two subjects' changes ("Revenue rose to €2.4bn, while costs fell from €1.9bn")
are never joined. docs/maintainers/claims.md, "A figure named by the phrase it belongs to".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from numcheck.claims import Claim, Scope
from numcheck.extract.keys import key_for
from numcheck.extract.measure import VALUE
from numcheck.extract.predicate import _period
from numcheck.extract.vocab import Vocab
from numcheck.quantity import Kind, Level

_GAP_WORDS = 8  # words between the two ends at most ("to 41 last year from 29")
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+(?:[,.]\d+)*|[^\w\s]")
# words that open another clause or a second subject between two figures
_CLAUSAL = frozenset({"and", "but", "while", "whereas", "or", "as", "although", "though",
                      "when", "after", "before", "which", "who", "that", "with", "against",
                      "compared", "versus", "vs", "than", "said", "says"})
# a hedge between the preposition and its figure: "from about 40", "to nearly 9,000"
_HEDGES = frozenset({"about", "around", "roughly", "some", "nearly", "almost", "just",
                     "over", "under", "more", "less", "than", "an", "estimated", "a", "only"})
# the kinds a change's end may be (a year or a date between the ends is skipped)
_AMOUNTS = frozenset({Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.MEASURE})


def unnamed(claim: Claim) -> bool:
    key = claim.key
    return key.thing is None and key.event is None and not claim.measure


def join_ends(text: str, claims: Sequence[Claim], vocab: Vocab) -> list[Claim]:
    """``claims`` with each unnamed end of a change named by its other end, and each
    unnamed change amount set after its levels named by them."""
    out = _ends_named(text, claims)
    amounts = [i for i, c in enumerate(out) if c.scope is not Scope.BOILERPLATE
               and (c.quantity.kind in _AMOUNTS or c.quantity.kind in _CHANGES)]
    for n in range(1, len(amounts)):
        c, level = out[amounts[n]], out[amounts[n - 1]]
        if unnamed(c) and _apposed(text, level, c, vocab):
            named = tuple(w for w in level.measure if w != VALUE and not w.startswith("@"))
            if named:
                out[amounts[n]] = dataclasses.replace(
                    c, measure=(*named, _period(text, c.sentence[0], c.quantity, vocab)))
    return out


# what a change amount may be: "an increase of 29%", "up 3 points", "a drop of two-thirds"
_CHANGES = frozenset({Kind.PERCENT, Kind.PERCENTAGE_POINT, Kind.RATIO})


def _apposed(text: str, level: Claim, c: Claim, vocab: Vocab) -> bool:
    """ "rose to 41 from 29, an increase of 29%", "up from 260 million, a 47% increase":
    a change amount in apposition right after the change's levels is that change's."""
    q = level.quantity
    if (level.sentence != c.sentence or not level.measure or level.is_change
            or q.change is not None or q.level is None or c.part_of is not None):
        return False
    gap = [w.lower() for w in _WORD.findall(text, q.end, c.quantity.start)]
    if "," not in gap or len(gap) > 10:
        return False
    comma = len(gap) - 1 - gap[::-1].index(",")
    if any(w in _CLAUSAL or (not w[0].isalnum() and w != ",") for w in gap[:comma]):
        return False  # "in 2022, an increase of": a period may stand before the comma
    words = [w for w in gap[comma + 1 :] if w not in _HEDGES and w not in ("of", "by")]
    if any(w not in vocab.change_nouns and w not in ("a", "an") for w in words):
        return False
    after = _WORD.findall(text, c.quantity.end, min(len(text), c.quantity.end + 20))
    return any(w in vocab.change_nouns for w in words) or (
        bool(after) and after[0].lower() in vocab.change_nouns)


def _ends_named(text: str, claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each unnamed end of a change named by its other end."""
    out = list(claims)
    amounts = [i for i, c in enumerate(claims)
               if c.quantity.kind in _AMOUNTS and c.scope is not Scope.BOILERPLATE]
    ends = [_level(text, claims[i]) for i in amounts]
    for n, i in enumerate(amounts):
        c = claims[i]
        if ends[n] is None:
            if n > 0 and unnamed(c):  # "closed 3.4% higher at 214.60 francs"
                out[i] = _by_change(text, c, claims[amounts[n - 1]])
            continue
        for m in (n - 1, n + 1):  # "to A from B", "from B to A", "A, up from B"
            if not 0 <= m < len(amounts):
                continue
            p = out[amounts[m]]
            if unnamed(p) or not _ends(text, (c, ends[n]), (p, ends[m])):
                continue
            if unnamed(c) or _counts_more(c, p):
                out[i] = _named(c, ends[n], p)
            break
        else:
            if n > 0 and unnamed(out[i]) and ends[n] is not Level.OLD:
                out[i] = _by_change(text, out[i], claims[amounts[n - 1]])
    return out


_SIDES = frozenset({"higher", "lower", "up", "down"})


def _by_change(text: str, c: Claim, change: Claim) -> Claim:
    """A new level right after its change's amount ("Headcount grew 31% since 2021, to
    17,300", "Its shares closed 3.4% higher at 214.60 francs"): the change's subject
    names it (its measure without the span marks)."""
    moved = change.is_change or change.quantity.change is not None
    if not moved or change.sentence != c.sentence or change.part_of is not None:
        return c
    named = tuple(w for w in change.measure if not w.startswith("@"))
    if not named or change.quantity.kind is c.quantity.kind:
        return c  # "rose 12% to 14%" is read by the change's own reader
    gap = [w.lower() for w in _WORD.findall(text, change.quantity.end, c.quantity.start)]
    while gap and gap[-1] in _HEDGES:
        gap.pop()
    if not gap or len(gap) > _GAP_WORDS or any(w in _CLAUSAL for w in gap):
        return c
    if gap[-1] != "to" and not (gap[-1] == "at" and set(gap[:-1]) <= _SIDES):
        return c  # "closed 3.4% higher at 214.60 francs": the level after its change
    if c.quantity.kind is Kind.COUNT:
        named = (named[0], *sorted({*named[1:], VALUE}))
    return dataclasses.replace(c, measure=named)


def _level(text: str, c: Claim) -> Level | None:
    """Which end of a change ``c`` is: the parser's reading, else the preposition right
    before it ("to 8,900 from 10,850" after "since 2016,")."""
    q = c.quantity
    if q.level is not None or c.is_change or q.change is not None:
        return q.level
    words = [w.lower() for w in _WORD.findall(text, max(0, q.start - 24), q.start)]
    while words and words[-1] in _HEDGES:
        words.pop()
    return {"from": Level.OLD, "to": Level.NEW}.get(words[-1]) if words else None


def _ends(text: str, one: tuple[Claim, Level | None], other: tuple[Claim, Level | None]) -> bool:
    """Whether the two claims are the two ends of one change in one clause."""
    (c, lc), (p, lp) = one, other
    a, b = c.quantity, p.quantity
    if c.sentence != p.sentence or p.is_change or b.change is not None:
        return False
    if a.kind is not b.kind and not (Kind.MONEY in (a.kind, b.kind)
                                     and Kind.COUNT in (a.kind, b.kind)):
        return False  # "to 187 million euros from 163 million": the unit left unsaid
    first, second = (c, p) if a.start < b.start else (p, c)
    later = lc if second is c else lp
    if Level.OLD not in (lc, lp) or lc == lp or later is None:
        return False  # "A, up from B": the later end is the old one, the first may be bare
    gap = [w.lower() for w in _WORD.findall(text, first.quantity.end, second.quantity.start)]
    while gap and gap[-1] in _HEDGES:
        gap.pop()
    opener = "from" if later is Level.OLD else "to"
    if not gap or gap[-1] != opener or len(gap) > _GAP_WORDS:
        return False
    body = gap[:-1]
    if opener == "from" and body[-1:] in (["up"], ["down"]):
        body = body[:-1]  # "14.2p a share, up from 13.8p"
        if body[-1:] == [","]:
            body = body[:-1]
    return not any(w in _CLAUSAL or (not w[0].isalnum() and w not in "-–'’")
                   for w in body)


def _counts_more(c: Claim, p: Claim) -> bool:
    """A bare count whose other end names its noun: "from 90 truckloads a week to 45"
    counts truckloads, whatever the change's subject ("Aid") says."""
    return (c.quantity.kind is Kind.COUNT and p.quantity.kind is Kind.COUNT
            and c.quantity.noun is None and p.quantity.noun is not None
            and p.key.thing is not None and c.key.thing in (None, p.key.thing)
            and c.key.event is None and (c.key.thing is None or not c.measure))


def _named(c: Claim, level: Level | None, p: Claim) -> Claim:
    """``c`` named by its other end ``p``."""
    if _counts_more(c, p) or not p.measure:
        measure: tuple[str, ...] = (p.key.thing,) if p.key.thing else ()
    else:
        measure = p.measure
    if level is Level.OLD:
        # only an old level the parser read as one is left out by the checkers as one;
        # named otherwise, it would stand as a current figure of its measure
        return dataclasses.replace(c, measure=measure) if c.quantity.level is Level.OLD else c
    key = key_for(c.quantity, p.key.thing, p.key.event, p.key.qualifiers, c.key.incident)
    return dataclasses.replace(c, key=key, measure=measure, subject=c.subject or p.subject)
