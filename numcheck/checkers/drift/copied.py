"""Two figures of one measured head whose words the window keeps apart, one figure by
their digits.

A figure keyed only by its head noun ("71,820 voters", "132 turbines") is paired with
another article's only when its descriptor words fit (measured.fits): a count that
shares no word with the other ("1,402 adults", "1,204 adults") may be any two groups. But
an article often tells the figure with words the other leaves out (the seat, the day, a
clause: "Harrow Vale has 71,820 voters on the register" against "its 71,280 voters"): the
words not said are not said, not different. Words alone cannot tell which (wave 31's
count: pairing such counts by their sentences' words raised three pairs nobody planted
for each planted one); the figures can. One written with the other's digits in another
order, or with one digit otherwise in place, at least three digits before its trailing
zeros (transposed.py, misprint.py), is a figure copied wrong, as the judge reads it on two
days (verdicts._garbled, with its guards: no keyed event, no level, no count counted up,
no rolling window, one party, no two days named). So such a pair is paired here when
nothing said on both sides tells two apart (two places, two windows, two years),
neither or both sentences tell it as the day's state ("now", "so far", "today": a level
then and now lands near itself by chance), each is the other's only such figure in its
article, and neither article also gives the
other's figure (then its second figure is of something else, or a slip the restatement
check reads within the article).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from numcheck.checkers.drift.alignment import Alignment
from numcheck.checkers.drift.entries import Entry, Pair, Relation
from numcheck.claims import Claim
from numcheck.lazyre import lazy_compile
from numcheck.text import norm

__all__ = ["copied", "copied_pairs"]

_WORD = lazy_compile(r"[a-z]+")
_REACH = 300  # characters either side of a figure its sentence is read within (as _compare)


def copied(a: Entry, b: Entry, alignment: Alignment,
           texts: Mapping[str, str] | None = None) -> bool:
    """Whether two articles' figures of one measured head are one figure copied wrong
    (module docstring), whatever descriptor words each says."""
    from numcheck.checkers.drift.aspect import AspectWords
    from numcheck.checkers.drift.measured import _said, _years
    from numcheck.checkers.drift.verdicts import _garbled

    ca, cb = a.claim, b.claim
    if ca.location.path == cb.location.path:
        return False
    if ca.place and cb.place and norm(ca.place) != norm(cb.place):
        return False  # "in Eskdale", "in Wyndale": two places said
    if ca.window and cb.window and norm(ca.window) != norm(cb.window):
        return False  # two periods said
    if _years(_said(ca, alignment)) != _years(_said(cb, alignment)):
        return False  # "in 2031" on one side only: another year's figure
    if not _garbled(a, b, alignment):
        return False  # (first: the digits are rare evidence, the sentences are read after)
    if texts is not None:
        now = AspectWords.from_lexicon().now
        if _says_now(ca, texts, now) != _says_now(cb, texts, now):
            return False  # "its 421 stores now" against "had 412 at the start of the year"
    return True


def _says_now(claim: Claim, texts: Mapping[str, str],
              now: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the figure's sentence tells it as its day's state (``[aspect] now_periods``:
    "now", "so far", "today"): a level then and now lands near itself by chance."""
    start, end = claim.sentence  # cut near the figure: one sentence may hold thousands
    start, end = max(start, claim.location.start - _REACH), min(end, claim.location.end + _REACH)
    words = tuple(_WORD.findall(texts.get(claim.location.path, "")[start:end].lower()))
    firsts = {phrase[0] for phrase in now}
    return any(word in firsts and any(words[i:i + len(p)] == p for p in now if p[0] == word)
               for i, word in enumerate(words))


def copied_pairs(entries: Sequence[Entry], alignment: Alignment, cap: int,
                 describing: frozenset[str] = frozenset(),
                 texts: Mapping[str, str] | None = None) -> Iterator[Pair]:
    """Pairs of one measured block whose descriptors do not fit (those the measured
    route weighs: measured_pairs.py) and that are one figure copied wrong, each the
    other's only such figure in its article; a block larger than ``cap`` is left alone."""
    from numcheck.checkers.drift.measured import fits

    if len(entries) > cap:
        return
    partners: dict[int, list[int]] = {}
    for i, first in enumerate(entries):
        for j in range(i + 1, len(entries)):
            if copied(first, entries[j], alignment, texts):
                partners.setdefault(i, []).append(j)
                partners.setdefault(j, []).append(i)
    for i, js in partners.items():
        for j in js:
            a, b = entries[i], entries[j]
            if i < j and _only(i, j, partners, entries) and _only(j, i, partners, entries) \
                    and not fits(a.claim, b.claim, alignment, describing) \
                    and not _told_too(i, j, entries) and not _told_too(j, i, entries):
                yield Pair(a, b, Relation.SAME)


def _told_too(i: int, j: int, entries: Sequence[Entry]) -> bool:
    """Whether the article of ``entries[j]`` also gives ``entries[i]``'s figure under
    this head: it tells both, so its other figure is of something else or a slip within
    the article (the restatement check's to read), no contradiction between sources."""
    path, mine = entries[j].claim.location.path, entries[i].hard
    return any(k != j and e.claim.location.path == path and e.hard.intersects(mine)
               for k, e in enumerate(entries))


def _only(i: int, j: int, partners: dict[int, list[int]], entries: Sequence[Entry]) -> bool:
    """``entries[j]`` is the one figure of its article copied from ``entries[i]``."""
    path = entries[j].claim.location.path
    return sum(entries[k].claim.location.path == path for k in partners[i]) == 1
