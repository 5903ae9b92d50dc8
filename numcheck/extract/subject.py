"""What a figure measures and what happened to it, read from the words around it.

Three readings, in order of trust:
1. the noun phrase after the number: "498 Russian soldiers were killed",
   "nearly 500 of its troops", "1,597 wounded", "2,000 civilian deaths";
2. the verb before it when the number is its object: "killed 2,870 Ukrainian soldiers";
3. the number as a predicate: "the number of civilian casualties ... is about 2,000",
   "the death toll rose to 40".
Events after the phrase are found by a short forward scan ("have been killed").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from numcheck.extract.supplied import supplied_event
from numcheck.extract.tokens import Tok, tokenize
from numcheck.extract.verbs import OBJECT_WORDS
from numcheck.extract.vocab import Vocab, match_phrase

LOOK = 100  # characters read on each side of a figure
_NEAR = 40  # characters before a figure read first (verbs, "including", "rose by")
AFTER_TOKENS = 14  # tokens after a figure: its noun phrase and the verb after it
_CLAUSE_BREAK = frozenset(',;:()[]“”"')


@dataclass(frozen=True, slots=True)
class Reading:
    thing: str | None = None
    qualifiers: tuple[str, ...] = ()
    event: str | None = None
    subject: str | None = None  # as written: "Russian soldiers"
    event_text: str | None = None  # as written: "killed", "death toll"
    possessive: bool = False  # "its troops": the owner is the claimant's side
    part: bool = False  # "including 10 children": a part of the figure before it
    is_change: bool = False
    anaphoric: bool = False  # "the estimates ... ranged from X": means the last figure
    demonym: str | None = None  # "5,800 Russians": the nation; the extractor picks the thing
    default_thing: str | None = None  # "800 casualties": people, unless something else says
    antecedent: bool = False  # "four of them": a part of the figure "them" stands for
    by_subject: bool = False  # "Turnout was 64%": the thing is its clause's subject
    heads_clause: bool = False  # "58% voted yes": a verb of its own follows the figure

    @property
    def empty(self) -> bool:
        return self.thing is None and not self.qualifiers and self.event is None


def read(
    text: str, start: int, end: int, lo: int, hi: int, vocab: Vocab, *, counted: bool = True,
    clause: bool = True, over: tuple[int, int] = (0, 0),
) -> Reading:
    """Read the figure at ``text[start:end]``; context is limited to ``[lo, hi)``.

    ``counted`` is False for figures with a unit ("24 hours", "12%"): a word after
    them names the thing only when the lexicon knows it or after "of". ``clause`` is
    False for a partitive's whole ("five of the 14 trucks were destroyed"): the event
    its clause names after its noun phrase is the part's, not the whole's. ``over``: a
    compound modifier figure inside ``[lo, hi)`` ("guests at a 186-guest wedding fell
    ill"), which the scan for the clause's verb reads past.
    """
    after = tokenize(text, end, min(hi, end + LOOK), AFTER_TOKENS)
    before = tokenize(text, max(lo, start - _NEAR), start)
    np = noun_phrase(text, after, vocab, counted)
    event, event_text = (supplied_object(before, np, vocab)
                         if counted and not _opens_list(after, np.next, vocab) else (None, None))
    if event is None:  # "cut power to 86,000 customers": without power
        event, event_text = object_verb(before, vocab)  # "killed 40 refugees": killed
    if event is None and counted and np.event is None:  # "laid off 1,200 staff"
        event, event_text = inflected_object(before, vocab)
    if event is None and counted and np.event is None:  # "admitted 63 children to hospital"
        event, event_text = framed_object(before, after, vocab)
    by_verb = event is not None and counted  # "cut 900 jobs": the jobs cut, not a change
    i = np.next
    if event is None:
        event, event_text = np.event, np.event_text
    offset = not counted and bool(after) and after[0].low in vocab.time_offsets
    if event is None and clause and not offset:  # "a day after X was jailed": X's verb
        event, event_text = _forward_event(after, i, vocab, over)
    thing, qualifiers = np.thing, np.qualifiers
    subject = np.subject
    anaphoric = by_subject = False
    if thing is None and not qualifiers and event is None and not np.possessive:
        if start - _NEAR > lo:
            before = tokenize(text, max(lo, start - LOOK), start)  # the whole clause
        back = _predicate_subject(text, before, vocab)
        if back is not None:
            thing, qualifiers, event, event_text, subject = back
            by_subject = thing is not None and event is None  # "Turnout was 64%"
            if thing is None and event_text:  # "confirmed infections rose to 64": people
                # "the death toll stood at 23": any event noun of the subject says who
                nouns = (vocab.event_nouns.get(w) for w in reversed(event_text.lower().split()))
                np = Phrase(None, (), None, None, None, False, np.next,
                             default_thing=next((n for n in nouns if n), None))
        else:
            anaphoric = any(t.low in vocab.anaphora for t in before)
    if thing is None:
        stand_ins = (vocab.qualifier_things[q] for q in qualifiers if q in vocab.qualifier_things)
        thing = next(stand_ins, None)
    if thing is not None:
        qualifiers = (*qualifiers, *vocab.thing_qualifiers.get(thing, ()))
    return Reading(
        thing=thing,
        qualifiers=tuple(sorted(set(qualifiers))),
        event=event,
        subject=subject,
        event_text=event_text,
        possessive=np.possessive,
        part=_is_part(before, vocab),
        is_change=(not by_verb and _is_change(before, after, vocab))
        or (counted and _increment(after, vocab)),
        anaphoric=anaphoric,
        antecedent=np.antecedent,
        by_subject=by_subject,
        heads_clause=heads_a_clause(after, vocab),
        demonym=np.demonym if thing is None else None,
        default_thing=np.default_thing if thing is None else None,
    )


class Phrase(NamedTuple):
    thing: str | None
    qualifiers: tuple[str, ...]
    event: str | None
    event_text: str | None
    subject: str | None
    possessive: bool
    next: int  # index of the first token after the phrase
    demonym: str | None = None  # "Russians" as the head: the nation's qualifier
    default_thing: str | None = None  # the thing an event noun head implies ("casualties")
    antecedent: bool = False  # "four of them"


def noun_phrase(text: str, toks: list[Tok], vocab: Vocab, counted: bool) -> Phrase:
    words = [t.low for t in toks]
    n = len(words)
    i = 0
    if n > 1 and words[0] == "of" and toks[1].is_word:  # partitive: "500 of its troops"
        if words[1] in vocab.antecedents:  # "four of them": the thing is the antecedent's
            # unless a lexicon thing of its own follows: "nine died, five of them drivers"
            # (not a verb read as a noun: "640 of them slept at rest centres")
            known = n > 2 and toks[2].is_word and vocab.thing_at(words, 2) is not None
            own = noun_phrase(text, toks[2:], vocab, True) if known else None
            if own is None or own.thing is None or own.event is not None:
                found, found_text = _forward_event(toks, 2, vocab)
                return Phrase(None, (), found, found_text, None, False, 2, antecedent=True)
            at = 2 + own.next
            found, found_text = _forward_event(toks, at, vocab)
            return Phrase(own.thing, own.qualifiers, found, found_text, own.subject, False, at,
                           antecedent=True)
        i, counted = 1, True
    thing: str | None = None
    unknown: str | None = None
    qualifiers: list[str] = []
    event: str | None = None
    event_text: str | None = None
    possessive = False
    demonym: str | None = None
    default_thing: str | None = None
    first: int | None = None
    last = -1
    while i < n and i < 10:
        tok, w = toks[i], words[i]
        if not tok.is_word or _time_phrase(words, i, vocab):
            break  # "rose to 41 last year", "£2m a year": a time, not what is counted
        if w in vocab.possessives or (w in vocab.determiners and first is None):
            if w in vocab.possessives:
                possessive = True
                first = i if first is None else first
            i += 1
            continue
        if (w in vocab.collectives and i + 2 < n and words[i + 1] == "of"
                and thing is None and unknown is None and not qualifiers):
            i += 2  # "bringing to 148 the number of arrests": the count's noun is after "of"
            continue
        th = vocab.thing_at(words, i)
        ql = match_phrase(vocab.qualifiers, words, i)
        ev = match_phrase(vocab.events, words, i)
        step = 0
        if th is not None and (ql is None or th[1] >= ql[1]):
            if thing is not None:
                break
            thing, step = th
            unknown = None  # "900 Polish soldiers": unknown words before a known head modify it
        elif ql is not None:
            qualifiers.append(ql[0])
            step = ql[1]
            demonym = ql[0] if step == 1 and w in vocab.demonym_nouns else None
        elif ev is not None:
            if thing is not None or unknown is not None or event is not None:
                break
            at, (event, step) = longest_from(words, i, ev, vocab)
            step += at - i
            event_text = text[toks[at].start : toks[i + step - 1].end]
            phrase = words[at : i + step]
            thing = _by_head(vocab.event_things, phrase)  # "job cuts": worker
            default_thing = (  # "killed or injured": people; "new cases" is no toll
                _by_head(vocab.event_nouns, phrase) if _composite(phrase, vocab)
                else vocab.event_nouns.get(" ".join(phrase), vocab.event_nouns.get(w)))
        elif (
            w in vocab.phrase_stops
            or w in vocab.cue_verbs
            or (w in vocab.phrase_ends and (unknown is not None or bool(qualifiers)))
            or thing is not None
            or tok.text[0].isdigit()
            or (not counted and not qualifiers)
            or (unknown is not None and (unknown != words[i - 1] or not counted))
            or (unknown is not None and not counted and w.endswith("ing"))  # "convoy threatening"
            or (w.endswith("ed") and (unknown is not None or not _modifies(toks, i + 1, vocab)))
        ):
            break  # a verb, a function word, or a word after the head noun
        elif w.endswith("ed"):
            step = 1  # "30 armed men": a participle before its noun
        else:
            unknown, step = vocab.lemma(w), 1
        first = i if first is None else first
        last = i + step - 1
        i += step
    if thing is None and unknown is not None:
        thing = unknown
        if not counted:
            qualifiers = []  # "the mileslong Russian military convoy": keyed by the convoy
    named = thing is not None or qualifiers or possessive
    subject = text[toks[first].start : toks[last].end] if first is not None and named else None
    demonym = demonym if thing is None else None
    return Phrase(
        thing, tuple(qualifiers), event, event_text, subject, possessive, i, demonym, default_thing
    )


def _composite(words: Sequence[str], vocab: Vocab) -> bool:
    """An event phrase all of whose words are events or the conjunctions joining them
    ("killed or injured", "dead and wounded"): nothing in it makes its head another
    measure ("new cases" are a day's, not a running count)."""
    return all(w in ("or", "and") or match_phrase(vocab.events, [w], 0) is not None
               for w in words)


def _by_head(table: Mapping[str, str], words: Sequence[str]) -> str | None:
    """What an event phrase says of its thing: the whole phrase's entry ("job cuts"),
    else its head's, the last word that has one ("confirmed cases": "cases")."""
    found = table.get(" ".join(words))
    return found or next((table[w] for w in reversed(words) if w in table), None)


# words that open a time phrase before a time noun: "last year", "a week", "each day"
_TIME_OPENERS = frozenset({"last", "next", "this", "previous", "past", "a", "an", "per",
                           "each", "every"})
_TIME_NOUNS = frozenset({"night", "weekend", "decade", "quarter", "season", "morning",
                         "evening", "afternoon"})


def _time_phrase(words: list[str], i: int, vocab: Vocab) -> bool:
    """A time phrase starts at ``words[i]``: an opener and a time noun ("last year")."""
    if words[i] not in _TIME_OPENERS or i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    return nxt in vocab.window_units or nxt in vocab.weekdays or nxt in _TIME_NOUNS


def _modifies(toks: list[Tok], j: int, vocab: Vocab) -> bool:
    """True when ``toks[j]`` can be the noun an adjective before it modifies."""
    return j < len(toks) and toks[j].is_word and toks[j].low not in vocab.phrase_stops


def object_verb(before: list[Tok], vocab: Vocab) -> tuple[str | None, str | None]:
    """ "killed 2,870 soldiers", "Blast kills 34", "killed another 7": the verb's event.

    A composite ending in the verb ("killed or injured 75") is read whole.
    """
    k = _verb_end(before, vocab)
    if not k or before[k - 1].low not in vocab.object_events:
        return None, None
    for n in (3, 2, 1):  # the longest event phrase ending at the verb
        if n > k:
            continue
        words = [t.low for t in before[k - n : k]]
        ev = match_phrase(vocab.events, words, 0)
        if ev is not None and ev[1] == n:
            return ev[0], " ".join(t.text for t in before[k - n : k])
    return None, None


def _verb_end(before: list[Tok], vocab: Vocab) -> int:
    """Where the verb before a figure ends: "killed another 7" -> after "killed"."""
    k = len(before)
    while k > 0 and before[k - 1].low in vocab.object_skip and len(before) - k < 2:
        k -= 1
    return k


def inflected_object(before: list[Tok], vocab: Vocab) -> tuple[str | None, str | None]:
    """A count as the object of an event verb of ``[verbs]`` in any inflection,
    particles included ("laid off 1,200 staff", "took on 3,000 temporary workers"), when
    its noun phrase names no event of its own ("treating 64 of the wounded" are wounded)."""
    k = _verb_end(before, vocab)
    hit = vocab.verbs.ending_at([t.low for t in before[max(0, k - 3) : k]]) if k else None
    if hit is None or not all(t.is_word for t in before[k - hit[1] : k]):
        return None, None
    return hit[0], " ".join(t.text for t in before[k - hit[1] : k])


def supplied_object(before: list[Tok], np: Phrase, vocab: Vocab
                    ) -> tuple[str | None, str | None]:
    """A count told through a supply or its outage ("cut power to 86,000 customers",
    "power was cut to 40,000 homes", "the outage hit 52,000": extract/supplied.py), of a
    lexicon thing or none: "outages hit 12 substations" counts equipment, not those
    supplied."""
    if np.thing is not None:
        said = (np.subject or "").lower().split()[:4]
        if not any(vocab.thing_at(said, i) for i in range(len(said))):
            return None, None
    k = _verb_end(before, vocab)
    at = k
    while at > 0 and before[at - 1].is_word and k - at < 12:
        at -= 1
    words = [t.low for t in before[at:k]]
    hit = supplied_event(words, len(words), vocab.verbs.supplied, vocab.auxiliaries)
    if hit is None:
        return None, None
    return hit[0], " ".join(t.text for t in before[at + hit[1]:k])


def _opens_list(after: list[Tok], i: int, vocab: Vocab) -> bool:
    """Whether the figure's noun phrase is followed, in its clause, by "and" or a comma
    and another figure ("cut power to 131,000 customers of Fenwick Electric and 81,000
    of the co-op, 212,000 in all"): the figure is a list's item, a part, and a supply
    frame keys no part as the event's count."""
    for j in range(i, min(len(after), i + 8)):
        tok = after[j]
        if tok.text == "," or tok.low in vocab.conjunctions:
            if j + 1 == len(after) < AFTER_TOKENS:
                return True  # the context ends here: at the next figure (``read``'s hi)
            return j + 1 < len(after) and after[j + 1].text[:1].isdigit()
        if not tok.is_word:
            return False
    return False


def framed_object(before: list[Tok], after: list[Tok], vocab: Vocab
                  ) -> tuple[str | None, str | None]:
    """A count as the object of a verb whose event its complement names
    (``[verbs.frames]``: "took 35 fighters prisoner", "admitted 63 children to
    hospital"): the verb right before the figure, the complement after a few words of the
    object's noun phrase, in the same clause."""
    k = _verb_end(before, vocab)
    hit = vocab.verbs.frames_ending_at([t.low for t in before[max(0, k - 3) : k]]) if k else None
    if hit is None or not all(t.is_word for t in before[k - hit[1] : k]):
        return None, None
    frames, n = hit
    words = [t.low for t in after]
    for j in range(min(len(after), OBJECT_WORDS + 1)):
        for frame in frames:
            if (end := frame.matches(words, j)) is not None:
                verb = " ".join(t.text for t in before[k - n : k])
                return frame.event, f"{verb} {' '.join(t.text for t in after[j:end])}"
        tok = after[j]
        if not tok.is_word or tok.low in vocab.conjunctions:
            break  # a mark or "and" ends the object's clause
    return None, None


def _forward_event(toks: list[Tok], i: int, vocab: Vocab, over: tuple[int, int] = (0, 0)
                   ) -> tuple[str | None, str | None]:
    """The event a verb or event noun after the figure's phrase names, in its clause;
    ``over``: the span of a compound modifier figure the scan reads past."""
    words = [t.low for t in toks]
    inside = sum(1 for t in toks if over[0] <= t.start < over[1]) if over[1] else 0
    verb = False  # the clause's own verb read, naming no event ("were sentenced")
    for j in range(i, min(len(toks), i + 8 + inside)):
        tok = toks[j]
        if inside and over[0] <= tok.start < over[1]:
            continue  # a compound modifier ("a 186-guest wedding"): no clause's figure
        if not tok.is_word:
            if tok.text in _CLAUSE_BREAK or tok.text in ".!?":
                break
            continue
        if tok.low in vocab.conjunctions:
            break
        ev = match_phrase(vocab.events, words, j)
        if ev is not None:
            start, ev = longest_from(words, j, ev, vocab)
            return ev[0], " ".join(t.text for t in toks[start : start + ev[1]])
        if (framed := vocab.verbs.frame_after(words, j)) is not None:  # "were taken prisoner"
            return framed[0], " ".join(t.text for t in toks[j : framed[1]])
        if tok.text[0].isdigit():
            break
        if verb and _governs(words, j, vocab):
            break  # "were sentenced in the case": the case is the preposition's, no event
        verb = verb or _predicate_word(words, j, vocab)
    return None, None


def _predicate_word(words: Sequence[str], j: int, vocab: Vocab) -> bool:
    """A clause's own verb naming no event: the word after an auxiliary that is no
    auxiliary, preposition or adverb ("were sentenced", "have been questioned")."""
    w = words[j]
    return (j > 0 and words[j - 1] in vocab.auxiliaries and w not in vocab.auxiliaries
            and w not in vocab.prepositions and not w.endswith("ly"))


def _governs(words: Sequence[str], j: int, vocab: Vocab) -> bool:
    """A preposition opening a noun phrase ("in the case", "over their deaths"): after
    the clause's verb, an event noun there is the phrase's object, not the figure's."""
    return (words[j] in vocab.prepositions and j + 1 < len(words)
            and (words[j + 1] in vocab.determiners or words[j + 1] in vocab.possessives))


def longest_from(
    words: list[str], j: int, ev: tuple[str, int], vocab: Vocab
) -> tuple[int, tuple[str, int]]:
    """ "were killed or injured": a longer phrase starting inside "were killed" wins."""
    best, end = (j, ev), j + ev[1]
    for m in range(j + 1, end):
        inner = match_phrase(vocab.events, words, m)
        if inner is not None and m + inner[1] > end:
            best, end = (m, inner), m + inner[1]
    return best


def _predicate_subject(
    text: str, before: list[Tok], vocab: Vocab
) -> tuple[str | None, tuple[str, ...], str | None, str | None, str | None] | None:
    """ "the number of civilian casualties ... is about" -> (thing, quals, event, ...)."""
    rev = [t.low for t in reversed(before)]
    if not rev:
        return None
    pred = match_phrase(vocab.predicates, rev, 0)
    opened = _absolute(before) if pred is None else None
    if pred is None and opened is None:
        return None
    k = len(before) - (pred[1] if pred is not None else 0)  # clause = before[start:k]
    start = k if opened is None else opened
    while start > 0 and opened is None:
        tok = before[start - 1]
        if (not tok.is_word and tok.text in _CLAUSE_BREAK) or tok.low in vocab.relatives:
            break
        start -= 1
    headed = False  # "the number of X who ...": X is what is counted, not the clause's nouns
    if start > 0 and before[start - 1].low in vocab.relatives and opened is None:
        moved = _collective_head(before, start, vocab)
        headed, start = moved != start, moved
    clause = before[start:k]
    cut = False
    if pred is not None and pred[1] == 1 and rev[0] == ":":
        # a label names its value by its head phrase: "Emergency number for visitors:"
        # counts no visitors; a label cut so ("Patients currently in hospital:") must
        # still say what happened to be read at all
        at = next((j for j, t in enumerate(clause) if t.low in vocab.prepositions), None)
        if at is not None:
            clause, cut = clause[:at], True
    words = [t.low for t in clause]
    thing: str | None = None
    event: str | None = None
    event_text: str | None = None
    qualifiers: list[str] = []
    j = 0
    while j < len(words):
        ev = match_phrase(vocab.events, words, j)
        th = vocab.thing_at(words, j)
        ql = match_phrase(vocab.qualifiers, words, j)
        if (ev is not None and ql is not None and j + ql[1] < len(words)
                and match_phrase(vocab.events, words, j + ql[1])):
            ev = None  # "Confirmed cases: 46": a qualifier before its event, as after a figure
        if ev is not None and event is None:
            event, event_text = ev[0], " ".join(t.text for t in clause[j : j + ev[1]])
            thing = thing or vocab.event_things.get(words[j])
            j += ev[1]
        elif th is not None and (ql is None or th[1] >= ql[1]):
            thing = thing if headed and thing is not None else th[0]
            j += th[1]
        elif ql is not None:
            qualifiers.append(ql[0])
            j += ql[1]
        else:
            j += 1
    if (event is None and thing is None and not qualifiers) or (cut and event is None):
        return None
    first = next((t for t in clause if t.low not in vocab.determiners), None)
    subject = text[first.start : clause[-1].end] if first is not None else None
    return thing, tuple(qualifiers), event, event_text, subject


_ABSOLUTE_WORDS = 3  # words of the noun phrase after "with" ("with turnout a little over 60%")


def _absolute(before: list[Tok]) -> int | None:
    """ "..., with turnout a little over 60%": a few words after "with" right before the
    figure (its hedge), with no mark between, are its subject, read as if a predicate
    stood between them; the index of the first of them."""
    for n, tok in enumerate(reversed(before)):
        if not tok.is_word or n > _ABSOLUTE_WORDS:
            return None
        if tok.low == "with":
            return len(before) - n if n else None
    return None


def _collective_head(before: list[Tok], start: int, vocab: Vocab) -> int:
    """ "The number of people who died in the storms that hit the coast rose to 19": the
    subject is "the number of X", its relative clauses say what X did. Returns where
    "number of" starts, else ``start`` (the clause after the relative word)."""
    for j in range(start - 2, -1, -1):
        tok = before[j]
        if not tok.is_word and tok.text in _CLAUSE_BREAK and tok.text != ",":
            break
        if tok.low in vocab.collectives and j + 1 < len(before) and before[j + 1].low == "of":
            return j + 2
    return start


def heads_a_clause(after: list[Tok], vocab: Vocab) -> bool:
    """ "58% voted yes", "12% said they would": the figure is the subject of a finite
    verb right after it (adverbs such as "also" or "narrowly" skipped)."""
    for tok in after[:4]:
        w = tok.low
        if not tok.is_word:
            return False
        if w in vocab.finite_verbs or w in vocab.cue_verbs:
            return True
        if w in vocab.auxiliaries or (w.endswith("ly") and len(w) > 4):
            continue  # "also", "still", "narrowly"
        return w.endswith("ed") and len(w) > 4 and w not in vocab.phrase_stops
    return False


def _is_part(before: list[Tok], vocab: Vocab) -> bool:
    rev = [t.low for t in reversed(before)]
    return bool(rev) and match_phrase(vocab.part_markers, rev, 0) is not None


def _increment(after: list[Tok], vocab: Vocab) -> bool:
    """ "one has since died", "three later died": a count of more added to a running
    count after it was first told (``[grammar] increments_after``)."""
    words = [t.low for t in after[:2]]
    if words and words[0] in ("has", "have", "had"):
        words = words[1:]
    return bool(words) and words[0] in vocab.increments_after


def _is_change(before: list[Tok], after: list[Tok], vocab: Vocab) -> bool:
    """True when the number is the amount of a change ("rose 12%", "a 3-point drop")."""
    if after and after[0].low in vocab.change_nouns:
        return True
    if after and after[0].text == "-" and len(after) > 1 and after[1].low in vocab.change_nouns:
        return True
    words = [t.low for t in before]
    if words and words[-1] == "by":
        words = words[:-1]
    if not words or words[-1] in vocab.level_markers:
        return False
    verb = words[-1]
    if verb not in vocab.change_verbs:
        return False
    if verb in ("up", "down"):
        # "were up 3%", "shares, down 2%" -- but not "shot down 3 planes"
        return len(words) < 2 or not before[-2].is_word or words[-2] in vocab.auxiliaries
    return True
