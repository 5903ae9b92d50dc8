"""The likeness route for figures that name nothing: "it paid £2.3m for the site",
"after 45 minutes", "the flight was carrying 172".

Such a figure has no head noun, so the route's head test (meeting._kin) can never hold
for it, and no key files it. What it is, is told by its clause: the verb that governs
it, the preposition before it, the content words around it. Two documents of one story
that tell one such figure share those words, and the words that tell which figure it is
are the ones rare in the story: "depot" or the company's name is in every sentence of
the set and says nothing; "paid" in two sentences of the set says a lot. So each
feature weighs ``log(S / s)`` over the story set's sentences (``StoryWeights``: ``S``
sentences, ``s`` of them holding the feature, lemmatized by the project's lemmatizer,
numcheck/likeness.py), and two figures meet when they are each other's best in the other
document by a margin (``UnnamedWords.margin``), their shared weight is enough absolutely
(``least``) and against the sparer context (``threshold``), and their values are close
(``ratio``). A figure a lexicon key files is the key route's and never meets here.
docs/maintainers/claims.md, "figures that meet by likeness".
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from numcheck.lazyre import lazy_compile
from numcheck.likeness import Features, Vocabulary

__all__ = ["StoryWeights", "UnnamedWords", "best_pairs", "elapsed", "preposition", "shared"]

_SENTENCE = lazy_compile(r"(?<=[.!?])[\"”’']?\s+|\n\s*\n")
_TOKEN = lazy_compile(r"[A-Za-z][A-Za-z'’-]*")
_BEFORE = lazy_compile(r"([A-Za-z]+)[ \t]+(?:(?:about|around|nearly|almost|some|roughly|"
                     r"over|under|more than|less than|just)[ \t]+)?$")


@dataclass(frozen=True)
class UnnamedWords:
    """``[likeness.unnamed]`` of alignment.toml: how much evidence two unnamed figures
    need to meet, and of which kinds (a share or a change that names nothing, "a 12%
    rise", is told by the sentence before it, not by its clause: never met here).
    ``from_table`` refuses an unknown key, a number that is not positive, a kind that
    is none of ``numcheck.quantity.Kind``."""

    threshold: float = 0.5
    least: float = 3.0
    margin: float = 1.0
    ratio: float = 2.0
    words: int = 2
    kinds: frozenset[str] = frozenset({"count", "money", "duration", "measure"})
    tally: frozenset[str] = frozenset({"to", "-", "–", "—", "against"})
    not_tally: frozenset[str] = frozenset({"from", "between"})
    elapsed: frozenset[str] = frozenset({"after", "since", "ago", "later", "on", "into"})
    prepositions: frozenset[str] = frozenset()

    @classmethod
    def from_lexicon(cls, lexicon: Any) -> UnnamedWords:
        table = lexicon["alignment"].get("likeness", {}).get("unnamed", {})
        grammar = lexicon["measures"].get("grammar", {})
        return cls.from_table(table, frozenset(str(w).lower() for w in
                                               grammar.get("prepositions", ())))

    @classmethod
    def from_table(cls, table: Mapping[str, Any], prepositions: frozenset[str]) -> UnnamedWords:
        from numcheck.quantity import Kind

        known = {"threshold", "least", "margin", "ratio", "words", "kinds", "tally",
                 "not_tally", "elapsed"}
        lists = {k: table.get(k, sorted(getattr(cls, k)))
                 for k in ("tally", "not_tally", "elapsed")}
        for key, words in lists.items():
            if not isinstance(words, list) or not words or any(
                    not isinstance(w, str) or not w.strip() or " " in w.strip() for w in words):
                raise ValueError(f"[likeness.unnamed] {key}: {words!r} is no list of words")
        kinds = table.get("kinds", sorted(cls.kinds))
        if not isinstance(kinds, list) or any(str(k) not in set(Kind) for k in kinds):
            raise ValueError(f"[likeness.unnamed] kinds: {kinds!r} are not all kinds of "
                             f"{sorted(Kind)}")
        for key, value in table.items():
            if key in ("kinds", "tally", "not_tally", "elapsed"):
                continue
            if key not in known:
                raise ValueError(f"[likeness.unnamed] {key!r}: not one of {sorted(known)}")
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ValueError(f"[likeness.unnamed] {key!r}: {value!r} is no positive number")
        return cls(float(table.get("threshold", 0.5)), float(table.get("least", 3.0)),
                   float(table.get("margin", 1.0)), float(table.get("ratio", 2.0)),
                   int(table.get("words", 2)), frozenset(str(k) for k in kinds),
                   frozenset(w.strip().lower() for w in lists["tally"]),
                   frozenset(w.strip().lower() for w in lists["not_tally"]),
                   frozenset(w.strip().lower() for w in lists["elapsed"]), prepositions)


class StoryWeights:
    """How much a feature says inside one story set: ``log(S / s)``, ``S`` the set's
    sentences, ``s`` those holding it (a word of every sentence says nothing)."""

    def __init__(self, texts: Iterable[str], vocabulary: Vocabulary) -> None:
        self._counts: Counter[str] = Counter()
        self._n = 0
        for text in texts:
            for sentence in _SENTENCE.split(text):
                words = _TOKEN.findall(sentence)
                if not words:
                    continue
                self._n += 1
                self._counts.update(vocabulary.features(w.lower() for w in words).keys())

    def weight(self, feature: str) -> float:
        if feature.startswith("~"):
            return 1.0  # a preposition before the figure: its role, weak evidence alone
        return math.log((self._n + 1) / max(1, self._counts.get(feature, 0)))


def preposition(text: str, start: int, prepositions: frozenset[str]) -> str | None:
    """The preposition right before a figure ("for £2.3m", "after about 45 minutes"),
    as a feature ``~for``; None when the word before is none."""
    found = _BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return None
    word = found.group(1).lower()
    return f"~{word}" if word in prepositions else None


_AFTER = lazy_compile(r"[ \t]*([A-Za-z]+)")


def elapsed(text: str, end: int, words: frozenset[str]) -> bool:
    """Whether a duration is a time elapsed from an anchor ("40 hours after the storm",
    "three days since", "two weeks ago", "52 hours into the search"): it grows with the
    moment of telling until the state ends, so two articles' figures are two moments."""
    found = _AFTER.match(text, end)
    return found is not None and found.group(1).lower() in words


def shared(a: Features, b: Features, weights: StoryWeights,
           least_words: int = 1) -> tuple[float, float]:
    """The weight two contexts share, absolutely and over the sparer context's own;
    nothing when they share fewer than ``least_words`` features or no content word (a
    preposition alone says only how a figure is told)."""
    common = [f for f in a if f in b and weights.weight(f) > 0]
    if len(common) < least_words or all(f.startswith("~") for f in common):
        return 0.0, 0.0
    both = sum(min(a[f], b[f]) * weights.weight(f) for f in common)
    mass = min(sum(s * weights.weight(f) for f, s in c.items()) for c in (a, b))
    return both, both / mass if mass > 0 else 0.0


def best_pairs(left: Sequence[int], right: Sequence[int],
               scores: Mapping[tuple[int, int], tuple[float, float]],
               words: UnnamedWords) -> list[tuple[int, int]]:
    """The pairs each the other's best by ``margin`` over any other candidate of the
    other side (scored or not: a close second says the words do not tell which)."""
    def ok(score: tuple[float, float]) -> bool:
        return score[0] >= words.least and score[1] >= words.threshold

    out: list[tuple[int, int]] = []
    for i in left:
        mine = sorted(((scores.get((i, j), (0.0, 0.0))[0], j) for j in right), reverse=True)
        if not mine or not ok(scores.get((i, mine[0][1]), (0.0, 0.0))):
            continue
        top, j = mine[0]
        if len(mine) > 1 and top - mine[1][0] < words.margin:
            continue
        theirs = sorted((scores.get((k, j), (0.0, 0.0))[0] for k in left if k != i),
                        reverse=True)
        if theirs and top - theirs[0] < words.margin:
            continue
        out.append((i, j))
    return out
