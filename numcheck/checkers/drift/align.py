"""The claim index: which claims from different sources talk about the same thing.

Claims are blocked by story set (see ``story_of``) and a normalized key (measured
thing, event, qualifiers, unit dimension, place, change-or-level) and, inside a
block, by time window. Only claims in one block are compared, plus blocks linked by
a composite measure (casualties = killed + wounded); the desk sheet's figures join
every story set's blocks. Comparing all pairs of a whole corpus is never done: a
block of up to ``cap`` claims is compared pair by pair; a larger block is split by
day (pair by pair within a small day), summarised by a few anchors (reference
figures and each party's extreme, oldest and newest figures) and walked per party
in date order (each figure against the party's previous and next news cycle and the
extremes before and after it), so the work stays linear in the number of claims.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from numcheck.checkers.drift.alignment import (
    Alignment,
    conversion,
    days_apart,
    parties_differ,
)
from numcheck.checkers.drift.aspect import AspectWords, fixed, lone_facts, moment
from numcheck.checkers.drift.entries import Entry, Pair, Relation
from numcheck.checkers.drift.measured import (
    MARK,
    changes,
    fitting,
    matched,
    measured,
    measured_thing,
    told_apart,
)
from numcheck.checkers.drift.narrow import narrowing
from numcheck.checkers.drift.partitives import keyed_parts, partitive_parts
from numcheck.checkers.drift.stories import RUN_STORY, story_of
from numcheck.checkers.drift.swaps import swap_candidate, swap_key, swapped
from numcheck.claims import Claim, Scope
from numcheck.quantity import Kind
from numcheck.text import norm

__all__ = [
    "RUN_STORY",
    "Alignment",
    "BlockKey",
    "ClaimIndex",
    "Entry",
    "IndexKey",
    "Pair",
    "Relation",
    "alignable", "block_key",
    "conversion",
    "days_apart",
    "group_key",
    "norm",
    "parties_differ",
    "story_of",
    "unit_swap",
]

BlockKey = tuple[str | None, str | None, tuple[str, ...], str, str | None, bool]
IndexKey = tuple[str, BlockKey]  # (story set, key)
_AMOUNT_KINDS = frozenset({Kind.MONEY, Kind.PERCENT, Kind.PERCENTAGE_POINT})


def alignable(claim: Claim, alignment: Alignment | None = None) -> bool:
    """Claims drift can compare: keyed by the lexicon (``_keyed``) or by their
    measure (checkers/drift/measured.py: "a budget of £421 million")."""
    return _keyed(claim, alignment) or _measured(claim, alignment)


def _measured(claim: Claim, alignment: Alignment | None = None) -> bool:
    if not claim.measure:
        return False
    alignment = alignment or Alignment.from_lexicon()
    return measured(claim, _keyed(claim, alignment), alignment.period_things)


def _keyed(claim: Claim, alignment: Alignment | None = None) -> bool:
    """Claims the lexicon key aligns: amounts in the story, measuring something known.

    A figure without an event is identified by its thing only when it has a unit: a
    measure ("40-mile convoy"), or a money or percent figure whose thing is an amount
    itself (revenue, turnout, a rate: ``[amounts]`` in measures.toml). "44% of
    patients" names the base of a share, not what the share counts."""
    q = claim.quantity
    if claim.scope is Scope.BOILERPLATE or not q.is_amount:
        return False
    key = claim.key
    if key.event is None:
        if key.thing is None or key.dimension == "count":
            return False
        if q.kind in _AMOUNT_KINDS:
            amounts = (alignment or Alignment.from_lexicon()).amounts
            return key.thing in amounts
        return True
    return True


