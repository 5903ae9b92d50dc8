"""What a figure with a unit is an amount of: the head noun (or verb) around it.

A count names what it counts ("40 people"); a money, percent, length, speed or
duration figure says it through the words around it, and reporters on every desk use
the same few frames:

- a compound before the head: "a £412 million budget", "the 34-month trial",
  "a $41.5 million repaving budget";
- an "of" phrase: "a budget of £421 million", "gusts of up to 230 km/h";
- a label: "Revenue: $4.72 billion" (fact boxes, bullet lists);
- a verb and its preposition: "jailed for 40 months", "travelling at 110 km/h",
  "valued at £96 million".

The measure is the head's lemma (the lexicon thing it names, when it is one: "sales"
-> ``revenue``) followed by the sorted lemmas of the modifiers before it:
``("budget", "repaving")``. Drift (numcheck/checkers/drift/) aligns figures of one
story that no lexicon key names through it. A verb frame keeps the verb as written
with its preposition (``("jailed for",)``): verbs carry no modifiers.
"""

from __future__ import annotations

import re

from numcheck.extract.bearers import bearer, compound_extent, with_extent
from numcheck.extract.dimensions import holder
from numcheck.extract.distances import distance_to
from numcheck.extract.keys import dimension
from numcheck.extract.objects import object_of
from numcheck.extract.phrases import (
    _ENDS,
    _GENERIC,
    _REACH,
    Measure,
    _named,
    _noun_like,
    _phrase,
    _verb_like,
)
from numcheck.extract.predicate import _opens_clause, _predicate, _subject_head
from numcheck.extract.sums import sum_of
from numcheck.extract.tokens import Tok, tokenize
from numcheck.extract.vocab import Vocab
from numcheck.quantity import Kind, Level, Quantity

__all__ = ["VALUE", "Measure", "measure_of"]

# said of a count that a frame names ("a majority of 1,535", "Attendance was 61,200",
# "Deaths: 14"): the figure is its head's value, not a group its head counts, so two
# such figures of one head are one measure ("171 pupils" and "204 pupils" may be two)
VALUE = "="

_VERB_PREPOSITIONS = frozenset({"at", "for"})  # "jailed for 40 months", "travelling at"


def measure_of(
    text: str, q: Quantity, lo: int, hi: int, vocab: Vocab, start: int | None = None, *,
    clause: bool = True,
) -> Measure:
    """The measure of ``q`` read from ``text[lo:hi]`` (its sentence between the figures
    on either side; a predicate reads back to ``start``, the sentence's start, over a
    change: "Net profit jumped 22% to €187m"); () for counts (their noun is their
    thing) and when no frame fits. ``clause`` is False for a partitive's whole: the
    verb after its noun is the part's ("five of the 14 trucks *were destroyed*")."""
    if q.kind is Kind.COUNT:
        counted = _counted(text, q, lo, hi, vocab, lo if start is None else start, clause)
        if counted or q.noun or q.level is Level.OLD:
            return counted
        return _bare(text, q, lo, vocab, lo if start is None else start)
    if q.kind is Kind.RATIO or not q.kind.is_comparable:
        return ()
    before = tokenize(text, max(lo, q.start - 80), q.start)
    if q.kind is Kind.PERCENT and (named := _labelled(before, vocab)):
        return named
    if _modifies(q, before, vocab):
        after = tokenize(text, q.end, hi, limit=_REACH + 3)
        extent = compound_extent(after, vocab) if q.kind is Kind.MEASURE else None
        if extent is not None:  # "a 12-metre-long whale": the whale's length
            return with_extent(_compound(after[extent[0]:], vocab), extent[1])
        found = _compound(after[:_REACH + 1], vocab, activity=q.kind is Kind.MONEY)
        if found:
            return found
    if q.kind is Kind.MEASURE and (held := holder(text, q, lo, hi, vocab)):
        return held  # "the tunnel, which is 2,400 metres long": the tunnel's length
    if (q.kind is Kind.MEASURE or q.level is not Level.OLD) and (
            borne := bearer(text, q, lo, hi, vocab)):
        return borne  # "a crater about 25 metres long", "a contract worth $900 million"
    if q.kind is Kind.MEASURE and (far := distance_to(text, q, lo, hi, vocab.distances,
                                                      dimension(q), vocab.movers)):
        return far  # "Sarvane, 65 km to the south": the distance to Sarvane
    if q.kind is Kind.MEASURE and (moved := _mover(before, vocab, _speed(q))):
        return moved
    found = _before(before, vocab)
    if not found and q.kind is Kind.MONEY and q.change is None and q.level is None:
        after = tokenize(text, q.end, hi, limit=_REACH + 4)
        kind = _in_kind(after, vocab)
        found = kind if kind is not None else ()
        if kind == () and not (after and after[0].low == "in" and _period(after, vocab)):
            found = sum_of(before, vocab) or _paid(before, after, vocab)
    if not found and q.kind is Kind.MONEY and (taken := _taken_in(before, vocab)):
        return taken
    if not found and _passive_complement(before, vocab):
        # "The haul was valued at £3m": the subject, and the verb that puts the figure on
        # it (drift reads "valued" as a verb of the story's event)
        subject = _predicate(text, q, lo if start is None else start, vocab)
        return _with_verb(subject, before[-2]) if subject else _verb_frame(before, vocab)
    found = found or _predicate(text, q, lo if start is None else start, vocab)
    if not found and q.kind is Kind.MONEY and q.change is None and q.level is None:
        return object_of(before, tokenize(text, q.end, hi, limit=_REACH + 8), vocab)
    return found


