"""Which pairs of one block drift judges, and the pair tests the index shares.

A block of up to ``cap`` claims is compared pair by pair; a larger block is split by
day (pair by pair within a small day), summarised by a few anchors (reference figures
and each party's extreme, oldest and newest figures) and walked per party in date
order, so the work stays linear in the number of claims. Split from align.py.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence

from numcheck.checkers.drift.alignment import Alignment, conversion, parties_differ
from numcheck.checkers.drift.entries import Entry, Pair, Relation

__all__ = ["against", "all_pairs", "anchors", "chains", "cross", "echoes", "extremes",
           "part_whole", "sibling_pairs", "sources_differ", "spans_meet", "unit_swap", "within"]


def within(entries: Sequence[Entry], cap: int) -> Iterator[Pair]:
    """A block's pairs: all of them up to ``cap`` claims, else by day, anchors and chains."""
    if len(entries) <= cap:
        yield from all_pairs(entries)
        return
    # a huge block: same-day claims (one news cycle) pair by pair while the day is
    # small, anchors within a huge day, every claim against the block's anchors,
    # and each party's figures in date order (a pair may come twice: the
    # verdicts are merged per claim and place downstream)
    by_date: dict[dt.date | None, list[Entry]] = defaultdict(list)
    for entry in entries:
        by_date[entry.date].append(entry)
    for day in sorted(by_date, key=lambda d: d or dt.date.min):
        group = by_date[day]
        if len(group) <= cap:
            yield from all_pairs(group)
        else:
            yield from against(group, anchors(group, cap), same_day=True)
    yield from against(entries, anchors(entries, cap), same_day=False)
    yield from chains(entries)


