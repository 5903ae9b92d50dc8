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

from numcheck.extract.keys import dimension
from numcheck.extract.tokens import Tok, tokenize
from numcheck.extract.vocab import Vocab, match_phrase
from numcheck.quantity import Kind, Level, Quantity

__all__ = ["Measure", "measure_of"]

Measure = tuple[str, ...]  # (head, *sorted modifiers); () when nothing names it

_REACH = 4  # words of a noun phrase read on either side
# a level's verb: "The deficit is $470 million", "Turnout stood at 71%"
_COPULAS = frozenset({"is", "was", "are", "were", "stood", "stands", "totalled", "totaled",
                      "reached", "remains", "remained"})
# a change amount between a change verb and "to": "jumped 22% to", "rose by 3.1 points to"
_AMOUNT_WORDS = frozenset({"by", "million", "billion", "trillion", "bn", "m", "percent",
                           "per", "cent", "pct", "points", "point", "basis", "a", "an", "about",
                           "almost", "nearly", "some", "around", "roughly", "more", "than"})
_VERB_PREPOSITIONS = frozenset({"at", "for"})  # "jailed for 40 months", "travelling at"
# heads that name no measure of their own: "a total of £9m", "a figure of 40%"
_GENERIC = frozenset({"total", "sum", "amount", "figure", "number", "value", "level", "some",
                      "estimate", "average", "maximum", "minimum", "people", "today"})
# words that end a noun phrase although they are no function words: time ("£2m last
# year", "$740 million deficit next year") and comparison ("10% higher", "40% less")
_ENDS = frozenset({"last", "next", "this", "previous", "today", "yesterday", "tomorrow",
                   "ago", "earlier", "later", "more", "less", "fewer", "higher", "lower",
                   "than", "up", "down", "straight", "old", "out"})


def measure_of(
    text: str, q: Quantity, lo: int, hi: int, vocab: Vocab, start: int | None = None
) -> Measure:
    """The measure of ``q`` read from ``text[lo:hi]`` (its sentence between the figures
    on either side; a predicate reads back to ``start``, the sentence's start, over a
    change: "Net profit jumped 22% to €187m"); () for counts (their noun is their
    thing) and when no frame fits."""
    if q.kind is Kind.COUNT:
        return _counted(text, q, lo, hi, vocab, lo if start is None else start)
    if q.kind is Kind.RATIO or not q.kind.is_comparable:
        return ()
    before = tokenize(text, max(lo, q.start - 80), q.start)
    if q.kind is Kind.PERCENT and (named := _labelled(before, vocab)):
        return named
    if _modifies(q, before, vocab):
        found = _compound(tokenize(text, q.end, hi, limit=_REACH + 1), vocab)
        if found:
            return found
    if q.kind is Kind.MEASURE and (moved := _mover(before, vocab, _speed(q))):
        return moved
    return _before(before, vocab) or _predicate(text, q, lo if start is None else start, vocab)


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


def _predicate(text: str, q: Quantity, start: int, vocab: Vocab) -> Measure:
    """The subject of a level: "Operating profit rose to €187m", "Net profit jumped 22%
    to €187m", "The deficit is $470 million", "Turnout stood at 71%". The subject of a
    change ("shares rose 3.4%") is not read: the period of a change (in early trading,
    this year) is too often left unsaid to align two sources' changes on it."""
    toks = tokenize(text, max(start, q.start - 160), q.start)
    k = len(toks) - 1
    if k < 1:
        return ()
    last = toks[k].low
    if last == "to" and q.level is not Level.NEW and not _by_amount(toks, k - 1):
        return _object(toks[:k], vocab)  # "lowered its price cap to £1,560"
    if last == "to":
        k -= 1
        while k >= 0 and toks[k].low not in vocab.change_verbs:
            tok = toks[k]
            if tok.is_word and not tok.text[0].isdigit() and tok.low not in _AMOUNT_WORDS:
                # "raised its rate by 250 basis points to": the verb's object changed
                return _object(toks[: k + 1], vocab)
            k -= 1
        k -= 1  # the change verb
    elif last in _COPULAS:
        k -= 1
    elif last == "at" and toks[k - 1].low in _COPULAS:
        k -= 2  # "stood at", "was at"
    elif q.change is None and _transitive(toks, k, vocab):
        k -= 1  # "The site covers 42 hectares", "the slide travelled 1.2 km"
    elif q.change is not None and _changed(toks, k, vocab):
        # "like-for-like sales rose 3.1%", "sales were up 3.1 per cent": what changed,
        # and over which span the sentence says ("in early trading", "this year")
        while toks[k].low in _AMOUNT_WORDS and toks[k].low not in vocab.change_verbs:
            k -= 1
        k -= 1  # the verb the parser read the change from
        while k >= 0 and toks[k].low in vocab.auxiliaries:
            k -= 1
        named = _named(_phrase(toks[: k + 1], vocab), vocab) if k >= 0 else ()
        return (*named, _period(text, start, q, vocab)) if named else ()
    else:
        return ()
    while k >= 0 and toks[k].low in vocab.auxiliaries:
        k -= 1
    return _named(_phrase(toks[: k + 1], vocab), vocab) if k >= 0 else ()