def block_key(claim: Claim, alignment: Alignment | None = None) -> BlockKey:
    """The key drift blocks on: a participant named by role blocks with its root
    ("miner", "worker" -> "people"; pairs are then kept only for related roles)."""
    key = claim.key
    place = norm(claim.place) if claim.place else None
    if _measured(claim, alignment):  # places are weighed when pairing (measured.fits)
        head = measured_thing(claim, alignment or Alignment.from_lexicon())
        return (head, None, (), key.dimension, None, changes(claim))
    thing = norm(key.thing) if key.thing else None
    return (
        (alignment or Alignment.from_lexicon()).thing_class(thing),
        norm(key.event) if key.event else None,
        tuple(sorted(norm(q) for q in key.qualifiers)),
        key.dimension,
        place,
        claim.is_change,
    )


def group_key(claim: Claim, story: str, alignment: Alignment | None = None) -> IndexKey | None:
    """The key no comparison crosses: the claim's story set and its block key without
    the event (a part/whole pair links killed and casualties) and without the place (a
    figure that names none is also its document's home place's, and a local story's
    figures align whatever place they name). None: never compared. Engines that split
    a corpus (numcheck/distributed/) send equal keys to one place. A figure no key
    aligns meets the figures of its number and kind (swaps.py: "130 km", "130 miles")."""
    if not alignable(claim, alignment):
        return swap_key(claim, story) if swap_candidate(claim) else None
    key = _family(block_key(claim, alignment))
    # measured figures of one dimension meet: neighbouring heads (net and operating
    # profit) are compared as siblings
    alignment = alignment or Alignment.from_lexicon()
    thing = MARK if (key[0] or "").startswith(MARK) else alignment.thing_family(key[0])
    return (story, (thing, key[1], key[2], key[3], None, key[5]))