def _with_verb(found: Measure, verb: Tok) -> Measure:
    return (found[0], *sorted({*found[1:], verb.low}))


# the prepositions that take what a sum is paid for, taken from or spent on
_PAID = frozenset({"for", "on", "from", "to", "in", "into", "at"})


def _paid(before: list[Tok], after: list[Tok], vocab: Vocab) -> Measure:
    """A sum as a verb's object, with what it went to: "stole £2.4 million from a
    children's charity", "Buyers paid around £2.6 million for the fakes", "spent 1.2
    billion francs on two new plants". The verb and its preposition head the measure,
    as a verb frame ("jailed for") does; the subject's head and the object's follow:
    ("stole from", "charity", "director"). Without an object after the preposition it
    names nothing ("raised $2.1 million, against ...": whose sum is unsaid)."""
    k = len(before) - 1
    while k >= 0 and before[k].low in _HEDGES and before[k].low != "at":
        k -= 1
    if k < 0 or not after or after[0].low not in _PAID or not _paying(before[k], vocab):
        return ()
    obj = _object_head(after[1:], vocab)
    if obj is None:
        return ()
    words = {obj}
    j = k - 1
    while j >= 0 and (before[j].low in vocab.auxiliaries or before[j].low.endswith("ly")):
        j -= 1
    if j >= 0 and before[j].low in ("who", "that", "which"):
        j -= 1  # "a finance director who stole"
    if j >= 0 and before[j].low not in _SUBJECT_PRONOUNS:
        run = _phrase(before[: j + 1], vocab)
        if run:
            words.add(vocab.lemma(run[-1]))
    return (f"{before[k].low} {after[0].low}", *sorted(words))


def _period(after: list[Tok], vocab: Vocab) -> bool:
    """ "in real terms", "in recent years", "in March": a period or a manner, no object."""
    return any(t.low in vocab.window_units or t.low in vocab.months or t.low in vocab.weekdays
               or t.low in _PERIOD_WORDS for t in after[1:3])


