"""A sum as the object of a verb that says what kind of sum it is.

"Regulators fined the bank $2.4 million", "The house sold for $3.4 million", "the
council will save £1.4m a year", "Granite City will spend $14.5 million": no noun
names the sum, the verb does. measures.toml ``[verbs.sums]`` maps each such verb (a
lemma, particles and a preposition included, read in every inflection by
extract/verbs.py) to the head noun that names its sum ("fine" -> fine, "sell for" ->
price), so that "was fined $2.4 million" and "a fine of $2.4 million" meet as one
measure. The heads of the clause's subject and of an object between the verb and the
sum ("fined *the bank*", "fined *Rovers*") are its modifiers, as "the bank's fine"
would name them; a clause subject ("plans to spend") adds none, and a pronoun subject
with no object names nothing ("She was fined £5,000"), as it does with a noun.
"""

from __future__ import annotations

from numcheck.extract.phrases import Measure, _noun_like
from numcheck.extract.tokens import Tok
from numcheck.extract.vocab import Vocab

__all__ = ["sum_of"]

# words between a verb and its sum that say how much, not what: "cost an estimated £2m",
# "sold for a total of £6.2m", "fined up to £50,000"
_HEDGES = frozenset({"about", "around", "roughly", "some", "nearly", "almost", "more", "less",
                     "than", "over", "under", "least", "at", "just", "a", "an", "estimated",
                     "up", "to", "well", "close", "total", "of", "only", "another", "further"})
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you", "this", "that", "which",
                       "who", "them", "him", "her", "us"})
_RELATIVES = frozenset({"who", "that", "which"})
_SKIP = frozenset({"also", "not", "never", "already", "reportedly", "allegedly"})
_OBJECT = 4  # words of an object between the verb and its sum


def sum_of(before: list[Tok], vocab: Vocab) -> Measure:
    """The measure of a sum right after ``before`` when a ``[verbs.sums]`` verb takes it
    as its object: (head, *sorted words of its subject and object); () when none."""
    k = len(before)
    while k > 0 and before[k - 1].low in _HEDGES:
        k -= 1
    found = _verb(before, k, vocab)
    words: set[str] = set()
    if found is None:
        for j in range(k - 1, max(0, k - _OBJECT) - 1, -1):
            if not _object(before[j:k], vocab):
                break
            if (found := _verb(before, j, vocab)) is not None:
                words.add(vocab.lemma(before[k - 1].low))  # "fined the bank"
                k = j
                break
        else:
            return ()
        if found is None:
            return ()
    head, n = found
    subject = _subject(before, k - n - 1, vocab)
    if subject is None and not words:
        return ()  # "She was fined £5,000": a pronoun names nothing
    words |= subject or set()
    return (head, *sorted(words - {head}))


def _verb(before: list[Tok], k: int, vocab: Vocab) -> tuple[str, int] | None:
    """The ``[verbs.sums]`` verb phrase ending at ``before[k - 1]``, as (head, length)."""
    hit = vocab.verbs.sum_ending_at([t.low for t in before[max(0, k - 3):k]])
    if hit is None or not all(t.is_word and not t.is_capitalized
                              for t in before[k - hit[1]:k]):
        return None
    return hit


def _object(toks: list[Tok], vocab: Vocab) -> bool:
    """Whether ``toks`` is a short noun phrase: determiners or a possessive, then nouns
    or a name ("the bank", "Northbank", "taxpayers"); no pronoun but "them"."""
    k = 0
    while k < len(toks) and (toks[k].low in vocab.determiners or toks[k].low in vocab.possessives):
        k += 1
    rest = toks[k:]
    return bool(rest) and all(
        t.is_word and (_noun_like(t, vocab) or t.is_capitalized) and t.low not in _PRONOUNS
        for t in rest)


def _subject(before: list[Tok], j: int, vocab: Vocab) -> set[str] | None:
    """The head of the subject ending at ``before[j]``, past auxiliaries and adverbs,
    with a name's words ("Granite City"); none for no noun phrase, None for a
    pronoun."""
    while j >= 0 and (before[j].low in vocab.auxiliaries or before[j].low in _SKIP
                      or before[j].low.endswith("ly")):
        j -= 1
    if j > 0 and before[j].low in _RELATIVES and before[j - 1].is_word:
        j -= 1  # "a finance director who stole"
    if j >= 0 and before[j].low in _PRONOUNS:
        return None
    if j < 0 or not before[j].is_word:
        return set()
    if before[j].low.endswith(("'s", "s'")):
        return {before[j].low[:-2].rstrip("'")}  # "Bramwell's spent"
    tok = before[j]
    if tok.is_capitalized and not _noun_like(tok, vocab, True):
        run: list[str] = []
        while j >= 0 and len(run) < _OBJECT and before[j].is_word and before[j].is_capitalized:
            run.append(before[j].low)
            j -= 1
        return {w for w in run if w.isalpha() and w not in vocab.phrase_stops}
    if not _noun_like(tok, vocab, True):
        return set()
    return {vocab.lemma(tok.low)}
