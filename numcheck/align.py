"""The claim index: which claims from different sources talk about the same thing.

Claims are blocked by a normalized key (measured thing, event, qualifiers, unit
dimension, place, change-or-level) and, inside a block, by time window. Only
claims in one block are compared, plus blocks linked by a composite measure
(casualties = killed + wounded). Comparing all pairs of a whole corpus is never
done: a block of up to ``cap`` claims is compared pair by pair; a larger block is
split by day (pair by pair within a small day) and summarised by a few anchors
(reference figures and each party's extreme, oldest and newest figures), so the
work stays linear in the number of claims.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from numcheck.claims import Claim, Scope
from numcheck.interval import Interval
from numcheck.lexicon import Lexicon

BlockKey = tuple[str | None, str | None, tuple[str, ...], str, str | None, bool]

_SPACES = re.compile(r"\s+")


class Relation(StrEnum):
    SAME = "same"  # both claims measure the same thing
    COMPOSITE = "composite"  # ``first`` is a part (killed), ``second`` the whole (casualties)


@dataclass(frozen=True, slots=True)
class Entry:
    """A claim as the index sees it: bounds in the block's base unit, party, window."""

    claim: Claim
    hard: Interval
    soft: Interval
    party: str | None
    window: str | None
    reference: bool = False

    @property
    def order(self) -> tuple[str, str, int]:
        """Older before newer, then by path: the later one is the finding's primary."""
        date = self.claim.date.isoformat() if self.claim.date else ""
        return (date, self.claim.location.path, self.claim.location.start)


@dataclass(frozen=True, slots=True)
class Pair:
    first: Entry
    second: Entry
    relation: Relation


@dataclass(frozen=True)
class Alignment:
    """The alignment vocabulary (numcheck/lexicon/alignment.toml), ready to use."""

    composites: Mapping[str, frozenset[str]]
    cumulative: frozenset[str]
    windows: Mapping[str, str]
    parties: tuple[tuple[str, tuple[str, ...]], ...]
    noise: frozenset[str]

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon | None = None) -> Alignment:
        data: Mapping[str, Any] = (lexicon or Lexicon.default())["alignment"]
        windows = {_norm_window(k): _norm_window(v) for k, v in data.get("windows", {}).items()}
        return cls(
            composites={
                _norm(k): frozenset(_norm(p) for p in v)
                for k, v in data.get("composites", {}).items()
            },
            cumulative=frozenset(_norm(e) for e in data.get("cumulative", {}).get("events", [])),
            windows=windows,
            parties=tuple(
                (_norm(name), tuple(_norm(a) for a in aliases))
                for name, aliases in data.get("claimants", {}).items()
            ),
            noise=frozenset(_norm(w) for w in data.get("claimant_noise", {}).get("words", [])),
        )

    def party(self, claimant: str | None) -> str | None:
        """The party behind a claimant ("Russia's Defense Ministry" -> "russia")."""
        if not claimant:
            return None
        return _party(claimant, self.parties, self.noise)

    def window(self, window: str | None) -> str | None:
        if not window:
            return None
        norm = _norm_window(window)
        return self.windows.get(norm, norm)

    def is_cumulative(self, event: str | None) -> bool:
        return event is not None and _norm(event) in self.cumulative


@cache
def _party_pattern(alias: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])" + re.escape(alias) + r"(?![\w])")


def _party(
    claimant: str, parties: tuple[tuple[str, tuple[str, ...]], ...], noise: frozenset[str]
) -> str:
    text = _norm(claimant.replace("’", "'"))
    for name, aliases in parties:
        if any(_party_pattern(alias).search(text) for alias in aliases):
            return name
    words = text.split()
    while words and (words[0] in noise or words[0].isdigit()):
        words.pop(0)
    return " ".join(words) or text


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text.strip().lower())


def _norm_window(text: str) -> str:
    words = _norm(text).removeprefix("in the ").removeprefix("the ").split()
    return " ".join("last" if w in ("past", "previous") else w for w in words)


def alignable(claim: Claim) -> bool:
    """Claims drift can compare: amounts in the story, measuring something known."""
    q = claim.quantity
    if claim.scope is Scope.BOILERPLATE or not q.is_amount:
        return False
    key = claim.key
    if key.event is None:
        # a unit measure with a known thing ("40-mile convoy") is identified by the thing
        return key.thing is not None and key.dimension != "count"
    return True


def block_key(claim: Claim) -> BlockKey:
    key = claim.key
    place = _norm(claim.place) if claim.place else None
    return (
        _norm(key.thing) if key.thing else None,
        _norm(key.event) if key.event else None,
        tuple(sorted(_norm(q) for q in key.qualifiers)),
        key.dimension,
        place,
        claim.is_change,
    )


