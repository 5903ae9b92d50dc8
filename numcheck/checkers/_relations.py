"""How figures of one sentence relate: part of a whole, percent of a base, old and new level,
a stated conversion.

The relations come from the claims' order and the few words between two figures
(cue words live in numcheck/lexicon/checkers.toml). Checkers use them for arithmetic,
and the restatement checker uses them to know that "10 of the 285" is not a
restatement of 285.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from numcheck.checkers._apposed import ShareCues, Stated, find_stated
from numcheck.checkers._carried import find_carried
from numcheck.checkers._compare import (
    before,
    between,
    checkable,
    compiled,
    lexicon,
    sentence_of,
    words,
)
from numcheck.checkers._compared import find_compared
from numcheck.checkers._described import DescribedCues, find_described
from numcheck.checkers._detached import find_detached
from numcheck.checkers._earlier import find_earlier_levels
from numcheck.checkers._far_lists import find_far_breakdowns
from numcheck.checkers._glued import as_measured
from numcheck.checkers._held_totals import HeldCues, find_held_totals
from numcheck.checkers._holding import demote
from numcheck.checkers._kinds import Kinds
from numcheck.checkers._levels import LevelCues, Step, find_levels
from numcheck.checkers._limits import LimitCues, find_limits
from numcheck.checkers._others import OtherCues, find_others, open_ended
from numcheck.checkers._outcomes import split_outcomes
from numcheck.checkers._part_kin import stated_parts
from numcheck.checkers._partitive import PartCues, find_partitives
from numcheck.checkers._per import level_gap, without_per_units
from numcheck.checkers._rates import short_names, two_currencies
from numcheck.checkers._role_lists import find_role_breakdowns, find_role_totals
from numcheck.checkers._roles import RoleCues, find_role_changes
from numcheck.checkers._spread import SpreadCues, find_spread
from numcheck.checkers._successive import find_complementary, find_successive
from numcheck.checkers._sum_cues import SumCues
from numcheck.checkers._sums import Sum, find_sums
from numcheck.checkers._tables import find_table_sums
from numcheck.claims import Claim
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.findings import Location
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Bound, Kind, Quantity

# kinds a figure restates in another unit: "40 miles (64 km)", "€2.3bn (£2bn)",
# "40 months — nearly four years" (money only at a stated rate: conversion.py)
_CONVERTIBLE = frozenset({Kind.MEASURE, Kind.MONEY, Kind.DURATION})


def _conversion_link(prev: Claim, claim: Claim, gap: str, cues: ConversionCues) -> bool:
    """The words between a figure and its conversion: a mark that opens an aside ("(",
    "[", a dash, a slash, a comma), after at most a few words that finish the first
    figure's phrase ("4.1 million km last year (about 3.2 million miles)", "ice 2 inches
    thick (5 cm)"), then at most a connective ("or", "that is", "which is", "equivalent
    to"), or one of the fixed links (", or about"); after a currency's short name the
    name first ("crowns ("). Without a parenthesis or a bracket the two figures must be
    in two units of one kind ("37 degrees Celsius, about 99 degrees Fahrenheit"): "40
    miles, or 20 miles more" is no conversion."""
    noun = prev.quantity.noun
    head, _, rest = gap.partition(" ")
    if prev.quantity.kind is Kind.COUNT and noun and head.removesuffix("s") == noun:
        gap = rest or head
    if gap in cues.links or gap.rstrip("(").strip() in cues.links:
        return True
    core = cues.without_connective(gap)
    mark = core[-1:]
    if not mark or mark not in cues.marks:
        return False
    linked = core != gap.strip()  # a connective after the mark ("€12m, equivalent to")
    if mark not in cues.brackets and not (
        _two_units(prev, claim) or two_currencies(prev, claim, linked)
    ):
        return False
    words = core[:-1].split()
    if mark == "," and words and core == gap.strip():
        return False  # "60 mph at the coast, 40 km/h inland": a comma ends the phrase
    return len(words) <= cues.reach and not any(
        w in cues.stops or not w.replace("'", "").replace("-", "").isalpha() for w in words
    )


def _two_units(prev: Claim, claim: Claim) -> bool:
    """Two measures in two units (a conversion is never in the unit it converts)."""
    a, b = prev.quantity, claim.quantity
    return a.unit != b.unit and a.kind in _MEASURES and b.kind in _MEASURES


_MEASURES = frozenset({Kind.MEASURE, Kind.DURATION})


