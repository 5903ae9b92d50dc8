"""The claim vocabulary, compiled once per lexicon from the TOML data files.

Word lists live in numcheck/lexicon/{measures,claimants,windows,scopes}.toml; this
module turns them into lookup tables and regexes so extraction never re-reads or
re-compiles anything per document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from types import MappingProxyType
from typing import Any, NamedTuple

import regex  # type: ignore[import-untyped, unused-ignore]

from numcheck.extract.distances import Distances, distances
from numcheck.extract.level_verbs import level_forms
from numcheck.extract.measure_phrase import (
    clause_verbs,
    dimensions,
    extents,
    institution_words,
    phrase_ends,
    property_nouns,
    value_words,
)
from numcheck.extract.patterns import LinePattern, compile_lines
from numcheck.extract.verbs import Verbs, verbs_from
from numcheck.lazyre import lazy_compile, lazy_regex
from numcheck.lexicon import Lexicon
from numcheck.parsing.nouns import Nouns
from numcheck.text import norm

PhraseTable = Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]


__all__ = [
    "NO_INCIDENT", "PhraseTable", "Vocab", "match_phrase", "norm", "phrase_table", "vocab_for"
]
NO_INCIDENT = "-"  # incident_names value of a phrase that names no incident


def phrase_table(groups: Mapping[str, Iterable[str]]) -> PhraseTable:
    """``{canonical: [forms]}`` -> first word -> ((words, canonical), ...) longest first."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for canonical, forms in groups.items():
        for form in forms:
            words = tuple(norm(form).split())
            if words:
                table.setdefault(words[0], []).append((words, canonical))
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in table.items()}


def match_phrase(table: PhraseTable, words: Sequence[str], i: int) -> tuple[str, int] | None:
    """The canonical name and length of the longest phrase starting at ``words[i]``."""
    for phrase, canonical in table.get(words[i], ()):
        n = len(phrase)
        if tuple(words[i : i + n]) == phrase:
            return canonical, n
    return None


def _words(items: Iterable[Any]) -> frozenset[str]:
    return frozenset(norm(str(w)) for w in items)


def _alternation(words: Iterable[str]) -> str:
    forms = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in forms)


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation factored as a trie: much faster to scan than a flat one."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [
            (r"\s+" if ch == " " else re.escape(ch)) + emit(sub)
            for ch, sub in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(root) + ")"