class ClaimIndex:
    """Claims grouped by block key and window; yields the pairs worth judging."""

    def __init__(
        self,
        claims: Iterable[Claim],
        alignment: Alignment,
        *,
        cap: int = 64,
        reference_paths: Iterable[str] = (),
        story: Callable[[str], str] | None = None,
        home: Mapping[str, str] | None = None,
        local: frozenset[str] = frozenset(),
        texts: Mapping[str, str] | None = None,
        aspect: AspectWords | None = None,
    ) -> None:
        """``home``: path -> the one place a document names (stories.places_of). A figure
        without a place of its own is also that place's figure ("DUNMORE - The fire
        service said three people were killed" and "two died in Dunmore" align), while a
        document naming several places keeps its unplaced figures apart from a town's
        (the regional toll is not the town's). ``local``: paths of stories about an
        incident at one place (a house fire): their figures align whatever place each
        source names. ``texts``: path -> its document's text, to read how each figure is
        told (aspect.py; without it no figure is read as a fixed fact)."""
        self.alignment = alignment
        self._texts = texts or {}
        self._aspect = aspect or AspectWords()
        self.cap = max(2, cap)
        refs = frozenset(reference_paths)
        self._base_units: dict[str, str | None] = {}
        self.blocks: dict[IndexKey, dict[str | None, list[Entry]]] = defaultdict(
            lambda: defaultdict(list)
        )
        sheet: list[tuple[BlockKey, Entry]] = []
        claims = list(claims)
        # how a figure is told matters only between figures of two days (two documents,
        # a sheet, a day a clause names): else the lemmatizer is never loaded for it
        self._across = (bool(refs) or len({c.location.path for c in claims}) > 1
                        or any(c.day is not None for c in claims))
        self._story = story or (lambda path: RUN_STORY)
        self._swaps = [c for c in claims if swap_candidate(c) and c.location.path not in refs
                       and not alignable(c, alignment)]
        keyed = functools.partial(block_key, alignment=alignment)
        subsets = keyed_parts(claims, keyed) | partitive_parts(
            claims, self._texts, alignment.event_nouns, lambda c: _unplaced(keyed(c)))
        for claim in claims:
            if not alignable(claim, alignment) or id(claim) in subsets:
                continue
            if claim.key.thing in alignment.period_things and not _measured(claim, alignment):
                continue
            entry = self._entry(claim, claim.location.path in refs)
            if entry is None:
                continue
            if entry.reference:
                sheet.append((block_key(claim, alignment), entry))
            else:
                path = claim.location.path
                where = story(path) if story else RUN_STORY
                key = block_key(claim, alignment)
                if key[0] is not None and key[0].startswith(MARK):
                    # windows of measured figures are weighed when pairing (measured.fits)
                    entry = dataclasses.replace(entry, window=None)
                if path in local:
                    key = (key[0], key[1], key[2], key[3], None, key[5])
                self.blocks[(where, key)][entry.window].append(entry)
                place = (home or {}).get(path) if key[4] is None and path not in local else None
                if place is not None:
                    at_home = (key[0], key[1], key[2], key[3], norm(place), key[5])
                    self.blocks[(where, at_home)][entry.window].append(entry)
        self._add_sheet(sheet)
        self._resolve_parties()
        for windows in self.blocks.values():
            lone_facts(windows.values())
        # (story, thing, event, qualifiers, dimension, change) -> its blocks by place
        self._places: dict[tuple[object, ...], list[IndexKey]] = defaultdict(list)
        for set_name, k in sorted(self.blocks, key=_sort_key):
            self._places[(set_name, k[0], k[1], k[2], k[3], k[5])].append((set_name, k))

    def _resolve_parties(self) -> None:
        """A description ("the company", "the relief office") is the one organisation of
        its kind the figures of its key group name (drift/coreference.py): the group,
        not the whole run, so every engine resolves alike (``group_key``)."""
        groups: dict[tuple[object, ...], list[IndexKey]] = defaultdict(list)
        for set_name, key in self.blocks:
            thing = MARK if (key[0] or "").startswith(MARK) else self.alignment.thing_family(
                key[0])
            groups[(set_name, thing, key[2], key[3], key[5])].append((set_name, key))
        for keys in groups.values():
            named: dict[str, set[str]] = defaultdict(set)
            for k in keys:
                for entries in self.blocks[k].values():
                    for e in entries:
                        if e.party is not None and e.claim.claimant and not e.reference:
                            named[e.party].add(e.claim.claimant)
            resolved = self.alignment.resolve(named) if len(named) > 1 else {}
            if not resolved:
                continue
            for k in keys:
                for entries in self.blocks[k].values():
                    entries[:] = [dataclasses.replace(e, party=resolved[e.party])
                                  if e.party in resolved else e for e in entries]

    def _add_sheet(self, sheet: Sequence[tuple[BlockKey, Entry]]) -> None:
        """The desk sheet speaks to every story set that has the figure's family of keys
        (the key without its event, so casualties meet killed)."""
        if not sheet:
            return
        stories: dict[BlockKey, set[str]] = defaultdict(set)
        for story, key in self.blocks:
            stories[_family(key)].add(story)
        for key, entry in sheet:
            for story in sorted(stories.get(_family(key), ())):
                self.blocks[(story, key)][entry.window].append(entry)

    def _entry(self, claim: Claim, reference: bool) -> Entry | None:
        q = claim.quantity
        base = self._base_units.setdefault(claim.key.dimension, q.unit)
        convert = conversion(q.unit, base)
        if convert is None:
            return None
        hard, soft = q.hard, q.soft
        if convert != (1.0, 0.0):
            hard, soft = hard.scaled(*convert), soft.scaled(*convert)
        text = self._texts.get(claim.location.path)
        keyed = not _measured(claim, self.alignment)
        dated = self.alignment.is_cumulative(claim.key.event) or not keyed
        return Entry(
            claim=claim,
            hard=hard,
            soft=soft,
            party=self.alignment.party(claim.claimant),
            window=self.alignment.window(claim.window),
            reference=reference,
            # a cumulative count is as of its article's date, whatever day it names, and
            # so is a measured figure ("the budget approved on Wednesday")
            date=claim.day if claim.day is not None and not dated else claim.date,
            fixed=self._across and fixed(claim, self.alignment, text, self._aspect,
                                         keyed=keyed),
            moment=claim.day if moment(claim, text, self._aspect) else None,
            narrow=narrowing(claim, text, self.alignment.descriptor_siblings) if keyed
            else frozenset(),
        )

    def __len__(self) -> int:
        return sum(len(entries) for windows in self.blocks.values() for entries in windows.values())

    def pairs(self) -> Iterator[Pair]:
        """Every pair to judge, each once; two claims of one file only from two parties;
        participants named by role only when one role is a kind of the other."""
        related = self.alignment.things_align
        for key in sorted(self.blocks, key=_sort_key):
            windows = self.blocks[key]
            for window in sorted(windows, key=lambda w: w or ""):
                entries = windows[window]
                if (key[1][0] or "").startswith(MARK):
                    yield from self._measured(entries)
                    yield from self._siblings(key, window, entries)
                    yield from self._told_apart(entries)
                    continue
                for pair in (*self._within(entries), *self._composites(key, window, entries),
                             *self._siblings(key, window, entries)):
                    if pair.relation is Relation.SAME and _echoes(pair, entries):
                        continue
                    first, second = pair.first.claim.key, pair.second.claim.key
                    if related(first.thing, second.thing) or (
                        pair.relation is Relation.SIBLING and first.event == second.event
                    ):  # sibling things of one event (customers, people)
                        yield pair
        yield from self._swapped()

    def _swapped(self) -> Iterator[Pair]:
        """One number in two units of a kind, in two articles (swaps.py): its own
        evidence that both are one figure, whatever else aligns them."""
        for a, b in swapped(self._swaps, self._story):
            first = self._entry(a, False)
            second = self._entry(b, False)
            if first is not None and second is not None:
                yield Pair(first, second, Relation.SAME)

    def _measured(self, entries: Sequence[Entry]) -> Iterator[Pair]:
        """Figures aligned by their measure: mutual best matches of two articles,
        one party (or an unnamed one); a block larger than ``cap`` names no one
        figure and is left alone (checkers/drift/measured.py)."""
        if len(entries) > self.cap:
            return
        claims = [e.claim for e in entries]
        paths = [c.location.path for c in claims]
        for i, j in matched(claims, paths, self.alignment):
            first, second = entries[i], entries[j]
            if first.reference and second.reference:
                continue
            if self._agreed(i, j, entries, paths) or self._agreed(j, i, entries, paths):
                continue  # the other article gives a matching figure for it too
            if unit_swap(first, second) or not parties_differ(first.party, second.party):
                yield Pair(first, second, Relation.SAME)

    def _told_apart(self, entries: Sequence[Entry]) -> Iterator[Pair]:
        """Figures of one head that sibling words tell apart ("core" and "headline"
        inflation, "gross" and "net" spending: ``[descriptors] siblings``), in two
        articles: the same figure under both is measure drift (NC403)."""
        if len(entries) > self.cap:
            return
        for i, first in enumerate(entries):
            for second in entries[i + 1:]:
                if first.claim.location.path != second.claim.location.path and told_apart(
                        first.claim, second.claim, self.alignment):
                    yield Pair(first, second, Relation.SIBLING)

    def _agreed(self, i: int, j: int, entries: Sequence[Entry], paths: Sequence[str]) -> bool:
        """Whether the article of ``entries[j]`` also gives a figure that fits the
        descriptor of ``entries[i]`` and agrees with its value: a second figure of
        that article then is of something else, no contradiction."""
        claims = [e.claim for e in entries]
        others = [k for k, path in enumerate(paths) if path == paths[j] and k != j]
        mine = entries[i]
        return any(entries[k].hard.intersects(mine.hard)
                   for k in fitting(claims, i, others, self.alignment))

    def _within(self, entries: Sequence[Entry]) -> Iterator[Pair]:
        if len(entries) <= self.cap:
            yield from _all_pairs(entries)
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
            if len(group) <= self.cap:
                yield from _all_pairs(group)
            else:
                yield from _against(group, self._anchors(group), same_day=True)
        yield from _against(entries, self._anchors(entries), same_day=False)
        yield from self._chains(entries)

    def _chains(self, entries: Sequence[Entry]) -> Iterator[Pair]:
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
            cycle = [_extremes(days[d]) for d in dates]
            before: list[list[Entry]] = []
            for picks in cycle:
                before.append(_extremes([*before[-1], *picks]) if before else picks)
            after: list[list[Entry]] = [[] for _ in cycle]
            for i in range(len(cycle) - 1, -1, -1):
                tail = after[i + 1] if i + 1 < len(cycle) else []
                after[i] = _extremes([*tail, *cycle[i]])
            for i, date in enumerate(dates):
                partners: list[Entry] = []
                if i > 0:
                    partners += [*cycle[i - 1], *before[i - 1]]
                if i + 1 < len(dates):
                    partners += [*cycle[i + 1], *after[i + 1]]
                for entry in days[date]:
                    for partner in partners:
                        if _sources_differ(entry, partner):
                            yield Pair(entry, partner, Relation.SAME)

    def _composites(
        self, index_key: IndexKey, window: str | None, wholes: Sequence[Entry]
    ) -> Iterator[Pair]:
        story, key = index_key
        event = key[1]
        for part in sorted(self.alignment.composites.get(event or "", ())):
            part_key: IndexKey = (story, (key[0], part, key[2], key[3], key[4], key[5]))
            parts = self.blocks[part_key].get(window) if part_key in self.blocks else None
            if not parts:
                continue
            yield from self._part_whole(parts, wholes)

    def _siblings(
        self, index_key: IndexKey, window: str | None, entries: Sequence[Entry]
    ) -> Iterator[Pair]:
        """Figures of a neighbouring measure (``[siblings]``: arrests and charges; net and
        operating profit for measured heads) in other articles, each pair of blocks
        once, windows equal or one left unsaid;
        blocks too large to pair (over ``cap`` x ``cap``) are left alone."""
        story, key = index_key
        thing, event = key[0] or "", key[1] or ""
        measured = thing.startswith(MARK)  # siblings of a measured head: "~net_income"
        name = thing[len(MARK):] if measured else event
        for other in sorted(self.alignment.siblings.get(name, ())):
            if other <= name:
                continue
            family = (MARK + other, None) if measured else (key[0], other)
            for other_key in self._places.get((story, *family, key[2], key[3], key[5]), ()):
                place = other_key[1][4]
                if place != key[4] and None not in (place, key[4]):
                    continue  # a figure that names no place may be any place's
                yield from self._sibling_pairs(window, entries, self.blocks[other_key])
        if measured or not thing:
            return
        for other in sorted(self.alignment.thing_siblings.get(thing, ())):
            if other <= thing:
                continue  # each pair of blocks once
            for other_key in self._places.get((story, other, *key[1:4], key[5]), ()):
                place = other_key[1][4]
                if place != key[4] and None not in (place, key[4]):
                    continue
                yield from self._sibling_pairs(window, entries, self.blocks[other_key])

    def _sibling_pairs(
        self,
        window: str | None,
        entries: Sequence[Entry],
        windows: Mapping[str | None, list[Entry]],
    ) -> Iterator[Pair]:
        for w, others in sorted(windows.items(), key=lambda item: item[0] or ""):
            if w != window and None not in (w, window):
                continue
            if len(entries) * len(others) > self.cap * self.cap:
                continue
            for a in entries:
                for b in others:
                    if a.claim.path != b.claim.path and not (a.reference and b.reference):
                        yield Pair(a, b, Relation.SIBLING)

    def _part_whole(self, parts: Sequence[Entry], wholes: Sequence[Entry]) -> Iterator[Pair]:
        """Parts against wholes; in huge blocks only on the same day, through anchors."""
        pairs: Iterable[tuple[Entry, Entry]]
        if len(parts) * len(wholes) <= self.cap * self.cap:
            pairs = ((p, w) for p in parts for w in wholes)
        else:
            days: dict[dt.date | None, tuple[list[Entry], list[Entry]]] = defaultdict(
                lambda: ([], [])
            )
            for p in parts:
                days[p.date][0].append(p)
            for w in wholes:
                days[w.date][1].append(w)
            pairs = (pair for ps, ws in days.values() if ps and ws for pair in self._cross(ps, ws))
        for p, w in pairs:
            if p.claim.path != w.claim.path and not (p.reference and w.reference):
                yield Pair(p, w, Relation.COMPOSITE)

    def _cross(
        self, parts: Sequence[Entry], wholes: Sequence[Entry]
    ) -> Iterator[tuple[Entry, Entry]]:
        if len(parts) * len(wholes) <= self.cap * self.cap:
            yield from ((p, w) for p in parts for w in wholes)
            return
        whole_anchors = self._anchors(wholes)
        chosen = {id(w) for w in whole_anchors}
        yield from ((p, w) for p in parts for w in whole_anchors)
        yield from ((p, w) for p in self._anchors(parts) for w in wholes if id(w) not in chosen)

    def _anchors(self, entries: Sequence[Entry]) -> list[Entry]:
        """Reference figures, then each party's extreme figures (and oldest/newest)."""
        chosen: dict[int, Entry] = {id(e): e for e in entries if e.reference}
        by_party: dict[str | None, list[Entry]] = defaultdict(list)
        for entry in entries:
            by_party[entry.party].append(entry)
        for party in sorted(by_party, key=lambda p: p or ""):
            group = by_party[party]
            picks = (
                *_extremes(group),
                min(group, key=lambda e: e.order),
                max(group, key=lambda e: e.order),
            )
            for pick in picks:
                chosen.setdefault(id(pick), pick)
            if len(chosen) >= self.cap:
                break
        return list(chosen.values())[: self.cap]


