"""How alike two figures' contexts are: evidence that two figures are one quantity told
twice, without a key that names it.

A figure's context is the content words of its clause around it (``context_words``: up
to ``reach`` words each side, never past another figure or a clause mark), plus whatever
a reader knows of it (its subject, measure). Each word becomes features
(``Vocabulary.features``): its lemma, its synonym set's name (``[descriptors] synonyms``
of alignment.toml, a thing's or event's name in measures.toml) and, at a lower weight,
its hypernyms (``[hypernyms]`` of measures.toml, ``[kinds]`` of checkers.toml). A
feature weighs what it says among the figures it could confuse (``Specificity``:
``log((n + 1) / (f - 1))``, ``n`` figures, ``f`` of them holding it), so a word every
figure of a story carries says little and a rare shared word says a lot. ``likeness`` is the
weighted overlap of two contexts, 0..1.

Shared by drift across documents (checkers/drift/meeting.py) and readers of a figure
restated within one article; docs/maintainers/claims.md, "figures that meet by
likeness". simplemma is imported only when a word is first lemmatized.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache
from types import MappingProxyType
from typing import Any, NamedTuple

from numcheck.lazyre import lazy_compile
from numcheck.text import norm

__all__ = ["Features", "Specificity", "Vocabulary", "context_words", "lemma", "likeness"]

Features = Mapping[str, float]  # feature -> its share of the word's weight (1, or less)

_TOKEN = lazy_compile(r"[A-Za-z][A-Za-z0-9'’-]*|\d[\d,.]*|[;:()\[\]—–]|<[^>]*>")
_BREAK = frozenset(";:()[]—–")


@cache
def lemma(word: str) -> str:
    """A word's lemma ("employs" -> "employ", "polls" -> "poll"). simplemma takes a few
    tenths of a second to load its dictionary: it is imported only when figures'
    contexts are compared, never on a one-article check that did not compare them."""
    import simplemma

    if not word.isalpha():
        return word
    found = str(simplemma.lemmatize(word, lang="en")).lower()
    if found.endswith("ll") and word.endswith(("lling", "lled")):
        # British doubling: simplemma keeps "travell", "cancell" ("travelling"); the
        # single-l form's lemma is the verb when it is the same word less its last l
        # ("rolled" stays "roll": "roled" is no word of it)
        cut = word[: word.rfind("ll")] + word[word.rfind("ll") + 1 :]
        single = str(simplemma.lemmatize(cut, lang="en")).lower()
        if single + "l" == found:
            return single
    return found


def context_words(text: str, sentence: tuple[int, int], figure: tuple[int, int],
                  reach: int) -> list[str]:
    """The words around a figure in its sentence, lower-cased: up to ``reach`` each side,
    stopping at another figure (a token with a digit) or a clause mark (``;``, ``:``, a
    bracket, a dash). Linear in the sentence."""
    start, end = sentence
    if end <= start:
        start, end = max(0, figure[0] - 30 * reach), min(len(text), figure[1] + 30 * reach)
    left = _TOKEN.findall(text, start, figure[0])
    right = _TOKEN.findall(text, figure[1], end)
    return [*reversed(_walk(reversed(left), reach)), *_walk(right, reach)]


def _walk(tokens: Iterable[str], reach: int) -> list[str]:
    out: list[str] = []
    for token in tokens:
        if token[0].isdigit() or token in _BREAK:
            break
        if token.startswith("<"):
            continue  # markup
        out.append(token.lower())
        if len(out) >= reach:
            break
    return out


class Vocabulary(NamedTuple):
    """The lexicon's words as likeness reads them."""

    stops: frozenset[str] = frozenset()
    synonyms: Mapping[str, str] = MappingProxyType({})
    broader: Mapping[str, frozenset[str]] = MappingProxyType({})
    reach: int = 8
    broader_weight: float = 0.5

    @classmethod
    def from_lexicon(cls, lexicon: Any = None) -> Vocabulary:
        """From alignment.toml (``[likeness]``, ``[descriptors] synonyms``), measures.toml
        (one-word forms of ``[things]`` and ``[events]``, ``[hypernyms]``, ``[grammar]``
        function words) and checkers.toml (``[kinds]``). ``lexicon``: a
        ``numcheck.lexicon.Lexicon``, or the built-in one."""
        if lexicon is None:
            from numcheck.lexicon import Lexicon

            lexicon = Lexicon.default()
        return _from(lexicon)

    def features(self, words: Iterable[str]) -> dict[str, float]:
        """Each content word's lemma or synonym set (weight 1) and its hypernyms (lower)."""
        out: dict[str, float] = {}
        for word in words:
            word = norm(word).strip("'’-")
            if not word or word in self.stops or not word[0].isalpha():
                continue
            base = lemma(word) if word.isalpha() else word
            if base in self.stops:
                continue
            name = self.synonyms.get(word) or self.synonyms.get(base, base)
            out[name] = 1.0
            for up in self.broader.get(base, frozenset()) | self.broader.get(name, frozenset()):
                out[up] = max(out.get(up, 0.0), self.broader_weight)
        return out


