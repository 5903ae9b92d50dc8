"""Figures restated by reference: "the 221 dead", "Price's 49,813 votes", "the 168-guest
reception", "the 421 million trips figure".

A definite noun phrase carrying a number (after "the", "these", "its", a possessive)
presupposes the figure the article already gave for that noun: the reader takes it
for the same thing, whoever is speaking in its sentence. So it is compared with the
earlier figures counting the same noun with the same modifiers ("the 1,640 public
schools" narrows "1,100 schools"), for the same event (or none on both sides),
incident, qualifiers, time window and place (a reference without a place may name a
placed figure, not the other way round), claimant aside, and written the same way (a
compound adjective, "the 112-car train", describes its head: it restates only another
compound, "a 114-car train", never "24 cars derailed"); it agrees when it fits any
of them. A possessor narrows the set ("the Social Democrats' 52 seats" is not "93
seats"): it refers only to a figure with the same possessor, unless the phrase names
the statistic itself ("Harwick's 2.1 million homes figure"). A modifier after the noun
narrows the set too ("the 150 workers on the night shift", "the 2,000 jobs created by
the plan"), unless it repeats the event ("the 14 officers injured since Wednesday").
A partitive whole ("nine of the 41 miners") is left to NC201, on either side. The words
are data (checkers.toml, ``[restated]``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Any, NamedTuple

from numcheck.checkers._anaphora_seen import Phrase as _Phrase
from numcheck.checkers._anaphora_seen import Seen as _Seen
from numcheck.checkers._anaphora_words import content as _content
from numcheck.checkers._anaphora_words import participle as _participle
from numcheck.checkers._anaphora_words import participles as _participles
from numcheck.checkers._compare import (
    before,
    between,
    checkable,
    compiled,
    cue_set,
    same_incident,
    same_place,
    same_sentence,
    sentence_of,
    squash,
    stem,
)
from numcheck.checkers._heads import HeadWords, lemma
from numcheck.checkers._restate_adjunct import adjunct_part
from numcheck.checkers._restate_another import AnotherWords, told_apart_by
from numcheck.checkers._restate_kin import Kin, fronted
from numcheck.checkers._restate_pair import near
from numcheck.checkers._restate_retold import Retellings, retold_by_verb
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind, Level

Places = Callable[[Claim], "frozenset[str] | None"]
_KINDS = frozenset({Kind.COUNT, Kind.MEASURE})
_HEADED = frozenset({Kind.COUNT, Kind.MEASURE, Kind.DURATION})  # "the 34-month trial"
_MONEYLIKE = frozenset({Kind.MONEY, Kind.PERCENT})
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_PUNCT = "\"“”‘’'(),.;:"
_QUOTES = "\"“”‘’'()"  # _PUNCT without the clause marks
_PARTITIVE = frozenset({"of the", "of its", "of their"})
_YEAR = lazy_compile(r"\b(?:1[89]|20)\d\d\b")
_LIST_LINKS = frozenset({",", "and", ", and", "or", ", or"})


class _Words(NamedTuple):
    determiners: frozenset[str]
    blockers: frozenset[str]
    statistics: frozenset[str]
    post_modifiers: frozenset[str]
    relatives: frozenset[str]
    times: frozenset[str]
    heads: HeadWords
    generic: frozenset[str]  # nouns that name no population of their own ("people")
    retellings: Retellings  # a relative clause retelling a figure by its verb
    kin: Kin  # another noun for one set ("the 36 shops" after "63 stores")
    another: AnotherWords  # another period or holder ("Last season ... the club's 52 goals")
    participles: frozenset[str] = frozenset()  # irregular ones: "the 2,047 people taken to"

    @classmethod
    def of(cls, lex: Mapping[str, Any]) -> _Words:
        cues: Mapping[str, Any] = lex.get("restated", {})
        return cls(
            cue_set(cues, "determiners"),
            cue_set(cues, "not_references"),
            cue_set(cues, "statistic_nouns"),
            cue_set(cues, "post_modifiers"),
            cue_set(cues, "relative_pronouns"),
            frozenset(stem(x) for x in cue_set(lex.get("spread", {}), "times")),
            HeadWords.of(lex),
            cue_set(lex, "generic_things"),
            Retellings.of(lex),
            Kin.of(lex),
            AnotherWords.of(lex),
            _participles(cues),
        )


def _counted(document: Document, claim: Claim, w: _Words) -> tuple[str, str, tuple[str, ...]]:
    """What a figure counts (its matching key), what the number itself counts, and the
    head it modifies; empty when it is no figure a definite phrase can restate."""
    q = claim.quantity
    base = q.noun or q.unit or ""
    if q.head and q.kind in _HEADED:  # "the 100,000-bpd unit": matched by its head,
        head = tuple(lemma(x) for x in q.head.lower().split())  # "a 186-guest wedding":
        return (q.noun if q.kind is Kind.COUNT and q.noun else f"{q.head} (compound)"), base, head
    if q.kind in _MONEYLIKE:  # "the $42.8 million budget", "the 4.6% inflation rate"
        head = w.heads.head_after(document, claim)
        if not head:
            return f"{base} (amount)", base, ()  # an earlier figure only
        return f"{' '.join(head)} (compound)", base, head
    if q.noun and q.kind is Kind.COUNT:
        return q.noun, base, ()
    if q.kind is Kind.MEASURE and q.unit:  # "the 540 kilograms seized"
        return f"{q.unit} (unit)", base, ()
    if q.kind is Kind.DURATION and q.unit:  # "the trial lasted 34 months": earlier only
        return f"{q.unit} (amount)", base, ()
    if claim.key.thing and q.kind in _KINDS:
        return claim.key.thing, base, ()
    named = w.heads.number_of(document, claim) if q.kind is Kind.COUNT else None
    if named is not None:  # "The number of patients waiting ... rose to 44,600"
        return named, named, ()
    return "", base, ()


def _phrase(document: Document, claim: Claim, w: _Words) -> _Phrase | None:
    q = claim.quantity
    if q.value is None or q.level is Level.OLD or claim.is_change:
        return None
    counted, base, head = _counted(document, claim, w)
    if not counted:
        return None
    words = [x.strip(_PUNCT) for x in before(document, claim, 40).split()]
    last = words[-1] if words else ""
    possessive = len(last) > 3 and last.endswith(_POSSESSIVE)
    determiner = last if last in w.determiners or possessive else None
    end = claim.location.end
    raw = squash(document.prose[end : end + 60]).split()
    after = [x.strip(_PUNCT) for x in raw]
    prefix = counted[: max(3, len(counted) - 1)]
    named = counted == base and not (q.noun or q.unit)  # "the number of patients ... 40"
    at = None if named else next((i for i, x in enumerate(after[:4]) if x.startswith(prefix)), None)
    subject = squash(claim.subject or "").split()
    if at is None and subject and not q.noun and after[: len(subject)] == subject:
        at = len(subject) - 1  # "the four injured mounted officers": its subject's noun
    modifiers = tuple(after[:at]) if at is not None else ()
    if " ".join(modifiers[:2]) in _PARTITIVE:  # "63 of its shops": the part counts shops
        modifiers = modifiers[2:]
    said = set(squash(claim.event).split()) if claim.key.event and claim.event else set()
    modifiers = tuple(m for m in modifiers if m not in said)  # "the 14 injured officers"
    following = after[at + 1] if at is not None and at + 1 < len(after) else ""
    statistic = following in w.statistics or bool(head and w.heads.generic(head))
    event = _event(claim)
    nouns = w.heads.event_of_noun(counted)
    if event is None and nouns:
        event = nouns[0]  # "the 212 victims": the dead
    if event is None and at is not None:
        event = w.heads.post_event(after[at + 1 :])  # "the 530 jobs to go": cut
    if (after and after[0] in w.blockers) or counted.endswith("(amount)"):
        determiner = None  # "the $3m": a plain amount restates nothing by its words
    narrowed: tuple[str, ...] = ()
    rest = after[at + 1 :] if at is not None else []
    # the same words with their clause marks, where a modifier ends (``_modifier``)
    told = [x.strip(_QUOTES) for x in raw[at + 1 :]] if at is not None else []
    while rest and rest[0] in said:  # "the 12 people arrested for assault": past its event
        rest, told = rest[1:], told[1:]
    past_event = len(rest) < len(after) - (at or 0) - 1
    following = rest[0] if rest else ""
    # "the six injured officers in Leeds", "the 12 people arrested for assault": a place
    # or clause after a noun whose event was said narrows the set, as after a noun
    # without an event
    prepositional = bool(said) and following in w.post_modifiers
    if (
        not statistic
        and (event is None or prepositional)
        and _narrows(following, w)
        and at is not None
    ):
        # "the 150 workers on the night shift": a part, unless the figure it names was
        # said of the same words ("the 46,400 patients who waited more than 12 hours");
        # the modifier ends at its clause's verb ("... from the tower were taken")
        narrowed = w.heads.content(_modifier(told[:5], w))[:2]
        retold = _complement(_modifier(told[:_COMPLEMENT], w), w)
        if past_event and set(narrowed) <= w.times:
            narrowed = ()  # "the 36 homes destroyed on Monday": when, not which homes
        elif not narrowed:
            determiner = None
    return _Phrase(
        counted, modifiers, determiner, possessive, statistic, base, head, event, narrowed,
        retold=retold if narrowed else (),
    )


# words after the noun read for a modifier's complement ("who had come from across the
# county"): a complement that names a part is short, and the modifier ends at a clause
# mark or its clause's verb (``_modifier``) before this on most sentences
_COMPLEMENT = 9
_AUXILIARIES = frozenset({"been", "being", "be"})


def _complement(words: list[str], w: _Words) -> tuple[str, ...]:
    """The content words of a modifier's complement when a verb opens the modifier: a
    participle ("placed in hotels") or a relative clause's verb after its auxiliaries
    ("who had come from across the county"). The verb tells what happened to the set,
    as any desk retells it; the complement says which of it (where, from whom)."""
    if not words:
        return ()
    at = 0
    if words[0] in w.relatives:
        at = 1
        while at < len(words) and (
            words[at] in _AUXILIARIES or w.heads.predicate([words[at]])
        ):
            at += 1
    elif not _participle(words[0], w.participles):
        return ()  # "the 150 workers on the night shift": the preposition narrows
    return w.heads.content([x for x in words[at + 1 :] if x not in w.determiners])


def _modifier(words: list[str], w: _Words) -> list[str]:
    """The words of a modifier after a noun, up to a clause mark or its clause's finite
    verb; a relative clause holds its own verb ("who had travelled to help")."""
    relative = bool(words[:1]) and words[0] in w.relatives
    for i, word in enumerate(words):
        if i and not relative and w.heads.predicate([word]):
            return [x.strip(_PUNCT) for x in words[:i]]
        if word.endswith((",", ";", ":", ".")):
            return [x.strip(_PUNCT) for x in words[: i + 1]]
    return [x.strip(_PUNCT) for x in words]


def _where(phrase: _Phrase) -> str:
    """Where a definite figure's narrowing modifier stands."""
    sides = ("before the noun",) * bool(phrase.modifiers) + ("after the noun",) * bool(
        phrase.narrowed)
    return " and ".join(sides)