def _echoes(pair: Pair, entries: Sequence[Entry]) -> bool:
    """An unattributed figure against a party's, when another party of the block gives
    that figure: the story has a dispute and the bare figure may be either side's, so
    it contradicts neither ("the union said 900, the company 300"; a third article's
    bare "900" is the union's figure retold, not the company's contradicted)."""
    bare, named = (pair.first, pair.second) if pair.first.party is None else (
        pair.second, pair.first)
    if bare.party is not None or named.party is None or bare.hard.intersects(named.hard):
        return False
    return any(e.party is not None and parties_differ(e.party, named.party)
               and e.hard.intersects(bare.hard) for e in entries)


def _extremes(entries: Sequence[Entry]) -> list[Entry]:
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


def _all_pairs(entries: Sequence[Entry]) -> Iterator[Pair]:
    for i, first in enumerate(entries):
        for second in entries[i + 1 :]:
            if _sources_differ(first, second):
                yield Pair(first, second, Relation.SAME)


def _against(
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
            if _sources_differ(entry, anchor):
                yield Pair(entry, anchor, Relation.SAME)


def _sources_differ(a: Entry, b: Entry) -> bool:
    """Two articles, or two parties quoted in one article (the in-article checkers
    handle one source restating itself); the desk sheet is never checked against itself."""
    if a.reference and b.reference:
        return False
    return a.claim.path != b.claim.path or parties_differ(a.party, b.party)


def _family(key: BlockKey) -> BlockKey:
    """The key without its event: the blocks a composite measure can link."""
    return (key[0], None, key[2], key[3], key[4], key[5])


def _unplaced(key: BlockKey) -> BlockKey:
    """The key without its place: a list's items name theirs ("27 of the injured went
    to the Royal, nine to the unit at Eastfield")."""
    return (key[0], key[1], key[2], key[3], None, key[5])


def _sort_key(index_key: IndexKey) -> tuple[str, ...]:
    story, (thing, event, qualifiers, dimension, place, change) = index_key
    return (story, thing or "", event or "", " ".join(qualifiers), dimension, place or "",
            str(change))  # fmt: skip
