"""A clause's verb said of every count of its subject or object.

"Thirty-eight homes, 19 shops and two schools were destroyed", "Officers arrested 30
men and 12 women", "Fourteen people, including three children, were injured": the
forward scan of subject.py stops at a comma and at the next figure, so a count with
other counts or an apposition between it and its verb keeps a thing and no event.
Coordination and apposition are grammar every desk uses: this module reads their marks
(commas, dashes, brackets, "and"/"or"), the figure spans and the verb the sentence
already has, and gives a count the event that verb names, never a word of its own
(docs/maintainers/claims.md, "A clause's verb shared by the counts it is said of").
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.extract.sentences import Span
from numcheck.extract.subject import (
    AFTER_TOKENS,
    LOOK,
    heads_a_clause,
    inflected_object,
    longest_from,
    noun_phrase,
    object_verb,
)
from numcheck.extract.tokens import Tok, tokenize
from numcheck.extract.vocab import Vocab, match_phrase

__all__ = ["shared_event"]

_JOINS = frozenset({"and", "or"})
_OPENERS = {",": ",", "—": "—", "–": "–", "(": ")"}  # a parenthetical's marks
_INSIDE = 14  # tokens a parenthetical holds at most
_RUN = 12  # conjuncts read at most on either side (a run of figures stays linear)

Event = tuple[str, str]  # (event, as written)


def shared_event(text: str, spans: Sequence[Span], i: int, sentence: Span,
                 vocab: Vocab) -> Event | None:
    """The event of the verb said of the count at ``spans[i]`` across coordinated counts
    or a parenthetical, when its own reading found none; None when nothing fits."""
    own = _phrase_end(text, spans[i], sentence, vocab)
    if own is None:
        return None  # a count names its own thing for its clause's verb to be its
    found = _after(text, spans, i, own, sentence, vocab)
    return found if found is not None else _before(text, spans, i, own, sentence, vocab)


def _phrase_end(text: str, span: Span, sentence: Span, vocab: Vocab) -> int | None:
    """Where the noun phrase after a figure ends, when it names a thing ("homes",
    "new cars", "of forest"); None when it names none or an event of its own."""
    toks = tokenize(text, span[1], min(sentence[1], span[1] + LOOK), AFTER_TOKENS)
    np = noun_phrase(text, toks, vocab, True)
    if np.event is not None or np.antecedent or (np.thing is None and not np.qualifiers):
        return None
    return toks[np.next - 1].end if np.next else span[1]


def _joined(text: str, end: int, nxt: int) -> bool:
    """Only a comma, "and" or "or" between a conjunct's phrase and the next figure."""
    words = text[end:nxt].replace(",", " , ").split()
    if not words or len(words) > 2:
        return False
    if words[0] == ",":
        words = words[1:]
    return not words or (len(words) == 1 and words[0].lower() in _JOINS)


def _after(text: str, spans: Sequence[Span], i: int, end: int, sentence: Span,
           vocab: Vocab) -> Event | None:
    """The verb after the run the count opens, or after a parenthetical."""
    j = i
    while j + 1 < len(spans) and spans[j + 1][1] <= sentence[1] and j - i < _RUN:
        if not _joined(text, end, spans[j + 1][0]):
            break
        nxt = _phrase_end(text, spans[j + 1], sentence, vocab)
        if nxt is None:
            return None  # "40 homes and 12 were destroyed": a conjunct of its own
        j, end = j + 1, nxt
    if not _opens(text, spans[i][0], sentence, vocab):
        # "The plant employs 900 people and 45 contractors were laid off", "30% of the
        # district's 14,000 homes — roughly 6,200 — were damaged": no subject
        return None
    rest = tokenize(text, end, min(sentence[1], end + 2 * LOOK), _INSIDE + AFTER_TOKENS)
    last = _last_conjunct(text, rest, vocab)  # "... and a school were destroyed"
    if last:
        return _verb_at(rest, last, vocab)
    if j > i:
        found = _verb_at(rest, 0, vocab)
        if found is not None:
            return found
    close = _parenthetical(rest, vocab)
    return _verb_at(rest, close, vocab) if close else None