def _in_kind(after: list[Tok], vocab: Vocab) -> Measure | None:
    """A sum followed by "in" and a bare noun says what it is a sum of: "$290 million in
    insured losses", "£90,000 in cash", "raised $2.1 million in donations". A determiner,
    a name, a number or a time word after "in" is a place or a period ("in the first
    quarter", "in London", "in 2019", "in recent years"): nothing."""
    if len(after) < 2 or after[0].low != "in" or _period(after, vocab):
        return ()
    run: list[str] = []
    words = after[1 : _REACH + 1]
    for i, tok in enumerate(words):
        participle = (tok.is_word and tok.low.endswith("ed") and not tok.is_capitalized
                      and i + 1 < len(words) and _noun_like(words[i + 1], vocab))
        if not (_noun_like(tok, vocab) or participle):  # "in insured losses"
            break
        run.append(tok.low)
    else:
        return ()  # a clause, not a noun phrase
    stop = after[1 + len(run)] if 1 + len(run) < len(after) else None
    if not run or (stop is not None and stop.low == "of"):
        return ()  # "in lieu of"
    named = _named(run, vocab)
    return named or None


# time words a bare "in" phrase may hold: "in recent years", "in early trading"
_PERIOD_WORDS = frozenset({"recent", "early", "late", "trading", "total", "all", "full",
                           "part", "advance", "cash-terms", "real", "terms", "future"})


def _paying(tok: Tok, vocab: Vocab) -> bool:
    """A verb that takes a sum as its object: "paid", "stole", "spent", "invested"."""
    low = tok.low
    if not (tok.is_word and low.isalpha() and not tok.is_capitalized and len(low) > 2):
        return False
    if (low in vocab.phrase_stops or low in vocab.cue_verbs or low in vocab.change_verbs
            or low in _ENDS or low.endswith("ly")):
        return False
    return low.endswith("ed") or low in vocab.nouns.verbs or (
        low.endswith("s") and not low.endswith("ss") and len(low) > 3)


def _object_head(toks: list[Tok], vocab: Vocab) -> str | None:
    """The head noun of the phrase opening ``toks`` ("the fakes", "a children's charity",
    "two new plants"), as a lemma; None when no noun phrase opens it."""
    run: list[str] = []
    for tok in toks[:_REACH + 2]:
        low = tok.low
        if not run and (low in vocab.determiners or low in vocab.possessives
                        or low.endswith(("'s", "s'")) or tok.text[0].isdigit()):
            continue
        if not _noun_like(tok, vocab):
            break
        run.append(low)
    if not run:
        return None
    head = vocab.lemma(run[-1])
    return head if head not in _GENERIC and len(head) > 2 else None


def _bare(text: str, q: Quantity, lo: int, vocab: Vocab, start: int) -> Measure:
    """A count with no noun after it, named like an amount with a unit: by its label
    ("Deaths: 14"), the noun governing it by "of" ("a majority of 1,535") or its
    clause's subject ("Attendance at the final was 61,200", "arrests reached 148"). A
    noun naming one of many individuals by a figure of its own ("a family of four", "a
    boy of seven", `[counted] individuals`) names no measure; nor does a verb's object
    ("houses 2,900": what is housed is unsaid).

    The measure says its figure is the head's value (``VALUE``). An indefinite "a ... of"
    names none: "a majority of 1,535" and "a majority of more than 15,000", "a crowd of
    31,400" and "a crowd of 22,000", in one story are as likely two as one."""
    if q.value is not None and not float(q.value).is_integer():
        return ()  # "at today's rate of 0.86": a rate, no count of anything
    after = tokenize(text, q.end, min(len(text), q.end + 40), limit=1)
    if after and after[0].is_word and _noun_like(after[0], vocab):
        return ()  # "capacity of 890,000 bpd": it counts the word after it
    before = tokenize(text, max(lo, q.start - 80), q.start)
    found = _before(before, vocab) or _predicate(text, q, start, vocab, opening=True)
    if not found or " " in found[0] or vocab.lemma(found[0]) in vocab.individuals:
        return ()
    if _indefinite(before, vocab):
        return ()
    if any(w.startswith("@") for w in found):
        return found  # a change of what its subject counts ("staff numbers fell by 600")
    return (found[0], *sorted((*found[1:], VALUE)))


