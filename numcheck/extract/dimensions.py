"""A dimension said of its holder: "The tunnel, which is 2,400 metres long", "the dam
will be 90 metres high", "the bridge is 1,060 metres long".

Reporters give an object's size either before its noun ("the 1.1km bridge", read by
``measure._compound``) or as a predicate with a dimension adjective after the figure.
Both name the same holder, so the predicate frame is read here: a figure followed by one
of ``[property_frames] dimensions`` after a copula (auxiliaries of ``[grammar]``, a
relative pronoun standing for its antecedent) measures the noun phrase before them.
"""

from __future__ import annotations

from numcheck.extract.phrases import _named, _phrase
from numcheck.extract.tokens import Tok, tokenize
from numcheck.extract.vocab import Vocab
from numcheck.quantity import Kind, Quantity

Measure = tuple[str, ...]
_RELATIVES = frozenset({"which", "that"})


def holder(text: str, q: Quantity, lo: int, hi: int, vocab: Vocab) -> Measure:
    """The holder a dimension adjective after ``q`` says ``q`` of; () when none is."""
    after = tokenize(text, q.end, min(hi, q.end + 24), limit=1)
    if not after or after[0].low not in vocab.dimensions:
        return ()
    before = tokenize(text, max(lo, q.start - 120), q.start)
    k = _skip_copula(before, vocab)
    if k is None:
        return ()
    run = _phrase(before[: k + 1], vocab)
    if not run:
        return ()
    j = k - len(run)  # "the convoy north of the city is 40 km long": a preposition's
    while j >= 0 and (before[j].low in vocab.determiners or before[j].low in vocab.possessives):
        j -= 1
    if j >= 0 and before[j].low in vocab.prepositions:
        return ()  # object is no holder; the frames after this one read the clause
    return _named(run, vocab)


def _skip_copula(before: list[Tok], vocab: Vocab) -> int | None:
    """The index of the last token before the copula (and a relative pronoun with its
    comma); None when no copula stands right before the figure."""
    k = len(before) - 1
    copula = False
    while k >= 0 and before[k].low in vocab.auxiliaries:
        copula, k = True, k - 1
    if not copula:
        return None
    if k >= 0 and before[k].low in _RELATIVES:
        k -= 1
        if k >= 0 and before[k].text == ",":
            k -= 1
    return k


def property_thing(text: str, q: Quantity, thing: str | None, vocab: Vocab) -> str | None:
    """The thing a property frame counts, or ``thing`` unchanged: a count compound of a
    ``[property_frames] counted`` noun ("the 480-bed hospital": bed, as "the hospital has
    520 beds"), and a bare count after "a <noun> of" ("which has a capacity of 12,000":
    capacity, as "the 15,500-capacity stadium"; "a fleet of 40 buses" keeps its buses)."""
    if q.kind is not Kind.COUNT:
        return thing
    if q.noun is not None and q.noun in vocab.property_nouns and "-" in q.text:
        return vocab.property_nouns[q.noun]
    if thing is not None:
        return thing
    before = tokenize(text, max(0, q.start - 40), q.start)
    if len(before) < 3 or before[-1].low != "of":
        return thing
    noun, det = before[-2].low, before[-3].low
    if noun in vocab.property_nouns and (det in vocab.determiners or det in vocab.possessives):
        return vocab.property_nouns[noun]
    return thing
