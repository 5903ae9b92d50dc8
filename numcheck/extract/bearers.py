"""The bearer of a figure told after its noun: "a crater about 25 metres long", "the wall,
6 metres high", "a 12-metre-long whale", "a contract worth $900 million", "the scheme,
costing £3m, ...".

Reporters on every desk give a thing's size or value either before its noun ("the
25-metre crater", "a $900 million contract", read by ``measure._compound``), as a
predicate after a copula ("the crater is 25 metres long", ``dimensions.holder``), or
postposed: right after the noun phrase, set off by a comma or not, a figure closed by a
dimension adjective, or opened by a word of value. All three name one bearer, so the
postposed frame is read here, as grammar: the figure's bearer is the noun phrase right
before it (after hedges, an apposition mark, a relative pronoun and a copula), opened by
a determiner or a possessor, or by a comma when it is set off. A dimension adjective adds
the dimension it names (``measures.toml [bearers] extents``: "long" -> length) to the
measure's modifiers, so a crater's width and its depth are never one figure, while "the
25-metre crater" (no dimension said) fits either.
"""

from __future__ import annotations

from numcheck.extract.phrases import Measure, _named, _noun_like, _phrase
from numcheck.extract.tokens import Tok, tokenize
from numcheck.extract.vocab import Vocab
from numcheck.quantity import Kind, Quantity

__all__ = ["bearer", "compound_extent", "compound_head", "with_extent"]

# words between a bearer and its figure that say how much, not what: "a crater about 25"
_HEDGES = frozenset({"about", "around", "roughly", "some", "nearly", "almost", "more", "less",
                     "than", "over", "under", "least", "at", "just", "an", "estimated", "up",
                     "to", "well", "close", "approximately", "only", "barely"})
_MARKS = frozenset({",", "(", "–", "—"})  # a postposed phrase set off from its bearer
_REACH = 120  # characters read back from the figure


def bearer(text: str, q: Quantity, lo: int, hi: int, vocab: Vocab) -> Measure:
    """The measure of a postposed figure: a size closed by a dimension adjective ("a
    crater about 25 metres long": ``("crater", "length")``) or a sum opened by a word of
    value ("a contract worth $900 million": ``("contract",)``); () when no frame fits."""
    if q.kind is Kind.MEASURE:
        after = tokenize(text, q.end, min(hi, q.end + 24), limit=1)
        if not after or after[0].low not in vocab.bearer_extents:
            return ()
        before = tokenize(text, max(lo, q.start - _REACH), q.start)
        k = _skip_hedges(before, len(before) - 1)
        found = _bearer(before, k, vocab, copula=True, value=False)
        return with_extent(found, vocab.bearer_extents[after[0].low])
    if q.kind is Kind.MONEY:
        before = tokenize(text, max(lo, q.start - _REACH), q.start)
        k = _skip_hedges(before, len(before) - 1)
        if k >= 1 and before[k].low in vocab.bearer_values:
            return _bearer(before, k - 1, vocab, copula=True, value=True)
        if k >= 1 and before[k].text in _MARKS and _closed(text, q.end, hi):
            # "The fine, £4m, is the largest": a sum in apposition is its noun's value
            return _bearer(before, k, vocab, copula=False, value=True)
    return ()


def _closed(text: str, end: int, hi: int) -> bool:
    """Whether a mark closes the apposition right after the figure: "the fine, £4m, "."""
    after = tokenize(text, end, min(len(text), end + 8), limit=1)
    return bool(after) and after[0].text in _CLOSING and after[0].start < max(hi, end + 1)


_CLOSING = frozenset({",", ")", "–", "—", ";", "."})


def compound_extent(after: list[Tok], vocab: Vocab) -> tuple[int, str] | None:
    """ "a 12-metre-long whale", "the 400m-high mast": a compound size joined to a
    dimension adjective; the tokens to skip before its head, and the dimension."""
    if len(after) >= 2 and after[0].text == "-" and after[1].low in vocab.bearer_extents:
        return 2, vocab.bearer_extents[after[1].low]
    return None