def _indefinite(before: list[Tok], vocab: Vocab) -> bool:
    """The figure ends an indefinite "of" phrase: "a majority of", "an audience of"."""
    if not before or before[-1].low != "of":
        return False
    k = len(before) - 2
    while k >= 0 and before[k].low not in ("a", "an") and before[k].is_word and (
            _noun_like(before[k], vocab) or before[k].is_capitalized):
        k -= 1  # "a Conservative majority of"
    return k >= 0 and before[k].low in ("a", "an")


# a hedge between a verb's preposition and its figure: "at about 90 km/h"
_HEDGES = frozenset({"about", "around", "roughly", "some", "nearly", "almost", "more", "less",
                     "than", "over", "under", "least", "at", "just", "an", "estimated", "up",
                     "to", "well", "close"})
# past forms of the verbs that carry a moving thing's speed without -ed
_IRREGULAR = frozenset({"hit", "ran", "went", "took", "flew", "rode", "drove", "struck", "came",
                        "sped", "swept", "slid", "fell", "rose", "blew"})
# motion verbs that take a speed with no "at" ("was doing 70 mph", "going 90 mph")
_MOVING = frozenset({"doing", "going", "travelling", "traveling", "moving", "driving",
                     "speeding", "running"})
_SUBJECT_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you", "this", "that",
                               "which", "who"})


def _named_word(tok: Tok) -> bool:
    """A capitalized word of a name ("Quarry Bend")."""
    return tok.is_word and tok.is_capitalized and tok.low.isalpha()


def _speed(q: Quantity) -> bool:
    return dimension(q) == "[speed]"


def _mover(before: list[Tok], vocab: Vocab, speed: bool = False) -> Measure:
    """A physical amount said of its clause's subject through a verb and "at": "the
    coach was travelling at about 90 km/h", "the tram entered the curve at more than
    55 mph", "the train hit the buffers at 12 mph". The verb frame heads the measure
    (as ``_before`` reads "travelling at"), the subject's words (its head as a lexicon
    thing, its modifiers) follow: ("entered at", "tram"). A motion verb may take the
    speed with no "at" ("was doing about 70 mph"). A pronoun subject ("it was doing")
    names nothing: the verb frame stands alone."""
    k = len(before) - 1
    while k >= 0 and before[k].low in _HEDGES and before[k].low != "at":
        k -= 1
    if speed and k >= 1 and before[k].low in _MOVING:
        pass  # "it was doing about 70 mph", "the car was going 90 mph": no "at"
    elif k < 1 or before[k].low != "at":
        return ()
    else:
        k -= 1
        # an object between the verb and "at": "entered the curve at", "took Quarry Bend at"
        j = k
        while j >= 0 and j > k - 4 and (_noun_like(before[j], vocab)
                                         or _named_word(before[j])):
            j -= 1
        if j < k and j >= 0 and before[j].low in vocab.determiners | vocab.possessives:
            k = j - 1
        elif j < k and all(_named_word(t) for t in before[j + 1 : k + 1]):
            k = j
    if k < 1:
        return ()
    verb = before[k]
    low = verb.low
    if not (verb.is_word and low.isalpha() and not verb.is_capitalized
            and (low.endswith(("ed", "ing", "s")) or low in _IRREGULAR)
            and low not in vocab.phrase_stops
            and low not in vocab.cue_verbs and low not in _ENDS):
        return ()
    k -= 1
    while k >= 0 and before[k].low in vocab.auxiliaries:
        k -= 1
    if k < 0 or before[k].low in _SUBJECT_PRONOUNS:
        return (f"{low} at",)  # "it was taking the curve at": the verb frame alone
    run = _phrase(before[: k + 1], vocab)
    if not run or len(run) != len(_phrase(before[: k + 1], vocab)):
        return ()
    named = _named(run, vocab)
    return (f"{low} at", *sorted(set(named))) if named else ()


