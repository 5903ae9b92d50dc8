"""A sum no noun names, read as the object of the act that moved it.

"Brindle raised £42m in its latest round" / "the start-up raised £35m in the round": two
sources tell one sum, and nothing but its verb says which sum it is. A figure that names
nothing meets no other figure on the key route (docs/maintainers/claims.md); headed by its
verb as written, as a verb frame is ("jailed for", ``measure._paid``'s "paid for"), it
meets the sums of that act in the other articles of the story, and the descriptor window
and the judge decide as for any measured figure. The guards keep out what is no act's
object: a level or a change, a passive, a rate, a sum of something, a sum before its noun.
"""

from __future__ import annotations

from numcheck.extract.phrases import Measure, _noun_like
from numcheck.extract.tokens import Tok
from numcheck.extract.vocab import Vocab, match_phrase

__all__ = ["object_of"]


def object_of(before: list[Tok], after: list[Tok], vocab: Vocab) -> Measure:
    """A sum as the bare object of a verb in the past, no frame naming it otherwise:
    "Brindle raised £42m in its latest round", "the pair took £412,500", "the developer
    paid £3.9m for the old depot". The verb as written heads it, with its preposition
    when one says what the sum went to or came from, as a verb frame does ("jailed
    for", ``_paid``): the sum of that act in the story. Nothing when the sum is no
    object of an act: a level or a change told by its verb ("came to £413m", "rose
    5p"), a passive ("was paid £200,000": the sum the subject got), a rate ("pay £1,690
    a year": one per band or year), a sum of something ("sold $1.2bn of currency") or
    before its noun ("faces £18.6m gap"), one of two sums set against each other
    ("raised $2.1m, against $1.2m for Price"), a pronoun's (whose is unsaid), a sum paid
    for a name (the likeness route's). ``after`` runs to the next figure."""
    k = len(before) - 1
    while k >= 0 and before[k].low in _OBJECT_HEDGES:
        k -= 1
    if k < 0:
        return ()
    verb = before[k]
    low = verb.low
    if not (verb.is_word and low.isalpha() and not verb.is_capitalized) or (
            low in vocab.auxiliaries or low in vocab.phrase_stops or low in vocab.cue_verbs):
        return ()
    if not (low.endswith("ed") or low in vocab.nouns.verbs):
        return ()  # the past of an act: "raised", "paid", "took"
    if low in vocab.change_verbs and not low.endswith("ed"):
        return ()  # "rose 5p", "fell £3bn": a change, not an object
    words = [t.low for t in reversed(before[:k + 1])]
    if match_phrase(vocab.level_verbs, words, 0) or match_phrase(vocab.predicates, words, 0):
        return ()  # "came to", "stood at": the figure is a level
    if k > 0 and before[k - 1].low in _BE:
        return ()  # "had been paid £200,000": the sum its subject got
    if k > 0 and (before[k - 1].low in vocab.determiners or before[k - 1].low in vocab.possessives):
        return ()  # "the undisturbed 390p": an adjective, no verb
    if any(t.low in _CONTRAST for t in after):
        return ()  # "Ellis raised $2.1 million, against $1.2 million for Price": one of two
    j = k - 1
    while j >= 0 and (before[j].low in vocab.auxiliaries or before[j].low.endswith("ly")):
        j -= 1
    if j >= 0 and before[j].low in _PRONOUNS:
        return ()  # "It paid $5 million": whose sum is unsaid, as with ``sums.sum_of``
    nxt = after[0] if after else None
    if nxt is not None and (nxt.low in _NOT_OBJECT or nxt.text in "/%" or (
            nxt.low not in vocab.prepositions and _noun_like(nxt, vocab))):
        return ()
    if nxt is not None and nxt.low in vocab.prepositions and len(after) == 1:
        return ()  # "took £412,500 from 34 victims": its object holds another figure
    if nxt is not None and nxt.low in _OBJECT_PREPOSITIONS and len(after) > 1:
        if after[1].is_capitalized:
            # "paid £85 million for Harton Rovers": what it went to is a name, which
            # the likeness route reads with the clause (drift/unnamed.py); a verb head
            # would file it on the key route, where a "takeover" never meets it
            return ()
        return (f"{low} {nxt.low}",)
    return (low,)


# words between a verb and its sum that leave the sum its object ("raised nearly £42m");
# not "to", "at" or "up": "came to", "stood at", "up to" make the figure a level or a bound
_OBJECT_HEDGES = frozenset({"about", "around", "roughly", "some", "nearly", "almost", "more",
                            "less", "than", "over", "under", "just", "an", "estimated",
                            "further", "another"})
_BE = frozenset({"was", "were", "is", "are", "be", "been", "being"})
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you", "this", "that", "which",
                       "who"})
# after a sum: a rate, a sum of something, a step of a change
_NOT_OBJECT = frozenset({"a", "an", "per", "each", "every", "of", "to"})
# words that set the sum against another one of its sentence: whose each is matters, and
# the verb alone would let two owners' sums meet
_CONTRAST = frozenset({"against", "versus", "vs", "compared", "while", "whereas"})
# prepositions after a sum that say what it went to or came from ("paid £3.9m for the old depot")
_OBJECT_PREPOSITIONS = frozenset({"for", "on", "from"})
