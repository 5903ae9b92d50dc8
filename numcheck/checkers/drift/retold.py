"""A disagreement the other source explains: the figure one source gives for a measure
is the figure the other source gives, in the same sentence, for a neighbouring measure
("£118m net profit" against "£118m before tax and £91m after it"; "nine drivers died"
against "nine people died, five of them drivers"; "all 19 admitted to hospital" against
"19 injured, seven of them kept in hospital"). One of the two retold a figure as the
wrong measure (NC403), which is what an editor must fix, not a second count of one thing.

The evidence is the other article's own sentence: it gives both measures, each its own
figure, so it tells them apart where the retelling does not. It reads no phrasing: only
the figures of one sentence, their keys and their values. Two readings of a pair:

- one measure, two values (``retold``): one side's value is the other sentence's figure
  for a neighbouring measure (a key sharing its thing or event). Whatever the judge said
  (a contradiction, a dispute, an update, or nothing: a level on two days moves) the
  pair is a retelling; below ``sibling_min`` only when the other side's figure is told
  as a part of that one ("five of them"), since small figures coincide;
- two neighbouring measures, one small value (``_owned``): the judge leaves it alone
  (small counts coincide), but when the other sentence gives this side's measure
  another figure, the two articles give one measure two figures either way.

The retelling is never older than the sentence it retells: a level told on an earlier
day may be that day's ("212,000 customers without power" on Monday; "212,000 lost it,
leaving about 97,000 in the dark" on Tuesday tells the peak beside the level).
docs/maintainers/claims.md, "a figure retold as a neighbouring measure".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from numcheck.checkers.drift.entries import Entry, Pair, Relation
from numcheck.checkers.drift.periods import past_period
from numcheck.checkers.drift.verdicts import RETOLD, UNIT_SWAP, Verdict
from numcheck.claims import Claim
from numcheck.quantity import Level

__all__ = ["retold"]

# verdicts a retelling explains better: a contradiction, a dispute, an update, or none
# (two days of a level); never a unit swap or a narrowed measure (their own evidence)
_EXPLAINED = frozenset({"NC401", "NC404", "NC405"})


def retold(
    pair: Pair, verdict: Verdict | None, near: Callable[[Claim], Sequence[Claim]], least: float,
    parts: Callable[[Claim], Sequence[Claim]] = lambda claim: (),
    beside: Callable[[Claim], Sequence[Claim]] = lambda claim: (),
    kin: Callable[[str, str], bool] = str.__eq__,
) -> Verdict | None:
    """NC403 for a pair of one measure whose figures differ when one side's figure is,
    word for word, the other side's figure for a neighbouring measure of its own
    sentence (``near``: the figures of a claim's sentence), told no earlier than that
    sentence; None otherwise. Figures below ``least`` coincide too easily to say so,
    unless the other side's figure is told as a part of that one ("nine people died,
    five of them drivers" against "nine drivers killed"). ``parts``: the figures of a
    claim's article told as a part of its own measure ("Twelve of the injured were in
    a serious condition" beside "51 injured"): one side's toll that is, word for word,
    the other's part of it retells the part as the whole. ``beside``: the figures of
    the sentences next to a claim's (beside.py): a neighbouring measure told one
    sentence off is read as one in the sentence, at ``least`` or more only, its thing
    equal or one a kind of the other (``kin``: workers and people)."""
    if pair.relation is Relation.SIBLING:
        return _owned(pair, near) if verdict is None else None
    if pair.relation is not Relation.SAME:
        return None
    if verdict is not None and (verdict.rule not in _EXPLAINED or verdict.reason == UNIT_SWAP):
        return None
    a, b = pair.first, pair.second
    if a.hard.intersects(b.hard):
        return None
    found = [(mine, theirs, echo) for mine, theirs in ((a, b), (b, a))
             if not _older(mine, theirs)
             and (echo := _echo(mine, theirs, near, least)
                  or _part(mine, theirs, parts, least)
                  or _sum(mine, theirs, near, least)) is not None]
    if not found and a.claim.location.path != b.claim.location.path:
        # one sentence further off: two articles only, when nothing nearer explains it
        found = [(mine, theirs, echo) for mine, theirs in ((a, b), (b, a))
                 if not _older(mine, theirs)
                 and (echo := _echo(mine, theirs, beside, least, kin)) is not None]
    if len(found) != 1:
        return None  # neither figure, or both: no one reading explains the pair
    mine, theirs, echo = found[0]
    return Verdict("NC403", mine, theirs, reason=RETOLD, echo=echo)


def _older(mine: Entry, theirs: Entry) -> bool:
    """Whether ``mine`` is told on an earlier day than ``theirs`` (its article's date)."""
    told, other = mine.claim.date, theirs.claim.date
    return told is not None and other is not None and told < other


def _echo(
    mine: Entry, theirs: Entry, near: Callable[[Claim], Sequence[Claim]], least: float,
    kin: Callable[[str, str], bool] | None = None,
) -> Claim | None:
    """The figure of ``theirs``'s sentence that says ``mine``'s number for a neighbouring
    measure: the same value, unit and kind, a key sharing its thing or its event with
    ``theirs``'s but not equal to it; below ``least``, only the whole ``theirs`` is a
    part of. With ``kin`` (a sentence further off): never below ``least``, and things
    sharing a kind count as shared ("2,300 workers" beside "900 jobs"). A figure dated
    to a past period ``theirs`` is not ("The 2019 floods left 40 dead or missing. This
    week 12 were missing") is that period's, no neighbouring measure of the story's."""
    q = mine.claim.quantity
    if q.value is None or mine.claim.is_change:
        return None
    key = theirs.claim.key
    for other in near(theirs.claim):
        oq, ok = other.quantity, other.key
        if other is theirs.claim or other.is_change or ok == key:
            continue
        if (oq.value, oq.unit, oq.kind) != (q.value, q.unit, q.kind):
            continue
        if other.window != theirs.claim.window and past_period(other.window):
            continue  # "The 2019 floods left 40 dead or missing": another period's figure
        if abs(q.value) < least and (kin or theirs.claim.part_of != other.location.start):
            continue  # a small figure coincides; the whole ``theirs`` is a part of does not
        if (ok.thing is not None and key.thing is not None and (kin or str.__eq__)(
                ok.thing, key.thing)) or (
            ok.event is not None and ok.event == key.event
        ):
            return other
    return None


def _part(
    mine: Entry, theirs: Entry, parts: Callable[[Claim], Sequence[Claim]], least: float
) -> Claim | None:
    """The figure ``theirs``'s article tells as a part of its measure ("Twelve of the
    injured") that says ``mine``'s number, smaller than ``theirs``'s: ``mine`` gives the
    part as the whole. Figures below ``least`` coincide too easily."""
    q, whole = mine.claim.quantity, theirs.claim.quantity
    if q.value is None or mine.claim.is_change or abs(q.value) < least:
        return None
    if whole.value is None or not q.value < whole.value:
        return None
    for other in parts(theirs.claim):
        oq = other.quantity
        if other is not theirs.claim and (oq.value, oq.unit, oq.kind) == (
                q.value, q.unit, q.kind):
            return other
    return None


def _sum(
    mine: Entry, theirs: Entry, near: Callable[[Claim], Sequence[Claim]], least: float
) -> Claim | None:
    """The figure of ``theirs``'s sentence that, added to ``theirs``, makes ``mine``'s
    number: "71 heat deaths have been confirmed and 312 more are under investigation"
    against "383 heat deaths" tells the confirmed and the suspected as the confirmed.
    Only when a side is narrowed by a sibling word ("confirmed", narrow.py): ``theirs``
    ("71 confirmed ... 312 more") or ``mine`` ("65 confirmed cases" against "Confirmed
    cases have reached 51, with 14 more suspected", whose word stands too far off to
    narrow the 51), so the sum crosses the set that word belongs to; and only a figure
    of the same measure, of its event ("8 probable cases") or one naming none ("312
    more"), never an older level or a change; the sum is at least ``least``."""
    q, told = mine.claim.quantity, theirs.claim.quantity
    if q.value is None or told.value is None or mine.claim.is_change or not (
            theirs.narrow or mine.narrow):
        return None
    if abs(q.value) < least or not 0 < told.value < q.value:
        return None
    key = theirs.claim.key
    for other in near(theirs.claim):
        oq, ok = other.quantity, other.key
        if other is theirs.claim or other.is_change or oq.level is Level.OLD:
            continue
        if (oq.unit, oq.kind) != (q.unit, q.kind) or oq.value is None:
            continue
        if ok != key and ok.thing is not None and (ok.event is None or ok.event != key.event):
            continue  # a figure of the same event ("8 probable cases") may name a thing
        if other.location.start > theirs.claim.location.start and abs(
                told.value + oq.value - q.value) < 1e-9 * max(1.0, abs(q.value)):
            return other
    return None


def _owned(pair: Pair, near: Callable[[Claim], Sequence[Claim]]) -> Verdict | None:
    """NC403 for the same small figure given for two neighbouring measures (which
    ``verdicts`` leaves alone: small counts coincide) when the other side's sentence
    gives this side's measure another figure: "nine drivers killed" against "nine
    people died, five of them drivers". Coincidence or retelling, the two articles
    give one measure two figures."""
    a, b = pair.first, pair.second
    qa, qb = a.claim.quantity, b.claim.quantity
    if qa.value is None or qa.value != qb.value:
        return None
    found = [(mine, theirs, owner) for mine, theirs in ((a, b), (b, a))
             if not _older(mine, theirs)
             and (owner := _owner(mine, theirs, near)) is not None]
    if len(found) != 1:
        return None
    mine, theirs, owner = found[0]
    return Verdict("NC403", mine, theirs, reason=RETOLD, owner=owner)


def _owner(mine: Entry, theirs: Entry, near: Callable[[Claim], Sequence[Claim]]
           ) -> Claim | None:
    """The figure of ``theirs``'s sentence keyed as ``mine`` whose value is not
    ``mine``'s: keyed exactly, or by ``mine``'s event alone after ``theirs``'s figure,
    whose thing it leaves to the sentence ("arrested seven people, and two were
    charged": the two charged are of the people)."""
    claim = mine.claim
    q = claim.quantity
    if claim.is_change or theirs.claim.key == claim.key:
        return None
    for other in near(theirs.claim):
        oq = other.quantity
        if other is theirs.claim or other.is_change or not (
                other.key == claim.key or _borrows(other, theirs.claim, claim)):
            continue
        if (oq.unit, oq.kind) == (q.unit, q.kind) and not oq.hard.intersects(q.hard):
            return other
    return None


def _borrows(other: Claim, told: Claim, claim: Claim) -> bool:
    """Whether ``other``, after ``told`` in its sentence, names ``claim``'s event and
    qualifiers but no thing, while ``told`` counts ``claim``'s thing: the sentence's
    thing is ``other``'s too."""
    ok, key = other.key, claim.key
    return (ok.thing is None and ok.event is not None and ok.event == key.event
            and ok.qualifiers == key.qualifiers and told.key.thing == key.thing
            and other.location.start > told.location.start)
