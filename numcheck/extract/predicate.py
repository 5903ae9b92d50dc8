"""The subject of a level or a change: "Operating profit rose to €187m", "The deficit is
$470 million", "Attendance at the final was 61,200", "like-for-like sales rose 3.1%".

The subject is read back from the figure over its verb (a copula, a lexicon predicate,
a change verb and its amount), auxiliaries, an apposition between commas and the phrases
after its head ("The net budget for 2026/27 is"); docs/maintainers/claims.md, "Routes to
a measure".
"""

from __future__ import annotations

import re

from numcheck.extract.phrases import (
    _ENDS,
    _GENERIC,
    Measure,
    _named,
    _noun_like,
    _phrase,
    _verb_like,
)
from numcheck.extract.tokens import Tok, tokenize
from numcheck.extract.vocab import Vocab, match_phrase
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind, Level, Quantity

# a level's verb: "The deficit is $470 million", "Turnout stood at 71%"
_COPULAS = frozenset({"is", "was", "are", "were", "stood", "stands", "totalled", "totaled",
                      "reached", "remains", "remained"})


# a change amount between a change verb and "to": "jumped 22% to", "rose by 3.1 points to"
_AMOUNT_WORDS = frozenset({"by", "million", "billion", "trillion", "bn", "m", "percent",
                           "per", "cent", "pct", "points", "point", "basis", "a", "an", "about",
                           "almost", "nearly", "some", "around", "roughly", "more", "than"})


def _predicate(
    text: str, q: Quantity, start: int, vocab: Vocab, *, opening: bool = False
) -> Measure:
    """The subject of a level: "Operating profit rose to €187m", "Net profit jumped 22%
    to €187m", "The deficit is $470 million", "Turnout stood at 71%". The subject of a
    change ("shares rose 3.4%") is not read: the period of a change (in early trading,
    this year) is too often left unsaid to align two sources' changes on it."""
    toks = tokenize(text, max(start, q.start - 160), q.start)
    k = len(toks) - 1
    if k < 1:
        return ()
    last = toks[k].low
    old = _old_end(toks, k - 1) if last == "to" else None  # "fell from 24,130 to 9,871"
    level = _level_verb(toks, k, vocab, q) if old is None else 0
    if level:
        k -= level  # "The repair bill amounted to £2.3m", "the list numbers 7,400"
    elif (last == "to" and old is None and q.level is not Level.NEW
            and not _by_amount(toks, k - 1)):
        return _object(toks[:k], vocab)  # "lowered its price cap to £1,560"
    elif last == "to" and old is not None:
        k = old - 1  # the change's verb stands right before "from" (an adverb between)
        if k >= 1 and toks[k].low.endswith("ly") and toks[k].low not in vocab.change_verbs:
            k -= 1
        if k < 1 or toks[k].low not in vocab.change_verbs:
            # "raised its price cap from £1,568 to": the verb's object, when a determiner
            # opens it; "Outages fell overnight from 97,000 customers to": nothing
            run = _phrase(toks[:old], vocab)
            at = old - len(run) - 1
            if run and at >= 0 and (toks[at].low in vocab.determiners
                                    or toks[at].low in vocab.possessives):
                return _object(toks[:old], vocab)
            return ()
        k -= 1
    elif last == "to":
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
    elif (last == "at" and k >= 2 and toks[k - 1].low in vocab.complements
          and toks[k - 2].low in vocab.auxiliaries):
        k -= 2  # "The damage was estimated at", "the toll is put at"
    elif (said := _predicate_verb(toks, k, vocab)) > 0:
        k -= said  # "arrests reached 148", "reserves stand at £31 million"
    elif not opening and q.change is None and _transitive(toks, k, vocab):
        k -= 1  # "The site covers 42 hectares", "the slide travelled 1.2 km"
    elif q.change is not None and _changed(toks, k, vocab):
        # "like-for-like sales rose 3.1%", "sales were up 3.1 per cent": what changed,
        # and over which span the sentence says ("in early trading", "this year")
        while toks[k].low in _AMOUNT_WORDS and toks[k].low not in vocab.change_verbs:
            k -= 1
        k -= 1  # the verb the parser read the change from
        while k >= 0 and toks[k].low in vocab.auxiliaries:
            k -= 1
        k = _subject_head(toks, k, vocab) if k >= 0 else k  # "rolls in the district fell"
        named = _named(_phrase(toks[: k + 1], vocab), vocab) if k >= 0 else ()
        return (*named, _period(text, start, q, vocab)) if named else ()
    else:
        return ()
    # "Unemployment currently stands at", "the bill has now amounted to": auxiliaries and the
    # adverbs a level verb follows stand between the subject and its verb
    while k >= 0 and (toks[k].low in vocab.auxiliaries or toks[k].low in vocab.level_adverbs):
        k -= 1
    k = _antecedent(toks, k, vocab)
    k = _subject_head(toks, k, vocab)
    run = _phrase(toks[: k + 1], vocab) if k >= 0 else []
    if opening and run and not _opens_clause(toks, k + 1 - len(run), vocab):
        return ()  # "The number needed to treat over the 34-month trial was 91"
    if run and (run[-1] in vocab.window_units or run[-1] in vocab.months
                or run[-1] in vocab.weekdays):
        return ()  # "save £18.6 million next year: £7.2 million from ...": a time, no subject
    return _named([*_names_before(toks, k + 1 - len(run), vocab), *run], vocab) if run else ()


