"""Alignment vocabulary: parties, windows, composites and units, normalized.

The words live in numcheck/lexicon/alignment.toml; this module turns them into the
small normalizations the claim index (numcheck/checkers/drift/align.py) and the drift verdicts use:
who a claimant is (a party), which windows mean the same span, which events only
grow, which documents belong to one story set, and how units of one dimension convert.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from numcheck.checkers.drift.coreference import Coreference, same_name
from numcheck.checkers.drift.relations import MeasureRelations, build, component, merged
from numcheck.checkers.drift.senses import individuals_of, roots_of
from numcheck.checkers.drift.spans import SpanWords, span_of, window_length
from numcheck.checkers.drift.telling import telling_sets
from numcheck.claims import Claim
from numcheck.interval import Interval
from numcheck.lexicon import Lexicon
from numcheck.quantity import Kind
from numcheck.text import norm


@dataclass(frozen=True)
class PartyWords:
    """claimants.toml [parties]: the words that tell a source's party from its wording."""

    offices: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    voices: frozenset[str] = frozenset()
    owned: frozenset[str] = frozenset()
    generic: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()  # agent heads: "police officials" are police
    staff: frozenset[str] = frozenset()  # "Environment Agency engineers": the agency
    forms: frozenset[str] = frozenset()  # legal forms: "Prairie Electric Cooperative"
    organs: frozenset[str] = frozenset()  # "Russia's Defence Ministry" is Russia's

    @classmethod
    def from_lexicon(cls, lex: Lexicon) -> PartyWords:
        data: Mapping[str, Any] = lex["claimants"]
        table: Mapping[str, Any] = data.get("parties", {})

        def words(name: str, source: Mapping[str, Any] = table) -> frozenset[str]:
            return frozenset(norm(str(w)) for w in source.get(name, ()))

        return cls(
            offices=words("offices"),
            honorifics=words("honorifics"),
            voices=words("voices"),
            owned=words("owned"),
            generic=words("generic"),
            bodies=words("bodies"),
            heads=words("heads", data.get("agents", {}))
            | words("words", data.get("organisations", {})),
            staff=words("staff"),
            forms=words("forms"),
            organs=words("organs") | words("bodies"),
        )


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


def _lemma(word: str) -> str:
    """A descriptor word's lemma (numcheck/likeness.py, the one lemmatizer: simplemma,
    imported only when two articles' descriptors are compared)."""
    from numcheck.likeness import lemma

    return lemma(word)


def _content_lemmas(phrase: str, stops: frozenset[str]) -> frozenset[str]:
    return frozenset(_lemma(w) for w in phrase.split() if w not in stops and w.isalpha())