class ConversionCues:
    """The ``[conversion]`` words: fixed links, the marks that open a conversion, the
    connectives after a mark, and what may stand between a figure and a mark."""

    def __init__(self, lex: Mapping[str, Any]) -> None:
        table: Mapping[str, Any] = lex.get("conversion", {})
        self.links = frozenset(words(table.get("open_links", ("(",))))
        self.marks = frozenset(str(m) for m in table.get("open_marks", ("(",)))
        self.brackets = frozenset(str(m) for m in table.get("brackets", ("(",)))
        # longest first: "the equivalent of" before "of"
        self.connectives = sorted(words(table.get("connectives", ())), key=len, reverse=True)
        self.reach = int(table.get("words_before_link", 3))
        self.stops = frozenset(words(table.get("not_before_link", ())))
        self.not_after = tuple(str(w) for w in table.get("not_after", ()))

    def worth(self, document: Document, claim: Claim) -> bool:
        """"a month's worth": the figure measures a thing by time, it restates nothing."""
        end = claim.location.end
        return document.prose[end : end + 10].lower().startswith(self.not_after)

    def without_connective(self, gap: str) -> str:
        """The gap with a connective after its mark taken off ("(that is," -> "(")."""
        core = gap.strip()
        said = core.rstrip(",").rstrip()  # "(that is," -> "(that is"
        for word in self.connectives:
            rest = said.removesuffix(word).rstrip()
            if rest != said and rest[-1:] in self.marks:
                return rest
        return core


def _convertible(prev: Claim, claim: Claim) -> bool:
    """Two figures one of which may restate the other in another unit; a count of a
    currency's short name is money ("6.8 billion crowns ($0.56 billion)")."""
    a, b = prev.quantity, claim.quantity
    if as_measured(prev, claim) is not None:  # "30ft (20m)", "50 tonnes (110,000 pounds)"
        return True
    if a.kind is Kind.COUNT and b.kind is Kind.MONEY:
        return (a.noun or "") in short_names()
    if a.kind is not b.kind:
        return False
    if b.kind is Kind.MONEY:
        return a.unit != b.unit
    return b.kind in _CONVERTIBLE  # "2 hours 15 minutes (135 minutes)" keeps the unit
_SPLITS = (
    lazy_compile(r"^(?:between|from)\s+(?P<a>.+?)\s+(?:and|to)\s+(?P<b>.+)$", re.IGNORECASE),
    lazy_compile(r"^(?P<a>.+?)\s*(?:\bto\b|[-–—])\s*(?P<b>.+)$", re.IGNORECASE),
)


class Relations(NamedTuple):
    # (parts, wholes): "285 injured, including 10 children" and "10 of the 285 injured"
    parts: tuple[tuple[tuple[Claim, ...], tuple[Claim, ...]], ...] = ()
    # (percent, base): "40% of 200 students"
    percent_of: tuple[tuple[Claim, Claim], ...] = ()
    # (old, new, direction words of the sentence): "rose from 40 to 50"
    from_to: tuple[tuple[Claim, Claim, str | None], ...] = ()
    # (stated, restated): "40 miles (64 km)"
    conversions: tuple[tuple[Claim, Claim], ...] = ()
    # (components, total): "14 boats sank: six trawlers, five yachts and three ferries"
    sums: tuple[Sum, ...] = ()
    # (old, new, step, mode): a step tied to its levels by the words between them ("6.8
    # metres, up 70% from 4.2 metres"), a multiplier ("nearly doubled"), a difference
    steps: tuple[Step, ...] = ()
    # a count stated beside a share: "two-thirds of its 421 stores, or 280"
    stated: tuple[Stated, ...] = ()
    # the earlier counts a share's words name, one group a share: "The job cuts, about
    # 6% of its 24,000 staff" after "would cut 1,200 jobs"
    described: tuple[tuple[Stated, ...], ...] = ()

    def involved(self) -> set[int]:
        """ids of claims that are parts, bases, levels of a change or conversions."""
        ids: set[int] = set()
        for part_group, _ in self.parts:
            ids.update(id(c) for c in part_group)
        for pct, base in self.percent_of:
            ids.update((id(pct), id(base)))
        for old, new, _ in self.from_to:
            ids.update((id(old), id(new)))
        for _, restated in self.conversions:
            ids.add(id(restated))
        for members, _total in self.sums:
            ids.update(id(c) for c in members)
        for old, new, _step, _mode in self.steps:
            ids.update((id(old), id(new)))
        for told in self.stated:
            ids.update((id(told.share), id(told.count)))
        return ids

    def levels(self) -> list[tuple[int, int]]:
        """Spans of old and new levels ("from 40 to 50"), also when parsed as one range."""
        return [(c.location.start, c.location.end) for pair in self.from_to for c in pair[:2]]