def _narrows(word: str, w: _Words) -> bool:
    """A word after the noun that starts a modifier narrowing the set: a preposition or
    relative pronoun (data), or a participle ("the 2,000 jobs created by the plan")."""
    return word in w.post_modifiers or _participle(word, w.participles)


def references(
    document: Document,
    claims: Sequence[Claim],
    lex: Mapping[str, Any],
    place_of: Places,
    narrowing: dict[int, str] | None = None,
) -> list[tuple[Claim, list[Claim]]]:
    """Each definite figure with the earlier figures it refers back to (nearest first).
    ``narrowing``, when given, receives the ids of definite figures that name a part by
    a modifier ("the four injured mounted officers", "the six officers in Leeds"): they
    restate no figure but one said with the same words. Its value says where the
    modifier stands (the funnel's reason): "before the noun", "after the noun" or both."""
    w = compiled(_Words.of, lex)
    phrases = _distributed(document, claims, {id(c): _phrase(document, c, w) for c in claims})
    wholes: set[int] = set()
    for a, b in pairwise(claims):  # "nine of the 41 miners": the part counts miners too
        if between(document, a, b) in _PARTITIVE:
            wholes.add(b.location.start)
            whole, told = phrases[id(b)], phrases[id(a)]
            if told is not None:
                phrases[id(a)] = replace(told, part=True)
            if whole is not None and not a.quantity.noun and not whole.head:
                phrases[id(a)] = _Phrase(
                    whole.counted, whole.modifiers, None, False, False, whole.base, (), _event(a)
                )
    for a, b in pairwise(claims):  # "the 35 boats that arrived ..., and five landed"
        told = phrases[id(a)]
        if told is not None and a.quantity.kind is b.quantity.kind and a.sentence == b.sentence:
            phrases[id(a)] = replace(told, shared=True)
    out: list[tuple[Claim, list[Claim]]] = []
    seen = _Seen(w.kin, document)
    for claim in claims:
        phrase = phrases[id(claim)]
        if phrase is None or not checkable(claim) or claim.location.start in wholes:
            continue
        if phrase.determiner is not None:
            if narrowing is not None and (phrase.modifiers or phrase.narrowed):
                narrowing[id(claim)] = _where(phrase)
            own = _own_place(document, claim, place_of, w)
            found = [
                earlier
                for earlier, was in seen.candidates(claim, phrase, w.heads)
                if _refers(document, claim, phrase, earlier, was, own, place_of, w)
            ]
            if _ambiguous(phrase, seen.events, w):
                found = []
            if found:
                out.append((claim, found))
        seen.add(claim, phrase)
    return out


