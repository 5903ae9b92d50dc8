"""The claim index: which claims from different sources talk about the same thing.

Claims are blocked by story set (see ``story_of``) and a normalized key (keys.py: measured
thing, event, qualifiers, unit dimension, place, change-or-level) and, inside a
block, by time window. Only claims in one block are compared, plus blocks linked by
a composite measure (casualties = killed + wounded); the desk sheet's figures join
every story set's blocks. Comparing all pairs of a whole corpus is never done: a
block of up to ``cap`` claims is compared pair by pair; a larger block is split by
day (pair by pair within a small day), summarised by a few anchors (reference
figures and each party's extreme, oldest and newest figures) and walked per party
in date order (pairing.py: each figure against the party's previous and next news cycle and the
extremes before and after it), so the work stays linear in the number of claims.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from numcheck.checkers.drift.alignment import (
    Alignment,
    conversion,
    days_apart,
    parties_differ,
)
from numcheck.checkers.drift.aspect import (
    EARLIER,
    RECURRING,
    AspectWords,
    added,
    fact_verb,
    fixed,
    lone_facts,
    moment,
    of_earlier,
    told_against,
)
from numcheck.checkers.drift.attributive import AttributiveWords, apart
from numcheck.checkers.drift.copied import copied, copied_pairs
from numcheck.checkers.drift.differences import converts
from numcheck.checkers.drift.entries import Entry, Pair, Relation
from numcheck.checkers.drift.head_things import SUBGROUP, subgroup_pairs
from numcheck.checkers.drift.keys import (
    BlockKey,
    IndexKey,
    alignable,
    block_key,
    dimension_family,
    family,
    group_key,
    is_measured,
    linked,
    related_heads,
    sort_key,
    unplaced,
)
from numcheck.checkers.drift.measured import MARK, fits, told_apart
from numcheck.checkers.drift.measured_pairs import measured_pairs, told_apart_pairs
from numcheck.checkers.drift.meeting import MeetWords, candidate, met, slip_gate
from numcheck.checkers.drift.narrow import narrowing
from numcheck.checkers.drift.pairing import (
    echoes,
    part_whole,
    sibling_pairs,
    spans_meet,
    unit_swap,
    within,
)
from numcheck.checkers.drift.parties import apposed, named_alike
from numcheck.checkers.drift.partitives import keyed_parts, partitive_parts
from numcheck.checkers.drift.remainder import told
from numcheck.checkers.drift.slipped import slip_pairs
from numcheck.checkers.drift.standing import StandingWords, stands
from numcheck.checkers.drift.stories import RUN_STORY, story_of
from numcheck.checkers.drift.swaps import swap_candidate, swap_key, swapped
from numcheck.checkers.drift.telling import told_alike
from numcheck.checkers.drift.transposed import transposed
from numcheck.checkers.drift.wholes import lone_wholes, one_whole
from numcheck.checkers.holders import held_by, tellers
from numcheck.claims import Claim
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
        standing: StandingWords | None = None,
        meet: Callable[[], MeetWords] | None = None,
        sizes: Mapping[str, int] | None = None,
        trace: bool = False,
        attributive: AttributiveWords | None = None,
    ) -> None:
        """``home``: path -> the one place a document names (stories.places_of). A figure
        without a place of its own is also that place's figure ("DUNMORE - The fire
        service said three people were killed" and "two died in Dunmore" align), while a
        document naming several places keeps its unplaced figures apart from a town's
        (the regional toll is not the town's). ``local``: paths of stories about an
        incident at one place (a house fire): their figures align whatever place each
        source names. ``texts``: path -> its document's text, to read how each figure is
        told (aspect.py; without it no figure is read as a fixed fact). ``standing``: the
        words of figures that stand over a story's days (standing.py). ``meet``: the likeness
        route's words (meeting.py), read only when a group has two documents; None: the
        key route alone. ``sizes``: story set -> its documents; the route reads only
        story sets of at most ``MeetWords.documents`` (``keys.group_key`` splits a larger
        one finer, so every engine reads the same groups); None: every set. ``trace``:
        keep where each claim is filed, for ``filings`` and ``kept`` (the funnel; a check
        does not pay for it). ``attributive``: the words before a counted noun that
        describe its set; any other picks a subset (attributive.py)."""
        self.alignment = alignment
        self._attributive = attributive
        self._describing = attributive.describing if attributive else frozenset()
        self._texts = texts or {}
        self._aspect = aspect or AspectWords()
        self._standing = standing or StandingWords()
        self.cap = max(2, cap)
        refs = frozenset(reference_paths)
        self._base_units: dict[str, str | None] = {}
        self.blocks: dict[IndexKey, dict[str | None, list[Entry]]] = defaultdict(
            lambda: defaultdict(list)
        )
        # id(claim) -> the blocks the key route files it under, with its entry (``kept``)
        self._filed: dict[int, list[tuple[IndexKey, Entry]]] = defaultdict(list)
        self._trace = trace
        sheet: list[tuple[BlockKey, Entry]] = []
        claims = list(claims)
        # how a figure is told matters only between figures of two days (two documents,
        # a sheet, a day a clause names): else the lemmatizer is never loaded for it
        self._across = (bool(refs) or len({c.location.path for c in claims}) > 1
                        or any(c.day is not None for c in claims))
        self._story = story or (lambda path: RUN_STORY)
        # the words of who tells the figures: a teller is no holder (checkers/holders.py)
        self._tellers = tellers(c.claimant for c in claims)
        self._swaps = [c for c in claims if swap_candidate(c) and c.location.path not in refs
                       and not alignable(c, alignment)]
        keyed = functools.partial(block_key, alignment=alignment)
        subsets = keyed_parts(claims, keyed) | partitive_parts(
            claims, self._texts, alignment.event_nouns, lambda c: unplaced(keyed(c)))
        for claim in claims:
            if not alignable(claim, alignment) or id(claim) in subsets:
                continue
            if claim.key.thing in alignment.period_things and not is_measured(claim, alignment):
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
                if (key[0] is not None and key[0].startswith(MARK)
                        and entry.window not in (EARLIER, RECURRING)):
                    # windows of measured figures are weighed when pairing (measured.fits);
                    # a figure of an earlier year or of each year is of another span
                    entry = dataclasses.replace(entry, window=None)
                if path in local:
                    key = (key[0], key[1], key[2], key[3], None, key[5])
                self.blocks[(where, key)][entry.window].append(entry)
                if trace:
                    self._filed[id(claim)].append(((where, key), entry))
                place = (home or {}).get(path) if key[4] is None and path not in local else None
                if place is not None:
                    at_home = (key[0], key[1], key[2], key[3], norm(place), key[5])
                    self.blocks[(where, at_home)][entry.window].append(entry)
                    if trace:
                        self._filed[id(claim)].append(((where, at_home), entry))
        self._meet = meet
        self._sizes = sizes
        self._home = home or {}
        # (story set, dimension family) -> the figures the likeness route reads: exactly
        # the candidates of one ``group_key``, so every engine scores them alike
        self._groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        self._by_path: dict[str, list[Claim]] | None = None  # ``_told``
        if meet is not None:
            for claim in claims:
                if candidate(claim) and claim.location.path not in refs:
                    where = story(claim.location.path) if story else RUN_STORY
                    self._groups[(where, dimension_family(claim))].append(claim)
        self._add_sheet(sheet)
        self._resolve_parties()
        for windows in self.blocks.values():
            lone_facts(windows.values())
            lone_wholes(windows.values())
        # (story, thing, event, qualifiers, dimension, change) -> its blocks by place
        self._places: dict[tuple[object, ...], list[IndexKey]] = defaultdict(list)
        # (story, dimension, change) -> its measured heads' blocks (``_related_heads``)
        self._heads: dict[tuple[object, ...], list[IndexKey]] = defaultdict(list)
        # (story, event, dimension, place, change) -> subgroups' blocks (``_composites``)
        self._events: dict[tuple[object, ...], list[IndexKey]] = defaultdict(list)
        for set_name, k in sorted(self.blocks, key=sort_key):
            self._places[(set_name, k[0], k[1], k[2], k[3], k[5])].append((set_name, k))
            if (k[0] or "").startswith(MARK):
                self._heads[(set_name, k[3], k[5])].append((set_name, k))
            elif k[0] in alignment.subgroups:
                self._events[(set_name, k[1], k[3], k[4], k[5])].append((set_name, k))

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
            paths: set[str] = set()
            for k in keys:
                for entries in self.blocks[k].values():
                    for e in entries:
                        if e.party is not None and e.claim.claimant and not e.reference:
                            named[e.party].add(e.claim.claimant)
                            paths.add(e.claim.location.path)
            resolved = self.alignment.resolve(named) if len(named) > 1 else {}
            resolved = {d: n for d, n in resolved.items()
                        if any(named_alike(d, c, self.alignment) for c in named[n])}
            resolved |= apposed(named, [self._texts.get(p, "") for p in sorted(paths)],
                                 resolved)
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
            stories[family(key)].add(story)
        for key, entry in sheet:
            for story in sorted(stories.get(family(key), ())):
                self.blocks[(story, key)][entry.window].append(entry)

    def _entry(self, claim: Claim, reference: bool) -> Entry | None:
        q = claim.quantity
        base = self._base_units.setdefault(claim.key.dimension, q.unit)
        convert = converts(claim, conversion(q.unit, base))  # a change: no offset
        if convert is None:
            return None
        hard, soft = q.hard, q.soft
        if convert != (1.0, 0.0):
            hard, soft = hard.scaled(*convert), soft.scaled(*convert)
        text = self._texts.get(claim.location.path)
        if added(claim, text, self._aspect):
            return None  # "a further 3 died": an addition to the toll, not the toll
        keyed = not is_measured(claim, self.alignment)
        dated = self.alignment.is_cumulative(claim.key.event) or not keyed
        span = self.alignment.span(claim)
        if span is None and self._across:
            # "Last year's cyclone killed 41 people": a figure of another span
            span = of_earlier(claim, text, self._aspect)
        return Entry(
            claim=claim,
            hard=hard,
            soft=soft,
            party=self.alignment.party(claim.claimant),
            window=span,  # the story's own span: None
            reference=reference,
            # a cumulative count is as of its article's date, whatever day it names, and
            # so is a measured figure ("the budget approved on Wednesday")
            date=claim.day if claim.day is not None and not dated else claim.date,
            fixed=self._across and fixed(claim, self.alignment, text, self._aspect,
                                         keyed=keyed),
            moment=claim.day if moment(claim, text, self._aspect) else None,
            verb=fact_verb(claim, text, self._aspect) if self._across else None,
            stands=stands(claim, span, self.alignment, text, self._standing)
            if self._across else "",
            narrow=narrowing(claim, text, self.alignment.descriptor_siblings) if keyed
            else frozenset(),
            remains=told(claim, text, self._standing.remainders) if keyed and not dated else "",
            holders=held_by(claim, text) - self._tellers if self._across else frozenset(),
            **(told_against(claim, text, self._aspect) if self._across else {}),
        )

    def filings(self, claim: Claim) -> tuple[IndexKey, ...]:
        """The blocks the key route files a claim under (its own place's and, for a
        figure naming none, its document's home place's); empty when the key route never
        pairs it: not alignable, a part of another figure, a period thing, a unit that
        does not convert. Only for an index built with ``trace``."""
        if not self._trace:
            raise ValueError("ClaimIndex(trace=True) keeps where claims are filed")
        return tuple(key for key, _ in self._filed.get(id(claim), ()))

    def kept(self, a: Claim, b: Claim) -> str:
        """The first rule that keeps two claims of two documents apart on the key
        route, as this index files and pairs them (benchmarks/claim_funnel.py counts
        these, so the funnel and the index share one rule set): "alignable" (either is
        filed under no block), "story" (no block of one story set), "block" (no two of
        their blocks the index compares: one key, a composite and its part, siblings;
        and things that align), "place" (no common place as filed), "window" (no common
        span, or a story's total against a count of one earlier day; figures named by
        their measure: descriptors that do not fit, what the index weighs instead of a
        window), or "" when only the pairwise choice remains (mutual best, one party
        for a measured figure, echoes, a block larger than ``cap``)."""
        return self.why(a, b).partition(":")[0]

    def why(self, a: Claim, b: Claim) -> str:
        """``kept``, with what of the window keeps them apart after a colon: "window:
        span" (two spans), "window: day" (a story's total against a count of one earlier
        day), "window: descriptors" (a measured head's words that do not fit). Only for
        an index built with ``trace``."""
        if not self._trace:
            raise ValueError("ClaimIndex(trace=True) keeps where claims are filed")
        fa, fb = self._filed.get(id(a), ()), self._filed.get(id(b), ())
        if not fa or not fb:
            return "alignable"
        order = ("story", "block", "place", "window", "")
        best = "story"
        for (story_a, key_a), ea in fa:
            for (story_b, key_b), eb in fb:
                if story_a != story_b:
                    continue
                gate = self._gate(key_a, ea, key_b, eb)
                if order.index(gate.partition(":")[0]) > order.index(best.partition(":")[0]):
                    best = gate
        if best == "" and self._attributive is not None:
            first, second = self._entry(a, False), self._entry(b, False)
            if first is not None and second is not None and self._subset(first, second):
                return "window: subset"
        return best

    def _gate(self, ka: BlockKey, ea: Entry, kb: BlockKey, eb: Entry) -> str:
        """``why`` for one block of each claim: "block", "place", "window: ..." or ""."""
        if not linked(ka, kb, self.alignment):
            return "block"
        a, b = ea.claim, eb.claim
        if (ka[0] or "").startswith(MARK):
            if ka[4] != kb[4] and (ka[0] == kb[0] or None not in (ka[4], kb[4])):
                return "place"  # one head: one block; sibling heads: a place unsaid is any
            if ka[0] != kb[0]:  # sibling heads: paired whatever their words (``_siblings``)
                return ""
            if a.place and b.place and norm(a.place) != norm(b.place):
                return "place"
            return "" if fits(a, b, self.alignment, self._describing) \
                or told_apart(a, b, self.alignment) \
                or told_alike(a, b, self.alignment, self._texts) \
                or one_whole(ea, eb, self._texts, self.alignment.sibling_min) \
                or copied(ea, eb, self.alignment, self._texts) \
                else "window: descriptors"
        # one block but its place, or a composite and its part: places and windows equal;
        # siblings (``_siblings``): a place or window left unsaid may be any
        sibling = unplaced(ka) != unplaced(kb) and not (
            ka[0] == kb[0] and self._composed(ka[1], kb[1]))
        if not (self.alignment.things_align(a.key.thing, b.key.thing)
                or (sibling and a.key.event == b.key.event)):
            return "block"
        if ka[4] != kb[4] and not (sibling and None in (ka[4], kb[4])):
            return "place"
        if ea.window != eb.window and not (sibling and None in (ea.window, eb.window)):
            return "window: span"
        return "" if spans_meet(ea, eb, self.alignment) else "window: day"

    def _composed(self, event_a: str | None, event_b: str | None) -> bool:
        """A composite and its part (casualties, killed)."""
        return (event_b or "") in self.alignment.composites.get(event_a or "", ()) or (
            event_a or "") in self.alignment.composites.get(event_b or "", ())

    def __len__(self) -> int:
        return sum(len(entries) for windows in self.blocks.values() for entries in windows.values())

    def pairs(self) -> Iterator[Pair]:
        """Every pair to judge, each once; two claims of one file only from two parties;
        participants named by role only when one role is a kind of the other; never a
        total since the story's start with a count of one earlier day (``spans_meet``)."""
        for pair in self._pairs():
            if spans_meet(pair.first, pair.second, self.alignment) and not self._subset(
                    pair.first, pair.second):
                yield pair

    def _subset(self, a: Entry, b: Entry) -> bool:
        """Whether the smaller of two figures counts a subset the other does not pick
        ("38 new homes", "214 homes"): two sets, never one figure (attributive.py)."""
        if self._attributive is None or transposed(a, b):
            return False  # a figure copied with its digits swapped is one figure (transposed.py)
        below = -1 if a.hard.high < b.hard.low else 1 if b.hard.high < a.hard.low else 0
        return apart(a.claim, b.claim, self.alignment, self._attributive, self._texts, below)

    def _pairs(self) -> Iterator[Pair]:
        related = self.alignment.things_align
        for key in sorted(self.blocks, key=sort_key):
            windows = self.blocks[key]
            for window in sorted(windows, key=lambda w: w or ""):
                entries = windows[window]
                if (key[1][0] or "").startswith(MARK):
                    yield from measured_pairs(entries, self.alignment, self._texts, self.cap,
                                              self._describing)
                    yield from self._siblings(key, window, entries)
                    yield from told_apart_pairs(entries, self.alignment, self.cap)
                    yield from copied_pairs(entries, self.alignment, self.cap, self._describing,
                                            self._texts)
                    continue
                for pair in (*within(entries, self.cap), *self._composites(key, window, entries),
                             *self._siblings(key, window, entries)):
                    if pair.relation is Relation.SAME and echoes(pair, entries):
                        continue
                    first, second = pair.first.claim.key, pair.second.claim.key
                    if related(first.thing, second.thing) or (
                        pair.relation is Relation.SIBLING and first.event == second.event
                    ) or (  # sibling things of one event (customers, people)
                        pair.relation is Relation.COMPOSITE and self._narrower(
                            first.thing, second.thing)
                    ) or (  # a subgroup's part of a whole: civilians killed, casualties
                        pair.relation is Relation.SIBLING and None in (first.event, second.event)
                        and (self.alignment.thing_class(second.thing) or "")
                        in self.alignment.thing_siblings.get(
                            self.alignment.thing_class(first.thing) or "", ())
                    ):  # a sibling thing's figure named by its measure alone
                        yield pair
        yield from self._swapped()
        yield from self._met()

    def _judged(self, claim: Claim) -> object:
        """The block in which the key route compares a claim with every other of it
        (a lexicon key; a swap candidate's number and kind), or None: a measured figure
        is paired in its block only when its descriptor fits (measured.fits), so its
        pairs the likeness route may still meet."""
        if alignable(claim, self.alignment):
            key = block_key(claim, self.alignment)
            return None if (key[0] or "").startswith(MARK) else key
        return swap_key(claim, RUN_STORY) if swap_candidate(claim) else None

    def _met(self) -> Iterator[Pair]:
        """Figures of two documents that no key brings together and that meet by the
        likeness of their words (meeting.py) or by a slip of the pen (slipped.py),
        marked so only NC401-NC403 come of them."""
        words: MeetWords | None = None
        for (where, _), claims in sorted(self._groups.items()):
            if len({c.location.path for c in claims}) < 2:
                continue
            words = words or (self._meet() if self._meet else None)
            if words is None:
                return
            if self._sizes is not None and self._sizes.get(where, 0) > words.documents:
                continue
            entries = [e for c in claims if (e := self._entry(c, False)) is not None]
            seen: set[frozenset[tuple[str, int]]] = set()
            for pair in met(entries, self._texts, words, self._judged, self.cap,
                            self.alignment, self._home):
                seen.add(frozenset({_spot(pair.first), _spot(pair.second)}))
                yield dataclasses.replace(pair, met=True)
            # the third route: a slip of the pen brings two figures together (slipped.py)
            gate = slip_gate(self._texts, words, self.alignment, self._home)
            for pair in slip_pairs(entries, self._judged, frozenset(seen), self._told, gate,
                                   self._texts):
                yield dataclasses.replace(pair, met=True)

    def _told(self, path: str) -> Sequence[Claim]:
        """Every figure the likeness route reads in one document, whatever its group."""
        if self._by_path is None:
            by_path: dict[str, list[Claim]] = defaultdict(list)
            for claims in self._groups.values():
                for claim in claims:
                    by_path[claim.location.path].append(claim)
            self._by_path = dict(by_path)
        return self._by_path.get(path, ())

    def _swapped(self) -> Iterator[Pair]:
        """One number in two units of a kind, in two articles (swaps.py): its own
        evidence that both are one figure, whatever else aligns them."""
        for a, b in swapped(self._swaps, self._story):
            first = self._entry(a, False)
            second = self._entry(b, False)
            if first is not None and second is not None:
                yield Pair(first, second, Relation.SAME)

    def _composites(
        self, index_key: IndexKey, window: str | None, wholes: Sequence[Entry]
    ) -> Iterator[Pair]:
        """Parts of a composite whole (killed, wounded of casualties), of the whole's
        thing or of a subgroup of it (civilians killed of the casualties: a subgroup
        (``[participants] subgroups``) is a kind of people, and its part of the event
        a part of the whole)."""
        story, key = index_key
        event = key[1]
        for part in sorted(self.alignment.composites.get(event or "", ())):
            part_keys: list[IndexKey] = [(story, (key[0], part, key[2], key[3], key[4], key[5]))]
            part_keys += [k for k in self._events.get((story, part, key[3], key[4], key[5]), ())
                          if k[1][0] != key[0] and self._narrower(k[1][0], key[0])
                          and set(key[2]) <= set(k[1][2])]
            for part_key in part_keys:
                parts = self.blocks[part_key].get(window) if part_key in self.blocks else None
                if parts:
                    yield from part_whole(parts, wholes, self.cap)

    def _narrower(self, part: str | None, whole: str | None) -> bool:
        """A subgroup's thing counted of a whole of people: civilians, people."""
        return (part in self.alignment.subgroups and whole is not None
                and whole != part and whole in self.alignment.kinds(part or ""))

    def _siblings(
        self, index_key: IndexKey, window: str | None, entries: Sequence[Entry]
    ) -> Iterator[Pair]:
        """Figures of a neighbouring measure (``[siblings]``: arrests and charges; net and
        operating profit for measured heads) in other articles, each pair of blocks
        once, windows equal or one left unsaid;
        blocks too large to pair (over ``cap`` x ``cap``) are left alone."""
        story, key = index_key
        thing, event = key[0] or "", key[1] or ""
        if thing.startswith(MARK):  # heads of related measures: "~export", "~production"
            yield from self._related_heads(index_key, window, entries)
            return
        for other in sorted(self.alignment.siblings.get(event, ())):
            if other <= event:
                continue
            for other_key in self._places.get((story, key[0], other, key[2], key[3], key[5]),
                                              ()):
                place = other_key[1][4]
                if place != key[4] and None not in (place, key[4]):
                    continue  # a figure that names no place may be any place's
                yield from sibling_pairs(window, entries, self.blocks[other_key], self.cap)
        if not thing:
            return
        for other in sorted(self.alignment.thing_siblings.get(thing, ())):
            # a sibling thing's figure named by its measure alone ("212,000 people",
            # its verb unread): one event's neighbouring things, paired as siblings
            for other_key in self._heads.get((story, key[3], key[5]), ()):
                head = (other_key[1][0] or "")[len(MARK):]
                if self.alignment.thing_class(head) == other:  # residents are people
                    yield from sibling_pairs(window, entries, self.blocks[other_key], self.cap)
        for other in sorted(self.alignment.thing_siblings.get(thing, ())):
            if other <= thing:
                continue  # each pair of blocks once
            # one event's neighbouring things, as above, whatever place each names: only
            # their same figure is judged (NC403), one count told under two things
            for other_key in self._places.get((story, other, *key[1:4], key[5]), ()):
                yield from sibling_pairs(window, entries, self.blocks[other_key], self.cap)

    def _related_heads(
        self, index_key: IndexKey, window: str | None, entries: Sequence[Entry]
    ) -> Iterator[Pair]:
        """Figures of two measured heads whose measures the relation table relates
        (``keys.related_heads``: siblings, or a part and its whole), in other articles,
        each pair of blocks once: siblings as such, a part against its whole."""
        story, key = index_key
        for other_key in self._heads.get((story, key[3], key[5]), ()):
            if sort_key(other_key) <= sort_key(index_key):
                continue
            kin = related_heads(key[0] or "", other_key[1][0] or "", self.alignment)
            if kin is None:
                continue
            windows = self.blocks[other_key]
            if kin == SUBGROUP:  # lexicon things' heads: only on evidence (head_things.py)
                yield from subgroup_pairs((key[0] or "")[len(MARK):], window, entries,
                                          windows, self.alignment, self.cap)
                continue
            if kin == "sibling":
                yield from sibling_pairs(window, entries, windows, self.cap)
                continue
            for others in windows.values():
                parts, wholes = (entries, others) if kin == "part" else (others, entries)
                if len(parts) <= self.cap and len(wholes) <= self.cap:
                    yield from part_whole(parts, wholes, self.cap)


def _spot(entry: Entry) -> tuple[str, int]:
    return entry.claim.location.path, entry.claim.location.start