def _by_amount(toks: list[Tok], k: int) -> bool:
    """A change amount ends at ``toks[k]``: "by 250 basis points" (before "to 42.5%"),
    when the parser left the level unread."""
    digits = False
    while k >= 0 and (toks[k].text[0].isdigit() or toks[k].low in _AMOUNT_WORDS):
        if toks[k].low == "by":
            return digits
        digits = digits or toks[k].text[0].isdigit()
        k -= 1
    return False


def _object(toks: list[Tok], vocab: Vocab) -> Measure:
    """The object of a change verb whose new level the figure is: "raised its policy
    rate by 350 basis points to 45%", "cut the price of a ticket to £4", "lowered
    its growth forecast to 1.2%". Its head and modifiers name what changed; a phrase
    that follows no change verb ("the board voted to") names nothing."""
    run = _phrase(toks, vocab)
    if not run:
        return ()
    # the verb stands a few words before the head: "raised its benchmark one-week repo
    # rate", "cut the price of a ticket" (a clause's punctuation or conjunction ends it)
    for k in range(len(toks) - len(run) - 1, max(-1, len(toks) - len(run) - 7), -1):
        low = toks[k].low
        if low in vocab.change_verbs:
            return _named(run, vocab)
        if low in (",", ";", ":", "and", "but", "or", "to", "which", "that"):
            break
    return ()


_SPANS = re.compile(r"\b(day|week|month|year|quarter|half|trading|session|today|"
                    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b",
                    re.IGNORECASE)
_DAILY = frozenset({"trading", "session", "today", "monday", "tuesday", "wednesday",
                    "thursday", "friday", "saturday", "sunday"})


def _period(text: str, start: int, q: Quantity, vocab: Vocab) -> str:
    """The span a change is over, as a descriptor word: the time noun of its sentence
    nearest the figure ("@week" for "in the six weeks to 4 January", "@day" for "in
    early trading" or "on Monday", "@year" for "so far this year"); "@" when none is
    said. Two changes of one thing over different spans are different figures."""
    end = text.find(".", q.end)
    found = _SPANS.finditer(text, start, len(text) if end < 0 else end)
    near = min(found, key=lambda m: abs(m.start() - q.start), default=None)
    if near is None:
        return "@"
    word = near.group(1).lower()
    return "@day" if word in _DAILY else "@" + word


def _changed(toks: list[Tok], k: int, vocab: Vocab) -> bool:
    """The verb of a change the parser read ("rose 3.1%", "were up 3.1 per cent", "slid
    by 1.8%") right before its amount: its subject is what changed. A verb that adds or
    cuts an amount to an object ("cut 1,200 jobs", "raised its rate by") has no such
    subject."""
    while k >= 0 and toks[k].low in _AMOUNT_WORDS and toks[k].low not in vocab.change_verbs:
        k -= 1
    if k < 1:
        return False
    verb = toks[k]
    return (verb.low in vocab.change_verbs or _verb_like(verb, vocab)) and verb.low not in (
        "added", "shed", "cut", "raised", "lowered", "lost")


def _transitive(toks: list[Tok], k: int, vocab: Vocab) -> bool:
    """A verb in -s or -ed right after its subject's head noun and before the figure,
    its object: "The site covers 42 hectares", "The slide travelled 1.2 kilometres".
    A change verb is not one: its subject is read only before "to" (``_predicate``)."""
    verb = toks[k]
    low = verb.low
    if k < 1 or not (verb.is_word and low.isalpha() and not verb.is_capitalized):
        return False
    if not low.endswith(("s", "ed")) or low.endswith("ss") or low in vocab.phrase_stops:
        return False
    if low in vocab.change_verbs or low in vocab.cue_verbs or low in _ENDS:
        return False
    subject = toks[k - 1]
    return _noun_like(subject, vocab, k - 1 == 0 or not toks[k - 2].is_word)


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


def _noun_like(tok: Tok, vocab: Vocab, initial: bool = False) -> bool:
    """A word that may be part of a noun phrase; a capitalized one only when it opens
    the sentence or a label (``initial``): "Cloud revenue of", "Revenue:"."""
    low = tok.low
    return (
        tok.is_word
        and (low.replace("-", "").isalpha() or _compound_word(low))
        and low not in vocab.phrase_stops
        and low not in vocab.finite_verbs
        and low not in vocab.change_verbs
        and low not in vocab.nouns.verbs
        and low not in vocab.cue_verbs
        and low not in _ENDS
        and not low.endswith(("ly", "ed"))
        and (initial or not tok.is_capitalized)
    )