def _ambiguous(phrase: _Phrase, seen_events: set[str | None], w: _Words) -> bool:
    """A noun that may stand for several events ("victims": the dead, or the dead and
    injured) after figures for more than one of them: which it restates is unknown."""
    events = w.heads.event_of_noun(phrase.counted)
    return len(events) > 1 and len(seen_events & set(events)) > 1


def _distributed(
    document: Document, claims: Sequence[Claim], phrases: dict[int, _Phrase | None]
) -> dict[int, _Phrase | None]:
    """A list's noun counts every member: "120,000, 100,000 and 120,000 bpd"."""
    run: list[Claim] = []
    for claim in [*claims, None]:
        if claim is not None and run and between(document, run[-1], claim) in _LIST_LINKS:
            run.append(claim)
            continue
        last = phrases[id(run[-1])] if run else None
        if last is not None:
            for member in run[:-1]:
                if phrases[id(member)] is None or not member.quantity.noun:
                    phrases[id(member)] = _Phrase(
                        last.counted,
                        last.modifiers,
                        None,
                        False,
                        False,
                        last.base,
                        last.head,
                        _event(member),
                    )
        run = [claim] if claim is not None else []
    return phrases


def _place_fits(later: frozenset[str] | None, earlier: frozenset[str] | None) -> bool:
    """A reference without a place may name a placed figure ("12 died in Orle ... the
    12 victims"); one with a place narrows a figure without ("the 7 victims in Orle")."""
    return later is None or same_place(later, earlier)