class Vocab(NamedTuple):
    """Everything extraction looks up, ready to use."""

    things: PhraseTable
    qualifiers: PhraseTable
    qualifier_things: Mapping[str, str]
    thing_qualifiers: Mapping[str, tuple[str, ...]]
    events: PhraseTable
    event_things: Mapping[str, str]
    event_nouns: Mapping[str, str]  # "casualties" -> people, applied when nothing else names it
    object_events: frozenset[str]
    object_skip: frozenset[str]  # "killed another 7"
    demonym_nouns: frozenset[str]  # "Russians": a nation's qualifier and a thing
    demonym_qualifiers: frozenset[str]  # their canonical qualifiers ("russian")
    demonym_default: str
    demonym_context: PhraseTable  # "troops" in the sentence: the Russians are soldiers
    anaphora: frozenset[str]
    change_verbs: frozenset[str]
    change_nouns: frozenset[str]
    level_markers: frozenset[str]
    auxiliaries: frozenset[str]
    prepositions: frozenset[str]
    conjunctions: frozenset[str]
    time_offsets: frozenset[str]  # "a day after ... was jailed": no event of the span's
    increments_after: frozenset[str]  # "one has since died": a step of a running count
    finite_verbs: frozenset[str]  # "58% voted yes": the figure heads its own clause
    complements: frozenset[str]  # "estimated the crowd at 2,000": the object names the figure
    relatives: frozenset[str]
    determiners: frozenset[str]
    possessives: frozenset[str]
    phrase_stops: frozenset[str]  # all of the function words above: a noun phrase ends
    phrase_ends: frozenset[str]  # "kilos of cocaine hidden in", "of the drug behind": ends
    property_nouns: Mapping[str, str]  # "the 480-bed hospital": the compound counts beds
    dimensions: frozenset[str]  # "the bridge is 1,060 metres long": the bridge's length
    bearer_extents: Mapping[str, str]  # "a crater 25 metres long": long -> length (bearers.py)
    bearer_values: frozenset[str]  # "a contract worth $900 million": the contract's value
    bearer_verbs: frozenset[str]  # "the three-week closure begins": no noun of its compound
    distances: Distances  # "Sarvane, 65 km to the south": the distance to Sarvane
    movers: frozenset[str]  # heads of things and incidents: "Storm Ilse" is no place
    predicates: PhraseTable  # matched backwards: words reversed
    level_verbs: PhraseTable  # "came to", "amounts to", "numbers": reversed, as predicates
    duration_verbs: PhraseTable  # "runs for", "took", "lasted": a duration's subject
    level_adverbs: frozenset[str]  # "Unemployment currently stands at 5.1%"
    collectives: frozenset[str]
    part_markers: PhraseTable  # matched backwards
    incident_re: re.Pattern[str] | None  # incident nouns and "separate incident"
    incident_names: Mapping[str, str]  # written form -> incident ("" for a marker)
    # claimants
    cue_re: re.Pattern[str]
    cue_verbs: frozenset[str]
    participles: frozenset[str]
    prefixes: frozenset[str]
    claimant_skip: frozenset[str]
    pronouns: frozenset[str]
    strip_leading: frozenset[str]
    claimant_stops: frozenset[str]
    possessors: PhraseTable
    adjective_after: frozenset[str]  # "an estimated 1,500": the cue is an adjective
    time_words: frozenset[str]  # "Rescuers on Friday said": skipped before a cue
    months: frozenset[str]
    organisation_words: frozenset[str]  # what "it said" may stand for
    # windows and places
    window_re: regex.Pattern[str]
    since_re: regex.Pattern[str]
    anchors: Mapping[str, str]
    window_units: Mapping[str, tuple[str, int]]
    window_numbers: Mapping[str, int | str]
    since_determiners: frozenset[str]  # dropped from "since the rain began"
    day_re: regex.Pattern[str]  # "on Thursday", "March 3", "yesterday" (windows.toml [days])
    day_offsets: Mapping[str, int]  # "yesterday" -> 1 (days before the article's date)
    weekdays: Mapping[str, int]  # "monday" -> 0
    day_months: Mapping[str, int]  # "march" -> 3
    past_year_re: regex.Pattern[str]  # "last year" ([days] last_year)
    past_month_re: regex.Pattern[str]  # "in January" with no day after it
    month_day_re: regex.Pattern[str]  # "July 18", whatever word stands before it
    period_bases: frozenset[str]  # "from last year": a comparison's base ([days] bases)
    period_intros: frozenset[str]  # "In a linked trial last year, ...": ([days] period_intros)
    period_bounds: frozenset[str]  # "After the floods last year, ...": ([days] not_after)
    place_re: regex.Pattern[str]
    not_places: frozenset[str]
    place_nouns: frozenset[str]
    place_intros: frozenset[str]  # "In Castellan, ...": the sentence's place
    place_parts: frozenset[str]  # "In Hatay province alone": a part of a wider figure
    # sentences and scopes
    abbreviations: frozenset[str]
    boilerplate_lines: tuple[LinePattern, ...]
    boilerplate_to_end: tuple[LinePattern, ...]
    boilerplate_tokens: tuple[LinePattern, ...]
    credit_lines: tuple[LinePattern, ...]
    trailing_credits: tuple[LinePattern, ...]
    max_caption_chars: int
    headline_max_words: int
    nouns: Nouns  # the parser's noun lemmas (nouns.toml): one lemmatizer in the project
    antecedents: frozenset[str]  # "four of them": the count refers back to a figure
    hypernyms: Mapping[str, str]  # trawler -> boat: a thing and the kind it is of
    # "a family of four", "a town of 40,000": one of many, described by its own figure
    individuals: frozenset[str] = frozenset()
    # "the company said": description word -> kind, kind -> words its names carry
    description_kinds: Mapping[str, str] = MappingProxyType({})
    description_names: Mapping[str, frozenset[str]] = MappingProxyType({})
    locative_heads: frozenset[str] = frozenset()  # "the city administration in Miren"
    # what a claimant may be (claimants.toml [agents])
    agent_heads: frozenset[str] = frozenset()
    agent_suffixes: tuple[str, ...] = ()
    documents: frozenset[str] = frozenset()
    document_links: frozenset[str] = frozenset()
    anonymous: frozenset[str] = frozenset()
    capitalized_only: frozenset[str] = frozenset()  # "news" names a speaker only as a name
    name_modifies: frozenset[str] = frozenset()  # "in the SELECT-HEART trial": no place
    institutions: frozenset[str] = frozenset()  # "at Norton Crown Court": the place is Norton
    own_place: frozenset[str] = frozenset()  # "in the city": the story's own place
    # event verbs in every inflection ([verbs], extract/verbs.py)
    verbs: Verbs = Verbs({}, {})

    def thing_at(self, words: Sequence[str], i: int) -> tuple[str, int] | None:
        """The lexicon thing starting at ``words[i]``, also when written in an inflection
        the table does not list (its lemma is looked up)."""
        found = match_phrase(self.things, words, i)
        if found is None:
            lemma = self.nouns.lemma(words[i])
            if lemma != words[i]:
                found = match_phrase(self.things, [lemma], 0)
        return found

    def lemma(self, word: str) -> str:
        return self.nouns.lemma(word)