def chains(entries: Sequence[Entry]) -> Iterator[Pair]:
    """Per party, dated figures in date order: each figure against the party's
    previous and next news cycle (its own story, usually) and against the extremes
    of all its earlier and later figures, so a stale or fallen figure is caught
    even when it is nowhere near the block's extremes. At most 16 pairs a figure."""
    by_party: dict[str | None, dict[dt.date, list[Entry]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for entry in entries:
        if entry.date is not None:
            by_party[entry.party][entry.date].append(entry)
    for party in sorted(by_party, key=lambda p: p or ""):
        days = by_party[party]
        dates = sorted(days)
        cycle = [extremes(days[d]) for d in dates]
        before: list[list[Entry]] = []
        for picks in cycle:
            before.append(extremes([*before[-1], *picks]) if before else picks)
        after: list[list[Entry]] = [[] for _ in cycle]
        for i in range(len(cycle) - 1, -1, -1):
            tail = after[i + 1] if i + 1 < len(cycle) else []
            after[i] = extremes([*tail, *cycle[i]])
        for i, date in enumerate(dates):
            partners: list[Entry] = []
            if i > 0:
                partners += [*cycle[i - 1], *before[i - 1]]
            if i + 1 < len(dates):
                partners += [*cycle[i + 1], *after[i + 1]]
            for entry in days[date]:
                for partner in partners:
                    if sources_differ(entry, partner):
                        yield Pair(entry, partner, Relation.SAME)


def cross(
    parts: Sequence[Entry], wholes: Sequence[Entry], cap: int
) -> Iterator[tuple[Entry, Entry]]:
    if len(parts) * len(wholes) <= cap * cap:
        yield from ((p, w) for p in parts for w in wholes)
        return
    whole_anchors = anchors(wholes, cap)
    chosen = {id(w) for w in whole_anchors}
    yield from ((p, w) for p in parts for w in whole_anchors)
    yield from ((p, w) for p in anchors(parts, cap) for w in wholes if id(w) not in chosen)

def anchors(entries: Sequence[Entry], cap: int) -> list[Entry]:
    """Reference figures, then each party's extreme figures (and oldest/newest)."""
    chosen: dict[int, Entry] = {id(e): e for e in entries if e.reference}
    by_party: dict[str | None, list[Entry]] = defaultdict(list)
    for entry in entries:
        by_party[entry.party].append(entry)
    for party in sorted(by_party, key=lambda p: p or ""):
        group = by_party[party]
        picks = (
            *extremes(group),
            min(group, key=lambda e: e.order),
            max(group, key=lambda e: e.order),
        )
        for pick in picks:
            chosen.setdefault(id(pick), pick)
        if len(chosen) >= cap:
            break
    return list(chosen.values())[:cap]


def echoes(pair: Pair, entries: Sequence[Entry]) -> bool:
    """An unattributed figure against a party's, when another party of the block gives
    that figure: the story has a dispute and the bare figure may be either side's, so
    it contradicts neither ("the union said 900, the company 300"; a third article's
    bare "900" is the union's figure retold, not the company's contradicted)."""
    if _upheld(pair, entries):
        return True
    bare, named = (pair.first, pair.second) if pair.first.party is None else (
        pair.second, pair.first)
    if bare.party is not None or named.party is None or bare.hard.intersects(named.hard):
        return False
    return any(e.party is not None and parties_differ(e.party, named.party)
               and e.hard.intersects(bare.hard) for e in entries)


def _upheld(pair: Pair, entries: Sequence[Entry]) -> bool:
    """Two figures of one party (or an unnamed one) that cannot both be true, when the
    newer one's article itself gives, on its day, the older figure's count or more
    ("Killed: 15 (governor); 11 (army)" after an earlier 12; "Dead: 26 (Morval: 15)"
    after 18): that article tells the count as risen, so its lower figure is another
    count (another claimant's, a part, a correction), not a fall. Only the newer side:
    an older article that also gives the newer figure, or two articles of one day, kept
    a planted contradiction of a gate batch apart (branch driftfa17, up3 and up5)."""
    a, b = pair.first, pair.second
    if a.reference or b.reference or a.hard.intersects(b.hard) or parties_differ(
            a.party, b.party):
        return False
    return _holds(a, b, entries) or _holds(b, a, entries)


def _holds(one: Entry, other: Entry, entries: Sequence[Entry]) -> bool:
    """Whether ``other`` is the newer figure and its article gives, besides it, one on
    its day that meets ``one`` or is above it, as ``one``'s party's or as no one's:
    another party's higher figure ("the WHO says 30") leaves a fall of one party's
    count ("the ministry says 24", after its 27) a fall."""
    later = None not in (one.date, other.date) and other.date > one.date  # type: ignore[operator]
    return later and any(
        e is not other and not e.reference and e.claim.location.path == other.claim.location.path
        and e.date == other.date and not parties_differ(e.party, one.party)
        and (e.hard.intersects(one.hard) or e.hard.low >= one.hard.high)
        for e in entries)


def extremes(entries: Sequence[Entry]) -> list[Entry]:
    """The figures that bound a group: lowest and highest, hard and soft (deduplicated)."""
    picks = (
        min(entries, key=lambda e: (e.hard.high, e.order)),
        max(entries, key=lambda e: (e.hard.low, e.order)),
        min(entries, key=lambda e: (e.soft.high, e.order)),
        max(entries, key=lambda e: (e.soft.low, e.order)),
    )
    return list({id(e): e for e in picks}.values())


def unit_swap(a: Entry, b: Entry) -> bool:
    """The same number written in two units of one dimension ("130 km" and "130 miles",
    "a 42-acre site" and "42 hectares") that do not convert into each other: one source
    changed the unit and kept the number. Its own evidence that both are one figure,
    whichever party or day gives it."""
    qa, qb = a.claim.quantity, b.claim.quantity
    return (qa.value is not None and qa.value == qb.value and None not in (qa.unit, qb.unit)
            and qa.unit != qb.unit and (conversion(qa.unit, qb.unit) is None
                                        or not a.hard.intersects(b.hard)))


def all_pairs(entries: Sequence[Entry]) -> Iterator[Pair]:
    for i, first in enumerate(entries):
        for second in entries[i + 1 :]:
            if sources_differ(first, second):
                yield Pair(first, second, Relation.SAME)


def against(
    entries: Sequence[Entry], anchors: Sequence[Entry], *, same_day: bool
) -> Iterator[Pair]:
    """Each entry against each anchor, once per pair, same-day pairs or the others."""
    anchor_ids = {id(a) for a in anchors}
    for entry in entries:
        for anchor in anchors:
            if (entry.date == anchor.date) is not same_day:
                continue
            if id(entry) in anchor_ids and id(entry) >= id(anchor):
                continue  # two anchors meet once
            if sources_differ(entry, anchor):
                yield Pair(entry, anchor, Relation.SAME)


def spans_meet(a: Entry, b: Entry, alignment: Alignment) -> bool:
    """A total since the story's own start ("148 arrests since the protests began",
    ``Alignment.total``) and a count of one earlier day ("more than 60 arrests on Friday
    night", in Saturday's paper) are two spans, though neither keeps a window."""
    for total, other in ((a, b), (b, a)):
        day = other.claim.day
        if (alignment.total(total.claim, total.window) and day is not None
                and day != other.claim.date
                and not alignment.total(other.claim, other.window)):
            return False
    return True


def sources_differ(a: Entry, b: Entry) -> bool:
    """Two articles, or two parties quoted in one article (the in-article checkers
    handle one source restating itself); the desk sheet is never checked against itself."""
    if a.reference and b.reference:
        return False
    return a.claim.path != b.claim.path or parties_differ(a.party, b.party)


def sibling_pairs(window: str | None, entries: Sequence[Entry],
                  windows: Mapping[str | None, list[Entry]], cap: int) -> Iterator[Pair]:
    """Figures of two neighbouring blocks in two documents, windows equal or one left
    unsaid; blocks too large to pair (over ``cap`` x ``cap``) are left alone."""
    for w, others in sorted(windows.items(), key=lambda item: item[0] or ""):
        if w != window and None not in (w, window):
            continue
        if len(entries) * len(others) > cap * cap:
            continue
        for a in entries:
            for b in others:
                if a.claim.path != b.claim.path and not (a.reference and b.reference):
                    yield Pair(a, b, Relation.SIBLING)


def part_whole(parts: Sequence[Entry], wholes: Sequence[Entry], cap: int) -> Iterator[Pair]:
    """Parts against wholes; in huge blocks only on the same day, through anchors."""
    pairs: Iterable[tuple[Entry, Entry]]
    if len(parts) * len(wholes) <= cap * cap:
        pairs = ((p, w) for p in parts for w in wholes)
    else:
        days: dict[dt.date | None, tuple[list[Entry], list[Entry]]] = defaultdict(
            lambda: ([], [])
        )
        for p in parts:
            days[p.date][0].append(p)
        for w in wholes:
            days[w.date][1].append(w)
        pairs = (pair for ps, ws in days.values() if ps and ws
                 for pair in cross(ps, ws, cap))
    for p, w in pairs:
        if p.claim.path != w.claim.path and not (p.reference and w.reference):
            yield Pair(p, w, Relation.COMPOSITE)
