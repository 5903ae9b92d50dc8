"""Words before a counted noun: do they describe the set, or select a subset of it?

"214 homes" and "38 new homes", "130 flights" and "45 domestic flights", "520 workers"
and "310 full-time workers": each second figure counts a part of the first, picked out by
a word before its noun. Two articles saying them are no contradiction, whatever their
key or descriptor has in common. "64 towering pylons", "830 sturdy tents", "73 terrified
hostages" describe every member of the set the other article counts: one figure, told
with colour.

The rule is grammatical, not a list of subsets: an attributive word (the figure's
subject, before its head noun) selects unless it belongs to a class that describes.
Those classes are data: ``[descriptors.attributive]`` in alignment.toml (evaluative
words, feelings of the people counted, impressions of size or look). Four kinds of
attributive word never select, by their form or their story: a name ("Tesco stores":
the holder the story is about), a participle ("flooded homes": the event's verb, which
drift compares as a descriptor), the story's own incident ("storm damage") and a word
the other figure also says. Two figures of one pair whose selecting words differ are two
sets: the pair is never judged (``apart``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from numcheck.checkers.drift.alignment import Alignment
from numcheck.claims import Claim
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import Lexicon, LexiconError
from numcheck.quantity import Kind
from numcheck.text import norm

__all__ = ["AttributiveWords", "apart", "attributes", "selecting"]

_KEY = "alignment.descriptors.attributive"
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_PARTICIPLE = lazy_compile(r"[a-z]{3,}(?:ed|ing|en)$")


class AttributiveWords(NamedTuple):
    """``[descriptors.attributive]``: the classes of words that describe a set, as lemmas."""

    describing: frozenset[str] = frozenset()
    # measures.toml [grammar]: words that end a run of attributes ("of", "and", "the")
    breaks: frozenset[str] = frozenset()

    @classmethod
    def from_lexicon(cls, lex: Lexicon) -> AttributiveWords:
        table: Mapping[str, Any] = lex["alignment"].get("descriptors", {}).get("attributive", {})
        grammar: Mapping[str, Any] = lex["measures"].get("grammar", {})
        return cls(describing=describing_words(table, lex["alignment"].get("descriptors", {})),
                   breaks=frozenset(norm(str(w)) for name in _BREAKS
                                    for w in grammar.get(name, ()) if " " not in str(w)))


_BREAKS = ("auxiliaries", "prepositions", "conjunctions", "relatives", "determiners",
           "possessives", "finite_verbs", "complements")


def describing_words(table: Mapping[str, Any], descriptors: Mapping[str, Any]) -> frozenset[str]:
    """The words of every class, refused loudly (the key at fault) when a class is not a
    list of single lower-case words, or holds a ``[descriptors] siblings`` word (those
    tell two measures apart: they can never merely describe)."""
    siblings = {norm(str(w)) for group in descriptors.get("siblings", []) for w in group}
    out: set[str] = set()
    for name, words in table.items():
        if not isinstance(words, list):
            raise LexiconError(f"{_KEY}.{name}", "expected a list of words")
        for word in words:
            text = str(word)
            if not _WORD.fullmatch(text):
                raise LexiconError(f"{_KEY}.{name}", f"{text!r} is not one lower-case word")
            if text in siblings:
                raise LexiconError(f"{_KEY}.{name}", f"{text!r} is a [descriptors] siblings "
                                   "word: it tells measures apart, it does not describe")
            out.add(text)
    return frozenset(out)


def attributes(claim: Claim, alignment: Alignment, text: str | None,
               breaks: frozenset[str] = frozenset()) -> tuple[str, tuple[str, ...]]:
    """A figure's counted noun (its lemma; "" when the words right after the figure do
    not reach it) and the words between the figure and that noun, as written ("38 new
    homes" -> ("home", ("new",))). Only lower-case words and no function word may stand
    between: "46 pylons in the Kell valley", "58.1%, the commission said" say none; nor
    does an amount ("1.2 tonnes of cocaine"): only a count's noun takes attributes."""
    if text is None or claim.quantity.kind is not Kind.COUNT:
        return "", ()
    after = _CLAUSE.split(text[claim.location.end:claim.location.end + _REACH], maxsplit=1)[0]
    heads = _heads(claim, alignment)
    words: list[str] = []
    for word in after.split()[:_LONGEST + 1]:
        low = norm(word)
        if word != low or not _WORD.fullmatch(low) or low in breaks \
                or low in alignment.function_words:
            return "", ()  # a name ("46 Tesco stores"), a number, "of", "in", "the"
        lemma = alignment.lemma(low)
        if lemma in heads:
            return lemma, tuple(words)
        words.append(low)
    return "", ()


_CLAUSE = lazy_compile(r"[,;:.()\"“”—–]")
_REACH = 60  # characters read after the figure
_LONGEST = 3  # attributive words at most between a figure and its noun


def _heads(claim: Claim, alignment: Alignment) -> frozenset[str]:
    """The lemmas that may name a figure's counted noun: its thing, the thing's written
    forms and its measure's head."""
    forms = alignment.thing_forms.get(claim.key.thing or "", ())
    names = (claim.key.thing or "", *claim.measure[:1], *forms)
    return frozenset(alignment.lemma(norm(w)) for w in names if w and " " not in w)


def selecting(claim: Claim, other: Claim, alignment: Alignment, words: AttributiveWords,
              texts: Mapping[str, str]) -> frozenset[str]:
    """The attributive words of ``claim`` that pick a subset the ``other`` does not say."""
    head, own = attributes(claim, alignment, texts.get(claim.location.path), words.breaks)
    theirs = attributes(other, alignment, texts.get(other.location.path), words.breaks)[0]
    if not own or head != theirs:
        return frozenset()  # two nouns ("care homes", "people"): the keys weigh them
    said = _said(other, alignment)
    incident = {alignment.lemma(norm(w)) for w in (claim.key.incident, other.key.incident) if w}
    out = set()
    for word in own:
        low = norm(word)
        if low in words.describing or _PARTICIPLE.fullmatch(low):
            continue
        lemma = alignment.lemma(low)
        if lemma in words.describing or lemma in incident or lemma in said:
            continue
        out.add(lemma)
    return frozenset(out)


def _said(claim: Claim, alignment: Alignment) -> frozenset[str]:
    """Every word the figure says of itself: subject and descriptor, as lemmas."""
    words = [*(claim.subject or "").split(), *claim.measure]
    return frozenset(alignment.lemma(norm(w)) for w in words if _WORD.fullmatch(norm(w)))


def apart(a: Claim, b: Claim, alignment: Alignment, words: AttributiveWords,
          texts: Mapping[str, str], below: int) -> bool:
    """Whether two figures of different values count two sets: each picks its own subset
    ("45 domestic" and "60 international flights"), or the smaller picks a subset by a
    word the other does not say ("38 new homes" and "214 homes"). ``below``: -1 when
    ``a`` is the smaller, 1 when ``b`` is, 0 when their values meet. Never figures of
    one value (a part told as its whole is measure drift, NC403, for the judge) nor a
    part above its whole ("2,100 native trees" and "1,200 trees" cannot both be so)."""
    if below == 0:
        return False
    own_a = selecting(a, b, alignment, words, texts)
    own_b = selecting(b, a, alignment, words, texts)
    if own_a and own_b:
        return True
    return bool(own_a) if below < 0 else bool(own_b)