def with_extent(found: Measure, extent: str) -> Measure:
    """A measure with the dimension its adjective names among its modifiers."""
    if not found or found[0] == extent:
        return found
    return (found[0], *sorted({*found[1:], extent}))


def _skip_hedges(before: list[Tok], k: int) -> int:
    while k >= 0 and before[k].low in _HEDGES:
        k -= 1
    return k


def _bearer(before: list[Tok], k: int, vocab: Vocab, *, copula: bool, value: bool) -> Measure:
    """The noun phrase ending at ``before[k]`` (past a copula, a relative pronoun and an
    apposition mark), opened by a determiner or a possessor: "the wall, 6 metres", "a
    crater about 25 metres", "the package is worth". Set off by a mark, a phrase after
    a preposition is stepped over to the noun it modifies ("the contract with Hallam
    Rail, worth", "the sinkhole on Mill Lane, which is 21 metres deep"); not set off,
    the object of "of" is no bearer ("a stretch of road 300 metres long"), nor that of
    another preposition unless a sum is said of it ("in a deal worth $1.2 billion")."""
    set_off = False
    if copula:
        aux = k
        while k >= 0 and before[k].low in vocab.auxiliaries:
            k -= 1
        if k < aux and k >= 0 and before[k].low in vocab.relatives:
            k -= 1  # "the contract, which is worth": the relative's antecedent
            if k < 0 or before[k].text not in _MARKS:
                return ()
            set_off = True
    if k >= 0 and before[k].text in _MARKS:
        set_off, k = True, k - 1
    found = _opened(before, k, vocab, names=set_off)
    if found is None:
        return ()
    run, j = found
    if j >= 0 and before[j].low in vocab.prepositions:
        if set_off:  # the phrase the preposition's object modifies
            outer = _opened(before, j - 1, vocab, names=False)
            return _named(outer[0], vocab) if outer is not None else ()
        if before[j].low == "of" or not value or not run:
            return ()
    return _named(run, vocab) if run else ()


def _opened(before: list[Tok], k: int, vocab: Vocab, *,
            names: bool) -> tuple[list[str], int] | None:
    """The words of the noun phrase ending at ``before[k]`` and the index of the token
    before its determiners, when a determiner or a possessor opens it; a name ("Mill
    Lane", ``names``) needs none and gives no words: it is only stepped over."""
    if k < 0 or not before[k].is_word:
        return None
    run = _phrase(before[: k + 1], vocab)
    if not run:
        if not names:
            return None
        j = k
        while j >= 0 and j > k - 4 and before[j].is_word and before[j].is_capitalized \
                and before[j].low not in vocab.phrase_stops:
            j -= 1
        if j == k or j < 0:
            return None
        while j >= 0 and before[j].low in vocab.determiners:
            j -= 1
        return [], j
    j = k - len(run)
    if not (j >= 0 and (before[j].low in vocab.determiners or before[j].low in vocab.possessives
                        or before[j].low.endswith(("'s", "s'")))):
        return None
    while j >= 0 and (before[j].low in vocab.determiners or before[j].low in vocab.possessives):
        j -= 1
    return run, j


def compound_head(text: str, q: Quantity, vocab: Vocab) -> str | None:
    """The noun a compound figure qualifies (the parser's ``q.head``: the last of up to
    three words after it), ended before a verb of ``[bearers] clause_verbs``: "the
    three-week closure begins in June" qualifies the closure, not "begins" or "in";
    and before any later word no noun phrase holds (an adverb, a verb): "a 20-mile zone
    now stretches" qualifies the zone, "the 12-week trial still needs" the trial."""
    if q.head is None:
        return None
    words = tokenize(text, q.end, min(len(text), q.end + 60), limit=4)
    for k, tok in enumerate(words):
        if tok.low in vocab.bearer_verbs or (k and words[k - 1].is_word and tok.is_word
                                             and not _noun_like(tok, vocab)):
            before = [w for w in words[:k] if w.is_word]
            return before[-1].low if before else None
        if tok.low.strip("’'-") == q.head:
            break
    return q.head