@cache
def _event_lemmas(forms: tuple[tuple[str, str], ...],
                  stops: frozenset[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each event form's content words as lemmas ("lost their jobs": lose, job)."""
    return tuple((event, _content_lemmas(form, stops)) for event, form in forms)


@cache
def _event_words(forms: tuple[tuple[str, str], ...],
                 stops: frozenset[str]) -> frozenset[frozenset[str]]:
    """Each event form's content words as written (no lemmatizer)."""
    return frozenset(frozenset(w for w in form.split() if w not in stops and w.isalpha())
                     for _, form in forms) - {frozenset()}


@cache
def _thing_words(forms: tuple[str, ...], stops: frozenset[str]) -> frozenset[str]:
    return frozenset(w for form in forms for w in form.split() if w not in stops)


def _near(word: str, other: str) -> bool:
    """Whether two words may share a lemma, judged by their spelling alone: a common
    start of all but one letter of the shorter, three to five letters ("lost" and
    "lose", "shedding" and "shed", "recruited" and "recruit"; not "capital" and
    "captured")."""
    need = min(5, max(3, min(len(word), len(other)) - 1))
    return word[:need] == other[:need]


@cache
def _thing_lemmas(forms: tuple[str, ...], stops: frozenset[str]) -> frozenset[str]:
    return frozenset(w for form in forms for w in _content_lemmas(form, stops))


def _siblings(groups: Any) -> dict[str, frozenset[str]]:
    """Each event of a ``[siblings]`` group -> the other events of its groups."""
    out: dict[str, set[str]] = {}
    for group in groups:
        names = {norm(str(e)) for e in group}
        for name in names:
            out.setdefault(name, set()).update(names - {name})
    return {name: frozenset(kin) for name, kin in out.items()}


@cache
def _alignment(lexicon: Lexicon) -> Alignment:
    """One Alignment per lexicon (a Lexicon is immutable once built)."""
    return Alignment._build(lexicon)


@cache
def _party_pattern(alias: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])" + re.escape(alias) + r"(?![\w])")


def _party(
    claimant: str,
    parties: tuple[tuple[str, tuple[str, ...]], ...],
    noise: frozenset[str],
    known: PartyWords | None = None,
) -> str:
    text = norm(claimant.replace("’", "'"))
    for name, aliases in parties:
        if any(_party_pattern(alias).search(text) for alias in aliases) and (
                text.removeprefix("the ") in aliases or not _own_name(claimant, known)):
            return name
    raw = claimant.replace("’", "'").split()
    while raw and (raw[0].lower() in noise or raw[0].isdigit()):
        raw.pop(0)
    if known is not None and raw:
        raw = _speaker(raw, known)
    words = [w.lower() for w in raw]
    if words:
        words[-1] = words[-1].removesuffix("'s")  # "Bramwell's said": Bramwell
    return " ".join(words) or text


def _own_name(claimant: str, known: PartyWords | None) -> bool:
    """ "UK Fireball Network", "British Airways": a proper name of several capitalized
    words whose head is no organ of a state or of the UN is its own party, whatever
    alias it holds ("Russia's Defence Ministry", "UN Relief Coordination Office" are
    the state's, the UN's)."""
    if known is None:
        return False
    words = [w for w in claimant.replace("’", "'").split() if w.lower() not in ("the", "a")]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    return norm(words[-1].strip(".,")).removesuffix("'s") not in known.organs


def _speaker(raw: list[str], known: PartyWords) -> list[str]:
    """The party's words of a claimant: an office, not its holder's name ("Mayor Ileana
    Drost" -> "Mayor"); a person, not an honorific ("Dr Helen Okonjo"); a body, not its
    voice ("the fire service spokesman", "the mayor's office" -> "mayor"); and the people
    of a body by their domain ("health authorities" -> "health officials")."""
    raw = [w for k, w in enumerate(raw) if not _honorific(raw, k, known)]
    low = [w.lower().strip(".,") for w in raw]
    for t in range(len(raw) - 2, -1, -1):
        if (low[t] in known.offices or low[t] in known.voices) and _person(raw[t + 1 :], known):
            raw, low = raw[: t + 1], low[: t + 1]  # "regional governor Ilya Sarn"
            break
    if len(low) > 1 and low[-1] in known.voices:
        raw, low = raw[:-1], low[:-1]  # "the fire service spokesman"
    if len(low) > 1 and low[-1] in known.staff and raw[-1].islower() and (
        raw[-2][:1].isupper() or low[-2] in known.heads
    ):
        raw, low = raw[:-1], low[:-1]  # "Environment Agency engineers", "council staff"
    for size in (2, 1):
        owner = low[-size - 1] if len(low) > size else ""
        if owner.endswith("'s") and " ".join(low[-size:]) in known.owned:
            return [*raw[: -size - 1], raw[-size - 1].removesuffix("'s")]  # "governor's office"
    named = next((k for k, w in enumerate(raw) if w[:1].isupper()), len(raw))
    if 0 < named < len(raw) and all(w[:1].isupper() for w in raw[named:]):
        return raw[named:]  # "owner Kestrel Logistics", "grid operator Stedin"
    if len(low) > 1 and low[-1] in known.generic and raw[-1].islower():
        if low[-2].removesuffix("'s") in known.heads:
            return raw[:-1]  # "police officials": police
        return [*raw[:-1], "officials"]  # "health authorities": health officials
    return raw


def _honorific(raw: list[str], k: int, known: PartyWords) -> bool:
    """ "Dr Helen Okonjo": a person's title before a name is no part of the party."""
    low = raw[k].lower()
    return low in known.honorifics and k + 1 < len(raw) and raw[k + 1][:1].isupper()


def _person(tail: list[str], known: PartyWords) -> bool:
    """One to three capitalized words that are no organisation's ("Ilya Sarn")."""
    if not 1 <= len(tail) <= 3:
        return False
    return all(w[:1].isupper() and w.lower().strip(".,") not in known.heads for w in tail)


def _norm_window(text: str) -> str:
    words = norm(text).removeprefix("in the ").removeprefix("the ").split()
    return " ".join("last" if w in ("past", "previous") else w for w in words)


def parties_differ(a: str | None, b: str | None) -> bool:
    """Known and different. A short description is the same party as a name holding
    its words: "office" and "regional emergency office", "the fire service" and
    "Lowland Fire and Rescue Service", "police" and "West Riding Police"."""
    if a is None or b is None or a == b:
        return False
    if _officials_of(a, b) or _officials_of(b, a):
        return False
    short, long = sorted((a.split(), b.split()), key=len)
    if long[len(long) - len(short) :] == short:
        return False
    words = Alignment.from_lexicon().words
    if same_name(a, b, words.forms):
        return False  # "ngt" and "northern gas transmission"
    if len(long) > len(short) and long[-1] in words.bodies and (
            long[len(long) - len(short) - 1 : -1] == short):
        return False  # "police" and "the city police department"
    return not (len(short) <= 3 and short[-1] == long[-1] and set(short) <= set(long))


def _officials_of(a: str, b: str) -> bool:
    """ "health officials" speak for "the national health agency": the people of a body
    (``Alignment.party`` names them "<domain> officials") and a body of their domain."""
    officials, body = a.split(), b.split()
    if len(officials) < 2 or officials[-1] != "officials" or len(body) < 2:
        return False
    bodies = Alignment.from_lexicon().words.bodies
    return body[-1] in bodies and set(officials[:-1]) <= set(body[:-1])


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

