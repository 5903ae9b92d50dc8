"""Descriptor words that only tell how a desk says a count holds, not which count it is.

Two articles give one count with their own verb: "Kelbro employs 1,250 people at the
site" and "the site, where 1,520 people work"; "the survey counted 1,140 nesting pairs"
and "wardens found 1,410 pairs"; "Norsa operates 412 stores" and "its 421 stores".
Their measured heads are one noun, but neither side's descriptor is all the other's
(``measured.fits``), and a count must share a word said of it, so the key route keeps
them apart and the contradiction is lost. Those verbs are not what tells two measures
of the head apart ("arrived", "remained", "trained" do that): they are the ordinary
ways every desk says that a holder employs, runs, counts, supplies or houses its
count. They are data: ``[descriptors] telling`` in alignment.toml, one set per relation
(lemmas), checked when the lexicon is loaded (``telling_sets``). A vehicle's load
("carrying 340 passengers") is no such relation: it moves as people are taken off, and
a story has many vehicles.

Two counts of one head in two articles are told alike (``told_alike``) when, after the
telling words, the rest of one side's words are all the other's, their years and spans
are said alike, no two places or windows are named, and either both say a word of one
telling set, or one says nothing at all and the other a telling word alone (the count's
unmarked reading: "its 421 stores" are the stores it operates). A side told with a
holding verb of its own ("Vindhara has 785 tigers": ``[descriptors] holding``) is not
bare, and a telling verb after a capacity word ("can house 400": ``[descriptors]
capacity``) tells what a holder could hold. Such pairs are paired only as each other's
one candidate in the other article (``told_pairs``), never when the other article gives
a figure that fits and agrees.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from numcheck.checkers.drift.entries import Entry
from numcheck.checkers.drift.spans import particle
from numcheck.checkers.drift.wholes import one_whole
from numcheck.claims import Claim
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import LexiconError
from numcheck.quantity import Kind
from numcheck.text import norm

if TYPE_CHECKING:  # alignment.py reads its sets with ``telling_sets``
    from numcheck.checkers.drift.alignment import Alignment

__all__ = ["telling_sets", "told_alike", "told_pairs"]

_KEY = "alignment.descriptors.telling"
_HOLDS = -1  # the mark of a holding verb ("had 412 stores") among a figure's telling sets


def telling_sets(groups: Iterable[object], siblings: Iterable[Iterable[str]]
                 ) -> tuple[frozenset[str], ...]:
    """``[descriptors] telling`` as sets of lemmas. Refuses, with the key at fault, a set
    that is no list of one-word strings, a word in two sets (a word tells one relation),
    and a word of ``[descriptors] siblings`` (those words tell measures apart)."""
    apart = {norm(str(w)) for group in siblings for w in group}
    seen: dict[str, int] = {}
    out: list[frozenset[str]] = []
    for k, group in enumerate(groups):
        if not isinstance(group, list) or not group:
            raise LexiconError(f"{_KEY}[{k}]", "expected a list of words")
        words: set[str] = set()
        for word in group:
            if not isinstance(word, str) or not word.strip() or " " in word.strip():
                raise LexiconError(f"{_KEY}[{k}]", f"expected one word, got {word!r}")
            w = norm(word)
            if w in apart:
                raise LexiconError(f"{_KEY}[{k}]", f"{word!r} is a [descriptors] siblings "
                                   "word: it tells two measures apart")
            if seen.get(w, k) != k:
                raise LexiconError(f"{_KEY}[{k}]", f"{word!r} is in set {seen[w]} too")
            seen[w] = k
            words.add(w)
        out.append(frozenset(words))
    return tuple(out)


def _said(claim: Claim, alignment: Alignment, text: str
          ) -> tuple[frozenset[str], frozenset[int]]:
    """A figure's descriptor words less its telling words, and the telling sets it says
    in its descriptor or right before it; ``_HOLDS`` among them for a holding verb right
    before it ("Vindhara has 785 tigers": a holder of its own the descriptor leaves out)."""
    words = frozenset(alignment.lemma(w) for part in (*claim.measure[1:], *particle(claim))
                      for w in norm(part).split())
    before = frozenset(alignment.lemma(t) for t in _before(claim, text))
    sets = frozenset(k for k, group in enumerate(alignment.telling) if (words | before) & group)
    if before & alignment.holding:
        sets |= {_HOLDS}
    rest = words - frozenset(w for group in alignment.telling for w in group)
    return alignment.content(rest), sets


def _periods(words: frozenset[str]) -> frozenset[str]:
    """A year or a change's span among descriptor words: said alike, or two periods."""
    return frozenset(w for w in words if w.isdigit() or w.startswith("@"))