def _own_place(
    document: Document, claim: Claim, place_of: Places, w: _Words
) -> frozenset[str] | None:
    """A reference's place, unless it is said of its verb ("the 14 injured officers
    were treated at St Mary's": where they were treated, not which officers)."""
    place = place_of(claim)
    if place is None or not claim.place:
        return place
    end = sentence_of(document, claim)[1]
    tail = squash(document.prose[claim.location.end : end])
    at = tail.find(squash(claim.place))
    if at > 0 and w.heads.predicate(tail[:at].split()):
        return None
    return place


def _event(claim: Claim) -> str | None:
    """The figure's own event: a compound adjective ("a 186-guest wedding") has none,
    whatever its clause says happened. A reference without one names the whole set, not
    the part an event picked out: after "Twelve pupils were injured", "the 300 pupils"
    are all of them."""
    return None if claim.quantity.head else claim.key.event


def _same_measure(
    document: Document, later: Claim, phrase: _Phrase, earlier: Claim, was: _Phrase, w: _Words
) -> bool:
    """The same noun with the same modifiers, compound or plain on both sides; a compound
    whose head the earlier plain figure's clause names ("the trial lasted 34 months" ...
    "the 43-month trial"); or a noun standing for the earlier figure's event ("221
    people were killed" ... "the 212 victims")."""
    if not (phrase.head or was.head or was.counted == phrase.counted) and (
        w.kin.names(phrase.counted, was.counted)
        or w.kin.acted(document, phrase.counted, earlier)
    ):
        more = set(phrase.modifiers) - set(was.modifiers)  # "63 stores" ... "the 36 shops"
        return (
            phrase.event == was.event  # an event names a part ("Twelve pupils were injured")
            and near(later, earlier)
            and not fronted(document, later)
            and (not more or w.heads.said_of(document, earlier, _content(sorted(more), w.heads)))
        )
    if bool(phrase.head) != bool(was.head):
        if not (phrase.head and phrase.base and was.base == phrase.base):
            return False
        if w.heads.generic(phrase.head):  # "the airport's 1.4-inch total"
            owner = phrase.determiner if phrase.possessive else None
            return owner is not None and w.heads.names_owner(document, earlier, owner)
        return w.heads.names_head(document, earlier, phrase.head)
    if (
        was.counted == phrase.counted
        and phrase.event is not None
        and phrase.event == was.event
        and set(phrase.modifiers) < set(was.modifiers)
        and not phrase.counted.endswith("(unit)")
    ):  # "2,300 bus drivers walked out" ... "the 3,200 striking drivers": named by the event
        return True
    if was.counted == phrase.counted and _same_modifiers(document, phrase, earlier, was, w):
        a, b = later.key.thing, earlier.key.thing
        if phrase.counted.endswith("(unit)") and not (phrase.event or (a and a == b)):
            return False  # "the 7.4 inches forecasters predicted": which inches?
        if phrase.counted.endswith("(unit)") and a and b and a != b:
            return False  # "240 kilograms of cocaine" ... "the 40 kilograms of heroin"
        # "Flooding damaged 212 homes" ... "the 221 flooded homes": a modifier said of the
        # earlier figure retells its clause, event and all (a part is mostly well under it)
        retold = phrase.event is None and bool(set(phrase.modifiers) - set(was.modifiers))
        # "Police arrested 37 people" ... "The 39 people will appear in court": "people"
        # names no population a bare reference could count whole, only a set told before
        bare = phrase.event is None and not (phrase.modifiers or phrase.narrowed)
        generic = bare and phrase.counted in w.generic
        # "Council approved 36 flats on the library site" ... "the 32 flats on the library
        # site": a modifier after the noun that repeats the earlier figure's own words
        # retells its clause; the set it names is that figure's, not a part of another
        # (or its participle's complement does: "Paramedics treated 57 people" ... "the
        # 75 people seen by paramedics", as ``_refers`` reads it by ``_retells``)
        echoed = (
            phrase.event is None
            and bool(phrase.narrowed)
            and (w.heads.said_of(document, earlier, phrase.narrowed)
                 or _retells(document, later, phrase, earlier, w))
        )
        return (
            phrase.event == was.event
            or ((retold or generic or echoed) and near(later, earlier))
            or (
                phrase.event is None
                and retold_by_verb(document, later, earlier, w.retellings, phrase.shared)
            )
        )
    if (
        was.counted == phrase.counted
        and phrase.event is None
        and set(phrase.modifiers) <= set(was.modifiers)
        and retold_by_verb(document, later, earlier, w.retellings, phrase.shared)
    ):  # "12 aid lorries reached the city" ... "the nine lorries that got through"
        return True
    if w.heads.event_of_noun(phrase.counted) and not phrase.modifiers:
        return phrase.event is not None and (
            phrase.event == was.event
            or (  # "brought 23 people out alive" ... "the 32 survivors" (``_restate_kin``)
                was.event is None
                and was.counted in w.generic
                and w.kin.tells(document, earlier, phrase.event)
                and near(later, earlier)
            )
        )
    return False