def _from(lexicon: Any) -> Vocabulary:
    alignment = lexicon["alignment"]
    measures = lexicon["measures"]
    checkers = lexicon["checkers"]
    table = alignment.get("likeness", {})
    grammar = measures.get("grammar", {})
    stops = {norm(str(w)) for w in (
        *table.get("stops", ()), *grammar.get("auxiliaries", ()),
        *grammar.get("prepositions", ()), *grammar.get("conjunctions", ()))}
    synonyms: dict[str, str] = {}
    for group in alignment.get("descriptors", {}).get("synonyms", ()):
        names = [norm(str(w)) for w in group]
        for name in names:
            synonyms.setdefault(name, names[0])
    for section in ("things", "events"):  # one-word forms of a lexicon thing or event
        for name, forms in measures.get(section, {}).items():
            for form in forms:
                if " " not in str(form):
                    synonyms.setdefault(norm(str(form)), norm(name))
    parents: dict[str, set[str]] = {}
    for child, parent in measures.get("hypernyms", {}).items():
        parents.setdefault(norm(child), set()).add(norm(str(parent)))
    for parent, children in checkers.get("kinds", {}).items():
        for child in children:
            if norm(str(child)) != norm(parent):
                parents.setdefault(norm(str(child)), set()).add(norm(parent))
    broader = {word: frozenset(_ancestors(word, parents)) for word in parents}
    return Vocabulary(frozenset(stops), synonyms, broader, int(table.get("reach", 8)),
                      float(table.get("broader_weight", 0.5)))


def _ancestors(word: str, parents: Mapping[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    todo = list(parents.get(word, ()))
    while todo:
        up = todo.pop()
        if up not in seen and up != word:
            seen.add(up)
            todo.extend(parents.get(up, ()))
    return seen


class Specificity:
    """How much each feature says among a group of figures: ``log((n + 1) / (f - 1))``,
    ``f`` the figures holding it (at least 2 counted: a word only the two compared
    figures share says as much as a word only one of them says; a word every figure
    holds says next to nothing)."""

    def __init__(self, contexts: Iterable[Features]) -> None:
        self._counts: Counter[str] = Counter()
        self._n = 0
        for context in contexts:
            self._n += 1
            self._counts.update(context.keys())

    def weight(self, feature: str) -> float:
        return math.log((self._n + 1) / max(1, self._counts.get(feature, 0) - 1))

    def mass(self, context: Features) -> float:
        return sum(share * self.weight(f) for f, share in context.items())


def likeness(a: Features, b: Features, specificity: Specificity) -> float:
    """The weight two contexts share over the lighter context's own weight (an overlap
    of weighted sets): 1 when the sparer telling's words are all in the other, 0 for
    none in common. Another hand adds words of its own; it keeps the rare ones."""
    shared = sum(min(share, b[f]) * specificity.weight(f) for f, share in a.items() if f in b)
    if shared <= 0.0:
        return 0.0
    return shared / min(specificity.mass(a), specificity.mass(b))
