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
from dataclasses import dataclass
from typing import Any

from numcheck.checkers.drift.alignment import Alignment
from numcheck.claims import Claim
from numcheck.lexicon import Lexicon, LexiconError
from numcheck.text import norm

__all__ = ["AttributiveWords", "apart", "attributes", "selecting"]

_KEY = "alignment.descriptors.attributive"
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ed|ing|en)$")


@dataclass(frozen=True)
class AttributiveWords:
    """``[descriptors.attributive]``: the classes of words that describe a set, as lemmas."""

    describing: frozenset[str] = frozenset()

    @classmethod
    def from_lexicon(cls, lex: Lexicon) -> AttributiveWords:
        table: Mapping[str, Any] = lex["alignment"].get("descriptors", {}).get("attributive", {})
        return cls(describing=describing_words(table, lex["alignment"].get("descriptors", {})))


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


def attributes(claim: Claim, alignment: Alignment) -> tuple[str, tuple[str, ...]]:
    """A figure's counted noun (its lemma, "" when its subject does not say it) and the
    words right before it in its subject, as written ("38 new homes" -> ("home",
    ("new",))): the run of lower-case words up to a name, a number, a function word or
    anything else ("the Kell valley's 46 pylons" says none)."""
    words = (claim.subject or "").split()
    head = _head(words, claim, alignment)
    if head < 0:
        return "", ()
    out: list[str] = []
    for word in reversed(words[:head]):
        if not _WORD.fullmatch(word) or norm(word) in alignment.function_words:
            break  # a name ("Tesco stores"), a number, "the", a verb's object's edge
        out.append(word)
    return alignment.lemma(norm(words[head])), tuple(reversed(out))


def _head(words: list[str], claim: Claim, alignment: Alignment) -> int:
    """The index of the subject's head noun: its last word if that is the figure's thing
    or measure head (after lemmas), else -1."""
    if not words:
        return -1
    heads = {alignment.lemma(norm(w)) for w in (claim.key.thing or "", *claim.measure[:1]) if w}
    forms = alignment.thing_forms.get(claim.key.thing or "", ())
    heads |= {alignment.lemma(norm(f)) for f in forms}
    last = len(words) - 1
    return last if alignment.lemma(norm(words[last])) in heads else -1


def selecting(claim: Claim, other: Claim, alignment: Alignment,
              words: AttributiveWords) -> frozenset[str]:
    """The attributive words of ``claim`` that pick a subset the ``other`` does not say."""
    head, own = attributes(claim, alignment)
    if not own or head != attributes(other, alignment)[0]:
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
          below: int) -> bool:
    """Whether two figures of different values count two sets: each picks its own subset
    ("45 domestic" and "60 international flights"), or the smaller picks a subset by a
    word the other does not say ("38 new homes" and "214 homes"). ``below``: -1 when
    ``a`` is the smaller, 1 when ``b`` is, 0 when their values meet. Never figures of
    one value (a part told as its whole is measure drift, NC403, for the judge) nor a
    part above its whole ("2,100 native trees" and "1,200 trees" cannot both be so)."""
    if below == 0:
        return False
    own_a, own_b = selecting(a, b, alignment, words), selecting(b, a, alignment, words)
    if own_a and own_b:
        return True
    return bool(own_a) if below < 0 else bool(own_b)