def related(
    document: Document, claims: Sequence[Claim], context: CheckContext
) -> tuple[Mapping[str, Any], Relations]:
    """The ``checkers`` lexicon and the relations among ``claims`` (parts and wholes,
    lists and totals, from-to levels, percent-of): where every arithmetic and
    restatement checker starts."""
    lex = lexicon(context)
    return lex, find(document, claims, lex, lexicon(context, "measures"))


def by_sentence(document: Document, claims: Sequence[Claim]) -> list[list[Claim]]:
    """Checkable claims grouped by sentence, in text order."""
    groups: dict[tuple[int, int], list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: c.location.start):
        if checkable(claim):
            groups.setdefault(sentence_of(document, claim), []).append(claim)
    return [groups[key] for key in sorted(groups)]


def _percent_link(gap: str, links: set[str]) -> bool:
    """ "40% of 200", "40% of the town's 200": "of" and at most two more words; not a
    pronoun set off by a dash ("30% of them - 250 -": 250 is the share's count)."""
    if gap in links:
        return True
    toks = gap.split()
    if not gap.startswith("of ") or len(toks) > 3 or "," in gap:
        return False
    return not (toks[1] in _BACK_PRONOUNS or any(m in toks for m in ("-", "–", "—", "(")))


_BACK_PRONOUNS = frozenset({"them", "those", "these", "whom", "which", "it"})


def _ends_with(text: str, cues: tuple[str, ...]) -> bool:
    return any(text == cue or text.endswith(" " + cue) for cue in cues)


def direction(text: str, change: Mapping[str, Any]) -> str | None:
    tokens = set(text.replace(",", " ").split())
    up = bool(tokens & set(words(change.get("up_words", ()))))
    down = bool(tokens & set(words(change.get("down_words", ()))))
    if up == down:
        return None
    return "up" if up else "down"


# the last few results: five checkers ask for the relations of the same claims in a row
_CACHE: list[tuple[Document, tuple[Claim, ...], Mapping[str, Any], Relations]] = []
_CACHE_SIZE = 4


def find(
    document: Document,
    claims: Sequence[Claim],
    lex: Mapping[str, Any],
    measures: Mapping[str, Any] | None = None,
) -> Relations:
    """The relations among ``claims`` (remembered for the same document, claims and words).

    ``measures`` (the things, events and hypernyms of a lexicon) default to measures.toml's."""
    listed = tuple(claims)
    for doc, seen, words_of, relations in _CACHE:
        same = doc is document and words_of is lex and len(seen) == len(listed)
        if same and all(a is b for a, b in zip(seen, listed, strict=True)):
            return relations
    if measures is None:
        from numcheck.lexicon import Lexicon

        measures = Lexicon.default()["measures"]
    relations = _find(document, listed, lex, _Cues.of(lex, measures))
    _CACHE.insert(0, (document, listed, lex, relations))
    del _CACHE[_CACHE_SIZE:]
    return relations


class _Cues(NamedTuple):
    """The compiled cue words of one lexicon, built once per lexicon (_compare.compiled)."""

    lex: Mapping[str, Any]
    measures: Mapping[str, Any]
    sums: SumCues
    parts: PartCues
    levels: LevelCues
    shares: ShareCues
    limits: LimitCues
    described: DescribedCues
    others: OtherCues
    spread: SpreadCues
    roles: RoleCues
    held: HeldCues

    @classmethod
    def of(cls, lex: Mapping[str, Any], measures: Mapping[str, Any]) -> _Cues:
        return compiled(cls.build, lex, measures)

    @classmethod
    def build(cls, lex: Mapping[str, Any], measures: Mapping[str, Any]) -> _Cues:
        from numcheck.lexicon import Lexicon
        from numcheck.parsing.nouns import Nouns

        hypernyms = measures.get("hypernyms", {})
        lemma = Nouns.from_section(Lexicon.default()["nouns"]).lemma
        parts = PartCues(lex, measures, lemma)
        shares = ShareCues(lex, parts, hypernyms)
        known = frozenset(measures.get("things", {}))
        kinds = Kinds.of(lex, hypernyms, lemma)
        composites = Lexicon.default()["alignment"].get("composites", {})
        sums, levels = SumCues(lex, hypernyms, known, kinds, composites), LevelCues(lex)
        others, spread = OtherCues(lex, lemma), SpreadCues(lex, lemma, kinds)
        return cls(
            lex, measures, sums, parts, levels, shares, LimitCues(lex), DescribedCues(lex),
            others, spread, RoleCues(lex, kinds), HeldCues(lex),
        )