def _taken_in(before: list[Tok], vocab: Vocab) -> Measure:
    """A sum as the object of a verb of taking in (measures.toml ``[verbs.amounts]``, any
    inflection: "Lumara brought in 410 million francs", "the film grossed $48 million"):
    the thing the verb measures (revenue), then its subject's words, as "Lumara sales"
    would name it: ("revenue", "lumara"). A subject that is no noun phrase (a pronoun, a
    relative word: "which brought in") names nothing; a name in the possessive right
    before the verb is the subject itself ("Bramwell's took in")."""
    k = len(before)
    while k > 0 and before[k - 1].low in _HEDGES:
        k -= 1
    hit = vocab.verbs.amount_ending_at([t.low for t in before[max(0, k - 3):k]])
    if hit is None or not all(t.is_word for t in before[k - hit[1]:k]):
        return ()
    thing, n = hit
    j = k - n - 1
    while j >= 0 and (before[j].low in vocab.auxiliaries or before[j].low.endswith("ly")
                      or before[j].low == "also"):
        j -= 1
    run: list[str] = []
    if j >= 0 and before[j].is_capitalized and before[j].low.endswith(("'s", "s'")):
        run.append(before[j].low[:-2].rstrip("'"))  # "Bramwell's took in"
    while j >= 0 and len(run) < _REACH and before[j].is_word and not before[j].low.endswith(
            ("'s", "s'")) and before[j].low not in vocab.phrase_stops and (
            _noun_like(before[j], vocab, True) or _named_word(before[j])):
        run.append(before[j].low)
        j -= 1
    if not run or run[0] in _SUBJECT_PRONOUNS:
        return ()
    words = {vocab.lemma(w) for w in run if w.isalpha()}
    return (thing, *sorted(words - {thing})) if words else ()


def _labelled(before: list[Tok], vocab: Vocab) -> Measure:
    """A share labelled by a name right before it, in a list or after "with": "Greens
    21.4%, Left 6.3%", "the Greens with 12.4%" (parties, firms, candidates): the name
    is what the share is of."""
    k = len(before) - 1
    if k >= 0 and before[k].low in ("with", "on"):
        k -= 1
    run: list[str] = []
    while k >= 0 and before[k].is_word and before[k].is_capitalized and before[k].low.isalpha():
        if before[k].low in vocab.months or before[k].low in vocab.weekdays:
            return ()
        run.append(before[k].low)
        k -= 1
    while run and run[-1] in vocab.phrase_stops:
        run.pop()  # "The Greens with 12.4%", "In Ohio 48.2%"
    return (" ".join(reversed(run)),) if run else ()


def _modifies(q: Quantity, before: list[Tok], vocab: Vocab) -> bool:
    """Whether the figure stands inside a noun phrase, before its head: after a
    determiner or a possessive ("a £412 million budget", "the city's $41.5 million
    repaving budget") or joined to its head ("the 34-month trial"). A figure that is
    a clause's subject or object ("€12m beat forecasts") modifies nothing."""
    if "-" in q.text and q.text.rstrip()[-1:].isalpha():
        return True
    if not before:
        return False
    low = before[-1].low
    return low in vocab.determiners or low in vocab.possessives or low.endswith(("'s", "s'"))


def _compound(after: list[Tok], vocab: Vocab, *, activity: bool = False) -> Measure:
    """"£412 million budget", "34-month trial": nouns right after the figure. A lone
    noun in -ing heads a size or a length ("the 3-day meeting", "a 24-storey building");
    after a sum (``activity``) it is the activity the sum pays for ("£90m funding", "£2bn
    spending"), of which one story tells many amounts: no head."""
    run: list[str] = []
    stop: Tok | None = None
    for tok in after:
        if not _noun_like(tok, vocab) or tok.low in vocab.bearer_verbs:
            stop = tok  # "the three-week closure begins": the verb is no noun of it
            break
        run.append(tok.low)
        if len(run) == _REACH:
            return ()  # a clause, not a noun phrase
    if stop is not None and _opens_phrase(stop, vocab):
        run = run[:-1]  # "budget includes a ...": a verb before its object, no head
    while run and run[-1].endswith("ing") and (len(run) > 1 or activity):
        run.pop()  # "£40m deal covering ..." keeps the deal; "the 3-day meeting" its noun
    return _named(run, vocab)