def _same_modifiers(
    document: Document, phrase: _Phrase, earlier: Claim, was: _Phrase, w: _Words
) -> bool:
    """The same modifiers, or more, each said of the earlier figure in its sentence:
    "the 710 Ashby workers" restates "740 workers at its Ashby pit". A partitive's part
    shares its sentence with the whole's words ("two of its three crude units")."""
    more = set(phrase.modifiers) - set(was.modifiers)
    if not set(was.modifiers) <= set(phrase.modifiers) or (more and was.part):
        return False
    return not more or w.heads.said_of(document, earlier, _content(sorted(more), w.heads))


def _refers(
    document: Document,
    later: Claim,
    phrase: _Phrase,
    earlier: Claim,
    was: _Phrase,
    own: frozenset[str] | None,
    place_of: Places,
    w: _Words,
) -> bool:
    """Whether the definite figure ``later`` (its place ``own``: ``_own_place``)
    restates ``earlier``."""
    a, b = later.key, earlier.key
    if (
        same_sentence(earlier, later, document)
        or a.dimension != b.dimension
        or a.qualifiers != b.qualifiers
        or not same_incident(earlier, later)
        or not _place_fits(own, place_of(earlier))
        or not _same_measure(document, later, phrase, earlier, was, w)
        or told_apart_by(document, earlier, later, w.another)  # "Last season ... 52 goals"
    ):
        return False
    if not _above(later, earlier) and adjunct_part(
        document, later, earlier, w.heads, w.relatives, w.post_modifiers, w.times
    ):
        return False  # "the 380 staff who were laid off from the Kelby plant": a part
    same_owner = phrase.possessive and was.determiner == phrase.determiner
    if phrase.possessive and not was.possessive and phrase.determiner is not None:
        # "Sarah Mills won the seat with 12,408 votes" ... "Mills's 12,480 votes": the
        # owner is the subject of the earlier figure's clause, which is no margin ("won
        # by 5,423 votes") nor of another year than the reference's
        same_owner = (
            w.heads.names_owner(document, earlier, phrase.determiner, before=True)
            and before(document, earlier, 8).split()[-1:] != ["by"]
            and _years(document, earlier) == _years(document, later)
        )
    if phrase.possessive and not (same_owner or phrase.statistic):
        return False
    if (
        phrase.narrowed
        and not w.heads.said_of(document, earlier, phrase.narrowed)
        and not (phrase.event is not None and _above(later, earlier))
        and not _retells(document, later, phrase, earlier, w)
        and not retold_by_verb(document, later, earlier, w.retellings, phrase.shared)
    ):
        return False  # "the 150 workers on the night shift" after "900 workers"
    if later.window == earlier.window or (same_owner and later.window is None):
        return True
    return later.window is None and w.heads.open_window(earlier.window)