def sum_cues(lex: Mapping[str, Any], measures: Mapping[str, Any]) -> SumCues:
    """The compiled ``[sums]`` cues (and the kinds of things) of one lexicon."""
    return _Cues.of(lex, measures).sums


def part_cues(lex: Mapping[str, Any], measures: Mapping[str, Any]) -> PartCues:
    """The compiled ``[partitive]`` cues of one lexicon, built once per lexicon (not once
    per document: squashing every written form of every measure is most of their cost)."""
    return _Cues.of(lex, measures).parts


def share_cues(lex: Mapping[str, Any], measures: Mapping[str, Any]) -> ShareCues:
    """The compiled ``[shares]`` cues (and ``[share_grammar]``) of one lexicon."""
    return _Cues.of(lex, measures).shares


def _find(
    document: Document, claims: Sequence[Claim], lex: Mapping[str, Any], cues: _Cues
) -> Relations:
    part_cues = words(lex.get("part_cues", ()))
    part_links = set(words(lex.get("part_links", ())))
    pct_links = set(words(lex.get("percent_links", ())))
    change: Mapping[str, Any] = lex.get("change", {})
    from_words = words(change.get("from_words", ("from",)))
    to_words = set(words(change.get("to_words", ("to",))))
    conv = compiled(ConversionCues, lex)
    parts: list[tuple[tuple[Claim, ...], tuple[Claim, ...]]] = []
    percent_of: list[tuple[Claim, Claim]] = []
    from_to: list[tuple[Claim, Claim, str | None]] = []
    conversions: list[tuple[Claim, Claim]] = []
    sums: list[Sum] = []
    steps: list[Step] = []
    history: list[Claim] = []
    heads: dict[int, Claim] = {}  # each listed item's total, for ``listed_head``
    sentences = by_sentence(document, claims)
    for sentence in sentences:
        listed = find_sums(document, sentence, cues.sums)
        sums.extend(listed.sums)
        parts.extend(listed.parts)
        partitive = find_partitives(document, sentence, history, cues.parts, heads)
        heads.update((id(c), total) for members, total in listed.sums for c in members)
        taken = frozenset(id(c) for members, total in listed.sums for c in (*members, total))
        find_detached(document, sentence, history, cues.parts, partitive, taken)
        history.extend(sentence)
        parts.extend(partitive.parts)
        sums.extend(partitive.sums)
        percent_of.extend(partitive.shares)
        stated = len(from_to)
        for claim in sentence:  # "rose 20% from 40 to 50" parsed as one range
            ends = (
                range_ends(document, claim)
                if claim.quantity.text[:5].lower() in ("from ", "from\n")
                else None
            )
            if ends is not None:
                from_to.append((*ends, direction(before(document, claim, 200), change)))
        cue_at: int | None = None
        view = without_per_units(document, sentence)  # "from 90 truckloads a week to 45"
        for i, claim in enumerate(view):
            if i == 0:
                continue
            prev = view[i - 1]
            gap = between(document, prev, claim)
            link = level_gap(gap)
            pkind, kind = prev.quantity.kind, claim.quantity.kind
            if pkind is Kind.PERCENT and kind is not Kind.PERCENT and _percent_link(gap, pct_links):
                percent_of.append((prev, claim))
            elif (
                pkind is Kind.COUNT
                and kind is Kind.COUNT
                and gap in part_links
                and id(prev) not in partitive.seen
            ):
                parts.append(((prev,), (claim,)))
            elif link in to_words and _ends_with(before(document, prev, 40), from_words):
                from_to.append((prev, claim, direction(before(document, prev, 200), change)))
            elif link in from_words and _ends_with(before(document, prev, 40), tuple(to_words)):
                from_to.append((claim, prev, direction(before(document, prev, 200), change)))
            elif (
                _convertible(prev, claim)
                and _conversion_link(prev, claim, gap, conv)
                and not conv.worth(document, claim)
            ):
                conversions.append((prev, claim))
            if cue_at is None and kind is Kind.COUNT and _ends_with(
                cues.sums.uncollected(gap), part_cues
            ):
                cue_at = i
        if cue_at is not None:
            wholes = tuple(c for c in view[:cue_at] if c.quantity.kind is Kind.COUNT)
            members = tuple(
                c for c in _listed(document, view, cue_at) if c.quantity.kind is Kind.COUNT
            )
            if wholes and members:
                parts.append((members, wholes))
        _levels(document, view, from_to, stated, steps, cues.levels)
    read = {id(c) for members, total in sums for c in (*members, total)}
    read.update(id(c) for members, wholes in parts for c in (*members, *wholes))
    carried = find_carried(document, sentences, read, cues.sums, cues.parts)
    sums.extend(carried.sums)
    parts.extend(carried.parts)
    sums.extend(find_table_sums(document, sentences, cues.sums))
    sums, selections = open_ended(document, sentences, sums, cues.others)
    parts.extend(selections)
    sums.extend(find_others(document, sentences, parts, sums, cues.sums, cues.others))
    summed = {id(c) for members, total in sums for c in (*members, total)}
    summed.update(id(c) for members, _ in parts for c in members)
    sums.extend(find_spread(document, sentences, summed, cues.sums, cues.spread, parts))
    find_earlier_levels(document, sentences, from_to, steps, cues.levels)
    _roles(document, sentences, (parts, percent_of, from_to, conversions, sums, steps), cues)
    stated_parts(claims, parts, heads)
    parts = split_outcomes(document, parts, lex, cues.measures)
    from_to = _unconverted(from_to, conversions)
    levels = {id(c) for old, new, _ in from_to for c in (old, new)}
    levels.update(id(c) for old, new, step, _ in steps for c in (old, new, step))
    told = find_stated(document, sentences, percent_of, parts, levels, cues.shares)
    shares_told = {id(t.share) for t in told}
    told += find_limits(document, sentences, percent_of, shares_told, cues.limits)
    shares_told = {id(t.share) for t in told} | levels
    base_of = {id(p): b for p, b in percent_of}
    described = find_described(
        document, sentences, base_of, shares_told, cues.shares, cues.described
    )
    return Relations(
        tuple(parts),
        tuple(percent_of),
        tuple(from_to),
        tuple(conversions),
        tuple(sums),
        tuple(steps),
        tuple(told),
        tuple(tuple(group) for group in described),
    )