def vocab_for(lexicon: Lexicon | None, extra_boilerplate: Sequence[str] = ()) -> Vocab:
    return _vocab(lexicon or Lexicon.default(), tuple(extra_boilerplate))


@cache
def _vocab(lexicon: Lexicon, extra_boilerplate: tuple[str, ...]) -> Vocab:
    m, c = lexicon["measures"], lexicon["claimants"]
    w, s = lexicon["windows"], lexicon["scopes"]
    g = m.get("grammar", {})
    things = phrase_table(m.get("things", {}))
    nouns = Nouns.from_section(lexicon["nouns"])
    cues = c.get("cues", {})
    verbs = _words(cues.get("verbs", ())) | _words(cues.get("participles", ()))
    prefixes = _words(cues.get("prefixes", ()))
    cue_forms = {f for w in verbs | prefixes for f in (w, w[:1].upper() + w[1:])}
    cue_re = lazy_compile(r"(?<![\w’'])" + trie_pattern(cue_forms) + r"(?![\w’'])")
    anchors = {norm(k): str(v) for k, v in w.get("anchors", {}).items()}
    units = {norm(k): (str(v[0]), int(v[1])) for k, v in w.get("units", {}).items()}
    numbers = {norm(k): v for k, v in w.get("numbers", {}).items()}
    leads = w.get("lead", {}).get("prepositions", ["in"])
    window_re = lazy_regex(
        r"\b(?:"
        + _alternation(leads)
        + r")\s+(?:the\s+)?(?P<anchor>"
        + _alternation(anchors)
        + r")\s+(?:(?P<n>\d+|"
        + _alternation(numbers)
        + r")\s+)?(?P<unit>"
        + _alternation(units)
        + r")\b",
        regex.IGNORECASE,
    )
    since = w.get("since", {})
    determiners = _alternation(since.get("determiners", ("the",)))
    since_re = lazy_regex(
        r"\bsince\s+(?:(?P<when>(?:"
        + _alternation(since.get("months", ()))
        + r")\.?\s+\d{1,2}\b|(?:"
        + _alternation([*since.get("days", ()), *since.get("events", ())])
        + r")\b)"
        + r"|(?:(?:"
        + determiners
        + r")\s+)?(?P<noun>"
        + _alternation(since.get("onset_nouns", ()))
        + r")\s+of\b"
        + r"|(?P<what>(?:[\p{L}\-'’]+\s+){1,4}?)(?P<verb>"
        + _alternation(since.get("onset_verbs", ()))
        + r")\b)",
        regex.IGNORECASE,
    )
    days = w.get("days", {})
    weekdays = {norm(d): i for i, d in enumerate(since.get("days", ()))}
    months = {norm(m): _month_number(norm(m)) for m in since.get("months", ())}
    offsets = {norm(f): 0 for f in days.get("today", ())}
    offsets.update({norm(f): 1 for f in days.get("yesterday", ())})
    bounds = _alternation(days.get("not_after", ()))
    day_re = lazy_regex(
        (rf"(?<!\w)(?<!\b(?i:{bounds})\s+)" if bounds else r"(?<!\w)")
        + r"(?:(?P<wd>(?i:" + _alternation(weekdays) + r"))(?:’s|'s)?(?!\w)"
        + r"|(?P<month>" + _alternation(m.capitalize() for m in months) + r")\.?\s+"
        + r"(?P<d>\d{1,2})(?!\d)"
        + r"|(?P<rel>(?i:" + _alternation(offsets) + r"))(?!\w))"
    )
    places = w.get("places", {})
    place_re = lazy_regex(
        r"\b(?i:" + _alternation(places.get("prepositions", ())) + r")\s+(?P<the>(?i:the)\s+)?"
        r"(?P<place>(?i:" + _alternation(places.get("nouns", ())) + r")\b"
        r"|\p{Lu}[\p{L}\p{N}\-]+(?:\s+\p{Lu}[\p{L}\p{N}\-]+)*)",
    )
    incidents = m.get("incidents", {})
    incident_names = {
        " ".join(norm(f).split()): str(name)
        for name, forms in incidents.get("nouns", {}).items()
        for f in forms
    }
    incident_names.update({" ".join(norm(f).split()): "" for f in incidents.get("separate", ())})
    # phrases holding an incident noun that name no incident ("heart attack"): matched
    # whole, so the noun inside is consumed and ignored
    incident_names.update(
        {" ".join(norm(f).split()): NO_INCIDENT for f in incidents.get("not_incidents", ())}
    )
    # a noun that only modifies the next one ("fire crews", "crash investigators")
    # names no incident
    heads = sorted({" ".join(norm(h).split()) for h in incidents.get("modifier_of", ())})
    not_modifier = (
        r"(?!\s+(?:" + "|".join(re.escape(h) for h in heads) + r")(?!\w))" if heads else ""
    )
    incident_re = (  # a trie with stdlib re: scanned over every paragraph with a figure
        lazy_compile(
            r"(?<!\w)" + trie_pattern(incident_names) + r"(?!\w)" + not_modifier, re.IGNORECASE
        )
        if incident_names
        else None
    )
    boiler = s.get("boilerplate", {})
    event_verbs = verbs_from(m.get("verbs", {}))
    qualifiers = phrase_table(m.get("qualifiers", {}))
    demonyms = _words(m.get("demonyms", {}).get("nouns", ()))
    captions = s.get("captions", {})
    return Vocab(
        things=things,
        qualifiers=qualifiers,
        qualifier_things={norm(k): str(v) for k, v in m.get("qualifier_things", {}).items()},
        thing_qualifiers={k: tuple(v) for k, v in m.get("thing_qualifiers", {}).items()},
        events=phrase_table(_with_verbs(m.get("events", {}), event_verbs)),
        event_things={norm(k): str(v) for k, v in m.get("event_things", {}).items()},
        event_nouns={
            norm(form): str(thing)
            for thing, forms in m.get("event_nouns", {}).items()
            for form in forms
        },
        object_events=_words(m.get("object_events", {}).get("words", ())),
        object_skip=_words(m.get("object_events", {}).get("skip", ())),
        demonym_nouns=demonyms,
        demonym_qualifiers=frozenset(
            hit[0] for d in demonyms if (hit := match_phrase(qualifiers, [d], 0)) is not None
        ),
        demonym_default=str(m.get("demonyms", {}).get("default", "people")),
        demonym_context=phrase_table(m.get("demonyms", {}).get("context", {})),
        anaphora=_words(m.get("anaphora", {}).get("words", ())),
        change_verbs=_words(m.get("change", {}).get("verbs", ())),
        change_nouns=_words(m.get("change", {}).get("nouns", ())),
        level_markers=_words(m.get("change", {}).get("level_markers", ())),
        auxiliaries=_words(g.get("auxiliaries", ())),
        prepositions=_words(g.get("prepositions", ())),
        conjunctions=_words(g.get("conjunctions", ())),
        time_offsets=_words(g.get("time_offsets", ())),
        increments_after=_words(g.get("increments_after", ())),
        finite_verbs=_words(g.get("finite_verbs", ())),
        complements=_words(g.get("complements", ())),
        relatives=_words(g.get("relatives", ())),
        determiners=_words(g.get("determiners", ())),
        possessives=_words(g.get("possessives", ())),
        phrase_stops=frozenset().union(
            *(
                _words(g.get(name, ()))
                for name in (
                    "auxiliaries",
                    "prepositions",
                    "conjunctions",
                    "relatives",
                    "determiners",
                    "possessives",
                )
            )
        ),
        phrase_ends=phrase_ends(m.get("measure_phrase", {}), things),
        predicates=_reversed_table([
            *g.get("predicates", ()),
            *level_forms(g.get("level_verbs", ()), g.get("level_irregular", {}))]),
        level_verbs=_reversed_table(
            level_forms(g.get("level_verbs", ()), g.get("level_irregular", {}))),
        duration_verbs=_reversed_table(level_forms(
            g.get("duration_verbs", ()), g.get("level_irregular", {}), "grammar.duration_verbs")),
        level_adverbs=_words(g.get("level_adverbs", ())),
        collectives=_words(g.get("collectives", ())),
        part_markers=_reversed_table(g.get("part_markers", ())),
        incident_re=incident_re,
        incident_names=incident_names,
        movers=frozenset([*(words[-1] for forms in things.values() for words, _ in forms),
                          *(name.split()[-1] for name in incident_names if name)])
        - _words(g.get("prepositions", ())) - _words(g.get("determiners", ())),
        cue_re=cue_re,
        cue_verbs=_words(cues.get("verbs", ())),
        participles=_words(cues.get("participles", ())),
        prefixes=prefixes,
        claimant_skip=_words(cues.get("skip", ())),
        pronouns=_words(cues.get("pronouns", ())),
        strip_leading=_words(c.get("strip", {}).get("leading", ())),
        claimant_stops=_words(c.get("stops", {}).get("words", ())),
        possessors=phrase_table(c.get("possessors", {})),
        adjective_after=_words(cues.get("adjective_after", ())),
        time_words=_words(c.get("times", {}).get("words", ())),
        months=_words(c.get("times", {}).get("months", ())),
        organisation_words=_words(c.get("organisations", {}).get("words", ())),
        window_re=window_re,
        since_re=since_re,
        anchors=anchors,
        window_units=units,
        window_numbers=numbers,
        since_determiners=_words(since.get("determiners", ("the",))),
        day_re=day_re,
        day_offsets=offsets,
        weekdays=weekdays,
        day_months=months,
        past_year_re=lazy_regex(
            r"(?<!\w)(?i:" + _alternation(norm(x) for x in days.get("last_year", ())) + r")(?!\w)"
        ),
        past_month_re=lazy_regex(
            r"(?<!\w)(?i:" + _alternation(norm(x) for x in days.get("month_intros", ())) + r")\s+"
            + r"(?P<month>" + _alternation(m.capitalize() for m in months) + r")\b(?!\.?\s*\d)"
        ),
        period_bases=_words(days.get("bases", ())),
        period_intros=_words(days.get("period_intros", ())),
        period_bounds=_words(days.get("not_after", ())),
        month_day_re=lazy_regex(
            r"(?<!\w)(?P<month>" + _alternation(m.capitalize() for m in months) + r")\.?\s+"
            + r"(?P<d>\d{1,2})(?!\d)"
        ),
        place_re=place_re,
        not_places=_words(places.get("not_places", ())),
        place_nouns=_words(places.get("nouns", ())),
        place_intros=_words(places.get("intro_prepositions", ())),
        place_parts=_words(places.get("part_markers", ())),
        name_modifies=_words(places.get("name_modifies", ())),
        institutions=institution_words(places),
        own_place=_words(places.get("own_place", ())),
        abbreviations=_words(s.get("sentences", {}).get("abbreviations", ())),
        boilerplate_lines=compile_lines(
            [*boiler.get("lines", ()), *extra_boilerplate], "boilerplate"
        ),
        boilerplate_to_end=compile_lines(boiler.get("to_end", ()), "boilerplate"),
        boilerplate_tokens=compile_lines(boiler.get("tokens", ()), "boilerplate"),
        credit_lines=compile_lines(captions.get("credit_lines", ()), "caption"),
        trailing_credits=compile_lines(captions.get("trailing_credits", ()), "caption"),
        max_caption_chars=int(captions.get("max_caption_chars", 400)),
        headline_max_words=int(s.get("headline", {}).get("max_words", 16)),
        nouns=nouns,
        property_nouns=property_nouns(m.get("property_frames", {}), things, nouns.lemma),
        dimensions=dimensions(m.get("property_frames", {})),
        bearer_extents=extents(m.get("bearers", {})),
        bearer_values=value_words(m.get("bearers", {})),
        bearer_verbs=clause_verbs(m.get("bearers", {})),
        distances=distances(m.get("distances", {})),
        antecedents=_words(m.get("antecedents", {}).get("words", ())),
        individuals=_words(m.get("counted", {}).get("individuals", ())),
        hypernyms={norm(k): norm(str(v)) for k, v in m.get("hypernyms", {}).items()},
        verbs=event_verbs,
        **_descriptions(c.get("descriptions", {})),
        **_agents(c.get("agents", {})),
    )