def _opens_phrase(tok: Tok, vocab: Vocab) -> bool:
    """A token that opens another noun phrase: a head is never right before one."""
    low = tok.low
    return (low in vocab.determiners or low in vocab.possessives or tok.text[0].isdigit()
            or tok.text[0] in "$£€¥")


def _before(before: list[Tok], vocab: Vocab) -> Measure:
    if not before:
        return ()
    last = before[-1].low
    if last == ":":
        # a label's head is its first noun's: "Hospital admissions to date:", "Emergency
        # number for visitors:"; a label whose head is no noun names nothing
        k = _subject_head(before, len(before) - 2, vocab)
        run = _phrase(before[: k + 1], vocab)
        return _named(run, vocab) if run and _opens_clause(before, k + 1 - len(run), vocab) \
            else ()
    if last == "of":
        return _named(_phrase(before[:-1], vocab), vocab)
    if last == "at" and (found := _complement(before, vocab)):
        return found
    if last in _VERB_PREPOSITIONS and len(before) > 1:
        verb = before[-2]
        if _passive_complement(before, vocab):
            return ()  # "The damage was estimated at": its subject (``_predicate``)
        if verb.is_word and verb.low.endswith(("ed", "ing")) and verb.low not in vocab.phrase_stops:
            return (f"{verb.low} {last}",)
    return ()


def _passive_complement(before: list[Tok], vocab: Vocab) -> bool:
    """ "The damage was estimated at", "the toll is put at": the subject is the object
    the verb puts its figure on."""
    return (len(before) > 2 and before[-1].low == "at" and before[-2].low in vocab.complements
            and before[-3].low in vocab.auxiliaries)


def _verb_frame(before: list[Tok], vocab: Vocab) -> Measure:
    """ "was valued at": the verb frame, when no subject names the figure."""
    if _passive_complement(before, vocab) and before[-2].low.endswith(("ed", "ing")):
        return (f"{before[-2].low} at",)
    return ()


def _complement(before: list[Tok], vocab: Vocab) -> Measure:
    """The object a verb puts the figure on, "at" before it: "Police estimated the
    crowd at about 2,000", "the offer values the brewer at £2.1bn", "put the damage to
    crops at 2.1 billion pesos" (`[grammar] complements`). The object must open with a
    determiner or a possessor ("put it at 6.3" names nothing)."""
    k = _subject_head(before, len(before) - 2, vocab)  # "the damage to crops"
    run = _phrase(before[: k + 1], vocab)
    at = k - len(run)  # the word before the object's phrase
    if not run or at < 1:
        return ()
    opened = False
    while at >= 0 and (before[at].low in vocab.determiners or before[at].low in vocab.possessives
                       or before[at].low.endswith(("'s", "s'"))):
        at, opened = at - 1, True
    if not opened or at < 0 or before[at].low not in vocab.complements:
        return ()
    named = _named(run, vocab)
    return _with_verb(named, before[at]) if named else ()


# words between a verb and its count that say how many, not what: "employs some 1,500"
_COUNT_SKIP = frozenset({"about", "around", "roughly", "some", "nearly", "almost", "more",
                         "than", "at", "least", "most", "over", "under", "up", "to", "an",
                         "estimated", "a", "further", "another", "only", "just", "all"})
# words after a count's noun that are neither its verb nor its modifiers
_AFTER_SKIP = frozenset({"who", "that", "which", "had", "have", "has", "were", "was", "are",
                         "is", "be", "been", "being", "will", "would", "could", "may", "might",
                         "can", "should", "did", "do", "does", "not", "now", "still", "also",
                         "already", "reportedly", "allegedly", "all", "then", "so", "far"})