# a gap ending in one of these ties the next figure to another noun ("including 118 that
# were rejected, from an electorate of 71,420"): the list of parts has ended
_ENDS_LIST = frozenset(
    ("a", "an", "the", "in", "at", "on", "of", "for", "with", "from", "to", "by")
)


def _listed(document: Document, sentence: Sequence[Claim], k: int) -> list[Claim]:
    """The figures listed after a part cue from ``sentence[k]`` on: "including 10 children
    and 4 teachers"; a figure after a preposition is of another noun."""
    run = [sentence[k]]
    for claim in map(sentence.__getitem__, range(k + 1, len(sentence))):
        gap = between(document, run[-1], claim).split()
        if gap[-1:] and gap[-1] in _ENDS_LIST:
            break
        run.append(claim)
    return run


def _unconverted(
    from_to: list[tuple[Claim, Claim, str | None]], conversions: Sequence[tuple[Claim, Claim]]
) -> list[tuple[Claim, Claim, str | None]]:
    """A level given with its conversion ("1.42 billion crowns ($137 million), up from
    1.18 billion") is the figure as first written: the conversion in parentheses is the
    same level in another unit, never the end of the change."""
    source = {id(b): a for a, b in conversions}
    out: list[tuple[Claim, Claim, str | None]] = []
    for old, new, way in from_to:
        old, new = source.get(id(old), old), source.get(id(new), new)
        if old is not new and (old, new, way) not in out:
            out.append((old, new, way))
    return out