def _retells(
    document: Document, later: Claim, phrase: _Phrase, earlier: Claim, w: _Words
) -> bool:
    """A modifier that retells the earlier figure's clause in another verb: its
    complement all said of the earlier figure ("The council housed 140 families in
    hotels" ... "the 104 families placed in hotels"), its verb no other event of the
    vocabulary ("the 12 people charged after the match" are a part of "37 arrested"), and
    the two values one figure misstated (``near``: a part is mostly well under its
    whole)."""
    return (
        bool(phrase.retold)
        and later.key.event in (None, earlier.key.event)
        and near(later, earlier)
        and w.heads.said_of(document, earlier, phrase.retold)
    )


def _above(later: Claim, earlier: Claim) -> bool:
    """Whether a figure lies wholly above another: a part of an event's set that says
    more than the set is no part ("the 42 people arrested for assault" after "police
    arrested 37")."""
    a, b = later.quantity.hard, earlier.quantity.hard
    return a.intersection(b) is None and a.low >= b.high


def _years(document: Document, claim: Claim) -> frozenset[str]:
    """The years written in a figure's sentence."""
    return frozenset(_YEAR.findall(document.prose[slice(*sentence_of(document, claim))]))


def closest(claim: Claim, others: Sequence[Claim]) -> int:
    """The index of the figure nearest in value (a misstated figure is usually near the
    right one: a transposed or mistyped digit)."""
    v = claim.quantity.value or 0.0
    return min(range(len(others)), key=lambda i: abs((others[i].quantity.value or 0.0) - v))


def own_place(
    document: Document, claim: Claim, place_of: Places, lex: Mapping[str, Any]
) -> frozenset[str] | None:
    """A definite figure's own place, unless its verb's (``_own_place``), for the readers
    of a re-mention outside this module (``_restate_definite``)."""
    return _own_place(document, claim, place_of, compiled(_Words.of, lex))


__all__ = ["closest", "own_place", "references"]
