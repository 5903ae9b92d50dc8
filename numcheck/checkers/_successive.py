"""A partition told over two sentences: "Of the 52 defendants, 31 were convicted.
Seventeen were acquitted and four await retrial."

The first sentence ties a group to its whole (a partitive: ``parts``); the next one goes
on naming the other states of the same set, each a state no member of the set can share
with another (``[roles] exclusive``: convicted, acquitted, retrial; rescued, missing,
dead). Those figures are the rest of the group, so the group and they are parts of one
whole: all of it when they name three states or more, or every state of their group
(NC202 when they do not add up); else some of it (reported only when they add up to
more). Nothing is read when the next sentence names a time the first does not, when a
figure of it is not of the group's kind, names no state, or names a state already named.

Two parts of one whole in one sentence, each with a verb of its own, that name the two
sides of a pair that leaves no third group (``[spread] complements``: "86 people were
taken to hospital, of whom 41 were children and 47 were adults") are all of it too;
parts that name no such pair ("58 were over 75 and 47 had heart conditions") may
overlap and stay apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.checkers._compare import sentence_of, squash
from numcheck.checkers._role_lists import coordinated, of_a_kind
from numcheck.checkers._roles import RoleCues, role, times
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile

Sum = tuple[tuple[Claim, ...], Claim]
Part = tuple[tuple[Claim, ...], tuple[Claim, ...]]

_SPLIT = lazy_compile(r",|;| and | or |\.")
_SIDE_WORDS = 4  # "41 were children": the side is a few words after the part
_REACH = 60  # characters of a figure's own phrase, each side


def _state(document: Document, claim: Claim, cues: RoleCues) -> tuple[int, int] | None:
    """The one exclusive state a figure's own phrase names (words up to the next mark or
    "and" after it, and back to the last one before it), or None."""
    start, end = sentence_of(document, claim)
    after = squash(document.prose[claim.location.end : min(end, claim.location.end + _REACH)])
    lo = max(start, claim.location.start - _REACH)
    before = squash(document.prose[lo : claim.location.start])
    own = _SPLIT.split(f" {after} ")[0].split() + _SPLIT.split(f" {before} ")[-1].split()
    states = {cues.states[w] for w in own if w in cues.states}
    return next(iter(states)) if len(states) == 1 else None


def find_successive(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    parts: Sequence[Part],
    taken: set[int],
    cues: RoleCues,
) -> tuple[list[Sum], list[Part]]:
    """The groups a partitive ties to a whole, continued by the next sentence's states."""
    index = {id(c): i for i, sentence in enumerate(sentences) for c in sentence}
    sums: list[Sum] = []
    more: list[Part] = []
    for members, wholes in parts:
        if len(wholes) != 1 or not members:
            continue
        at = {index.get(id(m)) for m in members}
        if len(at) != 1 or None in at:
            continue
        i = next(iter(at))
        if i is None or i + 1 >= len(sentences):
            continue
        items = list(sentences[i + 1])
        whole = wholes[0]
        if not items or any(id(c) in taken for c in items):
            continue
        if not all(of_a_kind(c, members[0]) for c in items):
            continue
        if any(role(document, c, cues) is not None for c in items):
            continue  # a level or a step of a change
        if len(items) > 1 and not coordinated(document, items, cues):
            continue
        states = [_state(document, c, cues) for c in (*members, *items)]
        if None in states or len(set(states)) != len(states):
            continue
        groups = {s[0] for s in states if s is not None}
        if len(groups) != 1:
            continue
        lo, hi = sentence_of(document, items[0])
        p_lo, p_hi = sentence_of(document, members[0])
        if any(ch.isalnum() for ch in document.prose[p_hi:lo]):
            continue  # a sentence without figures stands between them
        if not times(document.prose[lo:hi], cues) <= times(document.prose[p_lo:p_hi], cues):
            continue
        group = (*members, *items)
        if len(group) >= 3 or len(group) == cues.group_sizes[next(iter(groups))]:
            sums.append((group, whole))
        else:
            more.append((group, (whole,)))
        taken.update(id(c) for c in items)
    return sums, more


def _side_words(document: Document, claim: Claim) -> set[str]:
    """The few words after a part, up to a mark or "and", where its side is named."""
    after = squash(document.prose[claim.location.end : claim.location.end + _REACH])
    return set(_SPLIT.split(f" {after} ")[0].split()[:_SIDE_WORDS])


def find_complementary(
    document: Document,
    parts: Sequence[Part],
    pairs: Sequence[frozenset[str]],
    summed: set[int],
) -> list[Sum]:
    """Two single parts of one whole, in one sentence, naming both sides of a pair
    (``summed``: the figures already items of a partition, which stay in theirs)."""
    by_whole: dict[int, list[Claim]] = {}
    wholes: dict[int, Claim] = {}
    for members, of in parts:
        if len(members) == 1 and len(of) == 1:
            by_whole.setdefault(id(of[0]), []).append(members[0])
            wholes[id(of[0])] = of[0]
    sums: list[Sum] = []
    for key, listed in by_whole.items():
        unique = list({id(m): m for m in listed}.values())
        if len(unique) != 2 or any(id(m) in summed for m in unique):
            continue
        a, b = sorted(unique, key=lambda m: m.location.start)
        if sentence_of(document, a) != sentence_of(document, b):
            continue
        if not of_a_kind(a, b):
            continue
        sides = _side_words(document, a), _side_words(document, b)
        for pair in pairs:
            one, other = sorted(pair)
            if (one in sides[0] and other in sides[1]) or (other in sides[0] and one in sides[1]):
                sums.append(((a, b), wholes[key]))
                summed.update((id(a), id(b)))
                break
    return sums