def _counted(text: str, q: Quantity, lo: int, hi: int, vocab: Vocab, start: int,
             clause: bool = True) -> Measure:
    """What a count counts and what is said of it: its noun (the lexicon thing it names)
    and its modifiers, the verb it is the subject or object of ("1,500 people *work*
    there", "the plant *employs* 1,150 people"), and the noun that governs it by "of"
    ("a *survey* of 1,402 adults"). Words are kept as written (lowercase): drift
    lemmatizes them only when two articles' descriptors are compared."""
    if not q.noun or q.level is Level.OLD:
        return ()
    after = tokenize(text, q.end, hi, limit=_REACH + 6)
    at = next((k for k, tok in enumerate(after[:_REACH + 1])
               if tok.is_word and vocab.lemma(tok.low) == q.noun), None)
    words: set[str] = set()
    if at is None:
        head = q.noun
    else:
        mods = [t.low for t in after[:at] if _noun_like(t, vocab)]
        words.update(mods)
        named = vocab.thing_at([after[at].low], 0)
        head = named[0] if named else q.noun
        verb = _verb_after(after[at + 1:], vocab) if clause else None
        if verb:
            words.add(verb)
    before = tokenize(text, max(lo, q.start - 60), q.start)
    k = len(before) - 1
    while k >= 0 and before[k].low in _COUNT_SKIP:
        k -= 1
    if k >= 0:
        tok = before[k]
        if tok.low.endswith(("'s", "s'")) and tok.low[:-2].isalpha():
            words.add(tok.low[:-2].rstrip("'"))  # "the state's six tiger reserves"
        elif tok.low == "of" and k > 0 and not before[k - 1].text[0].isdigit():
            run = _phrase(before[:k], vocab)
            if run and vocab.lemma(run[-1]) not in _GENERIC:
                words.add(vocab.lemma(run[-1]))  # "a survey of 1,402 adults"
        elif _verb_like(tok, vocab):
            words.add(tok.low)  # "employs 1,150 people", "pulled 23 people"
    if len(head) < 3:
        return ()
    # "employed 400 people in 2010", "in the 1970s the site employed 7,000": another
    # time's figure (a year is itself a figure: read past the figures around)
    years = _YEAR.finditer(text, max(start, q.start - 60), min(len(text), hi + 12))
    year = min(years, key=lambda m: abs(m.start() - q.start), default=None)
    if year:
        words.add(year.group(1))
    return (head, *sorted(words - {head}))


_YEAR = re.compile(r"\b(?:in|during|by) (?:the )?((?:1[89]|20)\d\d)s?\b", re.IGNORECASE)


def _verb_after(toks: list[Tok], vocab: Vocab) -> str | None:
    """The verb of which the count is the subject: "fans were involved", "ballots
    had been counted", "lorries were taking part", "people who work at the port", also
    past a prepositional phrase before an auxiliary ("tickets *for the cup final* were
    snapped up": ``_past_modifier``)."""
    toks = toks[_past_modifier(toks, vocab):]
    for tok in toks[:5]:
        if tok.low in _AFTER_SKIP or tok.low.endswith("ly"):
            continue
        return tok.low if _verb_like(tok, vocab) else None
    return None


_AUXILIARIES = frozenset({"were", "was", "are", "is", "have", "has", "had", "will", "would"})
_MODIFIER = 8  # words: "in the Riverside retail park car park" and its auxiliary


def _past_modifier(toks: list[Tok], vocab: Vocab) -> int:
    """Where the count's clause goes on after a prepositional phrase that modifies its
    noun ("for the cup final", "on Castle Street"): at the auxiliary right after it, or
    0 when no such phrase opens ``toks`` (a comma, a figure, a relative word or a
    conjunction inside it: another clause)."""
    if not toks or toks[0].low not in vocab.prepositions:
        return 0
    for k, tok in enumerate(toks[1:_MODIFIER + 1], 1):
        if tok.low in _AUXILIARIES:
            return k
        if (not tok.is_word or tok.text[0].isdigit() or tok.low in vocab.relatives
                or tok.low in vocab.conjunctions):
            return 0
    return 0