def _compound_word(low: str) -> bool:
    """A hyphenated modifier with a number in it: "10-year", "2-for-1"."""
    return "-" in low and low.replace("-", "").isalnum() and any(c.isalpha() for c in low)


def _compound(after: list[Tok], vocab: Vocab) -> Measure:
    """"£412 million budget", "34-month trial": nouns right after the figure."""
    run: list[str] = []
    stop: Tok | None = None
    for tok in after:
        if not _noun_like(tok, vocab):
            stop = tok
            break
        run.append(tok.low)
        if len(run) == _REACH:
            return ()  # a clause, not a noun phrase
    if stop is not None and _opens_phrase(stop, vocab):
        run = run[:-1]  # "budget includes a ...": a verb before its object, no head
    while run and run[-1].endswith("ing"):
        run.pop()  # "$2 billion spending cuts" keeps the noun, "40 months serving" none
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
        return _named(_phrase(before[:-1], vocab), vocab)
    if last == "of":
        return _named(_phrase(before[:-1], vocab), vocab)
    if last in _VERB_PREPOSITIONS and len(before) > 1:
        verb = before[-2]
        if verb.is_word and verb.low.endswith(("ed", "ing")) and verb.low not in vocab.phrase_stops:
            return (f"{verb.low} {last}",)
    return ()


def _phrase(toks: list[Tok], vocab: Vocab) -> list[str]:
    """The noun phrase ending right before ``toks`` ends (read backwards), as words."""
    run: list[str] = []
    for k in range(len(toks) - 1, -1, -1):
        tok, low = toks[k], toks[k].low
        initial = k == 0 or not toks[k - 1].is_word
        if not tok.is_word or low.endswith(("'s", "s'")) or not _noun_like(tok, vocab, initial):
            break
        run.append(low)
        if len(run) == _REACH:
            break
    return run[::-1]


def _named(run: list[str], vocab: Vocab) -> Measure:
    """(head, *modifiers): the last word is the head, mapped to a lexicon thing."""
    if not run:
        return ()
    head = vocab.lemma(run[-1])
    if head in _GENERIC or len(head) < 3:
        return ()
    mods = run[:-1]
    for i in range(len(run) - 1):  # the longest lexicon thing ending the phrase
        thing = match_phrase(vocab.things, run, i)
        if thing is not None and i + thing[1] == len(run):
            return (thing[0], *sorted({vocab.lemma(m) for m in run[:i]}))  # "net sales"
    named = vocab.thing_at([run[-1]], 0)
    head = named[0] if named else head
    return (head, *sorted({vocab.lemma(m) for m in mods}))


# words between a verb and its count that say how many, not what: "employs some 1,500"
_COUNT_SKIP = frozenset({"about", "around", "roughly", "some", "nearly", "almost", "more",
                         "than", "at", "least", "most", "over", "under", "up", "to", "an",
                         "estimated", "a", "further", "another", "only", "just", "all"})
# words after a count's noun that are neither its verb nor its modifiers
_AFTER_SKIP = frozenset({"who", "that", "which", "had", "have", "has", "were", "was", "are",
                         "is", "be", "been", "being", "will", "would", "could", "may", "might",
                         "can", "should", "did", "do", "does", "not", "now", "still", "also",
                         "already", "reportedly", "allegedly", "all", "then", "so", "far"})


def _counted(text: str, q: Quantity, lo: int, hi: int, vocab: Vocab, start: int) -> Measure:
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
        verb = _verb_after(after[at + 1:], vocab)
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


# attribution verbs say who gives a count, not what it counts ("said 300 fans"); these
# say how it was counted ("ballots had been counted", "recorded 383 heat deaths")
_RECORDING = frozenset({"counted", "recorded", "registered", "confirmed", "calculated"})
_YEAR = re.compile(r"\b(?:in|during|by) (?:the )?((?:1[89]|20)\d\d)s?\b", re.IGNORECASE)


def _verb_like(tok: Tok, vocab: Vocab) -> bool:
    """A lowercase word that is no function word: a verb, when next to a count."""
    low = tok.low
    return (tok.is_word and low.isalpha() and not tok.is_capitalized and len(low) > 2
            and low not in vocab.phrase_stops and low not in _ENDS
            and (low not in vocab.cue_verbs or low in _RECORDING) and not low.endswith("ly"))


def _verb_after(toks: list[Tok], vocab: Vocab) -> str | None:
    """The verb of which the count is the subject: "fans were involved", "ballots
    had been counted", "lorries were taking part", "people who work at the port"."""
    for tok in toks[:5]:
        if tok.low in _AFTER_SKIP or tok.low.endswith("ly"):
            continue
        return tok.low if _verb_like(tok, vocab) else None
    return None