class ClaimIndex:
    """Claims grouped by block key and window; yields the pairs worth judging."""

    def __init__(
        self,
        claims: Iterable[Claim],
        alignment: Alignment,
        *,
        cap: int = 64,
        reference_paths: Iterable[str] = (),
    ) -> None:
        self.alignment = alignment
        self.cap = max(2, cap)
        refs = frozenset(reference_paths)
        self._base_units: dict[str, str | None] = {}
        self.blocks: dict[BlockKey, dict[str | None, list[Entry]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for claim in claims:
            if not alignable(claim):
                continue
            entry = self._entry(claim, claim.location.path in refs)
            if entry is not None:
                self.blocks[block_key(claim)][entry.window].append(entry)

    def _entry(self, claim: Claim, reference: bool) -> Entry | None:
        q = claim.quantity
        base = self._base_units.setdefault(claim.key.dimension, q.unit)
        convert = conversion(q.unit, base)
        if convert is None:
            return None
        hard, soft = q.hard, q.soft
        if convert != (1.0, 0.0):
            hard, soft = hard.scaled(*convert), soft.scaled(*convert)
        return Entry(
            claim=claim,
            hard=hard,
            soft=soft,
            party=self.alignment.party(claim.claimant),
            window=self.alignment.window(claim.window),
            reference=reference,
        )

    def __len__(self) -> int:
        return sum(len(entries) for windows in self.blocks.values() for entries in windows.values())

    def pairs(self) -> Iterator[Pair]:
        """Every pair to judge, each once; two claims of one file only from two parties."""
        for key in sorted(self.blocks, key=_sort_key):
            windows = self.blocks[key]
            for window in sorted(windows, key=lambda w: w or ""):
                entries = windows[window]
                yield from self._within(entries)
                yield from self._composites(key, window, entries)

    def _within(self, entries: Sequence[Entry]) -> Iterator[Pair]:
        if len(entries) <= self.cap:
            yield from _all_pairs(entries)
            return
        # a huge block: same-day claims (one news cycle) pair by pair while the day is
        # small, anchors within a huge day, and every claim against the block's anchors
        by_date: dict[dt.date | None, list[Entry]] = defaultdict(list)
        for entry in entries:
            by_date[entry.claim.date].append(entry)
        for day in sorted(by_date, key=lambda d: d or dt.date.min):
            group = by_date[day]
            if len(group) <= self.cap:
                yield from _all_pairs(group)
            else:
                yield from _against(group, self._anchors(group), same_day=True)
        yield from _against(entries, self._anchors(entries), same_day=False)

    def _composites(
        self, key: BlockKey, window: str | None, wholes: Sequence[Entry]
    ) -> Iterator[Pair]:
        event = key[1]
        for part in sorted(self.alignment.composites.get(event or "", ())):
            part_key: BlockKey = (key[0], part, key[2], key[3], key[4], key[5])
            parts = self.blocks[part_key].get(window) if part_key in self.blocks else None
            if not parts:
                continue
            yield from self._part_whole(parts, wholes)

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
                days[p.claim.date][0].append(p)
            for w in wholes:
                days[w.claim.date][1].append(w)
            pairs = (pair for ps, ws in days.values() if ps and ws for pair in self._cross(ps, ws))
        for p, w in pairs:
            if p.claim.path != w.claim.path:
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
                min(group, key=lambda e: (e.hard.high, e.order)),
                max(group, key=lambda e: (e.hard.low, e.order)),
                min(group, key=lambda e: (e.soft.high, e.order)),
                max(group, key=lambda e: (e.soft.low, e.order)),
                min(group, key=lambda e: e.order),
                max(group, key=lambda e: e.order),
            )
            for pick in picks:
                chosen.setdefault(id(pick), pick)
            if len(chosen) >= self.cap:
                break
        return list(chosen.values())[: self.cap]


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
            if (entry.claim.date == anchor.claim.date) is not same_day:
                continue
            if id(entry) in anchor_ids and id(entry) >= id(anchor):
                continue  # two anchors meet once
            if _sources_differ(entry, anchor):
                yield Pair(entry, anchor, Relation.SAME)


def _sources_differ(a: Entry, b: Entry) -> bool:
    """Two articles, or two parties quoted in one article (the in-article checkers
    handle one source restating itself)."""
    return a.claim.path != b.claim.path or parties_differ(a.party, b.party)


def parties_differ(a: str | None, b: str | None) -> bool:
    """Known and different: "office" is the same party as "regional emergency office"."""
    if a is None or b is None or a == b:
        return False
    short, long = sorted((a.split(), b.split()), key=len)
    return long[len(long) - len(short) :] != short


def _sort_key(key: BlockKey) -> tuple[str, ...]:
    thing, event, qualifiers, dimension, place, change = key
    return (thing or "", event or "", " ".join(qualifiers), dimension, place or "", str(change))


def conversion(unit: str | None, base: str | None) -> tuple[float, float] | None:
    """(factor, offset) taking a value in ``unit`` to ``base``; None if not convertible."""
    if unit == base:
        return (1.0, 0.0)
    if unit is None or base is None:
        return None
    return _conversion(unit, base)


@cache
def _conversion(unit: str, base: str) -> tuple[float, float] | None:
    # pint is slow to import: only reached when one block mixes units (miles vs km)
    from numcheck import units

    try:
        zero = units.convert(Interval.point(0.0), unit, base).low
        one = units.convert(Interval.point(1.0), unit, base).low
    except ValueError:  # different dimensions or unknown names simply do not align
        return None
    factor = one - zero
    return (factor, zero) if math.isfinite(factor) and factor > 0 else None


def days_apart(first: dt.date | None, second: dt.date | None) -> int | None:
    if first is None or second is None:
        return None
    return abs((first - second).days)