def told_alike(a: Claim, b: Claim, alignment: Alignment,
               texts: Mapping[str, str] | None = None) -> bool:
    """Whether two counts' descriptors differ only by how each desk tells them: the
    same telling set and the rest of one side's words all the other's, or one side
    saying nothing at all (no holding verb either) and the other a telling word alone."""
    if not alignment.telling or not a.measure or not b.measure:
        return False
    if a.quantity.kind is not Kind.COUNT or b.quantity.kind is not Kind.COUNT:
        return False  # a holder employs, runs, supplies a count of things
    if a.place and b.place and norm(a.place) != norm(b.place):
        return False
    if (a.window or b.window) and norm(a.window or "") != norm(b.window or ""):
        return False
    texts = texts or {}
    rest_a, sets_a = _said(a, alignment, texts.get(a.location.path, ""))
    rest_b, sets_b = _said(b, alignment, texts.get(b.location.path, ""))
    told_a, told_b = sets_a - {_HOLDS}, sets_b - {_HOLDS}
    if not (told_a or told_b) or _periods(rest_a) != _periods(rest_b):
        return False
    if told_a & told_b:
        return rest_a <= rest_b or rest_b <= rest_a
    bare = (not sets_a and told_b) or (not sets_b and told_a)
    return not rest_a and not rest_b and bool(bare)


_TOKEN = lazy_compile(r"[a-z]+")


def _before(claim: Claim, text: str) -> list[str]:
    """The words right before a figure in its sentence (up to four)."""
    start = max(claim.sentence[0], claim.location.start - 60)
    return _TOKEN.findall(text[start:claim.location.start].lower())[-4:]


def capacity(claim: Claim, text: str, alignment: Alignment) -> bool:
    """Whether a telling verb right before the figure is told as a capacity ("licensed
    to serve 150 homes", "can house 400 people": ``[descriptors] capacity`` words before
    the verb): what a holder could hold, not what it holds."""
    tokens = _before(claim, text)
    told = frozenset(w for group in alignment.telling for w in group)
    return any(alignment.lemma(t) in told and tokens[k - 1] in alignment.capacity
               for k, t in enumerate(tokens) if k > 0)


def told_pairs(entries: Sequence[Entry], alignment: Alignment, taken: Iterable[int],
               agrees: Callable[[int, int], bool], texts: Mapping[str, str]
               ) -> Iterator[tuple[int, int]]:
    """Index pairs (i, j) of one block's figures of two articles told alike, each the
    other's one such figure in the other article, neither paired already (``taken``)
    nor told as a capacity, and no figure of either article that fits the other's and
    agrees with it (``agrees(i, j)``)."""
    busy = set(taken)
    claims = [e.claim for e in entries]
    by_path: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        if i not in busy and c.quantity.kind is Kind.COUNT and c.measure:
            by_path[c.location.path].append(i)
    if len(by_path) < 2 or not alignment.telling:
        return  # one article: the lemmatizer is never loaded for it
    for path, members in by_path.items():
        members[:] = [i for i in members
                      if not capacity(claims[i], texts.get(path, ""), alignment)]
    names = sorted(by_path)
    for x, first in enumerate(names):
        for second in names[x + 1:]:
            left, right = by_path[first], by_path[second]
            alike: Mapping[int, list[int]] = {
                i: [j for j in right if told_alike(claims[i], claims[j], alignment, texts)
                    or one_whole(entries[i], entries[j], texts, alignment.sibling_min)]
                for i in left}
            back: dict[int, list[int]] = defaultdict(list)
            for i, js in alike.items():
                for j in js:
                    back[j].append(i)
            for i, js in alike.items():
                if len(js) == 1 and back[js[0]] == [i] and not agrees(i, js[0]):
                    yield i, js[0]