def _last_conjunct(text: str, toks: list[Tok], vocab: Vocab) -> int:
    """The index after a last conjunct with no figure of its own (", and a school",
    "or a tram depot") that opens ``toks``, else 0."""
    k = 1 if toks and toks[0].text == "," else 0
    if k >= len(toks) or toks[k].low not in _JOINS:
        return 0
    np = noun_phrase(text, toks[k + 1:], vocab, True)
    if np.thing is None or np.event is not None or np.antecedent or not np.next:
        return 0
    return k + 1 + np.next


def _before(text: str, spans: Sequence[Span], i: int, end: int, sentence: Span,
            vocab: Vocab) -> Event | None:
    """The event verb before the first count of a run this count ends or goes on."""
    after = tokenize(text, end, min(sentence[1], end + LOOK), 4)
    if heads_a_clause(after, vocab):
        return None  # "arrested 30 fans and 12 officers needed treatment"
    j = i
    while j > 0 and spans[j - 1][0] >= sentence[0] and i - j < _RUN:
        prev = _phrase_end(text, spans[j - 1], sentence, vocab)
        if prev is None or not _joined(text, prev, spans[j][0]):
            break
        j -= 1
    if j == i:
        return None
    before = tokenize(text, max(sentence[0], spans[j][0] - 40), spans[j][0])
    event, written = object_verb(before, vocab)
    if event is None:
        event, written = inflected_object(before, vocab)
    return (event, written) if event is not None and written is not None else None


def _opens(text: str, start: int, sentence: Span, vocab: Vocab) -> bool:
    """Whether the figure opens its clause: the sentence's start, a mark, "that", an
    attribution verb or a conjunction after a comma (", and 40 homes ...") before it
    (determiners and possessives skipped)."""
    before = tokenize(text, max(sentence[0], start - 40), start)
    k = len(before) - 1
    while k >= 0 and (before[k].low in vocab.determiners or before[k].low in vocab.possessives):
        k -= 1
    if k < 0:
        return True
    tok = before[k]
    if tok.low in vocab.conjunctions:
        return k > 0 and before[k - 1].text == ","
    return not tok.is_word or tok.low == "that" or tok.low in vocab.cue_verbs


def _parenthetical(toks: list[Tok], vocab: Vocab) -> int:
    """The index after a parenthetical that opens ``toks`` and says no verb of its own
    (", including three children,", " — all from the night shift —"), else 0."""
    if not toks or toks[0].text not in _OPENERS:
        return 0
    closer = _OPENERS[toks[0].text]
    for k in range(1, min(len(toks), _INSIDE + 1)):
        tok = toks[k]
        if tok.text == closer:
            return k + 1 if k > 1 else 0
        if tok.text in ";:.!?()\"“”" or _verb_inside(tok, vocab):
            return 0
    return 0


def _verb_inside(tok: Tok, vocab: Vocab) -> bool:
    """A word that makes a parenthetical a clause of its own: a finite verb, an
    attribution verb, a relative pronoun ("who had been told to leave")."""
    w = tok.low
    return w in vocab.finite_verbs or w in vocab.cue_verbs or w in vocab.relatives


def _verb_at(toks: list[Tok], k: int, vocab: Vocab) -> Event | None:
    """The event of the verb that opens ``toks[k:]`` (auxiliaries and adverbs skipped)."""
    words = [t.low for t in toks]
    while k < len(toks) and toks[k].is_word and (
            words[k] in vocab.auxiliaries or (words[k].endswith("ly") and len(words[k]) > 4)):
        k += 1
    if k >= len(toks) or not toks[k].is_word:
        return None
    ev = match_phrase(vocab.events, words, k)
    if ev is None:
        return None
    start, (event, n) = longest_from(words, k, ev, vocab)
    return event, " ".join(t.text for t in toks[start:start + n])