def _with_verbs(events: Mapping[str, Iterable[str]], verbs: Verbs) -> dict[str, list[str]]:
    """``[events]`` with every inflection of its verbs (``[verbs.events]``) added."""
    out = {name: list(forms) for name, forms in events.items()}
    for name, forms in verbs.forms().items():
        out.setdefault(name, []).extend(forms)
    return out


def _agents(data: Mapping[str, Any]) -> dict[str, Any]:
    """claimants.toml [agents]: the heads a claimant may end in, the documents that
    carry a source's figures and the words linking them to it."""
    return {
        "agent_heads": _words(data.get("heads", ())),
        "agent_suffixes": tuple(sorted(_words(data.get("suffixes", ())), key=len)),
        "documents": _words(data.get("documents", ())),
        "document_links": _words(data.get("links", ())),
        "anonymous": _words(data.get("anonymous", ())),
        "capitalized_only": _words(data.get("capitalized_only", ())),
    }


def _descriptions(data: Mapping[str, Any]) -> dict[str, Any]:
    """claimants.toml [descriptions]: kinds of described speakers, and locative heads."""
    kinds = {k: v for k, v in data.items() if k != "locative" and isinstance(v, Mapping)}
    return {
        "description_kinds": {
            norm(str(w)): kind for kind, v in kinds.items() for w in v.get("words", ())
        },
        "description_names": {kind: _words(v.get("names", ())) for kind, v in kinds.items()},
        "locative_heads": _words(data.get("locative", {}).get("words", ())),
    }


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _month_number(name: str) -> int:
    """ "sept" and "september" -> 9: months are known by their first three letters."""
    return _MONTHS.index(name[:3]) + 1


def _reversed_table(forms: Iterable[str]) -> PhraseTable:
    """Phrases keyed by their last word, words reversed, for matching backwards."""
    return phrase_table({norm(f): [" ".join(reversed(norm(f).split()))] for f in forms})
