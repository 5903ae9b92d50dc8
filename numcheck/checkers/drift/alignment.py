"""Alignment vocabulary: parties, windows, composites and units, normalized.

The words live in numcheck/lexicon/alignment.toml; this module turns them into the
small normalizations the claim index (numcheck/checkers/drift/align.py) and the drift verdicts use:
who a claimant is (a party), which windows mean the same span, which events only
grow, which documents belong to one story set, and how units of one dimension convert.
Party words live in drift/party_names.py, event-form words in drift/event_words.py and
unit conversions in drift/conversions.py; their names are re-exported here.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from numcheck.checkers.drift.conversions import conversion, days_apart
from numcheck.checkers.drift.coreference import Coreference
from numcheck.checkers.drift.event_words import (
    _event_lemmas,
    _event_words,
    _lemma,
    _near,
    _thing_lemmas,
    _thing_words,
)
from numcheck.checkers.drift.joins import JoinWords
from numcheck.checkers.drift.party_names import PartyWords, _party, parties_differ
from numcheck.checkers.drift.relations import MeasureRelations, build, component, merged
from numcheck.checkers.drift.senses import individuals_of, roots_of
from numcheck.checkers.drift.spans import SpanWords, span_of, window_length
from numcheck.checkers.drift.telling import telling_sets
from numcheck.claims import Claim
from numcheck.lexicon import Lexicon
from numcheck.quantity import Kind
from numcheck.text import norm

__all__ = ["Alignment", "PartyWords", "conversion", "days_apart", "parties_differ"]


@dataclass(frozen=True)
class Alignment:
    """The alignment vocabulary (numcheck/lexicon/alignment.toml), ready to use."""

    composites: Mapping[str, frozenset[str]]
    cumulative: frozenset[str]
    windows: Mapping[str, str]
    parties: tuple[tuple[str, tuple[str, ...]], ...]
    noise: frozenset[str]
    rolling: tuple[str, ...] = ()
    period_things: frozenset[str] = frozenset()  # revenue, profit: not compared (yet)
    amounts: frozenset[str] = frozenset()  # things that are amounts: revenue, turnout
    hypernyms: Mapping[str, str] = field(default_factory=dict)  # miner -> worker
    participants: str | None = None  # the root of participants named by role: people
    subgroups: frozenset[str] = frozenset()  # children, women: a part, never the group
    individuals: frozenset[str] = frozenset()  # "[length]": a size names one (senses.py)
    roots: Mapping[str, str] = field(default_factory=dict)  # trawler -> boat (senses.py)
    # arrests ~ charges: neighbouring measures, each event -> its siblings
    siblings: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # customers ~ people: neighbouring things of one event, each thing -> its siblings
    thing_siblings: Mapping[str, frozenset[str]] = field(default_factory=dict)
    sibling_min: float = 10.0  # the smallest figure whose repetition is no coincidence
    # descriptor words (lemmas) -> the synonym set's name: poll -> survey
    synonyms: Mapping[str, str] = field(default_factory=dict)
    counting_verbs: frozenset[str] = frozenset()  # "ballots counted": counts that only grow
    # "travelling at", "jailed for": a verb frame's figure is a fact of the story's event
    event_verbs: frozenset[str] = frozenset()
    # "core" / "headline": words that tell two measures of one head apart (lemmas)
    descriptor_siblings: tuple[frozenset[str], ...] = ()
    unmarked: frozenset[str] = frozenset()  # "confirmed": the reading when none is said
    # "employ" / "work", "carry" / "aboard": words that only tell how a desk says a
    # figure holds, one set per relation (lemmas; drift/telling.py)
    telling: tuple[frozenset[str], ...] = ()
    capacity: frozenset[str] = frozenset()  # "can carry", "licensed to carry": a capacity
    holding: frozenset[str] = frozenset()  # "had 412 stores": a holder's verb, no telling
    words: PartyWords = field(default_factory=lambda: PartyWords())  # claimants.toml [parties]
    # windows.toml [since]: days and months a window counts from ("since Saturday"), and
    # the words of an event's onset ("since the outbreak began")
    anchors: frozenset[str] = frozenset()
    onsets: frozenset[str] = frozenset()
    descriptions: Coreference | None = None  # "the company": the one company named
    # measures.toml [event_nouns]: "the dead", "the injured" name an event's counted
    # things ("nine of the dead": a part of the toll; drift/partitives.py)
    event_nouns: frozenset[str] = frozenset()
    # measures.toml [events] as (event, written form) and [things] as thing -> its forms,
    # and the words of [grammar] a form may leave out ("lose their jobs": their, will):
    # an event read from a figure's descriptor
    event_forms: tuple[tuple[str, str], ...] = ()
    thing_forms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    function_words: frozenset[str] = frozenset()
    spans: SpanWords = field(default_factory=lambda: SpanWords())  # how windows compare
    # [relations] measures: parts, wholes and siblings of the measures of every desk
    relations: MeasureRelations = field(default_factory=lambda: MeasureRelations())
    joins: JoinWords = field(default_factory=lambda: JoinWords())  # [widened]: "or" joins

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon | None = None) -> Alignment:
        return _alignment(lexicon or Lexicon.default())

    @classmethod
    def _build(cls, lex: Lexicon) -> Alignment:
        data: Mapping[str, Any] = lex["alignment"]
        flags: Mapping[str, Any] = lex["measures"].get("cumulative", {})
        listed = {norm(e) for e in data.get("cumulative", {}).get("events", [])}
        cumulative = (listed | {norm(e) for e, on in flags.items() if on is True}) - {
            norm(e) for e, on in flags.items() if on is False
        }
        windows = {_norm_window(k): _norm_window(v) for k, v in data.get("windows", {}).items()}
        relations = build(data.get("relations", {}).get("measures", {}),
                          lex["measures"].get("events", {}))
        composites, siblings = merged(
            {norm(k): frozenset(norm(p) for p in v) for k, v in data.get("composites", {}).items()},
            _siblings(data.get("siblings", {}).get("groups", [])), relations)
        return cls(
            composites=composites,
            cumulative=frozenset(cumulative),
            windows=windows,
            parties=tuple(
                (norm(name), tuple(norm(a) for a in aliases))
                for name, aliases in data.get("claimants", {}).items()
            ),
            noise=frozenset(norm(w) for w in data.get("claimant_noise", {}).get("words", [])),
            period_things=frozenset(
                norm(t) for t in data.get("period_measures", {}).get("things", [])
            ),
            hypernyms={
                norm(k): norm(str(v)) for k, v in lex["measures"].get("hypernyms", {}).items()
            },
            participants=norm(str(data["participants"]["root"]))
            if data.get("participants", {}).get("root")
            else None,
            subgroups=frozenset(
                norm(t) for t in data.get("participants", {}).get("subgroups", [])
            ),
            amounts=frozenset(
                norm(t) for t in lex["measures"].get("amounts", {}).get("things", [])
            ),
            individuals=individuals_of(data.get("individuals", {})),
            roots=roots_of(lex["measures"].get("hypernyms", {}), lex["checkers"].get("kinds", {})),
            rolling=tuple(
                _norm_window(p) for p in data.get("rolling_windows", {}).get("prefixes", [])
            ),
            siblings=siblings,
            thing_siblings=_siblings(data.get("siblings", {}).get("things", [])),
            sibling_min=float(data.get("siblings", {}).get("min_value", 10)),
            synonyms=_synonyms(data.get("descriptors", {}).get("synonyms", [])),
            counting_verbs=frozenset(
                norm(v) for v in data.get("descriptors", {}).get("cumulative", [])
            ),
            event_verbs=frozenset(
                norm(v) for v in data.get("descriptors", {}).get("events", [])
            ),
            descriptor_siblings=tuple(
                frozenset(norm(str(w)) for w in group)
                for group in data.get("descriptors", {}).get("siblings", [])
            ),
            unmarked=frozenset(
                norm(str(w)) for w in data.get("descriptors", {}).get("unmarked", [])
            ),
            telling=telling_sets(data.get("descriptors", {}).get("telling", []),
                                 data.get("descriptors", {}).get("siblings", [])),
            capacity=frozenset(
                norm(str(w)) for w in data.get("descriptors", {}).get("capacity", [])),
            holding=frozenset(
                norm(str(w)) for w in data.get("descriptors", {}).get("holding", [])),
            words=PartyWords.from_lexicon(lex),
            anchors=frozenset(norm(str(w)) for key in ("days", "months")
                              for w in lex["windows"].get("since", {}).get(key, ())),
            onsets=frozenset(norm(str(w)) for key in ("onset_verbs", "onset_nouns")
                             for w in lex["windows"].get("since", {}).get(key, ())),
            descriptions=Coreference.from_lexicon(lex),
            event_nouns=frozenset(
                norm(str(w)) for forms in lex["measures"].get("event_nouns", {}).values()
                for w in forms),
            event_forms=tuple((norm(e), norm(str(f)))
                              for e, forms in lex["measures"].get("events", {}).items()
                              for f in forms),
            thing_forms={norm(t): tuple(norm(str(f)) for f in forms)
                         for t, forms in lex["measures"].get("things", {}).items()},
            function_words=frozenset(
                norm(str(w)) for name in ("auxiliaries", "determiners", "possessives")
                for w in lex["measures"].get("grammar", {}).get(name, ())),
            spans=SpanWords.from_lexicon(lex),
            relations=relations,
            joins=JoinWords.from_table(data.get("widened", {})),
        )

    def party(self, claimant: str | None) -> str | None:
        """The party behind a claimant ("Russia's Defense Ministry" -> "russia")."""
        if not claimant:
            return None
        return _party(claimant, self.parties, self.noise, self.words)

    def resolve(self, named: Mapping[str, Collection[str]]) -> dict[str, str]:
        """Parties of one group of figures (each with the claimants written for it) that
        are descriptions of one named party there -> that party (drift/coreference.py)."""
        if self.descriptions is None:
            return {}
        return self.descriptions.resolve(named, parties_differ)

    def window(self, window: str | None) -> str | None:
        """A window as written, normalized: "past" is "last", equal lengths in one
        unit ("last 48 hours" = "last 2 days", "last 12 months" = "last 1 years")."""
        if not window:
            return None
        key = _norm_window(window)
        key = self.windows.get(key, key)
        return window_length(key)

    def span(self, claim: Claim) -> str | None:
        """The span of time drift compares a figure by (drift/spans.py): None for the
        story's own span, a date resolved against the article's date, else the window."""
        return span_of(self.window(claim.window), claim, self.spans)

    def total(self, claim: Claim, span: str | None) -> bool:
        """A count told since the story's own start ("since the protests began"), its
        span dropped (``span``): the story's total to the article's date."""
        return span is None and claim.window is not None

    def onset(self, window: str) -> bool:
        """ "since offensive began", "since start of outbreak": a window from the onset
        of an event (windows.toml [since] onset words), not from a day or a date."""
        words = window.split()
        if len(words) < 2 or words[0] != "since" or words[1] in self.anchors:
            return False
        return bool(set(words[1:]) & self.onsets) or " ".join(words[-2:]) in self.onsets

    def anchored(self, window: str | None) -> bool:
        """ "since Saturday", "since March 3": a window from a day of the story, whatever
        date it is told on; a count over it is counted up, it never falls."""
        words = (window or "").split()
        return len(words) > 1 and words[0] == "since" and (
            words[1] in self.anchors or words[1][:1].isdigit())

    def kinds(self, thing: str) -> list[str]:
        """``thing`` and its hypernyms, narrowest first (miner, worker, people)."""
        chain = [thing]
        while (up := self.hypernyms.get(chain[-1])) is not None and up not in chain:
            chain.append(up)
        return chain

    def thing_class(self, thing: str | None) -> str | None:
        """The block a thing aligns in: a participant named by role ("miner", "resident")
        blocks with the root of participants; a subgroup, anything else, by itself."""
        if thing is None or self.participants is None or thing in self.subgroups:
            return thing
        return self.participants if self.participants in self.kinds(thing) else thing

    def described_event(self, claim: Claim) -> str | None:
        """The event a count of a thing names only in its descriptor ("940 jobs will be
        lost", "recruit 2,000 temporary employees"): the one event of measures.toml
        [events] one of whose forms is all in the descriptor's lemmas and its thing's
        written forms ("lose their jobs": lose + job), with at least one descriptor word;
        None when no event or several fit. The lemmatizer is loaded only when the
        words already nearly spell a form (``_near``: most figures of a one-article
        check name none)."""
        key = claim.key
        if key.event is not None or key.thing is None or len(claim.measure) < 2:
            return None
        raw = frozenset(norm(w) for w in claim.measure[1:] if w.isalpha())
        things = self.thing_forms.get(key.thing, ())
        words = raw | _thing_words(things, self.function_words)
        if not any(all(any(_near(w, f) for w in words) for f in form)
                   and any(_near(w, f) for w in raw for f in form)
                   for form in _event_words(self.event_forms, self.function_words)):
            return self._table_event(raw)
        said = frozenset(_lemma(w) for w in raw)
        known = said | _thing_lemmas(things, self.function_words)
        found = {event for event, words in _event_lemmas(self.event_forms, self.function_words)
                 if words and words <= known and words & said}
        return found.pop() if len(found) == 1 else self._table_event(raw)

    def _table_event(self, raw: frozenset[str]) -> str | None:
        """The one measure of the relation table a count's descriptor verbs name ("19
        people admitted to ...": hospitalised; "1,900 people who work at the port": the
        workforce), or None. The lemmatizer is loaded only when a word nearly spells
        one of the table's words."""
        table = self.relations.verbs
        if not any(_near(w, t) for w in raw for t in table if " " not in t):
            return None
        found = {table[w] for w in self.content(raw) if w in table}
        return found.pop() if len(found) == 1 else None

    def things_align(self, a: str | None, b: str | None) -> bool:
        """Equal things, or participants one of which is a kind of the other ("miners"
        and "workers", "residents" and "people"; never "passengers" and "crew")."""
        if a == b or a is None or b is None:
            return a == b
        if self.thing_class(a) != self.thing_class(b) or {a, b} & self.subgroups:
            return False
        return b in self.kinds(a) or a in self.kinds(b)

    def thing_family(self, thing: str | None) -> str | None:
        """The name a thing's sibling things share (the first in sort order of all the
        things sibling groups join, however indirectly: homes and customers meet
        through people), so an engine that splits a corpus by key sends them to one
        place."""
        if not thing or thing not in self.thing_siblings:
            return thing
        return component(thing, self.thing_siblings)

    def head_measure(self, head: str | None) -> str | None:
        """The measure of the relation table a measured head names ("export" ->
        exports), or the head itself when it names a measure of ``[siblings]``."""
        if not head:
            return None
        return self.relations.measure(head) or (head if head in self.siblings else None)

    def kin(self, a: str | None, b: str | None) -> str | None:
        """How measure ``a`` relates to ``b``: "part", "whole", "sibling" (the relation
        table, ``[composites]`` and ``[siblings]``), or None."""
        if not a or not b or a == b:
            return None
        if a in self.composites.get(b, ()):
            return "part"
        if b in self.composites.get(a, ()):
            return "whole"
        if b in self.siblings.get(a, ()):
            return "sibling"
        found = self.relations.kin(a, b)
        return None if found is None else str(found)

    def content(self, words: Iterable[str]) -> frozenset[str]:
        """Descriptor words as drift compares them: lemmas, then synonym sets."""
        return frozenset(self.synonyms.get(w, w) for w in (_lemma(w) for w in words))

    @functools.cached_property
    def compared_siblings(self) -> tuple[frozenset[str], ...]:
        """``descriptor_siblings`` as descriptor words are compared (``content``:
        "suspected" is "suspect"), made once per vocabulary (measured.told_apart)."""
        return tuple(self.content(group) for group in self.descriptor_siblings)

    def lemma(self, word: str) -> str:
        """A descriptor word's lemma (numcheck/likeness.py's lemmatizer)."""
        return _lemma(word)

    def grows(self, claim: Claim) -> bool:
        """Whether a claim's count only grows: a cumulative event (killed, fled), or a
        count of no event whose descriptor says it is counted up ("3.8 million ballots
        had been counted", "pulled 23 people alive": ``[descriptors] cumulative``)."""
        if self.is_cumulative(claim.key.event):
            return True
        window = self.window(claim.window)
        if (claim.quantity.kind is Kind.COUNT and not claim.is_change
                and claim.quantity.change is None and window is not None
                and (self.anchored(window) or self.onset(window))):
            return True  # "5,000 people have fled since Saturday": counted up from a start
        return (claim.key.event is None and claim.quantity.kind is Kind.COUNT
                and bool(self.content(claim.measure[1:]) & self.counting_verbs))

    def is_cumulative(self, event: str | None) -> bool:
        return event is not None and norm(event) in self.cumulative

    def is_rolling(self, window: str | None) -> bool:
        """Whether a window rolls with the date it is written on ("last 24 hours")."""
        words = (window or "").split()
        return bool(words) and words[0] in self.rolling


def _synonyms(groups: Any) -> dict[str, str]:
    """Each word of a ``[descriptors] synonyms`` set -> the set's first word."""
    out: dict[str, str] = {}
    for group in groups:
        names = [norm(str(w)) for w in group]
        for name in names:
            out.setdefault(name, names[0])
    return out


def _siblings(groups: Any) -> dict[str, frozenset[str]]:
    """Each event of a ``[siblings]`` group -> the other events of its groups."""
    out: dict[str, set[str]] = {}
    for group in groups:
        names = {norm(str(e)) for e in group}
        for name in names:
            out.setdefault(name, set()).update(names - {name})
    return {name: frozenset(kin) for name, kin in out.items()}


@functools.cache
def _alignment(lexicon: Lexicon) -> Alignment:
    """One Alignment per lexicon (a Lexicon is immutable once built)."""
    return Alignment._build(lexicon)


def _norm_window(text: str) -> str:
    words = norm(text).removeprefix("in the ").removeprefix("the ").split()
    return " ".join("last" if w in ("past", "previous") else w for w in words)