# relative pronouns that stand for the noun phrase before them as their clause's subject
# (not "who": a person's clause tells what befell them, "patients who waited 12 hours")
_RELATIVES = frozenset({"which", "that"})


def _antecedent(toks: list[Tok], k: int, vocab: Vocab) -> int:
    """A relative clause's subject is its antecedent, for a copula or a predicate verb
    (``_predicate``): "The Ardmore telescope, which cost $420 million", "the scheme,
    which will cost £3.6m". Where ``toks[k]`` is such a pronoun right after a noun (a
    comma between for "which"), the subject ends at that noun; else ``k``. "said that"
    is no relative clause: a verb stands before it, and the clause names nothing (-1)."""
    if k < 1 or toks[k].low not in _RELATIVES:
        return k
    j = k - 1
    if toks[j].text == "," and toks[k].low != "that":
        j -= 1
    if j < 0 or not _noun_like(toks[j], vocab):
        return -1
    return j


def _names_before(toks: list[Tok], at: int, vocab: Vocab) -> list[str]:
    """The capitalized words between a determiner (or the clause's start) and the
    subject phrase starting at ``toks[at]``: "The *Conservative* vote", "the *Red Cross*
    budget". They tell two such subjects apart ("the Labour vote"), so they are kept."""
    j = at - 1
    while (j >= 0 and toks[j].is_word and toks[j].is_capitalized and toks[j].low.isalpha()
           and toks[j].low not in vocab.determiners and toks[j].low not in vocab.possessives):
        j -= 1
    if j == at - 1:
        return []
    if j >= 0 and toks[j].is_word and toks[j].low not in vocab.determiners \
            and toks[j].low not in vocab.possessives:
        return []
    return [t.low for t in toks[j + 1 : at]]


def _old_end(toks: list[Tok], k: int) -> int | None:
    """Where "from" stands when the words ending at ``toks[k]`` are a change's old level
    ("fell from 24,130 to", "from 90 truckloads a week to"): the figure's "to" is the
    change's other end, and the change's verb stands before "from"."""
    for j in range(k, max(-1, k - 8), -1):
        tok = toks[j]
        if not tok.is_word and tok.text in ",;:()" and not (
                tok.text == "," and 0 < j < k and toks[j - 1].text[0].isdigit()
                and toks[j + 1].text[0].isdigit()):  # "24,130"
            return None
        if tok.low == "from" and j + 1 <= k and (toks[j + 1].text[0].isdigit()
                                                  or toks[j + 1].text[0] in "$£€¥"):
            return j
    return None


def _opens_clause(toks: list[Tok], at: int, vocab: Vocab) -> bool:
    """Whether the subject phrase starting at ``toks[at]`` (with its determiners and
    possessor) opens its clause: the sentence's start, a punctuation mark, "that" or an
    attribution verb ("Police said arrests had reached 158") stands before it."""
    k = at - 1
    while k >= 0 and (toks[k].low in vocab.determiners or toks[k].low in vocab.possessives
                      or toks[k].low.endswith(("'s", "s'"))):
        k -= 1
    if k >= 0 and toks[k].is_word and toks[k].is_capitalized:
        j = k  # "The Conservative vote", "the Red Cross budget": a name modifying the head
        while j >= 0 and toks[j].is_word and toks[j].is_capitalized:
            j -= 1
        if j < 0 or toks[j].low in vocab.determiners or toks[j].low in vocab.possessives:
            k = j - 1 if j >= 0 else j
    if k < 0:
        return True
    tok = toks[k]
    return not tok.is_word or tok.low == "that" or tok.low in vocab.cue_verbs


def _predicate_verb(toks: list[Tok], k: int, vocab: Vocab) -> int:
    """How many words before the figure are a predicate verb of the lexicon (`[grammar]
    predicates`: "reached", "stand at", "has climbed to"), 0 when none: a bare "to",
    "at" or "of" is no verb (read elsewhere)."""
    rev = [t.low for t in toks[max(0, k - 3) : k + 1]][::-1]
    found = match_phrase(vocab.predicates, rev, 0) if rev else None
    if found is None or (found[1] == 1 and rev[0] in ("to", "at", "of")):
        return 0
    return found[1]


