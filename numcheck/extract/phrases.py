"""The noun phrases a measure is read from: which words may belong to one, and how a
run of them becomes a measure (head, *sorted modifiers). Shared by the frames of
numcheck/extract/measure.py and the subject reader of numcheck/extract/predicate.py."""

from __future__ import annotations

from numcheck.extract.tokens import Tok
from numcheck.extract.vocab import Vocab, match_phrase

Measure = tuple[str, ...]  # (head, *sorted modifiers); () when nothing names it

_REACH = 4  # words of a noun phrase read on either side


# heads that name no measure of their own: "a total of £9m", "a figure of 40%"
_GENERIC = frozenset({"total", "sum", "amount", "figure", "number", "value", "level", "some",
                      "estimate", "average", "maximum", "minimum", "people", "today"})


# words that end a noun phrase although they are no function words: time ("£2m last
# year", "$740 million deficit next year") and comparison ("10% higher", "40% less")
_ENDS = frozenset({"last", "next", "this", "previous", "today", "yesterday", "tomorrow",
                   "ago", "earlier", "later", "more", "less", "fewer", "higher", "lower",
                   "than", "up", "down", "straight", "old", "out"})


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
    run = _collective(run, vocab)
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


def _collective(run: list[str], vocab: Vocab) -> list[str]:
    """ "staff numbers", "visitor numbers", "the passenger total": a generic head after a
    noun counts that noun, which becomes the head."""
    if len(run) < 2:
        return run
    head = vocab.lemma(run[-1])
    # plural or a total ("emergency number" is a telephone's); not "street value": a
    # value is of its noun
    if head in _GENERIC and head in vocab.collectives and (head != run[-1] or head == "total"):
        return run[:-1]
    return run


# attribution verbs say who gives a count, not what it counts ("said 300 fans"); these
# say how it was counted ("ballots had been counted", "recorded 383 heat deaths")
_RECORDING = frozenset({"counted", "recorded", "registered", "confirmed", "calculated"})


def _verb_like(tok: Tok, vocab: Vocab) -> bool:
    """A lowercase word that is no function word: a verb, when next to a count."""
    low = tok.low
    return (tok.is_word and low.isalpha() and not tok.is_capitalized and len(low) > 2
            and low not in vocab.phrase_stops and low not in _ENDS
            and (low not in vocab.cue_verbs or low in _RECORDING) and not low.endswith("ly"))