def _levels(
    document: Document,
    sentence: Sequence[Claim],
    from_to: list[tuple[Claim, Claim, str | None]],
    stated: int,
    steps: list[Step],
    cues: LevelCues,
) -> None:
    """The level pairs and bound steps ``_levels.find_levels`` reads, after the plain
    "from A to B" pairs from ``from_to[stated:]`` (the sentence's), without duplicates."""
    found = find_levels(document, sentence, from_to[stated:], cues)
    taken = {id(c) for pair in found.pairs for c in pair[:2]} | {id(s[2]) for s in found.steps}
    compared, factors = find_compared(document, sentence, taken, cues)
    found.pairs += compared
    found.steps += factors
    seen = {(id(old), id(new)) for old, new, _ in from_to[stated:]}
    for old, new, way in found.pairs:
        if (id(old), id(new)) not in seen:
            seen.add((id(old), id(new)))
            from_to.append((old, new, way))
    steps.extend(found.steps)


def _roles(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    found: tuple[list[Any], ...],
    cues: _Cues,
) -> None:
    """The changes and totals read from the roles of figures no route read (_roles.py),
    added to the routes' ``found`` lists (parts, percent_of, from_to, conversions, sums,
    steps)."""
    parts, percent_of, from_to, conversions, sums, steps = found
    taken = {id(c) for members, wholes in parts for c in (*members, *wholes)}
    taken |= {id(c) for members, total in sums for c in (*members, total)}
    taken |= {id(c) for pair in (*percent_of, *conversions) for c in pair}
    taken |= {id(c) for level in (*from_to, *steps) for c in level[:3] if isinstance(c, Claim)}
    pairs, bound = find_role_changes(document, sentences, taken, cues.roles)
    from_to.extend(pairs)
    steps.extend(bound)
    # "Between them the two villages have 1,200 homes" after the homes flooded: a whole
    totals, totals_parts = find_role_totals(document, sentences, taken, cues.roles)
    totals, larger = demote(document, sentences, totals, cues.held, cues.roles)
    for found_by in (
        (totals, [*totals_parts, *larger]),
        find_role_breakdowns(document, sentences, taken, cues.roles, cues.sums.one_after),
    ):
        sums.extend(found_by[0])
        parts.extend(found_by[1])
    # a list sentences after its total, its sum one slip from it (_far_lists.py)
    sums.extend(find_far_breakdowns(document, sentences, taken, cues.roles, cues.sums.one_after))
    # "... to Aldwen's 15,306, a margin of 3,106. The two candidates' combined 33,918":
    # figures of a difference may still be the items of a sum, never of a second one
    in_sums = {id(c) for members, total in sums for c in (*members, total)}
    in_sums |= {id(c) for members, wholes in larger for c in (*members, *wholes)}
    held, larger = demote(
        document, sentences, find_held_totals(document, sentences, in_sums, cues.roles, cues.held),
        cues.held, cues.roles,
    )
    sums.extend(held)
    parts.extend(larger)
    # "Of the 52, 31 were convicted. Seventeen were acquitted and four await retrial."
    continued = find_successive(document, sentences, list(parts), taken, cues.roles)
    sums.extend(continued[0])
    parts.extend(continued[1])
    # "86 people ..., of whom 41 were children and 47 were adults": both sides of a pair
    summed = {id(c) for members, _ in sums for c in members}
    sums.extend(find_complementary(document, parts, cues.spread.complements, summed))


def range_ends(document: Document, claim: Claim) -> tuple[Claim, Claim] | None:
    """The two ends of a range claim as written, in written order ("between 500 and 300").

    A range Quantity is an unordered interval, so the ends are read back from its own
    words through the public parser: the one place a checker looks at a span's text.
    """
    q = claim.quantity
    if q.bound is not Bound.RANGE:
        return None
    match = next((m for m in (s.match(q.text) for s in _SPLITS) if m), None)
    if match is None:
        return None
    from numcheck import parse as parse_text

    ends: list[Claim] = []
    for group in ("a", "b"):
        found: list[Quantity] = parse_text(match.group(group))
        if len(found) != 1 or found[0].value is None:
            return None
        ends.append(_sub_claim(document, claim, found[0], match.start(group)))
    return ends[0], ends[1]


def _sub_claim(document: Document, claim: Claim, q: Quantity, offset: int) -> Claim:
    start = claim.location.start + offset + q.start
    end = start + (q.end - q.start)
    quantity = dataclasses.replace(q, start=start, end=end)
    line, column = document.position(start)
    end_line, end_column = document.position(end)
    text = document.text[start:end]
    location = Location(claim.path, start, end, line, column, end_line, end_column, text)
    return dataclasses.replace(
        claim, quantity=quantity, location=location, subject=None, event=None
    )