def _level_verb(toks: list[Tok], k: int, vocab: Vocab, q: Quantity) -> int:
    """How many words before the figure are a level verb of the lexicon with its
    particles (``[grammar] level_verbs``, every tense: "amounts to", "has amounted to",
    "works out at", "numbers"), 0 when none. Read before "to" is taken for a change's
    new level: "amounted to" changes nothing, it states the subject's level."""
    rev = [t.low for t in toks[max(0, k - 3) : k + 1]][::-1]
    found = match_phrase(vocab.level_verbs, rev, 0) if rev else None
    if found is None and rev and q.kind is Kind.DURATION:  # "The consultation runs for"
        found = match_phrase(vocab.duration_verbs, rev, 0)
    return 0 if found is None else found[1]


# prepositions of a phrase that follows a subject's head: "the budget for 2026/27",
# "attendance at the final", "the cost of the new bridge"
_POSTMODIFIERS = frozenset({"for", "at", "in", "on", "from", "during", "across", "of", "to",
                            "outside", "inside", "near", "through", "along", "within",
                            "among", "into", "behind", "beyond"})


# phrases after a subject's head read back over: "The death toll from the collapse of a
# nine-storey block of flats in Halvory has risen to 14" (four), "the bill for the repair
# of the roof" (two)
_CHAIN = 5


def _subject_head(toks: list[Tok], k: int, vocab: Vocab) -> int:
    """Where the head of the subject ending at ``toks[k]`` stands: before an apposition
    between commas ("The agency's overall budget, including capital projects, is") and
    before a phrase after it ("The net budget for 2026/27 is", "Attendance at the final
    was"); a collective's "of" phrase is its head's ("the number of arrests")."""
    for _ in range(_CHAIN):
        if k >= 2 and toks[k].low == ",":
            opening = next((j for j in range(k - 1, max(0, k - 8), -1) if toks[j].low == ","),
                           None)
            if opening is None or not _noun_like(toks[opening - 1], vocab, opening == 1):
                return k
            k = opening - 1
            continue
        j, limit = k, max(0, k - 6)
        while True:
            while j > limit and toks[j].low not in _POSTMODIFIERS and _in_phrase(toks[j], vocab):
                j -= 1
            if not _figure_inside(toks, j, vocab):
                break
            # "Revenue for the 12 months to June": a figure's noun heads a phrase inside
            # the subject's own, which goes on before it
            j, limit = j - 1, max(0, limit - _INSIDE)
        if j == k or toks[j].low not in _POSTMODIFIERS or j < 1:
            return k
        head = toks[j - 1]
        if not _noun_like(head, vocab, j == 1) or (j > 1 and toks[j - 2].text[0].isdigit()) or (
                toks[j].low == "of" and vocab.lemma(head.low) in _GENERIC):
            return k  # no head: a name ("A&E in England"), another figure's noun ("12 hours")
        k = j - 1
    return k


_INSIDE = 4  # words a figure and its noun add to the phrase after a subject's head


def _figure_inside(toks: list[Tok], j: int, vocab: Vocab) -> bool:
    """Whether the preposition at ``toks[j]`` follows a figure's noun ("the 12 months
    to", "the 52 weeks to"): that phrase is inside another one, not the subject's."""
    return (j >= 2 and toks[j].low in _POSTMODIFIERS and toks[j - 2].text[0].isdigit()
            and _noun_like(toks[j - 1], vocab))


def _in_phrase(tok: Tok, vocab: Vocab) -> bool:
    """A word of the phrase after a subject's head ("for 2026/27", "at the final", "in
    Hatay province"): a determiner, a noun, a name or a number; no verb, conjunction or
    other preposition ("on Thursday after first-half sales" is two clauses' words)."""
    low = tok.low
    if not tok.is_word:
        return tok.text in "/-&"
    if low in vocab.determiners or low in vocab.possessives or tok.text[0].isdigit():
        return True
    return low not in vocab.phrase_stops and (tok.is_capitalized or _noun_like(tok, vocab))


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


_SPANS = lazy_compile(r"\b(day|week|month|year|quarter|half|trading|session|today|"
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
    # "The fire has consumed 4,000 hectares", "the slick now covers 12 sq km": a perfect's
    # auxiliary and level adverbs between the subject and its verb (``_predicate`` reads
    # back over them too); never a passive's ("She was fined £5,000": the one fined)
    j = k - 1
    while j >= 1 and (toks[j].low in _PERFECT or toks[j].low in vocab.level_adverbs):
        j -= 1
    subject = toks[j]
    if j < k - 1 and subject.low in _PRONOUNS:
        return False
    return _noun_like(subject, vocab, j == 0 or not toks[j - 1].is_word)


_PERFECT = frozenset({"has", "have", "had", "now", "still", "already"})
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you", "this", "that"})
